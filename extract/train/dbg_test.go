//go:build experiment

package train

import (
	"fmt"
	"testing"

	"github.com/govkg/govkg/extract/eval"
	"github.com/govkg/govkg/extract/tagger"
)

func TestDbgLabels(t *testing.T) {
	c, _ := eval.LoadCorpus("../../testdata/gold")
	for _, g := range c.Golds {
		if g.Name != "harbin-2025" {
			continue
		}
		a := eval.Align(&g)
		labels := Labels(a)
		n := 0
		for si, s := range a.Doc.Sentences {
			rs := []rune(s.Text)
			sp := tagger.Spans(labels[si])
			if si < 40 || si > 60 {
				n += len(sp)
				continue
			}
			out := ""
			for _, x := range sp {
				out += fmt.Sprintf(" [%s:%s]", []string{"PJ", "PK", "PG", "CO"}[x.Label], string(rs[x.Start:x.End]))
			}
			fmt.Println(si, string(rs), "\n   ", out)
			n += len(sp)
		}
		fmt.Println("spans", n, "aligned", len(a.Spans), "entities", len(g.Entities))
	}
}
