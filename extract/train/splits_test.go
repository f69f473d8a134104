package train

import (
	"testing"

	"github.com/govkg/govkg/extract/eval"
)

// TestTrainingGoldsOf: the tagger learns from the train split and the seeds, the rankers
// from the dev split too, the seeds SeedWeight times; nothing learns from the test split.
func TestTrainingGoldsOf(t *testing.T) {
	c, err := eval.LoadCorpus("../../testdata/gold")
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, g := range c.Golds {
		count[g.Split]++
	}
	tests := []struct {
		name   string
		splits []string
		want   map[string]int // gold sets per split in the training list
	}{
		{"tagger", Splits, map[string]int{eval.SplitTrain: count[eval.SplitTrain], eval.SplitSeeds: SeedWeight * count[eval.SplitSeeds]}},
		{"rankers", RankerSplits, map[string]int{eval.SplitTrain: count[eval.SplitTrain], eval.SplitDev: count[eval.SplitDev], eval.SplitSeeds: SeedWeight * count[eval.SplitSeeds]}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golds, err := trainingGoldsOf(c, tt.splits)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]int{}
			for _, g := range golds {
				got[g.Split]++
			}
			for _, s := range eval.Splits {
				if got[s] != tt.want[s] {
					t.Errorf("%s: %d gold sets in training, want %d", s, got[s], tt.want[s])
				}
			}
		})
	}
}
