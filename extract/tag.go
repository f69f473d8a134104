package extract

import (
	"bytes"
	_ "embed"
	"maps"
	"slices"
	"strings"
	"sync"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/dict"
	"github.com/govkg/govkg/extract/document"
	"github.com/govkg/govkg/extract/tagger"
)

// The tagger model trained on the gold corpus's train split (govkg train; make train).
// A test checks that it is the model the current gold sets and code produce.
//
//go:embed model/tagger.bin.gz
var embeddedModel []byte

// EmbeddedModel returns the tagger model built into govkg, decoded once (nil when none
// is built in).
var EmbeddedModel = sync.OnceValues(func() (*tagger.Model, error) {
	if len(embeddedModel) == 0 {
		return nil, nil
	}
	return tagger.Decode(bytes.NewReader(embeddedModel))
})

// EmbeddedModelBytes is the encoded model built into govkg.
func EmbeddedModelBytes() []byte { return embeddedModel }

// NewWithModel returns an extractor that tags with model m and the feature families fam
// (0 for FamInUse, the model's own); a nil m gives the hand rules alone.
func NewWithModel(m *tagger.Model, fam int) *Extractor {
	x := New()
	x.model, x.families, x.noModel = m, fam, m == nil
	return x
}

// tagModel returns the model this extractor tags with, or nil for rules only.
func (x *Extractor) tagModel() *tagger.Model {
	if x.noModel {
		return nil
	}
	if x.model != nil {
		return x.model
	}
	m, err := EmbeddedModel()
	if err != nil {
		return nil
	}
	return m
}

// Features returns the tagger's input for every sentence of doc, computed exactly as
// Extract computes it (the hand rules run first: their findings are features).
func (x *Extractor) Features(doc *document.Document, fam int) []tagger.Sentence {
	r := x.analyze(doc)
	out := make([]tagger.Sentence, len(doc.Sentences))
	for i, s := range doc.Sentences {
		out[i] = r.sentenceFeatures(s, r.runes[i], r.found[i], fam)
	}
	return out
}

// tag runs the tagger over every sentence and lets its spans decide which names of the
// tagged types the report has (reconcile).
func (r *report) tag(m *tagger.Model) {
	fam := r.x.families
	if fam == 0 {
		fam = FamInUse
	}
	ts, _ := r.x.tagPool.Get().(*tagState)
	if ts == nil || ts.m != m {
		ts = &tagState{m: m, dec: tagger.NewDecoder(m)}
	}
	defer r.x.tagPool.Put(ts)
	for i, s := range r.doc.Sentences {
		r.cur = i
		rs := r.runes[i]
		if len(rs) == 0 {
			continue
		}
		tags := ts.dec.DecodeTemp(r.sentenceFeaturesIn(&ts.sc, s, rs, r.found[i], fam))
		r.found[i] = r.reconcile(rs, r.found[i], tagger.Spans(tags), ts.dec)
	}
}

// tagState is what tagging a report reuses from one report to the next: the decoder's
// and the features' buffers (pooled per extractor: one per worker at a time).
type tagState struct {
	m   *tagger.Model
	dec *tagger.Decoder
	sc  featScratch
}

// reconcile keeps the rule mentions of the tagged types that a tagger span of the same
// type covers (they carry canonical names, list items and kinds), names the spans no
// rule found, and drops what the tagger did not tag. Where a span and the one rule
// mention it overlaps differ in extent, namedBySpan says which names the thing; a rule's
// park the tagger nearly tagged stays (nearlyTagged). Companies named inside a tagged
// project or park stay (比亚迪 in 比亚迪汽车风洞中心).
func (r *report) reconcile(rs []rune, ms []mention, spans []tagger.Span, dec *tagger.Decoder) []mention {
	var out []mention
	tagged := func(t govkg.EntityType) bool { return taggerLabel(t) >= 0 }
	used := make([]bool, len(ms))
	var hits []int
	for _, sp := range spans {
		typ := govkg.EntityType(TaggerLabels[sp.Label])
		hits = hits[:0]
		for k, m := range ms {
			if used[k] || m.typ != typ || m.end <= sp.Start || m.start >= sp.End {
				continue
			}
			hits = append(hits, k)
		}
		if len(hits) == 1 {
			if named, ok := r.namedBySpan(rs, sp, ms[hits[0]], ms, dec); ok {
				used[hits[0]] = true
				out = append(out, named...)
				continue
			}
		}
		found := len(hits) > 0
		for _, k := range hits {
			used[k] = true
			out = append(out, ms[k])
		}
		if !found {
			out = append(out, r.spanMentions(typ, rs, sp.Start, sp.End)...)
		}
	}
	for k, m := range ms {
		if used[k] {
			continue
		}
		if !tagged(m.typ) {
			out = append(out, m)
			continue
		}
		if nearlyTagged(dec, m, spans) {
			out = append(out, m)
			continue
		}
		if m.typ == govkg.TypeCompany {
			for _, sp := range spans {
				l := TaggerLabels[sp.Label]
				if (l == string(govkg.TypeProject) || l == string(govkg.TypePark)) && sp.Start <= m.start && m.end <= sp.End {
					out = append(out, m)
					break
				}
			}
		}
	}
	return dedupeMentions(out)
}

