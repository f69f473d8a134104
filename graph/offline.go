package graph

import (
	"fmt"
	"maps"
	"slices"

	"github.com/govkg/govkg"
	"github.com/govkg/govkg/graph/export"
	"github.com/govkg/govkg/schema"
)

// Offline is the graph that Build would write for a sequence of extractions, computed
// in memory without Neo4j from the same per-report plans and the same merge rules
// (merge.go), so that `govkg export --from-files` gives what exporting after `govkg
// build` gives. Add the extractions in build order (one per file, as build does).
type Offline struct {
	nodes map[nodeKey]*offNode
	rels  map[relKey]map[string]any
}

type nodeKey struct{ label, id string }

type offNode struct {
	labels []string
	props  map[string]any
}

type relKey struct {
	typ   string
	a, b  nodeKey
	ident string
}

// NewOffline returns an empty offline graph.
func NewOffline() *Offline {
	return &Offline{nodes: map[nodeKey]*offNode{}, rels: map[relKey]map[string]any{}}
}

// Add writes one extraction as Build does and returns Build's warnings. A report
// already added with the same sha256 is skipped; with another, it replaces the old
// version's facts.
func (o *Offline) Add(ext *govkg.Extraction) []string {
	plans, warnings := planReports(ext)
	for _, p := range plans {
		warnings = append(warnings, p.warnings...)
		o.apply(p)
	}
	return warnings
}

func (o *Offline) apply(p *reportPlan) {
	rid := p.report.ID
	rk := nodeKey{schema.LabelReport, rid}
	update := false
	if old := o.nodes[rk]; old != nil {
		if sha, _ := old.props["sha256"].(string); sha == p.report.SHA256 && sha != "" {
			return
		}
		update = true
	}
	o.nodes[rk] = &offNode{labels: []string{schema.LabelReport}, props: maps.Clone(p.props)}

	for _, s := range p.sentences {
		sk := nodeKey{schema.LabelSentence, s.id}
		o.nodes[sk] = &offNode{labels: []string{schema.LabelSentence}, props: maps.Clone(s.props)}
		hk := relKey{typ: schema.RelHasSentence, a: rk, b: sk}
		if o.rels[hk] == nil {
			o.rels[hk] = map[string]any{}
		}
	}
	written := map[nodeKey]bool{}
	for _, e := range p.entities {
		ek := nodeKey{schema.LabelEntity, e.id}
		var cur *entityState
		if n := o.nodes[ek]; n != nil {
			s := entityStateOf(n.props)
			cur = &s
		}
		o.nodes[ek] = &offNode{labels: []string{e.typ, schema.LabelEntity}, props: mergeEntity(cur, rid, e.props)}
		written[ek] = true
	}
	for k := range o.rels {
		if k.typ == schema.RelAbout && k.a == rk && (p.about == "" || k.b.id != p.about) {
			delete(o.rels, k)
		}
	}
	if p.about != "" {
		dk := nodeKey{schema.LabelEntity, p.about}
		if d := o.nodes[dk]; d != nil && (slices.Contains(d.labels, string(govkg.TypeDistrict)) || slices.Contains(d.labels, string(govkg.TypeCity))) {
			ak := relKey{typ: schema.RelAbout, a: rk, b: dk}
			if o.rels[ak] == nil {
				o.rels[ak] = map[string]any{}
			}
		}
	}
	for _, m := range p.mentions {
		sk := nodeKey{schema.LabelSentence, m.sentence}
		ek := nodeKey{schema.LabelEntity, m.entity}
		if o.nodes[sk] == nil || o.nodes[ek] == nil {
			continue
		}
		o.rels[relKey{schema.RelMentions, sk, ek, fmt.Sprint(m.start, ":", m.end)}] = maps.Clone(m.props)
	}
	merged := map[relKey]bool{}
	for _, r := range p.rels {
		a, b := nodeKey{r.fromLabel, r.from}, nodeKey{r.toLabel, r.to}
		if o.nodes[a] == nil || o.nodes[b] == nil {
			continue
		}
		k := relKey{r.relType, a, b, r.key}
		var cur *relState
		if props := o.rels[k]; props != nil {
			s := relStateOf(props)
			cur = &s
		}
		o.rels[k] = mergeRelation(cur, rid, r)
		merged[k] = true
	}
	if update {
		o.dropStale(p)
		o.takeBack(rid, merged, written)
	}
}

// takeBack withdraws rid from the facts and entities it supported and did not write
// again; what no report supports any more goes, facts first.
func (o *Offline) takeBack(rid string, merged map[relKey]bool, written map[nodeKey]bool) {
	for k, props := range o.rels {
		if merged[k] || !schema.IsFactRelType(k.typ) || !slices.Contains(stringList(props["reports"]), rid) {
			continue
		}
		if s := withdrawRelation(relStateOf(props), rid); len(s.reports) == 0 {
			delete(o.rels, k)
		} else {
			setProps(props, s.props())
		}
	}
	for k, n := range o.nodes {
		if written[k] || k.label != schema.LabelEntity || !slices.Contains(stringList(n.props["reports"]), rid) {
			continue
		}
		if s := withdrawEntity(entityStateOf(n.props), rid); len(s.reports) == 0 {
			o.detachDelete(k)
		} else {
			setProps(n.props, s.props())
		}
	}
}

// setProps is SET n += changes: a nil value removes the property.
func setProps(props, changes map[string]any) {
	for k, v := range changes {
		if v == nil {
			delete(props, k)
		} else {
			props[k] = v
		}
	}
}

// dropStale removes the sentences and mentions of rid that the new plan lacks.
func (o *Offline) dropStale(p *reportPlan) {
	rid := p.report.ID
	keepS := map[string]bool{}
	for _, s := range p.sentences {
		keepS[s.id] = true
	}
	for k, n := range o.nodes {
		if k.label == schema.LabelSentence && n.props["report"] == rid && !keepS[k.id] {
			o.detachDelete(k)
		}
	}
	keepM := map[string]bool{}
	for _, m := range p.mentions {
		keepM[m.key()] = true
	}
	for k, r := range o.rels {
		if k.typ != schema.RelMentions || o.nodes[k.a] == nil || o.nodes[k.a].props["report"] != rid {
			continue
		}
		if !keepM[fmt.Sprintf("%s|%s|%v|%v", k.a.id, k.b.id, r["start"], r["end"])] {
			delete(o.rels, k)
		}
	}
}

func (o *Offline) detachDelete(n nodeKey) {
	delete(o.nodes, n)
	for k := range o.rels {
		if k.a == n || k.b == n {
			delete(o.rels, k)
		}
	}
}

// Export writes the offline graph into w in the order the database stream uses.
func (o *Offline) Export(w export.Writer) error {
	nodes := make([]export.Node, 0, len(o.nodes))
	for k, n := range o.nodes {
		nodes = append(nodes, export.Node{ID: k.id, Labels: export.SortLabels(n.labels), Props: n.props})
	}
	slices.SortFunc(nodes, export.CompareNodes)
	for _, n := range nodes {
		if err := w.WriteNode(n); err != nil {
			return err
		}
	}
	rels := make([]export.Relationship, 0, len(o.rels))
	for k, p := range o.rels {
		rels = append(rels, export.Relationship{ID: export.RelID(k.typ, k.a.id, k.b.id, p), Type: k.typ,
			Start: k.a.id, StartLabel: k.a.label, End: k.b.id, EndLabel: k.b.label, Props: p})
	}
	slices.SortFunc(rels, export.CompareRelationships)
	for _, r := range rels {
		if err := w.WriteRelationship(r); err != nil {
			return err
		}
	}
	return nil
}
