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

// TestCompared: the change against a baseline and its paired interval — none where both
// sides say the same, never below 0 where the new side finds in every city what the
// baseline found in half of them (a resample of only those cities changes nothing).
func TestCompared(t *testing.T) {
	cityOf := map[string]string{"r1": "甲", "r2": "乙", "r3": "丙", "r4": "丁"}
	base := bootstrapResult(map[string]int{"r1": 1, "r2": 0, "r3": 1, "r4": 0}, cityOf)
	same := bootstrapResult(map[string]int{"r1": 1, "r2": 0, "r3": 1, "r4": 0}, cityOf)
	better := bootstrapResult(map[string]int{"r1": 1, "r2": 1, "r3": 1, "r4": 1}, cityOf)
	find := func(cs []Change, typ string) Change {
		t.Helper()
		for _, c := range cs {
			if c.Type == typ {
				return c
			}
		}
		t.Fatalf("no %s in %+v", typ, cs)
		return Change{}
	}
	c := find(Compared(same, base, 1000, 1), "T")
	if c.Delta != 0 || c.DeltaCI == nil || c.DeltaCI.Low != 0 || c.DeltaCI.High != 0 {
		t.Errorf("same extraction: %+v %+v, want no change", c, c.DeltaCI)
	}
	c = find(Compared(better, base, 1000, 1), "T")
	if c.Baseline >= c.F1 || c.Delta <= 0 || c.DeltaCI == nil || c.DeltaCI.Low < 0 || c.DeltaCI.High < c.Delta {
		t.Errorf("better extraction: %+v %+v, want a change above 0 whose interval holds it and not 0's left", c, c.DeltaCI)
	}
	if m := find(Compared(better, base, 0, 1), "relation macro"); m.DeltaCI != nil || m.Delta <= 0 {
		t.Errorf("relation macro without resamples: %+v", m)
	}
}