// namedBySpan returns the mentions the tagger span sp gives in place of m, the one rule
// mention of sp's type it overlaps, or false when m's name stays: a span that reaches past
// m names the thing as spanOverRule reads the words, or as the model's scores decide for
// a type spanOrRuleGap lists (spanOrRule); a span inside m where spanInsideRule says so.
func (r *report) namedBySpan(rs []rune, sp tagger.Span, m mention, ms []mention, dec *tagger.Decoder) ([]mention, bool) {
	named, ok := r.spanOverRule(rs, sp, m)
	if useSpan, decided := spanOrRule(dec, sp, m); decided {
		switch {
		case !useSpan:
			return nil, false
		case !ok:
			named = r.spanMentions(m.typ, rs, sp.Start, sp.End)
			ok = len(named) > 0
		}
	}
	if ok {
		return named, true
	}
	return r.spanInsideRule(rs, sp, m, ms, dec)
}

// nearlyTaggedGap is, per type, how far below the tagger's best path the best path may
// score that tags a rule's name the tagger left untagged, for the name to stay
// (nearlyTagged); none for a type not listed. Chosen by cross-validation over the train
// cities (scripts/city-cv, 2026-12-05): of the parks the rules find and the fold taggers
// drop, those within 60 of the best path are gold about half the time (32 of 66), those
// further off about one in ten; held out Park 0.7465 → 0.7497 (+0.0007…+0.0063 over the
// cities), LOCATED_IN +0.0010, STATUS +0.0005. Companies within 60 were gold as often, but
// their held-out gain's interval holds 0 (-0.0001…+0.0030) and one of them (瓦房店轴承,
// placed in its county) put dev's LOCATED_IN under its floor; projects, the same, then
// joined programs (PART_OF) the train gold does not; programs were gold one time in
// three. The gap is in the model's score units: choose it again after a retraining that
// changes their scale (more passes, other features).
var nearlyTaggedGap = map[govkg.EntityType]float32{
	govkg.TypePark: 60,
}

// nearlyTagged says whether rule mention m, which no tagger span of its type covers and
// no span touches, is one the tagger nearly tagged: the best path that tags it as one
// span of its type scores within nearlyTaggedGap of the best path.
func nearlyTagged(dec *tagger.Decoder, m mention, spans []tagger.Span) bool {
	limit, ok := nearlyTaggedGap[m.typ]
	if !ok || dec == nil {
		return false
	}
	for _, sp := range spans {
		if sp.Start < m.end && m.start < sp.End {
			return false
		}
	}
	gap, ok := dec.SpanGap(m.start, m.end, taggerLabel(m.typ))
	return ok && gap < limit
}

// spanOrRuleGap is, per type, the gap that decides between a tagger span and the one
// rule mention of its type it holds, in place of spanOverRule's reading of the words:
// the rule's name stays when the path that tags it alone scores within the gap of the
// best path (which tags the span), the span names the thing when it scores further
// below (spanOrRule); none for a type not listed. Chosen by cross-validation over the
// train cities (scripts/city-cv, 2026-12-05). A program's quoted label the tagger read
// with the words around it is the gold name far more often than the span when the model
// nearly tagged the label alone (“放管服”改革, 教师“县管校聘”, 省百千万工程: held out
// Program 0.7805 → 0.7819, +0.0010…+0.0020 over the cities, where spanOverRule gave the
// span), and the span is when it did not (人才和创新“栽树工程”, 招商“一把手”工程,
// 企业上市“刺桐红”三年行动: Program 0.7819 → 0.7848, +0.0018…+0.0039, IMPLEMENTS +0.0030,
// PART_OF -0.0016, -0.0032…+0.0000, where spanOverRule kept the rule's name; 60, 100,
// 150 and 300 tried, 60 best). Parks, projects and companies moved by less than their
// intervals. In the model's score units, as nearlyTaggedGap.
var spanOrRuleGap = map[govkg.EntityType]float32{
	govkg.TypeProgram: 60,
}

// spanOrRule decides, for a type spanOrRuleGap lists, between the tagger span sp and the
// shorter rule mention m inside it: useSpan when the path that tags m alone, as a span of
// sp's label, scores spanOrRuleGap or more below the best path. decided is false for
// other types, for an m that sp does not hold, and without a decoder.
func spanOrRule(dec *tagger.Decoder, sp tagger.Span, m mention) (useSpan, decided bool) {
	limit, ok := spanOrRuleGap[m.typ]
	if !ok || dec == nil || m.start < sp.Start || m.end > sp.End || m.end-m.start >= sp.End-sp.Start {
		return false, false
	}
	gap, ok := dec.SpanGap(m.start, m.end, sp.Label)
	if !ok {
		return false, false
	}
	return gap >= limit, true
}

