package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/govkg/govkg"
	"github.com/govkg/govkg/graph/export"
	"github.com/govkg/govkg/schema"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// streamFetchSize is how many records the driver pulls per round trip while
// streaming: the client never holds more than this many at once.
const streamFetchSize = 1000

// keyLabelCypher names a node's key label (the one whose id constraint identifies it).
func keyLabelCypher(v string) string {
	return fmt.Sprintf("CASE WHEN %[1]s:%[2]s THEN '%[2]s' WHEN %[1]s:%[3]s THEN '%[3]s' ELSE '%[4]s' END",
		v, schema.LabelEntity, schema.LabelReport, schema.LabelSentence)
}

func govkgNode(v string) string {
	return fmt.Sprintf("(%[1]s:%[2]s OR %[1]s:%[3]s OR %[1]s:%[4]s)", v, schema.LabelReport, schema.LabelSentence, schema.LabelEntity)
}

// Only the govkg labels are exported (not the GovkgSchema singleton nor foreign data);
// the order is the one export.CompareNodes and export.CompareRelationships define.
var (
	cypherStreamNodes = `MATCH (n) WHERE ` + govkgNode("n") + ` AND n.id IS NOT NULL
RETURN n.id AS id, ` + keyLabelCypher("n") + ` AS kl, labels(n) AS labels, properties(n) AS props
ORDER BY id, kl`
	cypherStreamRels = `MATCH (a)-[r]->(b) WHERE ` + govkgNode("a") + ` AND ` + govkgNode("b") + ` AND a.id IS NOT NULL AND b.id IS NOT NULL
RETURN a.id AS start, ` + keyLabelCypher("a") + ` AS sl, type(r) AS type, b.id AS end, ` + keyLabelCypher("b") + ` AS el, properties(r) AS props
ORDER BY start, sl, type, end, el, coalesce(r.key, ''), r.start, r.end`
)

// StreamNodes calls fn with every Report, Sentence and entity node, sorted by id, in
// one read transaction whose result is pulled in batches: memory stays flat however
// large the graph. An error from fn stops the stream and is returned as is.
func (c *Client) StreamNodes(ctx context.Context, fn func(export.Node) error) error {
	return c.stream(ctx, cypherStreamNodes, func(rec *neo4j.Record) error {
		id, _ := rec.Values[0].(string)
		props, _ := rec.Values[3].(map[string]any)
		return fn(export.Node{ID: id, Labels: export.SortLabels(stringList(rec.Values[2])), Props: props})
	})
}

// StreamRelationships calls fn with every relationship between exported nodes, sorted
// by start id, type, end id and identity, streamed like StreamNodes.
func (c *Client) StreamRelationships(ctx context.Context, fn func(export.Relationship) error) error {
	return c.stream(ctx, cypherStreamRels, func(rec *neo4j.Record) error {
		s := make([]string, 5)
		for i := range s {
			s[i], _ = rec.Values[i].(string)
		}
		props, _ := rec.Values[5].(map[string]any)
		return fn(export.Relationship{ID: export.RelID(s[2], s[0], s[3], props), Type: s[2],
			Start: s[0], StartLabel: s[1], End: s[3], EndLabel: s[4], Props: props})
	})
}

// Export streams the whole graph into w, nodes then relationships. It does not close w.
func (c *Client) Export(ctx context.Context, w export.Writer) error {
	if err := c.StreamNodes(ctx, w.WriteNode); err != nil {
		return err
	}
	return c.StreamRelationships(ctx, w.WriteRelationship)
}

func stringList(v any) []string {
	switch x := v.(type) {
	case []string:
		return x
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// callbackError marks an error returned by the caller's function, so it is passed
// through rather than dressed up as a database error.
type callbackError struct{ err error }

func (e callbackError) Error() string { return e.err.Error() }
func (e callbackError) Unwrap() error { return e.err }

// stream runs one read query in an explicit read transaction (not a managed one: a
// retry would call fn twice for the same records) and calls fn per record as the
// driver fetches them.
func (c *Client) stream(ctx context.Context, cypher string, fn func(*neo4j.Record) error) error {
	sess := c.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeRead,
		DatabaseName: c.cfg.Database, FetchSize: streamFetchSize})
	defer sess.Close(ctx)
	err := func() error {
		tx, err := sess.BeginTransaction(ctx)
		if err != nil {
			return err
		}
		defer tx.Close(ctx)
		res, err := tx.Run(ctx, cypher, nil)
		if err != nil {
			return err
		}
		for res.Next(ctx) {
			if err := fn(res.Record()); err != nil {
				return callbackError{err}
			}
		}
		return res.Err()
	}()
	var cb callbackError
	if errors.As(err, &cb) {
		return cb.err
	}
	return c.cfg.wrap(err, "reading the graph")
}

// scriptBatch is how many statements of a script share one transaction.
const scriptBatch = 500

