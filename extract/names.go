package extract

import (
	"sort"
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
		idx, n := x.suffixes.longestSuffix(rs, e)
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
		if start >= s-1 && kind.suffix == "路" && s >= 3 && strings.ContainsRune("一二三四五六七八九十", rs[s-1]) && isHan(rs[s-2]) &&
			!strings.ContainsRune("一二三四五六七八九十两几多", rs[s-2]) && !strings.ContainsRune("一二三四五六七八九十两几多", rs[max(s-3, 0)]) {
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
		prevNum := start > 0 && (unicode.IsDigit(rs[start-1]) || strings.ContainsRune("一二三四五六七八九十百千万两几多", rs[start-1]))
		if prevNum && strings.ContainsRune(measureWords, c) {
			start++
			continue
		}
		if strings.ContainsRune("级性型化", c) && start > 0 && isHan(rs[start-1]) {
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
		if n < 2 || n > 5 || strings.ContainsAny(stem, "之的道线网电套马出思公瓶") || endsWithAny(stem, "上", "下", "支") ||
			strings.HasSuffix(stem, "新") && (n == 1 || dict.IsPhrase(string([]rune(stem)[:n-1])) || strings.ContainsRune("走闯出辟创开", []rune(stem)[n-2])) || strings.HasSuffix(stem, "门") && !hasAnyPrefix(stem, "东门", "西门", "南门", "北门") {
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
	for _, m := range genericMarkers {
		if strings.Contains(stem, m) {
			return false
		}
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
		if strings.ContainsRune("两三四五六七八九十", rs[k]) && rs[k+1] == '大' {
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
	if !phase && (func() bool { idx, _ := r.x.suffixes.longestSuffix(rs, q); return idx < 0 })() && !endsWithAny(head, "河", "湖", "江") || len([]rune(head)) < 2 {
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

func isCloseQuote(c rune) bool { return c == '”' || c == '"' || c == '’' }

// quotedBefore returns the index of the opening mark of the quote that closes at rs[c],
// or -1 when there is none within 12 runes or the quote holds punctuation.
func quotedBefore(rs []rune, c int) int {
	open := map[rune]rune{'”': '“', '"': '"', '’': '‘'}[rs[c]]
	for k := c - 1; k >= 0 && c-k <= 12; k-- {
		if rs[k] == open {
			if c-k-1 < 2 {
				return -1
			}
			return k
		}
		if !isNameRune(rs[k]) {
			return -1
		}
	}
	return -1
}

// plausibleQuotedProject: a quoted label that names a project is short and proper, not a
// slogan of common words or a count (“四横三纵”).
func (r *report) plausibleQuotedProject(inner string) bool {
	n := len([]rune(inner))
	return n >= 2 && n <= 10 && !genericStem(inner) && !r.isPlaceName(inner) && !sloganLabel(inner) && !strings.ContainsAny(inner, "+、") && !strings.HasSuffix(inner, "期") &&
		!endsWithAny(inner, "区", "市", "城市", "圈", "省", "县", "城") && !unicode.IsDigit([]rune(inner)[0])
}

// quotedProjects finds projects named by a quoted label in a sentence that opens,
// builds or completes it (开通“梧桐云巴”, “四馆”开工建设, 完成“一馆一中心”建设).
func (r *report) quotedProjects(rs []rune) []mention {
	var out []mention
	for c := 2; c < len(rs); c++ {
		if !isCloseQuote(rs[c]) {
			continue
		}
		qs := quotedBefore(rs, c)
		if qs < 0 {
			continue
		}
		inner := string(rs[qs+1 : c])
		if !r.plausibleQuotedProject(inner) {
			continue
		}
		if idx, _ := r.x.suffixes.longestSuffix(rs, c); idx >= 0 && r.x.suffixKind[idx].suffix != "中心" {
			continue // “双拥共建示范碧道”: the suffix rules' to judge
		}
		after := c + 1
		ok := false
		// a status verb right after: “四馆”开工建设
		if idx, n := r.x.status.longest(rs, after); idx >= 0 && statusCompletes(string(rs[after:after+n])) {
			ok = true
		}
		// an opening or completing verb right before, nothing after: 开通“梧桐云巴”
		for _, v := range []string{"开通", "建成", "开工建设", "启用", "建成启用"} {
			if hasAt(rs, qs-len([]rune(v)), v) && (after >= len(rs) || !isNameRune(rs[after]) || hasAt(rs, after, "等")) {
				ok = true
			}
		}
		// 完成“一馆一中心”建设
		if hasAt(rs, qs-2, "完成") && hasAt(rs, after, "建设") && (after+2 >= len(rs) || !isNameRune(rs[after+2])) {
			ok = true
		}
		if ok {
			out = append(out, mention{typ: govkg.TypeProject, name: inner, start: qs, end: c + 1, entProps: map[string]any{"kind": "other"}})
		}
	}
	return out
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
	if start >= 2 && strings.ContainsRune(measureWords, rs[start-1]) && (unicode.IsDigit(rs[start-2]) || strings.ContainsRune("一二三四五六七八九十两几多", rs[start-2])) {
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
		if k > end && k < len(rs) && strings.ContainsRune("个座家处条", rs[k]) {
			return true // 打造…展示基地3个以上: counted, a kind
		}
		if hasAt(rs, start-2, "拆除") || hasAt(rs, end, "创建") || hasAt(rs, end, "获评") || hasAt(rs, end, "入选") {
			return true // 拆除东门町违建连廊; 清林径水库创建省级水利风景区
		}
		if suffix == "工程" && r.x.isKnownCompany(stem) {
			return true // 中广核工程: a company
		}
		if idx, n := r.x.countyFull.longest([]rune(name), 0); idx >= 0 && genericStem(strings.TrimSuffix(string([]rune(name)[n:]), suffix)) {
			return true // 龙岗区安居工程: a district's program
		}
		if hasAt(rs, end, "注册") || hasAt(rs, end, "片区") || strings.Contains(name, "+") && !isASCII(strings.Split(name, "+")[0]) {
			return true // 龙马社总部注册成立: a company; 清水河枢纽片区: an area; “总部+基地”: a model
		}
	}
	if typ == govkg.TypeProject {
		if suffix == "项目" {
			if idx, _ := r.x.suffixes.longestSuffix([]rune(stem), len([]rune(stem))); idx >= 0 && r.x.suffixKind[idx].typ == govkg.TypePark {
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
		if idx, n := r.x.status.longest(rs, start-k); idx >= 0 && n == k {
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
				if idx, m := r.x.status.longest(rs, i-n); idx >= 0 && m == n {
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
		if idx, n := r.x.status.longest(rs, k); idx >= 0 && (statusCompletes(string(rs[k:k+n])) || hasAnyPrefix(string(rs[k:k+n]), "通车", "开放", "建成")) {
			return true
		}
	}
	return false
}

// renovationWords after a named place make the renovation the project's name
// (东门路升级改造, 罗湖美术馆升级改造), longest first.
var renovationWords = []string{"拓宽改造工程", "升级改造工程", "提升改造工程", "整治提升工程", "升级改造", "升级工程", "改造提升", "改造升级", "提质改造",
	"整治提升", "综合整治", "活化改造", "空间改造", "达标整治", "修缮",
	"解危改造", "改造工程", "整治工程", "提升工程", "修缮工程", "拓宽工程", "安全整治"}

// renovations finds named renovations, which are projects with their work term
// (ANNOTATION.md; 完成玛雅城改造升级, 启动横排岭村、虎竹吓村整治提升, 笋岗村综合整治完成):
// a proper name right before a renovation word that ends the clause or meets a status
// verb, in a sentence that starts, carries out or completes it.
func (r *report) renovations(rs []rune) []mention {
	var out []mention
	if text := string(rs); !strings.Contains(text, "完成") && !strings.Contains(text, "启动") && !r.hasStatusVerb(rs) {
		return nil
	}
	for i := 2; i < len(rs); i++ {
		n := renovationAt(rs, i)
		if n > 0 && rs[i-1] == ')' && !strings.HasSuffix(string(rs[i:i+n]), "工程") {
			if m, ok := r.bracketedName(rs, i-1, i+n); ok {
				out = append(out, m) // 笔架山河(罗湖段)安全整治
				i += n - 1
				continue
			}
		}
		if n == 0 || !isNameRune(rs[i-1]) || strings.HasSuffix(string(rs[i:i+n]), "工程") {
			continue // X改造工程 and the like are the suffix rules'
		}
		if k := i + n; k < len(rs) && isNameRune(rs[k]) && !r.nameEndsAt(rs, k) {
			continue
		}
		e := i
		tail := ""
		for k := 0; k < 4; k++ { // the items of a list share the renovation
			left := e
			for left > 0 && isNameRune(rs[left-1]) && e-left < 12 {
				left--
			}
			start := r.nameStart(rs, left, e)
			start = trimFragment(rs, start, e)
			name := trimLeading(string(rs[start:e]))
			start = e - len([]rune(name))
			if !r.plausibleRenovated(name) || start > 0 && unicode.IsDigit(rs[start-1]) {
				break // 5万平方米老旧小区: a quantity, not a name
			}
			idx, _ := r.x.suffixes.longestSuffix(rs, e)
			if k == 0 && idx >= 0 && r.x.suffixKind[idx].typ == govkg.TypeProject && r.x.suffixKind[idx].flags["shared"] {
				tail = r.sharedHead(name, r.x.suffixKind[idx].suffix) // 园山大康、吉华甘坑简易填埋场达标整治
			} else if k > 0 && idx < 0 {
				name += tail
			}
			if idx < 0 || k > 0 && r.x.suffixKind[idx].typ == govkg.TypeProject {
				// (a named facility last in the list gets its renovation from the suffix
				// rules: 东门路升级改造; a park being renovated stays a park)
				end := i + n
				if k > 0 {
					end = e // an earlier item of the list: its mention is the item alone
				}
				out = append(out, mention{typ: govkg.TypeProject, name: name + string(rs[i:i+n]), start: start, end: end,
					entProps: map[string]any{"kind": "renovation"}})
			}
			if start < 2 || rs[start-1] != '、' && rs[start-1] != '和' {
				break
			}
			e = start - 1
		}
		i += n - 1
	}
	return out
}

// plausibleRenovated: what a renovation names is a proper place or building (玛雅城,
// 横排岭村), not a kind of thing (老旧小区, 城中村, 农贸市场).
func (r *report) plausibleRenovated(name string) bool {
	n := len([]rune(name))
	if n < 2 || n > 12 || genericStem(name) || dict.IsPhrase(name) || r.isPlaceName(name) || containsInstitution(name) {
		return false
	}
	for _, m := range genericMarkers {
		if strings.Contains(name, m) {
			return false
		}
	}
	for _, w := range []string{"企业", "单位", "产业", "技术", "生产线", "万", "公里", "平方米"} {
		if strings.Contains(name, w) {
			return false
		}
	}
	return !hasAnyPrefix(name, "老旧", "城中村", "小区", "社区", "街道", "农贸", "背街", "小巷", "城市", "全区", "全域", "全市", "各", "重点",
		"绿化", "环境", "道路", "水环境", "市容", "立面", "河涌", "土地", "指", "第")
}

// renovationFirst holds the first rune of each renovation word, renovationLens their
// lengths: renovationAt runs at every rune of every sentence.
var renovationFirst, renovationLens = func() (map[rune]bool, []int) {
	first := map[rune]bool{}
	var lens []int
	for _, w := range renovationWords {
		first[[]rune(w)[0]] = true
		lens = append(lens, len([]rune(w)))
	}
	return first, lens
}()

// renovationAt returns the length of a renovation word at rs[i] that ends the clause
// or is followed by a function word or status verb, or 0.
func renovationAt(rs []rune, i int) int {
	if i >= len(rs) || !renovationFirst[rs[i]] {
		return 0
	}
	for k, w := range renovationWords {
		n := renovationLens[k]
		if hasAt(rs, i, w) && (i+n >= len(rs) || !isNameRune(rs[i+n]) || hasAt(rs, i+n, "项目") || hasAt(rs, i+n, "等") || hasAt(rs, i+n, "和") ||
			hasAt(rs, i+n, "基本") || hasAt(rs, i+n, "完成") || hasAt(rs, i+n, "完工") || hasAt(rs, i+n, "竣工")) {
			return n
		}
	}
	return 0
}

// nameFollowers may directly follow a name.
var nameFollowers = append(append([]string(nil), phaseWords...), "项目", "工程", "内", "周边", "片区", "等", "至", "到", "及",
	"范围", "品牌", "获", "荣获", "入选", "被", "成功", "已", "整体", "全线", "配套", "地块", "区域", "首开段", "先行段",
	"扩建", "改造", "提升", "升级", "复工", "完工", "建设", "主体", "顺利", "正式", "基本", "提质", "活化", "论坛", "第",
	"产业集聚", "入驻", "企业", "核心区", "起步区", "启动区", "开馆", "试运营", "投运", "通水", "达标", "对外", "断点")

// nameEndsAt reports whether a name may end before rs[e]: at the end of the clause, or
// before a status verb, function word, phase or project word.
func (r *report) nameEndsAt(rs []rune, e int) bool {
	if e >= len(rs) || !isNameRune(rs[e]) || sectionAt(rs, e) > 0 {
		return true
	}
	if rs[e] == '-' { // 围岭公园-东湖公园: the first of two parks joined by a hyphen
		if idx, _ := r.x.suffixes.longestSuffix(rs, e); idx >= 0 && r.x.suffixKind[idx].typ == govkg.TypePark {
			for k := e + 3; k < len(rs) && k <= e+8 && isNameRune(rs[k-1]); k++ {
				if idx, _ := r.x.suffixes.longestSuffix(rs, k); idx >= 0 && r.x.suffixKind[idx].typ == govkg.TypePark {
					return true
				}
			}
		}
	}
	if idx, _ := r.x.boundary.longest(rs, e); idx >= 0 {
		return true
	}
	if idx, _ := r.x.status.longest(rs, e); idx >= 0 {
		return true
	}
	for _, w := range nameFollowers {
		if hasAt(rs, e, w) {
			return true
		}
	}
	return unicode.IsDigit(rs[e])
}

// nameStart finds where a name that ends with a suffix at s begins, within [left, s).
// gse segments the span with the domain dictionary; the name is the run of tokens after
// the last function word or quantity. Other verbs end a name only where they open the
// clause or follow a function word (推行政府投资项目), since many verbs also stand inside
// names as modifiers (鹏新旭集成电路项目).
func (r *report) nameStart(rs []rune, left, s int) int {
	if left == s {
		return s
	}
	if !r.x.mayBound(rs[left:s]) {
		return left // no function word, verb or number in the span: all of it is the name
	}
	toks := r.cut(string(rs[left:s]))
	pos := s
	for i := len(toks) - 1; i >= 0; i-- {
		t := toks[i]
		tr := []rune(t)
		b := r.x.boundSet[t]
		if b == 1 || isQuantity(t) {
			break
		}
		if i > 0 && r.x.boundSet[toks[i-1]+t] == 1 {
			break // 以 + 上: a function word the segmenter split
		} else if b == 2 && (i == 0 || r.x.boundSet[toks[i-1]] > 0 || isQuantity(toks[i-1]) || len([]rune(toks[i-1])) == 1 || r.endsWithSuffix(toks[i-1])) {
			break
		}
		// a boundary word glued to the name by the segmenter: split it off
		if k := strings.LastIndexAny(t, "等的"); k >= 0 {
			pos -= len([]rune(t[k:])) - 1
			break
		}
		if bi := r.boundaryInside(tr); bi > 0 && !r.x.domainWord(t) {
			pos -= len(tr) - bi
			break
		}
		pos -= len(tr)
	}
	return pos
}

// boundaryInside returns the index just after the last boundary word that is a prefix
// or inner part of token t (t is at most a few runes), or 0.
func (r *report) boundaryInside(t []rune) int {
	best := 0
	for i := 0; i < len(t); i++ {
		if idx, n := r.x.boundary.longest(t, i); idx >= 0 && n >= 2 && i+n <= len(t) && i+n < len(t) {
			best = i + n
		}
	}
	return best
}

func isQuantity(t string) bool {
	rs := []rune(t)
	if len(rs) == 0 {
		return false
	}
	digits := 0
	for _, c := range rs {
		if unicode.IsDigit(c) || c == '.' || strings.ContainsRune("一二三四五六七八九十百千万两余多个座家条项所处批", c) {
			digits++
		}
	}
	return digits == len(rs) && unicode.IsDigit(rs[0]) || (digits == len(rs) && len(rs) <= 2 && strings.ContainsRune("个座家条项所处批", rs[len(rs)-1]))
}

func trimLeading(name string) string {
	for changed := true; changed; {
		changed = false
		for _, q := range leadingQualifiers {
			if strings.HasPrefix(name, q) && len([]rune(name))-len([]rune(q)) >= 2 {
				name = strings.TrimPrefix(name, q)
				changed = true
			}
		}
		rs := []rune(name)
		for len(rs) > 0 && (unicode.IsDigit(rs[0]) && !(len(rs) > 1 && unicode.IsLetter(rs[1]) && rs[1] < 128)) {
			rs = rs[1:]
			changed = true
		}
		name = string(rs)
	}
	return name
}

// genericStem: the part before the suffix says nothing specific (重点项目, 城市公园).
func genericStem(stem string) bool {
	rs := []rune(stem)
	if len(rs) < 2 {
		return true
	}
	if genericNameParts[stem] {
		return true
	}
	// a stem made only of generic parts: 重大产业, 城市更新重点
	rest := stem
	for rest != "" {
		matched := false
		for n := len([]rune(rest)); n >= 1; n-- {
			p := string([]rune(rest)[:n])
			if genericNameParts[p] {
				rest = string([]rune(rest)[n:])
				matched = true
				break
			}
		}
		if !matched {
			return false
		}
	}
	return true
}

// kindOf is the kind of a project or park named name: a renovation, or what its suffix
// says (kindProps); "other" without a suffix.
func (x *Extractor) kindOf(typ govkg.EntityType, name string) string {
	rs := []rune(name)
	if typ == govkg.TypeProject {
		for _, w := range renovationWords {
			if strings.HasSuffix(name, w) && !strings.HasSuffix(w, "工程") {
				return "renovation"
			}
		}
	}
	suffix := ""
	for e := len(rs); e > 0 && suffix == ""; e-- { // the suffix that ends the name, or the last one inside it
		if idx, n := x.suffixes.longestSuffix(rs, e); idx >= 0 && x.suffixKind[idx].typ == typ {
			suffix = string(rs[e-n : e])
		}
	}
	if suffix == "" {
		return "other"
	}
	k, _ := x.kindProps(typ, suffix)["kind"].(string)
	return k
}

// wordBounded reports whether rs[s:e] stands as a word of its own: no common word runs
// across its first or last rune (集中建设 holds no 中建, 我国航天 no 国航).
func wordBounded(rs []rune, s, e int) bool {
	for _, span := range [][2]int{{s - 1, s + 1}, {s - 2, s + 1}, {e - 1, e + 1}, {e - 1, e + 2}} {
		if span[0] < 0 || span[1] > len(rs) {
			continue
		}
		if w := string(rs[span[0]:span[1]]); dict.Common(w) {
			return false
		}
	}
	return true
}

// companies finds enterprises: known names, names with a company form (有限公司, 集团),
// short names with their trade (佳士科技), and the items of lists introduced as
// enterprises (引进比亚迪、华为等龙头企业).
func (r *report) companies(rs []rune) []mention {
	var out []mention
	for i := 0; i < len(rs); i++ {
		if idx, n := r.x.companies.longest(rs, i); idx >= 0 && wordBounded(rs, i, i+n) {
			out = append(out, mention{typ: govkg.TypeCompany, name: r.x.companyVal[idx], start: i, end: i + n})
			i += n - 1
		}
	}
	for e := len(rs); e > 0; e-- {
		for fi, m := range companyForms {
			mn := companyFormLens[fi]
			if e < mn || !hasAt(rs, e-mn, m) {
				continue
			}
			s := e - mn
			left := s
			for left > 0 && isNameRune(rs[left-1]) && s-left < 16 {
				left--
			}
			start := trimFragment(rs, r.nameStart(rs, left, s), s)
			if k := strings.LastIndex(string(rs[start:s]), "企业"); k >= 0 && s-start > 6 {
				start += len([]rune(string(rs[start:s])[:k])) + 2 // 链上企业香港易宝系统公司
			}
			stem := string(rs[start:s])
			generic := genericCompanyStem(stem) || dict.IsPhrase(stem)
			if m == "有限公司" || m == "股份有限公司" || m == "分行" || m == "交易所" {
				// a registered name may end in a generic trade (龙华数据有限公司, 深圳数据交易所)
				generic = genericListItem(stem) || dict.IsPhrase(stem) && !tradeNamed(stem)
			}
			if s-start >= 2 && !generic && !strings.ContainsAny(stem, "+、") && !institutionGroup(stem) {
				out = append(out, mention{typ: govkg.TypeCompany, name: string(rs[start:e]), start: start, end: e})
				if m == "有限公司" || m == "股份有限公司" {
					r.dynCompanies[string(rs[start:e])] = true
				}
				e = start + 1
			}
			break
		}
	}
	// trade-named companies: 2–4 rune proper stem + marker, ending the name
	for e := len(rs); e > 0; e-- {
		idx, n := r.x.markerSuffix(rs, e)
		if idx < 0 || !r.companyEndsAt(rs, e) {
			continue
		}
		s := e - n
		left := s
		for left > 0 && isNameRune(rs[left-1]) && s-left < 5 {
			left--
		}
		start := trimFragment(rs, r.nameStart(rs, left, s), s)
		stem := string(rs[start:s])
		if l := s - start; l < 2 || l > 4 || genericCompanyStem(stem) || r.isPlaceName(stem) || dict.IsPhrase(stem) || !companyContext(rs, start, e) {
			continue
		}
		out = append(out, mention{typ: govkg.TypeCompany, name: string(rs[start:e]), start: start, end: e})
		r.dynCompanies[string(rs[start:e])] = true
		e = start + 1
	}
	for _, listEnd := range listEnds(rs) {
		out = append(out, r.listCompanies(rs, listEnd)...)
	}
	return out
}

// institutionGroup: a 集团 of schools or hospitals (翠园教育集团, 罗湖医院集团) is no company.
func institutionGroup(stem string) bool {
	for _, w := range []string{"教育", "医院", "医疗", "卫生", "健康", "学校", "中学", "小学", "幼儿园", "医学"} {
		if strings.HasSuffix(stem, w) {
			return true
		}
	}
	return false
}

// companyFormLens are the rune lengths of companyForms.
var companyFormLens = func() []int {
	var out []int
	for _, m := range companyForms {
		out = append(out, len([]rune(m)))
	}
	return out
}()

// companyForms end a company's registered name.
var companyForms = []string{"股份有限公司", "有限公司", "集团", "公司", "分行", "交易所"}

func (x *Extractor) markerSuffix(rs []rune, e int) (int, int) {
	return x.markers.longestSuffix(rs, e)
}

// companyEndsAt: a company name ends before punctuation, a list mark, a function word or
// status verb, or a project or park word (比亚迪汽车风洞中心 names 比亚迪 too).
func (r *report) companyEndsAt(rs []rune, e int) bool {
	if e >= len(rs) || !isNameRune(rs[e]) {
		return true
	}
	if idx, _ := r.x.boundary.longest(rs, e); idx >= 0 {
		return true
	}
	if idx, _ := r.x.status.longest(rs, e); idx >= 0 {
		return true
	}
	for _, w := range []string{"总部", "项目", "研发", "产业园", "智能工厂", "全球", "大湾区", "湾区", "华南", "基地", "工厂", "等", "公司", "集团", "工会"} {
		if hasAt(rs, e, w) {
			return true
		}
	}
	return false
}

// companyContext: a trade-named company stands where companies stand: in a list
// (、 or 等), before its own facility (总部, 项目, 基地) or status verb, or after 引进,
// 落户, 签约, 支持 and the like.
func companyContext(rs []rune, s, e int) bool {
	for _, w := range []string{"总部", "项目", "研发", "产业园", "智能工厂", "全球", "大湾区", "湾区", "华南", "基地", "工厂",
		"等", "、", "落户", "落地", "投产", "签约", "入驻", "增资", "扩产", "上市", "获评", "入选", "成为", "科技园", "智慧园", "智能园区",
		"成功", "荣获", "获", "认定", "工会"} {
		if hasAt(rs, e, w) {
			return true
		}
	}
	before := string(rs[max(0, s-4):s])
	for _, w := range []string{"引进", "引入", "落户", "签约", "支持", "推动", "服务", "培育", "招引", "、", "助力", "促成", "推进"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// isPlaceName reports whether s is a county, town, city or province name or short form.
func (r *report) isPlaceName(s string) bool {
	return len(r.x.places.ByName(s)) > 0 || len(r.x.places.ByShort(s)) > 0
}

// genericCompanyStem: the words before 公司/集团/科技 make a generic phrase.
func genericCompanyStem(stem string) bool {
	if genericStem(stem) {
		return true
	}
	if hasAnyPrefix(stem, "我区", "全区", "本区", "我市", "全市") || strings.HasPrefix(stem, "区") || strings.HasPrefix(stem, "市") || strings.HasPrefix(stem, "省") || strings.HasPrefix(stem, "国企") || strings.HasPrefix(stem, "国有") || strings.HasPrefix(stem, "国资") {
		return true
	}
	for _, g := range genericCompanyStems {
		if stem == g || strings.HasPrefix(stem, g) {
			return true
		}
	}
	// a trade at the end (金融科技, 光弘科技): generic when what comes before it is
	for _, m := range companyMarkers {
		if rest := strings.TrimSuffix(stem, m); rest != stem {
			return len([]rune(rest)) < 2 || genericCompanyStem(rest) || dict.IsPhrase(rest)
		}
	}
	for _, g := range genericCompanyStems {
		if strings.HasSuffix(stem, g) {
			return true
		}
	}
	return false
}

// genericListItem is genericCompanyStem for the items of a list of enterprises, where
// the list says they are companies: a generic word at the end (高巨创新, 时空数字, 汇川技术)
// is generic only when what comes before it is.
func genericListItem(item string) bool {
	for _, g := range genericCompanyStems {
		if rest := strings.TrimSuffix(item, g); rest != item && !genericCompanyStems0[item] {
			return len([]rune(rest)) < 2 || genericCompanyStem(rest) || len([]rune(rest)) > 2 && dict.IsPhrase(rest) || genericCompanyStems0[rest] ||
				hasAnyPrefix(rest, "中国", "国家", "国际", "A股", "全国", "全球", "世界")
		}
	}
	return genericCompanyStem(item)
}

// tradeNamed: a short name and a trade word (时空数字, 汇川技术); in a list of enterprises
// such a name is a company even when both parts are common words.
func tradeNamed(item string) bool {
	rs := []rune(item)
	return len(rs) == 4 && twoRuneTrades[string(rs[2:])]
}

// twoRuneTrades are the two-rune words of companyMarkers and genericCompanyStems.
var twoRuneTrades = func() map[string]bool {
	m := map[string]bool{}
	for _, g := range append(append([]string(nil), companyMarkers...), genericCompanyStems...) {
		if len([]rune(g)) == 2 {
			m[g] = true
		}
	}
	return m
}()

// genericCompanyStems0 is genericCompanyStems as a set.
var genericCompanyStems0 = func() map[string]bool {
	m := map[string]bool{}
	for _, g := range genericCompanyStems {
		m[g] = true
	}
	return m
}()

// listEnds returns the positions of 等 followed, within a short noun phrase, by 企业
// or 公司 (等龙头企业, 等一批重点企业, 等优质数字文化企业, 等74家企业).
func listEnds(rs []rune) []int {
	var out []int
	for i, c := range rs {
		if c != '等' {
			continue
		}
		for j := i + 1; j < len(rs) && j <= i+11 && isNameRune(rs[j]); j++ {
			if hasAt(rs, j, "企业") || hasAt(rs, j, "公司") || j == i+1 && (hasAt(rs, j, "金融机构") || hasAt(rs, j, "投资机构")) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// listCompanies takes the 、-separated items before position end (the 等).
func (r *report) listCompanies(rs []rune, end int) []mention {
	var out []mention
	e := end
	for e > 0 {
		s := e
		for s > 0 && isNameRune(rs[s-1]) && e-s < 18 {
			s--
		}
		if s == e {
			break
		}
		start := trimFragment(rs, r.nameStart(rs, s, e), e)
		if k := strings.LastIndex(string(rs[start:e]), "企业"); k >= 0 && e-start > 8 {
			start += len([]rune(string(rs[start:e])[:k])) + 2 // 龙头企业链上企业香港易宝系统公司
		}
		name := string(rs[start:e])
		if l := len([]rune(name)); l >= 2 && l <= 10 && !genericListItem(name) && !r.isPlaceName(name) && (!dict.IsPhrase(name) || tradeNamed(name)) && !containsInstitution(name) &&
			!hasAnyPrefix(name, "我区", "全区", "本区") && !(isASCII(name) && l <= 3) {
			out = append(out, mention{typ: govkg.TypeCompany, name: name, start: start, end: e})
			r.dynCompanies[name] = true
		}
		if s > 0 && rs[s-1] == '、' {
			e = s - 1 // the next item, even when this one was no company
			continue
		}
		break
	}
	return out
}

// learnedCompanies finds again, in every sentence, the companies that rules found
// somewhere in the report, and companies that open a project or park name. Each name
// is found where it starts, leftmost first, and not again inside its own previous
// occurrence (as strings.Index would, name by name). The names are matched in one pass
// over the sentence with a trie built once per report, so the work grows with the
// sentence, not with sentences × names.
func (r *report) learnedCompanies(rs []rune, found []mention) []mention {
	if len(r.dynCompanies) == 0 {
		return nil
	}
	t := r.dynTrie
	if t == nil || t.size != len(r.dynCompanies) {
		t = newNameTrie(r.dynCompanies)
		r.dynTrie = t
	}
	var out []mention
	have := companySpans(found) // a mention found already would only be deduplicated later
	next := map[int]int{}       // name index → first position it may be found again
	for i := range rs {
		t.matches(rs, i, func(k, n int) {
			if i < next[k] {
				return
			}
			next[k] = i + n
			if !have[companySpan{i, i + n, t.names[k]}] {
				out = append(out, mention{typ: govkg.TypeCompany, name: t.names[k], start: i, end: i + n})
			}
		})
	}
	return out
}

// companySpan is a company mention as dedupeMentions compares exact repeats.
type companySpan struct {
	start, end int
	name       string
}

// companySpans are the company mentions of found.
func companySpans(found []mention) map[companySpan]bool {
	have := map[companySpan]bool{}
	for _, m := range found {
		if m.typ == govkg.TypeCompany {
			have[companySpan{m.start, m.end, m.name}] = true
		}
	}
	return have
}

// nameTrie matches a set of names at a position of a sentence, every name that
// starts there (not only the longest).
type nameTrie struct {
	size  int // names it was built from
	names []string
	root  *nameNode
}

type nameNode struct {
	next map[rune]*nameNode
	name int // index into names + 1; 0: no name ends here
}

func newNameTrie(set map[string]bool) *nameTrie {
	t := &nameTrie{size: len(set), root: &nameNode{}}
	for name := range set {
		if name == "" {
			continue
		}
		t.names = append(t.names, name)
		n := t.root
		for _, c := range name {
			if n.next == nil {
				n.next = map[rune]*nameNode{}
			}
			child := n.next[c]
			if child == nil {
				child = &nameNode{}
				n.next[c] = child
			}
			n = child
		}
		n.name = len(t.names)
	}
	return t
}

// matches calls f(name index, length in runes) for every name that starts at rs[i].
func (t *nameTrie) matches(rs []rune, i int, f func(k, n int)) {
	n := t.root
	for j := i; j < len(rs) && n.next != nil; j++ {
		if n = n.next[rs[j]]; n == nil {
			return
		}
		if n.name > 0 {
			f(n.name-1, j+1-i)
		}
	}
}

// facilitySuffixes end the name of a company's own facility; what stands before them
// (after dropping a region such as 全球 or 大湾区) is the company: 京西智行全球研发中心 → 京西智行.
var facilitySuffixes = []string{"总部基地", "总部大厦", "总部", "全球研发中心", "研发中心", "研发制造基地", "研发生产基地",
	"生产基地", "制造基地", "智能工厂", "产业园", "科技园", "智慧园", "智能园区", "工业园", "激光产业基地", "产业基地",
	"商业中心", "扩建工程", "扩建项目", "创新中心", "体验店", "旗舰店", "中试线", "中试基地", "项目", "厂区"}

var facilityRegions = []string{"全球", "大湾区", "湾区", "华南", "中国", "国际", "区域", "深圳", "南方", "环球", "综合"}

// learnCompaniesFromFacilities adds to the report's company names the owners of the
// facilities found in pass 1.
func (r *report) learnCompaniesFromFacilities() {
	for _, ms := range r.found {
		for _, m := range ms {
			if m.typ != govkg.TypeProject && m.typ != govkg.TypePark {
				continue
			}
			for _, suf := range facilitySuffixes {
				if !strings.HasSuffix(m.name, suf) {
					continue
				}
				stem := strings.TrimSuffix(m.name, suf)
				for _, reg := range facilityRegions {
					stem = strings.TrimSuffix(stem, reg)
				}
				trimmed := trimIndustry(stem)
				parkLike := (suf == "产业园" || suf == "工业园") && !r.startsWithCompany(stem) && !endsWithAny(stem, companyMarkers...)
				if (suf == "项目" || suf == "中试线" || parkLike && !strings.Contains(stem, "-")) && trimmed == stem {
					break // 湖西产业园项目, 福泰克工业园: only company + industry + facility names its company
				}
				stem = trimmed
				if strings.HasPrefix(stem, "限") || strings.Contains(stem, "公司") {
					break // the tail of 有限公司: the owner is the company the company rules found
				}
				if a, b, ok := strings.Cut(stem, "-"); ok { // 深能-西门子产业园: two owners
					for _, c := range []string{a, b} {
						if r.plausibleCompany(c) {
							r.dynCompanies[c] = true
						}
					}
					break
				}
				if r.endsWithSuffix(stem) || strings.HasSuffix(stem, "改") {
					break // 茜坑水厂改扩建工程: a facility's renovation, no owner
				}
				if l := len([]rune(stem)); l >= 2 && l <= 5 && !genericCompanyStem(stem) && !r.isPlaceName(stem) && !r.startsWithPlace(stem) && !dict.IsPhrase(stem) {
					r.dynCompanies[stem] = true
				}
				break
			}
		}
	}
}

// propagateLists: in a 、-list one of whose items is a company, the other short proper
// items are companies too (比亚迪、浩能科技荣获…; 中建钢构、康泰健荣获…).
//
// A walk along the list from a given position always finds the same items, so each
// position is walked from once: a list of n companies costs O(n), not O(n²), and gives
// no repeated mentions. A walk that reaches a company found already stops there: that
// company's own walk goes on from the same position.
func (r *report) propagateLists(rs []rune, found []mention) []mention {
	var out []mention
	after, before := map[int]bool{}, map[int]bool{} // positions already walked from
	have := companySpans(found)
	foundAt := companySpans(found)
	add := func(m mention) { // a mention found already would only be deduplicated later
		if k := (companySpan{m.start, m.end, m.name}); !have[k] {
			have[k] = true
			out = append(out, m)
		}
	}
	known := map[string]bool{} // plausibleCompany of the items seen in this sentence
	plausible := func(item string) bool {
		v, ok := known[item]
		if !ok {
			v = r.plausibleCompany(item)
			known[item] = v
		}
		return v
	}
	for _, m := range found {
		if m.typ != govkg.TypeCompany {
			continue
		}
		// items after the company
		for e := m.end; e < len(rs) && rs[e] == '、' && !after[e]; {
			after[e] = true
			s := e + 1
			k := s
			for k < len(rs) && isNameRune(rs[k]) && k-s < 8 {
				k++
			}
			end := r.listItemEnd(rs, s, k)
			item := string(rs[s:end])
			if foundAt[companySpan{s, end, item}] || !plausible(item) {
				break
			}
			add(mention{typ: govkg.TypeCompany, name: item, start: s, end: end})
			e = end
		}
		// items before it, joined by 、 or 以及 (引进世界500强圣戈班以及饿了么、喜马拉雅)
		for s := m.start; s > 1 && (rs[s-1] == '、' || hasAt(rs, s-2, "以及")) && !before[s]; {
			before[s] = true
			e := s - 1
			if rs[s-1] != '、' {
				e = s - 2
			}
			full := e
			for full > 0 && isNameRune(rs[full-1]) && e-full < 8 && !hasAt(rs, full-2, "以及") {
				full--
			}
			k := r.nameStart(rs, full, e)
			if e-full <= 4 && k > full && full > 0 && (rs[full-1] == '、' || hasAt(rs, full-2, "以及")) && strings.ContainsRune(string(rs[full:k]), '了') {
				k = full // 饿了么: a brand with a function word inside
			}
			if q := strings.LastIndex(string(rs[full:e]), "500强"); q >= 0 {
				k = full + len([]rune(string(rs[full:e])[:q])) + 4 // 世界500强圣戈班
			}
			item := trimLeading(string(rs[k:e]))
			k = e - len([]rune(item))
			if foundAt[companySpan{k, e, item}] || !plausible(item) {
				break
			}
			add(mention{typ: govkg.TypeCompany, name: item, start: k, end: e})
			s = k
		}
	}
	return out
}

// listItemEnd: a list item ends where a function word or verb begins.
func (r *report) listItemEnd(rs []rune, s, k int) int {
	for i := s + 2; i < k; i++ {
		for _, w := range []string{"总部", "项目", "基地", "研发", "产业园", "工厂", "集团"} {
			if hasAt(rs, i, w) {
				return i
			}
		}
		if idx, _ := r.x.boundary.longest(rs, i); idx >= 0 {
			return i
		}
		if idx, _ := r.x.status.longest(rs, i); idx >= 0 {
			return i
		}
	}
	return k
}

func (r *report) plausibleCompany(item string) bool {
	n := len([]rune(item))
	if strings.HasPrefix(item, "我区") || strings.HasPrefix(item, "全区") || strings.ContainsAny(item, "实行的是") || containsInstitution(item) ||
		r.endsWithSuffix(item) {
		return false // 节能科创大厦: a building in a list of projects, not a company
	}
	return n >= 2 && n <= 6 && !genericListItem(item) && !r.isPlaceName(item) && !dict.IsPhrase(item) &&
		(!r.startsWithPlace(item) || tradeNamed(item) && r.farCountyPrefix(item))
}

// farCountyPrefix reports whether a name opens with the short name of counties that are
// all outside the report's city (汇川技术: 汇川 is in Zunyi), so it is a brand, not a place.
func (r *report) farCountyPrefix(item string) bool {
	ps := r.x.places.ByShort(string([]rune(item)[:2]))
	if len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		if p.Level != dict.LevelCounty || p.City == r.rep.City {
			return false
		}
	}
	return true
}

// startsWithPlace: 坪山生物 is a place plus a trade, not a company.
func (r *report) startsWithPlace(s string) bool {
	rs := []rune(s)
	if idx, _ := r.x.countyShort.longest(rs, 0); idx >= 0 {
		return true
	}
	if idx, _ := r.x.countyFull.longest(rs, 0); idx >= 0 {
		return true
	}
	for n := 2; n <= 4 && n < len(rs); n++ {
		for _, p := range r.x.places.ByShort(string(rs[:n])) {
			if p.Level == dict.LevelCity || p.Level == dict.LevelProvince || (p.Level == dict.LevelTown && p.City == r.rep.City) {
				return true
			}
		}
	}
	return false
}

// industryWords trail a company name inside its facility's name: 欧舒特汽车产业园,
// 捷佳伟创半导体装备产业园, 光峰激光产业基地.
var industryWords = []string{"汽车", "半导体", "装备", "激光", "新能源", "生物医药", "智能", "集成电路", "储能", "电池", "医疗器械",
	"固态电池", "高密度", "锂电池", "显示", "芯片", "光伏", "氢能", "机器人", "无人机", "软件", "材料", "新材料", "精密制造", "电子",
	"时尚创意", "时尚"}

// industryWordsLongestFirst: 固态电池 before 电池, so that a trim never leaves half a word.
var industryWordsLongestFirst = func() []string {
	out := append([]string(nil), industryWords...)
	sort.SliceStable(out, func(i, j int) bool { return len([]rune(out[i])) > len([]rune(out[j])) })
	return out
}()

// trimIndustry drops industry words from the end of a facility owner's name.
func trimIndustry(stem string) string {
	for changed := true; changed; {
		changed = false
		for _, w := range industryWordsLongestFirst {
			if rest := strings.TrimSuffix(stem, w); rest != stem && len([]rune(rest)) >= 2 {
				stem, changed = rest, true
			}
		}
	}
	return stem
}

// startsWithCompany reports whether s begins with a known company name.
func (r *report) startsWithCompany(s string) bool {
	idx, _ := r.x.companies.longest([]rune(s), 0)
	return idx >= 0
}

// splitCoordinated moves a name's start past "X及" or "X和" when X itself ends with a
// name suffix: 深圳音乐学院及园山文体中心 names two things.
func (r *report) splitCoordinated(rs []rune, start, s int, typ govkg.EntityType) int {
	for i := s - 1; i > start; i-- {
		if rs[i] != '及' && rs[i] != '和' && rs[i] != '与' && (rs[i] != '-' || typ != govkg.TypePark) {
			continue
		}
		if idx, _ := r.x.suffixes.longestSuffix(rs[:i], i); idx >= 0 {
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
		if idx, _ := r.x.suffixes.longestSuffix(rs, e); idx >= 0 {
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

// hasStatusVerb reports whether the sentence has any status verb.
func (r *report) hasStatusVerb(rs []rune) bool {
	for i := range rs {
		if idx, _ := r.x.status.longest(rs, i); idx >= 0 {
			return true
		}
	}
	return false
}

// endsWithSuffix reports whether token t ends with a name suffix (产业园 创建…: the verb
// after a finished name starts a new phrase).
func (r *report) endsWithSuffix(t string) bool {
	rs := []rune(t)
	idx, _ := r.x.suffixes.longestSuffix(rs, len(rs))
	return idx >= 0
}

// parksInside finds a park that opens a project's name: 罗山科技园产业集聚中心 names the
// park 罗山科技园 too.
func (r *report) parksInside(rs []rune, start, suffixStart int) []mention {
	for e := suffixStart; e > start+2; e-- {
		idx, n := r.x.suffixes.longestSuffix(rs[:e], e)
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

// projectListNouns follow 等 after a list of projects named without a suffix
// (谷仓吓、飞东等项目开工建设; 凤凰安荟邻、潮商广场等商业综合体).
var projectListNouns = []string{"项目", "综合体", "楼盘", "工程", "商业综合体"}

// bareProjects finds projects named without a suffix word, where the sentence says they
// are projects: items of a list ending in 等…项目, a quoted name before 项目
// (“万象坪山”项目), a name opening a clause before a status verb (大运天地全面开业), or a
// name closing a clause after one (开工建设安居创景苑).
func (r *report) bareProjects(rs []rune) []mention {
	var out []mention
	add := func(s, e int) {
		for e > s && rs[e-1] == ' ' {
			e--
		}
		// a trailing phase stays on the mention, not in the name
		name := string(rs[s:e])
		for _, ph := range phaseWords {
			name = strings.TrimSuffix(name, ph)
		}
		name = strings.ReplaceAll(name, " ", "")
		if r.plausibleBareProject(name) {
			out = append(out, mention{typ: govkg.TypeProject, name: name, start: s, end: s + len([]rune(name)), entProps: map[string]any{"kind": "other"}})
		}
	}
	for i, c := range rs {
		switch {
		case c == '等':
			head := r.sharedListHead(rs, i)
			for _, n := range projectListNouns {
				ok := head != ""
				reach := 5
				if hasAt(rs, i+1, "国家级") || hasAt(rs, i+1, "省级") || hasAt(rs, i+1, "市级") {
					reach = 8 // 等国家级重大项目
				}
				for j := i + 1; j <= i+reach && j < len(rs) && !ok; j++ {
					if hasAt(rs, j, n) {
						ok = true
						break
					}
				}
				if !ok {
					continue
				}
				// walk the 、-list backwards
				e := i
				for e > 0 {
					if rs[e-1] == ')' { // 龙腾工业区(二期): a phase in brackets stays on the mention
						if q := lastIndexRune(rs[:e-1], '('); q > 0 && e-q <= 6 && isPhaseWord(string(rs[q+1:e-1])) {
							e = q
						}
					}
					s := e
					for s > 0 && (isNameRune(rs[s-1]) || rs[s-1] == ' ') && e-s < 16 {
						s--
					}
					if s > 0 && isNameRune(rs[s-1]) {
						break // no boundary within reach: a fragment, not an item
					}
					sFull := s
					if s == 0 || rs[s-1] != '、' {
						sFull = -1 // the first item: a verb may precede it
					}
					s = r.nameStart(rs, s, e)
					if s >= e {
						break
					}
					if head != "" {
						item := strings.ReplaceAll(string(rs[s:e]), " ", "")
						if l := len([]rune(item)); l < 2 || l > 12 || genericStem(item) || dict.IsPhrase(item) && !(r.x.suffixFlag(head, "shared") && countedAt(rs, i+1)) || r.endsWithSuffix(item) || containsInstitution(item) {
							break // 半导体装备、零部件等…项目: kinds, not names; 深寻农产品加工产业园: named already
						}
						name := item + head
						if strings.HasSuffix(item, string([]rune(head)[len([]rune(head))-1:])) || strings.HasSuffix(item, "线") {
							name = item // 九龙山二站等4个变电站: the item names itself
						}
						out = append(out, mention{typ: govkg.TypeProject, name: name, start: s, end: e, entProps: map[string]any{"kind": "other"}})
					} else if name, ls := r.listedItem(rs, i, s, sFull, e); name != "" {
						s = ls
						typ := govkg.TypeProject
						if idx, _ := r.x.suffixes.longestSuffix([]rune(name), len([]rune(name))); idx >= 0 {
							typ = r.x.suffixKind[idx].typ
						}
						if typ == govkg.TypePark && strings.HasSuffix(name, "基地") && r.startsWithCompany(name) {
							typ = govkg.TypeProject // 光峰激光产业基地
						}
						if typ == govkg.TypePark && endsWithAny(name, "工业区", "工业园") && strings.Contains(string(rs[i:min(len(rs), i+10)]), "更新") {
							typ = govkg.TypeProject // 长美岭工业区等城市更新项目: the renewal of an old estate
							out = append(out, mention{typ: typ, name: name, start: s, end: e, entProps: map[string]any{"kind": "renewal"}})
							if s > 0 && rs[s-1] == '、' {
								e = s - 1
								continue
							}
							break
						}
						if typ == govkg.TypeProject || typ == govkg.TypePark {
							out = append(out, mention{typ: typ, name: name, start: s, end: e, entProps: map[string]any{"kind": "other"}})
						}
					} else {
						add(s, e)
					}
					if s > 0 && rs[s-1] == '、' {
						e = s - 1
						continue
					}
					break
				}
				break
			}
		case (c == '”' || c == '"') && hasAt(rs, i+1, "项目"):
			open := '“'
			if c == '"' {
				open = '"'
			}
			if k := lastIndexRune(rs[:i], open); k >= 0 && i-k-1 >= 2 && i-k-1 <= 10 {
				add(k+1, i)
			}
		}
	}
	// clause-initial name + status verb; status verb + clause-final name
	for i := 0; i < len(rs); i++ {
		if i > 0 && !isClauseEnd(rs[i-1]) {
			continue
		}
		e := i
		for e < len(rs) && isHan(rs[e]) && e-i < 7 {
			if idx, _ := r.x.status.longest(rs, e); idx >= 0 && e-i >= 2 {
				break
			}
			if hasAt(rs, e, "全面") || hasAt(rs, e, "主体") || hasAt(rs, e, "正式") || hasAt(rs, e, "顺利") {
				break
			}
			e++
		}
		if e-i >= 2 && e < len(rs) && e-i <= 6 {
			k := e
			for _, adv := range []string{"全面", "主体", "正式", "顺利"} {
				if hasAt(rs, k, adv) {
					k += len([]rune(adv))
				}
			}
			if idx, n := r.x.status.longest(rs, k); idx >= 0 && statusCompletes(string(rs[k:k+n])) && !hasAt(rs, k, "开工") {
				add(i, e)
			}
		}
	}
	return out
}

// listedItem returns the item of a 等…项目 list that ends at e as a listed project (see
// listedProject), with its start, or "" when it is none. A bounded item (after 、) is taken
// whole (大运中心配套设施); the first one starts where nameStart says.
func (r *report) listedItem(rs []rune, deng, s, sFull, e int) (string, int) {
	for _, st := range []int{sFull, s} {
		if st < 0 || st >= e {
			continue
		}
		name := trimPhase(strings.ReplaceAll(string(rs[st:e]), " ", ""))
		if st == sFull && r.listedProject(rs, deng, name) || st != sFull && !r.plausibleBareProject(name) && r.listedProject(rs, deng, name) {
			return name, st
		}
	}
	return "", s
}

// isPhaseWord reports whether w is a phase (一期, 二期工程 …).
func isPhaseWord(w string) bool {
	for _, ph := range phaseWords {
		if w == ph {
			return true
		}
	}
	return false
}

// trimPhase drops a trailing phase (清平高速二期 → 清平高速).
func trimPhase(name string) string {
	for _, ph := range phaseWords {
		if st, ok := strings.CutSuffix(name, ph); ok && len([]rune(st)) >= 2 {
			return st
		}
	}
	return name
}

// listedProject: an item of a list that the sentence calls projects (龙岗国际艺术中心、大运中心
// 配套设施、国际大学园综合训练基地等重大项目) is a project even with a suffix the suffix rules
// would not take alone, when it is a specific name and the list is not one of reforms,
// pilots or fields.
func (r *report) listedProject(rs []rune, deng int, name string) bool {
	n := len([]rune(name))
	if n < 4 || n > 16 || genericStem(name) || containsInstitution(name) || r.isPlaceName(name) || strings.HasSuffix(name, "项目") {
		return false
	}
	tail := string(rs[deng:min(len(rs), deng+12)])
	if k := strings.Index(tail, "项目"); k < 0 || strings.ContainsAny(tail[:k], ",。;") {
		return false
	} else if t := tail[:k]; strings.Contains(t, "改革") || strings.Contains(t, "试点") || strings.Contains(t, "领域") || strings.Contains(t, "攻关") || strings.Contains(t, "科研") || strings.Contains(t, "合作") || strings.Contains(t, "示范") {
		return false
	}
	for _, m := range genericMarkers {
		if strings.Contains(name, m) {
			return false
		}
	}
	if idx, _ := r.x.markers.longestSuffix([]rune(name), n); idx >= 0 || r.dynCompanies[name] || r.startsWithCompany(name) && n <= 6 || strings.Contains(name, "号线") {
		return false // 秋田微电子, 中软国际: companies in a list of land-supply projects
	}
	if dict.IsPhrase(name) && !r.endsWithSuffix(name) || endsWithAny(name, "支队", "机组", "场馆") {
		return false // 汽车芯片, 柔性面板: kinds of products, not named projects
	}
	return !hasAnyPrefix(name, "全区", "全市", "各", "一批", "城市", "社区", "街道", "重点", "重大", "新型", "智慧", "公共", "配套", "基础设施", "号")
}

// countedAt reports whether a count (3座, 13个) stands at rs[i]: the items before it are
// counted structures, so each names one (绿荫等3座变电站).
func countedAt(rs []rune, i int) bool {
	k := i
	for k < len(rs) && (unicode.IsDigit(rs[k]) || strings.ContainsRune("一二三四五六七八九十两", rs[k])) {
		k++
	}
	return k > i && k < len(rs) && strings.ContainsRune("个座条处家", rs[k])
}

// sharedListHead returns the head that the items of a list before 等 at rs[i] share, from
// the noun phrase after it: 大康河、梧桐山河等13个碧道项目 → 碧道; 绿荫等3座变电站 → 变电站;
// 宝龙、布吉等街道文体中心 → 文体中心; 龙塘、卢山等停车综合体项目 → 停车综合体项目. It returns
// "" when the phrase is generic (等重大项目, 等城市更新项目, 等百亿级项目).
func (r *report) sharedListHead(rs []rune, i int) string {
	k := i + 1
	for k < len(rs) && (unicode.IsDigit(rs[k]) || strings.ContainsRune("一二三四五六七八九十两多", rs[k])) {
		k++
	}
	if k > i+1 && k < len(rs) && strings.ContainsRune("个座条处家项", rs[k]) {
		k++
	}
	for _, w := range []string{"街道级", "街道", "一批", "片区"} {
		if hasAt(rs, k, w) {
			k += len([]rune(w))
			break
		}
	}
	for _, h := range r.x.sharedHeads {
		if hasAt(rs, k, h) {
			n := len([]rune(h))
			if k+n >= len(rs) || !isNameRune(rs[k+n]) || hasAt(rs, k+n, "项目") || hasAt(rs, k+n, "建设") || r.nameEndsAt(rs, k+n) {
				return h
			}
		}
	}
	// a specific kind of project: 停车综合体项目, 土地整备利益统筹项目
	e := k
	for e < len(rs) && isNameRune(rs[e]) && e-k < 10 && !hasAt(rs, e, "项目") {
		e++
	}
	if !hasAt(rs, e, "项目") || e-k < 3 {
		return ""
	}
	d := string(rs[k:e])
	if genericStem(d) || !endsWithAny(d, "停车综合体", "利益统筹", "综合治理", "处理厂", "水质净化厂") || strings.ContainsAny(d, "的和为类性型批式") {
		return "" // only kinds of works that the items name places of: 龙塘、卢山等停车综合体项目
	}
	for _, m := range append(genericMarkers, "试点", "示范", "城市更新", "在建", "续建", "新开工", "产业", "民生", "交通", "基础设施",
		"绿色", "低碳", "优质", "高品质", "招商", "投资", "工业", "商业", "服务", "建设", "改造", "项目", "国家级", "市级", "省级",
		"合作", "表演", "替代", "生产", "科技", "文化", "旅游", "体育", "教育", "医疗", "养老", "保障房", "安置房", "住房") {
		if strings.Contains(d, m) {
			return ""
		}
	}
	return d + "项目"
}

// statusCompletes: verbs that only a concrete project takes (开业, 封顶, 竣工 …), not
// 推进 or 建设, which programs and policies take too.
func statusCompletes(v string) bool {
	switch v {
	case "开业", "封顶", "竣工", "完工", "投用", "开工", "开工建设", "动工", "复工", "落成", "开馆", "试运营", "投运", "通车":
		return true
	}
	return false
}

func lastIndexRune(rs []rune, c rune) int {
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i] == c {
			return i
		}
	}
	return -1
}

// plausibleBareProject: a bare name is 2–10 runes, not a phrase of common words, not a
// place, and no generic word.
func (r *report) plausibleBareProject(name string) bool {
	rs := []rune(name)
	n := len(rs)
	if n < 2 || n > 10 || genericStem(name) || dict.IsPhrase(name) || r.isPlaceName(name) || containsInstitution(name) ||
		strings.Contains(name, "号线") || r.dynCompanies[name] {
		return false
	}
	if idx, _ := r.x.suffixes.longestSuffix(rs, n); idx >= 0 {
		return false // a name with a suffix word is the suffix rules' to judge
	}
	if idx, _ := r.x.markers.longestSuffix(rs, n); idx >= 0 {
		return false // 品胜电子: a company
	}
	if r.x.boundSet[string(rs[:2])] > 0 || r.x.boundSet[string(rs[n-2:])] > 0 || r.x.boundSet[string(rs[:1])] == 1 {
		return false // 提速湖贝, 污染攻坚: a verb phrase
	}
	for _, m := range genericMarkers {
		if strings.Contains(name, m) {
			return false
		}
	}
	if idx, _ := r.x.companies.longest([]rune(name), 0); idx >= 0 && len([]rune(r.x.companyVal[idx])) == n {
		return false // a company is not a project
	}
	return true
}

func isASCII(s string) bool {
	for _, c := range s {
		if c >= 128 {
			return false
		}
	}
	return true
}

// mayBound reports whether a span holds anything that could end a name: a boundary word
// or verb, a status verb, or a digit or numeral. Spans without any need no segmentation.
func (x *Extractor) mayBound(span []rune) bool {
	for i, c := range span {
		if unicode.IsDigit(c) || strings.ContainsRune("一二三四五六七八九十百千万两几多个座家项条所处批大类种级性型化", c) {
			return true
		}
		if idx, _ := x.boundary.longest(span, i); idx >= 0 {
			return true
		}
		if idx, _ := x.status.longest(span, i); idx >= 0 {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
