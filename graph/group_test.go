package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/govkg/govkg"
	"github.com/govkg/govkg/graph/export"
	"github.com/govkg/govkg/internal/neo4jtest"
)

const (
	repC = "longgang-2024-government-work-report" // sorts before A and B
	repD = "pingshan-2024-zz-supplement"          // sorts between A and B
)

// newReports are two reports not in fixture(1) that share with it the District, the
// MetroLine (a new alias) and the SERVES fact, share a new Program and its IMPLEMENTS
// fact with each other, and both define a Term (the smaller report id's definition
// wins).
func newReports() []*govkg.Extraction {
	var out []*govkg.Extraction
	for k, rid := range []string{repC, repD} {
		ext := &govkg.Extraction{
			Reports: []govkg.Report{{ID: rid, Path: rid + ".txt", District: "坪山区", SHA256: fmt.Sprintf("cccc000%d", k), Kind: govkg.KindWorkReport, Year: 2024}},
			Entities: []govkg.Entity{
				{ID: "district:440310", Type: govkg.TypeDistrict, Name: "坪山区", Aliases: []string{"坪山"},
					Props: map[string]any{"code": "440310"}, Mentions: []govkg.Mention{mention(rid, 0, "坪山区")}},
				{ID: "metro:14", Type: govkg.TypeMetroLine, Name: "地铁14号线", Aliases: []string{"14号线", fmt.Sprintf("别名%d", k)},
					Mentions: []govkg.Mention{mention(rid, 1, "14号线"), mention(rid, 1, "14号线")}}, // a repeated mention
				{ID: "program:百千万工程", Type: govkg.TypeProgram, Name: "百千万工程", Props: map[string]any{"level": k},
					Mentions: []govkg.Mention{mention(rid, 2, "百千万工程")}},
				{ID: "term:新质生产力", Type: govkg.TypeTerm, Name: "新质生产力", Props: map[string]any{"definition": fmt.Sprintf("定义%d", k)},
					Mentions: []govkg.Mention{mention(rid, 3, "新质生产力")}},
				{ID: fmt.Sprintf("project:项目%d", k), Type: govkg.TypeProject, Name: fmt.Sprintf("项目%d", k),
					Mentions: []govkg.Mention{mention(rid, 4, "项目")}},
			},
			Relations: []govkg.Relation{
				{Type: govkg.RelServes, From: "metro:14", To: "district:440310", Evidence: []govkg.Evidence{ev(rid, 1)}},
				{Type: govkg.RelImplements, From: "district:440310", To: "program:百千万工程", Evidence: []govkg.Evidence{ev(rid, 2), ev(rid, 0)}},
				{Type: govkg.RelPartOf, From: fmt.Sprintf("project:项目%d", k), To: "program:百千万工程", Evidence: []govkg.Evidence{ev(rid, 4)}},
				{Type: govkg.RelStatus, From: rid, To: fmt.Sprintf("project:项目%d", k), Props: map[string]any{"status": "开工"}, Evidence: []govkg.Evidence{ev(rid, 4)}},
			},
		}
		out = append(out, ext)
	}
	return out
}

func buildAll(t *testing.T, c *Client, exts []*govkg.Extraction, opts BuildOptions) BuildSummary {
	t.Helper()
	sum, err := c.BuildAll(ctx(t), exts, opts)
	if err != nil {
		t.Fatalf("build: %v (%s)", err, statuses(sum))
	}
	return sum
}

