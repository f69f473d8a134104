//go:build experiment

package train

import (
	"fmt"
	"os"
	"testing"

	"github.com/govkg/govkg/extract"
	"github.com/govkg/govkg/extract/eval"
	"github.com/govkg/govkg/extract/tagger"
)

func TestDbgFit(t *testing.T) {
	c, _ := eval.LoadCorpus("../../testdata/gold")
	var tr []eval.Gold
	for _, g := range c.Golds {
		if g.Split == "train" || g.Split == "seeds" {
			tr = append(tr, g)
		}
	}
	fam := extract.FamAll
	if f := os.Getenv("FAMV"); f != "" {
		fmt.Sscan(f, &fam)
	}
	ex, _ := Examples(tr, fam)
	m := tagger.Train(extract.TaggerLabels, extract.TaggerBits, ex, tagger.TrainOptions{Epochs: 10, Seed: 0, Progress: func(e, k int) { fmt.Println("epoch", e, k) }})
	dec := tagger.NewDecoder(m)
	var tp, fp, fn [4]int
	for _, e := range ex {
		p := tagger.Spans(dec.Decode(e.Sentence))
		g := tagger.Spans(e.Gold)
		gs := map[tagger.Span]bool{}
		for _, s := range g {
			gs[s] = true
		}
		ps := map[tagger.Span]bool{}
		for _, s := range p {
			ps[s] = true
			if gs[s] {
				tp[s.Label]++
			} else {
				fp[s.Label]++
			}
		}
		for _, s := range g {
			if !ps[s] {
				fn[s.Label]++
			}
		}
	}
	for l := 0; l < 4; l++ {
		fmt.Printf("%s tp %d fp %d fn %d\n", extract.TaggerLabels[l], tp[l], fp[l], fn[l])
	}
}
