package graph

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/govkg/govkg"
	"github.com/govkg/govkg/internal/neo4jtest"
)

// testClient opens the test Neo4j (see neo4jtest.Fresh: skipped without a server,
// locked against other test processes, wiped now and when the test ends).
func testClient(tb testing.TB) *Client {
	tb.Helper()
	neo4jtest.Fresh(tb)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := Open(ctx, ConfigFromEnv())
	if err != nil {
		tb.Fatalf("opening the test Neo4j: %v", err)
	}
	tb.Cleanup(func() { _ = c.Close(context.Background()) })
	return c
}

func read(tb testing.TB, c *Client, cypher string, params map[string]any) [][]any {
	tb.Helper()
	_, rows, err := c.Read(context.Background(), cypher, params)
	if err != nil {
		tb.Fatalf("%s: %v", cypher, err)
	}
	return rows
}

func count(tb testing.TB, c *Client, cypher string) int {
	tb.Helper()
	rows := read(tb, c, cypher, nil)
	return int(rows[0][0].(int64))
}

// counts returns the number of nodes per label and relationships per type.
func counts(tb testing.TB, c *Client) map[string]int {
	tb.Helper()
	out := map[string]int{}
	for _, r := range read(tb, c, "MATCH (n) UNWIND labels(n) AS l RETURN l, count(*)", nil) {
		out[":"+r[0].(string)] = int(r[1].(int64))
	}
	for _, r := range read(tb, c, "MATCH ()-[r]->() RETURN type(r), count(*)", nil) {
		out["-"+r[0].(string)] = int(r[1].(int64))
	}
	return out
}

const (
	repA = "pingshan-2024-government-work-report"
	repB = "pingshan-2025-plan-execution-and-plan"
	// weirdName has quotes, backslashes, braces, a backtick and a right-to-left mark.
	weirdName = "引号\"双'单\\反斜杠{花括号}`反引号`\u200F末尾"
)

func sid(report string, i int) string { return fmt.Sprintf("%s/s%04d", report, i) }

func mention(report string, i int, text string) govkg.Mention {
	return govkg.Mention{ReportID: report, SentenceID: sid(report, i), Start: 0, End: len([]rune(text)), Text: text}
}

func ev(report string, i int) govkg.Evidence {
	return govkg.Evidence{ReportID: report, SentenceID: sid(report, i), Start: 0, End: 4}
}

// fixture is two reports about 坪山区 sharing the District and a MetroLine; report A
// also has a Project with a STATUS and a Company that version 2 of A drops. The
// extraction holds A's full sentences (fixtureSentences).
func fixture(version int) *govkg.Extraction {
	shaA := "aaaa0001"
	if version == 2 {
		shaA = "aaaa0002"
	}
	ext := &govkg.Extraction{
		Reports: []govkg.Report{
			{ID: repA, Path: repA + ".txt", District: "坪山区", DistrictCode: "440310", City: "深圳市", Province: "广东省",
				Year: 2023, PlanYear: 2024, Kind: govkg.KindWorkReport, Title: "坪山区政府工作报告", SHA256: shaA, Encoding: "utf-8", Format: "txt"},
			{ID: repB, Path: repB + ".txt", District: "坪山区", DistrictCode: "440310", Year: 2024, PlanYear: 2025,
				Kind: govkg.KindPlanReport, SHA256: "bbbb0001", Encoding: "gb18030", Format: "txt", Warnings: []string{"表格已跳过"}},
		},
		Entities: []govkg.Entity{
			{ID: "district:440310", Type: govkg.TypeDistrict, Name: "坪山区", Aliases: []string{"坪山"},
				Props:    map[string]any{"code": "440310"},
				Mentions: []govkg.Mention{mention(repA, 0, "坪山区"), mention(repB, 0, "坪山")}},
			{ID: "metro:14", Type: govkg.TypeMetroLine, Name: "地铁14号线", Aliases: []string{"14号线", "东部快线"},
				Props:    map[string]any{"length_km": 50.3, "stations": []any{"坪山围", "坪山中心"}, "operator": map[string]any{"name": "深铁", "since": 2022}},
				Mentions: []govkg.Mention{mention(repA, 1, "14号线"), mention(repB, 1, "地铁14号线")}},
			{ID: "project:坪山中心医院", Type: govkg.TypeProject, Name: "坪山中心医院",
				Mentions: []govkg.Mention{mention(repA, 2, "坪山中心医院")}},
			{ID: "term:weird", Type: govkg.TypeTerm, Name: weirdName, Aliases: []string{"{别名}", "a\\b"},
				Props:    map[string]any{"note`}": "键名也安全", "id": "must not clobber the id"},
				Mentions: []govkg.Mention{mention(repB, 2, "引号")}},
			{ID: "indicator:gdp", Type: govkg.TypeIndicator, Name: "地区生产总值",
				Mentions: []govkg.Mention{mention(repB, 3, "地区生产总值")}},
		},
		Relations: []govkg.Relation{
			{Type: govkg.RelServes, From: "metro:14", To: "district:440310", Evidence: []govkg.Evidence{ev(repB, 1), ev(repA, 1)}},
			{Type: govkg.RelStatus, From: repA, To: "project:坪山中心医院", Props: map[string]any{"status": "开工"}, Evidence: []govkg.Evidence{ev(repA, 2)}},
			// No From: STATUS falls back to the evidence's report.
			{Type: govkg.RelStatus, To: "metro:14", Props: map[string]any{"status": "建设中"}, Evidence: []govkg.Evidence{ev(repB, 1)}},
			{Type: govkg.RelHasIndicator, From: "district:440310", To: "indicator:gdp",
				Props: map[string]any{"value": 1000.5, "unit": "亿元", "year": 2024}, Evidence: []govkg.Evidence{ev(repB, 3)}},
		},
	}
	ext.Sentences = fixtureSentences(version)
	if version == 1 {
		ext.Entities = append(ext.Entities, govkg.Entity{ID: "company:比亚迪", Type: govkg.TypeCompany, Name: "比亚迪",
			Mentions: []govkg.Mention{mention(repA, 3, "比亚迪")}})
		ext.Relations = append(ext.Relations, govkg.Relation{Type: govkg.RelLocatedIn, From: "company:比亚迪", To: "district:440310",
			Evidence: []govkg.Evidence{ev(repA, 3)}})
	}
	return ext
}

// fixtureSentences are report A's full sentences (B's are synthesized from ids).
func fixtureSentences(version int) []govkg.Sentence {
	texts := []string{"坪山区经济稳中有进。", "地铁14号线建成通车。", "坪山中心医院开工建设。", "比亚迪扩大产能。"}
	if version == 2 {
		texts = texts[:3]
	}
	var out []govkg.Sentence
	pos := 0
	for i, t := range texts {
		n := len([]rune(t))
		out = append(out, govkg.Sentence{ID: sid(repA, i), Index: i, Paragraph: i / 2, Section: []string{"一、2023年工作回顾"},
			Stance: govkg.StanceAchieved, Text: t, Start: pos, End: pos + n})
		pos += n
	}
	return out
}

// only is ext reduced to its i-th report and that report's sentences, as the
// extraction of that report's file would be.
func only(ext *govkg.Extraction, i int) *govkg.Extraction {
	out := *ext
	rid := ext.Reports[i].ID
	out.Reports = []govkg.Report{ext.Reports[i]}
	out.Sentences = nil
	for _, s := range ext.Sentences {
		if reportOfSentence(s.ID) == rid {
			out.Sentences = append(out.Sentences, s)
		}
	}
	return &out
}
