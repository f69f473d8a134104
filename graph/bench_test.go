package graph

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/govkg/govkg"
	"github.com/govkg/govkg/internal/neo4jtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

const benchEntities = 2000

// syntheticExtraction is one report with n entities, each mentioned in its own
// sentence, and a PART_OF chain between consecutive entities.
func syntheticExtraction(n int) *govkg.Extraction {
	const rid = "bench-report"
	ext := &govkg.Extraction{Reports: []govkg.Report{{ID: rid, District: "坪山区", SHA256: "bench", Kind: govkg.KindWorkReport}}}
	for i := range n {
		typ := govkg.EntityTypes[i%len(govkg.EntityTypes)]
		if i == 0 {
			typ = govkg.TypeDistrict
		}
		name := fmt.Sprintf("实体%05d", i)
		if i == 0 {
			name = "坪山区"
		}
		ext.Entities = append(ext.Entities, govkg.Entity{
			ID: fmt.Sprintf("bench:%05d", i), Type: typ, Name: name, Aliases: []string{fmt.Sprintf("别名%d", i)},
			Props:    map[string]any{"rank": i, "tags": []string{"a", "b"}},
			Mentions: []govkg.Mention{{ReportID: rid, SentenceID: sid(rid, i), Start: 0, End: 5, Text: name}},
		})
		if i > 0 && i%2 == 0 {
			ext.Relations = append(ext.Relations, govkg.Relation{Type: govkg.RelPartOf,
				From: fmt.Sprintf("bench:%05d", i), To: fmt.Sprintf("bench:%05d", i-1),
				Evidence: []govkg.Evidence{{ReportID: rid, SentenceID: sid(rid, i), Start: 0, End: 5}}})
		}
	}
	return ext
}

func benchRows(ext *govkg.Extraction) int {
	plans, _ := planReports(ext, nil)
	return plans[0].rowCount()
}

// BenchmarkBuildBatched measures Build as shipped on one new report: one transaction,
// UNWIND batches of DefaultBatchSize rows (the grouped statements, here a group of one).
func BenchmarkBuildBatched(b *testing.B) {
	c := testClient(b)
	ext := syntheticExtraction(benchEntities)
	rows := benchRows(ext)
	if err := c.ApplySchema(context.Background()); err != nil {
		b.Fatal(err)
	}
	var elapsed time.Duration
	for b.Loop() {
		b.StopTimer()
		neo4jtest.Wipe(b)
		b.StartTimer()
		start := time.Now()
		sum, err := c.Build(context.Background(), ext, BuildOptions{})
		if err != nil || sum.Reports[0].Status != StatusCreated {
			b.Fatalf("build: %v %+v", err, sum)
		}
		elapsed += time.Since(start)
	}
	b.ReportMetric(float64(rows*b.N)/elapsed.Seconds(), "rows/s")
}

// BenchmarkBuildOneRowPerTx writes the same rows with the per-report statements (those
// a changed report is written with) but one row per managed transaction: the naive
// approach that Build's batching avoids.
func BenchmarkBuildOneRowPerTx(b *testing.B) {
	c := testClient(b)
	ext := syntheticExtraction(benchEntities)
	rows := benchRows(ext)
	if err := c.ApplySchema(context.Background()); err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var elapsed time.Duration
	for b.Loop() {
		b.StopTimer()
		neo4jtest.Wipe(b)
		if err := c.ApplySchema(ctx); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		plans, _ := planReports(ext, nil)
		p := plans[0]
		params := map[string]any{"rid": p.report.ID}
		one := func(cypher string, rs []row) {
			for _, r := range rs {
				if err := c.writeRows(ctx, cypher, []row{r}, params); err != nil {
					b.Fatal(err)
				}
			}
		}
		if err := c.writeOne(ctx, cypherMergeReport, map[string]any{"rid": p.report.ID, "props": p.props}); err != nil {
			b.Fatal(err)
		}
		one(cypherMergeSentences, p.sentences)
		one(cypherMergeEntities, p.entities)
		one(cypherMergeMentions, p.mentions)
		for _, g := range p.relGroups {
			q, err := relationCypher(g.relType, g.fromLabel, g.toLabel)
			if err != nil {
				b.Fatal(err)
			}
			one(q, g.rows)
		}
		elapsed += time.Since(start)
	}
	b.ReportMetric(float64(rows*b.N)/elapsed.Seconds(), "rows/s")
}

// writeRows runs one UNWIND statement with rows in its own managed transaction.
func (c *Client) writeRows(ctx context.Context, cypher string, rows []row, params map[string]any) error {
	sess := c.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		st := &txStats{}
		_, err := st.runBatches(ctx, tx, cypher, rows, len(rows), params)
		return nil, err
	})
	return err
}
