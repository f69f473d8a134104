package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
)

// cliFactory returns a factory whose streams write to buffers.
func cliFactory() (*cmdutil.Factory, *bytes.Buffer, *bytes.Buffer) {
	out, errOut := &bytes.Buffer{}, &bytes.Buffer{}
	return &cmdutil.Factory{IO: &cmdutil.IOStreams{In: strings.NewReader(""), Out: out, ErrOut: errOut}}, out, errOut
}

// cliExec runs the root command with args and returns stdout, stderr and the error.
func cliExec(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	f, out, errOut := cliFactory()
	root := NewCmdRoot(f)
	root.SetArgs(args)
	err := root.Execute()
	return out.String(), errOut.String(), err
}

// executeQuietly runs cmd with args, its usage and error output discarded: the flag
// tests read what runF received, or the error.
func executeQuietly(cmd *cobra.Command, args []string) error {
	cmd.SetArgs(args)
	cmd.SetOut(&bytes.Buffer{})
	cmd.SetErr(&bytes.Buffer{})
	return cmd.Execute()
}

// parsedOptions builds a command with a runF that keeps its options, runs it on args
// quietly and returns the options it was run with (nil when it was not) and the error.
func parsedOptions[O any](f *cmdutil.Factory, newCmd func(*cmdutil.Factory, func(*O) error) *cobra.Command, args []string) (*O, error) {
	var got *O
	err := executeQuietly(newCmd(f, func(o *O) error { got = o; return nil }), args)
	return got, err
}

