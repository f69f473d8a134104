package extract

import (
	"slices"
	"testing"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/tagger"
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

// TestBestOwner: a company reading wins over "no company" (reading 0) when it scores
// higher, or at most ownerNoneMargin lower; among company readings the highest wins.
func TestBestOwner(t *testing.T) {
	m := tagger.NewRanker(4)
	// feature i has weight w[i]; each reading below is one feature
	w := []float32{5, 4, 3, 2.9, 6, 0}
	copy(m.W, w)
	tests := []struct {
		name     string
		readings [][]uint32
		want     int
	}{
		{"company scores higher", [][]uint32{{0}, {4}}, 1},
		{"company within the margin", [][]uint32{{0}, {1}}, 1},
		{"company at the margin", [][]uint32{{0}, {2}}, 1},
		{"a weak company reading does not hide a better one", [][]uint32{{0}, {5}, {1}}, 2},
		{"company beyond the margin", [][]uint32{{0}, {3}}, 0},
		{"the best company reading of several", [][]uint32{{0}, {3}, {1}, {2}}, 2},
		{"no company reading", [][]uint32{{0}}, 0},
		{"nothing beats none", [][]uint32{{4}, {5}}, 0},
		{"a reading the name may not take is skipped", [][]uint32{{0}, nil, {1}}, 2},
		{"no reading the name may take", [][]uint32{{0}, nil}, 0},
	}
	if ownerNoneMargin != 2 {
		t.Fatalf("the cases assume a margin of 2, it is %v", ownerNoneMargin)
	}
	for _, tt := range tests {
		if got := bestOwner(m, tt.readings); got != tt.want {
			t.Errorf("%s: bestOwner = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestPlausibleOwner: the readings a name may take, whatever the ranker scores: no figure,
// and the whole name only when it ends in no facility word (or a firm one).
func TestPlausibleOwner(t *testing.T) {
	r := &report{x: New()}
	tests := []struct {
		name string
		n    int
		want bool
	}{
		{"国电2×300兆瓦热电联产", 2, true},
		{"国电2×300兆瓦热电联产", 3, false}, // 国电2
		{"国电2×300兆瓦热电联产", 4, false}, // 国电2×
		{"90万吨生物基聚酰胺", 6, false},
		{"玖龙纸业", 4, true},  // a bare company name read whole: ANNOTATION.md (i)
		{"万达广场", 2, true},  // the company that opens a facility's name
		{"万达广场", 4, false}, // the facility itself
		{"金城中心", 4, false}, // 建成…金城中心等精品工程 (兰州 2020)
		{"国博中心", 4, false},
		{"全国乳业交易中心", 8, true}, // 交易中心 is firm in the suffix table
		{"内蒙古大数据交易中心", 10, true},
	}
	for _, tt := range tests {
		if got := r.plausibleOwner([]rune(tt.name), tt.n); got != tt.want {
			t.Errorf("plausibleOwner(%s, %d) = %v, want %v", tt.name, tt.n, got, tt.want)
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

// TestOwnerOccurrences: where the report writes each reading of its projects' and parks'
// names and of the names asked about, overlapping and across sentences, counted up to
// ownerCountCap.
func TestOwnerOccurrences(t *testing.T) {
	r := &report{
		runes: [][]rune{[]rune("开工建设中船特种气体、中船重工。"), []rune("中船中船中船中船中船中船中船中船中船")},
		found: map[int][]mention{0: {{typ: govkg.TypeProject, name: "中船特种气体", start: 4, end: 10}}},
	}
	c := r.newOwnerContext([]string{"中船重工"})
	tests := []struct {
		s    string
		want int
	}{
		{"中船", ownerCountCap}, // 11 times, counted to the cap
		{"中船特种气体", 1},
		{"中船特种", 1},
		{"中船重工", 1}, // a name asked about
		{"久泰", 0},   // no reading of any name
	}
	for _, tt := range tests {
		if got := c.occurrences(tt.s); got != tt.want {
			t.Errorf("occurrences(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}
