package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/govkg/govkg"
	"github.com/govkg/govkg/schema"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The write transactions. A group of reports that are not in the graph yet is written
// in one transaction: its rows are merged across its reports in Go (an entity or fact
// several of them share becomes one row) and sent in a few big UNWIND statements that
// CREATE what is new, and lock, merge in Go (merge.go) and rewrite what already exists.
// A report already in the graph is written alone: what it wrote before is read under
// lock and what the new version no longer states is taken back, with the same rules.
// The Cypher here only finds, locks, creates, sets and deletes: it holds no merge rule.

// errGroupRaced rolls a group back when one of its reports turned out to exist after
// all (another builder wrote it meanwhile): those reports are written one by one.
var errGroupRaced = errors.New("a report of the group was written by another builder meanwhile")

// Cypher patterns. Only names from package schema are spliced into query text, and
// entity labels only after schema.IsEntityLabel; every value travels as a parameter.
var (
	// Lock-free existence check before grouping (the transactions check again under lock).
	cypherExistingReports = `UNWIND $ids AS id MATCH (r:Report {id: id}) RETURN r.id AS id`
	// Which version of each report the graph holds (Builder.settle).
	cypherReportSHAs = `UNWIND $ids AS id MATCH (r:Report {id: id}) RETURN r.id AS id, r.sha256 AS sha`

	// Create a group's reports (rows sorted by id); a report another builder created
	// meanwhile comes back with created = false and the group is rolled back.
	cypherCreateReports = `UNWIND $rows AS row
MERGE (r:Report {id: row.id})
ON CREATE SET r = row.props, r._new = true
WITH r, row, r._new IS NOT NULL AS created
REMOVE r._new
RETURN row.id AS id, created`

	// Create or lock one report and say whether it is new and which sha256 it had. MERGE
	// takes the report's lock first, so two builders of the same report queue: the second
	// sees the first's result. The markers go in the same statement.
	cypherLockReport = `MERGE (r:Report {id: $rid})
ON CREATE SET r._created = true
SET r._lock = true
WITH r, r.sha256 AS sha, coalesce(r._created, false) AS created
REMOVE r._lock, r._created
RETURN sha, created`

	cypherSetReport = `MATCH (r:Report {id: $rid}) SET r = $props`

	// Sentences, one row per report and batch: {rid, sentences: [props...]}. A new
	// report's are created (sentence ids begin with the report id, so no other report
	// has them); a replaced report's are merged in place.
	cypherCreateSentences = `UNWIND $rows AS row
MATCH (rep:Report {id: row.rid})
UNWIND row.sentences AS props
CREATE (s:Sentence)
SET s = props
CREATE (rep)-[:HAS_SENTENCE]->(s)
RETURN count(*) AS n`
	cypherMergeSentences = `UNWIND $rows AS row
MATCH (rep:Report {id: row.rid})
UNWIND row.sentences AS props
MERGE (s:Sentence {id: props.id})
SET s = props
MERGE (rep)-[:HAS_SENTENCE]->(s)
RETURN count(*) AS n`

	// Entities, rows sorted by id (lock order): a new one is created with its final
	// properties and type label; an existing one is locked and its state returned, to
	// be merged in Go and written by cypherSetEntities.
	cypherMergeEntities = `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e = row.props, e:$(row.type)
ON MATCH SET e._lock = true
WITH e, row, e._lock IS NOT NULL AS matched
WITH e, row WHERE matched
REMOVE e._lock
RETURN row.id AS id, e.reports AS reports, e.aliases AS aliases, e.definition AS definition,
  e.definition_report AS definition_report, labels(e) AS labels`

	// The type label is the only entity-type label an entity carries: drop lists the others.
	cypherSetEntities = `UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e = row.props
REMOVE e:$(row.drop)
SET e:$(row.type)
RETURN count(*) AS n`

	// An ABOUT link to another place (or to none) is replaced; the right one stays.
	cypherDropOtherAbout = `MATCH (:Report {id: $rid})-[a:ABOUT]->(d) WHERE $did IS NULL OR d.id <> $did DELETE a`
	cypherMergeAbout     = `UNWIND $rows AS row
MATCH (r:Report {id: row.rid})
MATCH (d:Entity {id: row.did}) WHERE d:District OR d:City
MERGE (r)-[:ABOUT]->(d)
RETURN row.rid AS rid`

	// Mentions, one row per mention: {i (index of the report in the group), sentence,
	// entity, start, end, props}.
	cypherCreateMentions = `UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence})
MATCH (e:Entity {id: row.entity})
CREATE (s)-[m:MENTIONS]->(e)
SET m = row.props
RETURN row.i AS i, count(*) AS n`
	cypherMergeMentions = `UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence})
MATCH (e:Entity {id: row.entity})
MERGE (s)-[m:MENTIONS {start: row.start, end: row.end}]->(e)
SET m = row.props
RETURN row.i AS i, count(*) AS n`

	cypherSetRels = `UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.eid
SET r = row.props
RETURN count(*) AS n`

	// The fact relationships a report supports: reachable from the entities it supports
	// (every relation endpoint is one) or starting at a Report node (STATUS). They are
	// locked and their state returned, for withdrawRelation.
	cypherSupportedRels = `CALL {
  MATCH (e:Entity) WHERE $rid IN e.reports
  MATCH (e)-[r:` + strings.Join(schema.FactRelTypes, "|") + `]->() WHERE $rid IN r.reports
  RETURN r
  UNION
  MATCH (:Report)-[r:` + strings.Join(schema.FactRelTypes, "|") + `]->() WHERE $rid IN r.reports
  RETURN r
}
WITH DISTINCT r
SET r._lock = true
REMOVE r._lock
RETURN elementId(r) AS eid, r.reports AS reports, r.evidence_reports AS evidence_reports,
  r.evidence_sentences AS evidence_sentences, r.evidence_starts AS evidence_starts, r.evidence_ends AS evidence_ends`

	// The entities a report supports, locked in id order, with their state.
	cypherSupportedEntities = `MATCH (e:Entity) WHERE $rid IN e.reports
WITH e ORDER BY e.id
SET e._lock = true
REMOVE e._lock
RETURN e.id AS id, e.reports AS reports, e.aliases AS aliases, e.definition AS definition,
  e.definition_report AS definition_report`

	// What a report takes back: facts and entities other reports still support keep
	// their new state, the others go (relationships first, so no entity goes under a
	// live fact).
	cypherUpdateRels     = `UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.id SET r += row.props`
	cypherDeleteRels     = `UNWIND $ids AS id MATCH ()-[r]->() WHERE elementId(r) = id DELETE r`
	cypherUpdateEntities = `UNWIND $rows AS row MATCH (e:Entity {id: row.id}) SET e += row.props`
	cypherDeleteEntities = `UNWIND $ids AS id MATCH (e:Entity {id: id}) WITH e ORDER BY e.id DETACH DELETE e`

	// After a rebuild: sentences and mentions the new version no longer has.
	cypherDropStaleSentences = `MATCH (s:Sentence) WHERE s.report = $rid AND NOT s.id IN $keep DETACH DELETE s`
	cypherDropStaleMentions  = `MATCH (s:Sentence)-[m:MENTIONS]->(e:Entity) WHERE s.report = $rid
  AND NOT (s.id + '|' + e.id + '|' + toString(m.start) + '|' + toString(m.end)) IN $keep
DELETE m`

	cypherFindReport      = `MATCH (r:Report {id: $rid}) RETURN r.id AS id`
	cypherDeleteSentences = `MATCH (s:Sentence) WHERE s.report = $rid DETACH DELETE s`
	cypherDeleteReport    = `MATCH (r:Report {id: $rid}) DETACH DELETE r`
)

