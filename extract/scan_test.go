package extract

import (
	"testing"
)

// TestSentenceScan checks that the report's scan answers what the tries answer: every
// dictionary at every position of every sentence of the seed reports, through longestAt
// (at the sentence, and with a hint at another one, which falls back to the trie) and
// through the suffix matches.
func TestSentenceScan(t *testing.T) {
	x := New()
	ft := x.featureTries()
	ends := []*trie{x.suffixes, x.markers}
	for _, doc := range testDocs(t, 2, "reports/*") {
		f := doc.Report.Path
		r := x.analyze(doc)
		if r.scan == nil {
			t.Fatal("no scan")
		}
		for si, rs := range r.runes {
			for _, hint := range []int{si, si + 1} {
				r.cur = hint
				for k, tr := range ft.list {
					for i := range rs {
						gi, gn := r.longestAt(k, rs, i)
						if wi, wn := tr.longest(rs, i); gi != wi || gn != wn {
							t.Fatalf("%s sentence %d trie %d at %d: %d,%d, trie %d,%d", f, si, k, i, gi, gn, wi, wn)
						}
						// nextMatch skips only positions without a key
						next := r.nextMatch(k, rs, i)
						for j := i; j < next; j++ {
							if idx, _ := tr.longest(rs, j); idx >= 0 {
								t.Fatalf("%s sentence %d trie %d: nextMatch(%d) = %d skips a key at %d", f, si, k, i, next, j)
							}
						}
						if next < len(rs) && hint == si {
							if idx, _ := tr.longest(rs, next); idx < 0 {
								t.Fatalf("%s sentence %d trie %d: nextMatch(%d) = %d, no key there", f, si, k, i, next)
							}
						}
					}
				}
			}
			for _, hint := range []int{si, si + 1} {
				r.cur = hint
				for k, tr := range ends {
					for e := 0; e <= len(rs); e++ {
						gi, gn := r.longestSuffixAt(k, rs, e)
						if wi, wn := tr.longestSuffix(rs, e); gi != wi || gn != wn {
							t.Fatalf("%s sentence %d end trie %d at %d: %d,%d, trie %d,%d", f, si, k, e, gi, gn, wi, wn)
						}
					}
				}
			}
		}
	}
}
