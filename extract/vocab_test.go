package extract

import (
	"strings"
	"testing"
)

// TestStatusWordsHaveOneHome: a status word is listed once, in statusVerbs (the tagger
// reads it too), relationVerbs (the relation pass alone) or operatingTails (after a verb),
// and relationVerbs lists a longer word before any word it starts with, since the first
// match wins.
func TestStatusWordsHaveOneHome(t *testing.T) {
	home := map[string]string{}
	put := func(w, list string) {
		t.Helper()
		if old, ok := home[w]; ok {
			t.Errorf("%s is in %s and in %s", w, old, list)
		}
		home[w] = list
	}
	for w := range statusVerbs {
		put(w, "statusVerbs")
	}
	for _, v := range relationVerbs {
		put(v.word, "relationVerbs")
	}
	for _, w := range operatingTails {
		put(w, "operatingTails")
	}
	for i, a := range relationVerbs {
		for _, b := range relationVerbs[i+1:] {
			if strings.HasPrefix(b.word, a.word) {
				t.Errorf("relationVerbs: %s comes before the longer %s", a.word, b.word)
			}
		}
	}
}
