// Items of a list the sentence calls projects, named without a suffix word: their
// siblings show what they are.

package extract

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/dict"
)

// projectListTails are the nouns after 等 (and a count or a qualifier) that call the
// items of a list projects: 城市地铁、南部跨海通道、渤海大道等工程加快推进.
var projectListTails = []string{"项目", "工程"}

// projectListNoise are words between 等 and its noun that make the list one of kinds,
// fields or reforms rather than of named works (等领域项目, 等改革试点工程); a work term
// there (listWorkTerms) makes the items the places of the works.
var projectListNoise = []string{"改革", "试点", "领域", "攻关", "科研", "示范", "民生实事", "行动"}

// attractVerbs before a list make its items the firms or investments brought in: a
// project named only by its company is convention (i)'s, which needs the company found.
var attractVerbs = []string{"引进", "引入", "招引", "引育", "招商"}

// siblingProjects applies the guide's list convention (ANNOTATION.md (h), (i)) to the
// items that neither a rule nor the tagger named: in a 、-list closed by 等…项目 or
// 等…工程 within its clause, where at least one item is a project already and no more
// items are of another type than are projects, each item with no name of its own
// (nothing but a company, a district or a city inside it) is a project as written
// (南部跨海通道, 红沿河核电 beside 渤海大道). The first item starts where its name does
// (nameStart drops the verb before it).
func (r *report) siblingProjects(rs []rune, ms []mention) []mention {
	if !slices.Contains(rs, '、') || !slices.Contains(rs, '等') {
		return ms
	}
	cs := 0
	for ce := 0; ce <= len(rs); ce++ {
		if ce < len(rs) && !isClauseEnd(rs[ce]) {
			continue
		}
		ms = r.siblingProjectsIn(rs, ms, cs, ce)
		cs = ce + 1
	}
	return ms
}

// siblingProjectsIn is siblingProjects for the clause rs[cs:ce].
func (r *report) siblingProjectsIn(rs []rune, ms []mention, cs, ce int) []mention {
	deng := -1
	last := -1 // the last 、 before 等
	for i := cs; i < ce; i++ {
		if rs[i] == '、' {
			last = i
		}
		if rs[i] == '等' && last >= 0 {
			deng = i
			break
		}
	}
	if deng < 0 || !projectListTail(string(rs[deng+1:min(ce, deng+13)])) {
		return ms
	}
	// the items, last to first: each bounded by 、, the first by its name's start
	type item struct{ s, e int }
	var items []item
	e := deng
	for {
		s := e
		for s > cs && rs[s-1] != '、' {
			s--
		}
		if s == cs || rs[s-1] != '、' {
			s = r.nameStart(rs, s, e)
			items = append(items, item{s, e})
			break
		}
		items = append(items, item{s, e})
		e = s - 1
	}
	first := items[len(items)-1]
	if containsAny(string(rs[cs:first.s]), attractVerbs...) {
		return ms // 引进中广核工程、深能环保环卫总部等项目: firms brought in, not works named
	}
	projects, others := 0, 0
	empty := make([]bool, len(items))
	for k, it := range items {
		kind := "empty"
		for _, m := range ms {
			if m.end <= it.s || m.start >= it.e {
				continue
			}
			switch m.typ {
			case govkg.TypeProject:
				kind = "project"
			case govkg.TypeCompany, govkg.TypeDistrict, govkg.TypeCity, govkg.TypeProvince:
				if m.start == it.s && m.end == it.e && kind == "empty" {
					kind = "named" // a company alone is convention (i)'s (companyProjects)
				}
			default:
				if kind != "project" {
					kind = "other"
				}
			}
		}
		switch kind {
		case "project":
			projects++
		case "other":
			others++
		case "empty":
			empty[k] = true
		}
	}
	if projects == 0 || others > projects {
		return ms
	}
	for k, it := range items {
		if !empty[k] {
			continue
		}
		name := trimPhase(strings.ReplaceAll(string(rs[it.s:it.e]), " ", ""))
		if !r.plausibleListedProject(name) {
			continue
		}
		ms = append(ms, mention{typ: govkg.TypeProject, name: name, start: it.s, end: it.s + len([]rune(name)),
			entProps: map[string]any{"kind": "other"}})
	}
	return ms
}

