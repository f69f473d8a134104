//go:build experiment

package train

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/govkg/govkg/extract"
	"github.com/govkg/govkg/extract/eval"
)

// heldout cities (from the train split) for a quick estimate while dev is annotated
func TestExp(t *testing.T) {
	c, err := eval.LoadCorpus("../../testdata/gold")
	if err != nil {
		t.Fatal(err)
	}
	hold := map[string]bool{}
	for _, h := range strings.Split(os.Getenv("HOLD"), ",") {
		hold[h] = true
	}
	evalSplit := os.Getenv("EVAL")
	var tr, te []eval.Gold
	for _, g := range c.Golds {
		switch {
		case evalSplit != "" && g.Split == evalSplit:
			te = append(te, g)
		case evalSplit == "" && g.Split == eval.SplitTrain && hold[g.City]:
			te = append(te, g)
		case g.Split == eval.SplitTrain || g.Split == eval.SplitSeeds:
			tr = append(tr, g)
		}
	}
	if h := os.Getenv("HALF"); h != "" {
		var keep []eval.Gold
		for i, g := range tr {
			if g.Split == eval.SplitSeeds || i%2 == 0 {
				keep = append(keep, g)
			}
		}
		tr = keep
	}
	fam := extract.FamAll
	if f := os.Getenv("FAM"); f != "" {
		fmt.Sscan(f, &fam)
	}
	epochs := 10
	if e := os.Getenv("EPOCHS"); e != "" {
		fmt.Sscan(e, &epochs)
	}
	m, err := ModelFrom(tr, Options{Families: fam, Epochs: epochs})
	if err != nil {
		t.Fatal(err)
	}
	show := func(name string, x *extract.Extractor) {
		res, err := eval.RunWith(x, "x", te)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("%s (%d reports)\n", name, len(te))
		for _, s := range res.Entities {
			fmt.Printf("  %-10s gold %4d pred %4d  sP %.2f sR %.2f sF %.2f  lP %.2f lR %.2f lF %.2f\n", s.Type, s.Gold, s.Predicted, s.StrictP, s.StrictR, s.StrictF1, s.LenientP, s.LenientR, s.LenientF1)
		}
		fmt.Printf("  macro strict %.3f lenient %.3f\n", eval.Macro(res.Entities, true), eval.Macro(res.Entities, false))
		if os.Getenv("DETAIL") != "" && name == "tagger" {
			for _, s := range res.Entities {
				if s.Type == os.Getenv("DETAIL") {
					fmt.Println("MISSES", strings.Join(s.Misses, " "))
					fmt.Println("SPURIOUS", strings.Join(s.Spurious, " "))
				}
			}
		}
	}
	if os.Getenv("NORULES") == "" {
		show("rules", extract.NewWithModel(nil, fam))
	}
	if b := os.Getenv("BIAS"); b != "" {
		for _, x := range strings.Split(b, ",") {
			var f float32
			fmt.Sscan(x, &f)
			m.Bias = f
			show("tagger bias "+x, extract.NewWithModel(m, fam))
		}
		return
	}
	show("tagger", extract.NewWithModel(m, fam))
}
