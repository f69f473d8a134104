package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/govkg/govkg"
	"github.com/govkg/govkg/schema"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Grouped writes. Reports that are not in the graph yet are written several to a
// transaction: their rows are merged in Go (an entity or fact several of them share
// becomes one row) and sent in a few big UNWIND statements that CREATE what is new
// and only read, merge in Go and rewrite what already exists. The result is the graph
// that writing them one by one, in the same order, gives; if the group's transaction
// fails, each of its reports is written again in its own transaction, so a bad report
// still leaves no trace and does not keep the others out.

// DefaultGroupSize is how many new reports share one write transaction.
const DefaultGroupSize = 8

// DefaultGroupRows caps the parameter rows of one group (a group closes at
// GroupSize reports or GroupRows rows, whichever comes first), so a transaction's
// state stays a few tens of megabytes whatever the reports' sizes.
const DefaultGroupRows = 16000

// errGroupRaced rolls a group back when one of its reports turned out to exist after
// all (another builder wrote it meanwhile): those reports take the one-by-one path.
var errGroupRaced = errors.New("a report of the group was written by another builder meanwhile")

var (
	// Lock-free existence check before grouping.
	cypherExistingReports = `UNWIND $ids AS id MATCH (r:Report {id: id}) RETURN r.id`

	// Create the group's reports (rows sorted by id); a report another builder created
	// meanwhile comes back with created = false and the group is rolled back.
	cypherGroupReports = `UNWIND $rows AS row
MERGE (r:Report {id: row.id})
ON CREATE SET r = row.props, r._new = true
WITH r, row, r._new IS NOT NULL AS created
REMOVE r._new
RETURN row.id, created`

	// Sentences, as one row per report and batch: {rid, sentences: [props...]}.
	cypherGroupSentences = `UNWIND $rows AS row
MATCH (rep:Report {id: row.rid})
UNWIND row.sentences AS props
CREATE (s:Sentence)
SET s = props
CREATE (rep)-[:HAS_SENTENCE]->(s)
RETURN count(*)`

	// Entities, rows sorted by id (lock order): a new one is created with its final
	// properties and type label; an existing one is locked and its bookkeeping
	// properties are returned, to be merged in Go and written by cypherGroupSetEntities.
	cypherGroupEntities = `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e = row.props, e:$(row.type)
ON MATCH SET e._lock = true
WITH e, row, e._lock IS NOT NULL AS matched
WITH e, row, matched WHERE matched
REMOVE e._lock
RETURN row.id, e.reports, e.aliases, e.definition, e.definition_report, labels(e)`

	cypherGroupSetEntities = `UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e = row.props
REMOVE e:$(row.drop)
SET e:$(row.type)
RETURN count(*)`

	cypherGroupAbout = `UNWIND $rows AS row
MATCH (r:Report {id: row.rid})
MATCH (d:Entity {id: row.did}) WHERE d:District
MERGE (r)-[:ABOUT]->(d)
RETURN row.rid`

	cypherGroupMentions = `UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence})
MATCH (e:Entity {id: row.entity})
CREATE (s)-[m:MENTIONS]->(e)
SET m = row.props
RETURN row.i, count(*)`

	cypherGroupSetRels = `UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.eid
SET r = row.props
RETURN count(*)`
)

// groupRelCreateCypher creates fact relationships that cannot exist yet (an endpoint
// is new in this transaction); it returns the index of every row written.
func groupRelCreateCypher(relType, fromLabel, toLabel string) (string, error) {
	if !schema.IsFactRelType(relType) || !schema.IsLabel(fromLabel) || !schema.IsLabel(toLabel) {
		return "", fmt.Errorf("relationship (:%s)-[:%s]->(:%s) is not in the schema", fromLabel, relType, toLabel)
	}
	return `UNWIND $rows AS row
MATCH (a:` + fromLabel + ` {id: row.from})
MATCH (b:` + toLabel + ` {id: row.to})
CREATE (a)-[r:` + relType + `]->(b)
SET r = row.props
RETURN row.i`, nil
}

