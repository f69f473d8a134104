package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govkg/govkg/internal/neo4jtest"
)

// TestBuildSeedReports builds the five seed reports with the real binary into the real
// Neo4j and checks what an analyst checks by reading the reports: counts per label and
// relationship type, and spot facts. Building twice changes nothing. The graph it
// leaves is the seed graph the later tests share (seed.Load checks that it is).
func TestBuildSeedReports(t *testing.T) {
	c := testClient(t)
	neo4jtest.Wipe(t)
	reports := filepath.Join(neo4jtest.RepoRoot(t), "testdata", "reports")
	r := run(t, neo4jEnv(), "", "build", "--json", reports)
	if r.code != 0 {
		t.Fatalf("build exit %d\n%s", r.code, r.stderr)
	}
	var sum struct {
		Reports []struct{ Report, Status string } `json:"reports"`
		Failed  int                               `json:"failed"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &sum); err != nil || len(sum.Reports) != 5 || sum.Failed != 0 {
		t.Fatalf("build --json summary: %v %s", err, r.stdout)
	}

	// Lower bounds that reading the reports supports (five districts' reports name dozens
	// of projects and parks each); exact counts move as the extractor improves.
	minNodes := map[string]int{"Report": 5, "Sentence": 2000, "District": 25, "Street": 5, "Project": 200,
		"Park": 100, "MetroLine": 10, "Program": 250, "Company": 50, "Institution": 40, "Indicator": 20, "Term": 5}
	for label, min := range minNodes {
		rows := read(t, c, "MATCH (n) WHERE $label IN labels(n) RETURN count(n)", map[string]any{"label": label})
		if n := rows[0][0].(int64); n < int64(min) || (label == "Report" && n != 5) {
			t.Errorf("%d %s nodes, want at least %d", n, label, min)
		}
	}
	for _, typ := range []string{"ABOUT", "HAS_SENTENCE", "MENTIONS", "LOCATED_IN", "IN_PARK", "INVOLVES", "SERVES",
		"IMPLEMENTS", "PART_OF", "ASSISTS", "IN_DISTRICT", "STATUS", "HAS_INDICATOR"} {
		rows := read(t, c, "MATCH ()-[r]->() WHERE type(r) = $t RETURN count(r)", map[string]any{"t": typ})
		if rows[0][0].(int64) == 0 {
			t.Errorf("no %s relationship", typ)
		}
	}

	facts := []struct{ what, cypher string }{
		{"3号线 SERVES 龙岗区", `MATCH (:MetroLine {name: '深圳地铁3号线'})-[:SERVES]->(:District {name: '龙岗区'}) RETURN count(*)`},
		{"坪山区 IMPLEMENTS 百千万工程", `MATCH (:District {name: '坪山区'})-[:IMPLEMENTS]->(:Program {name: '百千万工程'}) RETURN count(*)`},
		{"龙岗区 ASSISTS 靖西市", `MATCH (:District {name: '龙岗区'})-[:ASSISTS]->(:District {name: '靖西市'}) RETURN count(*)`},
		{"龙岗区 ASSISTS 那坡县", `MATCH (:District {name: '龙岗区'})-[:ASSISTS]->(:District {name: '那坡县'}) RETURN count(*)`},
		{"坪山区 ASSISTS 陆河县", `MATCH (:District {name: '坪山区'})-[:ASSISTS]->(:District {name: '陆河县'}) RETURN count(*)`},
		{"比亚迪 in 坪山区 and 龙岗区 reports", `MATCH (c:Company {name: '比亚迪'})<-[:MENTIONS]-(:Sentence)<-[:HAS_SENTENCE]-(:Report)-[:ABOUT]->(d:District)
			WITH count(DISTINCT d.name) AS n, collect(DISTINCT d.name) AS ds WHERE '坪山区' IN ds AND '龙岗区' IN ds RETURN n`},
		{"比亚迪汽车风洞中心 located in 坪山区", `MATCH (:Project {name: '比亚迪汽车风洞中心'})-[:LOCATED_IN]->(:District {name: '坪山区'}) RETURN count(*)`},
		{"a STATUS fact with its sentence", `MATCH (r:Report)-[s:STATUS]->(:Project) WHERE s.sentence STARTS WITH r.id AND s.stance IN ['achieved', 'planned'] RETURN count(*)`},
		{"every fact has evidence", `MATCH ()-[r]->() WHERE r.reports IS NOT NULL AND size(r.evidence_sentences) = 0 RETURN CASE count(r) WHEN 0 THEN 1 ELSE 0 END`},
	}
	for _, f := range facts {
		rows := read(t, c, f.cypher, nil)
		if len(rows) == 0 || rows[0][0].(int64) == 0 {
			t.Errorf("%s: not in the graph", f.what)
		}
	}
	// the evidence is the report's own text
	rows := read(t, c, `MATCH (s:Sentence)-[m:MENTIONS]->(:District {name: '靖西市'}) RETURN s.text LIMIT 1`, nil)
	if len(rows) == 0 || !strings.Contains(rows[0][0].(string), "靖西") {
		t.Errorf("靖西市's evidence sentence: %v", rows)
	}

	before := neo4jtest.Dump(t)
	if r := run(t, neo4jEnv(), "", "build", "--force", reports); r.code != 0 {
		t.Fatalf("second build: %s", r.stderr)
	}
	after := neo4jtest.Dump(t)
	if strings.Join(before, "\n") != strings.Join(after, "\n") {
		t.Errorf("building the same reports twice changed the graph (%d vs %d lines)", len(before), len(after))
	}
}