// RunScript executes a Cypher script (such as `govkg export --format cypher` writes)
// statement by statement, in write transactions of up to scriptBatch statements
// (schema commands, which cannot share a transaction with writes, run on their own).
// It returns how many statements ran. Scripts are trusted input: run only your own.
func (c *Client) RunScript(ctx context.Context, r io.Reader) (int, error) {
	var batch []string
	var lines []int
	n := 0
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		sess := c.session(ctx, neo4j.AccessModeWrite)
		defer sess.Close(ctx)
		failed := 0
		_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			for i, s := range batch {
				res, err := tx.Run(ctx, s, nil)
				if err == nil {
					_, err = res.Consume(ctx)
				}
				if err != nil {
					failed = i
					return nil, err
				}
			}
			return nil, nil
		})
		if err != nil {
			return c.cfg.wrap(err, fmt.Sprintf("script statement at line %d", lines[failed]))
		}
		n += len(batch)
		batch, lines = batch[:0], lines[:0]
		return nil
	}
	err := export.SplitStatements(r, func(stmt string, line int) error {
		if isSchemaCommand(stmt) {
			if err := flush(); err != nil {
				return err
			}
			sess := c.session(ctx, neo4j.AccessModeWrite)
			defer sess.Close(ctx)
			res, err := sess.Run(ctx, stmt, nil)
			if err == nil {
				_, err = res.Consume(ctx)
			}
			if err != nil {
				return c.cfg.wrap(err, fmt.Sprintf("script statement at line %d", line))
			}
			n++
			return nil
		}
		batch, lines = append(batch, stmt), append(lines, line)
		if len(batch) >= scriptBatch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	var ge *govkg.Error
	if err != nil && !errors.As(err, &ge) {
		err = &govkg.Error{Code: govkg.EINPUT, Message: "reading the Cypher script", Err: err}
	}
	return n, err
}

func isSchemaCommand(stmt string) bool {
	f := strings.Fields(strings.ToUpper(stmt))
	if len(f) < 2 {
		return false
	}
	switch f[0] {
	case "CREATE", "DROP":
		return f[1] == "CONSTRAINT" || f[1] == "INDEX" || f[1] == "FULLTEXT" || f[1] == "RANGE" ||
			f[1] == "TEXT" || f[1] == "POINT" || f[1] == "LOOKUP" || f[1] == "VECTOR"
	}
	return false
}

// Offline is the graph that Build would write for a sequence of extractions, computed
// in memory without Neo4j from the same per-report plans, so that `govkg export
// --from-files` gives what exporting after `govkg build` gives. Add the extractions in
// build order (one per file, as build does); entity properties are last-writer-wins
// exactly as in the database.
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

// Add writes one extraction as Build does with its sentences (ext.Sentences, each
// given to the report its id names) and returns Build's warnings. A report already added with the same sha256 is skipped;
// with another, it replaces the old version's facts.
func (o *Offline) Add(ext *govkg.Extraction) []string {
	sentences := map[string][]govkg.Sentence{}
	for _, s := range ext.Sentences {
		rid := reportOfSentence(s.ID)
		if len(ext.Reports) == 1 {
			rid = ext.Reports[0].ID // what build passes: the file's sentences
		}
		sentences[rid] = append(sentences[rid], s)
	}
	plans, warnings := planReports(ext, sentences)
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
	var wRels []relKey
	var wEnts []nodeKey
	if old := o.nodes[rk]; old != nil {
		if sha, _ := old.props["sha256"].(string); sha == p.report.SHA256 && sha != "" {
			return
		}
		update = true
		wRels, wEnts = o.withdraw(rid)
	}
	o.nodes[rk] = &offNode{labels: []string{schema.LabelReport}, props: maps.Clone(p.props)}

	for _, s := range p.sentences {
		sk := nodeKey{schema.LabelSentence, s["id"].(string)}
		o.nodes[sk] = &offNode{labels: []string{schema.LabelSentence}, props: maps.Clone(s["props"].(map[string]any))}
		hk := relKey{typ: schema.RelHasSentence, a: rk, b: sk}
		if o.rels[hk] == nil {
			o.rels[hk] = map[string]any{}
		}
	}
	for _, e := range p.entities {
		ek := nodeKey{schema.LabelEntity, e["id"].(string)}
		var cur map[string]any
		if n := o.nodes[ek]; n != nil {
			cur = n.props
		}
		props := mergeEntity(cur, rid, e["props"].(map[string]any))
		o.nodes[ek] = &offNode{labels: []string{e["type"].(string), schema.LabelEntity}, props: props}
	}
	for k := range o.rels {
		if k.typ == schema.RelAbout && k.a == rk && (p.about == "" || k.b.id != p.about) {
			delete(o.rels, k)
		}
	}
	if p.about != "" {
		dk := nodeKey{schema.LabelEntity, p.about}
		if d := o.nodes[dk]; d != nil && slices.Contains(d.labels, string(govkg.TypeDistrict)) {
			ak := relKey{typ: schema.RelAbout, a: rk, b: dk}
			if o.rels[ak] == nil {
				o.rels[ak] = map[string]any{}
			}
		}
	}
	for _, m := range p.mentions {
		sk := nodeKey{schema.LabelSentence, m["sentence"].(string)}
		ek := nodeKey{schema.LabelEntity, m["entity"].(string)}
		if o.nodes[sk] == nil || o.nodes[ek] == nil {
			continue
		}
		o.rels[relKey{schema.RelMentions, sk, ek, fmt.Sprint(m["start"], ":", m["end"])}] = maps.Clone(m["props"].(map[string]any))
	}
	for _, g := range p.relGroups {
		for _, row := range g.rows {
			a, b := nodeKey{g.fromLabel, row["from"].(string)}, nodeKey{g.toLabel, row["to"].(string)}
			if o.nodes[a] == nil || o.nodes[b] == nil {
				continue
			}
			k := relKey{g.relType, a, b, row["key"].(string)}
			o.rels[k] = mergeRelation(o.rels[k], rid, row)
		}
	}
	if update {
		o.dropStale(p)
		for _, k := range wRels {
			if r := o.rels[k]; r != nil && len(stringList(r["reports"])) == 0 {
				delete(o.rels, k)
			}
		}
		for _, k := range wEnts {
			if n := o.nodes[k]; n != nil && len(stringList(n.props["reports"])) == 0 {
				o.detachDelete(k)
			}
		}
	}
}

// withdraw takes rid out of the support lists of its relations and entities.
func (o *Offline) withdraw(rid string) ([]relKey, []nodeKey) {
	var rels []relKey
	var ents []nodeKey
	for k, r := range o.rels {
		if !schema.IsFactRelType(k.typ) || !slices.Contains(stringList(r["reports"]), rid) {
			continue
		}
		rels = append(rels, k)
		er, es := stringList(r["evidence_reports"]), stringList(r["evidence_sentences"])
		st, en := ints(r["evidence_starts"]), ints(r["evidence_ends"])
		var er2, es2 []string
		var st2, en2 []int64
		for i := range er {
			if er[i] != rid && i < len(es) && i < len(st) && i < len(en) {
				er2, es2, st2, en2 = append(er2, er[i]), append(es2, es[i]), append(st2, st[i]), append(en2, en[i])
			}
		}
		r["reports"] = without(stringList(r["reports"]), rid)
		r["evidence_reports"], r["evidence_sentences"] = nonNil(er2), nonNil(es2)
		r["evidence_starts"], r["evidence_ends"] = nonNilInts(st2), nonNilInts(en2)
	}
	for k, n := range o.nodes {
		if k.label == schema.LabelEntity && slices.Contains(stringList(n.props["reports"]), rid) {
			ents = append(ents, k)
			n.props["reports"] = without(stringList(n.props["reports"]), rid)
			if n.props["definition_report"] == rid {
				delete(n.props, "definition")
				delete(n.props, "definition_report")
			}
		}
	}
	return rels, ents
}

// dropStale removes the sentences and mentions of rid that the new plan lacks.
func (o *Offline) dropStale(p *reportPlan) {
	rid := p.report.ID
	keepS := map[string]bool{}
	for _, s := range p.sentences {
		keepS[s["id"].(string)] = true
	}
	for k, n := range o.nodes {
		if k.label == schema.LabelSentence && n.props["report"] == rid && !keepS[k.id] {
			o.detachDelete(k)
		}
	}
	keepM := map[string]bool{}
	for _, m := range p.mentions {
		keepM[fmt.Sprintf("%s|%s|%d|%d", m["sentence"], m["entity"], m["start"], m["end"])] = true
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

func without(xs []string, x string) []string {
	out := make([]string, 0, len(xs))
	for _, s := range xs {
		if s != x {
			out = append(out, s)
		}
	}
	return out
}

// insertSorted mirrors the build's [x < rid] + [rid] + [x > rid].
func insertSorted(xs []string, x string) []string {
	out := make([]string, 0, len(xs)+1)
	for _, s := range xs {
		if cmp.Less(s, x) {
			out = append(out, s)
		}
	}
	out = append(out, x)
	for _, s := range xs {
		if s > x {
			out = append(out, s)
		}
	}
	return out
}

func splice[T any](xs []T, pos int, ins []T) []T {
	out := make([]T, 0, len(xs)+len(ins))
	out = append(out, xs[:pos]...)
	out = append(out, ins...)
	return append(out, xs[pos:]...)
}

func ints(v any) []int64 {
	switch x := v.(type) {
	case []int64:
		return x
	case []any:
		out := make([]int64, 0, len(x))
		for _, e := range x {
			if i, ok := e.(int64); ok {
				out = append(out, i)
			}
		}
		return out
	}
	return nil
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

func nonNilInts(xs []int64) []int64 {
	if xs == nil {
		return []int64{}
	}
	return xs
}