// relCreateCypher creates fact relationships that cannot exist yet (an endpoint is new
// in this transaction); it returns the index of every row written.
func relCreateCypher(relType, fromLabel, toLabel string) (string, error) {
	if err := checkRel(relType, fromLabel, toLabel); err != nil {
		return "", err
	}
	return `UNWIND $rows AS row
MATCH (a:` + fromLabel + ` {id: row.from})
MATCH (b:` + toLabel + ` {id: row.to})
CREATE (a)-[r:` + relType + `]->(b)
SET r = row.props
RETURN row.i AS i, false AS matched`, nil
}

// relMergeCypher writes fact relationships that may exist: a new one gets its final
// properties; an existing one (MERGE on the deterministic key) is locked and its state
// returned, to be merged in Go and written by cypherSetRels.
func relMergeCypher(relType, fromLabel, toLabel string) (string, error) {
	if err := checkRel(relType, fromLabel, toLabel); err != nil {
		return "", err
	}
	return `UNWIND $rows AS row
MATCH (a:` + fromLabel + ` {id: row.from})
MATCH (b:` + toLabel + ` {id: row.to})
MERGE (a)-[r:` + relType + ` {key: row.key}]->(b)
ON CREATE SET r = row.props
ON MATCH SET r._lock = true
WITH r, row, r._lock IS NOT NULL AS matched
REMOVE r._lock
RETURN row.i AS i, matched, elementId(r) AS eid, r.reports AS reports, r.evidence_reports AS evidence_reports,
  r.evidence_sentences AS evidence_sentences, r.evidence_starts AS evidence_starts, r.evidence_ends AS evidence_ends`, nil
}

