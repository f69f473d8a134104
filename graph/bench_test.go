package graph

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/govkg/govkg"
	"github.com/govkg/govkg/internal/neo4jtest"
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
	plans, _ := planReports(ext)
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

// BenchmarkBuildOneRowPerTx writes the same rows with the same statements but one row
// per managed transaction: the naive approach that Build's batching avoids.
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
		plans, _ := planReports(ext)
		p := plans[0]
		one := func(cypher string, row map[string]any) {
			if err := c.writeOne(ctx, cypher, map[string]any{"rows": []map[string]any{row}}); err != nil {
				b.Fatal(err)
			}
		}
		one(cypherCreateReports, map[string]any{"id": p.report.ID, "props": p.props})
		for _, s := range p.sentences {
			one(cypherMergeSentences, map[string]any{"rid": p.report.ID, "sentences": []any{s.props}})
		}
		for _, e := range p.entities {
			one(cypherMergeEntities, map[string]any{"id": e.id, "type": e.typ, "props": mergeEntity(nil, p.report.ID, e.props)})
		}
		for i, m := range p.mentions {
			one(cypherMergeMentions, map[string]any{"i": int64(i), "sentence": m.sentence, "entity": m.entity, "start": m.start, "end": m.end, "props": m.props})
		}
		for i, r := range p.rels {
			q, err := relMergeCypher(r.relType, r.fromLabel, r.toLabel)
			if err != nil {
				b.Fatal(err)
			}
			one(q, map[string]any{"i": int64(i), "from": r.from, "to": r.to, "key": r.key, "props": mergeRelation(nil, p.report.ID, r)})
		}
		elapsed += time.Since(start)
	}
	b.ReportMetric(float64(rows*b.N)/elapsed.Seconds(), "rows/s")
}