// spanInsideGap is, per type, how far below the tagger's best path the path that tags a
// rule's whole name must score for a tagger span inside that name to name the thing
// instead (spanInsideRule); none for a type not listed. Chosen by cross-validation over
// the train cities (scripts/city-cv, 2026-12-05): where the rules read words before or
// after a name into it (加快国土空间总体规划, 指广汕铁路, 做大做强晋安数字产业园) the
// tagger's span inside it is the gold name far more often than the rule's, when the model
// scores the rule's words 300 or more below its own; held out Park 0.7497 → 0.7521
// (+0.0008…+0.0046 over the cities), LOCATED_IN +0.0031, INVOLVES +0.0015, IN_PARK
// +0.0015, relation macro +0.0009 (+0.0002…+0.0020). Companies are left out (held out
// -0.0006, -0.0014…+0.0000: a firm's full name is often what the gold keeps). In the
// model's score units, as nearlyTaggedGap.
var spanInsideGap = map[govkg.EntityType]float32{
	govkg.TypeProject: 300,
	govkg.TypePark:    300,
	govkg.TypeProgram: 300,
}

// spanInsideRule decides between a rule mention and the tagger span of its type that lies
// inside it, shorter: the span names the thing when the model scores the path that tags
// the rule's whole name spanInsideGap or more below its best path, the rule's name is
// written as such (no name a rule rewrote), and the span's edges cut no other mention of
// the sentence (浩特新机场 of 呼和浩特新机场 cuts a city's name: the rule's name stays).
func (r *report) spanInsideRule(rs []rune, sp tagger.Span, m mention, ms []mention, dec *tagger.Decoder) ([]mention, bool) {
	limit, ok := spanInsideGap[m.typ]
	if !ok || dec == nil || sp.Start < m.start || sp.End > m.end || sp.End-sp.Start >= m.end-m.start || !m.writtenAs(rs) {
		return nil, false
	}
	cuts := func(i int) bool {
		return slices.ContainsFunc(ms, func(o mention) bool {
			return o.start < i && i < o.end && (o.start != m.start || o.end != m.end)
		})
	}
	if cuts(sp.Start) || cuts(sp.End) {
		return nil, false
	}
	if gap, ok := dec.SpanGap(m.start, m.end, sp.Label); !ok || gap < limit {
		return nil, false
	}
	named := r.spanMentions(m.typ, rs, sp.Start, sp.End)
	return named, len(named) > 0
}

// spanOverRule decides between a tagger span and the one rule mention of its type it
// holds, when the span reaches past the mention: the tagger read the whole name where the
// rule stopped at a word it knows (新赵线 of 新赵线改建工程, 中央大街 of
// 中央大街整体街区基础设施改造), so the span names it — unless the rule rewrote the words
// (升级改造X is X升级改造, a title's outline is its plan: the rule's name is no part of the
// span's text), or the words past the mention hold a list mark or a coordinator (the rule
// read a list the span runs together). Where the span reads as the rule's name (a phase
// dropped), the rule's mention stays, over the span's runes. Chosen by cross-validation
// over the train cities (README, "How extraction works").
func (r *report) spanOverRule(rs []rune, sp tagger.Span, m mention) ([]mention, bool) {
	if m.start < sp.Start || m.end > sp.End || m.end-m.start >= sp.End-sp.Start {
		return nil, false
	}
	isListMark := func(c rune) bool { return runeIn(listMarks, c) }
	if slices.ContainsFunc(rs[sp.Start:m.start], isListMark) || slices.ContainsFunc(rs[m.end:sp.End], isListMark) ||
		!strings.Contains(string(rs[sp.Start:sp.End]), m.name) {
		return nil, false
	}
	named := r.spanMentions(m.typ, rs, sp.Start, sp.End)
	if len(named) == 1 && named[0].name == m.name {
		m.start, m.end = sp.Start, sp.End
		return []mention{m}, true
	}
	return named, true
}

// listMarks join the items of a list: past a rule's mention, they say that the rule
// split what the tagger took as one span.
const listMarks = "、和及与"

// giveOutLists names the items of lists that share a head word, one mention each
// (ANNOTATION.md (h)): programs (distributePrograms), projects and parks a rule or the
// tagger named by the whole list (distributeFacilities), and a list of districts before
// 等 and a facility's head (placeListFacilities). It runs after the tagger, on the
// mentions the report keeps, so it is no feature of the tagger's.
func (r *report) giveOutLists(rs []rune, ms []mention) []mention {
	return dedupeMentions(r.placeListFacilities(rs, r.itemsListHead(rs, r.distributeFacilities(r.distributePrograms(rs, canonicalPlans(ms))))))
}

