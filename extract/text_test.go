package extract

import "testing"

// hasAtDecoding is hasAt as it was: w decoded rune by rune.
func hasAtDecoding(rs []rune, i int, w string) bool {
	if i < 0 {
		return false
	}
	for _, c := range w {
		if i >= len(rs) || rs[i] != c {
			return false
		}
		i++
	}
	return true
}

func TestHasAt(t *testing.T) {
	rs := []rune("在龙岗区建设AI产业园,以及𠀀字\uFFFD")
	words := []string{"", "龙岗", "龙岗区建设", "AI", "A", "I产", "以及", "𠀀字", "字\uFFFD", "\uFFFD", "园,以", "设A", "区建设AI产业园,以及𠀀字\uFFFD!", "x"}
	for _, w := range words {
		for i := -1; i <= len(rs)+1; i++ {
			if got, want := hasAt(rs, i, w), hasAtDecoding(rs, i, w); got != want {
				t.Errorf("hasAt(%q, %d, %q) = %v, want %v", string(rs), i, w, got, want)
			}
		}
	}
}
