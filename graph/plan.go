package graph

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/govkg/govkg"
	"github.com/govkg/govkg/graph/property"
	"github.com/govkg/govkg/schema"
)

// A reportPlan is everything one report contributes to the graph, as sorted rows
// ready for UNWIND. Building it is pure Go, so attribution rules are unit-tested
// without a database; every writer (one report, a group, the offline graph) writes
// the same plan.
type reportPlan struct {
	report    govkg.Report
	props     map[string]any
	sentences []sentenceRow // sorted by id
	entities  []entityRow   // sorted by id
	about     string        // id of the District the report is about, if known
	mentions  []mentionRow  // sorted by sentence, start, end, entity; no two alike
	rels      []relRow      // sorted by type, endpoint labels, from, to, key
	warnings  []string
}

// sentenceRow is one Sentence node.
type sentenceRow struct {
	id    string
	props map[string]any
}

// entityRow is one entity as the report gives it: its type label and its properties
// (aliases sorted), before the merge rules add what other reports gave.
type entityRow struct {
	id, typ string
	props   map[string]any
}

// mentionRow is one MENTIONS relationship; sentence, entity, start and end identify it.
type mentionRow struct {
	sentence, entity string
	start, end       int64
	props            map[string]any
}

// key identifies the mention, as the stale-mention statement spells it in Cypher.
func (m mentionRow) key() string {
	return fmt.Sprintf("%s|%s|%d|%d", m.sentence, m.entity, m.start, m.end)
}

// relRow is one fact relationship as the report gives it. The type and the endpoint
// labels (Entity or Report) go into the query text; from, to and key identify it.
type relRow struct {
	relType, fromLabel, toLabel string
	from, to, key               string
	props                       map[string]any // key and the relation's own properties
	evidence                    evidenceLists  // this report's evidence, sorted
}

// ident identifies the relationship among all of a graph's facts.
func (r relRow) ident() string {
	return strings.Join([]string{r.relType, r.fromLabel, r.from, r.toLabel, r.to, r.key}, "\x00")
}

var (
	reservedEntity   = setOf("id", "type", "name", "caption", "aliases", "aliases_text", "reports")
	reservedRelation = setOf("key", "reports", "evidence_reports", "evidence_sentences", "evidence_starts", "evidence_ends")
	reservedMention  = setOf("start", "end", "text", "report", "sentence")
)

// flattenProps writes the free-form properties of in into out as Neo4j can store them
// (property.Normalize; nils are left out). Keys in reserved are renamed prop_KEY so
// extracted data can never overwrite the bookkeeping properties the build relies on.
func flattenProps(in map[string]any, reserved map[string]bool, out map[string]any) {
	for k, v := range in {
		if k == "" {
			continue
		}
		fv, ok := property.Normalize(v)
		if !ok {
			continue
		}
		if reserved[k] {
			k = "prop_" + k
		}
		out[k] = fv
	}
}