// itemsListHead gives the head written after a list's 等 (and a count) to the list's
// items when they were named one by one and the head alone was not (ANNOTATION.md (h)):
// 南宁至湛江、上林至横县等高速公路项目 → 南宁至湛江高速公路, 上林至横县高速公路. The head
// ends in a work term (哈素海、大小黑河等综合治理工程), or in a word of the suffix table
// when every item is a route (X至Y); a trailing 项目, 试点 or 建设 is not part of a name.
// Nothing is given out when an item is a facility's whole name (白云机场等交通枢纽: the
// head is a category) or the head is generic (等重点项目).
func (r *report) itemsListHead(rs []rune, ms []mention) []mention {
	if !slices.Contains(rs, '等') {
		return ms
	}
	at := func(pos int) int { // the project mention that ends at pos, or -1
		for j, o := range ms {
			if o.typ == govkg.TypeProject && o.end == pos && o.start < pos {
				return j
			}
		}
		return -1
	}
	for i, c := range rs {
		if c != '等' || !listDeng(rs, i) {
			continue
		}
		var items []int
		for k := at(i); k >= 0; {
			items = append(items, k)
			st := ms[k].start
			if st == 0 || rs[st-1] != '、' {
				break
			}
			k = at(st - 1)
		}
		if len(items) < 2 {
			continue
		}
		routes := true // 南宁至湛江、上林至横县: a route needs the head to be a work's name
		for _, k := range items {
			routes = routes && routeBetween(ms[k].name)
		}
		head := r.listHeadAt(rs, i+1, routes)
		if head == "" || slices.ContainsFunc(ms, func(o mention) bool { return o.start > i && o.start <= i+3 && o.typ != govkg.TypeDistrict }) {
			continue // no head, or a name the tagger or a rule took there (placeListFacilities)
		}
		if slices.ContainsFunc(items, func(k int) bool { return r.endsInSuffix([]rune(ms[k].name)) }) {
			continue // an item is a facility's whole name: the head is a category
		}
		for _, k := range items {
			if !strings.HasSuffix(ms[k].name, head) {
				ms[k] = r.renamedAs(ms[k], ms[k].name+head)
			}
		}
	}
	return ms
}

// beforeWork returns what stands before the work terms that end head (综合 of 综合治理,
// 干线公路 of 干线公路改造), and whether any work term ends it.
func beforeWork(head string) (string, bool) {
	rest, cut := head, false
	for {
		w := ""
		for _, t := range listWorkTerms {
			if strings.HasSuffix(rest, t) && len(t) > len(w) {
				w = t
			}
		}
		if w == "" {
			return rest, cut
		}
		rest, cut = strings.TrimSuffix(rest, w), true
	}
}

// listHeadAt returns the head of a list written from rs[i] on (after its 等 and a count),
// without a trailing 项目, 试点 or 建设, or "" when it ends in no work term, nor in a
// suffix word when the items are routes.
func (r *report) listHeadAt(rs []rune, i int, routes bool) string {
	i = countEnd(rs, i)
	e := i
	for e < len(rs) && isNameRune(rs[e]) && !runeIn("和与及", rs[e]) && e-i < 12 {
		e++
	}
	for n := e; n >= i+2; n-- {
		t := []rune(dropListQualifier(string(rs[i:n])))
		if !r.endsInListHead(t) {
			continue
		}
		head := string(t)
		for _, w := range []string{"项目", "试点", "建设"} {
			head = strings.TrimSuffix(head, w)
		}
		core := []rune(strings.TrimSuffix(head, "工程"))
		if before, ok := beforeWork(string(core)); ok {
			if len([]rune(before)) <= 2 {
				return head // 哈素海、大小黑河等综合治理工程: the work done on each
			}
			return "" // 金洲大道西延线、开元东路东延线等干线公路改造: a category, then the work
		}
		if routes && r.endsInSuffix(core) {
			return head // 南宁至湛江、上林至横县等高速公路
		}
		return "" // 勒泰商城、凤城国贸等商业综合体: a category the items are of; 等重点项目
	}
	return ""
}

// placeListFacilities names the facilities of a list before 等 (and a count) whose head
// the tagger or a rule took alone (ANNOTATION.md (h)): 建好洛江、晋江、南安等智能装备产业园区
// → 洛江智能装备产业园区, …, each then placed in its district by its name; 开工建设白浮泉、
// 路县故城等遗址公园 → 白浮泉遗址公园, 路县故城遗址公园. The head alone is no name. An item
// that is a facility's whole name (白云机场等交通枢纽) makes the head a category: nothing
// is given out.
func (r *report) placeListFacilities(rs []rune, ms []mention) []mention {
	if !slices.Contains(rs, '等') {
		return ms
	}
	n := len(ms)
	for k := 0; k < n; k++ {
		m := ms[k]
		if m.typ != govkg.TypeProject && m.typ != govkg.TypePark {
			continue
		}
		at := m.start // 等 and a count before the head: 德化等5个餐厨垃圾处理设施
		if at >= 2 && runeIn(countUnits, rs[at-1]) && isCountDigit(rs[at-2]) {
			at--
			for at > 0 && isCountDigit(rs[at-1]) {
				at--
			}
		}
		if at < 3 || rs[at-1] != '等' {
			continue
		}
		items := r.districtItems(rs, ms, at-1)
		if items == nil {
			items = r.listItemsBefore(rs, at-1)
		}
		if items == nil {
			continue
		}
		head := dropListQualifier(m.name)
		names := make([]string, len(items))
		for j, it := range items {
			names[j] = it + head
		}
		ms = r.giveOut(ms, k, names)
	}
	return ms
}

