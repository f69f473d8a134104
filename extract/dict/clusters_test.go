package dict

import "testing"

// TestClassLookups: the tables the tagger reads give every class of clusters.tsv, and
// no class where the file has none.
func TestClassLookups(t *testing.T) {
	c := CharClasses()
	if len(c.Char) == 0 || len(c.Pair) == 0 {
		t.Fatal("clusters.tsv gave no classes")
	}
	for r, k := range c.Char {
		if got := c.CharClass(r); got != k {
			t.Errorf("CharClass(%q) = %d, want %d", r, got, k)
		}
	}
	for key, k := range c.Pair {
		a, b := rune(key>>32), rune(uint32(key))
		if got := c.PairClass(a, b); got != k {
			t.Errorf("PairClass(%q, %q) = %d, want %d", a, b, got, k)
		}
	}
	misses := []struct {
		a, b rune
	}{
		{0, 0}, {'\U0001F600', 'a'}, {'a', '\U0001F600'}, {-1, 'x'}, {'龘', '龘'}, {'园', '公'},
	}
	for _, m := range misses {
		if want := c.Pair[PairKey(m.a, m.b)]; c.PairClass(m.a, m.b) != want {
			t.Errorf("PairClass(%q, %q) = %d, want %d", m.a, m.b, c.PairClass(m.a, m.b), want)
		}
		if want := c.Char[m.a]; c.CharClass(m.a) != want {
			t.Errorf("CharClass(%q) = %d, want %d", m.a, c.CharClass(m.a), want)
		}
	}
}
