package extract

import (
	"slices"
	"testing"

	"github.com/go-ego/gse/hmm"
)

// TestHMMCutter checks the array port of gse's HMM cut against gse's hmm.Cut: on
// made-up strings (gse's own examples, Latin, decimals, punctuation, Han outside the
// table, one character) and on every sentence of the seed reports and of the first
// corpus reports, whole and as the runs the DAG cut hands the HMM.
func TestHMMCutter(t *testing.T) {
	x := New()
	x.segmenter() // gse's segmenter loads gse's HMM model
	cases := []string{
		"纽约时代广场",
		"西雅图太空针, 纽约时代广场, New York City.",
		"鹏", "一", "a", "1.5", "∶", "增长1.5%至2.3亿元", "a1.2.3b 4", "5G基站ABC", "㐀𠀀中国",
		"加快推进双拥共建示范", "鹏新旭集成电路", "x-y·z", "Ｆｕｌｌ宽度",
	}
	for _, doc := range testDocs(t, 8, "reports/*", "corpus/*") {
		for _, s := range doc.Sentences {
			cases = append(cases, s.Text)
		}
	}
	var h hmmCutter
	for _, s := range cases {
		if got, want := h.cut([]rune(s), nil), hmm.Cut(s); !slices.Equal(got, want) {
			t.Errorf("cut(%q) = %q, gse %q", s, got, want)
		}
	}
	if len(cases) < 1000 {
		t.Errorf("only %d sentences", len(cases))
	}
}

// TestHMMTable checks the embedded emission table against gse's: a one-character
// Viterbi scores the character's S emission plus S's start (E's start is -3.14e100),
// to the bit, for every character of the CJK block.
func TestHMMTable(t *testing.T) {
	x := New()
	x.segmenter()
	tab := hmmEmissions()
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		got := tab.row(r)[hmmS] + hmmStart[hmmS]
		if want, _ := hmm.Viterbi([]rune{r}, []byte("BMES")); got != want {
			t.Fatalf("%c: S emission %v + start, gse %v", r, got, want)
		}
	}
}
