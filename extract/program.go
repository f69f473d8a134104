package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	govkg "github.com/govkg/govkg"
)

// Programs (ANNOTATION.md: Program) are found by five rules, each in its own function:
//
//   - knownProgramMentions: a handful of famous programs named without quotes, with aliases
//     (百县千镇万村高质量发展工程 → 百千万工程).
//   - quotedPrograms: a quoted name with the head word that follows it (“十四五”规划 →
//     十四五规划; “甲”“乙”计划 → 甲计划, 乙计划), a numeric framework with its head
//     (“1+2+3”现代化产业体系), or a bare quoted label of a reform or campaign (“双减”),
//     decided by the words around it.
//   - titledPrograms: 《title》 of a plan, programme or policy document.
//   - unquotedPrograms: a specific name ending in 行动, 计划, 工程, 规划, 方案, 战略, 部署,
//     政策 or N条措施, delimited on the left by the verb that introduces it (实施, 开展,
//     出台, 落实 …) or by punctuation.
//   - glossary entries (applyGlossary) that name a program.

// programHeads are the head words that follow a quoted program name. Extractor.New builds
// its heads trie from this list, in this order.
var programHeads = []string{
	"工程", "计划", "行动", "规划", "方案", "战略", "部署", "政策", "行动计划", "行动方案", "专项行动",
	"三年行动", "五年行动", "三年行动计划", "五年行动计划", "攻坚行动", "十大计划", "具体部署",
	"建设部署", "区域发展战略", "发展战略", "规划纲要", "实施方案", "工作方案", "产业集群", "条", "条措施",
	"先锋城市部署", "专项规划", "三年行动方案", "攻坚方案", "系列文件", "人才政策", "试点政策", "专项政策",
	"支持政策", "政策体系", "工作体系", "创建活动", "活动", "三大计划", "大计划", "行动计划纲要", "详细规划",
	"十大行动", "十大工程", "攻坚战", "保卫战", "条措施", "条举措", "条政策", "条意见",
}

// codeHeads end a framework name after a numeric code: “1+2+3”现代化产业体系, “12+4”产业集群,
// “1+N+1”评价模式. Between the code and the head there may be a short modifier.
var codeHeads = []string{
	"体系", "格局", "模式", "产业集群", "模块", "园区", "主导产业", "系列文件", "方案", "计划", "行动", "规划",
	"政策", "工程", "战略", "部署", "行动计划", "产业",
}

// strongHeads may follow a quoted label after a short modifier: “一干四支”碧道详细规划,
// “三个更加”人才政策, “转观念、拓视野、增能力”干部现代化建设能力提升计划.
var strongHeads = []string{
	"计划", "行动", "行动计划", "行动方案", "方案", "规划", "战略", "部署", "政策", "创建活动",
}

type knownProgram struct {
	canonical string
	aliases   []string
}

// knownPrograms are famous programs named without quotes, with their aliases.
func knownPrograms() []knownProgram {
	return []knownProgram{
		{"百千万工程", []string{"百县千镇万村高质量发展工程"}},
		{"十四五规划", []string{"十四五规划纲要"}},
		{"十五五规划", []string{"十五五规划纲要"}},
		{"十三五规划", []string{"十三五规划纲要"}},
		{"高质量发展十大计划", nil},
		{"乡村振兴战略", nil},
		{"人才强区战略", nil},
		{"创新驱动发展战略", nil},
		{"粤港澳大湾区发展规划纲要", []string{"粤港澳大湾区规划纲要"}},
		{"一带一路", []string{"一带一路倡议"}},
	}
}

// quotePairs are the quotation marks a program name may stand in.
var quotePairs = map[rune]rune{'“': '”', '"': '"', '「': '」', '‘': '’'}

// quoteOpeners are quotePairs' keys.
var quoteOpeners = func() *runeSet {
	var b strings.Builder
	for c := range quotePairs {
		b.WriteRune(c)
	}
	return newRuneSet(b.String())
}()

// quoteCloser is quotePairs[c] for quoteSpans, which asks at every rune: most runes
// are no quotation mark, and the set says so faster than the map.
func quoteCloser(c rune) (rune, bool) {
	if !quoteOpeners.has(c) {
		return 0, false
	}
	closeMark, ok := quotePairs[c]
	return closeMark, ok
}

// programs finds the named programs of one sentence.
func (r *report) programs(rs []rune) []mention {
	spans := quoteSpans(rs)
	var out []mention
	out = append(out, r.knownProgramMentions(rs)...)
	out = append(out, r.quotedPrograms(rs, spans)...)
	titles := titleSpans(rs)
	out = append(out, titledPrograms(rs, titles)...)
	out = append(out, r.unquotedPrograms(rs, spans, titles)...)
	return out
}

func (r *report) knownProgramMentions(rs []rune) []mention {
	var out []mention
	for i := r.nextMatch(ftPrograms, rs, 0); i < len(rs); i = r.nextMatch(ftPrograms, rs, i+1) {
		if idx, n := r.longestAt(ftPrograms, rs, i); idx >= 0 {
			out = append(out, mention{typ: govkg.TypeProgram, name: r.x.programVal[idx], start: i, end: i + n})
			i += n - 1
		}
	}
	return out
}

// canonicalProgram maps a known alias to its canonical name (百县千镇万村高质量发展工程 →
// 百千万工程) and removes quotation marks and spaces.
func (r *report) canonicalProgram(name string) string {
	name = strings.Join(strings.Fields(stripQuotes(name)), "")
	name = programBrackets.Replace(name) // 河（湖）长制 → 河湖长制 (gold README)
	rs := []rune(name)
	if idx, n := r.longestAt(ftPrograms, rs, 0); idx >= 0 && n == len(rs) {
		return r.x.programVal[idx]
	}
	return name
}

// programBrackets drops the brackets inside a program's name and keeps what they hold,
// as the corpus names programs (林（草）长制 → 林草长制, 一县（市）一开发区 → 一县市一开发区).
var programBrackets = strings.NewReplacer("(", "", ")", "", "（", "", "）", "")

// ---------------------------------------------------------------------------------------
// quoted names

// qspan is the rune range of a quoted text, marks included: rs[s] is the opening mark,
// rs[e-1] the closing one.
type qspan struct{ s, e int }

func (q qspan) inner(rs []rune) string { return string(rs[q.s+1 : q.e-1]) }

// quoteSpans returns the quoted spans of a sentence in order of their opening mark,
// nested ones (‘龙翔工程’ inside “…”) included. Straight quotes pair up in order.
func quoteSpans(rs []rune) []qspan {
	var out []qspan
	straight := -1
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		if c == '"' {
			if straight < 0 {
				straight = i
				continue
			}
			if i-straight > 1 && i-straight <= 41 {
				out = append(out, qspan{straight, i + 1})
			}
			straight = -1
			continue
		}
		closeMark, ok := quoteCloser(c)
		if !ok {
			continue
		}
		for j := i + 1; j < len(rs) && j-i <= 41; j++ {
			if rs[j] == closeMark {
				if j-i > 1 {
					out = append(out, qspan{i, j + 1})
				}
				break
			}
			if rs[j] == c { // another opening mark of the same kind first: unbalanced
				break
			}
		}
	}
	// straight-quote spans were appended at their closing mark: restore order
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].s < out[j-1].s; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// quoteRuns groups spans that stand side by side (“甲”“乙” or “甲”、“乙”) so that a head
// word after the last one is shared. Nested spans form runs of their own.
func quoteRuns(rs []rune, spans []qspan) [][]qspan {
	var runs [][]qspan
	var cur []qspan
	for _, q := range spans {
		if len(cur) > 0 {
			prev := cur[len(cur)-1]
			if q.s < prev.e { // nested inside the previous span
				runs = append(runs, []qspan{q})
				continue
			}
			if q.s == prev.e || q.s == prev.e+1 && runeIn("、和与及", rs[prev.e]) {
				cur = append(cur, q)
				continue
			}
			runs = append(runs, cur)
		}
		cur = []qspan{q}
	}
	if len(cur) > 0 {
		runs = append(runs, cur)
	}
	return runs
}

