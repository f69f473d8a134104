package train

import (
	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract"
	"github.com/govkg/govkg/extract/eval"
	"github.com/govkg/govkg/extract/tagger"
)

// DistrictEpochs is the number of passes over the district sense choices.
const DistrictEpochs = 8

// DistrictModel trains the district sense ranker (extract/district_sense.go) on the gold
// sets of the training splits of c, the seeds SeedWeight times, reading each report with
// x (an extractor with the tagger to train behind: the ranker reads the mentions it
// leaves). The labels are districtLabels'.
func DistrictModel(c *eval.Corpus, x *extract.Extractor) (*tagger.Ranker, error) {
	golds, err := trainingGolds(c)
	if err != nil {
		return nil, err
	}
	var choices []tagger.Choice
	read := map[string][]tagger.Choice{}
	for i := range golds {
		g := &golds[i]
		ch, ok := read[g.Path]
		if !ok {
			a := eval.Align(g)
			if len(a.Problems) > 0 {
				return nil, govkg.Errorf(govkg.EINPUT, "%s: %d problems in the gold set, first: %s (run govkg gold check)", g.Path, len(a.Problems), a.Problems[0])
			}
			ch = x.DistrictChoices(a.Doc, districtLabels(a))
			read[g.Path] = ch
		}
		choices = append(choices, ch...)
	}
	if len(choices) == 0 {
		return nil, govkg.Errorf(govkg.EINPUT, "no county mentions to learn district senses from")
	}
	return averagedRanker(extract.DistrictBits, choices, DistrictEpochs), nil
}

// districtLabels labels a county mention from a gold set: it names the county where the
// set has that District, and does not where the set has none. The gold sets give most
// Districts one mention, so every mention of a District the set has counts as one:
// keeping only those written where a gold mention is (the others no example) did worse
// held out by city (District 0.9516 → 0.9506), the examples of names written as the
// gold's being too few.
func districtLabels(a *eval.Aligned) func(sentence, start, end int, name string) int {
	names := map[string]bool{}
	for _, e := range a.Gold.Entities {
		if e.Type == govkg.TypeDistrict {
			names[eval.Normalize(e.Name)] = true
		}
	}
	return func(_, _, _ int, name string) int {
		if names[name] {
			return 0
		}
		return 1
	}
}