// TestInspectFlags checks flag parsing apart from behaviour, through runF.
func TestInspectFlags(t *testing.T) {
	tests := []struct {
		args     []string
		wantErr  bool
		format   string
		district string
		year     int
		kind     govkg.ReportKind
	}{
		{args: []string{"a.txt"}, format: "table"},
		{args: []string{"--format", "json", "--district", "龙岗区", "--year", "2024", "--kind", "government-work-report", "a.txt"},
			format: "json", district: "龙岗区", year: 2024, kind: govkg.KindWorkReport},
		{args: []string{"--format", "xml", "a.txt"}, wantErr: true},
		{args: []string{}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			f, _, _ := cliFactory()
			got, err := parsedOptions(f, NewCmdInspect, tt.args)
			if tt.wantErr {
				if err == nil {
					t.Fatal("want an error")
				}
				if govkg.ExitCode(err) != 2 {
					t.Errorf("exit code %d for %v, want 2 (usage)", govkg.ExitCode(err), err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Format != tt.format || got.Document.District != tt.district || got.Document.Year != tt.year || got.Document.Kind != tt.kind {
				t.Errorf("options = %+v", got)
			}
		})
	}
}

// TestInspectReports: inspect detects the right district, years and kind for the five
// seed reports, and every report has achieved and planned sentences.
func TestInspectReports(t *testing.T) {
	out, _, err := cliExec(t, "inspect", "--format", "json",
		"../../testdata/reports/longgang-2020-plan-execution-and-2021-plan.txt",
		"../../testdata/reports/longgang-2025-government-work-report.txt",
		"../../testdata/reports/longhua-2022-plan-execution-and-2023-plan.txt",
		"../../testdata/reports/luohu-2025-government-work-report.txt",
		"../../testdata/reports/pingshan-2025-government-work-report.md")
	if err != nil {
		t.Fatal(err)
	}
	var results []InspectResult
	if err := json.Unmarshal([]byte(out), &results); err != nil {
		t.Fatalf("inspect --format json is not JSON: %v", err)
	}
	want := []struct {
		district       string
		year, planYear int
		kind           govkg.ReportKind
		id             string
	}{
		{"龙岗区", 2020, 2021, govkg.KindPlanReport, "440307-2021-plan"},
		{"龙岗区", 2024, 2025, govkg.KindWorkReport, "440307-2025-gwr"},
		{"龙华区", 2022, 2023, govkg.KindPlanReport, "440309-2023-plan"},
		{"罗湖区", 2024, 2025, govkg.KindWorkReport, "440303-2025-gwr"},
		{"坪山区", 2024, 2025, govkg.KindWorkReport, "440310-2025-gwr"},
	}
	if len(results) != len(want) {
		t.Fatalf("%d results, want %d", len(results), len(want))
	}
	for i, w := range want {
		r := results[i].Report
		if r.District != w.district || r.Year != w.year || r.PlanYear != w.planYear || r.Kind != w.kind || r.ID != w.id {
			t.Errorf("%s: got %s %d→%d %s %s, want %s %d→%d %s %s", r.Path, r.District, r.Year, r.PlanYear, r.Kind, r.ID,
				w.district, w.year, w.planYear, w.kind, w.id)
		}
		if results[i].Stances["achieved"] < 100 || results[i].Stances["planned"] < 100 {
			t.Errorf("%s: stances %v, want both achieved and planned parts", r.Path, results[i].Stances)
		}
		if len(results[i].Outline) < 3 {
			t.Errorf("%s: outline %v", r.Path, results[i].Outline)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	tests := [][]string{
		{"inspect"},
		{"extract", "--format", "yaml", "x"},
		{"version", "extra"},
		{"--no-such-flag"},
		{"eval", "--split", "nope"},
		{"eval", "a", "b"},
		{"eval", "--bootstrap", "-1"},
		{"gold", "check", "a", "b"},
	}
	for _, args := range tests {
		_, _, err := cliExec(t, args...)
		if err == nil || govkg.ExitCode(err) != 2 {
			t.Errorf("govkg %s: err %v (exit %d), want a usage error (exit 2)", strings.Join(args, " "), err, govkg.ExitCode(err))
		}
	}
}

func TestVersion(t *testing.T) {
	out, _, err := cliExec(t, "version")
	if err != nil || !strings.HasPrefix(out, "govkg ") || !strings.Contains(out, "graph schema v") {
		t.Errorf("version: %q %v", out, err)
	}
}

// TestExtractJSONL: every line is a JSON object with a kind, reports first, and the
// output is the same with one worker and with four.
func TestExtractJSONL(t *testing.T) {
	one, _, err := cliExec(t, "extract", "--format", "jsonl", "-j", "1", "../../testdata/reports")
	if err != nil {
		t.Fatal(err)
	}
	four, _, err := cliExec(t, "extract", "--format", "jsonl", "-j", "4", "../../testdata/reports")
	if err != nil {
		t.Fatal(err)
	}
	if one != four {
		t.Fatal("jsonl output differs between -j 1 and -j 4")
	}
	kinds := map[string]int{}
	for i, line := range strings.Split(strings.TrimSpace(one), "\n") {
		var rec struct {
			Kind string `json:"kind"`
			Type string `json:"type"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if i == 0 && rec.Kind != "report" {
			t.Errorf("first line is a %q, want the report", rec.Kind)
		}
		kinds[rec.Kind]++
	}
	if kinds["report"] != 5 || kinds["sentence"] < 1000 || kinds["entity"] < 500 || kinds["relation"] < 500 {
		t.Errorf("record counts %v", kinds)
	}
}

// TestExtractDashIsStdout: -o - writes to standard output, as export's does, and no
// file named "-" is created.
func TestExtractDashIsStdout(t *testing.T) {
	report, err := filepath.Abs("../../testdata/reports/luohu-2025-government-work-report.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	t.Chdir(dir)
	out, _, err := cliExec(t, "extract", "--format", "jsonl", "-o", "-", report)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, `{"kind":"report"`) {
		t.Errorf("stdout starts %.40q, want the report's JSON line", out)
	}
	if _, err := os.Stat(filepath.Join(dir, "-")); !os.IsNotExist(err) {
		t.Errorf("a file named - was written (stat: %v)", err)
	}
}

// TestExtractJSONSchema: the JSON document names every entity type exactly as the
// graph labels and every relation end exists.
func TestExtractJSONSchema(t *testing.T) {
	out, _, err := cliExec(t, "extract", "../../testdata/reports")
	if err != nil {
		t.Fatal(err)
	}
	var ext govkg.Extraction
	if err := json.Unmarshal([]byte(out), &ext); err != nil {
		t.Fatal(err)
	}
	types := map[govkg.EntityType]bool{}
	for _, ty := range govkg.EntityTypes {
		types[ty] = true
	}
	ids := map[string]bool{}
	for _, r := range ext.Reports {
		ids[r.ID] = true
	}
	groups := map[string]bool{} // a company group reached only through its units
	for _, r := range ext.Relations {
		if r.Type == govkg.RelPartOfGroup {
			groups[r.To] = true
		}
	}
	seenType := map[govkg.EntityType]bool{}
	for _, e := range ext.Entities {
		if !types[e.Type] {
			t.Errorf("entity %s has type %q", e.ID, e.Type)
		}
		seenType[e.Type] = true
		ids[e.ID] = true
		// places of the gazetteer (a report's own district, the cities and provinces its
		// districts are in) and company groups are entities even where no sentence names them
		if len(e.Mentions) == 0 && e.Type != govkg.TypeDistrict && e.Type != govkg.TypeCity && e.Type != govkg.TypeProvince && !groups[e.ID] {
			t.Errorf("entity %s has no mention", e.ID)
		}
	}
	for _, ty := range []govkg.EntityType{govkg.TypeDistrict, govkg.TypeProject, govkg.TypePark, govkg.TypeMetroLine,
		govkg.TypeProgram, govkg.TypeCompany, govkg.TypeInstitution, govkg.TypeIndicator, govkg.TypeStreet} {
		if !seenType[ty] {
			t.Errorf("no %s extracted from the five reports", ty)
		}
	}
	for _, r := range ext.Relations {
		if !ids[r.From] || !ids[r.To] {
			t.Errorf("relation %s %s→%s has an unknown end", r.Type, r.From, r.To)
		}
	}
}

// TestHelpHidesPassword: a password inside NEO4J_URI never shows in --help's defaults.
func TestHelpHidesPassword(t *testing.T) {
	t.Setenv("NEO4J_URI", "bolt://kg:s3cr3t-help@db.example:7687")
	out, _, err := cliExec(t, "--help")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "s3cr3t-help") || !strings.Contains(out, "db.example:7687") {
		t.Errorf("--help shows %q", out)
	}
}

// TestTrainFlags checks train's flag parsing apart from training, through runF.
func TestTrainFlags(t *testing.T) {
	tests := []struct {
		args      []string
		wantErr   bool
		gold      string
		out       string
		ownerOut  string
		ownerOnly bool
		scheme    string
		dropout   float64
	}{
		{args: nil, gold: DefaultGoldDir, out: DefaultModelPath, ownerOut: DefaultOwnerPath, scheme: "bio", dropout: 0},
		{args: []string{"--dropout", "0"}, gold: DefaultGoldDir, out: DefaultModelPath, ownerOut: DefaultOwnerPath, scheme: "bio", dropout: 0},
		{args: []string{"--dropout", "0.25"}, gold: DefaultGoldDir, out: DefaultModelPath, ownerOut: DefaultOwnerPath, scheme: "bio", dropout: 0.25},
		{args: []string{"--dropout", "1"}, wantErr: true},
		{args: []string{"--dropout", "-0.1"}, wantErr: true},
		{args: []string{"--scheme", "bioes"}, gold: DefaultGoldDir, out: DefaultModelPath, ownerOut: DefaultOwnerPath, scheme: "bioes", dropout: 0},
		{args: []string{"--scheme", "bilou"}, wantErr: true},
		{args: []string{"--owner-only", "g"}, gold: "g", out: DefaultModelPath, ownerOut: DefaultOwnerPath, ownerOnly: true, scheme: "bio", dropout: 0},
		{args: []string{"--owner-out", "o.bin.gz", "--out", "t.bin.gz"}, gold: DefaultGoldDir, out: "t.bin.gz", ownerOut: "o.bin.gz", scheme: "bio", dropout: 0},
		{args: []string{"--orders", "0"}, wantErr: true},
		{args: []string{"a", "b"}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			f, _, _ := cliFactory()
			got, err := parsedOptions(f, NewCmdTrain, tt.args)
			if tt.wantErr {
				if err == nil || govkg.ExitCode(err) != 2 {
					t.Fatalf("err = %v, want a usage error (exit 2)", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.GoldDir != tt.gold || got.Out != tt.out || got.OwnerOut != tt.ownerOut || got.OwnerOnly != tt.ownerOnly || got.Scheme != tt.scheme || got.Dropout != tt.dropout {
				t.Errorf("options = %+v", got)
			}
		})
	}
}

// TestEvalBaseline: eval against a baseline extraction of the same report prints each
// type's baseline, its own figure and the change, with the change's interval under
// --bootstrap; a baseline that is no extraction is an input error naming the file.
func TestEvalBaseline(t *testing.T) {
	const mini = "../../extract/eval/testdata/mini"
	saved, _, err := cliExec(t, "extract", "--format", "json", mini+"/mini.md")
	if err != nil {
		t.Fatal(err)
	}
	base := filepath.Join(t.TempDir(), "base.json")
	if err := os.WriteFile(base, []byte(saved), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := cliExec(t, "eval", mini, "--split", "seeds", "--baseline", base, "--bootstrap", "200")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"== split seeds: lenient F1 against the baseline", "change_95%", "STATUS", "relation macro"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) >= 4 && strings.HasPrefix(f[len(f)-2], "+") && f[len(f)-2] != "+0.0000" {
			t.Errorf("the same extraction changed: %s", line)
		}
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte("not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err = cliExec(t, "eval", mini, "--split", "seeds", "--baseline", bad)
	if err == nil || govkg.ExitCode(err) == 2 || !strings.Contains(err.Error(), "bad.json") {
		t.Errorf("a baseline that is no extraction: %v, want an input error naming the file", err)
	}
}

// TestEvalTestSplitDetails: the test split's misses and spurious items are printed only
// when --details is given, other splits' by default; the figures are printed either way.
func TestEvalTestSplitDetails(t *testing.T) {
	const mini = "../../extract/eval/testdata/mini"
	dir := t.TempDir()
	for _, f := range []string{"mini.json", "mini.md"} {
		b, err := os.ReadFile(filepath.Join(mini, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "split.tsv"), []byte("mini.json\tmini.md\t深圳市\t2025\ttest\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		args      []string
		wantLists bool
	}{
		{"test split by default", []string{"eval", dir, "--split", "test"}, false},
		{"test split with --details", []string{"eval", dir, "--split", "test", "--details"}, true},
		{"seeds by default", []string{"eval", mini, "--split", "seeds"}, true},
		{"seeds with --details=false", []string{"eval", mini, "--split", "seeds", "--details=false"}, false},
	}
	for _, tc := range tests {
		out, _, err := cliExec(t, tc.args...)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if !strings.Contains(out, "lenient_F1") {
			t.Errorf("%s: no figures:\n%s", tc.name, out)
		}
		if got := strings.Contains(out, "misses ("); got != tc.wantLists {
			t.Errorf("%s: lists printed = %v, want %v", tc.name, got, tc.wantLists)
		}
	}
}
