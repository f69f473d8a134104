// Names headed by a suffix word (…产业园, …公园, …工程): the suffix table of
// extract/dict/suffixes.tsv says which type and kind a suffix gives; the rules here find
// where the name starts (nameStart, soft boundaries, work words), reject generic stems
// and distribute shared heads over coordinated names. The other rule families are in
// names_boundary.go (where a name may start and end), names_quoted.go (quoted labels),
// names_renovation.go (roads and buildings being renovated), names_company.go
// (companies) and names_list.go (bare project lists).

package extract

import (
	"strings"
	"sync"
	"unicode"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/dict"
)

// (phase words follow a name and stay on its mention)
var phaseWords = []string{"一期工程", "二期工程", "三期工程", "四期工程", "一期", "二期", "三期", "四期"}

// leadingQualifiers are dropped from the left of a name (ANNOTATION.md: "without leading
// verbs, numbers or qualifiers").
var leadingQualifiers = []string{"世界500强", "全球500强", "中国500强", "全市首个", "全省首个", "全国首个", "首个", "首座", "首家", "首届", "第二批", "第一批", "新改扩建", "新植", "新修", "改扩建", "改建", "扩建", "新建", "国家级", "市级", "区级", "省级", "街道级", "大部分", "应改尽改", "以上", "为"}

