package extract

import (
	"index/suffixarray"
	"slices"
	"testing"
)

func TestOwnerReadings(t *testing.T) {
	tests := []struct {
		n    int
		want []int
	}{
		{1, []int{0}},
		{2, []int{0, 2}},    // the name is its company's, or no company's
		{3, []int{0, 2, 3}}, // 久泰x: 久泰, or the whole name
		{10, []int{0, 2, 3, 4, 5, 6, 7, 8, 10}},
		{15, []int{0, 2, 3, 4, 5, 6, 7, 8}}, // too long to be a company whole
	}
	for _, tt := range tests {
		if got := ownerReadings(tt.n); !slices.Equal(got, tt.want) {
			t.Errorf("ownerReadings(%d) = %v, want %v", tt.n, got, tt.want)
		}
	}
}

// TestEmbeddedOwnerModel: the owner ranker built into govkg decodes (extraction would
// otherwise go on without it, silently).
func TestEmbeddedOwnerModel(t *testing.T) {
	m, err := EmbeddedOwnerModel()
	if err != nil || m == nil {
		t.Fatalf("embedded owner ranker: %v (nil: %v)", err, m == nil)
	}
	if m.Bits != OwnerBits {
		t.Errorf("embedded owner ranker has %d bits, extraction hashes into %d", m.Bits, OwnerBits)
	}
}

// TestOwnerOccurrences: where else a reading is written, counted up to 8; a text too long
// to index counts nothing.
func TestOwnerOccurrences(t *testing.T) {
	c := &ownerContext{count: map[string]int{}, text: suffixarray.New([]byte("中船特种气体、中船重工，中船"))}
	tests := []struct {
		s    string
		want int
	}{
		{"中船", 3},
		{"中船特种气体", 1},
		{"久泰", 0},
	}
	for _, tt := range tests {
		if got := c.occurrences(tt.s); got != tt.want {
			t.Errorf("occurrences(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
	if got := (&ownerContext{count: map[string]int{}}).occurrences("中船"); got != 0 {
		t.Errorf("without an index: %d, want 0", got)
	}
}