// quotedPrograms applies the quoted-name rules to every run of quoted spans.
func (r *report) quotedPrograms(rs []rune, spans []qspan) []mention {
	var out []mention
	gloss := r.glossaryTermEnd(rs)
	for _, run := range quoteRuns(rs, spans) {
		out = append(out, r.quotedRun(rs, run, gloss)...)
	}
	return out
}

// quotedRun decides the programs of one run of quoted spans.
func (r *report) quotedRun(rs []rune, run []qspan, gloss int) []mention {
	var out []mention
	last := run[len(run)-1]
	h := last.e
	for _, q := range run {
		inner := cleanLabel(q.inner(rs))
		n := len([]rune(inner))
		if n < 2 || n > 40 {
			continue
		}
		// the quoted text names the program in full: “百万英才汇南粤行动计划”, “低空10条”
		if endsWithHead(inner) && !strings.ContainsAny(inner, ",。;:!?、") && n <= 30 {
			name := r.canonicalProgram(inner)
			start := q.s
			if len(run) == 1 && isPureCode(strings.TrimSuffix(inner, "条")) {
				if mod, ms := r.codePrefix(rs, q.s, inner, "条"); mod != "" {
					name, start = mod+name, ms
				}
			}
			summary := q.s > 0 && rs[q.s-1] == '等' && countlessHead(inner) != inner // 等“三大行动”
			if !summary && !vagueQuotedName(inner) && !sloganLabel(inner) && !isPureCode(strings.TrimSuffix(name, "条")) {
				out = append(out, mention{typ: govkg.TypeProgram, name: name, start: start, end: q.e})
			}
			continue
		}
		head, he := r.headAfter(rs, h, inner)
		if strings.HasSuffix(head, "园区") || strings.HasSuffix(head, "模块") {
			continue // “1+10+N”虚拟园区, “9+N”模块: a service platform, not a program
		}
		if bare := labelOnlyHead(head); bare {
			// “1+2+3”现代化产业体系, “七进”活动: the head is no program word (ANNOTATION.md's
			// list), so the program is the label as quoted
			out = append(out, mention{typ: govkg.TypeProgram, name: r.canonicalProgram(inner), start: q.s, end: q.e})
			continue
		}
		if head != "" {
			// a code with a head may carry a modifier on the left: 服务业高质量发展“1+12”方案
			name := inner + countlessHead(head)
			start, end := q.s, q.e
			if len(run) == 1 {
				end = he
				if mod, ms := r.codePrefix(rs, q.s, inner, head); mod != "" {
					name = mod + name
					start = ms
				}
			}
			out = append(out, mention{typ: govkg.TypeProgram, name: r.canonicalProgram(name), start: start, end: end})
			continue
		}
		if parts := strings.Split(inner, "、"); len(parts) == 2 && gloss < 0 && len(run) == 1 && !strings.ContainsAny(inner, ",。;:!?") &&
			hasAnyPrefix(string(rs[q.e:min(len(rs), q.e+4)]), "建设", "模式", "机制") {
			// “山海连城、绿美深圳”建设, “引企入校、引校入企”模式: two labels of four
			for _, p := range parts {
				if l := len([]rune(p)); l == 4 && r.bareLabelIsProgram(rs, run, p) {
					out = append(out, mention{typ: govkg.TypeProgram, name: r.canonicalProgram(p), start: q.s, end: q.e})
				}
			}
			continue
		}
		if strings.ContainsAny(inner, ",。;:!?、") {
			continue
		}
		ok := false
		if gloss >= 0 {
			ok = q.s < gloss && r.glossaryNamesProgram(rs, gloss, inner)
		} else {
			ok = r.bareLabelIsProgram(rs, run, inner)
		}
		if ok {
			out = append(out, mention{typ: govkg.TypeProgram, name: r.canonicalProgram(inner), start: q.s, end: q.e})
		}
	}
	return out
}

// labelOnlyHead reports whether a head word after a quoted label is not one of the
// program words (工程, 计划, 行动, 规划, 方案, 战略, 部署, 政策, N条, 产业集群): a 体系, 格局,
// 模式 or 活动 of a label names the label's program.
func labelOnlyHead(head string) bool {
	for _, h := range []string{"体系", "格局", "模式", "活动"} {
		if strings.HasSuffix(head, h) {
			return true
		}
	}
	return false
}

// vagueQuotedName: a quoted name whose modifier says nothing (“重点工程”, “头号工程”).
func vagueQuotedName(s string) bool {
	for _, h := range []string{"工程", "计划", "行动", "规划", "方案", "战略", "部署", "政策"} {
		if stem, ok := strings.CutSuffix(s, h); ok {
			switch stem {
			case "头号", "重点", "重大", "民生", "专项", "各项", "一号", "这项", "该":
				return true
			}
		}
	}
	return false
}

// countlessHead drops the count from a shared head: “甲”“乙”三大计划 → 甲计划, 乙计划.
func countlessHead(head string) string {
	rs := []rune(head)
	k := 0
	for k < len(rs) && runeIn("一二三四五六七八九十两", rs[k]) {
		k++
	}
	if k > 0 && k < len(rs)-1 && rs[k] == '大' {
		return string(rs[k+1:])
	}
	return head
}

// cleanLabel drops nested quotation marks and spaces from a quoted text.
func cleanLabel(s string) string {
	return strings.Join(strings.Fields(stripQuotes(s)), "")
}

// endsWithHead reports whether a quoted text already ends in a program head word.
func endsWithHead(s string) bool {
	rs := []rune(s)
	for _, h := range []string{"工程", "计划", "行动", "规划", "方案", "战略", "部署", "政策", "纲要", "措施", "保卫战", "攻坚战"} {
		if strings.HasSuffix(s, h) && len(rs) > len([]rune(h))+1 {
			return true
		}
	}
	// 低空10条, 金融10条
	if strings.HasSuffix(s, "条") && len(rs) >= 3 && unicode.IsDigit(rs[len(rs)-2]) {
		return true
	}
	return false
}

// isCode reports whether a quoted label is a numeric framework code: 1+2+3, 12+4, 1256,
// IT+BT+低碳, 十四五.
func isCode(s string) bool {
	for _, c := range s {
		if c < 128 && (unicode.IsDigit(c) || unicode.IsLetter(c)) || c == '+' || c == '×' {
			return true
		}
	}
	return isPlanPeriod(s)
}

// numericCode: a code with digits or Latin letters (1+3+5+N, IT+BT+低碳), not a pair of
// words joined by + (旅游+, 产品+服务).
func numericCode(s string) bool {
	for _, c := range s {
		if c < 128 && (unicode.IsDigit(c) || unicode.IsLetter(c)) {
			return true
		}
	}
	return false
}

// isPlanPeriod: 十三五, 十四五, 十五五.
func isPlanPeriod(s string) bool {
	rs := []rune(s)
	return len(rs) == 3 && rs[0] == '十' && rs[2] == '五'
}

