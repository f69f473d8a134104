package document

import (
	"math/rand/v2"
	"testing"
)

// TestOffsetMap checks the compact map against the spans it was given: runes one
// after another, inserted runes (length 0), gaps of dropped markup short and long, and
// NFKC expansions (several runes with one span, so a start before the last end).
func TestOffsetMap(t *testing.T) {
	type sp struct{ s, e int }
	for _, tc := range []struct {
		name  string
		spans []sp
	}{
		{"empty", nil},
		{"ascii", []sp{{0, 1}, {1, 2}, {2, 3}}},
		{"cjk with a dropped space", []sp{{0, 3}, {4, 7}, {7, 10}}},
		{"inserted line break", []sp{{0, 3}, {3, 3}, {4, 7}}},
		{"long link dropped", []sp{{0, 3}, {300, 303}, {303, 304}}},
		{"expansion ㈱ → (株)", []sp{{0, 3}, {3, 6}, {3, 6}, {3, 6}, {6, 7}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newOffsetMap(len(tc.spans))
			for _, x := range tc.spans {
				m.add(x.s, x.e)
			}
			if m.len() != len(tc.spans) {
				t.Fatalf("len = %d, want %d", m.len(), len(tc.spans))
			}
			for i, x := range tc.spans {
				if s, e := m.span(i); s != x.s || e != x.e {
					t.Errorf("span(%d) = [%d,%d), want [%d,%d)", i, s, e, x.s, x.e)
				}
			}
		})
	}
	t.Run("random, across marks", func(t *testing.T) {
		r := rand.New(rand.NewPCG(1, 17))
		var want []sp
		m := newOffsetMap(0)
		pos := 0
		for range 10_000 {
			switch k := r.IntN(20); {
			case k == 0 && len(want) > 0: // expansion: the previous span again
				x := want[len(want)-1]
				want = append(want, x)
			case k == 1: // inserted
				want = append(want, sp{pos, pos})
			default:
				pos += []int{0, 0, 0, 1, 2, 40, 1000}[r.IntN(7)] // dropped bytes
				n := 1 + r.IntN(4)
				want = append(want, sp{pos, pos + n})
				pos += n
			}
			x := want[len(want)-1]
			m.add(x.s, x.e)
		}
		for i, x := range want {
			if s, e := m.span(i); s != x.s || e != x.e {
				t.Fatalf("span(%d) = [%d,%d), want [%d,%d)", i, s, e, x.s, x.e)
			}
		}
	})
}