// projectListTail reports whether the words after 等 call the list's items projects:
// a project noun within reach, with no word of kinds or reforms before it.
func projectListTail(tail string) bool {
	at := -1
	for _, n := range projectListTails {
		if k := strings.Index(tail, n); k >= 0 && (at < 0 || k < at) {
			at = k
		}
	}
	if at < 0 {
		return false
	}
	// 拉鲁湿地、南湖湿地等生态治理工程: a work term makes the items where the works are
	return !containsAny(tail[:at], projectListNoise...) && !containsAny(tail[:at], listWorkTerms...)
}

// schoolBranchWords end the name of a school's or hospital's branch, an institution the
// suffix table has no row for because the word alone names nothing (十九中滨海校区).
var schoolBranchWords = []string{"校区", "分校", "附小", "附中", "新校", "分院", "党校"}

// plausibleListedProject: an item named as a project by its list is 2–20 runes, not a
// place, an institution, a phrase of common words or a generic stem, and holds no
// punctuation or generic marker.
func (r *report) plausibleListedProject(name string) bool {
	n := len([]rune(name))
	if n < 2 || n > 20 || genericStem(name) || dict.IsPhrase(name) || r.isPlaceName(name) || containsInstitution(name) ||
		strings.ContainsAny(name, "()（）“”\"等及和与的") || strings.Contains(name, "号线") {
		return false
	}
	if containsAny(name, genericMarkers...) {
		return false
	}
	if rs := []rune(name); runeIn(countUnits+"万千亿代#", rs[0]) || strings.ContainsAny(name, "个#") {
		return false // 11个地铁, 万千瓦新能源打捆外送: a count cut off, not a name
	}
	if idx, _ := r.longestSuffixAt(ftSuffixes, []rune(name), n); idx >= 0 && r.x.suffixKind[idx].typ == govkg.TypeInstitution ||
		hasAnySuffix(name, schoolBranchWords...) {
		return false // 师大滨海附小, 市委党校新校
	}
	return !hasAnyPrefix(name, genericLeads...)
}

// namesWrittenAgain gives a mention to each place where a sentence writes again, with no
// name over it, a project or park another sentence of the report names in those very
// words (four runes or more): the tagger reads each sentence alone and misses some of the
// repeats, and the relations a sentence states about a name need its mention there
// (大连 2013's review lists 大伙房水库输水入连 unnamed in 等工程加快推进; its plan names
// it). Names that
// are no text of the report (a renovation the rules rewrote) are not searched. Chosen
// on the train cities held out by city: IN_PARK 0.234 → 0.238, PART_OF 0.386 → 0.388,
// STATUS +0.001, LOCATED_IN −0.001; companies and programs (or three-rune names) add
// nothing.
func (r *report) namesWrittenAgain() {
	t := newTrie()
	var names []mention
	seen := map[string]bool{}
	for i := range r.doc.Sentences {
		rs := r.runes[i]
		for _, m := range r.found[i] {
			if (m.typ != govkg.TypeProject && m.typ != govkg.TypePark) || seen[m.name] ||
				m.end-m.start < 4 || !m.writtenAs(rs) {
				continue
			}
			seen[m.name] = true
			t.add(m.name, len(names))
			names = append(names, m)
		}
	}
	if len(names) == 0 {
		return
	}
	var covered []bool
	for i := range r.doc.Sentences {
		rs := r.runes[i]
		covered = slices.Grow(covered[:0], len(rs))[:len(rs)]
		clear(covered)
		for _, m := range r.found[i] {
			for k := max(0, m.start); k < min(len(rs), m.end); k++ {
				covered[k] = true
			}
		}
		for k := 0; k < len(rs); k++ {
			idx, n := t.longest(rs, k)
			if idx < 0 || slices.Contains(covered[k:k+n], true) || !wordBounded(rs, k, k+n) {
				continue
			}
			m := names[idx]
			m.start, m.end = k, k+n
			m.props, m.entProps = nil, maps.Clone(m.entProps) // the phase after it is the first sentence's
			r.found[i] = append(r.found[i], m)
			k += n - 1
		}
	}
}

