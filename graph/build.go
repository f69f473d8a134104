package graph

import (
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

// DefaultBatchSize is the number of rows per UNWIND statement: big enough to amortize
// round trips, small enough to keep each statement's memory modest.
const DefaultBatchSize = 1000

// BuildOptions tune Build.
type BuildOptions struct {
	// BatchSize is the number of rows per UNWIND statement (DefaultBatchSize if ≤ 0).
	BatchSize int
	// GroupSize is how many reports that are not in the graph yet may share one write
	// transaction (DefaultGroupSize if ≤ 0; 1 writes every report in its own).
	GroupSize int
	// GroupRows caps the parameter rows of one group (DefaultGroupRows if ≤ 0); a
	// report bigger than that is a group of its own.
	GroupRows int
	// Force rebuilds reports whose sha256 is unchanged.
	Force bool
	// Progress, if set, is called before and after each report, from Build's goroutine.
	Progress func(ProgressEvent)
	// Sentences, if set, supplies a report's normalized sentences so Sentence nodes get
	// their text, stance and section (the extraction holds only sentence ids). Without
	// it, only the sentences that mentions and evidence point to are written, with id,
	// report and index.
	Sentences func(reportID string) ([]govkg.Sentence, error)

	// oneByOne writes every report with the per-report statements, as before groups
	// existed: tests compare the two ways.
	oneByOne bool
}

// ReportStatus is the outcome of building one report.
type ReportStatus string

// Report outcomes.
const (
	StatusCreated   ReportStatus = "created"   // the report was not in the graph
	StatusUpdated   ReportStatus = "updated"   // its old facts were replaced
	StatusUnchanged ReportStatus = "unchanged" // same sha256 already built: skipped
	StatusFailed    ReportStatus = "failed"    // rolled back; see Err
)

// ReportResult is what happened to one report, for the build log and the CLI summary.
type ReportResult struct {
	ReportID      string
	Status        ReportStatus
	Err           error
	NodesCreated  int
	NodesDeleted  int
	RelsCreated   int
	RelsDeleted   int
	PropertiesSet int
	Rows          int // parameter rows written (0 when unchanged)
	Duration      time.Duration
	Warnings      []string // e.g. a relation whose endpoint is unknown
}

// BuildSummary collects the per-report results of one Build, in extraction order.
type BuildSummary struct {
	Reports  []ReportResult
	Warnings []string // about the extraction as a whole (e.g. unknown relation types)
	Duration time.Duration
}

// Count returns how many reports ended with status s.
func (s BuildSummary) Count(st ReportStatus) int {
	n := 0
	for _, r := range s.Reports {
		if r.Status == st {
			n++
		}
	}
	return n
}

// ProgressEvent reports a build step; Result is set when Phase is "done".
type ProgressEvent struct {
	Phase    string // "start" or "done"
	ReportID string
	Index    int // 1-based position of the report in the build
	Total    int
	Result   *ReportResult
}

// Build writes the reports of ext into the graph; see BuildAll.
func (c *Client) Build(ctx context.Context, ext *govkg.Extraction, opts BuildOptions) (BuildSummary, error) {
	if ext == nil {
		return BuildSummary{}, govkg.Errorf(govkg.EUSAGE, "nothing to build: no extraction")
	}
	return c.BuildAll(ctx, []*govkg.Extraction{ext}, opts)
}

// BuildAll writes the reports of several extractions (govkg build passes one per
// file), in order. Every report is all or nothing. Reports not yet in the graph are
// written in groups of up to opts.GroupSize per managed write transaction (see
// writeGroup); if a group's transaction fails, its reports are written again one per
// transaction, so only the bad one fails. A report already in the graph gets its own
// transaction: skipped if its sha256 is unchanged (unless opts.Force), else its old
// facts are replaced. The graph is the one that writing the reports one by one, in
// order, gives; transient errors such as deadlocks are retried by the driver. A
// failing report does not stop the others; the returned error (code EDB) then says how
// many failed and the summary has the details.
func (c *Client) BuildAll(ctx context.Context, exts []*govkg.Extraction, opts BuildOptions) (BuildSummary, error) {
	start := time.Now()
	var sum BuildSummary
	if slices.Contains(exts, nil) {
		return sum, govkg.Errorf(govkg.EUSAGE, "nothing to build: no extraction")
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = DefaultBatchSize
	}
	if opts.GroupSize <= 0 {
		opts.GroupSize = DefaultGroupSize
	}
	if opts.GroupRows <= 0 {
		opts.GroupRows = DefaultGroupRows
	}
	if v, err := c.storedVersion(ctx); err != nil {
		return sum, err
	} else if v != schema.Version {
		if err := c.ApplySchema(ctx); err != nil {
			return sum, err
		}
	}

	var plans []*reportPlan
	sentErr := map[string]error{}
	for _, ext := range exts {
		sentences := map[string][]govkg.Sentence{}
		if opts.Sentences != nil {
			for _, r := range ext.Reports {
				ss, err := opts.Sentences(r.ID)
				if err != nil {
					sentErr[r.ID] = err
				}
				sentences[r.ID] = ss
			}
		}
		ps, warnings := planReports(ext, sentences)
		plans = append(plans, ps...)
		sum.Warnings = append(sum.Warnings, warnings...)
	}
	ids := make([]string, len(plans))
	for i, p := range plans {
		ids[i] = p.report.ID
	}
	exists, err := c.existingReports(ctx, ids)
	if err != nil {
		return sum, err
	}

	sum.Reports = make([]ReportResult, len(plans))
	progress := func(phase string, i int) {
		if opts.Progress != nil {
			ev := ProgressEvent{Phase: phase, ReportID: plans[i].report.ID, Index: i + 1, Total: len(plans)}
			if phase == "done" {
				r := sum.Reports[i]
				ev.Result = &r
			}
			opts.Progress(ev)
		}
	}
	// A run is consecutive new reports: written as groups.
	var run []int
	runRows := 0
	flush := func() {
		if len(run) == 0 {
			return
		}
		group := make([]*reportPlan, len(run))
		for k, i := range run {
			group[k] = plans[i]
			progress("start", i)
		}
		results, err := c.writeGroup(ctx, group, opts.BatchSize)
		for k, i := range run {
			if err != nil {
				res := c.buildReport(ctx, plans[i], opts)
				if !errors.Is(err, errGroupRaced) {
					res.Warnings = append(res.Warnings, groupFailure(err))
				}
				sum.Reports[i] = res
			} else {
				sum.Reports[i] = results[k]
			}
			progress("done", i)
		}
		run, runRows = run[:0], 0
	}
	for i, p := range plans {
		rid := p.report.ID
		if err := sentErr[rid]; err != nil {
			flush()
			progress("start", i)
			sum.Reports[i] = ReportResult{ReportID: rid, Status: StatusFailed,
				Err: &govkg.Error{Code: govkg.EINPUT, Message: "reading sentences of " + rid, Err: err}}
			progress("done", i)
			continue
		}
		if exists[rid] || opts.oneByOne {
			flush()
			progress("start", i)
			sum.Reports[i] = c.buildReport(ctx, p, opts)
			progress("done", i)
			continue
		}
		exists[rid] = true // a second plan of the same report updates it, after this group
		rows := p.rowCount()
		if len(run) >= opts.GroupSize || (len(run) > 0 && runRows+rows > opts.GroupRows) {
			flush()
		}
		run = append(run, i)
		runRows += rows
	}
	flush()

	var failed []string
	var firstErr error
	for _, res := range sum.Reports {
		if res.Status == StatusFailed {
			failed = append(failed, res.ReportID)
			if firstErr == nil {
				firstErr = res.Err
			}
		}
	}
	sum.Duration = time.Since(start)
	if len(failed) > 0 {
		return sum, &govkg.Error{Code: govkg.EDB,
			Message: fmt.Sprintf("%d of %d reports failed (%s)", len(failed), len(plans), strings.Join(failed, ", ")), Err: firstErr}
	}
	return sum, nil
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

// runBatches runs cypher once per batch of rows ($rows) and returns the sum of the
// first column of every returned record (the statements return count(*)).
func (s *txStats) runBatches(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, rows []row, size int, params map[string]any) (int, error) {
	total := 0
	for i := 0; i < len(rows); i += size {
		p := map[string]any{"rows": rows[i:min(i+size, len(rows))]}
		for k, v := range params {
			p[k] = v
		}
		recs, err := s.run(ctx, tx, cypher, p)
		if err != nil {
			return total, err
		}
		for _, r := range recs {
			if n, ok := r.Values[0].(int64); ok {
				total += int(n)
			}
		}
	}
	return total, nil
}

func (c *Client) buildReport(ctx context.Context, p *reportPlan, opts BuildOptions) ReportResult {
	start := time.Now()
	rid := p.report.ID
	sess := c.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	var res ReportResult
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		// Reset everything: the driver may call this function again after a transient error.
		res = ReportResult{ReportID: rid, Warnings: append([]string{}, p.warnings...)}
		st := &txStats{}
		// MERGE takes the report's lock first, so two builders of the same report queue:
		// the second sees the first's result instead of writing the report twice.
		recs, err := st.run(ctx, tx, cypherLockReport, map[string]any{"rid": rid})
		if err != nil {
			return nil, err
		}
		res.Status = StatusCreated
		var w withdrawn
		if created, _ := recs[0].Values[1].(bool); !created {
			if sha, _ := recs[0].Values[0].(string); sha == p.report.SHA256 && sha != "" && !opts.Force {
				res.Status = StatusUnchanged
				return nil, nil
			}
			res.Status = StatusUpdated
			if w, err = withdraw(ctx, tx, st, rid); err != nil {
				return nil, err
			}
		}
		if err := writeReport(ctx, tx, st, p, opts.BatchSize, &res); err != nil {
			return nil, err
		}
		if res.Status == StatusUpdated {
			if err := dropStale(ctx, tx, st, p); err != nil {
				return nil, err
			}
			if err := collectGarbage(ctx, tx, st, w); err != nil {
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
		recs, err := st.run(ctx, tx, "MATCH (r:Report {id: $rid}) RETURN r.id", map[string]any{"rid": reportID})
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, govkg.Errorf(govkg.ENOTFOUND, "no report %q in the graph at %s", reportID, c.cfg.SafeURI())
		}
		w, err := withdraw(ctx, tx, st, reportID)
		if err != nil {
			return nil, err
		}
		if _, err := st.run(ctx, tx, cypherDeleteSentences, map[string]any{"rid": reportID}); err != nil {
			return nil, err
		}
		if _, err := st.run(ctx, tx, "MATCH (r:Report {id: $rid}) DETACH DELETE r", map[string]any{"rid": reportID}); err != nil {
			return nil, err
		}
		return nil, collectGarbage(ctx, tx, st, w)
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

// Cypher patterns. Only names from package schema are spliced into query text; every
// value travels as a parameter.
var (
	factTypes = strings.Join(schema.FactRelTypes, "|")

	// The fact relationships a report supports: reachable from the entities it supports
	// (every relation endpoint is one) or starting at a Report node (STATUS).
	matchReportRels = `CALL {
  MATCH (e:Entity) WHERE $rid IN e.reports
  MATCH (e)-[r:` + factTypes + `]->() WHERE $rid IN r.reports
  RETURN r
  UNION
  MATCH (:Report)-[r:` + factTypes + `]->() WHERE $rid IN r.reports
  RETURN r
}
WITH DISTINCT r`

	// Withdraw the report from the relations it supports, keeping the evidence lists
	// parallel. Relations left with no report are deleted by cypherGCRels after the
	// write phase, so a fact the new version still states keeps its relationship.
	cypherWithdrawRels = matchReportRels + `
SET r._lock = true
WITH r, [i IN range(0, size(coalesce(r.evidence_reports, [])) - 1) WHERE r.evidence_reports[i] <> $rid] AS keep
WITH r, [x IN r.reports WHERE x <> $rid] AS reps,
     [i IN keep | r.evidence_reports[i]] AS er, [i IN keep | r.evidence_sentences[i]] AS es,
     [i IN keep | r.evidence_starts[i]] AS est, [i IN keep | r.evidence_ends[i]] AS een
SET r.reports = reps, r.evidence_reports = er, r.evidence_sentences = es, r.evidence_starts = est, r.evidence_ends = een
REMOVE r._lock
RETURN elementId(r)`

	// Withdraw the report from the entities it supports (sorted by id: lock order).
	cypherWithdrawEntities = `MATCH (e:Entity) WHERE $rid IN e.reports
WITH e ORDER BY e.id
SET e._lock = true
WITH e
SET e.reports = [x IN e.reports WHERE x <> $rid],
    e.definition = CASE WHEN e.definition_report = $rid THEN null ELSE e.definition END,
    e.definition_report = CASE WHEN e.definition_report = $rid THEN null ELSE e.definition_report END
REMOVE e._lock
RETURN elementId(e)`

	// An ABOUT link to another district (or to none) is replaced; the right one stays.
	cypherDropOtherAbout = `MATCH (:Report {id: $rid})-[a:ABOUT]->(d) WHERE $did IS NULL OR d.id <> $did DELETE a`

	cypherDeleteSentences = `MATCH (s:Sentence) WHERE s.report = $rid DETACH DELETE s`

	// After a rebuild: sentences and mentions the new version no longer has.
	cypherDropStaleSentences = `MATCH (s:Sentence) WHERE s.report = $rid AND NOT s.id IN $keep DETACH DELETE s`
	cypherDropStaleMentions  = `MATCH (s:Sentence)-[m:MENTIONS]->(e:Entity) WHERE s.report = $rid
  AND NOT (s.id + '|' + e.id + '|' + toString(m.start) + '|' + toString(m.end)) IN $keep
DELETE m`

	// Garbage: withdrawn relations and entities that no report supports any more.
	cypherGCRels = `UNWIND $ids AS id
MATCH ()-[r]->() WHERE elementId(r) = id
WITH r WHERE size(coalesce(r.reports, [])) = 0
DELETE r`
	cypherGCEntities = `UNWIND $ids AS id
MATCH (e:Entity) WHERE elementId(e) = id
WITH e WHERE size(coalesce(e.reports, [])) = 0
WITH e ORDER BY e.id
DETACH DELETE e`

	cypherMergeReport = `MERGE (r:Report {id: $rid}) SET r = $props`

	// cypherLockReport creates or locks the report node and says whether it is new; the
	// marker properties are removed in the same statement, so nothing stays behind.
	cypherLockReport = `MERGE (r:Report {id: $rid})
ON CREATE SET r._created = true
SET r._lock = true
WITH r, r.sha256 AS sha, coalesce(r._created, false) AS created
REMOVE r._lock, r._created
RETURN sha, created`

	cypherMergeSentences = `MATCH (rep:Report {id: $rid})
UNWIND $rows AS row
MERGE (s:Sentence {id: row.id})
SET s = row.props
MERGE (rep)-[:HAS_SENTENCE]->(s)
RETURN count(*)`

	// A report written for the first time has no sentences or mentions yet: CREATE them
	// instead of MERGE (sentence ids begin with the report id, so no other report has them).
	cypherCreateSentences = `MATCH (rep:Report {id: $rid})
UNWIND $rows AS row
CREATE (s:Sentence)
SET s = row.props
CREATE (rep)-[:HAS_SENTENCE]->(s)
RETURN count(*)`

	cypherCreateMentions = `UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence})
MATCH (e:Entity {id: row.entity})
CREATE (s)-[m:MENTIONS]->(e)
SET m = row.props
RETURN count(*)`

	cypherMergeEntities = entityCypher()

	cypherMergeAbout = `MATCH (r:Report {id: $rid})
MATCH (d:Entity {id: $did}) WHERE d:District
MERGE (r)-[:ABOUT]->(d)`

	cypherMergeMentions = `UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence})
MATCH (e:Entity {id: row.entity})
MERGE (s)-[m:MENTIONS {start: row.start, end: row.end}]->(e)
SET m = row.props
RETURN count(*)`
)

// entityCypher upserts entities: MERGE on the Entity id constraint, replace the
// properties, insert the report id into the sorted `reports` list and make the type
// label the only entity-type label (static labels, one FOREACH per schema label).
func entityCypher() string {
	var b strings.Builder
	// SET e._lock first: it takes the node's write lock before the old lists are read, so
	// concurrent builders that share an entity queue instead of losing each other's
	// update. Aliases are the sorted union over reports and the definition comes from
	// the smallest report id that has one, so the graph does not depend on build order.
	b.WriteString(`UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e._lock = true
WITH e, row, [x IN coalesce(e.reports, []) WHERE x <> $rid] AS old,
     [a IN coalesce(e.aliases, []) WHERE NOT a IN coalesce(row.props.aliases, [])] + coalesce(row.props.aliases, []) AS allAliases,
     e.definition AS oldDef, e.definition_report AS oldDefRep
CALL (allAliases) { UNWIND allAliases AS a WITH DISTINCT a ORDER BY a RETURN collect(a) AS aliases }
WITH e, row, old, aliases, oldDef, oldDefRep,
     row.props.definition IS NOT NULL AND (oldDefRep IS NULL OR oldDefRep = $rid OR $rid < oldDefRep) AS newDef
SET e = row.props
SET e.reports = [x IN old WHERE x < $rid] + [$rid] + [x IN old WHERE x > $rid],
    e.aliases = aliases,
    e.aliases_text = coalesce(reduce(t = null, a IN aliases | CASE WHEN t IS NULL THEN a ELSE t + ' ' + a END), ''),
    e.definition = CASE WHEN newDef THEN row.props.definition WHEN oldDefRep = $rid THEN null ELSE oldDef END,
    e.definition_report = CASE WHEN newDef THEN $rid WHEN oldDefRep = $rid THEN null ELSE oldDefRep END`)
	for _, l := range schema.EntityLabels {
		fmt.Fprintf(&b, "\nFOREACH (_ IN CASE WHEN row.type = '%s' THEN [1] ELSE [] END | SET e:%s)", l, l)
		fmt.Fprintf(&b, "\nFOREACH (_ IN CASE WHEN row.type <> '%s' AND e:%s THEN [1] ELSE [] END | REMOVE e:%s)", l, l, l)
	}
	b.WriteString("\nRETURN count(*)")
	return b.String()
}

// relationCypher upserts fact relationships of one type between two endpoint labels.
// MERGE on the deterministic key; the report's evidence is spliced into the parallel
// evidence lists at its sorted position, so lists stay ordered by report id however
// the reports were built.
func relationCypher(relType, fromLabel, toLabel string) (string, error) {
	if !schema.IsFactRelType(relType) || !schema.IsLabel(fromLabel) || !schema.IsLabel(toLabel) {
		return "", fmt.Errorf("relationship (:%s)-[:%s]->(:%s) is not in the schema", fromLabel, relType, toLabel)
	}
	return `UNWIND $rows AS row
MATCH (a:` + fromLabel + ` {id: row.from})
MATCH (b:` + toLabel + ` {id: row.to})
MERGE (a)-[r:` + relType + ` {key: row.key}]->(b)
SET r._lock = true
WITH r, row, [x IN coalesce(r.reports, []) WHERE x <> $rid] AS reps,
     coalesce(r.evidence_reports, []) AS er0, coalesce(r.evidence_sentences, []) AS es0,
     coalesce(r.evidence_starts, []) AS st0, coalesce(r.evidence_ends, []) AS en0
WITH r, row, reps, er0, es0, st0, en0, [i IN range(0, size(er0) - 1) WHERE er0[i] <> $rid] AS keep
WITH r, row, reps, [i IN keep | er0[i]] AS er, [i IN keep | es0[i]] AS es, [i IN keep | st0[i]] AS st, [i IN keep | en0[i]] AS en
WITH r, row, reps, er, es, st, en, size([x IN er WHERE x < $rid]) AS p
SET r = row.props
SET r.reports = [x IN reps WHERE x < $rid] + [$rid] + [x IN reps WHERE x > $rid],
    r.evidence_reports = er[..p] + row.er + er[p..],
    r.evidence_sentences = es[..p] + row.es + es[p..],
    r.evidence_starts = st[..p] + row.est + st[p..],
    r.evidence_ends = en[..p] + row.een + en[p..]
RETURN count(*)`, nil
}

// withdrawn holds the element ids of what a report supported before a rebuild or
// removal: the candidates for garbage collection.
type withdrawn struct {
	rels, entities []string
}

// withdraw takes report rid out of the support lists of its relations and entities;
// nothing is deleted yet.
func withdraw(ctx context.Context, tx neo4j.ManagedTransaction, st *txStats, rid string) (withdrawn, error) {
	var w withdrawn
	params := map[string]any{"rid": rid}
	ids := func(q string) ([]string, error) {
		recs, err := st.run(ctx, tx, q, params)
		var out []string
		for _, r := range recs {
			if s, ok := r.Values[0].(string); ok {
				out = append(out, s)
			}
		}
		return out, err
	}
	var err error
	if w.rels, err = ids(cypherWithdrawRels); err != nil {
		return w, err
	}
	w.entities, err = ids(cypherWithdrawEntities)
	return w, err
}

// dropStale deletes the sentences and mentions of the report's previous version that
// the new one does not have (the rest were MERGEd in place).
func dropStale(ctx context.Context, tx neo4j.ManagedTransaction, st *txStats, p *reportPlan) error {
	rid := p.report.ID
	sents := make([]string, len(p.sentences))
	for i, s := range p.sentences {
		sents[i] = s["id"].(string)
	}
	if _, err := st.run(ctx, tx, cypherDropStaleSentences, map[string]any{"rid": rid, "keep": sents}); err != nil {
		return err
	}
	keys := make([]string, len(p.mentions))
	for i, m := range p.mentions {
		keys[i] = fmt.Sprintf("%s|%s|%d|%d", m["sentence"], m["entity"], m["start"], m["end"])
	}
	_, err := st.run(ctx, tx, cypherDropStaleMentions, map[string]any{"rid": rid, "keep": keys})
	return err
}

// collectGarbage deletes the withdrawn relations and entities that no report supports
// any more, relations first so no entity is deleted under a live fact.
func collectGarbage(ctx context.Context, tx neo4j.ManagedTransaction, st *txStats, w withdrawn) error {
	if len(w.rels) > 0 {
		if _, err := st.run(ctx, tx, cypherGCRels, map[string]any{"ids": w.rels}); err != nil {
			return err
		}
	}
	if len(w.entities) > 0 {
		if _, err := st.run(ctx, tx, cypherGCEntities, map[string]any{"ids": w.entities}); err != nil {
			return err
		}
	}
	return nil
}

func writeReport(ctx context.Context, tx neo4j.ManagedTransaction, st *txStats, p *reportPlan, batch int, res *ReportResult) error {
	rid := p.report.ID
	params := map[string]any{"rid": rid}
	if _, err := st.run(ctx, tx, cypherMergeReport, map[string]any{"rid": rid, "props": p.props}); err != nil {
		return err
	}
	sentences, mentions := cypherMergeSentences, cypherMergeMentions
	mentionRows := p.mentions
	if res.Status == StatusCreated {
		sentences, mentions = cypherCreateSentences, cypherCreateMentions
		mentionRows = uniqueMentions(p.mentions) // CREATE does not collapse repeats as MERGE does
	}
	if _, err := st.runBatches(ctx, tx, sentences, p.sentences, batch, params); err != nil {
		return err
	}
	if _, err := st.runBatches(ctx, tx, cypherMergeEntities, p.entities, batch, params); err != nil {
		return err
	}
	var did any
	if p.about != "" {
		did = p.about
	}
	if _, err := st.run(ctx, tx, cypherDropOtherAbout, map[string]any{"rid": rid, "did": did}); err != nil {
		return err
	}
	if p.about != "" {
		if _, err := st.run(ctx, tx, cypherMergeAbout, map[string]any{"rid": rid, "did": p.about}); err != nil {
			return err
		}
	}
	n, err := st.runBatches(ctx, tx, mentions, mentionRows, batch, params)
	if err != nil {
		return err
	}
	if n != len(mentionRows) {
		res.Warnings = append(res.Warnings, fmt.Sprintf("%d of %d mentions not written", len(mentionRows)-n, len(mentionRows)))
	}
	for _, g := range p.relGroups {
		q, err := relationCypher(g.relType, g.fromLabel, g.toLabel)
		if err != nil {
			return govkg.Errorf(govkg.EINTERNAL, "%v", err)
		}
		n, err := st.runBatches(ctx, tx, q, g.rows, batch, params)
		if err != nil {
			return err
		}
		if n != len(g.rows) {
			res.Warnings = append(res.Warnings, fmt.Sprintf("%d of %d %s relations not written: endpoint not in the graph", len(g.rows)-n, len(g.rows), g.relType))
		}
	}
	return nil
}

// uniqueMentions drops repeated (sentence, entity, start, end) rows, keeping the first.
func uniqueMentions(rows []row) []row {
	seen := make(map[string]bool, len(rows))
	out := make([]row, 0, len(rows))
	for _, r := range rows {
		k := fmt.Sprint(r["sentence"], "|", r["entity"], "|", r["start"], "|", r["end"])
		if !seen[k] {
			seen[k] = true
			out = append(out, r)
		}
	}
	return out
}
