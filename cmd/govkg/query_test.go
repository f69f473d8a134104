//go:build unix

package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/graph"
	"github.com/govkg/govkg/internal/neo4jtest/seed"
	"github.com/govkg/govkg/queries"
)

// qtIO returns streams writing to buffers, as a terminal (tables) or not.
func qtIO(tty bool) (*cmdutil.IOStreams, *bytes.Buffer, *bytes.Buffer) {
	out, errOut := &bytes.Buffer{}, &bytes.Buffer{}
	return &cmdutil.IOStreams{In: strings.NewReader(""), Out: out, ErrOut: errOut, IsTTY: tty}, out, errOut
}

// qtFactory is a factory over buffers whose graph is the Neo4j of the integration tests
// loaded with the seed reports: the fixture the tests of this binary share (seed.Graph
// takes the cross-process lock and builds the seed only when the graph is not already
// that; TestMain empties the database when the binary is done).
func qtFactory(t *testing.T) (*cmdutil.Factory, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	seed.Graph(t)
	io, out, errOut := qtIO(false)
	f := &cmdutil.Factory{IO: io, GraphConfig: graph.ConfigFromEnv()}
	t.Cleanup(func() { f.Close(context.Background()) })
	return f, out, errOut
}

// qtJSON decodes the JSON array of objects a command printed.
func qtJSON(t *testing.T, out *bytes.Buffer) []map[string]any {
	t.Helper()
	var rows []map[string]any
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil {
		t.Fatalf("output is not a JSON array: %v\n%s", err, out)
	}
	return rows
}

// qtWantCode fails unless err is a *govkg.Error with the code, its message contains
// every part, and it maps to the exit status.
func qtWantCode(t *testing.T, err error, code string, exit int, parts ...string) {
	t.Helper()
	var ge *govkg.Error
	if !errors.As(err, &ge) || ge.Code != code {
		t.Fatalf("err = %v (code %s), want code %s", err, govkg.ErrorCode(err), code)
	}
	if got := govkg.ExitCode(err); got != exit {
		t.Errorf("exit status %d, want %d", got, exit)
	}
	for _, p := range parts {
		if !strings.Contains(err.Error(), p) {
			t.Errorf("error %q does not mention %q", err, p)
		}
	}
}

func TestQueryCommandsWired(t *testing.T) {
	io, _, _ := qtIO(false)
	root := NewCmdRoot(&cmdutil.Factory{IO: io})
	for _, name := range []string{"query", "related", "path", "evidence", "timeline"} {
		if c, _, err := root.Find([]string{name}); err != nil || c.Name() != name {
			t.Errorf("govkg %s is not wired: %v", name, err)
		}
	}
	run, _, err := root.Find([]string{"query", "run"})
	if err != nil || run.ValidArgsFunction == nil {
		t.Fatalf("query run has no completion: %v", err)
	}
	got, _ := run.ValidArgsFunction(run, nil, "metro-lines-s")
	if len(got) != 1 || !strings.HasPrefix(got[0], "metro-lines-shared\t") {
		t.Errorf("completion of metro-lines-s = %v", got)
	}
	params, ok := run.GetFlagCompletionFunc("param")
	if !ok {
		t.Fatal("--param has no completion")
	}
	if keys, _ := params(run, []string{"metro-lines-shared"}, ""); !slices.ContainsFunc(keys, func(k string) bool { return strings.HasPrefix(k, "level=\t") }) {
		t.Errorf("completion of --param keys = %v", keys)
	}
	if vals, _ := params(run, []string{"metro-lines-shared"}, "level="); !slices.Equal(vals, []string{"level=district", "level=city", "level=province"}) {
		t.Errorf("completion of level= = %v", vals)
	}
	all, _ := run.ValidArgsFunction(run, nil, "")
	if len(all) != len(queries.All()) {
		t.Errorf("completion offers %d names, there are %d queries", len(all), len(queries.All()))
	}
	if more, _ := run.ValidArgsFunction(run, []string{"metro-lines-shared"}, ""); len(more) != 0 {
		t.Errorf("completion after the name = %v", more)
	}
}