func setOf(xs ...string) map[string]bool {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// reportOfSentence derives the report id from a sentence id (report id + "/s" + index).
func reportOfSentence(sid string) string {
	if i := strings.LastIndex(sid, "/s"); i > 0 {
		return sid[:i]
	}
	return ""
}

func sentenceIndex(sid string) (int64, bool) {
	i := strings.LastIndex(sid, "/s")
	if i < 0 {
		return 0, false
	}
	n, err := strconv.ParseInt(sid[i+2:], 10, 64)
	return n, err == nil
}

// evidence is one supporting sentence of a relation, before it joins the lists.
type evidence struct {
	report, sentence string
	start, end       int
}

// relAcc accumulates one fact relationship of one report before it becomes a row.
type relAcc struct {
	relType  string
	from, to string
	fromL    string
	toL      string
	key      string
	props    map[string]any
	evidence []evidence
}

// planReports splits an extraction into per-report plans.
//
// Sentences: a report gets the sentences of ext.Sentences whose id names it, or all of
// them when ext holds one report (an extraction of one file holds that file's
// sentences). Sentences that mentions and evidence point to but ext does not hold are
// written with their id, report and index only.
//
// Attribution: an entity belongs to every report that mentions it, to the report whose
// District it is (ABOUT), and to every report that supports a relation it takes part
// in. A relation belongs to the reports of its evidence; a relation without evidence
// belongs to the reports that mention both endpoints (else either). Those report ids
// become the `reports` property that decides, on removal, what else must go.
func planReports(ext *govkg.Extraction) ([]*reportPlan, []string) {
	var global []string
	plans := map[string]*reportPlan{}
	var order []*reportPlan
	for _, r := range ext.Reports {
		if r.ID == "" {
			global = append(global, fmt.Sprintf("report %q has no id: skipped", r.Path))
			continue
		}
		if plans[r.ID] != nil {
			global = append(global, fmt.Sprintf("report %s listed twice: the first is used", r.ID))
			continue
		}
		p := &reportPlan{report: r, props: reportProps(r)}
		plans[r.ID] = p
		order = append(order, p)
	}
	sentences := map[string][]govkg.Sentence{}
	for _, s := range ext.Sentences {
		rid := reportOfSentence(s.ID)
		if len(ext.Reports) == 1 {
			rid = ext.Reports[0].ID
		}
		sentences[rid] = append(sentences[rid], s)
	}

	entities := map[string]*govkg.Entity{}
	for i := range ext.Entities {
		e := &ext.Entities[i]
		switch {
		case e.ID == "":
			global = append(global, fmt.Sprintf("entity %q has no id: skipped", e.Name))
		case !schema.IsEntityLabel(string(e.Type)):
			global = append(global, fmt.Sprintf("entity %s has unknown type %q: skipped", e.ID, e.Type))
		case entities[e.ID] != nil:
			global = append(global, fmt.Sprintf("entity %s listed twice: the first is used", e.ID))
		default:
			entities[e.ID] = e
		}
	}

	entSets := map[string]map[string]bool{} // report → entity ids
	sentRefs := map[string]map[string]bool{}
	mentionsOf := map[string]map[string]bool{} // entity → reports mentioning it
	addEnt := func(rid, eid string) {
		if entSets[rid] == nil {
			entSets[rid] = map[string]bool{}
		}
		entSets[rid][eid] = true
	}
	addSent := func(rid, sid string) {
		if sentRefs[rid] == nil {
			sentRefs[rid] = map[string]bool{}
		}
		sentRefs[rid][sid] = true
	}

	for _, e := range sortedEntities(entities) {
		for _, m := range e.Mentions {
			rid := cmp.Or(m.ReportID, reportOfSentence(m.SentenceID))
			p := plans[rid]
			if p == nil || m.SentenceID == "" {
				continue
			}
			addEnt(rid, e.ID)
			addSent(rid, m.SentenceID)
			if mentionsOf[e.ID] == nil {
				mentionsOf[e.ID] = map[string]bool{}
			}
			mentionsOf[e.ID][rid] = true
			props := map[string]any{"start": int64(m.Start), "end": int64(m.End), "text": m.Text, "report": rid}
			mp := make(map[string]any, len(m.Props))
			for k, v := range m.Props {
				mp[k] = v
			}
			flattenProps(mp, reservedMention, props)
			p.mentions = append(p.mentions, mentionRow{sentence: m.SentenceID, entity: e.ID,
				start: int64(m.Start), end: int64(m.End), props: props})
		}
	}

	// ABOUT: the report's own place, the District entity named like its district, or for
	// a city's report (no district) its City entity.
	for _, p := range order {
		typ, name, code := govkg.TypeDistrict, p.report.District, p.report.DistrictCode
		if name == "" {
			typ, name, code = govkg.TypeCity, p.report.City, p.report.CityCode
		}
		if name == "" {
			continue
		}
		var best *govkg.Entity
		for _, e := range sortedEntities(entities) {
			if e.Type != typ || (e.Name != name && !slices.Contains(e.Aliases, name)) {
				continue
			}
			if code != "" && e.ID == strings.ToLower(string(typ))+":"+code { // the id of the report's own code
				best = e
				break
			}
			if best == nil || (mentionsOf[e.ID][p.report.ID] && !mentionsOf[best.ID][p.report.ID]) {
				best = e
			}
		}
		if best == nil {
			p.warnings = append(p.warnings, fmt.Sprintf("no %s entity named %s: ABOUT not written", typ, name))
			continue
		}
		p.about = best.ID
		addEnt(p.report.ID, best.ID)
	}

	// Relations.
	accs := map[string]map[string]*relAcc{} // report → identity → acc
	for _, rel := range ext.Relations {
		typ := string(rel.Type)
		if !schema.IsFactRelType(typ) {
			global = append(global, fmt.Sprintf("relation %s %s→%s has unknown type: skipped", rel.Type, rel.From, rel.To))
			continue
		}
		byReport := map[string][]evidence{}
		for _, ev := range rel.Evidence {
			rid := cmp.Or(ev.ReportID, reportOfSentence(ev.SentenceID))
			if plans[rid] == nil {
				continue
			}
			byReport[rid] = append(byReport[rid], evidence{rid, ev.SentenceID, ev.Start, ev.End})
		}
		if len(rel.Evidence) == 0 {
			for _, rid := range supportingReports(rel, mentionsOf, plans) {
				byReport[rid] = nil
			}
		}
		if len(byReport) == 0 {
			global = append(global, fmt.Sprintf("relation %s %s→%s has no evidence in these reports: skipped", rel.Type, rel.From, rel.To))
			continue
		}
		propsBase := map[string]any{}
		flattenProps(rel.Props, reservedRelation, propsBase)
		propsKey := ""
		if len(propsBase) > 0 {
			propsKey = property.JSON(propsBase)
		}
		for rid, evs := range byReport {
			p := plans[rid]
			fromL, toL := endpointLabel(rel.From, entities, plans), endpointLabel(rel.To, entities, plans)
			from := rel.From
			if typ == string(govkg.RelStatus) && fromL == "" {
				from, fromL = rid, schema.LabelReport // STATUS always starts at the report
			}
			if fromL == "" || toL == "" {
				p.warnings = append(p.warnings, fmt.Sprintf("relation %s %s→%s: unknown endpoint: skipped", typ, rel.From, rel.To))
				continue
			}
			for _, id := range []string{from, rel.To} {
				if entities[id] != nil {
					addEnt(rid, id)
				}
			}
			for _, ev := range evs {
				if ev.sentence != "" {
					addSent(rid, ev.sentence)
				}
			}
			// STATUS is a per-sentence fact: one relationship per evidence sentence.
			parts := [][]evidence{evs}
			if typ == string(govkg.RelStatus) && len(evs) > 1 {
				parts = nil
				for _, ev := range evs {
					parts = append(parts, []evidence{ev})
				}
			}
			for _, part := range parts {
				key := propsKey
				if typ == string(govkg.RelStatus) && len(part) > 0 {
					key = strings.TrimSpace(part[0].sentence + " " + propsKey)
				}
				ident := strings.Join([]string{typ, fromL, from, toL, rel.To, key}, "\x00")
				if accs[rid] == nil {
					accs[rid] = map[string]*relAcc{}
				}
				a := accs[rid][ident]
				if a == nil {
					a = &relAcc{relType: typ, from: from, to: rel.To, fromL: fromL, toL: toL, key: key, props: propsBase}
					accs[rid][ident] = a
				}
				a.evidence = append(a.evidence, part...)
			}
		}
	}

	for _, p := range order {
		rid := p.report.ID
		// Entities.
		for eid := range entSets[rid] {
			e := entities[eid]
			props := map[string]any{}
			flattenProps(e.Props, reservedEntity, props)
			aliases := append([]string{}, e.Aliases...)
			props["id"], props["type"], props["name"] = e.ID, string(e.Type), e.Name
			props["caption"] = entityCaption(e) // for Neo4j Browser (caption.go)
			props["aliases"] = aliases
			props["aliases_text"] = strings.Join(aliases, " ")
			p.entities = append(p.entities, entityRow{id: e.ID, typ: string(e.Type), props: props})
		}
		slices.SortFunc(p.entities, func(a, b entityRow) int { return cmp.Compare(a.id, b.id) })

		// Sentences: the full ones if given, plus any referenced but not given.
		given := map[string]bool{}
		for _, s := range sentences[rid] {
			if s.ID == "" || given[s.ID] {
				continue
			}
			given[s.ID] = true
			p.sentences = append(p.sentences, sentenceRow{id: s.ID, props: sentenceProps(rid, s)})
		}
		for sid := range sentRefs[rid] {
			if given[sid] {
				continue
			}
			props := map[string]any{"id": sid, "report": rid}
			if n, ok := sentenceIndex(sid); ok {
				props["index"] = n
			}
			p.sentences = append(p.sentences, sentenceRow{id: sid, props: props})
		}
		slices.SortFunc(p.sentences, func(a, b sentenceRow) int { return cmp.Compare(a.id, b.id) })

		// Mentions: one row per (sentence, entity, start, end), the first one given.
		slices.SortStableFunc(p.mentions, func(a, b mentionRow) int {
			return cmp.Or(cmp.Compare(a.sentence, b.sentence), cmp.Compare(a.start, b.start),
				cmp.Compare(a.end, b.end), cmp.Compare(a.entity, b.entity))
		})
		p.mentions = slices.CompactFunc(p.mentions, func(a, b mentionRow) bool {
			return a.sentence == b.sentence && a.entity == b.entity && a.start == b.start && a.end == b.end
		})

		// Relations, sorted by type, endpoint labels, from, to and key, so concurrent
		// builders lock nodes in the same order.
		for _, a := range accs[rid] {
			props := map[string]any{"key": a.key}
			for k, v := range a.props {
				props[k] = v
			}
			r := relRow{relType: a.relType, fromLabel: a.fromL, toLabel: a.toL, from: a.from, to: a.to, key: a.key, props: props,
				evidence: evidenceLists{reports: []string{}, sentences: []string{}, starts: []int64{}, ends: []int64{}}}
			for _, ev := range dedupEvidence(a.evidence) {
				r.evidence.reports = append(r.evidence.reports, ev.report)
				r.evidence.sentences = append(r.evidence.sentences, ev.sentence)
				r.evidence.starts = append(r.evidence.starts, int64(ev.start))
				r.evidence.ends = append(r.evidence.ends, int64(ev.end))
			}
			p.rels = append(p.rels, r)
		}
		slices.SortFunc(p.rels, func(a, b relRow) int {
			return cmp.Or(cmp.Compare(a.relType, b.relType), cmp.Compare(a.fromLabel, b.fromLabel), cmp.Compare(a.toLabel, b.toLabel),
				cmp.Compare(a.from, b.from), cmp.Compare(a.to, b.to), cmp.Compare(a.key, b.key))
		})
	}
	return order, global
}

func dedupEvidence(evs []evidence) []evidence {
	evs = slices.Clone(evs)
	slices.SortFunc(evs, func(a, b evidence) int {
		return cmp.Or(cmp.Compare(a.sentence, b.sentence), cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end))
	})
	return slices.Compact(evs)
}