// parkNamedProjects names the project a park's name opens, as the guide's IN_PARK
// example writes it (X产业园Y项目): where the tagger named a park and stopped, and the
// words after it run, with no other name, list mark, phase, figure, boundary word or
// status verb, into 项目 or 工程 where a name may end (以经开区新能源汽车项目…为依托), they
// name a project in that park (inPark then joins them). Held out by city it added 2
// right IN_PARK edges and projects and no wrong one (IN_PARK 0.238 → 0.248); the
// embedded tagger, trained on the gold splits' reports, leaves it nothing to do there.
func (r *report) parkNamedProjects(rs []rune, ms []mention) []mention {
	out := ms
	for _, p := range ms {
		if p.typ != govkg.TypePark || !p.writtenAs(rs) {
			continue
		}
		end := -1
		for k := p.end; k < min(len(rs), p.end+11); k++ {
			if k-p.end >= 2 && (hasAt(rs, k, "项目") || hasAt(rs, k, "工程")) && r.nameEndsAt(rs, k+2) {
				end = k + 2 // not 高新区生物工程技术中心: the name goes on
				break
			}
			if !isHan(rs[k]) || runeIn(listMarks, rs[k]) || runeIn("期等", rs[k]) {
				break
			}
		}
		if end < 0 {
			continue
		}
		ok := true
		for k := p.end; k < end-2 && ok; k++ {
			if idx, _ := r.longestAt(ftBoundary, rs, k); idx >= 0 {
				ok = false
			}
			if idx, _ := r.longestAt(ftStatus, rs, k); idx >= 0 {
				ok = false
			}
		}
		for _, o := range ms {
			if o.start >= 0 && o.start < end && o.end > p.end {
				ok = false // another name over the words after the park
			}
		}
		if !ok {
			continue
		}
		name := string(rs[p.start:end])
		out = append(out, mention{typ: govkg.TypeProject, name: name, start: p.start, end: end,
			entProps: map[string]any{"kind": r.x.kindOf(govkg.TypeProject, name)}})
	}
	return out
}

