package tagger

import (
	"bytes"
	"strings"
	"testing"
)

// splitChoices is a toy owner problem: a word of three letters opens a name when a
// feature says "name ends here", whatever the other features.
func splitChoices() []Choice {
	var out []Choice
	for i := range 40 {
		f := NewFeatures(10)
		none := []uint32{}
		f.Add(1, rune('a'+i%7)) // noise shared by both readings
		f.Add(2)                // "a name ends after three letters"
		split := f.Take()
		f.Add(1, rune('a'+i%7))
		f.Add(4) // the no-split reading's own bias
		none = append(none, f.Take()...)
		gold := 0
		if i%3 != 0 {
			gold = 1
			split = append(split, 3) // a bucket only the true splits have
		}
		out = append(out, Choice{Readings: [][]uint32{none, split}, Gold: gold})
	}
	return out
}

func TestTrainRanker(t *testing.T) {
	choices := splitChoices()
	m := TrainRanker(10, choices, 5, 1)
	for i, ch := range choices {
		if got := m.Best(ch.Readings); got != ch.Gold {
			t.Errorf("choice %d: best %d, gold %d", i, got, ch.Gold)
		}
	}
	if again := TrainRanker(10, choices, 5, 1); !bytes.Equal(again.Bytes(), m.Bytes()) {
		t.Error("the same choices gave a different ranker")
	}
}

func TestRankerBest(t *testing.T) {
	m := NewRanker(4)
	m.W[1], m.W[2] = 1, -1
	tests := []struct {
		name     string
		readings [][]uint32
		want     int
	}{
		{"highest", [][]uint32{{2}, {1}, {0}}, 1},
		{"tie keeps the first", [][]uint32{{0}, {3}}, 0},
		{"sum of features", [][]uint32{{1, 2}, {1, 1}}, 1},
		{"one reading", [][]uint32{{2}}, 0},
	}
	for _, tt := range tests {
		if got := m.Best(tt.readings); got != tt.want {
			t.Errorf("%s: Best = %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestRankerRoundTrip(t *testing.T) {
	m := TrainRanker(10, splitChoices(), 5, 1)
	got, err := DecodeRanker(bytes.NewReader(m.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got.Bits != m.Bits || !equalWeights(got.W, m.W) {
		t.Error("decoded ranker differs from the encoded one")
	}
	bad := []struct {
		name string
		data []byte
		want string
	}{
		{"not gzip", []byte("hello"), "ranker model"},
		{"tagger model", NewModel([]string{"X"}, 4).Bytes(), "bad header"},
		{"truncated", m.Bytes()[:len(m.Bytes())/2], "ranker model"},
	}
	for _, tt := range bad {
		if _, err := DecodeRanker(bytes.NewReader(tt.data)); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want one saying %q", tt.name, err, tt.want)
		}
	}
}

func equalWeights(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestAverageRankers(t *testing.T) {
	r := func(w ...float32) *Ranker { m := NewRanker(2); copy(m.W, w); return m }
	tests := []struct {
		name string
		in   []*Ranker
		want []float32
	}{
		{"one ranker is itself", []*Ranker{r(1, -2, 3, 0)}, []float32{1, -2, 3, 0}},
		{"mean of two", []*Ranker{r(1, -2, 3, 0), r(3, 2, -3, 0)}, []float32{2, 0, 0, 0}},
		{"mean of three", []*Ranker{r(3, 0, 0, 1), r(0, 3, 0, 1), r(0, 0, 3, 1)}, []float32{1, 1, 1, 1}},
	}
	for _, tt := range tests {
		got := AverageRankers(tt.in)
		for i, w := range tt.want {
			if got.W[i] != w {
				t.Errorf("%s: W[%d] = %v, want %v", tt.name, i, got.W[i], w)
			}
		}
	}
	// trained in different orders, the average still ranks the toy problem right
	choices := splitChoices()
	m := AverageRankers([]*Ranker{TrainRanker(10, choices, 5, 0), TrainRanker(10, choices, 5, 1), TrainRanker(10, choices, 5, 2)})
	for i, ch := range choices {
		if got := m.Best(ch.Readings); got != ch.Gold {
			t.Errorf("averaged ranker, choice %d: best %d, gold %d", i, got, ch.Gold)
		}
	}
}