// TestGroupMatchesOneByOne builds, onto fixture(1), a changed A, an unchanged B and
// two new reports in one call (the new ones share a transaction), and compares the
// graph with writing the same reports one per transaction (GroupSize 1), and with the
// offline graph.
func TestGroupMatchesOneByOne(t *testing.T) {
	c := testClient(t)
	exts := append([]*govkg.Extraction{fixture(2)}, newReports()...)
	var graphs [][]string
	for _, groupSize := range []int{1, DefaultGroupSize} {
		oneByOne := groupSize == 1
		neo4jtest.Wipe(t)
		build(t, c, fixture(1), BuildOptions{})
		sum := buildAll(t, c, exts, BuildOptions{GroupSize: groupSize})
		want := repA + "=updated " + repB + "=unchanged " + repC + "=created " + repD + "=created"
		if s := statuses(sum); s != want {
			t.Fatalf("oneByOne=%v: statuses %s, want %s", oneByOne, s, want)
		}
		for _, r := range sum.Reports[2:] {
			if r.NodesCreated == 0 || r.RelsCreated == 0 || r.Rows == 0 || r.Duration <= 0 || r.PropertiesSet == 0 || len(r.Warnings) > 0 {
				t.Errorf("oneByOne=%v: result %+v", oneByOne, r)
			}
		}
		// Counted for the first report that creates them: C creates the Program and
		// its IMPLEMENTS, D only its own project and facts.
		if c, d := sum.Reports[2], sum.Reports[3]; c.NodesCreated != d.NodesCreated+2 || c.RelsCreated != d.RelsCreated+1 {
			t.Errorf("oneByOne=%v: counters C %+v D %+v", oneByOne, c, d)
		}
		graphs = append(graphs, neo4jtest.Dump(t))
	}
	if d := neo4jtest.Diff(graphs[0], graphs[1]); d != "" {
		t.Fatalf("grouped build differs from one by one:\n%s", d)
	}
	rows := read(t, c, "MATCH (:District)-[r:IMPLEMENTS]->(p:Program) RETURN r.reports, r.evidence_sentences, p.reports, p.level", nil)
	if fmt.Sprint(rows) != fmt.Sprintf("[[[%s %s] [%s %s %s %s] [%s %s] 1]]", repC, repD, sid(repC, 0), sid(repC, 2), sid(repD, 0), sid(repD, 2), repC, repD) {
		t.Errorf("IMPLEMENTS %v", rows)
	}
	rows = read(t, c, "MATCH (m:MetroLine)-[r:SERVES]->(:District) RETURN m.aliases, m.reports, r.evidence_reports", nil)
	if fmt.Sprint(rows) != fmt.Sprintf("[[[14号线 东部快线 别名0 别名1] [%s %s %s %s] [%s %s %s %s]]]", repC, repA, repD, repB, repC, repA, repD, repB) {
		t.Errorf("metro line %v", rows)
	}
	rows = read(t, c, "MATCH (t:Term {id: 'term:新质生产力'}) RETURN t.definition, t.definition_report", nil)
	if fmt.Sprint(rows) != fmt.Sprintf("[[定义0 %s]]", repC) {
		t.Errorf("definition %v", rows)
	}

	off := NewOffline()
	off.Add(fixture(1))
	for _, ext := range exts {
		off.Add(ext)
	}
	db := jsonlOf(t, func(w export.Writer) error { return c.Export(context.Background(), w) })
	if mem := jsonlOf(t, off.Export); db != mem {
		t.Errorf("grouped build and offline graph differ:\n%s", neo4jtest.Diff(strings.Split(db, "\n"), strings.Split(mem, "\n")))
	}
}

// TestGroupWithABadReport builds A, B and a report whose sentence id is already A's:
// the group's transaction fails, the reports are written again one by one, A and B
// land and the bad one fails and leaves no trace.
func TestGroupWithABadReport(t *testing.T) {
	c := testClient(t)
	build(t, c, fixture(1), BuildOptions{})
	want := neo4jtest.Dump(t)
	neo4jtest.Wipe(t)

	const bad = "pingshan-2026-bad-report"
	badExt := &govkg.Extraction{
		Reports:  []govkg.Report{{ID: bad, SHA256: "bad00001", Kind: govkg.KindWorkReport}},
		Entities: []govkg.Entity{{ID: "company:坏公司", Type: govkg.TypeCompany, Name: "坏公司", Mentions: []govkg.Mention{mention(bad, 0, "坏公司")}}},
		// a sentence id that belongs to report A, in the bad report's own extraction
		Sentences: []govkg.Sentence{{ID: sid(repA, 0), Index: 0, Text: "冒名的句子。"}},
	}
	sum, err := c.BuildAll(ctx(t), []*govkg.Extraction{fixture(1), badExt}, BuildOptions{})
	if err == nil || govkg.ErrorCode(err) != govkg.EDB || !strings.Contains(err.Error(), "1 of 3 reports failed ("+bad+")") {
		t.Fatalf("err %v", err)
	}
	if s := statuses(sum); s != repA+"=created "+repB+"=created "+bad+"=failed" {
		t.Fatalf("statuses %s", s)
	}
	for _, r := range sum.Reports[:2] {
		if !slices.ContainsFunc(r.Warnings, func(w string) bool { return strings.Contains(w, "its group's transaction failed") }) {
			t.Errorf("%s: no warning about the failed group: %v", r.ReportID, r.Warnings)
		}
		if r.NodesCreated == 0 || r.RelsCreated == 0 {
			t.Errorf("%s: counters %+v", r.ReportID, r)
		}
	}
	t.Logf("bad report: %v", sum.Reports[2].Err)
	if d := neo4jtest.Diff(want, neo4jtest.Dump(t)); d != "" {
		t.Errorf("graph differs from building A and B alone:\n%s", d)
	}
	if n := count(t, c, "MATCH (n) WHERE n.id = '"+bad+"' OR n.id = 'company:坏公司' OR '"+bad+"' IN coalesce(n.reports, []) RETURN count(n)"); n != 0 {
		t.Errorf("%d nodes of the bad report", n)
	}
	if n := count(t, c, "MATCH (s:Sentence) WHERE s.text = '冒名的句子。' RETURN count(s)"); n != 0 {
		t.Errorf("the bad report's sentence was written")
	}
}