func checkRel(relType, fromLabel, toLabel string) error {
	if !schema.IsFactRelType(relType) || !schema.IsLabel(fromLabel) || !schema.IsLabel(toLabel) {
		return fmt.Errorf("relationship (:%s)-[:%s]->(:%s) is not in the schema", fromLabel, relType, toLabel)
	}
	return nil
}

// txStats accumulates ResultSummary counters over the statements of one attempt.
type txStats struct {
	nodesCreated, nodesDeleted, relsCreated, relsDeleted, propsSet int
}

// run executes one statement in tx, adds its counters and returns its records.
func (s *txStats) run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return nil, err
	}
	cn := sum.Counters()
	s.nodesCreated += cn.NodesCreated()
	s.nodesDeleted += cn.NodesDeleted()
	s.relsCreated += cn.RelationshipsCreated()
	s.relsDeleted += cn.RelationshipsDeleted()
	s.propsSet += cn.PropertiesSet()
	return recs, nil
}

// runRows runs cypher once per batch of at most size rows ($rows) and passes each
// batch's records to fn (which may be nil).
func (s *txStats) runRows(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, rows []map[string]any, size int, fn func([]*neo4j.Record) error) error {
	for i := 0; i < len(rows); i += size {
		recs, err := s.run(ctx, tx, cypher, map[string]any{"rows": rows[i:min(i+size, len(rows))]})
		if err != nil {
			return err
		}
		if fn != nil {
			if err := fn(recs); err != nil {
				return err
			}
		}
	}
	return nil
}

// get reads column key of a record as a T (its zero value when null or of another type).
func get[T any](rec *neo4j.Record, key string) T {
	v, _ := rec.Get(key)
	t, _ := v.(T)
	return t
}

// entityStateFrom reads the state columns that cypherMergeEntities and
// cypherSupportedEntities return.
func entityStateFrom(rec *neo4j.Record) entityState {
	s := entityState{reports: stringList(get[[]any](rec, "reports")), aliases: stringList(get[[]any](rec, "aliases")),
		definitionReport: get[string](rec, "definition_report")}
	s.definition, _ = rec.Get("definition")
	return s
}

// relStateFrom reads the state columns that relMergeCypher and cypherSupportedRels return.
func relStateFrom(rec *neo4j.Record) relState {
	return relState{reports: stringList(get[[]any](rec, "reports")), evidence: evidenceLists{
		reports: stringList(get[[]any](rec, "evidence_reports")), sentences: stringList(get[[]any](rec, "evidence_sentences")),
		starts: ints(get[[]any](rec, "evidence_starts")), ends: ints(get[[]any](rec, "evidence_ends"))}}
}

// writes are the rows the reports of a group give one entity or fact, in group order.
type writes[R any] struct {
	first   int            // index (in the group) of the first report that writes it
	reports []int          // indexes of the reports that write it, in group order
	rows    []R            // their rows, parallel to reports
	props   map[string]any // the properties if it is new
}

