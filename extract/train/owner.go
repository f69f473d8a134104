package train

import (
	"slices"
	"strings"
	"unicode/utf8"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract"
	"github.com/govkg/govkg/extract/eval"
	"github.com/govkg/govkg/extract/tagger"
)

// OwnerEpochs is the number of passes over the owner choices (15 did no better in the
// two-fold cross-validation over the train cities).
const OwnerEpochs = 8

// Rankers trains the owner ranker (extract/owner.go) and the district sense ranker
// (extract/district_sense.go) on the gold sets of RankerSplits of c, the seeds
// SeedWeight times, reading each report once with x (an extractor with the tagger to
// train behind: its findings are features of both).
func Rankers(c *eval.Corpus, x *extract.Extractor) (owner, district *tagger.Ranker, err error) {
	golds, err := trainingGoldsOf(c, RankerSplits)
	if err != nil {
		return nil, nil, err
	}
	type choices struct{ owner, district []tagger.Choice }
	var all choices
	read := map[string]choices{} // a seed set, listed SeedWeight times, is read once
	for i := range golds {
		g := &golds[i]
		ch, ok := read[g.Path]
		if !ok {
			a := eval.Align(g)
			if len(a.Problems) > 0 {
				return nil, nil, govkg.Errorf(govkg.EINPUT, "%s: %d problems in the gold set, first: %s (run govkg gold check)", g.Path, len(a.Problems), a.Problems[0])
			}
			names, ownerLen := ownerAnswers(g)
			ch.owner, ch.district = x.RankerChoices(a.Doc, names, ownerLen, districtLabels(a))
			read[g.Path] = ch
		}
		all.owner = append(all.owner, ch.owner...)
		all.district = append(all.district, ch.district...)
	}
	if len(all.owner) == 0 {
		return nil, nil, govkg.Errorf(govkg.EINPUT, "no projects or parks to learn owners from")
	}
	if len(all.district) == 0 {
		return nil, nil, govkg.Errorf(govkg.EINPUT, "no county mentions to learn district senses from")
	}
	return averagedRanker(extract.OwnerBits, all.owner, OwnerEpochs),
		averagedRanker(extract.DistrictBits, all.district, DistrictEpochs), nil
}

// averagedRanker is the average of OwnerOrders rankers trained on the choices, each in
// its own order.
func averagedRanker(bits uint, choices []tagger.Choice, epochs int) *tagger.Ranker {
	rs := make([]*tagger.Ranker, OwnerOrders)
	for k := range rs {
		rs[k] = tagger.TrainRanker(bits, choices, epochs, uint64(k))
	}
	return tagger.AverageRankers(rs)
}

// OwnerOrders is the number of choice orders whose rankers are averaged, as the tagger
// averages DefaultOrders: a ranker of one order flips readings whose scores are near
// equal whenever the gold or the tagger changes. Five instead of one (2026-12-03): dev
// Company 0.748 → 0.756, INVOLVES 0.617 → 0.628; scripts/owner-cv Company 0.777 →
// 0.781, INVOLVES 0.591 → 0.598; city-cv (fold taggers) Company 0.656 → 0.654,
// INVOLVES 0.516 → 0.515: no gain on cities the models never saw.
var OwnerOrders = 5

// ownerAnswers are one gold set's owner examples: its projects and parks, each with the
// length of the longest company of the set that opens its name (0 when none does).
func ownerAnswers(g *eval.Gold) (names []string, ownerLen func(string) int) {
	var companies []string
	for _, e := range g.Entities {
		switch e.Type {
		case govkg.TypeProject, govkg.TypePark:
			names = append(names, eval.Normalize(e.Name))
		case govkg.TypeCompany:
			companies = append(companies, eval.Normalize(e.Name))
		}
	}
	slices.Sort(names)
	names = slices.Compact(names)
	return names, func(name string) int {
		best := 0
		for _, c := range companies {
			if n := utf8.RuneCountInString(c); n >= 2 && n > best && strings.HasPrefix(name, c) {
				best = n
			}
		}
		return best
	}
}