// suffixNames finds projects, parks and institutions: a suffix word on the right, a
// boundary (punctuation, status verb, function word) on the left, segmentation with the
// domain dictionary deciding where the name begins.
func (r *report) suffixNames(rs []rune) []mention {
	var out []mention
	x := r.x
	for e := len(rs); e > 0; e-- {
		idx, n := r.longestSuffixAt(ftSuffixes, rs, e)
		if idx < 0 {
			continue
		}
		if !r.nameEndsAt(rs, e) {
			continue
		}
		kind := x.suffixKind[idx]
		s := e - n // suffix start
		left := s
		for left > 0 && isNameRune(rs[left-1]) && s-left < 24 {
			left--
		}
		if kind.typ == govkg.TypePark {
			if ms := r.countedParkList(rs, left, s, e, kind); len(ms) > 0 {
				out = append(out, ms...) // 金威大厦、HALO广场、太平洋商贸大厦三大文旅产业园
				continue
			}
		}
		if kind.typ == govkg.TypeProject && left > 0 && rs[left-1] == ')' {
			// 景祥路(平安路-金园路)工程, 雁田水库(木古河流域)水质保障工程: a bracketed section
			// inside the name; the name keeps its content without the brackets
			if m, ok := r.bracketedName(rs, left-1, e); ok {
				out = append(out, m)
				continue
			}
		}
		if kind.typ == govkg.TypeProject && left > 0 && isCloseQuote(rs[left-1]) && kind.flags["quoted"] {
			if qs := quotedBefore(rs, left-1); qs >= 0 && (left == s || dict.IsPhrase(string(rs[left:s]))) {
				// “深南东1号”人工智能产学研中心, “云间”城市阳台: the quote is the proper part
				inner := string(rs[qs+1 : left-1])
				name := inner + string(rs[left:e])
				if r.plausibleQuotedProject(inner) {
					out = append(out, mention{typ: govkg.TypeProject, name: name, start: qs, end: e, entProps: r.x.kindProps(govkg.TypeProject, kind.suffix)})
				}
				continue
			}
		}
		start := r.nameStart(rs, left, s)
		quotedWhole := false
		if left > 0 && e < len(rs) && isCloseQuote(rs[e]) && (rs[left-1] == '“' || rs[left-1] == '"') && s-left <= 12 && kind.suffix != "路" &&
			!strings.ContainsAny(string(rs[left:s]), "一二三四五六七八九十两的了0123456789") {
			start = left // “双拥共建示范碧道”: a quoted name is whole
			quotedWhole = true
		}
		if kind.suffix == "路" {
			if k := strings.LastIndex(string(rs[start:s]), "路"); k >= 0 {
				start += len([]rune(string(rs[start:s])[:k])) + 1 // 跨界道路临松路: the name is the last road's
			}
		}
		if start >= s-1 && kind.suffix == "路" && s >= 3 && runeIn("一二三四五六七八九十", rs[s-1]) && isHan(rs[s-2]) &&
			!runeIn("一二三四五六七八九十两几多", rs[s-2]) && !runeIn("一二三四五六七八九十两几多", rs[max(s-3, 0)]) {
			start = r.nameStart(rs, left, s-1) // 汤坑二路, 新桥三路: the numeral is part of the name
			if start >= s-1 {
				start = s
			}
		}
		if s-start <= 1 && kind.typ == govkg.TypePark {
			start = r.pastSoftBoundary(rs, left, start, s) // 宝龙生物药创新发展先导区, 现代服务业合作区
		}
		workNamed := false
		if s-start <= 1 && kind.typ == govkg.TypeProject && kind.suffix == "工程" {
			st := r.pastWorkWord(rs, left, start, s) // 东部过境快速完善工程, 自然博物馆周边整治提升工程
			workNamed = st < start
			start = st
		}
		if start < 0 || start >= s {
			continue
		}
		start = trimFragment(rs, start, s)
		if start >= s {
			continue
		}
		start = r.splitCoordinated(rs, start, s, kind.typ)
		for k := start; k < start+4 && k < s-4; k++ {
			if (rs[k] == '与' || rs[k] == '和') && (k == start || dict.IsPhrase(string(rs[start:k]))) {
				start = k + 1 // 强化与前海深港现代服务业合作区: the segmenter glued 与 to the verb
				break
			}
		}
		if kind.typ == govkg.TypeProject {
			start = r.pastStreet(rs, start, s)
		}
		name := trimLeading(string(rs[start:e]))
		stem := strings.TrimSuffix(name, kind.suffix)
		typ := kind.typ
		preRenovation := ""
		if ns := e - len([]rune(name)); typ == govkg.TypeProject && (e >= len(rs) || !isNameRune(rs[e])) {
			for _, w := range []string{"升级改造", "改造提升", "提升改造", "提质改造"} {
				wn := len([]rune(w))
				if k := ns - wn; k >= 0 && hasAt(rs, k, w) && (k == 0 || isClauseEnd(rs[k-1])) {
					preRenovation = w // 升级改造龙华文化艺术中心 → 龙华文化艺术中心升级改造
				} else if hasAt(rs, ns, w) && (ns == 0 || isClauseEnd(rs[ns-1])) && len([]rune(name)) > wn+2 {
					preRenovation = w // (the segmenter left the verb on the name)
					name = string([]rune(name)[wn:])
					stem = strings.TrimSuffix(name, kind.suffix)
				}
			}
		}
		if genericStem(stem) || !plausibleStem(kind, stem) || strings.Contains(name, "号线") || startsWithSuffixWord(name) {
			continue
		}
		// a stem of common words only is a generic facility (街道文体中心, 数字经济产业园);
		// public parks keep theirs (儿童公园 names one park)
		if typ == govkg.TypeProject && dict.IsPhrase(stem) && !kind.flags["proper"] && !r.startsWithCompany(stem) && !workNamed && !quotedWhole && !coordinatedSame(rs, e, kind.suffix) && !listCompleted(rs, e-len([]rune(name)), e) && preRenovation == "" &&
			!(kind.flags["built"] && r.builtHere(rs, e-len([]rune(name)), e, stem)) {
			continue
		}
		if typ == govkg.TypePark && hasAnyPrefix(name, genericParkStarts...) {
			continue
		}
		if kind.suffix == "绿道" && !r.endsWithSuffix(stem) && !r.startsWithPlace(stem) {
			continue // AI小镇绿道 names a place's greenway; 滨水绿道, 人才绿道 do not
		}
		if typ == govkg.TypePark && strings.HasSuffix(kind.suffix, "基地") && r.startsWithCompany(stem) {
			typ = govkg.TypeProject // 光峰激光产业基地: one company's plant, not a park
			kind = suffixKind{typ: typ, suffix: kind.suffix}
		}
		if typ == govkg.TypeProject && kind.flags["venue"] && !r.hasStatusVerb(rs) {
			continue // a venue merely named is not a project (ANNOTATION.md: planned, built, opened …)
		}
		if kind.suffix == "中心" && !r.startsWithCompany(stem) && !(len([]rune(stem)) >= 2 && !dict.IsPhrase(stem) && builtListAt(rs, e-len([]rune(name)))) {
			continue // a bare 中心 is a company's facility (比亚迪汽车风洞中心) or too generic
		}
		if typ == govkg.TypeProject && (containsInstitution(stem) || strings.Contains(name, "级")) {
			continue // a hospital or school being built is an institution (ANNOTATION.md)
		}
		if (kind.suffix == "工程" || kind.suffix == "项目") && len([]rune(stem)) == 2 {
			ns := e - len([]rune(name))
			if !(ns == 0 || isClauseEnd(rs[ns-1])) || dict.IsPhrase(stem) || r.x.boundSet[stem] > 0 || r.isPlaceName(stem) ||
				r.x.boundSet[string([]rune(stem)[:1])] > 0 || r.x.boundSet[string([]rune(stem)[1:])] > 0 || strings.ContainsAny(stem, "要以大抓盯上新各该本此") {
				continue // 螺岭项目 opens its clause; 三名工程, 该项目 are no names
			}
		}
		if r.weakProject(rs, typ, kind.suffix, name, stem, e-len([]rune(name))) {
			continue
		}
		if typ == govkg.TypeProject && (kind.suffix == "工程" || kind.suffix == "项目") {
			for _, ph := range []string{"一期", "二期", "三期", "四期"} {
				if st, ok := strings.CutSuffix(stem, ph); ok && len([]rune(st)) >= 2 {
					name = st // 沙湾截排二期工程 → 沙湾截排 (ANNOTATION.md: no trailing phase)
				}
			}
		}
		end := e
		bracketed := false
		if kind.flags["road"] {
			if n := bracketedSectionAt(rs, e); n > 0 {
				end += n
				bracketed = true
			} else {
				end += sectionAt(rs, e)
			}
		}
		if typ == govkg.TypeProject {
			end += renovationAt(rs, end)
		}
		if end != e {
			preRenovation = ""
		}
		if end > e {
			name = string(rs[e-len([]rune(name)) : end])
		}
		nameStart := e - len([]rune(strings.TrimSuffix(name, string(rs[e:end]))))
		if bracketed {
			name = strings.NewReplacer("(", "", ")", "").Replace(name) // 深惠城际(深圳段) → 深惠城际深圳段
		}
		name += preRenovation
		out = append(out, mention{typ: typ, name: name, start: nameStart, end: end,
			entProps: r.x.kindProps(typ, kind.suffix)})
		if typ == govkg.TypeProject {
			out = append(out, r.distributeSuffix(rs, nameStart, kind, typ, r.sharedHead(string(rs[nameStart:e]), kind.suffix))...)
			out = append(out, r.parksInside(rs, nameStart, e-n)...)
		}
	}
	for i := range out {
		for _, ph := range phaseWords {
			if hasAt(rs, out[i].end, ph) {
				if out[i].props == nil {
					out[i].props = map[string]string{}
				}
				out[i].props["phase"] = ph
			}
		}
	}
	return out
}

