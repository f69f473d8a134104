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
	scores := make([]*Score, 0, len(res.Entities)+len(res.Relations)+1)
	for i := range res.Entities {
		scores = append(scores, &res.Entities[i])
	}
	for i := range res.Relations {
		scores = append(scores, &res.Relations[i])
	}
	scores = append(scores, &res.Indicators)
	draws := make([][]float64, len(scores))
	var entMacro, relMacro []float64
	rng := seed*2654435761 + 1
	drawn := make([]int, len(cities))
	for range n {
		for i := range drawn {
			rng ^= rng >> 12
			rng ^= rng << 25
			rng ^= rng >> 27
			drawn[i] = int(rng * 2685821657736338717 % uint64(len(cities)))
		}
		f1s := make([]float64, len(scores))
		for k, s := range scores {
			var c Counts
			for _, ci := range drawn {
				for _, rep := range byCity[cities[ci]] {
					rc := s.perReport[rep]
					c.Gold, c.Predicted, c.TPGold, c.TPPred = c.Gold+rc.Gold, c.Predicted+rc.Predicted, c.TPGold+rc.TPGold, c.TPPred+rc.TPPred
				}
			}
			f1s[k] = f1(ratio(c.TPPred, c.Predicted), ratio(c.TPGold, c.Gold))
			draws[k] = append(draws[k], f1s[k])
		}
		entMacro = append(entMacro, macroOf(scores[:len(res.Entities)], f1s[:len(res.Entities)]))
		relMacro = append(relMacro, macroOf(scores[len(res.Entities):len(res.Entities)+len(res.Relations)], f1s[len(res.Entities):len(res.Entities)+len(res.Relations)]))
	}
	for k, s := range scores {
		if s.Measured() {
			s.CI = central95(draws[k])
		}
	}
	res.EntityMacroCI, res.RelationMacroCI = central95(entMacro), central95(relMacro)
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
