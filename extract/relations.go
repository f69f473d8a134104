package extract

import (
	"fmt"
	"sort"
	"strings"

	govkg "github.com/govkg/govkg"
)

// entityID is the stable id of an entity: its type and its canonical key. The same entity
// gets the same id in every run and every report.
func entityID(t govkg.EntityType, key string) string {
	return strings.ToLower(string(t)) + ":" + key
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
	e := r.addEntity(m.typ, m.name, m.key, aliases, props)
	e.Mentions = append(e.Mentions, govkg.Mention{ReportID: r.rep.ID, SentenceID: s.ID, Start: m.start, End: m.end,
		Text: surface, Props: m.props})
}

func (r *report) idOf(m mention) string {
	key := m.key
	if key == "" {
		key = m.name
	}
	return entityID(m.typ, key)
}

func (r *report) addRel(t govkg.RelationType, from, to string, props map[string]any, s govkg.Sentence, start, end int) {
	if from == to {
		return
	}
	var keyProps []string
	for _, k := range sortedKeys(props) {
		keyProps = append(keyProps, fmt.Sprintf("%s=%v", k, props[k]))
	}
	key := string(t) + "|" + from + "|" + to + "|" + strings.Join(keyProps, ",")
	rel, ok := r.rels[key]
	if !ok {
		rel = &govkg.Relation{Type: t, From: from, To: to, Props: props}
		r.rels[key] = rel
	}
	ev := govkg.Evidence{ReportID: r.rep.ID, SentenceID: s.ID, Start: start, End: end}
	for _, o := range rel.Evidence {
		if o == ev {
			return
		}
	}
	rel.Evidence = append(rel.Evidence, ev)
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

// relations derives the relations that one sentence supports from its mentions.
func (r *report) relations(s govkg.Sentence, ms []mention) {
	rs := r.sentenceRunes(s)
	own := ""
	if r.rep.DistrictCode != "" {
		own = entityID(govkg.TypeDistrict, r.rep.DistrictCode)
	}
	var districts, programs, parks, companies []mention
	for _, m := range ms {
		switch m.typ {
		case govkg.TypeDistrict:
			districts = append(districts, m)
		case govkg.TypeProgram:
			programs = append(programs, m)
		case govkg.TypePark:
			parks = append(parks, m)
		case govkg.TypeCompany:
			companies = append(companies, m)
		}
	}
	year := r.rep.Year
	if s.Stance == govkg.StancePlanned {
		year = r.rep.PlanYear
	}
	assist := ""
	for _, k := range assistKeys {
		if strings.Contains(s.Text, k) && (assist == "" || len(k) > len(assist)) {
			assist = k
		}
	}
	var headings []string
	for _, m := range ms {
		id := r.idOf(m)
		switch m.typ {
		case govkg.TypeProject, govkg.TypePark, govkg.TypeCompany, govkg.TypeInstitution:
			if d := r.locate(m, districts, own, rs); d != "" {
				r.addRel(govkg.RelLocatedIn, id, d, nil, s, m.start, m.end)
			}
		case govkg.TypeMetroLine:
			served := map[string]bool{}
			for _, d := range districts {
				served[r.idOf(d)] = true
			}
			if own != "" {
				served[own] = true
			}
			props := map[string]any{}
			if sec := m.props["section"]; sec != "" {
				props["section"] = sec
			}
			for _, d := range sortedSet(served) {
				r.addRel(govkg.RelServes, id, d, props, s, m.start, m.end)
			}
		case govkg.TypeProgram:
			if own != "" && s.Stance != govkg.StanceGlossary {
				r.addRel(govkg.RelImplements, own, id, nil, s, m.start, m.end)
			}
		case govkg.TypeStreet:
			if dc, ok := m.entProps["district_code"].(string); ok && dc != "" {
				r.addRel(govkg.RelInDistrict, id, entityID(govkg.TypeDistrict, dc), nil, s, m.start, m.end)
			}
		case govkg.TypeIndicator:
			if own != "" {
				r.addRel(govkg.RelHasIndicator, own, id, nil, s, m.start, m.end)
			}
		case govkg.TypeDistrict:
			if assist != "" && own != "" && id != own {
				if city, _ := m.entProps["city"].(string); city != r.rep.City {
					r.addRel(govkg.RelAssists, own, id, map[string]any{"kind": assistKeywords[assist]}, s, m.start, m.end)
				}
			}
		}
		if m.typ == govkg.TypeProject || m.typ == govkg.TypePark || m.typ == govkg.TypeMetroLine {
			if st := r.statusNear(rs, m); st != "" {
				r.addRel(govkg.RelStatus, r.rep.ID, id, map[string]any{"status": st, "stance": string(s.Stance),
					"year": year, "sentence": s.ID}, s, m.start, m.end)
			}
		}
		if m.typ == govkg.TypeProject {
			cs, _ := clauseOf(rs, m.start)
			for _, p := range parks {
				if strings.Contains(m.name, p.name) || (p.start >= cs && p.end <= m.start) {
					r.addRel(govkg.RelInPark, id, r.idOf(p), nil, s, min(p.start, m.start), max(p.end, m.end))
				}
			}
			for _, p := range programs {
				r.addRel(govkg.RelPartOf, id, r.idOf(p), nil, s, min(p.start, m.start), max(p.end, m.end))
			}
			if headings == nil {
				headings = r.headingPrograms(s) // once per sentence, not per project
			}
			for _, h := range headings {
				r.addRel(govkg.RelPartOf, id, h, map[string]any{"via": "section"}, s, m.start, m.end)
			}
		}
		if m.typ == govkg.TypeProject || m.typ == govkg.TypePark {
			cs, ce := clauseOf(rs, m.start)
			for _, c := range companies {
				if strings.HasPrefix(m.name, c.name) || (c.start >= cs && c.end <= ce && !(c.start >= m.start && c.end <= m.end)) || (c.start >= m.start && c.end <= m.end) {
					r.addRel(govkg.RelInvolves, r.idOf(c), id, nil, s, min(c.start, m.start), max(c.end, m.end))
				}
			}
		}
	}
}

func toAny(m map[string]string) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// locate picks the district of a project, park, company or institution: a district that
// opens its name (宝安新桥东 → 宝安区), else the only other district in its clause, else
// the report's own district.
func (r *report) locate(m mention, districts []mention, own string, rs []rune) string {
	for _, d := range districts {
		if d.start == m.start && d.end <= m.end {
			return r.idOf(d)
		}
	}
	cs, ce := clauseOf(rs, m.start)
	var in []string
	for _, d := range districts {
		if d.start >= cs && d.end <= ce && r.idOf(d) != own {
			in = append(in, r.idOf(d))
		}
	}
	if len(in) == 1 {
		return in[0]
	}
	return own
}

// statusNear returns the status given by the nearest status verb in the mention's clause.
func (r *report) statusNear(rs []rune, m mention) string {
	cs, ce := clauseOf(rs, m.start)
	best, bestDist := "", 1<<30
	for i := cs; i < ce; i++ {
		if i >= m.start && i < m.end {
			continue
		}
		idx, n := r.x.status.longest(rs, i)
		if idx < 0 {
			continue
		}
		d := m.start - (i + n)
		if i >= m.end {
			d = i - m.end
		}
		if d < 0 {
			d = -d
		}
		if d < bestDist {
			best, bestDist = r.x.statusVal[idx], d
		}
		i += n - 1
	}
	return best
}

// headingPrograms returns the programs named in the section headings above a sentence,
// so that the projects listed under a 百千万工程 heading are part of it.
func (r *report) headingPrograms(s govkg.Sentence) []string {
	out := []string{}
	for _, h := range s.Section {
		for _, m := range r.programs([]rune(h)) {
			out = append(out, r.idOf(m))
		}
	}
	return out
}

// result sorts everything into the deterministic output order.
func (r *report) result() *govkg.Extraction {
	ext := &govkg.Extraction{Reports: []govkg.Report{r.rep}, Sentences: r.doc.Sentences}
	for _, e := range r.ents {
		if len(e.Mentions) == 0 && e.Type != govkg.TypeDistrict {
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

func sortEntity(e *govkg.Entity) {
	sort.Strings(e.Aliases)
	sort.SliceStable(e.Mentions, func(i, j int) bool {
		a, b := e.Mentions[i], e.Mentions[j]
		if a.ReportID != b.ReportID {
			return a.ReportID < b.ReportID
		}
		if a.SentenceID != b.SentenceID {
			return a.SentenceID < b.SentenceID
		}
		return a.Start < b.Start
	})
}

func relKey(rel govkg.Relation) string {
	var kp []string
	for _, k := range sortedKeys(rel.Props) {
		kp = append(kp, fmt.Sprintf("%s=%v", k, rel.Props[k]))
	}
	return string(rel.Type) + "|" + rel.From + "|" + rel.To + "|" + strings.Join(kp, ",")
}

func sortExtraction(ext *govkg.Extraction) {
	sort.SliceStable(ext.Reports, func(i, j int) bool { return ext.Reports[i].ID < ext.Reports[j].ID })
	sort.SliceStable(ext.Sentences, func(i, j int) bool { return ext.Sentences[i].ID < ext.Sentences[j].ID })
	sort.SliceStable(ext.Entities, func(i, j int) bool { return ext.Entities[i].ID < ext.Entities[j].ID })
	keys := make([]string, len(ext.Relations))
	for i, rel := range ext.Relations {
		keys[i] = relKey(rel)
	}
	sort.Sort(relsByKey{ext.Relations, keys})
	for i := range ext.Relations {
		ev := ext.Relations[i].Evidence
		sort.SliceStable(ev, func(a, b int) bool {
			if ev[a].ReportID != ev[b].ReportID {
				return ev[a].ReportID < ev[b].ReportID
			}
			if ev[a].SentenceID != ev[b].SentenceID {
				return ev[a].SentenceID < ev[b].SentenceID
			}
			return ev[a].Start < ev[b].Start
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
			c.Mentions = append([]govkg.Mention(nil), e.Mentions...)
			c.Props = copyProps(e.Props)
			m.ents[e.ID] = &c
			m.entOrder = append(m.entOrder, e.ID)
			continue
		}
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

// assistKeys are the assistance keywords in a fixed order.
var assistKeys = sortedKeys(toAny(assistKeywords))
