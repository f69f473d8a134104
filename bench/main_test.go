package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	ms := func(v ...int) []time.Duration {
		out := make([]time.Duration, len(v))
		for i, x := range v {
			out[i] = time.Duration(x) * time.Millisecond
		}
		return out
	}
	twenty := ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)
	for _, tc := range []struct {
		name   string
		sorted []time.Duration
		p      float64
		want   time.Duration
	}{
		{"empty", nil, 0.95, 0},
		{"one", ms(7), 0.95, 7 * time.Millisecond},
		{"p50 of 20 is the 10th", twenty, 0.50, 10 * time.Millisecond},
		{"p95 of 20 is the 19th", twenty, 0.95, 19 * time.Millisecond},
		{"p100 is the max", twenty, 1.0, 20 * time.Millisecond},
		{"p95 of 30 is the 29th", append(slices.Clone(twenty), ms(21, 22, 23, 24, 25, 26, 27, 28, 29, 30)...), 0.95, 29 * time.Millisecond},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := percentile(tc.sorted, tc.p); got != tc.want {
				t.Errorf("percentile(%v) = %v, want %v", tc.p, got, tc.want)
			}
		})
	}
}

func TestEvery(t *testing.T) {
	files := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i"}
	for _, tc := range []struct {
		k    int
		want []string
	}{
		{1, files},
		{2, []string{"a", "c", "e", "g", "i"}},
		{4, []string{"a", "e", "i"}},
	} {
		if got := every(files, tc.k); !slices.Equal(got, tc.want) {
			t.Errorf("every(%d) = %v, want %v", tc.k, got, tc.want)
		}
	}
}

func TestThousands(t *testing.T) {
	for in, want := range map[float64]string{0: "0", 999: "999", 1000: "1,000", 685770: "685,770", 1234567.4: "1,234,567", -50000: "-50,000"} {
		if got := thousands(in); got != want {
			t.Errorf("thousands(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestRewriteResults(t *testing.T) {
	const begin, end = "<!-- bench:results:begin -->", "<!-- bench:results:end -->"
	for _, tc := range []struct {
		name, old string
		want      string
	}{
		{"no file", "", "\n" + begin + "\nNEW\n" + end + "\n"},
		{"no markers: appended", "# Title\nprose", "# Title\nprose\n\n" + begin + "\nNEW\n" + end + "\n"},
		{"markers: only the inside changes", "# Title\n" + begin + "\nOLD\nOLD\n" + end + "\ntail\n",
			"# Title\n" + begin + "\nNEW\n" + end + "\ntail\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "BENCHMARKS.md")
			if tc.old != "" {
				if err := os.WriteFile(path, []byte(tc.old), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if err := rewriteResults(path, "NEW"); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

func TestCorpusFilesSkipsReadme(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"README.md", "b/2020.md", "a/2019.md", "a/notes.json"} {
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := corpusFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "a/2019.md"), filepath.Join(dir, "b/2020.md")}
	if !slices.Equal(got, want) {
		t.Errorf("corpusFiles = %v, want %v", got, want)
	}
	if _, err := corpusFiles(filepath.Join(dir, "a", "missing")); err == nil {
		t.Error("a missing corpus directory is not an error")
	}
}

func TestParamFlags(t *testing.T) {
	p := paramFlags{}
	if err := p.Set("shortest-path.a=东莞市"); err != nil {
		t.Fatal(err)
	}
	if p["shortest-path.a"] != "东莞市" {
		t.Errorf("param not kept: %v", p)
	}
	for _, bad := range []string{"noequals", "noquery=1"} {
		if err := p.Set(bad); err == nil || !strings.Contains(err.Error(), "QUERY.PARAM=VALUE") {
			t.Errorf("Set(%q) = %v, want a usage error", bad, err)
		}
	}
}

func TestMarkdownTargets(t *testing.T) {
	// a run whose extraction is slower than gse, whose ingest is under half the
	// transactional ceiling's rate and whose slowest query is at the city level
	r := &results{Files: 4, MB: 4, Repeat: 1,
		Gse:     gseResult{CutSecs: 10, CutCPU: 10, Files: 4},
		Binary:  []runMeasure{{Workers: 1, Wall: 12}, {Workers: 2, Wall: 7}},
		Stream:  []streamMeasure{{runMeasure{Workers: 1}, streamResult{Files: 4, Seconds: 12, CPUSecs: 12}}, {runMeasure{Workers: 2}, streamResult{Files: 4, Seconds: 7}}},
		Startup: []time.Duration{time.Second / 10},
		Ingest:  ingestResult{Reports: 4, Rows: 100000, Seconds: 10, Nodes: 40000, Rels: 60000},
		Ceiling: ceilingResult{Nodes: 40000, Rels: 60000, Seconds: 4, TxRows: 16000, Writers: 2},
		Bulk:    bulkResult{ExportSecs: 6, ImportSecs: 2, StartSecs: 1, SchemaSecs: 1, Nodes: 40001, Rels: 60000},
		GoBench: goBench{Batched: 30000, OneRowPerTx: 1000},
		Queries: []queryResult{{Name: "fast", P95: 5 * time.Millisecond, Runs: 30},
			{Name: "grouped", Level: "district", P95: 50 * time.Millisecond, Runs: 30},
			{Name: "grouped", Level: "city", P95: 150 * time.Millisecond, Runs: 30}},
	}
	md := r.markdown()
	for _, want := range []string{
		"| 1.20 (CPU 1.20)", "**no**: 1.20× gse's time", // ratio 12/10
		"0 of 4",                                // no report failed
		"| 0.40 (4.0 ÷ 10.0 s)", "**no**: 0.40", // the ceiling wrote the graph in 4 s, govkg in 10 s
		"| 0.20 (2.0 ÷ 10.0 s)", // the bulk import, no goal
		"30.0×",
		"50.0 ms (grouped)",           // level=district
		"**no**: grouped at 150.0 ms", // level=city
		"| 5.0 ms (fast)",             // level=province
		"| 10.0    | 10,000",          // the bulk route from the files: 6 + 2 + 1 + 1 s, 100,000 rows
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}
