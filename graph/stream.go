package graph

import (
	"context"
	"errors"
	"fmt"

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
		return fn(export.Node{ID: get[string](rec, "id"), Labels: export.SortLabels(stringList(get[[]any](rec, "labels"))),
			Props: get[map[string]any](rec, "props")})
	})
}

// StreamRelationships calls fn with every relationship between exported nodes, sorted
// by start id, type, end id and identity, streamed like StreamNodes.
func (c *Client) StreamRelationships(ctx context.Context, fn func(export.Relationship) error) error {
	return c.stream(ctx, cypherStreamRels, func(rec *neo4j.Record) error {
		typ, start, end := get[string](rec, "type"), get[string](rec, "start"), get[string](rec, "end")
		props := get[map[string]any](rec, "props")
		return fn(export.Relationship{ID: export.RelID(typ, start, end, props), Type: typ,
			Start: start, StartLabel: get[string](rec, "sl"), End: end, EndLabel: get[string](rec, "el"), Props: props})
	})
}

// Export streams the whole graph into w, nodes then relationships. It does not close w.
func (c *Client) Export(ctx context.Context, w export.Writer) error {
	if err := c.StreamNodes(ctx, w.WriteNode); err != nil {
		return err
	}
	return c.StreamRelationships(ctx, w.WriteRelationship)
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