// districtItems returns the districts as written that end at rs[end] one after the other,
// joined by 、, 和 or 及 (洛江、晋江、南安), first to last, or nil when there are none or the
// list goes on with items that are no districts (石狮、台商区、晋江).
func (r *report) districtItems(rs []rune, ms []mention, end int) []string {
	var items []string
	at, open := end, false
	for {
		d := -1
		for j, o := range ms {
			if o.typ == govkg.TypeDistrict && o.end == at {
				d = j
			}
		}
		if d < 0 {
			break
		}
		items = append(items, string(rs[ms[d].start:ms[d].end]))
		at, open = ms[d].start, false
		if at == 0 || !runeIn("、和及", rs[at-1]) {
			break
		}
		at, open = at-1, true
	}
	if len(items) == 0 || open {
		return nil
	}
	slices.Reverse(items)
	return items
}

// listItemsBefore returns the items of a 、-list that ends at rs[end] (白浮泉、路县故城),
// first to last: each bounded by 、, the first by where its name starts (nameStart). It
// is nil when an item is generic, a phrase, or a facility's whole name.
func (r *report) listItemsBefore(rs []rune, end int) []string {
	items, _ := r.listItemsAt(rs, end)
	return items
}

// listItemsAt is listItemsBefore with where each item is written: starts[k] is where
// items[k] starts, and it ends before the 、 of the next item (the last one at end).
func (r *report) listItemsAt(rs []rune, end int) (items []string, starts []int) {
	for k := 0; k < 12; k++ {
		st, open := r.listItemStart(rs, end)
		item := trimPhase(string(rs[st:end]))
		if l := end - st; l < 2 || genericStem(item) || dict.IsPhrase(item) {
			return nil, nil
		}
		if idx, _ := r.longestSuffixAt(ftSuffixes, rs, end); idx >= 0 {
			return nil, nil // 白云机场等交通枢纽: the item is a name of its own
		}
		items, starts = append(items, item), append(starts, st)
		if !open || st > 0 && rs[st-1] != '、' {
			break
		}
		end = st - 1
	}
	slices.Reverse(items)
	slices.Reverse(starts)
	return items, starts
}

// listItemEnds returns where each item of a list listItemsAt read ends: before the 、
// of the next item, the last one at end.
func listItemEnds(starts []int, end int) []int {
	ends := make([]int, len(starts))
	for k := range ends {
		ends[k] = end
		if k+1 < len(starts) {
			ends[k] = starts[k+1] - 1
		}
	}
	return ends
}

// listItemStart returns where the item of a 、-list that ends at rs[end] starts (up to
// ten name runes back) and whether a 、 stands before it: the first item of a list
// starts where its name does, and so does one a verb opens (启动盛乐热电二期; not the 中 of
// 中德、中法).
func (r *report) listItemStart(rs []rune, end int) (st int, open bool) {
	st = end
	for st > 0 && isNameRune(rs[st-1]) && end-st < 10 {
		st--
	}
	open = st > 0 && rs[st-1] == '、'
	if ns := r.nameStart(rs, st, end); !open || r.hasStatusVerb(rs[st:ns]) || hasAnyPrefix(string(rs[st:ns]), leadVerbs...) {
		st = ns
	}
	return st, open
}

// distributeFacilities gives out a project or park a rule named by a whole list that
// ends in 等 or a count before its shared head (丰南黑沿子等中心渔港 → 丰南黑沿子中心渔港;
// listTail), as spanMentions does for the tagger's spans.
func (r *report) distributeFacilities(ms []mention) []mention {
	n := len(ms)
	for k := 0; k < n; k++ {
		m := ms[k]
		if m.typ != govkg.TypeProject && m.typ != govkg.TypePark {
			continue
		}
		list, head, ok := r.listTail(m.name)
		if !ok {
			continue
		}
		var names []string
		for j, it := range strings.Split(list, "、") {
			name := it
			if !strings.HasSuffix(it, head) {
				name = it + head
			}
			if len([]rune(name)) < 3 {
				if j == 0 {
					names = append(names, m.name) // the list keeps its place and its name
				}
				continue
			}
			names = append(names, name)
		}
		ms = r.giveOut(ms, k, names)
	}
	return ms
}

