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

// OwnerModel trains the owner ranker (extract/owner.go) on the gold sets of the training
// splits of c, the seeds SeedWeight times, reading each report with x (an extractor with
// the tagger to train behind: its findings are features).
func OwnerModel(c *eval.Corpus, x *extract.Extractor) (*tagger.Ranker, error) {
	golds, err := trainingGolds(c)
	if err != nil {
		return nil, err
	}
	var choices []tagger.Choice
	read := map[string][]tagger.Choice{} // a seed set, listed SeedWeight times, is read once
	for i := range golds {
		ch, ok := read[golds[i].Path]
		if !ok {
			if ch, err = ownerChoices(x, &golds[i]); err != nil {
				return nil, err
			}
			read[golds[i].Path] = ch
		}
		choices = append(choices, ch...)
	}
	if len(choices) == 0 {
		return nil, govkg.Errorf(govkg.EINPUT, "no projects or parks to learn owners from")
	}
	return averagedRanker(extract.OwnerBits, choices, OwnerEpochs), nil
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

// ownerChoices are one gold set's owner examples: each project and park with the
// longest company of the set that opens its name (0 when none does).
func ownerChoices(x *extract.Extractor, g *eval.Gold) ([]tagger.Choice, error) {
	a := eval.Align(g)
	if len(a.Problems) > 0 {
		return nil, govkg.Errorf(govkg.EINPUT, "%s: %d problems in the gold set, first: %s (run govkg gold check)", g.Path, len(a.Problems), a.Problems[0])
	}
	var names, companies []string
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
	ownerLen := func(name string) int {
		best := 0
		for _, c := range companies {
			if n := utf8.RuneCountInString(c); n >= 2 && n > best && strings.HasPrefix(name, c) {
				best = n
			}
		}
		return best
	}
	return x.OwnerChoices(a.Doc, names, ownerLen), nil
}