// groupRelMergeCypher creates fact relationships that may exist: a new one gets its
// final properties; an existing one is locked and its lists are returned, to be
// merged in Go and written by cypherGroupSetRels.
func groupRelMergeCypher(relType, fromLabel, toLabel string) (string, error) {
	if !schema.IsFactRelType(relType) || !schema.IsLabel(fromLabel) || !schema.IsLabel(toLabel) {
		return "", fmt.Errorf("relationship (:%s)-[:%s]->(:%s) is not in the schema", fromLabel, relType, toLabel)
	}
	return `UNWIND $rows AS row
MATCH (a:` + fromLabel + ` {id: row.from})
MATCH (b:` + toLabel + ` {id: row.to})
MERGE (a)-[r:` + relType + ` {key: row.key}]->(b)
ON CREATE SET r = row.props
ON MATCH SET r._lock = true
WITH r, row, r._lock IS NOT NULL AS matched
REMOVE r._lock
RETURN row.i, matched, CASE WHEN matched THEN elementId(r) END,
  CASE WHEN matched THEN [r.reports, r.evidence_reports, r.evidence_sentences, r.evidence_starts, r.evidence_ends] END`, nil
}

// groupEntity is one entity as the reports of a group write it, in group order.
type groupEntity struct {
	id, typ string
	first   int      // index (in the group) of the first report that writes it
	reports []int    // indexes of the reports that write it, in group order
	rows    []row    // their rows' props, parallel to reports
	props   row      // the properties if the node is new
	drop    []string // (existing nodes) entity labels to remove
}

// groupRel is one fact relationship as the reports of a group write it.
type groupRel struct {
	relType, fromLabel, toLabel string
	from, to, key               string
	first                       int
	reports                     []int
	rows                        []row
	props                       row // the properties if the relationship is new
}

// groupPlan is a group's rows, merged across its reports in Go.
type groupPlan struct {
	plans     []*reportPlan
	reports   []row   // {id, props}, sorted by id
	sentences [][]row // per batch: {rid, sentences}, at most BatchSize sentences
	entities  []*groupEntity
	about     []row // {rid, did}
	mentions  []row // {i, sentence, entity, props}
	rels      []*groupRel
	dropped   map[int]map[string]int // report index → relation type → rows not written
}

// planGroup merges the plans of a group of new reports (in build order); batch is
// the number of rows per statement.
func planGroup(plans []*reportPlan, batch int) *groupPlan {
	g := &groupPlan{plans: plans, dropped: map[int]map[string]int{}}
	g.sentences = sentenceBatches(plans, batch)
	pos := map[string]int{}
	for i, p := range plans {
		pos[p.report.ID] = i
	}
	ents := map[string]*groupEntity{}
	type relIdent struct{ typ, fromL, from, toL, to, key string }
	rels := map[relIdent]*groupRel{}
	for i, p := range plans {
		rid := p.report.ID
		g.reports = append(g.reports, row{"id": rid, "props": p.props})
		for _, e := range p.entities {
			id := e["id"].(string)
			ge := ents[id]
			if ge == nil {
				ge = &groupEntity{id: id, first: i}
				ents[id] = ge
			}
			ge.typ = e["type"].(string) // the last writer's type label wins, as in entityCypher
			ge.reports = append(ge.reports, i)
			ge.rows = append(ge.rows, e["props"].(map[string]any))
		}
		if p.about != "" {
			g.about = append(g.about, row{"rid": rid, "did": p.about})
		}
		for _, m := range uniqueMentions(p.mentions) {
			g.mentions = append(g.mentions, row{"i": int64(i), "sentence": m["sentence"], "entity": m["entity"], "props": m["props"]})
		}
		for _, rg := range p.relGroups {
			for _, r := range rg.rows {
				from, to := r["from"].(string), r["to"].(string)
				// A report endpoint that this group writes only later is not in the graph
				// yet when this report is written one by one: the row is not written.
				if later(rg.fromLabel, from, i, pos) || later(rg.toLabel, to, i, pos) {
					if g.dropped[i] == nil {
						g.dropped[i] = map[string]int{}
					}
					g.dropped[i][rg.relType]++
					continue
				}
				k := relIdent{rg.relType, rg.fromLabel, from, rg.toLabel, to, r["key"].(string)}
				gr := rels[k]
				if gr == nil {
					gr = &groupRel{relType: rg.relType, fromLabel: rg.fromLabel, toLabel: rg.toLabel,
						from: from, to: to, key: r["key"].(string), first: i}
					rels[k] = gr
				}
				gr.reports = append(gr.reports, i)
				gr.rows = append(gr.rows, r)
			}
		}
	}
	slices.SortFunc(g.reports, func(a, b row) int { return cmp.Compare(a["id"].(string), b["id"].(string)) })
	for _, ge := range ents {
		ge.props = ge.merge(plans, nil)
		g.entities = append(g.entities, ge)
	}
	slices.SortFunc(g.entities, func(a, b *groupEntity) int { return cmp.Compare(a.id, b.id) })
	for _, gr := range rels {
		gr.props = gr.merge(plans, nil)
		g.rels = append(g.rels, gr)
	}
	slices.SortFunc(g.rels, func(a, b *groupRel) int {
		return cmp.Or(cmp.Compare(a.relType, b.relType), cmp.Compare(a.fromLabel, b.fromLabel), cmp.Compare(a.toLabel, b.toLabel),
			cmp.Compare(a.from, b.from), cmp.Compare(a.to, b.to), cmp.Compare(a.key, b.key))
	})
	return g
}