// distributePrograms gives out a program mention named by a whole list sharing one head
// word item by item (programList); each item keeps the list's place in the sentence, so
// the relations the list takes part in hold for every item.
func (r *report) distributePrograms(rs []rune, ms []mention) []mention {
	n := len(ms)
	for k := 0; k < n; k++ {
		m := ms[k]
		if m.typ != govkg.TypeProgram {
			continue
		}
		raw := string(rs[m.start:m.end])
		if r.programSpanName(raw) != m.name {
			continue
		}
		names := programList(raw)
		if names == nil {
			// the tagger may take one label of a quoted list alone, the last with the
			// head or any without it (“互联网+”“标准化+”…“机器人+”等行动): the list is
			// the labels side by side and the head after them
			st, end := quotedListStart(rs, m.start), quotedListEnd(rs, m.end)
			if st == m.start && end == m.end {
				continue
			}
			if names, end = headedList(rs, st, end); names == nil {
				continue
			}
			ms[k].start, ms[k].end = st, end
			ms, n, k = withoutProgramsIn(ms, k, st, end, n)
		}
		for j, name := range names {
			names[j] = r.canonicalProgram(name)
		}
		ms = r.giveOut(ms, k, names)
	}
	return ms
}

// quotedListStart returns where the quoted labels written side by side before a quoted
// label at rs[at] begin (only list joiners between them), or at when none is.
func quotedListStart(rs []rune, at int) int {
	if at >= len(rs) || !runeIn(curlyOpeners, rs[at]) {
		return at
	}
	st := at
	for {
		e := st
		for e > 0 && runeIn(labelJoiners, rs[e-1]) && st-e < 2 {
			e--
		}
		if e == 0 || !runeIn(curlyClosers, rs[e-1]) {
			return st
		}
		open := pairedMark(rs, e-1, -1)
		if open < 0 {
			return st
		}
		st = open
	}
}

// curlyOpeners and curlyClosers are the quotation marks that say which side they open:
// a straight quote does not, so a list is read back only over curly ones.
const curlyOpeners, curlyClosers = "“「‘", "”」’"

// quotedListEnd returns where the quoted labels written side by side after a quoted
// label ending at rs[at] end (only list joiners between them), or at when none follows.
func quotedListEnd(rs []rune, at int) int {
	if at == 0 || at > len(rs) || !runeIn(curlyClosers, rs[at-1]) {
		return at
	}
	end := at
	for {
		s := end
		for s < len(rs) && runeIn(labelJoiners, rs[s]) && s-end < 2 {
			s++
		}
		if s >= len(rs) || !runeIn(curlyOpeners, rs[s]) {
			return end
		}
		cl := pairedMark(rs, s, 1)
		if cl < 0 {
			return end
		}
		end = cl + 1
	}
}

// labelJoiners may stand between two quoted labels of one list (“甲”、“乙”, “甲”和“乙”).
const labelJoiners = "、和及与"

// pairedMark returns the index of the curly mark that pairs with the one at rs[i] —
// the opener before a closer (dir -1), the closer after an opener (dir 1) — around a
// label of one to forty runes, as quoteSpans bounds them; -1 when another mark of the
// same side comes first or none is near.
func pairedMark(rs []rune, i, dir int) int {
	want, same := curlyClosers, curlyOpeners
	if dir < 0 {
		want, same = curlyOpeners, curlyClosers
	}
	for j := i + dir; j >= 0 && j < len(rs) && (j-i)*dir <= 41; j += dir {
		if runeIn(want, rs[j]) {
			if j == i+dir {
				return -1 // an empty label
			}
			return j
		}
		if runeIn(same, rs[j]) {
			return -1
		}
	}
	return -1
}

// headedList reads rs[st:end] as a program list with, when a head word follows it
// at once or after 等 and a count (等行动, 三大工程, 等专项行动), that head; nil when
// programList gives nothing out. Other words before the head (一系列人才工程,
// 利民暖心措施) name no item's program: the labels stay as quoted.
func headedList(rs []rune, st, end int) ([]string, int) {
	t := end
	if t < len(rs) && rs[t] == '等' {
		t++
	}
	for t < len(rs) && (isCountDigit(rs[t]) || runeIn("大项个类", rs[t]) && t > end && isCountDigit(rs[t-1])) {
		t++
	}
	if n := wordLenAt(rs, t, listHeads); n > 0 {
		t += n
	} else {
		t = end
	}
	if names := programList(string(rs[st:t])); names != nil {
		return names, t
	}
	return nil, end
}

// withoutProgramsIn drops the program mentions other than ms[k] that lie inside
// rs[s:e] (the labels of a list that ms[k] now spans), keeping ms[:n] before the
// appended ones; it returns the list, its new n and ms[k]'s new index.
func withoutProgramsIn(ms []mention, k, s, e, n int) ([]mention, int, int) {
	out := ms[:0]
	nk, nn := k, n
	for j, o := range ms {
		if j != k && o.typ == govkg.TypeProgram && s <= o.start && o.end <= e {
			if j < k {
				nk--
			}
			if j < n {
				nn--
			}
			continue
		}
		out = append(out, o)
	}
	return out, nn, nk
}

