package extract

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"

	govkg "github.com/govkg/govkg"
)

// entityID is the stable id of an entity: its type and its canonical key. The same entity
// gets the same id in every run and every report.
func entityID(t govkg.EntityType, key string) string {
	return typeIDPrefix(t) + key
}

// typeIDPrefixes are the ids' type prefixes (lower-case type and a colon), made once.
var typeIDPrefixes = func() map[govkg.EntityType]string {
	m := make(map[govkg.EntityType]string, len(govkg.EntityTypes))
	for _, t := range govkg.EntityTypes {
		m[t] = strings.ToLower(string(t)) + ":"
	}
	return m
}()

func typeIDPrefix(t govkg.EntityType) string {
	if p, ok := typeIDPrefixes[t]; ok {
		return p
	}
	return strings.ToLower(string(t)) + ":"
}

// propString is fmt.Sprintf("%s=%v", k, v), without fmt for the common string value.
func propString(k string, v any) string {
	if s, ok := v.(string); ok {
		return k + "=" + s
	}
	return fmt.Sprintf("%s=%v", k, v)
}

func (r *report) addEntity(t govkg.EntityType, name, key string, aliases []string, props map[string]any) *govkg.Entity {
	if key == "" {
		key = name
	}
	id := entityID(t, key)
	e, ok := r.ents[id]
	if !ok {
		e = &govkg.Entity{ID: id, Type: t, Name: name, Mentions: []govkg.Mention{}}
		r.ents[id] = e
	}
	for _, a := range aliases {
		if a != name && !contains(e.Aliases, a) {
			e.Aliases = append(e.Aliases, a)
		}
	}
	for k, v := range props {
		if v == nil || v == "" {
			continue
		}
		if e.Props == nil {
			e.Props = map[string]any{}
		}
		if _, ok := e.Props[k]; !ok {
			e.Props[k] = v
		}
	}
	return e
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (r *report) addMention(s govkg.Sentence, m mention) {
	rs := r.sentenceRunes(s)
	if m.start < 0 || m.end > len(rs) || m.start >= m.end {
		return
	}
	surface := string(rs[m.start:m.end])
	aliases := m.aliases
	if m.typ != govkg.TypeIndicator && m.typ != govkg.TypeMetroLine && surface != m.name && !strings.ContainsAny(surface, "、,“”\"") && m.typ != govkg.TypeDistrict {
		aliases = append(aliases, surface)
	}
	if m.typ == govkg.TypeDistrict && surface != m.name && surface != "我区" && surface != "全区" && surface != "本区" {
		aliases = append(aliases, surface)
	}
	props := m.entProps
	if m.typ == govkg.TypeProject || m.typ == govkg.TypePark {
		// the kind follows from the name alone, so every report gives an entity the same one
		props = map[string]any{}
		for k, v := range m.entProps {
			props[k] = v
		}
		props["kind"] = r.x.kindOf(m.typ, m.name)
	}
	e := r.addEntity(m.typ, m.name, r.keyOf(m), aliases, props)
	e.Mentions = append(e.Mentions, govkg.Mention{ReportID: r.rep.ID, SentenceID: s.ID, Start: m.start, End: m.end,
		Text: surface, Props: m.props})
}

func (r *report) idOf(m mention) string {
	return entityID(m.typ, r.keyOf(m))
}

// keyOf is the id key of a mention's entity: its own key (a place's code), else its
// name — scoped to the report's own place when the name has no proper part and means
// "this district's (or city's) X" (区人民医院, 儿童公园, 高新区), so that two districts'
// 儿童公园 never become one node.
func (r *report) keyOf(m mention) string {
	if m.key != "" {
		return m.key
	}
	if scope := r.placeScope(); scope != "" && r.x.placeRelative(m.typ, m.name) {
		return scope + "/" + m.name
	}
	return m.name
}

// placeScope is the NBS code of the report's own place, "" when it has none.
func (r *report) placeScope() string {
	if r.rep.DistrictCode != "" {
		return r.rep.DistrictCode
	}
	if p, ok := r.x.cityPlace(r.rep.City); ok {
		return p.Code
	}
	return ""
}

func (r *report) addRel(t govkg.RelationType, from, to string, props map[string]any, s govkg.Sentence, start, end int) {
	if from == to {
		return
	}
	key := relKey(govkg.Relation{Type: t, From: from, To: to, Props: props}) // the key inParkFullNames moves edges by
	rel, ok := r.rels[key]
	if !ok {
		rel = &govkg.Relation{Type: t, From: from, To: to, Props: props}
		r.rels[key] = rel
	}
	addEvidence(rel, govkg.Evidence{ReportID: r.rep.ID, SentenceID: s.ID, Start: start, End: end})
}

// addEvidence adds ev to rel's evidence unless it is there already.
func addEvidence(rel *govkg.Relation, ev govkg.Evidence) {
	if !slices.Contains(rel.Evidence, ev) {
		rel.Evidence = append(rel.Evidence, ev)
	}
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// clauseOf returns the rune range of the clause around position i.
func clauseOf(rs []rune, i int) (int, int) {
	s, e := i, i
	for s > 0 && !isClauseEnd(rs[s-1]) {
		s--
	}
	for e < len(rs) && !isClauseEnd(rs[e]) {
		e++
	}
	return s, e
}

func isClauseEnd(r rune) bool {
	return r == ',' || r == ';' || r == '。' || r == ':' || r == '!' || r == '?'
}

// result sorts everything into the deterministic output order.
func (r *report) result() *govkg.Extraction {
	ext := &govkg.Extraction{Reports: []govkg.Report{r.rep}, Sentences: r.doc.Sentences}
	for _, e := range r.ents {
		if len(e.Mentions) == 0 && e.Type != govkg.TypeDistrict && e.Type != govkg.TypeCity && e.Type != govkg.TypeProvince && !r.isGroup(e.ID) {
			continue
		}
		sortEntity(e)
		ext.Entities = append(ext.Entities, *e)
	}
	for _, rel := range r.rels {
		ext.Relations = append(ext.Relations, *rel)
	}
	sortExtraction(ext)
	return ext
}

// isGroup: a company group the report reaches only through its units is kept, without
// mentions, as the end of their PART_OF_GROUP.
func (r *report) isGroup(id string) bool {
	for _, rel := range r.rels {
		if rel.Type == govkg.RelPartOfGroup && rel.To == id {
			return true
		}
	}
	return false
}

func sortEntity(e *govkg.Entity) {
	sort.Strings(e.Aliases)
	slices.SortStableFunc(e.Mentions, func(a, b govkg.Mention) int {
		if a.ReportID != b.ReportID {
			return strings.Compare(a.ReportID, b.ReportID)
		}
		if a.SentenceID != b.SentenceID {
			return strings.Compare(a.SentenceID, b.SentenceID)
		}
		return cmp.Compare(a.Start, b.Start)
	})
}

func relKey(rel govkg.Relation) string {
	var kp []string
	for _, k := range sortedKeys(rel.Props) {
		kp = append(kp, propString(k, rel.Props[k]))
	}
	return string(rel.Type) + "|" + rel.From + "|" + rel.To + "|" + strings.Join(kp, ",")
}

func sortExtraction(ext *govkg.Extraction) {
	slices.SortStableFunc(ext.Reports, func(a, b govkg.Report) int { return strings.Compare(a.ID, b.ID) })
	slices.SortStableFunc(ext.Sentences, func(a, b govkg.Sentence) int { return strings.Compare(a.ID, b.ID) })
	slices.SortStableFunc(ext.Entities, func(a, b govkg.Entity) int { return strings.Compare(a.ID, b.ID) })
	keys := make([]string, len(ext.Relations))
	for i, rel := range ext.Relations {
		keys[i] = relKey(rel)
	}
	sort.Sort(relsByKey{ext.Relations, keys})
	for i := range ext.Relations {
		ev := ext.Relations[i].Evidence
		slices.SortStableFunc(ev, func(a, b govkg.Evidence) int {
			if a.ReportID != b.ReportID {
				return strings.Compare(a.ReportID, b.ReportID)
			}
			if a.SentenceID != b.SentenceID {
				return strings.Compare(a.SentenceID, b.SentenceID)
			}
			return cmp.Compare(a.Start, b.Start)
		})
	}
}

// Merge combines per-report extractions into one: entities by id (aliases and mentions
// united, the first report's properties kept), relations by type, ends and properties.
func Merge(parts ...*govkg.Extraction) *govkg.Extraction {
	m := NewMerger()
	for _, p := range parts {
		m.Add(p)
	}
	return m.Result()
}

// Merger merges extractions one at a time, so a caller can let go of each report's
// extraction as soon as it is added.
type Merger struct {
	out      *govkg.Extraction
	ents     map[string]*govkg.Entity
	rels     map[string]*govkg.Relation
	entOrder []string
	relOrder []string
}

// NewMerger returns an empty Merger.
func NewMerger() *Merger {
	return &Merger{out: &govkg.Extraction{}, ents: map[string]*govkg.Entity{}, rels: map[string]*govkg.Relation{}}
}

// mergeEntity adds to cur the aliases of e it lacks and the properties it has no value
// for: the first extraction to state a property keeps it, so a merge never depends on
// which later report repeats the entity. The one home of the entity merge rule, for
// reports (Merger) and for the parts of one long report (Run).
func mergeEntity(cur *govkg.Entity, e govkg.Entity) {
	for _, a := range e.Aliases {
		if !contains(cur.Aliases, a) {
			cur.Aliases = append(cur.Aliases, a)
		}
	}
	for k, v := range e.Props {
		if cur.Props == nil {
			cur.Props = map[string]any{}
		}
		if _, ok := cur.Props[k]; !ok {
			cur.Props[k] = v
		}
	}
}

// Add merges one extraction in.
func (m *Merger) Add(p *govkg.Extraction) {
	if p == nil {
		return
	}
	m.out.Reports = append(m.out.Reports, p.Reports...)
	m.out.Sentences = append(m.out.Sentences, p.Sentences...)
	for _, e := range p.Entities {
		cur, ok := m.ents[e.ID]
		if !ok {
			c := e
			c.Aliases = append([]string(nil), e.Aliases...)
			c.Mentions = append([]govkg.Mention{}, e.Mentions...)
			c.Props = copyProps(e.Props)
			m.ents[e.ID] = &c
			m.entOrder = append(m.entOrder, e.ID)
			continue
		}
		mergeEntity(cur, e)
		cur.Mentions = append(cur.Mentions, e.Mentions...)
	}
	for _, rel := range p.Relations {
		k := relKey(rel)
		cur, ok := m.rels[k]
		if !ok {
			c := rel
			c.Evidence = append([]govkg.Evidence(nil), rel.Evidence...)
			m.rels[k] = &c
			m.relOrder = append(m.relOrder, k)
			continue
		}
		cur.Evidence = append(cur.Evidence, rel.Evidence...)
	}
}

// Result returns the merged extraction in the deterministic output order.
func (m *Merger) Result() *govkg.Extraction {
	out := m.out
	out.Entities, out.Relations = nil, nil
	for _, id := range m.entOrder {
		sortEntity(m.ents[id])
		out.Entities = append(out.Entities, *m.ents[id])
	}
	for _, k := range m.relOrder {
		out.Relations = append(out.Relations, *m.rels[k])
	}
	sortExtraction(out)
	return out
}

func copyProps(p map[string]any) map[string]any {
	if p == nil {
		return nil
	}
	out := make(map[string]any, len(p))
	for k, v := range p {
		out[k] = v
	}
	return out
}

// sentenceRunes returns the cached runes of a sentence of this report.
func (r *report) sentenceRunes(s govkg.Sentence) []rune {
	if s.Index >= 0 && s.Index < len(r.runes) && r.doc.Sentences[s.Index].ID == s.ID {
		return r.runes[s.Index]
	}
	return []rune(s.Text)
}

// relsByKey sorts relations by their precomputed keys.
type relsByKey struct {
	rels []govkg.Relation
	keys []string
}

func (s relsByKey) Len() int           { return len(s.rels) }
func (s relsByKey) Less(i, j int) bool { return s.keys[i] < s.keys[j] }
func (s relsByKey) Swap(i, j int) {
	s.rels[i], s.rels[j] = s.rels[j], s.rels[i]
	s.keys[i], s.keys[j] = s.keys[j], s.keys[i]
}

// assistKeys are the assistance keywords in a fixed order (the sentence scan's
// dictionary: they decide where county short forms count).
var assistKeys = sortedKeys(toAny(assistKeywords))

// assistKindKeys are the words of assistance kinds in a fixed order (the assists rule).
var assistKindKeys = sortedKeys(toAny(assistKinds))

// assistTrie holds assistKeys (payload: the index): the assists rule looks for them at
// every position of a sentence.
var assistTrie = func() *trie {
	t := newTrie()
	for i, k := range assistKeys {
		t.add(k, i)
	}
	return t
}()

func toAny(m map[string]string) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// firmsWithoutStatus drops the projects whose name may be a company's whole name (a
// suffix of the table's firm flag: 交易中心) and to which nothing in the report happens:
// the guide's project is planned, started, built, opened or lands, and a 交易中心 the
// report only sets up, grows or names (设立华南有色金属交易中心, 做强西部生态产品交易中心,
// 上海国际能源交易中心等功能性机构) is the company the gold sets make of it. Its relations
// go with it; the company of the same name, where the owner ranker read one, stays.
func (r *report) firmsWithoutStatus() {
	happens := map[string]bool{}
	for _, rel := range r.rels {
		if rel.Type == govkg.RelStatus {
			happens[rel.To] = true
		}
	}
	drop := map[string]bool{}
	for id, e := range r.ents {
		if e.Type != govkg.TypeProject || happens[id] {
			continue
		}
		if w, ok := r.suffixWordOf([]rune(e.Name)); ok && r.x.suffixFlag(w, "firm") {
			drop[id] = true
		}
	}
	for id := range drop {
		e := r.ents[id]
		c := r.addEntity(govkg.TypeCompany, e.Name, "", nil, nil)
		if len(c.Mentions) == 0 {
			c.Mentions = append(c.Mentions, e.Mentions...)
		}
	}
	r.dropEntities(drop)
}

// bareParkWords name a kind of zone, never one zone, when they stand alone (新区 of 新区建设
// where no named 新区 of the report takes the mention over, 产业园 of 建设产业园): the train
// and dev gold never make a Park of them, while 高新区 or 经开区 alone is the report's
// city's zone in 111 of their sets.
var bareParkWords = []string{"新区", "产业园", "园区"}

// withoutBareParks drops the parks named by a bareParkWords word alone, with their
// relations. It runs after the relations, since a bare 新区 the report's named 新区 takes
// over (和林格尔新区's 新区) is that park's mention by then.
func (r *report) withoutBareParks() {
	drop := map[string]bool{}
	for id, e := range r.ents {
		if e.Type == govkg.TypePark && slices.Contains(bareParkWords, e.Name) {
			drop[id] = true
		}
	}
	r.dropEntities(drop)
}

// dropEntities removes the entities of drop and every relation that has one at an end.
func (r *report) dropEntities(drop map[string]bool) {
	if len(drop) == 0 {
		return
	}
	for id := range drop {
		delete(r.ents, id)
	}
	for k, rel := range r.rels {
		if drop[rel.From] || drop[rel.To] {
			delete(r.rels, k)
		}
	}
}
