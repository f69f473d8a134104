package eval

import (
	"reflect"
	"testing"
)

// bootstrapResult is one relation type scored on reports of the given cities: each
// report has one gold item, found (1) or not (0).
func bootstrapResult(found map[string]int, cityOf map[string]string) *Result {
	gold, pred := map[string][]string{}, map[string][]string{}
	for rep, ok := range found {
		gold[rep] = []string{"a"}
		if ok == 1 {
			pred[rep] = []string{"a"}
		}
	}
	same := func(k string) string { return k }
	s := compareItems("T", gold, pred, same, Lenient, same)
	return &Result{Relations: []Score{s}, Indicators: compareItems(IndicatorRow, nil, nil, same, Lenient, same), cityOf: cityOf}
}

// TestBootstrap: the interval holds the figure, is the same for the same seed, shrinks
// to the figure when one city is all there is, and is nothing without resamples.
func TestBootstrap(t *testing.T) {
	tests := []struct {
		name      string
		found     map[string]int
		cityOf    map[string]string
		low, high float64
	}{
		{"one city: every resample is the split", map[string]int{"r1": 1, "r2": 0},
			map[string]string{"r1": "甲", "r2": "甲"}, 2.0 / 3, 2.0 / 3},
		{"two cities, one right and one wrong: all, half or none", map[string]int{"r1": 1, "r2": 0},
			map[string]string{"r1": "甲", "r2": "乙"}, 0, 1},
		{"every city right", map[string]int{"r1": 1, "r2": 1, "r3": 1},
			map[string]string{"r1": "甲", "r2": "乙", "r3": "丙"}, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := bootstrapResult(tt.found, tt.cityOf)
			r.Bootstrap(2000, 1)
			ci := r.Relations[0].CI
			if ci == nil || ci.Low < tt.low-1e-9 || ci.Low > tt.low+1e-9 || ci.High < tt.high-1e-9 || ci.High > tt.high+1e-9 {
				t.Fatalf("interval %+v, want %.3f–%.3f", ci, tt.low, tt.high)
			}
			if f := r.Relations[0].LenientF1; f < ci.Low || f > ci.High {
				t.Errorf("F1 %.3f outside its interval %+v", f, ci)
			}
			again := bootstrapResult(tt.found, tt.cityOf)
			again.Bootstrap(2000, 1)
			if !reflect.DeepEqual(again.Relations[0].CI, ci) || !reflect.DeepEqual(again.RelationMacroCI, r.RelationMacroCI) {
				t.Errorf("not deterministic: %+v then %+v", ci, again.Relations[0].CI)
			}
		})
	}
	r := bootstrapResult(map[string]int{"r1": 1}, map[string]string{"r1": "甲"})
	r.Bootstrap(0, 1)
	if r.Relations[0].CI != nil || r.RelationMacroCI != nil {
		t.Errorf("intervals without resamples: %+v", r.Relations[0].CI)
	}
}