// isPureCode: a code with nothing but digits, letters and operators (1256, 1+12).
func isPureCode(s string) bool {
	for _, c := range s {
		if !(c < 128 && (unicode.IsDigit(c) || unicode.IsLetter(c)) || c == '+' || c == '-' || c == '×') {
			return false
		}
	}
	return true
}

// headAfter returns the head word that follows a quoted label at rs[h], with its end. A
// code may take a short modifier before a structural head (“1+3+5+N”数字治理格局); any
// label may take one before a strong head (“一干四支”碧道详细规划).
func (r *report) headAfter(rs []rune, h int, inner string) (string, int) {
	if h >= len(rs) {
		return "", h
	}
	endsNumeral := false
	if ir := []rune(inner); len(ir) > 0 {
		last := ir[len(ir)-1]
		endsNumeral = unicode.IsDigit(last) || runeIn("一二三四五六七八九十百千", last)
	}
	if idx, n := r.longestAt(ftHeads, rs, h); idx >= 0 {
		head := programHeads[idx]
		if strings.HasPrefix(head, "条") {
			if !endsNumeral {
				return "", h
			}
		}
		if head == "活动" && (len([]rune(inner)) > 6 || !strings.Contains(string(rs[max(0, h-len([]rune(inner))-8):h]), "开展")) {
			return "", h
		}
		if programHeadEnds(rs, h+n) {
			return head, h + n
		}
		if head != "活动" && head != "条" {
			if mh, me := r.modifiedHead(rs, h, inner); mh != "" && me > h+n {
				return mh, me
			}
			return head, h + n
		}
	}
	return r.modifiedHead(rs, h, inner)
}

// modifiedHead: a short modifier and a head after a quoted label (“一干四支”碧道详细规划).
func (r *report) modifiedHead(rs []rune, h int, inner string) (string, int) {
	code := isCode(inner)
	if h >= len(rs) {
		return "", h
	}
	maxMod := 16
	heads := strongHeads
	if numericCode(inner) {
		heads = append(append([]string{}, codeHeads...), strongHeads...)
	}
	best, bestEnd := "", h
	for k := 1; k <= maxMod && h+k <= len(rs); k++ {
		c := rs[h+k-1]
		if !isHan(c) {
			break
		}
		seg := string(rs[h : h+k])
		for _, hd := range heads {
			if !strings.HasSuffix(seg, hd) {
				continue
			}
			mod := strings.TrimSuffix(seg, hd)
			ml := len([]rune(mod))
			if ml == 0 && !code || !programHeadEnds(rs, h+k) || mod == "工作" {
				continue
			}
			if !code && ml > 4 && !endsWithAny(hd, "计划", "方案", "规划", "部署") || ml > 12 {
				continue
			}
			if code && ml > 5 && !endsWithAny(hd, "计划", "方案", "规划", "部署", "行动") {
				continue
			}
			if containsStop(rs[h:h+k-len([]rune(hd))]) || strings.HasSuffix(mod, "的") {
				continue
			}
			best, bestEnd = seg, h+k
		}
	}
	return best, bestEnd
}