// sentenceBatches packs the plans' sentences into statements of at most batch
// sentences, each statement a list of {rid, sentences} (one lookup of each report per
// statement rather than per sentence).
func sentenceBatches(plans []*reportPlan, batch int) [][]row {
	var out [][]row
	var cur []row
	n := 0
	for _, p := range plans {
		for i := 0; i < len(p.sentences); {
			if n == batch {
				out, cur, n = append(out, cur), nil, 0
			}
			k := min(len(p.sentences)-i, batch-n)
			props := make([]any, k)
			for j := range k {
				props[j] = p.sentences[i+j]["props"]
			}
			cur = append(cur, row{"rid": p.report.ID, "sentences": props})
			i += k
			n += k
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// later reports whether a Report endpoint id is a report of the group written after
// report i.
func later(label, id string, i int, pos map[string]int) bool {
	j, ok := pos[id]
	return label == schema.LabelReport && ok && j > i
}

// merge folds the group's rows of the entity, in order, onto cur (nil: a new node).
func (ge *groupEntity) merge(plans []*reportPlan, cur map[string]any) map[string]any {
	for k, i := range ge.reports {
		cur = mergeEntity(cur, plans[i].report.ID, ge.rows[k])
	}
	return cur
}

// merge folds the group's rows of the relationship, in order, onto cur.
func (gr *groupRel) merge(plans []*reportPlan, cur map[string]any) map[string]any {
	for k, i := range gr.reports {
		cur = mergeRelation(cur, plans[i].report.ID, gr.rows[k])
	}
	return cur
}

// existingReports returns which of ids are already in the graph (a plain read: the
// group's transaction checks again under lock).
func (c *Client) existingReports(ctx context.Context, ids []string) (map[string]bool, error) {
	out := map[string]bool{}
	if len(ids) == 0 {
		return out, nil
	}
	_, rows, err := c.Read(ctx, cypherExistingReports, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		if id, ok := r[0].(string); ok {
			out[id] = true
		}
	}
	return out, nil
}

// writeGroup writes a group of reports that are not in the graph in one managed
// transaction and returns their results, in the order of plans. Node and relationship
// creations are counted for the first report of the group that writes them (what
// writing the reports one by one would count); the properties set and the duration
// are the group's, shared out by rows.
func (c *Client) writeGroup(ctx context.Context, plans []*reportPlan, batch int) ([]ReportResult, error) {
	start := time.Now()
	g := planGroup(plans, batch)
	sess := c.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	var out []ReportResult
	var propsSet int
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		// Reset everything: the driver may call this function again after a transient error.
		out = make([]ReportResult, len(plans))
		for i, p := range plans {
			out[i] = ReportResult{ReportID: p.report.ID, Status: StatusCreated, Rows: p.rowCount(),
				Warnings: append([]string{}, p.warnings...)}
		}
		st := &txStats{}
		if err := g.write(ctx, tx, st, batch, out); err != nil {
			return nil, err
		}
		propsSet = st.propsSet
		return nil, nil
	})
	if err != nil {
		return nil, err
	}
	d := time.Since(start)
	total := 0
	for _, r := range out {
		total += r.Rows
	}
	total = max(total, 1)
	givenProps, givenTime := 0, time.Duration(0)
	for i := range out {
		if i == len(out)-1 {
			out[i].PropertiesSet, out[i].Duration = propsSet-givenProps, d-givenTime
			break
		}
		out[i].PropertiesSet = propsSet * out[i].Rows / total
		out[i].Duration = d * time.Duration(out[i].Rows) / time.Duration(total)
		givenProps += out[i].PropertiesSet
		givenTime += out[i].Duration
	}
	return out, nil
}

// write runs the group's statements in tx, filling in the per-report counters.
func (g *groupPlan) write(ctx context.Context, tx neo4j.ManagedTransaction, st *txStats, batch int, out []ReportResult) error {
	recs, err := st.run(ctx, tx, cypherGroupReports, map[string]any{"rows": g.reports})
	if err != nil {
		return err
	}
	for _, r := range recs {
		if created, _ := r.Values[1].(bool); !created {
			return errGroupRaced
		}
	}
	for i, p := range g.plans {
		out[i].NodesCreated += 1 + len(p.sentences)
		out[i].RelsCreated += len(p.sentences)
	}
	for _, rows := range g.sentences {
		if _, err := st.run(ctx, tx, cypherGroupSentences, map[string]any{"rows": rows}); err != nil {
			return err
		}
	}

	// Entities: create the new ones, then merge the existing ones in Go.
	rows := make([]row, len(g.entities))
	byID := make(map[string]*groupEntity, len(g.entities))
	for k, ge := range g.entities {
		if !schema.IsEntityLabel(ge.typ) {
			return govkg.Errorf(govkg.EINTERNAL, "entity %s has unknown type %q", ge.id, ge.typ)
		}
		rows[k] = row{"id": ge.id, "type": ge.typ, "props": ge.props}
		byID[ge.id] = ge
	}
	created := make(map[string]bool, len(g.entities))
	for _, ge := range g.entities {
		created[ge.id] = true
	}
	var updates []row
	if err := eachBatch(rows, batch, func(rows []row) error {
		recs, err := st.run(ctx, tx, cypherGroupEntities, map[string]any{"rows": rows})
		if err != nil {
			return err
		}
		for _, r := range recs {
			id, _ := r.Values[0].(string)
			ge := byID[id]
			if ge == nil {
				continue
			}
			created[id] = false
			cur := map[string]any{"reports": r.Values[1], "aliases": r.Values[2]}
			if r.Values[3] != nil {
				cur["definition"] = r.Values[3]
			}
			if r.Values[4] != nil {
				cur["definition_report"] = r.Values[4]
			}
			drop := []string{}
			for _, l := range stringList(r.Values[5]) {
				if l != ge.typ && schema.IsEntityLabel(l) {
					drop = append(drop, l)
				}
			}
			updates = append(updates, row{"id": id, "type": ge.typ, "drop": drop, "props": ge.merge(g.plans, cur)})
		}
		return nil
	}); err != nil {
		return err
	}
	for _, ge := range g.entities {
		if created[ge.id] {
			out[ge.first].NodesCreated++
		}
	}
	if err := eachBatch(updates, batch, func(rows []row) error {
		_, err := st.run(ctx, tx, cypherGroupSetEntities, map[string]any{"rows": rows})
		return err
	}); err != nil {
		return err
	}

	if len(g.about) > 0 {
		index := make(map[string]int, len(g.plans))
		for i, p := range g.plans {
			index[p.report.ID] = i
		}
		recs, err := st.run(ctx, tx, cypherGroupAbout, map[string]any{"rows": g.about})
		if err != nil {
			return err
		}
		for _, r := range recs {
			if rid, ok := r.Values[0].(string); ok {
				out[index[rid]].RelsCreated++
			}
		}
	}

	written := make([]int, len(g.plans))
	if err := eachBatch(g.mentions, batch, func(rows []row) error {
		recs, err := st.run(ctx, tx, cypherGroupMentions, map[string]any{"rows": rows})
		if err != nil {
			return err
		}
		for _, r := range recs {
			i, _ := r.Values[0].(int64)
			n, _ := r.Values[1].(int64)
			written[i] += int(n)
		}
		return nil
	}); err != nil {
		return err
	}
	wanted := make([]int, len(g.plans))
	for _, m := range g.mentions {
		wanted[m["i"].(int64)]++
	}
	for i := range g.plans {
		out[i].RelsCreated += written[i]
		if written[i] != wanted[i] {
			out[i].Warnings = append(out[i].Warnings, fmt.Sprintf("%d of %d mentions not written", wanted[i]-written[i], wanted[i]))
		}
	}
	return g.writeRels(ctx, tx, st, batch, created, out)
}

// writeRels writes the group's fact relationships: CREATE when an endpoint is new in
// this transaction, MERGE otherwise (and then merge the existing ones in Go).
func (g *groupPlan) writeRels(ctx context.Context, tx neo4j.ManagedTransaction, st *txStats, batch int, newEntity map[string]bool, out []ReportResult) error {
	newReport := map[string]bool{}
	for _, p := range g.plans {
		newReport[p.report.ID] = true
	}
	isNew := func(label, id string) bool {
		if label == schema.LabelReport {
			return newReport[id]
		}
		return newEntity[id]
	}
	type kind struct {
		relType, fromLabel, toLabel string
		create                      bool
	}
	byKind := map[kind][]int{}
	var kinds []kind
	for k, gr := range g.rels {
		kd := kind{gr.relType, gr.fromLabel, gr.toLabel, isNew(gr.fromLabel, gr.from) || isNew(gr.toLabel, gr.to)}
		if byKind[kd] == nil {
			kinds = append(kinds, kd)
		}
		byKind[kd] = append(byKind[kd], k)
	}
	writtenRow := make([]bool, len(g.rels))
	createdRow := make([]bool, len(g.rels))
	var updates []row
	for _, kd := range kinds {
		idx := byKind[kd]
		rows := make([]row, len(idx))
		for n, k := range idx {
			gr := g.rels[k]
			rows[n] = row{"i": int64(k), "from": gr.from, "to": gr.to, "key": gr.key, "props": gr.props}
		}
		var q string
		var err error
		if kd.create {
			q, err = groupRelCreateCypher(kd.relType, kd.fromLabel, kd.toLabel)
		} else {
			q, err = groupRelMergeCypher(kd.relType, kd.fromLabel, kd.toLabel)
		}
		if err != nil {
			return govkg.Errorf(govkg.EINTERNAL, "%v", err)
		}
		if err := eachBatch(rows, batch, func(rows []row) error {
			recs, err := st.run(ctx, tx, q, map[string]any{"rows": rows})
			if err != nil {
				return err
			}
			for _, r := range recs {
				k, _ := r.Values[0].(int64)
				writtenRow[k] = true
				if kd.create {
					createdRow[k] = true
					continue
				}
				if matched, _ := r.Values[1].(bool); !matched {
					createdRow[k] = true
					continue
				}
				eid, _ := r.Values[2].(string)
				old, _ := r.Values[3].([]any)
				if len(old) != 5 {
					return govkg.Errorf(govkg.EINTERNAL, "relationship %s: unexpected lists %v", eid, r.Values[3])
				}
				cur := map[string]any{"reports": old[0], "evidence_reports": old[1], "evidence_sentences": old[2],
					"evidence_starts": old[3], "evidence_ends": old[4]}
				updates = append(updates, row{"eid": eid, "props": g.rels[k].merge(g.plans, cur)})
			}
			return nil
		}); err != nil {
			return err
		}
	}
	if err := eachBatch(updates, batch, func(rows []row) error {
		_, err := st.run(ctx, tx, cypherGroupSetRels, map[string]any{"rows": rows})
		return err
	}); err != nil {
		return err
	}
	// Per report: relationships created (by the first report writing them) and rows not
	// written because an endpoint is not in the graph.
	type miss struct{ n, of int }
	misses := make([]map[string]*miss, len(g.plans))
	for k, gr := range g.rels {
		if createdRow[k] {
			out[gr.first].RelsCreated++
		}
		for _, i := range gr.reports {
			if misses[i] == nil {
				misses[i] = map[string]*miss{}
			}
			m := misses[i][gr.relType]
			if m == nil {
				m = &miss{}
				misses[i][gr.relType] = m
			}
			m.of++
			if !writtenRow[k] {
				m.n++
			}
		}
	}
	for i := range g.plans {
		for typ, n := range g.dropped[i] {
			if misses[i] == nil {
				misses[i] = map[string]*miss{}
			}
			m := misses[i][typ]
			if m == nil {
				m = &miss{}
				misses[i][typ] = m
			}
			m.n += n
			m.of += n
		}
		var types []string
		for typ := range misses[i] {
			types = append(types, typ)
		}
		slices.Sort(types)
		for _, typ := range types {
			if m := misses[i][typ]; m.n > 0 {
				out[i].Warnings = append(out[i].Warnings, fmt.Sprintf("%d of %d %s relations not written: endpoint not in the graph", m.n, m.of, typ))
			}
		}
	}
	return nil
}

// eachBatch calls fn with consecutive slices of at most size rows.
func eachBatch(rows []row, size int, fn func([]row) error) error {
	for i := 0; i < len(rows); i += size {
		if err := fn(rows[i:min(i+size, len(rows))]); err != nil {
			return err
		}
	}
	return nil
}

// groupFailure is the warning a report written alone after its group failed carries.
func groupFailure(err error) string {
	msg := err.Error()
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	return "written in its own transaction: its group's transaction failed (" + msg + ")"
}
