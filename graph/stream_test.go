package graph

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/govkg/govkg"
	"github.com/govkg/govkg/graph/export"
	"github.com/govkg/govkg/internal/neo4jtest"
)

// hardName has every character an export must survive: quotes, backslash, braces,
// <>&, CRLF, tab, a line separator, RTL marks, an emoji and a tag character.
const hardName = "名\"'\\{}<a>&amp;\r\n\t\u2028\u200f\u202e😀\U000E0041末"

// exportFixture is fixture(version) plus entities whose ids sort differently in
// UTF-16 and code-point order, one with hardName, and full sentences for both reports.
func exportFixture(version int) *govkg.Extraction {
	ext := fixture(version)
	for i, id := range []string{"term:\ufffd", "term:😀", "term:\ue000", "term:" + hardName} {
		ext.Entities = append(ext.Entities, govkg.Entity{ID: id, Type: govkg.TypeTerm, Name: strings.TrimPrefix(id, "term:"),
			Aliases: []string{"别名;" + id, ""}, Mentions: []govkg.Mention{mention(repB, 2, "引号")}})
		ext.Relations = append(ext.Relations, govkg.Relation{Type: govkg.RelPartOf, From: id, To: "district:440310",
			Props: map[string]any{"rank": i, "note": hardName}, Evidence: []govkg.Evidence{ev(repB, 2)}})
	}
	ext.Sentences = append(ext.Sentences, govkg.Sentence{ID: sid(repB, 2), Index: 2, Stance: govkg.StanceContext, Text: hardName, Start: 0, End: 20})
	return ext
}

func jsonlOf(t *testing.T, source func(export.Writer) error) string {
	t.Helper()
	var buf bytes.Buffer
	w := export.NewJSONL(&buf)
	if err := source(w); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestStreamMatchesOffline checks that the database stream and the offline build give
// byte-identical exports, after a first build and after a rebuild that drops facts.
func TestStreamMatchesOffline(t *testing.T) {
	c := testClient(t)
	ctx := context.Background()
	off := NewOffline()
	for _, version := range []int{1, 2} {
		ext := exportFixture(version)
		if _, err := c.Build(ctx, ext, BuildOptions{}); err != nil {
			t.Fatal(err)
		}
		off.Add(ext)
		db := jsonlOf(t, func(w export.Writer) error { return c.Export(ctx, w) })
		mem := jsonlOf(t, off.Export)
		if db != mem {
			t.Fatalf("version %d: database and offline exports differ:\n%s", version,
				neo4jtest.Diff(strings.Split(db, "\n"), strings.Split(mem, "\n")))
		}
		nodes := count(t, c, "MATCH (n) WHERE n:Report OR n:Sentence OR n:Entity RETURN count(n)")
		rels := count(t, c, "MATCH (a)-[r]->(b) RETURN count(r)")
		if got := strings.Count(db, `{"type":"node"`); got != nodes {
			t.Errorf("version %d: %d nodes exported, %d in the graph", version, got, nodes)
		}
		if got := strings.Count(db, `{"type":"relationship"`); got != rels {
			t.Errorf("version %d: %d relationships exported, %d in the graph", version, got, rels)
		}
		if version == 2 && strings.Contains(db, "company:比亚迪") {
			t.Error("the rebuild's dropped company is still exported")
		}
		if !strings.Contains(db, `"term:😀"`) || !strings.Contains(db, `\r\n\t\u2028`) {
			t.Error("hard names are missing or mangled in the export")
		}
	}
}

// TestRunScriptRebuilds runs the Cypher export on an empty database and expects the
// very graph Build wrote (properties, labels, relationships); a second run changes
// nothing.
func TestRunScriptRebuilds(t *testing.T) {
	c := testClient(t)
	ctx := context.Background()
	ext := exportFixture(1)
	if _, err := c.Build(ctx, ext, BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	want := neo4jtest.Dump(t)
	var script bytes.Buffer
	w := export.NewCypher(&script)
	if err := c.Export(ctx, w); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	neo4jtest.Wipe(t)
	if n := count(t, c, "MATCH (n) RETURN count(n)"); n != 0 {
		t.Fatalf("wipe left %d nodes", n)
	}
	for run := 1; run <= 2; run++ {
		n, err := c.RunScript(ctx, bytes.NewReader(script.Bytes()))
		if err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		if n < len(want) {
			t.Errorf("run %d: %d statements for %d graph elements", run, n, len(want))
		}
		if got := neo4jtest.Dump(t); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("run %d: rebuilt graph differs:\n%s", run, neo4jtest.Diff(want, got))
		}
	}
}

func TestRunScriptReportsTheFailingLine(t *testing.T) {
	c := testClient(t)
	script := "CREATE (:Report {id: 'x;y'});\n// comment\nRETURN 1 +;\n"
	_, err := c.RunScript(context.Background(), strings.NewReader(script))
	if err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Fatalf("want an error naming line 3, got %v", err)
	}
	if govkg.ErrorCode(err) != govkg.EDB {
		t.Errorf("code %s, want %s", govkg.ErrorCode(err), govkg.EDB)
	}
	_, err = c.RunScript(context.Background(), strings.NewReader("RETURN 'open"))
	if govkg.ErrorCode(err) != govkg.EINPUT {
		t.Errorf("unterminated script: code %s (%v), want %s", govkg.ErrorCode(err), err, govkg.EINPUT)
	}
}

func TestStreamStopsOnCallbackError(t *testing.T) {
	c := testClient(t)
	ctx := context.Background()
	ext := exportFixture(1)
	if _, err := c.Build(ctx, ext, BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	stop := errors.New("disk full")
	calls := 0
	err := c.StreamNodes(ctx, func(export.Node) error {
		calls++
		return stop
	})
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("err %v after %d calls, want the callback's error after 1", err, calls)
	}
	calls = 0
	err = c.StreamRelationships(ctx, func(export.Relationship) error {
		calls++
		if calls == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || calls != 3 {
		t.Errorf("err %v after %d calls, want the callback's error after 3", err, calls)
	}
}
