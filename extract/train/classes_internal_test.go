package train

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/govkg/govkg/extract/eval"
)

// TestTrainTextFileNames: a corpus report is a train city's by the city part of its file
// name, whether the name ends in the year alone (xining-2016.md) or in the year and a
// month for a second report of that year (xining-2016-11.md, as the corpus names some).
func TestTrainTextFileNames(t *testing.T) {
	root := t.TempDir()
	gold, corpus := filepath.Join(root, "gold"), filepath.Join(root, "corpus")
	for _, d := range []string{gold, corpus} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"xining-2016.md", "xining-2016-11.md", "dalian-2020.md"} {
		if err := os.WriteFile(filepath.Join(corpus, f), []byte("# 报告\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c := &eval.Corpus{Dir: gold, Golds: []eval.Gold{
		{ReportPath: filepath.Join(corpus, "xining-2016-11.md"), City: "西宁市", Split: eval.SplitTrain},
		{ReportPath: filepath.Join(corpus, "dalian-2020.md"), City: "大连市", Split: eval.SplitDev},
	}}
	got, err := trainText(c)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(gold, "..", "corpus", "xining-2016-11.md"), filepath.Join(gold, "..", "corpus", "xining-2016.md")}
	if len(got) != len(want) {
		t.Fatalf("train reports %q, want %q", got, want)
	}
	for i := range want {
		if filepath.Clean(got[i]) != filepath.Clean(want[i]) {
			t.Errorf("train report %d: %s, want %s", i, got[i], want[i])
		}
	}
}