// endpointLabel says whether id names an entity ("Entity") or a report ("Report").
func endpointLabel(id string, entities map[string]*govkg.Entity, plans map[string]*reportPlan) string {
	if entities[id] != nil {
		return schema.LabelEntity
	}
	if plans[id] != nil {
		return schema.LabelReport
	}
	return ""
}

// supportingReports attributes an evidence-less relation: the reports that mention
// both endpoints, else those mentioning either (a report endpoint counts as itself).
func supportingReports(rel govkg.Relation, mentionsOf map[string]map[string]bool, plans map[string]*reportPlan) []string {
	of := func(id string) map[string]bool {
		if plans[id] != nil {
			return map[string]bool{id: true}
		}
		return mentionsOf[id]
	}
	a, b := of(rel.From), of(rel.To)
	var both, either []string
	for rid := range a {
		either = append(either, rid)
		if b[rid] {
			both = append(both, rid)
		}
	}
	for rid := range b {
		if !a[rid] {
			either = append(either, rid)
		}
	}
	if len(both) > 0 {
		return both
	}
	return either
}

func sortedEntities(m map[string]*govkg.Entity) []*govkg.Entity {
	out := make([]*govkg.Entity, 0, len(m))
	for _, e := range m {
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b *govkg.Entity) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// reportProps are a Report node's properties. Besides the metadata, place is the
// report's own place (its district, or for a city's report its city): saved queries
// group at the district level by it, at the city and province levels by city and
// province.
func reportProps(r govkg.Report) map[string]any {
	p := map[string]any{"id": r.ID, "sha256": r.SHA256, "kind": string(cmp.Or(r.Kind, govkg.KindUnknown)),
		"caption": reportCaption(r)} // for Neo4j Browser (caption.go)
	for k, v := range map[string]string{"path": r.Path, "level": r.Level, "place": cmp.Or(r.District, r.City),
		"district": r.District, "district_code": r.DistrictCode, "city": r.City, "city_code": r.CityCode,
		"province": r.Province, "province_code": r.ProvinceCode, "meeting": r.Meeting,
		"title": r.Title, "encoding": r.Encoding, "format": r.Format} {
		if v != "" {
			p[k] = v
		}
	}
	if r.Year != 0 {
		p["year"] = int64(r.Year)
	}
	if r.PlanYear != 0 {
		p["plan_year"] = int64(r.PlanYear)
	}
	if len(r.Warnings) > 0 {
		p["warnings"] = append([]string{}, r.Warnings...)
	}
	return p
}

func sentenceProps(rid string, s govkg.Sentence) map[string]any {
	p := map[string]any{"id": s.ID, "report": rid, "index": int64(s.Index), "paragraph": int64(s.Paragraph),
		"text": s.Text, "start": int64(s.Start), "end": int64(s.End)}
	if s.Stance != "" {
		p["stance"] = string(s.Stance)
	}
	if len(s.Section) > 0 {
		p["section"] = append([]string{}, s.Section...)
	}
	return p
}

// rowCount is the number of parameter rows a plan writes (report node included).
func (p *reportPlan) rowCount() int {
	n := 1 + len(p.sentences) + len(p.entities) + len(p.mentions) + len(p.rels)
	if p.about != "" {
		n++
	}
	return n
}
