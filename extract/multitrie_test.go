package extract

import (
	"testing"
)

// TestMultiTrie checks a merged walk against each trie's own longest and longestSuffix,
// on made-up keys (shared prefixes, a key of one trie inside another's, a rune outside
// the BMP) and on the feature dictionaries over the sentences of the seed reports.
func TestMultiTrie(t *testing.T) {
	build := func(keys ...string) *trie {
		tr := newTrie()
		for i, k := range keys {
			tr.add(k, i)
		}
		return tr
	}
	a := build("龙岗", "龙岗区", "坪山区", "𠀀字", "a")
	b := build("龙", "龙岗区政府", "山区", "字号")
	c := build("区政", "𠀀")
	tests := []struct {
		name string
		text string
	}{
		{"nested keys", "在龙岗区政府建设"},
		{"a prefix of another trie's key", "龙岗区政"},
		{"outside the BMP", "𠀀字号"},
		{"latin", "xa龙"},
		{"nothing", "公司"},
		{"empty", ""},
	}
	m := newMultiTrie(a, b, c)
	tries := []*trie{a, b, c}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkMulti(t, m, tries, []rune(tt.text), false, nil)
		})
	}
	rev := []*trie{build(reverse("产业园"), reverse("园"), reverse("产业园区")), build(reverse("园区"), reverse("业"))}
	mr := newMultiTrie(rev...)
	for _, s := range []string{"深港产业园区", "深港产业园", "公园", "公司", ""} {
		checkMulti(t, mr, rev, []rune(s), true, nil)
	}

	x := New()
	ft := x.featureTries()
	words := []*trie{x.heads, x.programs, x.companies, x.countyFull, x.countyShort, x.upperPlaces, x.status, x.boundary, x.commonWords()}
	// the merged walk gives a boundary word's kind where x.boundary gives its index
	boundKind := func(k, idx int, key []rune) int {
		if k == ftBoundKind {
			return x.boundSet[string(key)]
		}
		return idx
	}
	for _, doc := range testDocs(t, 2, "reports/*") {
		for _, s := range doc.Sentences {
			rs := []rune(s.Text)
			checkMulti(t, ft.words, words, rs, false, boundKind)
			checkMulti(t, ft.ends, []*trie{x.suffixes, x.markers}, rs, true, nil)
		}
	}
}

// checkMulti compares one merged scan of rs with every trie's lookups at every position;
// payload, if not nil, maps trie k's payload for a key to the one the merged trie holds.
func checkMulti(t *testing.T, m *multiTrie, tries []*trie, rs []rune, suffix bool, payload func(k, idx int, key []rune) int) {
	t.Helper()
	var ms matches
	if suffix {
		m.scanSuffix(rs, &ms)
	} else {
		m.scan(rs, &ms)
	}
	for k, tr := range tries {
		for i := range rs {
			var idx, n int
			if suffix {
				idx, n = tr.longestSuffix(rs, i+1)
			} else {
				idx, n = tr.longest(rs, i)
			}
			if payload != nil && idx >= 0 {
				if suffix {
					idx = payload(k, idx, rs[i+1-n:i+1])
				} else {
					idx = payload(k, idx, rs[i:i+n])
				}
			}
			if gi, gn := ms.at(k, i); gi != idx || gn != n {
				t.Errorf("trie %d in %q at %d: merged %d,%d, alone %d,%d", k, string(rs), i, gi, gn, idx, n)
				return
			}
		}
	}
}