// softBoundaries are boundary words that also stand inside the names of zones
// (宝龙生物药创新发展先导区, 深港现代服务业合作区).
var softBoundaries = []string{"发展", "服务", "融合", "协同"}

// pastSoftBoundary finds the start of a park name that nameStart cut at a soft boundary
// word ending at start, at most a rune before the suffix at s: the name goes on left of
// the word. It returns start when there is no such word.
func (r *report) pastSoftBoundary(rs []rune, left, start, s int) int {
	for _, w := range softBoundaries {
		n := len([]rune(w))
		b := start - n
		if b > left && hasAt(rs, b, w) {
			if st := r.nameStart(rs, left, b); st < b-1 && !dict.IsPhrase(string(rs[st:b])) && !hasAnyPrefix(string(rs[st:b]), "国家", "争创", "创建") {
				return st
			}
		}
	}
	return start
}

// workWords name the work of a 工程 and stand inside its name (东部过境快速完善工程).
var workWords = []string{"整治提升", "完善", "提升", "整治", "保障", "改造"}

// pastWorkWord finds the start of a 工程 named after the place and the work (自然博物馆周边
// 整治提升工程) when nameStart cut it at the work word ending at start: the place must be
// specific, at least four runes with no generic opening.
func (r *report) pastWorkWord(rs []rune, left, start, s int) int {
	for _, w := range workWords {
		n := len([]rune(w))
		b := start - n
		if b <= left || !hasAt(rs, b, w) {
			continue
		}
		st := r.nameStart(rs, left, b)
		place := string(rs[st:b])
		structural := !dict.IsPhrase(place) || strings.ContainsAny(place, "河江湖堤路桥道馆园站场") || strings.Contains(place, "过境") ||
			strings.Contains(place, "水库") || strings.Contains(place, "街区") || strings.Contains(place, "片区")
		if len([]rune(place)) >= 4 && structural && !genericStem(place) && !hasAnyPrefix(place, "城市", "全区", "全市", "重点", "各", "老旧", "社区", "街道", "周边", "基础", "指", "职业", "技能", "区域", "百万", "全民") {
			return st
		}
		return start
	}
	return start
}

// measureWords follow numerals; a name never starts with one (81个小区…).
const measureWords = "个座家项条所处批大类种"