// listedHeads gives the head of a project or park the tagger or a rule named last in a
// list to the items written bare before it, where the tagger took them apart (ANNOTATION.md
// (h)): 实施张家湾、多巴垃圾场封场项目 → 张家湾垃圾场封场项目; 观音山、桃花山和滨海公园 →
// 观音山公园. itemHead says what is shared, unless the tagger's span is the last item, 等
// and the head (合庆、庄行、漕泾等郊野公园): then 等 says it. An item that is a facility's
// whole name with nothing to share is passed over; an item named already (other than as a
// district or a city) makes the list one of names, and it stops there, as it does at a
// count, a digit, a long phrase, a place's full name (西安市、厦门市和青岛国际港务区), a
// park's own name (未来翼谷、微波射频科学城) and a zone's bare word (曹妃甸、海港开发区: each
// zone is one of its own). An item that is a common word is no item unless the report
// reads a district there (群力、平房、信义污水处理厂 → 平房污水处理厂: held out by city
// LOCATED_IN +0.003, Project +0.002). Where an earlier rule gave the item the head's last
// word alone (灵寿电站 of 灵寿、赞皇抽水蓄能电站), the item takes the whole head (held out
// LOCATED_IN +0.001). Chosen on the train cities held out by city, for projects:
// Project 0.692 → 0.694, LOCATED_IN 0.596 → 0.601, STATUS 0.682 → 0.685, PART_OF 0.388 →
// 0.387; for parks and 等: Park 0.728 → 0.733, LOCATED_IN 0.604 → 0.612, STATUS 0.685 →
// 0.687. The tagger and the owner ranker it feeds are unchanged.
func (r *report) listedHeads(rs []rune, ms []mention) []mention {
	n := len(ms)
	for k := 0; k < n; k++ {
		m := ms[k]
		if m.typ != govkg.TypeProject && m.typ != govkg.TypePark || m.start < 3 || m.end > len(rs) || !runeIn("、和及与", rs[m.start-1]) {
			continue
		}
		written := string(rs[m.start:m.end])
		shared := "" // 合庆、庄行、漕泾等郊野公园: the tagger took the last item, 等 and the head
		if item, _, ok := r.listTail(written); ok && strings.HasPrefix(m.name, item) && !strings.Contains(item, "、") && len(m.name) > len(item) {
			shared = m.name[len(item):]
		} else if !strings.HasPrefix(written, m.name) {
			continue
		}
		b := m.start
		for step := 0; step < 6 && b >= 3; step++ {
			if !runeIn("、和及与", rs[b-1]) || step > 0 && rs[b-1] != '、' {
				break
			}
			e := b - 1
			if rs[e] == '及' && rs[e-1] == '以' {
				e-- // 以及 (水厂改造以及达连河等沿江供水工程)
			}
			s, _ := r.listItemStart(rs, e)
			item := string(rs[s:e])
			district := slices.ContainsFunc(ms, func(o mention) bool { return o.typ == govkg.TypeDistrict && o.start == s && o.end == e })
			if l := e - s; l < 2 || l > 6 || (genericStem(item) || dict.IsPhrase(item)) && !district || strings.Contains(item, "号线") ||
				strings.ContainsAny(item, "和及与等") || slices.ContainsFunc(rs[s:e], unicode.IsDigit) || runeIn("万千亿百", rs[s]) && !district {
				break
			}
			if m.typ == govkg.TypePark && (runeIn("区城园镇谷岛馆", rs[e-1]) && !r.isPlaceName(item) || s > 0 && runeIn(countUnits, rs[s]) && isCountDigit(rs[s-1])) {
				break // a park's own name (未来翼谷、微波射频科学城), or a count's (7个榕树、茉莉花主题公园)
			}
			if runeIn("省市区县旗", rs[e-1]) && r.isPlaceName(item) {
				break // a place's full name stands for the place (与西安市、厦门市和青岛国际港务区签署)
			}
			head, _, ok := r.itemHead(item, m.name)
			if shared != "" {
				head, ok = shared, true
			}
			if i, in := r.x.suffixOf[head]; ok && in && r.x.suffixKind[i].kind == "zone" {
				break // a zone's bare word: each zone of a list is one of its own (虎门、厚街和长安新区)
			}
			if !ok {
				if idx, _ := r.longestSuffixAt(ftSuffixes, rs, e); idx >= 0 {
					b = s
					continue // a name of its own, and nothing done to it
				}
				break
			}
			name := item + head
			short := slices.IndexFunc(ms, func(o mention) bool { // 南安电站 of 南安、德化抽水蓄能电站
				return o.typ == m.typ && o.start == s && o.end == e && o.name != name && len(o.name) > len(item) && strings.HasPrefix(o.name, item) && strings.HasSuffix(head, o.name[len(item):])
			})
			if short >= 0 {
				ms[short] = r.renamedAs(ms[short], name) // an earlier rule shared the head's last word alone
				b = s
				continue
			}
			if slices.ContainsFunc(ms, func(o mention) bool {
				return o.start < e && o.end > s && o.typ != govkg.TypeDistrict && o.typ != govkg.TypeCity
			}) {
				break // named already: the list is one of names, not of a shared head
			}
			ms = append(ms, mention{typ: m.typ, name: name, start: s, end: e,
				entProps: map[string]any{"kind": r.x.kindOf(m.typ, name)}})
			b = s
		}
	}
	return ms
}