func endsWithAny(s string, sufs ...string) bool {
	for _, x := range sufs {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// codePrefix returns the modifier written before a quoted code that has a head word:
// 服务业高质量发展“1+12”方案, 龙岗惠企“12条”, 东西部协作“十四五”规划. Organs (省委, 市委) and
// bare place names are not modifiers.
func (r *report) codePrefix(rs []rune, s int, inner, head string) (string, int) {
	if !isCode(inner) || s == 0 || !isHan(rs[s-1]) || !endsWithAny(head, "方案", "条", "条措施", "规划", "计划") {
		return "", s
	}
	start := r.programLeft(rs, s)
	if start < 0 || start >= s {
		return "", s
	}
	mod := trimProgramLeading(string(rs[start:s]))
	for _, organ := range []string{"国民经济和社会发展", "省委", "市委", "区委", "中央", "国家", "全省", "全市", "全区", "我区", "本区", "我市"} {
		if mod == organ {
			return "", s
		}
	}
	ml := len([]rune(mod))
	if ml < 2 || ml > 14 || r.placeOnly(mod) || genericProgramStem(mod) {
		return "", s
	}
	// a plan period takes only a field as modifier: 东西部协作“十四五”规划, not 系统总结“十四五”规划
	if isPlanPeriod(inner) && !endsWithAny(mod, "发展", "协作", "产业", "事业", "保护", "建设", "服务", "合作") {
		return "", s
	}
	return mod, s - ml
}

// placeOnly: the modifier is only a district, city or province name (龙岗区, 深圳市, 龙岗).
func (r *report) placeOnly(s string) bool {
	rs := []rune(s)
	if idx, n := r.longestAt(ftCountyFull, rs, 0); idx >= 0 && n == len(rs) {
		return true
	}
	if own := []rune(r.rep.District); len(own) > 2 && s == string(own[:len(own)-1]) {
		return true
	}
	city := strings.TrimSuffix(r.rep.City, "市")
	return city != "" && (s == city || s == city+"市") || strings.HasSuffix(s, "省") && len(rs) <= 4
}

// programHeadEnds reports whether a program name may end before rs[e].
func programHeadEnds(rs []rune, e int) bool {
	if e >= len(rs) || !isHan(rs[e]) {
		return true
	}
	if hasAt(rs, e, "建设") && e >= 2 && string(rs[e-2:e]) == "工程" {
		return true
	}
	for _, w := range programFollowers {
		if hasAt(rs, e, w) {
			return true
		}
	}
	return false
}

// programFollowers may follow a program name in running text.
var programFollowers = []string{
	"等", "和", "与", "及", "同", "的", "为", "中", "在", "已", "被", "获", "成果", "成效", "目标", "任务", "落地",
	"落实", "实施", "编制", "取得", "顺利", "有序", "全面", "加快", "扎实", "深入", "持续", "稳步", "基本", "通过",
	"出台", "印发", "发布", "完成", "收官", "开局", "见效", "推进", "走深", "成为", "入选", "经验", "案例", "项目",
	"工作", "试点", "要求", "各项", "常态化", "实现", "首", "率先", "正式", "进一步", "再", "也", "将", "并", "向",
	"以", "把", "对", "由", "所", "提出", "明确", "要", "作为", "力度", "期间", "以来", "考核", "评估", "取", "形成",
	"获得", "开展", "启动", "推动", "不动摇", "相关", "确定", "涉及", "覆盖", "惠及", "带动", "助力",
	"精神", "各", "主要", "规定", "亮相", "中期", "纳入", "列入", "有", "是", "到", "于", "至", "给", "让", "使",
}

// ---------------------------------------------------------------------------------------
// bare quoted labels

// bareLabelIsProgram decides whether a quoted label without a head word names a program
// or reform (免申即享, 双减) rather than a slogan, a brand, a facility or a descriptive
// phrase. The noun that follows the run of quotes decides first (“多线合一”机制 is a
// reform, “网红”城中村 a description); with nothing after it, the verb before does
// (深化政务服务“一网通办”).
func (r *report) bareLabelIsProgram(rs []rune, run []qspan, inner string) bool {
	n := len([]rune(inner))
	limit := 14
	if strings.Contains(inner, "+") {
		limit = 18
	}
	if n > limit || isPureCode(inner) || sloganLabel(inner) {
		return false
	}
	if strings.HasSuffix(inner, "+") && inner != "互联网+" && !strings.Contains(followingNoun(rs, run[len(run)-1].e), "改革") {
		return false // “旅游+”模式: a business model's prefix; but “跨境+”改革 is a reform
	}
	if endsWithAny(inner, "通办", "联办", "即办", "即享", "快办", "一次办", "一网办", "秒批", "秒办") {
		return true // 政务服务 reforms: “跨域通办”, “免申即享”
	}
	if rejectedLabelEnd(inner) && !(strings.HasSuffix(inner, "码") && endsWithAny(followingNoun(rs, run[len(run)-1].e), "机制", "改革", "制度")) {
		return false // (“环园码”“环企码”管理机制: codes that manage parks are a mechanism)
	}
	first, last := run[0], run[len(run)-1]
	cs := first.s
	for cs > 0 && !isClauseEnd(rs[cs-1]) && first.s-cs < 32 {
		cs--
	}
	before := string(rs[cs:first.s])
	for _, w := range honourWords {
		if strings.Contains(before, w) {
			return false
		}
	}
	if measuresAt(rs, last.e) {
		return true // “六稳”“六保”54条措施
	}
	if countOfFirms(rs, last.e) && !endsWithAny(inner, "企业", "公司", "户", "餐厅", "商店") {
		return true // “个转企”96家、“小升规”68家
	}
	np := followingNoun(rs, last.e)
	if strings.HasPrefix(np, "等") {
		ce := last.e + 1
		for ce < len(rs) && !isClauseEnd(rs[ce]) && ce-last.e < 20 {
			ce++
		}
		tail := string(rs[last.e+1 : ce])
		if nounRejects(tail) {
			return false
		}
		for _, w := range []string{"改革", "服务", "试点", "工程", "事项", "机制", "模式", "品牌", "行动", "政策", "措施"} {
			if strings.Contains(tail, w) {
				return true
			}
		}
		np = ""
	}
	if strings.HasPrefix(np, "的") {
		return false
	}
	if np != "" && !runeIn("和与及", []rune(np)[0]) {
		if nounRejects(np) {
			return false
		}
		for _, w := range labelAcceptAfter {
			if strings.HasPrefix(np, w) {
				return true
			}
		}
		return endsWithAny(np, "改革", "机制", "模式", "制度", "事项", "试点", "规范", "任务", "业务", "服务",
			"项目", "建设", "体系")
	}
	// a verb that carries out reforms shortly before: 深化政务服务“一网通办”
	for _, w := range labelAcceptBefore {
		k := strings.LastIndex(before, w)
		if k < 0 {
			continue
		}
		between := before[k+len(w):]
		if len([]rune(between)) <= 6 && !strings.ContainsAny(between, "等、和从向与及0123456789“”\"") {
			return true
		}
		// a list of labels after one verb: 深化政务服务“一网通办”、政府治理“一网统管”
		if len([]rune(between)) <= 30 && strings.Contains(between, "、") && !strings.ContainsAny(between, "等和从向与及0123456789") {
			return true
		}
	}
	return false
}

// followingNoun returns the words after position i up to punctuation, a quotation mark
// or a verb (at most 10 runes): the noun a quoted label stands before.
func followingNoun(rs []rune, i int) string {
	st := programStopTrie()
	j := i
	if i < len(rs) && unicode.IsDigit(rs[i]) {
		return ""
	}
	if i+1 < len(rs) && runeIn("一二三四五六七八九十两", rs[i]) && runeIn("个项批条", rs[i+1]) {
		return ""
	}
	for j < len(rs) && j-i < 12 && isNameRune(rs[j]) {
		if j > i {
			if idx, _ := st.longest(rs, j); idx >= 0 && len([]rune(programStops[idx])) > 1 {
				break
			}
			if wordAt(statusStops, rs, j) {
				break
			}
		}
		j++
	}
	return string(rs[i:j])
}

// statusStops end the noun after a label: “未来校园”建成开办.
var statusStops = []string{"建成", "开办", "开通", "投用", "获", "入选", "实现", "深化", "推进", "居", "纳入", "列入", "通报", "亮相",
	"加快", "持续", "深入", "全面", "不断", "进一步", "稳步", "有序", "积极", "为", "的", "在", "以", "将", "把", "对", "从",
	"向", "被", "于", "由"}

// wordAt reports whether one of words begins at rs[j].
func wordAt(words []string, rs []rune, j int) bool {
	return wordLenAt(rs, j, words) > 0
}

// nounRejects: the noun after a label makes it a facility, system, product, event or
// goal rather than a program.
func nounRejects(np string) bool {
	for _, w := range []string{"系统", "平台", "数据库", "应用", "产品", "网络", "基地", "项目建设", "重点项目", "品牌文化", "赛事", "联赛",
		"大赛", "论坛", "对接会", "专班", "小组", "办公室", "地标", "景点", "工厂", "示范区", "阳台", "作品展", "展会",
		"展览", "称号", "奖", "荣誉", "契机", "机遇", "窗口", "目标", "美感", "生态", "架构", "功能", "城中村", "空间",
		"领导"} {
		if strings.Contains(np, w) {
			return true
		}
	}
	return false
}

// honourWords before a quoted label make it an honour, award or title.
var honourWords = []string{"获评", "荣获", "评为", "获得", "称号", "授予", "获批", "入选", "被评", "获授", "荣誉"}

// labelRejectEnds end facility, system, event and brand names rather than programs.
var labelRejectEnds = []string{
	"系统", "平台", "中心", "馆", "站", "桥", "阁", "谷", "楼宇", "基地", "大会", "论坛", "联赛", "大赛", "杯", "奖",
	"榜", "专班", "码", "员", "院", "所", "室", "节", "周", "展", "号", "团", "超市", "水道", "之都", "名片", "联盟",
	"大脑", "之家", "校园", "示范区", "城区", "案例", "人", "期", "卡点", "对接会", "园区", "清单",
}

// rejectedLabelEnd: the label ends like a facility, system or event name. Counted labels
// (“五个中心”) and actions (扫码) are not names of things.
func rejectedLabelEnd(inner string) bool {
	rs := []rune(inner)
	if len(rs) >= 3 && runeIn("一二三四五六七八九十两", rs[0]) && runeIn("个大", rs[1]) {
		return false
	}
	if strings.HasSuffix(inner, "扫码") {
		return false
	}
	for _, w := range labelRejectEnds {
		if strings.HasSuffix(inner, w) {
			return true
		}
	}
	return false
}

// labelAcceptAfter begin the noun after a reform, service or campaign label.
var labelAcceptAfter = []string{
	"改革", "模式", "机制", "服务", "工作", "试点", "制度", "事项", "范围", "效应", "业务", "经验", "建设",
	"要求", "专项", "评价", "融资", "执法", "联合招商", "发展", "攻坚", "整治", "指定", "获评", "获全", "入选",
	"标准", "覆盖", "全覆盖", "行动", "政策", "基层服务站", "点火", "惠民", "规范", "新模式", "长效", "见效",
	"成果", "落地", "常态化", "提质", "推广", "系列产品", "项目",
}

// labelAcceptBefore carry out a reform or campaign.
var labelAcceptBefore = []string{
	"实施", "推行", "深化", "推进", "开展", "落实", "推广", "探索", "创新", "实行", "启动", "推出", "首创", "完善",
	"扩大", "用好", "参与", "争取", "升级", "坚持和发展", "融入", "统筹", "首发", "推动", "执行", "试点", "优化",
	"贯彻", "支持企业", "发布",
}

// countOfFirms reports whether a count of firms follows a quoted label (“小升规”222家): the
// label is a campaign whose results are counted.
func countOfFirms(rs []rune, i int) bool {
	k := i
	for k < len(rs) && unicode.IsDigit(rs[k]) {
		k++
	}
	return k > i && k < len(rs) && rs[k] == '家'
}

// sloganLabel: political slogans and working-style phrases that are not programs.
func sloganLabel(s string) bool {
	switch s {
	case "两个确立", "两个维护", "四个意识", "四个自信", "两个毫不动摇", "四风", "三资", "过紧日子", "紧日子",
		"三公", "第一议题", "两个务必", "三个务必", "五个必由之路", "四个最严", "零容忍", "小而美", "可感可及",
		"四下基层", "头号工程", "四有", "两个责任", "两个先行", "民生七有", "民生七优", "五个率先":
		return true
	}
	// principles and models to uphold: “枫桥经验”, “五育并举”, “特区精神”
	return endsWithAny(s, "经验", "并举", "精神")
}

// ---------------------------------------------------------------------------------------
// 《title》 documents

type tspan struct{ s, e int } // rs[s] == '《', rs[e-1] == '》'

func titleSpans(rs []rune) []tspan {
	var out []tspan
	for i := 0; i < len(rs); i++ {
		if rs[i] != '《' {
			continue
		}
		j := i + 1
		for j < len(rs) && rs[j] != '》' && rs[j] != '《' && j-i < 80 {
			j++
		}
		if j >= len(rs) || rs[j] != '》' {
			continue
		}
		out = append(out, tspan{i, j + 1})
		i = j
	}
	return out
}

// titleHeads end the titles of plans, programmes and policy documents.
var titleHeads = []string{"规划", "方案", "计划", "纲要", "行动", "政策", "战略", "措施", "意见", "部署", "举措"}

// titledPrograms: 《深圳市国土空间总体规划(2021-2035年)》 → 深圳市国土空间总体规划.
func titledPrograms(rs []rune, titles []tspan) []mention {
	var out []mention
	for _, t := range titles {
		title := cleanLabel(stripYears(string(rs[t.s+1 : t.e-1])))
		title = strings.TrimSuffix(title, "(试行)")
		title = stripYears(title)
		for _, h := range titleHeads {
			if strings.HasSuffix(title, h) && len([]rune(title)) > len([]rune(h))+1 {
				out = append(out, mention{typ: govkg.TypeProgram, name: title, start: t.s, end: t.e})
				break
			}
		}
	}
	return out
}

// stripYears drops a parenthesized year range from the end of a title: 方案(2021-2025年),
// 规划(2020-2025), 计划(2020—2022 年).
func stripYears(s string) string {
	s = strings.TrimSpace(s)
	for _, open := range []string{"(", "（"} {
		k := strings.LastIndex(s, open)
		if k <= 0 {
			continue
		}
		if !strings.HasSuffix(s, ")") && !strings.HasSuffix(s, "）") {
			continue
		}
		inner := s[k+len(open):]
		if strings.ContainsAny(inner, "0123456789") {
			return strings.TrimSpace(s[:k])
		}
	}
	return s
}

// ---------------------------------------------------------------------------------------
// unquoted names

// unquotedHeads end a program name written without quotes. 工程 is handled apart since
// most X工程 are construction projects.
var unquotedHeads = []string{"行动", "计划", "规划", "方案", "战略", "部署", "政策", "意见", "保卫战", "工程"}

// programEngineering are the words before 工程 that make it a programme rather than a
// construction work: 新时代立德树人工程, 未来教育家培养工程, 公民道德建设工程.
var programEngineering = []string{"培养", "传播", "树人", "育人", "铸魂", "培育", "道德建设", "文明建设", "安居", "人才",
	"引领", "惠民", "民心", "强基", "固本"}

// unquotedHeadLens are the rune lengths of unquotedHeads.
var unquotedHeadLens = func() []int {
	out := make([]int, len(unquotedHeads))
	for i, h := range unquotedHeads {
		out[i] = utf8.RuneCountInString(h)
	}
	return out
}()

// headLastRunes are the last runes of unquotedHeads and of the numbered-measures tails.
const headLastRunes = "动划案略署策见战程施措"

var headLastSet = newRuneSet(headLastRunes)

// unquotedPrograms finds program names without quotes: 实施城区建设提速行动,
// 深入实施未来教育家培养工程, 贯彻落实支持企业共渡难关16条措施.
func (r *report) unquotedPrograms(rs []rune, spans []qspan, titles []tspan) []mention {
	inside := func(i int) bool {
		for _, q := range spans {
			if i >= q.s && i < q.e {
				return true
			}
		}
		for _, t := range titles {
			if i >= t.s && i < t.e {
				return true
			}
		}
		return false
	}
	var out []mention
	for e := len(rs); e > 1; e-- {
		if !headLastSet.has(rs[e-1]) {
			continue // fast path: no head or measures tail ends here
		}
		head := ""
		for hi, h := range unquotedHeads {
			if hasAt(rs, e-unquotedHeadLens[hi], h) {
				head = h
				break
			}
		}
		hs := e - len([]rune(head))
		if head == "" {
			// N条措施, N条特别措施
			hs = numberedMeasures(rs, e)
			if hs < 0 {
				continue
			}
		}
		if inside(hs) || inside(e-1) || !programHeadEnds(rs, e) {
			continue
		}
		if hs > 0 && isClauseStop(rs[hs-1]) && head != "" {
			continue // ”规划: the quoted rules own it
		}
		start := r.programLeft(rs, hs)
		if start < 0 || start >= hs {
			continue
		}
		name := r.trimCounty(trimProgramLeading(strings.TrimLeft(string(rs[start:e]), "和与及")))
		start = e - len([]rune(name))
		stem := string(rs[start:hs])
		if start > 0 && rs[start-1] == '、' && !endsWithProgramHead(rs[:start-1]) {
			continue // 足球、篮球、羽毛球培养计划: the name is shared by a list
		}
		if k := strings.LastIndexAny(stem, "和与及"); k >= 0 && !protectedSingle(rs, start+len([]rune(stem[:k]))) {
			if genericProgramStem(stem[k+len("和"):]) {
				continue
			}
		}
		if hs < len(rs) && e < len(rs) && unicode.IsDigit(rs[e]) {
			continue // 联合执法行动222次
		}
		if start > 0 && runeIn("”\"’」", rs[start-1]) {
			continue // “双碳”工作部署: the quoted rules own it
		}
		if head == "规划" && !endsWithAny(stem, "发展", "专项", "建设", "开发", "分区", "总体", "布局", "保护", "综合", "空间", "五期", "走廊", "详细", "战略") {
			continue
		}
		if head == "意见" && !endsWithAny(stem, "若干", "实施", "指导") && !strings.Contains(stem, "关于") {
			continue
		}
		if head == "方案" && strings.HasSuffix(stem, "解决") {
			continue
		}
		if r.placeOnly(stem) {
			continue
		}
		if head == "工程" && !endsWithAny(stem, programEngineering...) && !countedStem(stem) {
			continue
		}
		if head == "部署" && !strings.HasSuffix(stem, "城市") {
			continue // 人工智能先锋城市部署, not 有关部署
		}
		if start > 0 && (unicode.IsDigit(rs[start-1]) || rs[start-1] == '.') {
			continue // 2.0版工作方案: cut from a number
		}
		nl := len([]rune(name))
		if nl < 4 || nl > 32 || genericProgramStem(stem) {
			continue
		}
		out = append(out, mention{typ: govkg.TypeProgram, name: r.canonicalProgram(name), start: start, end: e})
		e = start + 1
	}
	return out
}

// countedStem: 教育三名工程, 民生十大工程 — a count before the head.
func countedStem(stem string) bool {
	rs := []rune(stem)
	n := len(rs)
	return n >= 4 && runeIn("一二三四五六七八九十两", rs[n-2]) && runeIn("名大", rs[n-1]) && !genericProgramStem(string(rs[:n-2]))
}

// measuresAt: rs[i:] begins with a number of measures (54条措施, 12条).
func measuresAt(rs []rune, i int) bool {
	j := i
	for j < len(rs) && unicode.IsDigit(rs[j]) {
		j++
	}
	return j > i && hasAt(rs, j, "条")
}

// numberedMeasures returns where the numeral of 16条措施 / 24条特别措施 starts when the
// measures end at rs[e], or -1.
func numberedMeasures(rs []rune, e int) int {
	for _, tail := range []string{"条措施", "条特别措施", "条政策措施", "条举措", "条意见"} {
		tr := []rune(tail)
		if e < len(tr)+1 || string(rs[e-len(tr):e]) != tail {
			continue
		}
		i := e - len(tr)
		j := i
		for j > 0 && unicode.IsDigit(rs[j-1]) {
			j--
		}
		if j < i {
			return j
		}
	}
	return -1
}

// programLeft finds where an unquoted program name that ends with a head at hs begins:
// after the nearest introducing verb (实施, 开展, 出台, 落实 …), function word or
// punctuation to the left. It returns hs when there is nothing between.
func (r *report) programLeft(rs []rune, hs int) int {
	st := programStopTrie()
	i := hs
	for i > 0 && hs-i < 34 {
		c := rs[i-1]
		if !isNameRune(c) || c == '·' {
			break
		}
		// a stop word ending at i
		if idx, n := st.longestSuffix(rs, i); idx >= 0 {
			w := programStops[idx]
			if (i == hs || string(rs[i:hs]) == "工作") && compoundHeadWord[w] && hs < len(rs) && isHan(rs[hs]) {
				i -= n // 实施方案, 支持政策: part of the head
				continue
			}
			if n == 1 && protectedSingle(rs, i-1) || w == "服务" && i < hs && runeIn("业贸包型", rs[i]) {
				i--
				continue
			}
			if w == "和" || w == "与" || w == "及" || w == "以及" {
				// “A计划和B计划”: the conjunction joins two programs; otherwise it is inside
				// the name: 产业空间挖潜和存量产业园区提质增效行动
				if endsWithProgramHead(rs[:i-n]) {
					break
				}
				i -= n
				continue
			}
			break
		}
		// 20项, 5个
		if runeIn("项个批", c) && i >= 2 && unicode.IsDigit(rs[i-2]) {
			break
		}
		if unicode.IsDigit(c) && i < hs && !unicode.IsDigit(rs[i]) && runeIn("项个批年", rs[i]) {
			break
		}
		i--
	}
	// numbers and the 项 after them at the very start: 20项
	for i < hs && (unicode.IsDigit(rs[i]) || rs[i] == '.') {
		i++
	}
	if i < hs && i > 0 && unicode.IsDigit(rs[i-1]) && runeIn("项个批年", rs[i]) {
		i++
	}
	return i
}

// compoundHeadWord: stop words that form a compound head with the word after them.
var compoundHeadWord = map[string]bool{"实施": true, "支持": true, "推进": true, "服务": true, "培育": true, "提升": true,
	"优化": true, "升级": true}

func endsWithProgramHead(rs []rune) bool {
	s := string(rs)
	return endsWithAny(s, "行动", "计划", "规划", "方案", "战略", "部署", "政策", "工程", "措施", "意见", "纲要")
}

// programStops end a program name when scanning left: the verbs that introduce a
// program, prepositions, conjunctions and adverbs.
var programStops = []string{
	"实施", "开展", "落实", "出台", "制定", "印发", "编制", "修编", "发布", "启动", "推动", "推进", "执行", "贯彻",
	"打好", "打赢", "享受", "参与", "完成", "研究", "审议", "列入", "纳入", "深化", "实现", "组织", "加大",
	"强化", "加强", "完善", "做好", "抓好", "用好", "抢抓", "争取", "申报", "入选", "获评", "荣获", "依托", "围绕",
	"聚焦", "按照", "根据", "通过", "作为", "对接", "衔接", "承接", "配合", "支持", "结合", "坚持", "构建",
	"形成", "启用", "谋划", "统筹", "部署", "提出", "明确", "首个", "首批", "一批", "一系列", "系列", "各项",
	"相关", "这一", "该", "此", "其", "全国", "首次", "新一轮", "高水平", "高标准", "不断", "提高", "修订", "优化",
	"升级", "服务", "全力", "聚力", "保持", "调整", "因时因势", "余项", "多项", "有关", "落地",
	"评估", "符合", "按", "按照", "的", "和", "与", "及", "以及", "在", "以", "为", "将", "把", "对", "由", "从",
	"向", "了", "是", "等", "被", "于", "及时", "同时", "其中", "包括", "例如", "打造", "推出", "出炉", "试行",
	"探索", "召开", "举办", "宣传", "解读", "兑现", "用足", "争创", "发挥", "遵循", "提供", "加快推进", "助力",
	"紧扣", "对标", "瞄准", "面向", "立足", "巩固", "拓展", "引进", "建立", "健全", "建立健全", "成立",
}

var (
	stopOnce sync.Once
	stopTrie *trie
)

// programStopTrie is the reversed trie of programStops (built once, read concurrently).
func programStopTrie() *trie {
	stopOnce.Do(func() {
		stopTrie = newTrie()
		for i, w := range programStops {
			stopTrie.add(reverse(w), i)
		}
	})
	return stopTrie
}

// protectedWords contain a one-rune stop word that is not a stop inside them.
var protectedWords = []string{
	"以旧换新", "以上", "以下", "所以", "可以", "难以", "予以", "加以", "和平", "和谐", "共和", "总和", "普及", "涉及",
	"目的", "现在", "存在", "所在", "在建", "行为", "作为", "为民", "对口", "针对", "面对", "对外", "方向", "导向",
	"平等", "等级", "同等", "了解", "协同", "同步", "共同", "合同", "同城", "认同", "自由", "由于", "中国", "中小",
	"中心", "中医", "中坚", "中华", "高中", "初中", "中外", "中期", "有序", "有效", "有机", "特有", "国有", "所有",
	"无废", "无陪护", "年轻", "青年", "老年", "少年", "成年", "年度", "百年", "期货", "长期", "好评", "友好", "美好",
	"到位", "达标", "发达", "直达", "至上", "每天", "每日", "各类", "向好", "是非", "要素", "重要", "主要", "需要",
	"后备", "前沿", "前海", "给付", "于是", "又好", "再生", "再造", "并购", "合并", "日常", "月度", "后续", "先后",
	"生态", "宜居", "从业", "向海", "及早", "让利", "使用", "促使", "倍增", "达峰", "民生", "前瞻", "期限", "中轴",
	"无障碍", "无人", "有为", "好学", "使命", "期间", "中部", "中央", "以人为本", "为先", "为本", "大有可为",
	"有所", "所属", "和美", "中试", "前置", "后台", "对标", "定向", "双向", "走向", "转向", "指向", "对象", "对话",
	"是否", "为民", "于是", "由来", "以人", "外向", "内向", "纵向", "横向", "向好", "从严", "从业", "从优",
}

var (
	protOnce   sync.Once
	protByRune map[rune][]string
)

// protectedSingle reports whether the one-rune stop at rs[i] is part of a protected word.
func protectedSingle(rs []rune, i int) bool {
	protOnce.Do(func() {
		protByRune = map[rune][]string{}
		for _, w := range protectedWords {
			seen := map[rune]bool{}
			for _, c := range w {
				if !seen[c] {
					protByRune[c] = append(protByRune[c], w)
					seen[c] = true
				}
			}
		}
	})
	c := rs[i]
	for _, w := range protByRune[c] {
		wr := []rune(w)
		for k, wc := range wr {
			if wc != c {
				continue
			}
			s := i - k
			if s >= 0 && s+len(wr) <= len(rs) && string(rs[s:s+len(wr)]) == w {
				return true
			}
		}
	}
	return false
}

// trimCounty drops a county-level name that opens an unquoted name: 龙岗区安居工程 → 安居工程.
func (r *report) trimCounty(name string) string {
	rs := []rune(name)
	if idx, n := r.longestAt(ftCountyFull, rs, 0); idx >= 0 && len(rs)-n >= 4 {
		return string(rs[n:])
	}
	return name
}

// trimProgramLeading drops organs, places of the speaker, time words and counters from
// the left of an unquoted name: 全区深化住房制度改革工作方案 → 深化住房制度改革工作方案.
func trimProgramLeading(name string) string {
	for changed := true; changed; {
		changed = false
		for _, p := range []string{"国家和省", "省市区", "全区", "全市", "全省", "我区", "本区", "我市", "省委", "市委", "区委", "中央", "今年",
			"明年", "新一轮", "新一批", "国家级", "省级", "市级", "区级", "各级", "上级", "年度"} {
			if strings.HasPrefix(name, p) && len([]rune(name)) > len([]rune(p))+3 {
				name = strings.TrimPrefix(name, p)
				changed = true
			}
		}
		rs := []rune(name)
		// 区卫生健康系统专科建设实施方案, 市轨道交通五期建设规划 (not 区域, 市场)
		if len(rs) > 5 && (rs[0] == '区' || rs[0] == '市' || rs[0] == '省') && !runeIn("域块间场民级属内外县镇委政", rs[1]) {
			name = string(rs[1:])
			changed = true
			continue
		}
		// 第十七届深圳关爱行动, 2020年
		if len(rs) > 4 && rs[0] == '第' {
			for k := 1; k < len(rs) && k < 6; k++ {
				if runeIn("届季批期轮次", rs[k]) {
					name = string(rs[k+1:])
					changed = true
					break
				}
			}
		}
		rs = []rune(name)
		k := 0
		for k < len(rs) && unicode.IsDigit(rs[k]) {
			k++
		}
		if k > 0 && k < len(rs) && runeIn("年项个批", rs[k]) && len(rs)-k > 4 {
			name = string(rs[k+1:])
			changed = true
		}
	}
	return name
}

// genericProgramParts alone make a generic mention (专项规划, 三年行动, 工作方案).
var genericProgramParts = []string{
	"专项", "重点", "重大", "系列", "各项", "相关", "三年", "五年", "两年", "十大", "三大", "五大", "四大", "六大",
	"八大", "攻坚", "工作", "实施", "行动", "发展", "建设", "民生", "国家", "总体", "综合", "配套", "年度", "本轮",
	"详细", "控制性", "专题", "子", "行业", "产业", "城市", "区域", "战略", "规划", "计划", "投资", "招生",
	"采购", "工程", "改革", "创新", "试点", "示范", "整治", "提升", "改造", "保障", "支持", "扶持", "优惠", "惠企",
	"各类", "有关", "上级", "中央", "省", "市", "区", "新", "老", "好", "各", "这", "有效", "具体", "长远", "空间",
	"国土空间", "分区", "片区", "应急", "政策", "措施", "方案", "部署", "意见", "若干", "多项", "一揽子", "一系列",
	"若干措施", "人才", "产业政策", "财政", "货币", "税收", "宏观", "经济", "社会", "国民经济和社会", "十四五",
	"十三五", "十五五", "指导", "稳增长", "中长期", "近期", "远期", "全面", "整体", "一体化", "统筹", "配套政策",
	"专项行动", "治理", "管理", "服务", "保护", "利用", "开发", "生产", "运营", "研究", "编制", "设计", "一项",
	"一批", "这些", "各种", "多种", "全", "本", "该", "此", "其", "之", "中", "新一轮", "重要", "主要", "总",
	"分", "类", "性", "化", "级", "期", "年", "项", "个", "批", "条", "大", "小", "高", "低", "上", "下",
	"政府", "部门", "战略性", "前瞻性", "系统", "全局", "长期", "短期", "阶段", "首", "第一", "一",
	"考核", "工作部署", "决策", "党中央", "省委", "市委", "区委", "国务院", "全国", "全省", "全市", "全区",
	"开放", "城中村改造", "细分领域", "领域", "任务", "要点", "培育", "引进", "头号", "防控", "鼓励", "合作",
}

var (
	genOnce sync.Once
	genSet  map[string]bool
	genMax  int
)

// genericProgramStem: the words before the head say nothing specific (专项规划, 市委部署).
func genericProgramStem(stem string) bool {
	genOnce.Do(func() {
		genSet = map[string]bool{}
		for _, w := range genericProgramParts {
			genSet[w] = true
			if n := len([]rune(w)); n > genMax {
				genMax = n
			}
		}
	})
	rs := []rune(stem)
	if len(rs) < 2 {
		return true
	}
	// greedy segmentation into generic parts, longest first, with backtracking
	var ok func(i int) bool
	memo := map[int]bool{}
	ok = func(i int) bool {
		if i == len(rs) {
			return true
		}
		if v, seen := memo[i]; seen {
			return v
		}
		res := false
		for n := min(genMax, len(rs)-i); n >= 1 && !res; n-- {
			if genSet[string(rs[i:i+n])] {
				res = ok(i + n)
			}
		}
		memo[i] = res
		return res
	}
	return ok(0)
}

// genericProgramName: a quoted or unquoted full name whose stem is generic.
func genericProgramName(name string) bool {
	for _, h := range []string{"行动计划", "行动方案", "行动", "计划", "工程", "规划纲要", "规划", "方案", "战略", "部署", "政策", "纲要", "措施"} {
		if strings.HasSuffix(name, h) {
			return genericProgramStem(strings.TrimSuffix(name, h))
		}
	}
	return false
}

func containsStop(rs []rune) bool {
	st := programStopTrie()
	for i := 1; i <= len(rs); i++ {
		if idx, n := st.longestSuffix(rs, i); idx >= 0 {
			if n == 1 && protectedSingle(rs, i-1) {
				continue
			}
			w := programStops[idx]
			if n == 1 && w != "的" && w != "和" && w != "与" && w != "及" && w != "等" && w != "在" && w != "为" && w != "把" && w != "将" {
				continue
			}
			return true
		}
	}
	return false
}

// ---------------------------------------------------------------------------------------
// glossary

// glossaryEntry is one entry of a report's 名词解释.
type glossaryEntry struct {
	term, definition string
	sentence         int
}

// glossaryEntries reads `N.term:definition` entries from glossary sentences.
func (r *report) glossaryEntries() []glossaryEntry {
	var out []glossaryEntry
	for i, s := range r.doc.Sentences {
		if s.Stance != govkg.StanceGlossary {
			continue
		}
		t := s.Text
		k := strings.Index(t, ":")
		if k <= 0 || k > 80 {
			continue
		}
		term := strings.TrimSpace(t[:k])
		rs := []rune(term)
		term = stripQuotes(string(rs[entryNumberLen(rs):]))
		if n := len([]rune(term)); n < 2 || n > 40 {
			continue
		}
		out = append(out, glossaryEntry{term: term, definition: strings.TrimSpace(t[k+1:]), sentence: i})
	}
	return out
}

// entryNumberLen returns the length of the entry number that opens a glossary entry
// (15., 3、, 2．), spaces after it included, or 0: one number only, so that a term that
// opens with a figure keeps it (15.10大产业项目 is entry 15, term 10大产业项目).
func entryNumberLen(rs []rune) int {
	j := 0
	for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
		j++
	}
	if j == 0 || j >= len(rs) || !strings.ContainsRune(".、．", rs[j]) {
		return 0
	}
	j++
	for j < len(rs) && rs[j] == ' ' {
		j++
	}
	return j
}

// glossaryTermEnd returns the rune offset of the colon that ends the term when rs is a
// glossary entry of the report (N.term:definition), else -1.
func (r *report) glossaryTermEnd(rs []rune) int {
	k := -1
	for i, c := range rs {
		if c == ':' {
			k = i
			break
		}
		if i > 60 {
			break
		}
	}
	if k <= 0 {
		return -1
	}
	text := string(rs)
	for _, s := range r.doc.Sentences {
		if s.Stance == govkg.StanceGlossary && s.Text == text {
			return k
		}
	}
	return -1
}

// glossaryNamesProgram decides whether a quoted glossary term names a program from its
// definition: measures, policies, reforms, mechanisms and campaigns do; devices, spaces,
// problems and principles do not.
func (r *report) glossaryNamesProgram(rs []rune, colon int, inner string) bool {
	if isPureCode(inner) || sloganLabel(inner) {
		return false
	}
	if rejectedLabelEnd(inner) {
		return false
	}
	def := string(rs[colon+1:])
	if strings.Contains(def, "问题") || strings.Contains(def, "挑战") {
		return false
	}
	for _, w := range []string{"措施", "政策", "改革", "工程", "行动", "计划", "机制", "模式", "试点", "制度", "部署",
		"业务", "产品", "建设", "服务", "活动", "推行", "推出", "实施", "创建", "连通", "规划"} {
		if strings.Contains(def, w) {
			return true
		}
	}
	return false
}

func stripQuotes(s string) string { return quoteStripper.Replace(s) }

// quoteStripper is built once: a Replacer compiles its table on first use.
var quoteStripper = strings.NewReplacer("“", "", "”", "", "\"", "", "‘", "", "’", "", "《", "", "》", "", "「", "", "」", "", "*", "")

// applyGlossary attaches definitions: an entry naming a program found in the report (or
// ending in a program head word) defines that program; the rest become Terms.
func (r *report) applyGlossary(entries []glossaryEntry) {
	for _, g := range entries {
		s := r.doc.Sentences[g.sentence]
		colon := len([]rune(s.Text))
		if k := strings.Index(s.Text, ":"); k >= 0 {
			colon = len([]rune(s.Text[:k]))
		}
		// programs the rules found in the term part of the entry
		defined := false
		for _, m := range r.found[g.sentence] {
			if m.typ == govkg.TypeProgram && m.start < colon {
				if e, ok := r.ents[r.idOf(m)]; ok {
					setDefinition(e, g.definition)
					defined = true
				}
			}
		}
		if defined {
			continue
		}
		id := entityID(govkg.TypeProgram, g.term)
		if e, ok := r.ents[id]; ok {
			setDefinition(e, g.definition)
			continue
		}
		if idx, n := r.longestAt(ftPrograms, []rune(g.term), 0); idx >= 0 && n == len([]rune(g.term)) {
			if e, ok := r.ents[entityID(govkg.TypeProgram, r.x.programVal[idx])]; ok {
				setDefinition(e, g.definition)
				continue
			}
		}
		typ := govkg.TypeTerm
		if endsWithHead(g.term) && !genericProgramName(g.term) || projectSetTerm(g.term) {
			typ = govkg.TypeProgram
		}
		rs := r.runes[g.sentence]
		m := mention{typ: typ, name: g.term, start: entryNumberLen(rs), end: min(len(rs), colon)}
		r.addMention(s, m)
		if typ == govkg.TypeProgram {
			r.found[g.sentence] = append(r.found[g.sentence], m) // the entry's works are the program's (glossaryTermPrograms)
		}
		if e, ok := r.ents[entityID(typ, g.term)]; ok {
			setDefinition(e, g.definition)
		}
	}
}

func setDefinition(e *govkg.Entity, def string) {
	if e.Props == nil {
		e.Props = map[string]any{}
	}
	if _, ok := e.Props["definition"]; !ok && def != "" {
		e.Props["definition"] = def
	}
}

// mechanismHeads after a quoted label, a few words between, make it a reform or a
// mechanism of the government (ANNOTATION.md (e), (b)): “三社联动”机制, “163”集成政务服务模式,
// “第一议题”学习制度, “双盲”评审改革.
var mechanismHeads = []string{"机制", "改革", "制度", "模式"}

// quotedMechanisms names, after the tagger, the quoted labels that nothing named and that
// a mechanism head follows within six runes of the label's clause: each is a Program
// named as quoted. Not a slogan, a manner (“清单式”) or a business model (“旅游+”模式,
// “跨境电商+产业带”模式: ANNOTATION.md (b)). 体系, 格局 and 活动 do not count: held out by
// city such labels were programs about a third of the time (“双循环”发展格局, “最美家庭”等
// 创建活动); with 的 between or a reach of three or ten runes Program fell. Held out by
// city Program 0.7763 → 0.7783, IMPLEMENTS 0.7708 → 0.7729; dev Program 0.786 → 0.787,
// IMPLEMENTS +0.001; train and seeds −0.001 (the tagger, trained on them, had said no).
func (r *report) quotedMechanisms(rs []rune, ms []mention) []mention {
	for c := 1; c < len(rs); c++ {
		if rs[c] != '”' {
			continue
		}
		o := quotedBefore(rs, c)
		if o < 0 || slices.ContainsFunc(ms, func(m mention) bool { return m.start <= c && m.end > o }) {
			continue
		}
		inner := string(rs[o+1 : c])
		if sloganLabel(inner) || strings.HasSuffix(inner, "+") || strings.HasSuffix(inner, "式") {
			continue // “两个维护”; “旅游+”模式 is a business model's prefix (bareLabelIsProgram); “清单式” a manner
		}
		found := false
		for g := c + 1; g <= min(len(rs), c+7) && !found; g++ {
			if n := wordLenAt(rs, g, mechanismHeads); n > 0 {
				found = !(string(rs[g:g+n]) == "模式" && strings.Contains(inner, "+")) // “跨境电商+产业带”模式: a business model (ANNOTATION.md (b))
			}
			if g < len(rs) && (isClauseEnd(rs[g]) || runeIn("、等“”\"的和与及", rs[g])) {
				break
			}
		}
		if found {
			ms = append(ms, mention{typ: govkg.TypeProgram, name: r.canonicalProgram(inner), start: o, end: c + 1})
		}
	}
	return ms
}

// projectSetTerm reports whether a glossary term names a counted set of projects
// (10大产业项目, 十大工业项目): a program whose definition lists its works.
func projectSetTerm(term string) bool {
	rs := []rune(term)
	k := 0
	for k < len(rs) && (rs[k] >= '0' && rs[k] <= '9' || isHanDigit(rs[k]) || rs[k] == '百') {
		k++
	}
	return k > 0 && k < len(rs) && rs[k] == '大' && strings.HasSuffix(term, "项目") && len(rs)-k > 3
}