// trimFragment moves a name's start past the tail of a word the segmenter split off:
// a measure word after a numeral (3座…), or the 级/性/型 of 省级, 保障性, 创新型.
func trimFragment(rs []rune, start, s int) int {
	for start < s {
		c := rs[start]
		prevNum := start > 0 && (unicode.IsDigit(rs[start-1]) || runeIn("一二三四五六七八九十百千万两几多", rs[start-1]))
		if prevNum && runeIn(measureWords, c) {
			start++
			continue
		}
		if runeIn("级性型化", c) && start > 0 && isHan(rs[start-1]) {
			start++
			continue
		}
		break
	}
	return start
}

// plausibleStem applies suffix-specific limits: a road is a short proper name (临松路,
// 新桥三路), not 思路 or 发展之路; a bare 城 needs a specific modifier.
func plausibleStem(kind suffixKind, stem string) bool {
	n := len([]rune(stem))
	switch kind.suffix {
	case "路":
		if n < 2 || n > 5 || strings.ContainsAny(stem, "之的道线网电套马出思公瓶") || hasAnySuffix(stem, "上", "下", "支") ||
			strings.HasSuffix(stem, "新") && (n == 1 || dict.IsPhrase(string([]rune(stem)[:n-1])) || runeIn("走闯出辟创开", []rune(stem)[n-2])) || strings.HasSuffix(stem, "门") && !hasAnyPrefix(stem, "东门", "西门", "南门", "北门") {
			return false // 走出新路, 找门路; but 碧新路, 新桥三路, 东门路
		}
	case "城", "苑", "花园", "新馆":
		if n < 2 || n > 8 || strings.ContainsAny(stem, "之的") {
			return false
		}
	case "工程", "项目":
		if n < 2 || isASCII(stem) {
			return false // PPP项目
		}
	}
	if containsAny(stem, genericMarkers...) {
		return false
	}
	return true
}

// genericParkStarts open generic descriptions of parks rather than names (低效产业园区,
// 存量产业园区, 共建产业园区, 先进制造业产业园).
var genericParkStarts = []string{"低效", "存量", "老旧", "共建", "先进", "现代", "融合", "新兴", "特色", "专业", "虚拟",
	"跨境电商+", "AI+", "车联网", "试运行"}

// genericMarkers in a stem make the mention generic: 亿元级项目, 标志性项目, 储备项目.
var genericMarkers = []string{"一流", "高水平", "研究型", "两市", "两地", "两大", "三大", "四大", "五大", "六大", "七大", "八大", "九大", "十大", "唯一", "亿元", "亿级", "百亿", "千亿", "十亿", "级项", "若干", "标志性", "标杆", "优秀", "精品", "样板", "储备", "拟供", "签约",
	"外资", "帮扶", "改革", "比赛", "科研", "信息化", "房地产", "景观", "场景", "全流程", "工业投资", "基金", "专项债",
	"供地", "补短板", "滞后", "一批", "多个", "各类", "相关", "有关", "其他", "更多", "最具", "所有", "重点", "重大"}

// startsWithSuffixWord: a name never starts with 工程 or 项目 (工程及周边生态廊桥).
func startsWithSuffixWord(name string) bool {
	for _, w := range []string{"工程", "项目", "号线", "及", "和", "与"} {
		if strings.HasPrefix(name, w) {
			return true
		}
	}
	return false
}

// campusPlaces are places, not schools: containsInstitution takes them out first.
var campusPlaces = strings.NewReplacer("大学园", "", "大学城", "", "科教城", "")

// containsInstitution reports whether a project stem names a hospital, school or lab.
func containsInstitution(stem string) bool {
	stem = campusPlaces.Replace(stem)
	for _, w := range institutionWords() {
		if strings.Contains(stem, w) {
			return true
		}
	}
	return false
}

// institutionWords are the suffix table's institution words flagged inner.
var institutionWords = sync.OnceValue(func() []string {
	var out []string
	for _, s := range dict.Suffixes() {
		if s.Type == string(govkg.TypeInstitution) && s.Flags["inner"] {
			out = append(out, s.Word)
		}
	}
	return out
})

var sectionWords = []string{"南延段", "北延段", "东延段", "西延段", "南延", "北延", "东延", "西延", "北段", "南段", "中段", "东段", "西段"}

