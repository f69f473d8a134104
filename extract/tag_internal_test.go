package extract

import (
	"testing"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/tagger"
)

// TestNearlyTagged: a rule's name the tagger left untagged stays when the path that tags
// it scores within its type's gap of the best path, and only then. The model prefers O by
// a fixed amount per rune (one feature everywhere, no transitions), so tagging k runes as
// a span costs k times that amount.
func TestNearlyTagged(t *testing.T) {
	decoder := func(perRune float32, n int) *tagger.Decoder {
		m := tagger.NewModel(TaggerLabels, 4)
		m.W[0] = perRune // feature 0, tag O
		d := tagger.NewDecoder(m)
		s := tagger.Sentence{Feats: make([][]uint32, n)}
		for i := range s.Feats {
			s.Feats[i] = []uint32{0}
		}
		d.Decode(s)
		return d
	}
	span := func(label, start, end int) tagger.Span { return tagger.Span{Label: label, Start: start, End: end} }
	park, company, project := taggerLabel(govkg.TypePark), taggerLabel(govkg.TypeCompany), taggerLabel(govkg.TypeProject)
	tests := []struct {
		name    string
		perRune float32
		m       mention
		spans   []tagger.Span
		want    bool
	}{
		{"a park close to the best path", 10, mention{typ: govkg.TypePark, start: 2, end: 6}, nil, true},
		{"a park of one rune", 59, mention{typ: govkg.TypePark, start: 0, end: 1}, nil, true},
		{"a park far below the best path", 20, mention{typ: govkg.TypePark, start: 2, end: 6}, nil, false},
		{"just over the gap", 15, mention{typ: govkg.TypePark, start: 2, end: 6}, nil, false},
		{"a project: no gap for its type", 1, mention{typ: govkg.TypeProject, start: 2, end: 6}, nil, false},
		{"a company: no gap for its type", 1, mention{typ: govkg.TypeCompany, start: 2, end: 6}, nil, false},
		{"a span of another type over it", 1, mention{typ: govkg.TypePark, start: 2, end: 6}, []tagger.Span{span(project, 4, 8)}, false},
		{"spans beside it", 1, mention{typ: govkg.TypePark, start: 2, end: 6}, []tagger.Span{span(park, 6, 8), span(company, 0, 2)}, true},
		{"past the sentence", 1, mention{typ: govkg.TypePark, start: 8, end: 12}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := nearlyTagged(decoder(tt.perRune, 10), tt.m, tt.spans); got != tt.want {
				t.Errorf("nearlyTagged = %v, want %v (gap %v per rune, limit %v)", got, tt.want, tt.perRune, nearlyTaggedGap[tt.m.typ])
			}
		})
	}
	if nearlyTagged(nil, mention{typ: govkg.TypePark, start: 0, end: 1}, nil) {
		t.Error("nearlyTagged without a decoder (no model): true, want false")
	}
}
