package graph

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/govkg/govkg"
	"github.com/govkg/govkg/graph/export"
	"github.com/govkg/govkg/schema"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// PlainOptions tune a PlainWriter; zero values take the defaults.
type PlainOptions struct {
	// BatchSize is the number of rows per UNWIND statement (DefaultBatchSize if ≤ 0).
	BatchSize int
	// TxRows is the number of rows per transaction (DefaultGroupRows if ≤ 0).
	TxRows int
	// Writers is how many transactions are written at once (2 if ≤ 0, as govkg build).
	Writers int
}

// PlainWriter writes a graph into an EMPTY database by plain UNWIND … CREATE
// statements: nodes grouped by labels, then relationships grouped by type, each row
// created with its final properties, with no MERGE, no lock, no read-back and no merge
// rule. It is the fastest way a client writes that graph through Bolt transactions —
// the transactional ceiling the bench measures `govkg build` against — and not a way to
// build a graph: nothing stops it from creating a node twice. It implements
// export.Writer, so an export (or an Offline graph) can be streamed into it.
type PlainWriter struct {
	c    *Client
	ctx  context.Context
	opts PlainOptions

	nodes    map[string][]map[string]any    // by label list "A:B"
	rels     map[[3]string][]map[string]any // by type, start label, end label
	relPhase bool

	jobs    chan plainJob
	workers sync.WaitGroup
	pending sync.WaitGroup // jobs sent and not yet written

	mu    sync.Mutex
	err   error
	stats PlainStats
}

// PlainStats counts what a PlainWriter created.
type PlainStats struct {
	Nodes, Relationships int64
	Transactions         int
	Retries              int // transactions tried again after a transient error (a deadlock between writers)
}

type plainJob struct {
	cypher string
	rows   []map[string]any
	rels   bool
}

// NewPlainWriter starts the writers; write every node, then every relationship, then
// Close.
func (c *Client) NewPlainWriter(ctx context.Context, opts PlainOptions) *PlainWriter {
	if opts.BatchSize <= 0 {
		opts.BatchSize = DefaultBatchSize
	}
	if opts.TxRows <= 0 {
		opts.TxRows = DefaultGroupRows
	}
	opts.Writers = max(opts.Writers, 0)
	if opts.Writers == 0 {
		opts.Writers = 2
	}
	w := &PlainWriter{c: c, ctx: ctx, opts: opts, nodes: map[string][]map[string]any{},
		rels: map[[3]string][]map[string]any{}, jobs: make(chan plainJob, opts.Writers)}
	for range opts.Writers {
		w.workers.Go(func() {
			for j := range w.jobs {
				w.run(j)
				w.pending.Done()
			}
		})
	}
	return w
}

// run writes one job in one managed transaction (retried by the driver on transient
// errors such as deadlocks between writers creating relationships of the same nodes).
func (w *PlainWriter) run(j plainJob) {
	if w.failed() != nil {
		return
	}
	sess := w.c.session(w.ctx, neo4j.AccessModeWrite)
	defer sess.Close(w.ctx)
	attempts := 0
	_, err := sess.ExecuteWrite(w.ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		attempts++
		for i := 0; i < len(j.rows); i += w.opts.BatchSize {
			res, err := tx.Run(w.ctx, j.cypher, map[string]any{"rows": j.rows[i:min(i+w.opts.BatchSize, len(j.rows))]})
			if err == nil {
				_, err = res.Consume(w.ctx)
			}
			if err != nil {
				return nil, err
			}
		}
		return nil, nil
	})
	w.mu.Lock()
	defer w.mu.Unlock()
	w.stats.Retries += attempts - 1
	if err != nil {
		if w.err == nil {
			w.err = w.c.cfg.wrap(err, "plain write")
		}
		return
	}
	w.stats.Transactions++
	if j.rels {
		w.stats.Relationships += int64(len(j.rows))
	} else {
		w.stats.Nodes += int64(len(j.rows))
	}
}