// sectionAt returns the length of a section word (or a place + 段) at rs[i], or 0.
func sectionAt(rs []rune, i int) int {
	if hasAt(rs, i, "首开段") || hasAt(rs, i, "先行段") {
		return 0 // a construction stage, not a section of its own
	}
	if i+4 <= len(rs) && isHan(rs[i]) && isHan(rs[i+1]) && hasAt(rs, i+2, "支线") {
		return 4 // 深惠城际大鹏支线
	}
	for _, w := range sectionWords {
		if hasAt(rs, i, w) {
			return len([]rune(w))
		}
	}
	// 深圳段, 惠州段: two or three Han runes then 段
	for n := 2; n <= 3; n++ {
		if i+n < len(rs) && rs[i+n] == '段' {
			ok := true
			for _, c := range rs[i : i+n] {
				if !isHan(c) {
					ok = false
				}
			}
			if ok {
				return n + 1
			}
		}
	}
	return 0
}

// countedParkList distributes a counted park head over the list before it: 金威大厦、HALO
// 广场、太平洋商贸大厦三大文旅产业园 → 金威大厦文旅产业园, HALO广场文旅产业园, …. Each
// mention covers its item, so the buildings are not taken for projects as well.
func (r *report) countedParkList(rs []rune, left, s, e int, kind suffixKind) []mention {
	p := -1
	for k := s - 2; k >= left && s-k <= 6; k-- {
		if runeIn("两三四五六七八九十", rs[k]) && rs[k+1] == '大' {
			p = k
			break
		}
	}
	if p <= 0 || !isNameRune(rs[p-1]) {
		return nil
	}
	head := string(rs[p+2 : e])
	if len([]rune(head))-len([]rune(kind.suffix)) < 2 {
		return nil // 三大产业园: no modifier to share
	}
	var out []mention
	end := p
	for k := 0; k < 10; k++ {
		st := end
		for st > 0 && isNameRune(rs[st-1]) && end-st < 10 {
			st--
		}
		if k == 0 || st == 0 || rs[st-1] != '、' {
			st = r.nameStart(rs, st, end)
		}
		item := string(rs[st:end])
		if l := len([]rune(item)); l < 2 || genericStem(item) || dict.IsPhrase(item) {
			break
		}
		out = append(out, mention{typ: govkg.TypePark, name: item + head, start: st, end: end, entProps: r.x.kindProps(govkg.TypePark, kind.suffix)})
		if st == 0 || rs[st-1] != '、' {
			break
		}
		end = st - 1
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// bracketedName builds a project name around a bracketed section that closes at rs[c],
// the name ending at e: the part before the bracket is a named road, river or reservoir.
func (r *report) bracketedName(rs []rune, c, e int) (mention, bool) {
	q := c - 1
	for q > 0 && rs[q] != '(' && c-q <= 14 {
		q--
	}
	if q <= 0 || rs[q] != '(' || !isNameRune(rs[q-1]) {
		return mention{}, false
	}
	inner := string(rs[q+1 : c])
	phase := false
	for _, ph := range phaseWords {
		if inner == ph {
			phase = true // 市职教园公共配套设施(一期)项目: the phase leaves the name
		}
	}
	if !phase && !strings.Contains(inner, "-") && !strings.HasSuffix(inner, "段") && !strings.HasSuffix(inner, "流域") {
		return mention{}, false
	}
	left := q
	for left > 0 && isNameRune(rs[left-1]) && q-left < 12 {
		left--
	}
	start := r.nameStart(rs, left, q)
	if phase && q-start < 4 && (left == 0 || isClauseEnd(rs[left-1])) {
		start = left // 市职教园公共配套设施(一期)项目: the clause opens with the name
	}
	start = r.pastStreet(rs, start, q)
	head := string(rs[start:q])
	if !phase && (func() bool { idx, _ := r.longestSuffixAt(ftSuffixes, rs, q); return idx < 0 })() && !hasAnySuffix(head, "河", "湖", "江") || len([]rune(head)) < 2 {
		return mention{}, false // only a named road, river or reservoir takes a section
	}
	if phase && (genericStem(head) || len([]rune(head)) < 4) {
		return mention{}, false
	}
	if phase {
		inner = ""
	}
	rest := string(rs[c+1 : e])
	if strings.ContainsAny(rest, "等和及与的") {
		return mention{}, false
	}
	name := head + inner + rest
	return mention{typ: govkg.TypeProject, name: name, start: start, end: e, entProps: map[string]any{"kind": "other"}}, true
}

// pastStreet moves a name's start past a leading street (平湖街道雁田水库 → 雁田水库).
func (r *report) pastStreet(rs []rune, start, s int) int {
	if k := strings.Index(string(rs[start:s]), "街道"); k >= 0 {
		if n := start + len([]rune(string(rs[start:s])[:k])) + 2; n < s-1 {
			return n
		}
	}
	return start
}

// bracketedSectionAt returns the length of a section in brackets at rs[i] (深惠城际(深圳段),
// 东部过境高速(莲塘口岸-盐排高速段)), or 0. The section is part of the project's name.
func bracketedSectionAt(rs []rune, i int) int {
	if i >= len(rs) || rs[i] != '(' {
		return 0
	}
	for j := i + 1; j < len(rs) && j-i <= 16; j++ {
		if rs[j] == ')' {
			if j-i >= 3 && rs[j-1] == '段' && !hasAt(rs, j-3, "首开段") && !hasAt(rs, j-3, "先行段") {
				return j - i + 1
			}
			return 0
		}
		if !isNameRune(rs[j]) {
			return 0
		}
	}
	return 0
}

// serviceOffices: a 服务中心 or 实践中心 for a group or a service is an office, not a
// construction project (宝龙街道长者服务中心, 深龙高层次人才服务中心).
var serviceOffices = []string{"街道", "社区", "长者", "人才", "法律", "福利", "养老", "就业", "党群", "政务", "企业", "文明实践", "志愿"}

// weakProject rejects mentions that only look like projects or parks: a counted kind (38座
// 非饮用水源水库), a fragment after a number (45.15公里碧道项目), a title the place was
// awarded (获评省基础教育教研基地), a park's own 项目 (湖西产业园项目: the park is the entity),
// a name that opens with a suffix word (先导区二期部分地块项目), or an office.
func (r *report) weakProject(rs []rune, typ govkg.EntityType, suffix, name, stem string, start int) bool {
	if typ != govkg.TypeProject && typ != govkg.TypePark {
		return false
	}
	if start >= 2 && runeIn(measureWords, rs[start-1]) && (unicode.IsDigit(rs[start-2]) || runeIn("一二三四五六七八九十两几多", rs[start-2])) {
		return true
	}
	if start >= 1 && (unicode.IsDigit(rs[start-1]) || rs[start-1] == '.') && hasAnyPrefix(name, "公里", "米", "平方米", "万", "亩", "余", "多") {
		return true
	}
	if strings.HasPrefix(name, "-") || strings.HasPrefix(name, "上") && start > 0 && rs[start-1] == '以' {
		return true
	}
	clause := start
	for clause > 0 && !isClauseEnd(rs[clause-1]) && start-clause < 30 {
		clause--
	}
	before := string(rs[clause:start])
	for _, w := range []string{"获评", "入选", "评为", "荣获", "被认定", "认定为", "授予", "挂牌", "成为"} {
		if typ == govkg.TypeProject && strings.Contains(before, w) {
			return true
		}
	}
	if typ == govkg.TypeProject {
		end := start + len([]rune(name))
		k := end
		for k < len(rs) && unicode.IsDigit(rs[k]) {
			k++
		}
		if k > end && k < len(rs) && runeIn("个座家处条", rs[k]) {
			return true // 打造…展示基地3个以上: counted, a kind
		}
		if hasAt(rs, start-2, "拆除") || hasAt(rs, end, "创建") || hasAt(rs, end, "获评") || hasAt(rs, end, "入选") {
			return true // 拆除东门町违建连廊; 清林径水库创建省级水利风景区
		}
		if suffix == "工程" && r.x.isKnownCompany(stem) {
			return true // 中广核工程: a company
		}
		if idx, n := r.longestAt(ftCountyFull, []rune(name), 0); idx >= 0 && genericStem(strings.TrimSuffix(string([]rune(name)[n:]), suffix)) {
			return true // 龙岗区安居工程: a district's program
		}
		if hasAt(rs, end, "注册") || hasAt(rs, end, "片区") || strings.Contains(name, "+") && !isASCII(strings.Split(name, "+")[0]) {
			return true // 龙马社总部注册成立: a company; 清水河枢纽片区: an area; “总部+基地”: a model
		}
	}
	if typ == govkg.TypeProject {
		if suffix == "项目" {
			if idx, _ := r.longestSuffixAt(ftSuffixes, []rune(stem), len([]rune(stem))); idx >= 0 && r.x.suffixKind[idx].typ == govkg.TypePark {
				return true
			}
			for _, m := range []string{"示范", "商业化", "应用", "新政", "满意", "协作", "高品质", "许可", "长远", "盘活", "类"} {
				if strings.Contains(stem, m) {
					return true
				}
			}
			if a, b, ok := strings.Cut(stem, "及"); ok && dict.IsPhrase(a) && dict.IsPhrase(b) {
				return true // 研发及应用项目
			}
		}
		if strings.HasSuffix(suffix, "服务中心") || suffix == "中心" {
			for _, w := range serviceOffices {
				if strings.Contains(stem, w) {
					return true
				}
			}
		}
		for _, w := range []string{"先导区", "产业园", "科技园", "园区", "工业园"} {
			if strings.HasPrefix(name, w) {
				return true
			}
		}
	}
	return false
}

// listCompleted reports whether the name is an item of a 、-list that a completing verb
// closes (罗山科技园产业集聚中心、国际创新中心、国际交流服务中心全面动工).
func listCompleted(rs []rune, start, e int) bool {
	if !(start > 0 && rs[start-1] == '、') && !(e < len(rs) && rs[e] == '、') {
		return false
	}
	k := e
	for k < len(rs) && (isNameRune(rs[k]) || rs[k] == '、') && k-e < 40 {
		for _, adv := range []string{"全面", "主体", "正式", "顺利", "相继", "先后", "均已", "已"} {
			if hasAt(rs, k, adv) {
				k += len([]rune(adv))
			}
		}
		for _, v := range []string{"动工", "开工", "竣工", "建成", "完工", "封顶", "投用", "开业"} {
			if hasAt(rs, k, v) && (k == e || rs[k-1] != '、') {
				return true
			}
		}
		k++
	}
	return false
}

// coordinatedSame reports whether the name ending at e is followed by another of the same
// kind (芙蓉受纳场、积谷田受纳场): the list says both are names.
func coordinatedSame(rs []rune, e int, suffix string) bool {
	if e >= len(rs) || rs[e] != '、' && rs[e] != '和' {
		return false
	}
	for k := e + 1; k < len(rs) && k <= e+12 && isNameRune(rs[k]); k++ {
		if hasAt(rs, k+1, suffix) && k+1 > e+2 {
			return true
		}
	}
	return false
}

// builtListAt reports whether the name at rs[start] is the object of 建成 or 开工建设, alone
// or in a list (建成深圳棋院、银湖多功能赛事中心; 建成启用云启大厦、城脉中心等).
func builtListAt(rs []rune, start int) bool {
	inList := start > 0 && rs[start-1] == '、'
	for k := start - 1; k >= 0 && start-k <= 40 && (isNameRune(rs[k]) || rs[k] == '、'); k-- {
		if k+1 != start && !inList {
			break // not in a list: only a verb right before the name counts
		}
		for _, v := range []string{"建成", "建成启用", "开工建设", "新建成"} {
			if hasAt(rs, k-len([]rune(v))+1, v) { // the verb ends at rs[k]
				return true
			}
		}
	}
	return false
}

// builtHere reports whether a facility named with common words only (冰球气膜馆, 东部过境桥下
// 停车场) is still one named project: the sentence builds, opens or completes exactly it
// (a status verb right before or right after the name), and the name does not open with a
// generic word (社区, 街道, 智慧 …) unless a 首座-style qualifier singles it out.
func (r *report) builtHere(rs []rune, start, end int, stem string) bool {
	if len([]rune(stem)) < 2 {
		return false
	}
	first := hasAt(rs, start-2, "首座") || hasAt(rs, start-2, "首个") || hasAt(rs, start-2, "首家")
	if !first {
		for n := 2; n >= 1; n-- {
			if len([]rune(stem)) > n && genericNameParts[string([]rune(stem)[:n])] {
				return false
			}
		}
		for _, w := range []string{"社区", "街道", "小区", "各", "新型", "公共", "综合", "智慧", "市民", "立体", "中心城区", "城区", "主城区"} {
			if strings.HasPrefix(stem, w) {
				return false
			}
		}
	}
	if first {
		return true
	}
	// a status verb ends right before the name (建成东部过境桥下停车场)
	before := false
	for k := 2; k <= 4 && start-k >= 0; k++ {
		if idx, n := r.longestAt(ftStatus, rs, start-k); idx >= 0 && n == k {
			before = true
		}
	}
	if !before && start > 0 && rs[start-1] == '、' {
		// an item of a list that a status verb opens: 建成深圳棋院、银湖多功能赛事中心
		k := start - 1
		for k > 0 && (isNameRune(rs[k-1]) || rs[k-1] == '、') && start-k < 40 {
			k--
		}
		for i := k; i < start-1 && !before; i++ { // the verb may be glued to the first item
			for n := 2; n <= 4 && i-n >= 0; n++ {
				if idx, m := r.longestAt(ftStatus, rs, i-n); idx >= 0 && m == n {
					before = true
					break
				}
			}
			if i > k+2 {
				break
			}
		}
	}
	if before && (end >= len(rs) || !isNameRune(rs[end]) || hasAt(rs, end, "等")) {
		return true
	}
	// a completing verb follows (冰球气膜馆竣工, 国贸大厦历史陈列馆对外开放)
	{
		k := end
		for _, adv := range []string{"全面", "主体", "正式", "顺利", "对外"} {
			if hasAt(rs, k, adv) {
				k += len([]rune(adv))
			}
		}
		if idx, n := r.longestAt(ftStatus, rs, k); idx >= 0 && (statusCompletes(string(rs[k:k+n])) || hasAnyPrefix(string(rs[k:k+n]), "通车", "开放", "建成")) {
			return true
		}
	}
	return false
}

// splitCoordinated moves a name's start past "X及" or "X和" when X itself ends with a
// name suffix: 深圳音乐学院及园山文体中心 names two things.
func (r *report) splitCoordinated(rs []rune, start, s int, typ govkg.EntityType) int {
	for i := s - 1; i > start; i-- {
		if rs[i] != '及' && rs[i] != '和' && rs[i] != '与' && (rs[i] != '-' || typ != govkg.TypePark) {
			continue
		}
		if idx, _ := r.longestSuffixAt(ftSuffixes, rs[:i], i); idx >= 0 {
			return i + 1
		}
	}
	return start
}

// distributeSuffix gives a shared head word to the bare items listed before a name:
// 布吉、横岗文体中心 → 布吉文体中心 and 横岗文体中心; 深惠、深大城际 → 深惠城际.
func (r *report) distributeSuffix(rs []rune, start int, kind suffixKind, typ govkg.EntityType, head string) []mention {
	if !kind.flags["shared"] {
		return nil // 凤凰安荟邻、潮商广场: 广场 names one place, it is no shared head
	}
	var out []mention
	for k := 0; k < 4 && start > 1 && rs[start-1] == '、'; k++ {
		e := start - 1
		s := e
		for s > 0 && isNameRune(rs[s-1]) && e-s < 7 {
			s--
		}
		s = r.nameStart(rs, s, e)
		item := string(rs[s:e])
		n := e - s
		if n < 2 || n > 6 {
			break
		}
		if idx, _ := r.longestSuffixAt(ftSuffixes, rs, e); idx >= 0 {
			break // the item has a head word of its own
		}
		if genericStem(item) || dict.IsPhrase(item) || strings.ContainsAny(string(rs[e-1]), "区市县省镇群") || strings.Contains(item, "号线") {
			break
		}
		out = append(out, mention{typ: typ, name: item + head, start: s, end: e, entProps: r.x.kindProps(typ, kind.suffix)})
		start = s
	}
	return out
}

// sharedHead returns the part of a listed name that the other items share: the suffix
// and the common words right before it (吉华甘坑简易填埋场 → 简易填埋场; 横岗文体中心 → 文体中心).
func (r *report) sharedHead(name, suffix string) string {
	stem, ok := strings.CutSuffix(name, suffix)
	if !ok {
		return suffix
	}
	head := suffix
	toks := r.cut(stem)
	for i := len(toks) - 1; i > 0; i-- { // the first token is the proper name
		t := toks[i]
		if l := len([]rune(t)); l < 2 || l > 4 || !dict.Common(t) || r.isPlaceName(t) {
			break
		}
		head = t + head
	}
	return head
}

// parksInside finds a park that opens a project's name: 罗山科技园产业集聚中心 names the
// park 罗山科技园 too.
func (r *report) parksInside(rs []rune, start, suffixStart int) []mention {
	for e := suffixStart; e > start+2; e-- {
		idx, n := r.longestSuffixAt(ftSuffixes, rs[:e], e)
		if idx < 0 || r.x.suffixKind[idx].typ != govkg.TypePark {
			continue
		}
		stem := string(rs[start : e-n])
		if len([]rune(stem)) < 2 || genericStem(stem) || dict.IsPhrase(stem) {
			return nil
		}
		if k := r.splitCoordinated(rs, start, e-n, govkg.TypePark); k > start && rs[k-1] == '-' {
			// 围岭公园-东湖公园连廊天桥: two parks
			first := r.parksInside(rs, start, k-1)
			if len(first) == 0 {
				first = []mention{{typ: govkg.TypePark, name: string(rs[start : k-1]), start: start, end: k - 1, entProps: r.x.kindProps(govkg.TypePark, r.x.suffixKind[idx].suffix)}}
			}
			return append(first, mention{typ: govkg.TypePark, name: string(rs[k:e]), start: k, end: e, entProps: r.x.kindProps(govkg.TypePark, r.x.suffixKind[idx].suffix)})
		}
		return []mention{{typ: govkg.TypePark, name: string(rs[start:e]), start: start, end: e, entProps: r.x.kindProps(govkg.TypePark, r.x.suffixKind[idx].suffix)}}
	}
	return nil
}