// giveOut replaces ms[k] by copies of it named names[0], names[1] …: the first in its
// place, the others appended, so that each keeps the list's place in the sentence.
func (r *report) giveOut(ms []mention, k int, names []string) []mention {
	m := ms[k]
	for j, name := range names {
		if j == 0 {
			ms[k] = r.renamedAs(m, name)
			continue
		}
		ms = append(ms, r.renamedAs(m, name))
	}
	return ms
}

// renamedAs is a copy of m named name, with property maps of its own, no aliases, and
// the kind of its new name when it has a kind.
func (r *report) renamedAs(m mention, name string) mention {
	c := m
	c.name, c.aliases = name, nil
	c.props, c.entProps = maps.Clone(m.props), maps.Clone(m.entProps)
	if _, ok := c.entProps["kind"]; ok {
		c.entProps["kind"] = r.x.kindOf(m.typ, name)
	}
	return c
}

// lexiconAt returns the rune length of the longest name of the company lexicon,
// ambiguous names included, that starts at rs[i], or 0.
func (r *report) lexiconAt(rs []rune, i int) int {
	n := 0
	if idx, k := r.longestAt(ftCompanies, rs, i); idx >= 0 {
		n = k
	}
	if idx, k := r.longestAt(ftAmbiguous, rs, i); idx >= 0 && k > n {
		n = k
	}
	return n
}

// listedCompanies adds the items of a 、-list that are names of the company lexicon
// (ambiguous ones included) when the item next to them is a company: 新希望、牧原等养猪场,
// 芯恩、歌尔、浪潮等项目. The tagger and the rules leave a common-word name alone; a list of
// companies shows it is one. The lexicon is matched once per sentence, and only in one
// with a 、; the list is then walked until no item is added (a company at one end of a
// list reaches the other end one item at a time).
func (r *report) listedCompanies(rs []rune, ms []mention) []mention {
	if !slices.Contains(rs, '、') {
		return ms
	}
	type item struct{ s, e int }
	var items []item // lexicon names standing as list items: 、 before or after them
	for i := range rs {
		n := r.lexiconAt(rs, i)
		if n == 0 {
			continue
		}
		e := i + n
		before := i > 0 && rs[i-1] == '、'
		after := e < len(rs) && rs[e] == '、'
		if !before && !after || e < len(rs) && !after && !runeIn("等和及", rs[e]) {
			continue
		}
		items = append(items, item{i, e})
	}
	for changed := true; changed; {
		changed = false
		for _, it := range items {
			if overlaps(ms, it.s, it.e, nil) {
				continue
			}
			before, after := it.s > 0 && rs[it.s-1] == '、', it.e < len(rs) && rs[it.e] == '、'
			for _, m := range ms {
				if m.typ == govkg.TypeCompany && (before && m.end == it.s-1 || after && m.start == it.e+1) {
					ms = append(ms, mention{typ: govkg.TypeCompany, name: string(rs[it.s:it.e]), start: it.s, end: it.e})
					changed = true
					break
				}
			}
		}
	}
	return ms
}

// firmListItems adds the other items of a list of firms (listOfFirms) that a company
// of the sentence is an item of: 支持亚泰、金赛、百克等企业扩大产能 makes 金赛 and 百克
// companies once the tagger or the lexicon found 亚泰. The sentence calls every item a
// firm; the tagger, reading each name alone, misses the ones it has not seen (held out
// by city it found 12 more gold companies, 3 spurious). An item that is another mention
// already, a place, or holds a status verb is left alone.
func (r *report) firmListItems(rs []rune, ms []mention) []mention {
	done := map[int]bool{}
	for _, m := range ms { // range reads ms once: the items added below are not visited
		if m.typ != govkg.TypeCompany {
			continue
		}
		d := listCloser(rs, m)
		if d < 0 || done[d] || !listOfFirms(closingAt(rs, d)) {
			continue
		}
		done[d] = true
		_, starts := r.listItemsAt(rs, d)
		for k, e := range listItemEnds(starts, d) {
			st := starts[k]
			if e-st < 2 || e-st > maxFirmItem || overlaps(ms, st, e, nil) || r.hasStatusVerb(rs[st:e]) || r.isPlaceName(string(rs[st:e])) {
				continue
			}
			ms = append(ms, mention{typ: govkg.TypeCompany, name: string(rs[st:e]), start: st, end: e})
		}
	}
	return ms
}

// maxFirmItem is the longest list item firmListItems reads as a firm's name.
const maxFirmItem = 12