func (w *PlainWriter) failed() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

func (w *PlainWriter) send(j plainJob) {
	w.pending.Add(1)
	w.jobs <- j
}

// WriteNode queues a node; a full transaction's worth of one label set is sent.
func (w *PlainWriter) WriteNode(n export.Node) error {
	if err := w.failed(); err != nil {
		return err
	}
	if w.relPhase {
		return govkg.Errorf(govkg.EINTERNAL, "plain write: node %s after relationships", n.ID)
	}
	for _, l := range n.Labels {
		if !schema.IsLabel(l) {
			return govkg.Errorf(govkg.EINTERNAL, "plain write: node %s has label %q, not in the schema", n.ID, l)
		}
	}
	key := strings.Join(n.Labels, ":")
	w.nodes[key] = append(w.nodes[key], n.Props)
	if len(w.nodes[key]) >= w.opts.TxRows {
		w.flushNodes(key)
	}
	return nil
}

func (w *PlainWriter) flushNodes(key string) {
	rows := w.nodes[key]
	if len(rows) == 0 {
		return
	}
	labels := strings.Split(key, ":")
	for i, l := range labels {
		labels[i] = schema.Quote(l)
	}
	w.send(plainJob{cypher: "UNWIND $rows AS row CREATE (n:" + strings.Join(labels, ":") + ") SET n = row", rows: rows})
	delete(w.nodes, key)
}

// WriteRelationship queues a relationship. The first one waits until every node is
// written, so its endpoints exist.
func (w *PlainWriter) WriteRelationship(r export.Relationship) error {
	if err := w.failed(); err != nil {
		return err
	}
	if !w.relPhase {
		for key := range w.nodes {
			w.flushNodes(key)
		}
		w.pending.Wait()
		w.relPhase = true
		if err := w.failed(); err != nil {
			return err
		}
	}
	if !schema.IsRelType(r.Type) || !schema.IsLabel(r.StartLabel) || !schema.IsLabel(r.EndLabel) {
		return govkg.Errorf(govkg.EINTERNAL, "plain write: relationship (:%s)-[:%s]->(:%s) is not in the schema", r.StartLabel, r.Type, r.EndLabel)
	}
	key := [3]string{r.Type, r.StartLabel, r.EndLabel}
	props := r.Props
	if props == nil {
		props = map[string]any{}
	}
	w.rels[key] = append(w.rels[key], map[string]any{"s": r.Start, "e": r.End, "p": props})
	if len(w.rels[key]) >= w.opts.TxRows {
		w.flushRels(key)
	}
	return nil
}

func (w *PlainWriter) flushRels(key [3]string) {
	rows := w.rels[key]
	if len(rows) == 0 {
		return
	}
	cypher := fmt.Sprintf("UNWIND $rows AS row MATCH (a:%s {id: row.s}) MATCH (b:%s {id: row.e}) CREATE (a)-[r:%s]->(b) SET r = row.p",
		schema.Quote(key[1]), schema.Quote(key[2]), schema.Quote(key[0]))
	w.send(plainJob{cypher: cypher, rows: rows, rels: true})
	delete(w.rels, key)
}

// Close writes what is queued, waits for the writers and returns the first error.
func (w *PlainWriter) Close() error {
	for key := range w.nodes {
		w.flushNodes(key)
	}
	w.pending.Wait() // nodes before relationships, even when Close comes first
	for key := range w.rels {
		w.flushRels(key)
	}
	close(w.jobs)
	w.workers.Wait()
	return w.failed()
}

// Abort stops after what is already sent; nothing is rolled back.
func (w *PlainWriter) Abort() {
	w.mu.Lock()
	if w.err == nil {
		w.err = govkg.Errorf(govkg.EINTERNAL, "plain write aborted")
	}
	w.mu.Unlock()
	close(w.jobs)
	w.workers.Wait()
}

// Stats returns what was created so far.
func (w *PlainWriter) Stats() PlainStats {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.stats
}