func TestQueryList(t *testing.T) {
	tests := []struct {
		format string
		check  func(t *testing.T, out string)
	}{
		{"table", func(t *testing.T, out string) {
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if len(lines) != len(queries.All())+2 || !strings.HasPrefix(lines[0], "name") {
				t.Fatalf("table:\n%s", out)
			}
			for i, q := range queries.All() {
				if !strings.HasPrefix(lines[i+2], q.Name+" ") || !strings.HasSuffix(lines[i+2], q.Question) {
					t.Errorf("line %q: want %s and its full question", lines[i+2], q.Name)
				}
			}
		}},
		{"json", func(t *testing.T, out string) {
			var rows []struct {
				Name, Question string
				Params         []string
				Columns        []string
			}
			if err := json.Unmarshal([]byte(out), &rows); err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, r := range rows {
				names = append(names, r.Name)
				if r.Question == "" || len(r.Columns) == 0 {
					t.Errorf("%s: question %q, columns %v", r.Name, r.Question, r.Columns)
				}
			}
			if !slices.Equal(names, queries.Names()) {
				t.Errorf("names %v, want %v", names, queries.Names())
			}
		}},
		{"csv", func(t *testing.T, out string) {
			recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if recs[0][0] != "name" || recs[0][1] != "question" || len(recs) != len(queries.All())+1 {
				t.Errorf("csv header %v, %d records", recs[0], len(recs))
			}
			if !slices.ContainsFunc(recs, func(r []string) bool { return r[0] == "metro-lines-shared" }) {
				t.Errorf("metro-lines-shared missing from the csv list")
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			io, out, _ := qtIO(true)
			if err := queryListRun(&QueryListOptions{IO: io, Format: tt.format}); err != nil {
				t.Fatal(err)
			}
			tt.check(t, out.String())
		})
	}
	io, out, _ := qtIO(true)
	qtWantCode(t, qtExec(&cmdutil.Factory{IO: io}, "query", "list", "--format", "xml"), govkg.EUSAGE, 2, "--format")
	if out.Len() != 0 {
		t.Errorf("printed %q on failure", out)
	}
}

// qtExec runs a govkg command line with the factory f, as users type it: flags are
// checked when it is parsed.
func qtExec(f *cmdutil.Factory, args ...string) error {
	root := NewCmdRoot(f)
	root.SetArgs(args)
	return root.ExecuteContext(context.Background())
}

// TestQueryRunErrors covers what fails before the database is asked.
func TestQueryRunErrors(t *testing.T) {
	tests := []struct {
		name   string
		query  string
		params []string
		format string
		code   string
		exit   int
		parts  []string
	}{
		{"unknown query", "metro-lines", nil, "table", govkg.ENOTFOUND, 1,
			[]string{`no saved query "metro-lines"`, "did you mean metro-lines-shared", "promise-tracking", "govkg query list"}},
		{"unknown param", "metro-lines-shared", []string{"min=2"}, "table", govkg.EUSAGE, 2,
			[]string{"has no parameter min", "min_places=2", "level=district"}},
		{"missing param", "entity-neighbourhood", nil, "table", govkg.EUSAGE, 2,
			[]string{"needs --param name=VALUE"}},
		{"not an integer", "metro-lines-shared", []string{"min_places=two"}, "table", govkg.EUSAGE, 2,
			[]string{"wants an integer"}},
		{"no equals sign", "metro-lines-shared", []string{"min_places"}, "table", govkg.EUSAGE, 2,
			[]string{"want key=value"}},
		{"param twice", "metro-lines-shared", []string{"min_places=2", "min_places=3"}, "table", govkg.EUSAGE, 2,
			[]string{"given twice"}},
		{"not a level", "metro-lines-shared", []string{"level=town"}, "table", govkg.EUSAGE, 2,
			[]string{"parameter level wants one of district, city, province", `"town"`}},
		{"bad format", "metro-lines-shared", nil, "yaml", govkg.EUSAGE, 2, []string{"--format"}},
		// issue 17, D9: a negative limit was the server's error, exit 1; related --limit -1 is a usage error
		{"negative limit", "entity-neighbourhood", []string{"name=坪山区", "limit=-5"}, "table", govkg.EUSAGE, 2,
			[]string{"parameter limit wants a number from 0 up, got -5"}},
		{"negative max_paths", "shortest-path", []string{"a=坪山区", "b=比亚迪", "max_paths=-1"}, "table", govkg.EUSAGE, 2,
			[]string{"parameter max_paths wants a number from 0 up"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			io, out, _ := qtIO(false)
			// No graph: these must fail before a connection is needed.
			f := &cmdutil.Factory{IO: io, GraphConfig: graph.Config{URI: "bolt://127.0.0.1:1"}}
			var err error
			if tt.format == "table" {
				err = queryRunRun(context.Background(), &QueryRunOptions{IO: io, Factory: f, Name: tt.query, Params: tt.params, Format: tt.format})
			} else { // the format is checked when the command line is parsed
				err = qtExec(f, "--uri", "bolt://127.0.0.1:1", "query", "run", tt.query, "--format", tt.format)
			}
			qtWantCode(t, err, tt.code, tt.exit, tt.parts...)
			if out.Len() != 0 {
				t.Errorf("printed %q on failure", out)
			}
		})
	}
}

func TestQueryRunRejectsWrites(t *testing.T) {
	f, out, _ := qtFactory(t)
	write := queries.Query{Name: "sneaky", Question: "Can a saved query write?", Columns: []string{"id"},
		Cypher: "CREATE (n:Entity:Company {id: 'querytest:sneaky', name: 'sneaky'}) RETURN n.id AS id"}
	err := queryRunRun(context.Background(), &QueryRunOptions{IO: f.IO, Factory: f, Name: "sneaky", Format: "json",
		Lookup: func(string) (queries.Query, bool) { return write, true }})
	qtWantCode(t, err, govkg.EDB, 1, "read-only")
	if out.Len() != 0 {
		t.Errorf("printed %q", out)
	}
	c, _ := f.Graph(context.Background())
	_, rows, err := c.Read(context.Background(), "MATCH (n {id: 'querytest:sneaky'}) RETURN count(n)", nil)
	if err != nil || rows[0][0] != int64(0) {
		t.Errorf("the write left a node: %v %v", rows, err)
	}
}

func TestQueryRunFormats(t *testing.T) {
	f, out, _ := qtFactory(t)
	run := func(format string, params ...string) {
		t.Helper()
		out.Reset()
		if err := queryRunRun(context.Background(), &QueryRunOptions{IO: f.IO, Factory: f, Name: "metro-lines-shared", Params: params, Format: format}); err != nil {
			t.Fatal(err)
		}
	}
	run("json")
	row := seed.One(t, qtJSON(t, out), map[string]any{"line": "深圳地铁14号线"})
	if ds, _ := row["places"].([]any); !slices.Contains(ds, any("坪山区")) || !slices.Contains(ds, any("龙岗区")) {
		t.Errorf("14号线 places = %v", row["places"])
	}

	run("csv", "min_places=3")
	recs, err := csv.NewReader(strings.NewReader(out.String())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	q, _ := queries.Get("metro-lines-shared")
	if !slices.Equal(recs[0], q.Columns) {
		t.Errorf("csv header %v, want %v", recs[0], q.Columns)
	}
	for _, r := range recs[1:] {
		if strings.Count(r[1], "; ") < 2 {
			t.Errorf("min_places=3: %s named by %q", r[0], r[1])
		}
	}

	run("table")
	lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	qtAligned(t, lines)
	if !strings.Contains(out.String(), "深圳地铁25号线") {
		t.Errorf("table lacks 深圳地铁25号线:\n%s", out)
	}
}

// qtAligned checks that the second column starts at the same display column on every
// line, Chinese characters counting double.
func qtAligned(t *testing.T, lines []string) {
	t.Helper()
	col := -1
	for _, l := range lines {
		i := strings.Index(l, "  ")
		if i < 0 {
			continue
		}
		j := i + len(l[i:]) - len(strings.TrimLeft(l[i:], " "))
		w := cmdutil.DisplayWidth(l[:j])
		if col == -1 {
			col = w
		} else if w != col {
			t.Errorf("line %q: second column at %d, header at %d", l, w, col)
		}
	}
}

func TestRelated(t *testing.T) {
	f, out, errOut := qtFactory(t)
	seed.InReport(t, "pingshan-2025-government-work-report.md", "对口帮扶陆河")
	ctx := context.Background()

	// 坪山 is an alias: it resolves to 坪山区 and says so.
	if err := relatedRun(ctx, &RelatedOptions{IO: f.IO, Factory: f, Name: "坪山", Depth: 1, Limit: 500, Format: "json"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errOut.String(), "using 坪山区 (District)") {
		t.Errorf("stderr = %q, want the resolution", errOut)
	}
	rows := qtJSON(t, out)
	row := seed.One(t, rows, map[string]any{"relation": "ASSISTS", "name": "陆河县", "direction": "out"})
	if reps, _ := row["reports"].([]any); !slices.Contains(reps, any("440310-2025-gwr")) {
		t.Errorf("reports = %v", row["reports"])
	}
	if ys, _ := row["years"].([]any); !slices.Contains(ys, any(float64(2025))) {
		t.Errorf("years = %v", row["years"])
	}
	var rels []string
	for _, r := range rows {
		rels = append(rels, r["relation"].(string))
	}
	// grouped by relation type, the specific links (a project located in it, a line
	// serving it) before the generic (programs it implements, indicators)
	first := map[string]int{}
	for i, rel := range rels {
		if j, ok := first[rel]; ok && j != i-1 && rels[i-1] != rel {
			t.Errorf("rows of %s are not together: %v", rel, rels)
			break
		}
		if _, ok := first[rel]; !ok {
			first[rel] = i
		}
		first[rel] = i
	}
	if li, ok := first["LOCATED_IN"]; !ok || first["IMPLEMENTS"] < li {
		t.Errorf("LOCATED_IN rows (%v) should come before IMPLEMENTS rows (%v)", first["LOCATED_IN"], first["IMPLEMENTS"])
	}

	// --type keeps one relation type, in any case.
	out.Reset()
	if err := qtExec(f, "related", "坪山区", "--type", "assists", "--format", "json"); err != nil {
		t.Fatal(err)
	}
	for _, r := range qtJSON(t, out) {
		if r["relation"] != "ASSISTS" {
			t.Errorf("--type ASSISTS returned %v", r)
		}
	}

	// 10号线 resolves through its alias to the metro line, which serves 龙岗区 (辖区内 in
	// its sentence); depth 2 reaches further.
	seed.InReport(t, "longgang-2020-plan-execution-and-2021-plan.txt", "地铁10号线建成通车，辖区内")
	out.Reset()
	errOut.Reset()
	if err := relatedRun(ctx, &RelatedOptions{IO: f.IO, Factory: f, Name: "10号线", Depth: 2, Limit: 500, Format: "json"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errOut.String(), "深圳地铁10号线 (MetroLine)") {
		t.Errorf("stderr = %q", errOut)
	}
	rows = qtJSON(t, out)
	seed.One(t, rows, map[string]any{"depth": float64(1), "via": "深圳地铁10号线", "name": "龙岗区"})
	if len(seed.Find(rows, map[string]any{"depth": float64(2)})) == 0 {
		t.Errorf("depth 2 reached nothing beyond the first ring")
	}
	for _, r := range seed.Find(rows, map[string]any{"depth": float64(2)}) {
		if r["name"] == "深圳地铁10号线" {
			t.Errorf("the entity itself came back at depth 2: %v", r)
		}
	}

	// A type in the name settles an ambiguity.
	out.Reset()
	if err := relatedRun(ctx, &RelatedOptions{IO: f.IO, Factory: f, Name: "Program:百千万工程", Depth: 1, Limit: 500, Format: "json"}); err != nil {
		t.Fatal(err)
	}
	seed.One(t, qtJSON(t, out), map[string]any{"relation": "IMPLEMENTS", "name": "坪山区", "direction": "in"})
}

func TestRelatedErrors(t *testing.T) {
	f, _, _ := qtFactory(t)
	ctx := context.Background()
	tests := []struct {
		name  string
		opts  RelatedOptions
		code  string
		exit  int
		parts []string
	}{
		{"depth too deep", RelatedOptions{Name: "坪山区", Depth: 4, Limit: 10, Format: "table"}, govkg.EUSAGE, 2, []string{"--depth 4"}},
		{"unknown label", RelatedOptions{Name: "坪山区", Label: "Planet", Depth: 1, Limit: 10, Format: "table"}, govkg.EUSAGE, 2, []string{"Planet"}},
		{"no such entity", RelatedOptions{Name: "火星基地", Depth: 1, Limit: 10, Format: "table"}, govkg.ENOTFOUND, 1, []string{"火星基地"}},
		{"empty name", RelatedOptions{Name: " ", Depth: 1, Limit: 10, Format: "table"}, govkg.EUSAGE, 2, []string{"name"}},
		{"lucene syntax is text", RelatedOptions{Name: `坪山 AND "(`, Depth: 1, Limit: 10, Format: "table"}, govkg.ENOTFOUND, 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := tt.opts
			opts.IO, opts.Factory = f.IO, f
			qtWantCode(t, relatedRun(ctx, &opts), tt.code, tt.exit, tt.parts...)
		})
	}
	// Relation types and entity labels are checked when the command line is parsed.
	for name, tt := range map[string]struct {
		args  []string
		parts []string
	}{
		"unknown relation": {[]string{"related", "坪山区", "--type", "LIKES"}, []string{"--type LIKES", "ASSISTS"}},
		"unknown label":    {[]string{"related", "坪山区", "--label", "Planet"}, []string{"Planet"}},
	} {
		t.Run(name+" on the command line", func(t *testing.T) {
			qtWantCode(t, qtExec(f, tt.args...), govkg.EUSAGE, 2, tt.parts...)
		})
	}
}

func TestTimeline(t *testing.T) {
	f, out, errOut := qtFactory(t)
	ctx := context.Background()
	seed.InReport(t, "longgang-2020-plan-execution-and-2021-plan.txt", "3号线东延段")
	seed.InReport(t, "longgang-2025-government-work-report.txt", "轨道3号线四期开通运营")

	if err := timelineRun(ctx, &TimelineOptions{IO: f.IO, Factory: f, Name: "3号线", Format: "json"}); err != nil {
		t.Fatal(err)
	}
	rows := qtJSON(t, out)
	seed.One(t, rows, map[string]any{"report": "440307-2021-plan", "stance": "planned"})
	done := seed.One(t, rows, map[string]any{"report": "440307-2025-gwr", "status": "operating", "stance": "achieved"})
	if s, _ := done["sentence"].(string); !strings.Contains(s, "3号线四期开通运营") {
		t.Errorf("evidence = %q", s)
	}
	seed.YearsOrdered(t, rows)

	// 坪山 names many projects and parks: the candidates are listed, exit status 1.
	seed.InReport(t, "pingshan-2025-government-work-report.md", "坪山大剧院", "坪山体育公园")
	out.Reset()
	err := timelineRun(ctx, &TimelineOptions{IO: f.IO, Factory: f, Name: "坪山", Format: "table"})
	qtWantCode(t, err, govkg.ENOTFOUND, 1, "ambiguous", "坪山")
	if strings.Count(err.Error(), "(Project)")+strings.Count(err.Error(), "(Park)") < 2 {
		t.Errorf("candidates not listed: %v", err)
	}
	// A district has no timeline: only projects, parks and metro lines are looked up.
	errOut.Reset()
	if err := timelineRun(ctx, &TimelineOptions{IO: f.IO, Factory: f, Name: "District:坪山区", Format: "table"}); govkg.ErrorCode(err) != govkg.EUSAGE {
		t.Errorf("timeline of a district: err = %v", err)
	}
}

func TestPathAndEvidence(t *testing.T) {
	f, out, _ := qtFactory(t)
	ctx := context.Background()
	seed.InReport(t, "pingshan-2025-government-work-report.md", "比亚迪")

	if err := pathRun(ctx, &PathOptions{IO: f.IO, Factory: f, From: "坪山区", To: "比亚迪", Max: 5, Format: "json"}); err != nil {
		t.Fatal(err)
	}
	rows := qtJSON(t, out)
	path1 := seed.Find(rows, map[string]any{"path": float64(1)})
	if len(path1) == 0 {
		t.Fatalf("no path between 坪山区 and 比亚迪")
	}
	if path1[0]["from"] != "坪山区" || path1[len(path1)-1]["to"] != "比亚迪" {
		t.Errorf("path 1 = %v", path1)
	}
	for _, hop := range path1 {
		if s, _ := hop["evidence"].(string); s == "" {
			t.Errorf("hop without evidence sentence: %v", hop)
		}
	}
	qtWantCode(t, pathRun(ctx, &PathOptions{IO: f.IO, Factory: f, From: "坪山", To: "坪山区", Max: 5, Format: "json"}), govkg.EUSAGE, 2, "same entity")

	// Between two districts, a company active in both comes before the generic links
	// (programs both implement): 比亚迪 runs projects in 龙岗 (上李朗超充站, 全球研发中心)
	// and in 坪山 (汽车风洞中心).
	seed.InReport(t, "longgang-2025-government-work-report.txt", "比亚迪")
	out.Reset()
	if err := pathRun(ctx, &PathOptions{IO: f.IO, Factory: f, From: "龙岗区", To: "坪山区", Max: 5, Format: "json"}); err != nil {
		t.Fatal(err)
	}
	rows = qtJSON(t, out)
	via := map[float64][]string{}
	for _, hop := range rows {
		p, _ := hop["path"].(float64)
		via[p] = append(via[p], hop["to"].(string))
		if hop["relation"] == "IMPLEMENTS →" && p <= 3 {
			t.Errorf("path %v among the first three runs through a program: %v", p, hop)
		}
	}
	if !slices.Contains(via[1], "比亚迪") && !slices.Contains(via[2], "比亚迪") && !slices.Contains(via[3], "比亚迪") {
		t.Errorf("比亚迪 is not among the first three paths from 龙岗区 to 坪山区: %v", via)
	}

	seed.InReport(t, "longgang-2025-government-work-report.txt", "帮助靖西、那坡")
	out.Reset()
	if err := evidenceRun(ctx, &EvidenceOptions{IO: f.IO, Factory: f, From: "龙岗", To: "靖西市", Format: "json"}); err != nil {
		t.Fatal(err)
	}
	rows = qtJSON(t, out)
	row := seed.One(t, rows, map[string]any{"relation": "ASSISTS", "from": "龙岗区", "to": "靖西市", "report": "440307-2025-gwr"})
	if s, _ := row["sentence"].(string); !strings.Contains(s, "靖西") {
		t.Errorf("evidence sentence = %q", s)
	}
	// Either order finds the same sentences.
	out.Reset()
	if err := evidenceRun(ctx, &EvidenceOptions{IO: f.IO, Factory: f, From: "靖西市", To: "龙岗区", Format: "json"}); err != nil {
		t.Fatal(err)
	}
	if back := qtJSON(t, out); len(back) != len(rows) {
		t.Errorf("B A gave %d rows, A B %d", len(back), len(rows))
	}
}

// TestQueryRunColumns: --columns picks and orders columns; an unknown one is a usage
// error naming the query's columns, before any connection.
func TestQueryRunColumns(t *testing.T) {
	cols, rows := selectColumns([]string{"a", "b", "c"}, [][]any{{1, 2, 3}, {4, 5, 6}}, []string{"c", "a"})
	if !slices.Equal(cols, []string{"c", "a"}) || len(rows) != 2 || rows[0][0] != 3 || rows[1][1] != 4 {
		t.Errorf("selectColumns = %v %v", cols, rows)
	}
	io, out, _ := qtIO(false)
	f := &cmdutil.Factory{IO: io, GraphConfig: graph.Config{URI: "bolt://127.0.0.1:1"}}
	err := qtExec(f, "--uri", "bolt://127.0.0.1:1", "query", "run", "metro-lines-shared", "--columns", "line,nope")
	qtWantCode(t, err, govkg.EUSAGE, 2, `no column "nope"`, "line, places")
	if out.Len() != 0 {
		t.Errorf("printed %q on failure", out)
	}
}
