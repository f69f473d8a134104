package extract

import (
	"strings"
	"unicode"

	govkg "github.com/govkg/govkg"
)

// Programs named in quotation marks: a quoted name with the head word after it
// (quotedPrograms) and a bare quoted label of a reform or campaign (bareLabelIsProgram).

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
			if !code && ml > 4 && !hasAnySuffix(hd, "计划", "方案", "规划", "部署") || ml > 12 {
				continue
			}
			if code && ml > 5 && !hasAnySuffix(hd, "计划", "方案", "规划", "部署", "行动") {
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

// codePrefix returns the modifier written before a quoted code that has a head word:
// 服务业高质量发展“1+12”方案, 龙岗惠企“12条”, 东西部协作“十四五”规划. Organs (省委, 市委) and
// bare place names are not modifiers.
func (r *report) codePrefix(rs []rune, s int, inner, head string) (string, int) {
	if !isCode(inner) || s == 0 || !isHan(rs[s-1]) || !hasAnySuffix(head, "方案", "条", "条措施", "规划", "计划") {
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
	if isPlanPeriod(inner) && !hasAnySuffix(mod, "发展", "协作", "产业", "事业", "保护", "建设", "服务", "合作") {
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
	if hasAnySuffix(inner, "通办", "联办", "即办", "即享", "快办", "一次办", "一网办", "秒批", "秒办") {
		return true // 政务服务 reforms: “跨域通办”, “免申即享”
	}
	if rejectedLabelEnd(inner) && !(strings.HasSuffix(inner, "码") && hasAnySuffix(followingNoun(rs, run[len(run)-1].e), "机制", "改革", "制度")) {
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
	if countOfFirms(rs, last.e) && !hasAnySuffix(inner, "企业", "公司", "户", "餐厅", "商店") {
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
		return hasAnySuffix(np, "改革", "机制", "模式", "制度", "事项", "试点", "规范", "任务", "业务", "服务",
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
	return hasAnySuffix(s, "经验", "并举", "精神")
}
