package graph

import (
	"testing"

	"github.com/govkg/govkg/internal/neo4jtest"
)

// TestPlainWriterWritesTheSameGraph: the transactional ceiling of the bench writes the
// graph Build writes, node for node and relationship for relationship, when it is fed
// the Offline graph of the same reports (or an export of the built one).
func TestPlainWriterWritesTheSameGraph(t *testing.T) {
	c := testClient(t)
	ext := fixture(1)
	build(t, c, ext, BuildOptions{})
	want := neo4jtest.Dump(t)

	off := NewOffline()
	off.Add(fixture(1))
	neo4jtest.Wipe(t)
	if err := c.ApplySchema(ctx(t)); err != nil {
		t.Fatal(err)
	}
	// tiny batches and transactions, so every path (several statements per
	// transaction, several transactions per group, both writers) runs
	w := c.NewPlainWriter(ctx(t), PlainOptions{BatchSize: 2, TxRows: 3, Writers: 2})
	if err := off.Export(w); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if d := neo4jtest.Diff(want, neo4jtest.Dump(t)); d != "" {
		t.Errorf("the plain writer wrote another graph than Build:\n%s", d)
	}
	st := w.Stats()
	if st.Nodes == 0 || st.Relationships == 0 || st.Transactions < 4 {
		t.Errorf("stats %+v", st)
	}
}