func (w *writes[R]) add(i int, row R) {
	if len(w.reports) == 0 {
		w.first = i
	}
	w.reports, w.rows = append(w.reports, i), append(w.rows, row)
}

// fold applies merge to the rows, in order, from state cur (nil: new): what writing the
// reports one by one gives. stateOf reads the state back out of merged properties.
func fold[R, S any](w writes[R], plans []*reportPlan, cur *S, merge func(*S, string, R) map[string]any, stateOf func(map[string]any) S) map[string]any {
	var props map[string]any
	for k, i := range w.reports {
		props = merge(cur, plans[i].report.ID, w.rows[k])
		s := stateOf(props)
		cur = &s
	}
	return props
}

// groupEntity is one entity as the reports of a group write it.
type groupEntity struct {
	id, typ string
	writes[map[string]any]
}

func (ge *groupEntity) merge(plans []*reportPlan, cur *entityState) map[string]any {
	return fold(ge.writes, plans, cur, mergeEntity, entityStateOf)
}

// groupRel is one fact relationship as the reports of a group write it.
type groupRel struct {
	relType, fromLabel, toLabel string
	from, to, key               string
	writes[relRow]
}

func (gr *groupRel) merge(plans []*reportPlan, cur *relState) map[string]any {
	return fold(gr.writes, plans, cur, mergeRelation, relStateOf)
}

// groupPlan is the rows of a group of reports, merged across them in Go.
type groupPlan struct {
	plans     []*reportPlan
	sentences [][]map[string]any // per statement: {rid, sentences}, at most batch sentences
	entities  []*groupEntity     // sorted by id
	about     []map[string]any   // {rid, did}
	mentions  []map[string]any   // {i, sentence, entity, start, end, props}
	rels      []*groupRel        // sorted by type, endpoint labels, from, to, key
	dropped   map[int]map[string]int
}

