package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/eval"
)

func TestGoldAgreeFlags(t *testing.T) {
	tests := []struct {
		args     []string
		wantErr  bool
		second   string
		gold     string
		format   string
		splits   []string
		byReport bool
	}{
		{args: []string{"second"}, second: "second", gold: DefaultGoldDir, format: "table", splits: eval.Splits},
		{args: []string{"second", "--gold", "g", "--format", "json"}, second: "second", gold: "g", format: "json", splits: eval.Splits},
		{args: []string{"second", "--split", "test,dev", "--by-report", "--format", "csv"}, second: "second", gold: DefaultGoldDir, format: "csv", splits: []string{"test", "dev"}, byReport: true},
		{args: nil, wantErr: true},
		{args: []string{"a", "b"}, wantErr: true},
		{args: []string{"second", "--format", "yaml"}, wantErr: true},
		{args: []string{"second", "--split", "nope"}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			f, _, _ := cliFactory()
			got, err := parsedOptions(f, NewCmdGoldAgree, tt.args)
			if tt.wantErr {
				if err == nil || govkg.ExitCode(err) != 2 {
					t.Fatalf("err = %v, want a usage error (exit 2)", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.SecondDir != tt.second || got.GoldDir != tt.gold || got.Format != tt.format ||
				!slices.Equal(got.Splits, tt.splits) || got.ByReport != tt.byReport {
				t.Errorf("got %+v", got)
			}
		})
	}
}

// agreeCorpus writes a one-set corpus into a new folder: the mini fixture's report and
// its gold set, changed by edit.
func agreeCorpus(t *testing.T, edit func(*eval.Gold)) string {
	t.Helper()
	src := filepath.Join("..", "..", "extract", "eval", "testdata", "mini")
	dir := t.TempDir()
	report, err := os.ReadFile(filepath.Join(src, "mini.md"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "mini.md"), report, 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := eval.LoadGold(filepath.Join(src, "mini.json"))
	if err != nil {
		t.Fatal(err)
	}
	edit(g)
	b, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "mini.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "split.tsv"), []byte("mini.json\tmini.md\t深圳市\t2025\tdev\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestGoldAgree: a second annotation equal to the gold agrees fully; one that leaves an
// entity out shows it as a miss, scored as eval scores the extractor.
func TestGoldAgree(t *testing.T) {
	gold := agreeCorpus(t, func(*eval.Gold) {})
	same, _, err := cliExec(t, "gold", "agree", gold, "--gold", gold, "--details=false")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(same, "== split dev: 1 reports, 1 cities") || !strings.Contains(same, "Company    1     1     1.00") {
		t.Errorf("a copy of the gold does not agree fully:\n%s", same)
	}
	second := agreeCorpus(t, func(g *eval.Gold) {
		var kept []eval.GoldEntity
		for _, e := range g.Entities {
			if e.Type != govkg.TypeCompany {
				kept = append(kept, e)
			}
		}
		var rels []eval.GoldRelation
		for _, r := range g.Relations {
			if !strings.HasPrefix(r.From, "Company:") && !strings.HasPrefix(r.To, "Company:") {
				rels = append(rels, r)
			}
		}
		g.Entities, g.Relations = kept, rels
	})
	out, _, err := cliExec(t, "gold", "agree", second, "--gold", gold)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Company misses (1): 比亚迪") {
		t.Errorf("the left-out company is not a miss:\n%s", out)
	}
	rows, _, err := cliExec(t, "gold", "agree", second, "--gold", gold, "--by-report", "--format", "csv")
	if err != nil {
		t.Fatal(err)
	}
	if want := "report,split,entities,relations,indicators\nmini,dev,"; !strings.HasPrefix(rows, want) {
		t.Errorf("--by-report csv starts %q, want %q", rows, want)
	}
	if _, _, err := cliExec(t, "gold", "agree", second, "--gold", gold, "--format", "csv"); govkg.ExitCode(err) != 2 {
		t.Errorf("csv without --by-report: err %v, want a usage error", err)
	}
	if _, _, err := cliExec(t, "gold", "agree", second, "--gold", t.TempDir()); err == nil {
		t.Error("a gold folder without a manifest is not an error")
	}
}