// itemHead returns what an item written bare before the last name of a list shares with
// that name (ANNOTATION.md (h)): the part of last after its own proper part, found by
// what makes coordinated names alike, in this order:
//   - after a place or a known company, a place or a company opening last is its proper
//     part (灵寿、赞皇抽水蓄能电站 → 抽水蓄能电站; 空客、波音飞机客改货项目);
//   - a route's proper part ends at the place after its 至 (南宁至崇左、南宁至玉林城际铁路);
//   - names of one kind end alike: the item's last rune ends it (东四环、西北四环大修及环境
//     提升; 市游泳馆、人民体育馆升级改造);
//   - else it is as long as a short item (four runes at most), where a word of last
//     starts (磨盘山、龙凤山水库防洪提升工程).
//
// Chosen on the train cities held out by city: a boundary one rune off the item's length,
// longer items (比亚迪海洋网、腾势方程豹旗舰店) and the work after a facility's whole name
// (民生码头、亭子码头改造升级) were wrong as often as right. ok is false when nothing is
// shared for sure, when the head would repeat the item's end (嘉定新城、X新城), and for
// routes and lists inside lists. alike says the head was found by what makes the two
// names alike — a place or a company opening both, or the item's last rune two or more
// runes into last — rather than by a route's place or where a word of last starts.
func (r *report) itemHead(item, last string) (head string, alike, ok bool) {
	ir, lr := []rune(item), []rune(last)
	if len(ir) < 2 || len(lr) < 4 || strings.ContainsAny(item+last, "-—–等") || strings.ContainsAny(item, "和及与") {
		return "", false, false // a route (南昌大桥-洪城路) or a list inside a list
	}
	defer func() {
		if ok && (strings.HasSuffix(item, head) || []rune(head)[0] == ir[len(ir)-1]) {
			head, alike, ok = "", false, false // 嘉定新城、X新城; 滨湖区、X区文化馆: the item has the head already
		}
	}()
	if r.endsInSuffix(ir) {
		return "", false, false // a facility's whole name (民生码头、亭子码头改造升级)
	}
	place, firm := r.isPlaceName(item), r.lexiconAt(ir, 0) == len(ir)
	lastFirm := 0
	if firm {
		lastFirm = r.lexiconAt(lr, 0)
	}
	for j := min(len(lr)-2, 6); j >= 2 && (place || firm); j-- {
		if place && r.isPlaceName(string(lr[:j])) || firm && lastFirm == j {
			return string(lr[j:]), true, true
		}
	}
	// routes: last's proper part ends at the place after its 至 (南宁至崇左、南宁至玉林城际铁路)
	if strings.Contains(item, "至") {
		if k := slices.Index(lr, '至'); k > 0 {
			for j := min(len(lr)-2, k+5); j > k+1; j-- {
				if r.isPlaceName(string(lr[k+1 : j])) {
					return string(lr[j:]), false, true
				}
			}
		}
		return "", false, false
	}
	// the item's last rune again in last ends last's proper part: names of one kind end
	// alike (东四环、西北四环大修及环境提升)
	for j := 1; j < len(lr)-2; j++ {
		if lr[j] == ir[len(ir)-1] {
			return string(lr[j+1:]), j >= 2, true
		}
	}
	// where a word starts: gse's boundaries and where a suffix word of the table starts
	// (呼包、呼鄂城际铁路: gse cuts 呼|鄂城|际|铁路)
	starts := make([]bool, len(lr)+1)
	pos := 0
	for _, t := range r.cut(last) {
		pos += len([]rune(t))
		starts[min(pos, len(lr))] = true
	}
	for e := 3; e <= len(lr); e++ {
		if idx, l := r.longestSuffixAt(ftSuffixes, lr, e); idx >= 0 {
			starts[e-l] = true
		}
	}
	if j := len(ir); j > len(lr)-2 || !starts[j] || j > 4 {
		return "", false, false
	}
	return string(lr[len(ir):]), false, true
}