// planGroup merges the plans of a group of reports (in build order); batch is the
// number of rows per statement.
func planGroup(plans []*reportPlan, batch int) *groupPlan {
	g := &groupPlan{plans: plans, dropped: map[int]map[string]int{}}
	g.sentences = sentenceBatches(plans, batch)
	pos := map[string]int{}
	for i, p := range plans {
		pos[p.report.ID] = i
	}
	ents := map[string]*groupEntity{}
	rels := map[string]*groupRel{}
	for i, p := range plans {
		rid := p.report.ID
		for _, e := range p.entities {
			ge := ents[e.id]
			if ge == nil {
				ge = &groupEntity{id: e.id}
				ents[e.id] = ge
			}
			ge.typ = e.typ // the last writer's type label wins
			ge.add(i, e.props)
		}
		if p.about != "" {
			g.about = append(g.about, map[string]any{"rid": rid, "did": p.about})
		}
		for _, m := range p.mentions {
			g.mentions = append(g.mentions, map[string]any{"i": int64(i), "sentence": m.sentence, "entity": m.entity,
				"start": m.start, "end": m.end, "props": m.props})
		}
		for _, r := range p.rels {
			// A report endpoint that this group writes only later is not in the graph yet
			// when this report is written one by one: the row is not written.
			if later(r.fromLabel, r.from, i, pos) || later(r.toLabel, r.to, i, pos) {
				if g.dropped[i] == nil {
					g.dropped[i] = map[string]int{}
				}
				g.dropped[i][r.relType]++
				continue
			}
			gr := rels[r.ident()]
			if gr == nil {
				gr = &groupRel{relType: r.relType, fromLabel: r.fromLabel, toLabel: r.toLabel, from: r.from, to: r.to, key: r.key}
				rels[r.ident()] = gr
			}
			gr.add(i, r)
		}
	}
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
func sentenceBatches(plans []*reportPlan, batch int) [][]map[string]any {
	var out [][]map[string]any
	var cur []map[string]any
	n := 0
	for _, p := range plans {
		for i := 0; i < len(p.sentences); {
			if n == batch {
				out, cur, n = append(out, cur), nil, 0
			}
			k := min(len(p.sentences)-i, batch-n)
			props := make([]any, k)
			for j := range k {
				props[j] = p.sentences[i+j].props
			}
			cur = append(cur, map[string]any{"rid": p.report.ID, "sentences": props})
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

// existingReports returns which of ids are already in the graph (a plain read: the
// write transactions check again under lock).
func (c *Client) existingReports(ctx context.Context, ids []string) (map[string]bool, error) {
	out := map[string]bool{}
	if len(ids) == 0 {
		return out, nil
	}
	res, err := c.read(ctx, cypherExistingReports, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	for _, r := range res.Records {
		out[get[string](r, "id")] = true
	}
	return out, nil
}

// reportSHAs returns the sha256 of each of ids that is in the graph.
func (c *Client) reportSHAs(ctx context.Context, ids []string) (map[string]string, error) {
	res, err := c.read(ctx, cypherReportSHAs, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, r := range res.Records {
		out[get[string](r, "id")] = get[string](r, "sha")
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
		byID := slices.SortedFunc(slices.Values(plans), func(a, b *reportPlan) int { return cmp.Compare(a.report.ID, b.report.ID) })
		rows := make([]map[string]any, len(byID))
		for i, p := range byID {
			rows[i] = map[string]any{"id": p.report.ID, "props": p.props}
		}
		recs, err := st.run(ctx, tx, cypherCreateReports, map[string]any{"rows": rows})
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			if !get[bool](r, "created") {
				return nil, errGroupRaced
			}
		}
		for i, p := range plans {
			out[i].NodesCreated += 1 + len(p.sentences)
			out[i].RelsCreated += len(p.sentences)
		}
		if _, err := g.write(ctx, tx, st, batch, false, out); err != nil {
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

// writeReport writes one report in its own transaction: created if it is new, skipped
// if its sha256 is unchanged (unless force), else its old facts are replaced: what the
// new version still states is merged in place, what it no longer states is taken back
// and deleted when no report supports it any more.
func (c *Client) writeReport(ctx context.Context, p *reportPlan, batch int, force bool) ReportResult {
	start := time.Now()
	rid := p.report.ID
	sess := c.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	var res ReportResult
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		// Reset everything: the driver may call this function again after a transient error.
		res = ReportResult{ReportID: rid, Warnings: append([]string{}, p.warnings...)}
		st := &txStats{}
		params := map[string]any{"rid": rid}
		recs, err := st.run(ctx, tx, cypherLockReport, params)
		if err != nil {
			return nil, err
		}
		res.Status = StatusCreated
		var w supported
		if !get[bool](recs[0], "created") {
			if sha := get[string](recs[0], "sha"); sha == p.report.SHA256 && sha != "" && !force {
				res.Status = StatusUnchanged
				return nil, nil
			}
			res.Status = StatusUpdated
			if w, err = readSupported(ctx, tx, st, rid); err != nil {
				return nil, err
			}
		}
		if _, err := st.run(ctx, tx, cypherSetReport, map[string]any{"rid": rid, "props": p.props}); err != nil {
			return nil, err
		}
		out := []ReportResult{{}}
		merged, err := planGroup([]*reportPlan{p}, batch).write(ctx, tx, st, batch, res.Status == StatusUpdated, out)
		if err != nil {
			return nil, err
		}
		res.Warnings = append(res.Warnings, out[0].Warnings...)
		if res.Status == StatusUpdated {
			if err := dropStale(ctx, tx, st, p); err != nil {
				return nil, err
			}
			keep := map[string]bool{}
			for _, e := range p.entities {
				keep[e.id] = true
			}
			if err := w.takeBack(ctx, tx, st, rid, merged, keep, nil); err != nil {
				return nil, err
			}
		}
		res.NodesCreated, res.NodesDeleted = st.nodesCreated, st.nodesDeleted
		res.RelsCreated, res.RelsDeleted = st.relsCreated, st.relsDeleted
		res.PropertiesSet = st.propsSet
		res.Rows = p.rowCount()
		return nil, nil
	})
	res.Duration = time.Since(start)
	if err != nil {
		res = ReportResult{ReportID: rid, Status: StatusFailed, Duration: res.Duration, Warnings: p.warnings,
			Err: c.cfg.wrap(err, "building report "+rid)}
	}
	return res
}

// Remove deletes a report, its sentences and everything only it supported: relations
// whose evidence all came from it and entities no other report mentions or supports.
// It returns an ENOTFOUND error when the report is not in the graph.
func (c *Client) Remove(ctx context.Context, reportID string) error {
	sess := c.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		st := &txStats{}
		params := map[string]any{"rid": reportID}
		recs, err := st.run(ctx, tx, cypherFindReport, params)
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, govkg.Errorf(govkg.ENOTFOUND, "no report %q in the graph at %s", reportID, c.cfg.SafeURI())
		}
		w, err := readSupported(ctx, tx, st, reportID)
		if err != nil {
			return nil, err
		}
		return nil, w.takeBack(ctx, tx, st, reportID, nil, nil, func() error {
			if _, err := st.run(ctx, tx, cypherDeleteSentences, params); err != nil {
				return err
			}
			_, err := st.run(ctx, tx, cypherDeleteReport, params)
			return err
		})
	})
	if err != nil {
		var ge *govkg.Error
		if errors.As(err, &ge) && ge.Code == govkg.ENOTFOUND {
			return ge
		}
		return c.cfg.wrap(err, "removing report "+reportID)
	}
	return nil
}

// supported is what a report supported before it is rewritten or removed, locked and
// read: the candidates for withdrawRelation and withdrawEntity.
type supported struct {
	rels     map[string]relState    // by element id
	entities map[string]entityState // by entity id
	order    []string               // entity ids in lock order
}

func readSupported(ctx context.Context, tx neo4j.ManagedTransaction, st *txStats, rid string) (supported, error) {
	w := supported{rels: map[string]relState{}, entities: map[string]entityState{}}
	params := map[string]any{"rid": rid}
	recs, err := st.run(ctx, tx, cypherSupportedRels, params)
	if err != nil {
		return w, err
	}
	for _, r := range recs {
		w.rels[get[string](r, "eid")] = relStateFrom(r)
	}
	recs, err = st.run(ctx, tx, cypherSupportedEntities, params)
	if err != nil {
		return w, err
	}
	for _, r := range recs {
		id := get[string](r, "id")
		w.entities[id] = entityStateFrom(r)
		w.order = append(w.order, id)
	}
	return w, nil
}

// takeBack withdraws report rid from what it supported and did not write again (the
// relationships in rewritten, the entities in keep): what another report still
// supports gets its new state, the rest is deleted, relationships first. between, if
// set, runs after the relationships and before the entities.
func (w supported) takeBack(ctx context.Context, tx neo4j.ManagedTransaction, st *txStats, rid string,
	rewritten, keep map[string]bool, between func() error) error {
	updates, gone := settle(slices.Sorted(maps.Keys(w.rels)), rewritten, func(id string) (int, map[string]any) {
		s := withdrawRelation(w.rels[id], rid)
		return len(s.reports), s.props()
	})
	if err := st.updateAndDelete(ctx, tx, cypherUpdateRels, cypherDeleteRels, updates, gone); err != nil {
		return err
	}
	if between != nil {
		if err := between(); err != nil {
			return err
		}
	}
	updates, gone = settle(w.order, keep, func(id string) (int, map[string]any) {
		s := withdrawEntity(w.entities[id], rid)
		return len(s.reports), s.props()
	})
	return st.updateAndDelete(ctx, tx, cypherUpdateEntities, cypherDeleteEntities, updates, gone)
}

// settle withdraws, through withdraw, each of ids not in skip: what is left with no
// report goes (gone), the rest gets its new bookkeeping (updates: {id, props}).
func settle(ids []string, skip map[string]bool, withdraw func(id string) (reports int, props map[string]any)) (updates []map[string]any, gone []string) {
	for _, id := range ids {
		if skip[id] {
			continue
		}
		if n, props := withdraw(id); n == 0 {
			gone = append(gone, id)
		} else {
			updates = append(updates, map[string]any{"id": id, "props": props})
		}
	}
	return updates, gone
}

// updateAndDelete runs the update statement over updates ($rows) and the delete
// statement over gone ($ids), each only when it has something to do.
func (s *txStats) updateAndDelete(ctx context.Context, tx neo4j.ManagedTransaction, update, del string, updates []map[string]any, gone []string) error {
	if len(updates) > 0 {
		if _, err := s.run(ctx, tx, update, map[string]any{"rows": updates}); err != nil {
			return err
		}
	}
	if len(gone) > 0 {
		if _, err := s.run(ctx, tx, del, map[string]any{"ids": gone}); err != nil {
			return err
		}
	}
	return nil
}

// dropStale deletes the sentences and mentions of the report's previous version that
// the new one does not have (the rest were merged in place).
func dropStale(ctx context.Context, tx neo4j.ManagedTransaction, st *txStats, p *reportPlan) error {
	rid := p.report.ID
	sents := make([]string, len(p.sentences))
	for i, s := range p.sentences {
		sents[i] = s.id
	}
	if _, err := st.run(ctx, tx, cypherDropStaleSentences, map[string]any{"rid": rid, "keep": sents}); err != nil {
		return err
	}
	keys := make([]string, len(p.mentions))
	for i, m := range p.mentions {
		keys[i] = m.key()
	}
	_, err := st.run(ctx, tx, cypherDropStaleMentions, map[string]any{"rid": rid, "keep": keys})
	return err
}

// write runs the group's statements in tx after its reports exist: sentences,
// entities, ABOUT, mentions and facts, created for new reports or merged in place for
// a replaced one (update), filling in the per-report counters and warnings of out. It
// returns the element ids of the existing relationships it merged.
func (g *groupPlan) write(ctx context.Context, tx neo4j.ManagedTransaction, st *txStats, batch int, update bool, out []ReportResult) (map[string]bool, error) {
	sentences, mentions := cypherCreateSentences, cypherCreateMentions
	if update {
		sentences, mentions = cypherMergeSentences, cypherMergeMentions
	}
	for _, rows := range g.sentences {
		if _, err := st.run(ctx, tx, sentences, map[string]any{"rows": rows}); err != nil {
			return nil, err
		}
	}

	// Entities: create the new ones, then merge the existing ones in Go.
	rows := make([]map[string]any, len(g.entities))
	byID := make(map[string]*groupEntity, len(g.entities))
	created := make(map[string]bool, len(g.entities))
	for k, ge := range g.entities {
		if !schema.IsEntityLabel(ge.typ) {
			return nil, govkg.Errorf(govkg.EINTERNAL, "entity %s has unknown type %q", ge.id, ge.typ)
		}
		rows[k] = map[string]any{"id": ge.id, "type": ge.typ, "props": ge.props}
		byID[ge.id] = ge
		created[ge.id] = true
	}
	var updates []map[string]any
	if err := st.runRows(ctx, tx, cypherMergeEntities, rows, batch, func(recs []*neo4j.Record) error {
		for _, r := range recs {
			id := get[string](r, "id")
			ge := byID[id]
			if ge == nil {
				continue
			}
			created[id] = false
			cur := entityStateFrom(r)
			drop := []string{}
			for _, l := range stringList(get[[]any](r, "labels")) {
				if l != ge.typ && schema.IsEntityLabel(l) {
					drop = append(drop, l)
				}
			}
			updates = append(updates, map[string]any{"id": id, "type": ge.typ, "drop": drop, "props": ge.merge(g.plans, &cur)})
		}
		return nil
	}); err != nil {
		return nil, err
	}
	for _, ge := range g.entities {
		if created[ge.id] {
			out[ge.first].NodesCreated++
		}
	}
	if err := st.runRows(ctx, tx, cypherSetEntities, updates, batch, nil); err != nil {
		return nil, err
	}

	if update {
		var did any
		if p := g.plans[0]; p.about != "" {
			did = p.about
		}
		if _, err := st.run(ctx, tx, cypherDropOtherAbout, map[string]any{"rid": g.plans[0].report.ID, "did": did}); err != nil {
			return nil, err
		}
	}
	if len(g.about) > 0 {
		index := make(map[string]int, len(g.plans))
		for i, p := range g.plans {
			index[p.report.ID] = i
		}
		recs, err := st.run(ctx, tx, cypherMergeAbout, map[string]any{"rows": g.about})
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			out[index[get[string](r, "rid")]].RelsCreated++
		}
	}

	written := make([]int, len(g.plans))
	if err := st.runRows(ctx, tx, mentions, g.mentions, batch, func(recs []*neo4j.Record) error {
		for _, r := range recs {
			written[get[int64](r, "i")] += int(get[int64](r, "n"))
		}
		return nil
	}); err != nil {
		return nil, err
	}
	for i, p := range g.plans {
		out[i].RelsCreated += written[i]
		if wanted := len(p.mentions); written[i] != wanted {
			out[i].Warnings = append(out[i].Warnings, fmt.Sprintf("%d of %d mentions not written", wanted-written[i], wanted))
		}
	}
	return g.writeRels(ctx, tx, st, batch, update, created, out)
}

// writeRels writes the group's fact relationships: CREATE when an endpoint is new in
// this transaction, MERGE otherwise (and then merge the existing ones in Go). It
// returns the element ids of the existing relationships it merged.
func (g *groupPlan) writeRels(ctx context.Context, tx neo4j.ManagedTransaction, st *txStats, batch int, update bool,
	newEntity map[string]bool, out []ReportResult) (map[string]bool, error) {
	newReport := map[string]bool{}
	for _, p := range g.plans {
		newReport[p.report.ID] = !update
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
	merged := map[string]bool{}
	var updates []map[string]any
	for _, kd := range kinds {
		idx := byKind[kd]
		rows := make([]map[string]any, len(idx))
		for n, k := range idx {
			gr := g.rels[k]
			rows[n] = map[string]any{"i": int64(k), "from": gr.from, "to": gr.to, "key": gr.key, "props": gr.props}
		}
		q, err := relMergeCypher(kd.relType, kd.fromLabel, kd.toLabel)
		if kd.create {
			q, err = relCreateCypher(kd.relType, kd.fromLabel, kd.toLabel)
		}
		if err != nil {
			return nil, govkg.Errorf(govkg.EINTERNAL, "%v", err)
		}
		if err := st.runRows(ctx, tx, q, rows, batch, func(recs []*neo4j.Record) error {
			for _, r := range recs {
				k := get[int64](r, "i")
				writtenRow[k] = true
				if !get[bool](r, "matched") {
					createdRow[k] = true
					continue
				}
				eid := get[string](r, "eid")
				cur := relStateFrom(r)
				merged[eid] = true
				updates = append(updates, map[string]any{"eid": eid, "props": g.rels[k].merge(g.plans, &cur)})
			}
			return nil
		}); err != nil {
			return nil, err
		}
	}
	if err := st.runRows(ctx, tx, cypherSetRels, updates, batch, nil); err != nil {
		return nil, err
	}
	// Per report: relationships created (by the first report writing them) and rows not
	// written because an endpoint is not in the graph.
	type miss struct{ n, of int }
	misses := make([]map[string]*miss, len(g.plans))
	note := func(i int, typ string) *miss {
		if misses[i] == nil {
			misses[i] = map[string]*miss{}
		}
		if misses[i][typ] == nil {
			misses[i][typ] = &miss{}
		}
		return misses[i][typ]
	}
	for k, gr := range g.rels {
		if createdRow[k] {
			out[gr.first].RelsCreated++
		}
		for _, i := range gr.reports {
			m := note(i, gr.relType)
			m.of++
			if !writtenRow[k] {
				m.n++
			}
		}
	}
	for i := range g.plans {
		for typ, n := range g.dropped[i] {
			m := note(i, typ)
			m.n += n
			m.of += n
		}
		for _, typ := range slices.Sorted(maps.Keys(misses[i])) {
			if m := misses[i][typ]; m.n > 0 {
				out[i].Warnings = append(out[i].Warnings, fmt.Sprintf("%d of %d %s relations not written: endpoint not in the graph", m.n, m.of, typ))
			}
		}
	}
	return merged, nil
}

// groupFailure is the warning a report written alone after its group failed carries.
func groupFailure(err error) string {
	msg := err.Error()
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	return "written in its own transaction: its group's transaction failed (" + msg + ")"
}