// ownerCompanies applies the guide's rule for a company that opens a project's or a
// park's name (吉利甲醇汽车项目, 京东电商产业园, 益海嘉里项目): the company is the
// lexicon's name, not the name plus a product, a business or a place (吉利甲醇,
// 京东山西亚洲), and it is a company even where only the project names it.
func (r *report) ownerCompanies(rs []rune, ms []mention) []mention {
	// tailIsNoName: what follows the lexicon name starts a product, trade or place
	// word (a province or a city, not a town: 大唐宝昌 is a plant), so it names the
	// facility, not another company.
	tailIsNoName := func(tail []rune) bool {
		t := string(tail)
		for _, w := range industryWords {
			if strings.HasPrefix(t, w) {
				return true
			}
		}
		for k := min(len(tail), 4); k >= 2; k-- {
			if dict.Common(string(tail[:k])) {
				return true
			}
			if idx, n := r.longestAt(ftUpperPlaces, tail[:k], 0); idx >= 0 && n == k {
				return true
			}
		}
		return false
	}
	for _, p := range ms {
		if p.typ != govkg.TypeProject && p.typ != govkg.TypePark {
			continue
		}
		n := r.lexiconAt(rs, p.start)
		if n == 0 || p.start+n >= p.end {
			continue
		}
		e := p.start + n
		owner := -1
		for k, m := range ms {
			if m.typ == govkg.TypeCompany && m.start == p.start {
				owner = k
			}
		}
		switch {
		case owner >= 0 && ms[owner].end > e && ms[owner].end <= p.end && tailIsNoName(rs[e:ms[owner].end]):
			ms[owner].end, ms[owner].name = e, string(rs[p.start:e])
		case owner < 0 && r.lexiconCompany(rs, p.start, e):
			ms = append(ms, mention{typ: govkg.TypeCompany, name: string(rs[p.start:e]), start: p.start, end: e})
		}
	}
	return ms
}

// lexiconCompany reports whether rs[s:e] is exactly a name of the company lexicon that
// is not also a common word.
func (r *report) lexiconCompany(rs []rune, s, e int) bool {
	idx, n := r.longestAt(ftCompanies, rs, s)
	return idx >= 0 && s+n == e
}

// spanMentions names a span the tagger found and no rule did: quotation and title marks
// dropped, a bracketed year range dropped, brackets around a section dropped, a trailing
// phase dropped, a list sharing a head word given out item by item.
func (r *report) spanMentions(typ govkg.EntityType, rs []rune, s, e int) []mention {
	text := string(rs[s:e])
	if typ == govkg.TypeProgram {
		name := r.programSpanName(text)
		if len([]rune(name)) < 2 || onlyHeads(name) {
			return nil
		}
		return []mention{{typ: typ, name: name, start: s, end: e}}
	}
	text = stripYears(text)
	text = strings.NewReplacer("(", "", ")", "", "（", "", "）", "").Replace(stripQuotes(text))
	list, head, shared := r.listTail(text)
	if shared {
		text = list
	}
	items := strings.Split(text, "、")
	var out []mention
	last := items[len(items)-1]
	if !shared && len(items) > 1 {
		lr := []rune(last)
		if idx, n := r.longestSuffixAt(ftSuffixes, lr, len(lr)); idx >= 0 && n < len(lr) {
			head = string(lr[len(lr)-n:])
		}
	}
	for k, it := range items {
		if it == "" {
			continue
		}
		name := it
		if shared && !strings.HasSuffix(it, head) {
			name = it + head
		} else if k < len(items)-1 && head != "" {
			ir := []rune(it)
			if !r.endsInSuffix(ir) {
				name = it + head
			}
		}
		if typ == govkg.TypeProject || typ == govkg.TypePark {
			name = trimPhase(name)
		}
		if len([]rune(name)) < 2 {
			continue
		}
		m := mention{typ: typ, name: name, start: s, end: e}
		if typ == govkg.TypeProject || typ == govkg.TypePark {
			m.entProps = map[string]any{"kind": r.x.kindOf(typ, name)}
		}
		out = append(out, m)
	}
	return out
}

// bareHeads are the words of a program's title with nothing of its own (纲要草案,
// 规划纲要): a span of them alone names no program.
var bareHeads = []string{"规划", "纲要", "草案", "计划", "方案", "行动", "工程", "政策", "措施", "意见", "战略"}

// onlyHeads reports whether name is bareHeads and nothing else.
func onlyHeads(name string) bool {
	rs := []rune(name)
	for i := 0; i < len(rs); {
		n := wordLenAt(rs, i, bareHeads)
		if n == 0 {
			return false
		}
		i += n
	}
	return true
}

// nonProgramHeads follow a quoted label without being part of the program's name
// (ANNOTATION.md convention (e)).
var nonProgramHeads = []string{"机制", "模式", "改革", "体系", "制度", "格局", "活动"}

// programSpanName is the canonical name of a program span: the label as quoted plus the
// program head after it, years and marks dropped, known aliases mapped.
func (r *report) programSpanName(text string) string {
	text = stripYears(strings.Trim(text, "《》、，,；;：:")) // a span drawn over a list mark (“一窗受理、) ends at the name
	if i := strings.LastIndexAny(text, "”\""); i > 0 && strings.ContainsAny(text[:i], "“\"") {
		rest := text[i+len(string([]rune(text[i:])[0])):]
		for _, h := range nonProgramHeads {
			if rest == h {
				text = text[:i]
				break
			}
		}
	}
	return r.canonicalProgram(text)
}
