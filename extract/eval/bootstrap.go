package eval

import (
	"math"
	"slices"
	"sort"
)

// Counts are one report's lenient counts of one type, what a lenient F1 is computed from.
type Counts struct{ Gold, Predicted, TPGold, TPPred int }

// Interval is the central 95% of a figure's bootstrap distribution.
type Interval struct{ Low, High float64 }

// Bootstrap sets the interval of every score's lenient F1, and of the two macros, over n
// resamples of the split's cities drawn with replacement (a drawn city's reports counted
// as often as it is drawn): how far the figure would move on other cities of the same
// kind, since reports of one city share their names and their wording. A split of a
// dozen cities and a type of thirty gold items give a wide interval; a floor there is a
// count of edges more than a level of quality. The same result, n and seed give the same
// intervals. n < 1 leaves the result as it is.
func (res *Result) Bootstrap(n int, seed uint64) {
	if n < 1 {
		return
	}
	scores := res.allScores()
	ne, nr := len(res.Entities), len(res.Relations)
	draws := make([][]float64, len(scores))
	var entMacro, relMacro []float64
	res.resample(n, seed, func(reps []string) {
		f1s := make([]float64, len(scores))
		for k, s := range scores {
			f1s[k] = s.f1Over(reps)
			draws[k] = append(draws[k], f1s[k])
		}
		entMacro = append(entMacro, macroOf(scores[:ne], f1s[:ne]))
		relMacro = append(relMacro, macroOf(scores[ne:ne+nr], f1s[ne:ne+nr]))
	})
	if len(entMacro) == 0 {
		return
	}
	for k, s := range scores {
		if s.Measured() {
			s.CI = central95(draws[k])
		}
	}
	res.EntityMacroCI, res.RelationMacroCI = central95(entMacro), central95(relMacro)
}

// allScores are the result's entity, relation and indicator scores, in that order.
func (res *Result) allScores() []*Score {
	scores := make([]*Score, 0, len(res.Entities)+len(res.Relations)+1)
	for i := range res.Entities {
		scores = append(scores, &res.Entities[i])
	}
	for i := range res.Relations {
		scores = append(scores, &res.Relations[i])
	}
	return append(scores, &res.Indicators)
}

// resample draws the split's cities with replacement n times, each time as many as
// there are, and calls sample with the reports of the drawn cities (a city drawn twice
// gives its reports twice). Seeded, one generator: the same cities give the same draws.
func (res *Result) resample(n int, seed uint64, sample func(reps []string)) {
	byCity := map[string][]string{}
	for rep, c := range res.cityOf {
		byCity[c] = append(byCity[c], rep)
	}
	cities := make([]string, 0, len(byCity))
	for c := range byCity {
		cities = append(cities, c)
		slices.Sort(byCity[c])
	}
	sort.Strings(cities)
	if len(cities) == 0 {
		return
	}
	rng := seed*2654435761 + 1
	var reps []string
	for range n {
		reps = reps[:0]
		for range cities {
			rng ^= rng >> 12
			rng ^= rng << 25
			rng ^= rng >> 27
			reps = append(reps, byCity[cities[rng*2685821657736338717%uint64(len(cities))]]...)
		}
		sample(reps)
	}
}

// f1Over is the score's lenient F1 over the given reports' counts (a report listed
// twice counted twice).
func (s *Score) f1Over(reps []string) float64 {
	var c Counts
	for _, rep := range reps {
		rc := s.perReport[rep]
		c.Gold, c.Predicted, c.TPGold, c.TPPred = c.Gold+rc.Gold, c.Predicted+rc.Predicted, c.TPGold+rc.TPGold, c.TPPred+rc.TPPred
	}
	return f1(ratio(c.TPPred, c.Predicted), ratio(c.TPGold, c.Gold))
}

// Change is one type's lenient F1 against a baseline's on the same gold sets, with the
// bootstrap interval of the difference (the same resampled cities for both sides).
type Change struct {
	Type         string
	Baseline, F1 float64
	Delta        float64
	DeltaCI      *Interval `json:",omitempty"`
}

// Compared returns, per entity type, relation type, the two macros and the indicators,
// res's lenient F1 against base's, where base scored another extraction of the same
// gold sets; with n ≥ 1, the interval of each difference over n paired resamples of the
// cities: a change whose interval holds 0 is one the split cannot tell from none.
func Compared(res, base *Result, n int, seed uint64) []Change {
	now, was := res.allScores(), base.allScores()
	ne, nr := len(res.Entities), len(res.Relations)
	var out []Change
	for k, s := range now {
		if k < len(was) && (s.Measured() || was[k].Measured()) {
			out = append(out, Change{Type: s.Type, Baseline: was[k].LenientF1, F1: s.LenientF1, Delta: s.LenientF1 - was[k].LenientF1})
		}
	}
	macros := []Change{
		{Type: "entity macro", Baseline: Macro(base.Entities, false), F1: Macro(res.Entities, false)},
		{Type: "relation macro", Baseline: Macro(base.Relations, false), F1: Macro(res.Relations, false)},
	}
	for i := range macros {
		macros[i].Delta = macros[i].F1 - macros[i].Baseline
	}
	out = append(out, macros...)
	if n < 1 || len(now) != len(was) {
		return out
	}
	deltas := make([][]float64, len(out))
	res.resample(n, seed, func(reps []string) {
		f1Now, f1Was := make([]float64, len(now)), make([]float64, len(now))
		for k := range now {
			f1Now[k], f1Was[k] = now[k].f1Over(reps), was[k].f1Over(reps)
		}
		i := 0
		for k, s := range now {
			if s.Measured() || was[k].Measured() {
				deltas[i] = append(deltas[i], f1Now[k]-f1Was[k])
				i++
			}
		}
		deltas[i] = append(deltas[i], macroOf(now[:ne], f1Now[:ne])-macroOf(was[:ne], f1Was[:ne]))
		deltas[i+1] = append(deltas[i+1], macroOf(now[ne:ne+nr], f1Now[ne:ne+nr])-macroOf(was[ne:ne+nr], f1Was[ne:ne+nr]))
	})
	for i := range out {
		if len(deltas[i]) > 0 {
			out[i].DeltaCI = central95(deltas[i])
		}
	}
	return out
}

// macroOf is Macro's lenient mean over the types the full split measures, with one
// resample's F1 values.
func macroOf(scores []*Score, f1s []float64) float64 {
	var sum float64
	n := 0
	for k, s := range scores {
		if s.Measured() {
			sum += f1s[k]
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// central95 returns the 2.5th and 97.5th percentiles (nearest rank) of xs.
func central95(xs []float64) *Interval {
	s := slices.Clone(xs)
	slices.Sort(s)
	at := func(q float64) float64 { return s[int(math.Round(q*float64(len(s)-1)))] }
	return &Interval{Low: at(0.025), High: at(0.975)}
}