// untaggedListHeads names the facilities of a list before 等 whose shared head no one
// named (ANNOTATION.md (h)): in 加快津石、石衡等高速公路建设 neither the tagger nor a rule
// took 高速公路, which is no name alone, so the list's items were lost with it → 津石高速
// 公路, 石衡高速公路. The head runs from 等, past a count and a list qualifier (等重点工业园
// 区), to the first word of the suffix table that ends a name there: a park's word, a
// facility word the table marks shared (高速公路, 水库, 铁路), or another facility word
// after districts (万州、涪陵等物流枢纽). Other project heads (智算、超算等先进算力中心,
// 等研发中心, 等精品线路) were wrong twice as often as right held out. A head with a
// verb (等创建国家级高新区) or 的 is a clause; items are read as listItemsBefore reads
// them, each at its own place; a list whose items another name already covers (other
// than a district or a city), a list inside a list, or one a work term opens (升级改造金
// 牛岭等5个公园) is passed over. Held out by city: Park 0.733 → 0.739, Project 0.695 →
// 0.696, LOCATED_IN 0.612 → 0.614, STATUS 0.687 → 0.689; the tagger and the owner ranker
// are unchanged. Districts' facilities added LOCATED_IN 0.620 → 0.622.
func (r *report) untaggedListHeads(rs []rune, ms []mention) []mention {
	for d := 2; d < len(rs)-2; d++ {
		if rs[d] != '等' || !listDeng(rs, d) {
			continue
		}
		if slices.ContainsFunc(ms, func(o mention) bool { return o.start <= d && d < o.end }) {
			continue // the list is inside a name someone read: the other rules give it out
		}
		h := countEnd(rs, d+1)
		if h == d+1 && d+2 < len(rs) && isCountDigit(rs[d+1]) {
			continue // a figure, no count of facilities
		}
		for _, q := range listQualifiers {
			if hasAt(rs, h, q) {
				h += utf8.RuneCountInString(q)
				break
			}
		}
		e, typ, shared := -1, govkg.EntityType(""), false
		for k := h + 2; k <= min(len(rs), h+10) && isNameRune(rs[k-1]); k++ {
			if idx, _ := r.longestSuffixAt(ftSuffixes, rs, k); idx >= 0 && r.nameEndsAt(rs, k) {
				if sk := r.x.suffixKind[idx]; sk.typ == govkg.TypePark || sk.typ == govkg.TypeProject {
					e, typ, shared = k, sk.typ, sk.typ == govkg.TypePark || sk.flags["shared"]
				}
				break
			}
		}
		if e < 0 {
			continue
		}
		head := string(rs[h:e])
		if r.hasStatusVerb(rs[h:e]) || hasAnyPrefix(head, leadVerbs...) || hasAnyPrefix(head, designationVerbs...) || strings.ContainsAny(head, "的地") {
			continue // a clause, not a head (合川、大足等创建国家级高新区)
		}
		if slices.ContainsFunc([]string{"项目", "工程"}, func(w string) bool {
			stem, ok := strings.CutSuffix(head, w)
			return ok && (stem == "" || genericStem(stem))
		}) {
			continue // a list of projects (等重点项目), not a shared head
		}
		items, starts := r.listItemsAt(rs, d)
		if len(items) == 0 || slices.ContainsFunc(items, func(it string) bool { return strings.ContainsAny(it, "和及与") }) ||
			hasAnyPrefix(items[0], renovationWords...) || hasAnyPrefix(items[0], listWorkTerms...) || r.hasStatusVerb([]rune(items[0])) {
			continue // none, a list inside a list (白云新城及周边地区), or a work before it (升级改造金牛岭等5个公园)
		}
		ends := listItemEnds(starts, d)
		if slices.ContainsFunc(ms, func(o mention) bool {
			return o.start < d && o.end > starts[0] && o.typ != govkg.TypeDistrict && o.typ != govkg.TypeCity
		}) {
			continue
		}
		districts := !shared // another facility word is shared by districts only (万州、涪陵等物流枢纽)
		for k := 0; districts && k < len(starts); k++ {
			districts = slices.ContainsFunc(ms, func(o mention) bool {
				return o.typ == govkg.TypeDistrict && o.start == starts[k] && o.end == ends[k]
			})
		}
		if !shared && !districts {
			continue
		}
		for k, it := range items {
			name := it + head
			ms = append(ms, mention{typ: typ, name: name, start: starts[k], end: ends[k],
				entProps: map[string]any{"kind": r.x.kindOf(typ, name)}})
		}
		d = e - 1
	}
	return ms
}
