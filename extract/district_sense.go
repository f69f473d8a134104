// District sense: whether a county's name, found by the gazetteer rules, names the
// county where it stands. The rules find every official name and every plausible short
// form; the words that begin with one (锦江 the river, 芙蓉杯, 西湖大学, 姑苏工匠, 天山大峡谷,
// 象山港) are many and differ from city to city, so which of them name the place is
// learned from the gold sets (govkg train), not listed.
package extract

import (
	_ "embed"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/dict"
	"github.com/govkg/govkg/extract/document"
	"github.com/govkg/govkg/extract/tagger"
)

// The district sense ranker trained on the gold corpus's train and dev splits and seeds (govkg
// train). A test checks that it is the model the current gold sets and code produce.
//
//go:embed model/district.bin.gz
var embeddedDistrict []byte

// EmbeddedDistrictModel returns the district sense ranker built into govkg, decoded once
// (nil when none is built in).
var EmbeddedDistrictModel = embeddedRanker(embeddedDistrict)

// EmbeddedDistrictBytes is the encoded district sense ranker built into govkg.
func EmbeddedDistrictBytes() []byte { return embeddedDistrict }

// DistrictBits is the district sense ranker's number of hashed feature buckets, as a
// power of two. 2^18 since 2026-12-04, once the ranker learnt from dev too: held out by
// city District 0.9542 → 0.9558 (one more county found, three fewer wrong; 2^20 the
// same); with train and seeds alone 2^20 had not helped.
const DistrictBits = 18

// districtModel returns the ranker this extractor reads district senses with, or nil.
func (x *Extractor) districtModel() *tagger.Ranker {
	return x.rankerIn(EmbeddedDistrictModel, DistrictBits)
}

// district sense feature templates.
const (
	dfDrop = iota + 1
	dfBias
	dfForm
	dfWritten
	dfNext1
	dfNext2
	dfNext3
	dfPrev1
	dfPrev2
	dfNextClass
	dfPrevClass
	dfFormNext1
	dfFormPrev1
	dfNear
	dfNearForm
	dfSentence
	dfAssist
	dfInside
	dfInsideForm
	dfListed
	dfRoute
	dfCommon
	dfCount
	dfStance
	dfLen
	dfLearned
	dfNextWord
	dfPrevWord
	dfOthers
	dfNeighbor
)

// districtSense is one report's context for the district sense ranker: how often each
// county is found in it, and the "no county" reading's feature.
type districtSense struct {
	r     *report
	f     *tagger.Features
	found map[string]int
	drop  []uint32
}

func (r *report) newDistrictSense() *districtSense {
	d := &districtSense{r: r, f: tagger.NewFeatures(DistrictBits), found: map[string]int{}}
	d.f.Add(dfDrop)
	d.drop = d.f.Take()
	for _, ms := range r.found {
		for _, m := range ms {
			if m.typ == govkg.TypeDistrict {
				d.found[m.key]++
			}
		}
	}
	return d
}

// readings are the ranker's two readings of a county's mention m in sentence s: it names
// the county (first, so that a tie keeps it), or it does not (one constant feature: the
// ranker's threshold).
func (d *districtSense) readings(s govkg.Sentence, rs []rune, ms []mention, m mention) [][]uint32 {
	f := d.f
	f.Reset()
	r := d.r
	f.Add(dfBias)
	written := ""
	if m.start >= 0 && m.start <= m.end && m.end <= len(rs) {
		written = string(rs[m.start:m.end])
	}
	p, _ := r.x.places.ByCode(m.key)
	form := 's' // short form
	switch {
	case written == p.Name:
		form = 'f'
	case written == "" || m.start == m.end:
		form = 'x'
	}
	f.Add(dfForm, form)
	if form == 's' {
		f.AddString(dfWritten, written)
		f.Add(dfCommon, boolRune(dict.Common(written) || commonWords[written]))
	}
	f.Add(dfLen, form, rune(min(len([]rune(written)), 5)))
	near := 'o' // other province
	switch {
	case p.Code == r.rep.DistrictCode:
		near = 'd'
	case p.City != "" && p.City == r.rep.City:
		near = 'c'
	case p.Province == r.rep.Province:
		near = 'p'
	}
	f.Add(dfNear, near)
	f.Add(dfNearForm, near, form)
	f.Add(dfLearned, boolRune(r.learnedCounty[p.Code]), form)
	inSentence := 'n'
	if p.City != "" && p.City != p.Name && (containsStr(s.Text, p.City) || containsStr(s.Text, trimPlaceSuffix(p.City))) {
		inSentence = 'c'
	} else if p.Province != "" && (containsStr(s.Text, p.Province) || containsStr(s.Text, trimPlaceSuffix(p.Province))) {
		inSentence = 'p'
	}
	f.Add(dfSentence, inSentence)
	f.Add(dfAssist, boolRune(r.assistPara[s.Paragraph]))
	f.Add(dfStance, []rune(string(s.Stance))...)
	f.Add(dfCount, rune(min(d.found[m.key], 4)))
	at := func(i int) rune {
		if i < 0 || i >= len(rs) {
			return '#'
		}
		return rs[i]
	}
	if m.start >= 0 && m.end <= len(rs) {
		n1 := at(m.end)
		f.Add(dfNext1, n1)
		f.Add(dfNext2, n1, at(m.end+1))
		f.Add(dfNext3, n1, at(m.end+1), at(m.end+2))
		f.Add(dfNextClass, charClass(n1))
		f.Add(dfFormNext1, form, n1)
		p1 := at(m.start - 1)
		f.Add(dfPrev1, p1)
		f.Add(dfPrev2, at(m.start-2), p1)
		f.Add(dfPrevClass, charClass(p1))
		f.Add(dfFormPrev1, form, p1)
		words := r.x.commonWords()
		if _, n := words.longest(rs, m.end); n >= 2 {
			f.AddString(dfNextWord, string(rs[m.end:m.end+n]))
		}
		if _, n := words.longestSuffix(rs, m.start); n >= 2 {
			f.AddString(dfPrevWord, string(rs[m.start-n:m.start]))
		}
		f.Add(dfListed, boolRune(m.start > 0 && runeIn("、与和及", rs[m.start-1])), boolRune(m.end < len(rs) && runeIn("、与和及等", rs[m.end])))
		f.Add(dfRoute, boolRune(m.start > 0 && runeIn("至到-—", rs[m.start-1])), boolRune(m.end < len(rs) && runeIn("至到-—", rs[m.end])))
	}
	inside := 'n'
	for _, o := range ms {
		if o.typ == govkg.TypeDistrict || o.typ == govkg.TypeIndicator || o.start > m.start || o.end < m.end || o.end-o.start <= m.end-m.start {
			continue
		}
		pos := 'i'
		if o.start == m.start {
			pos = 's'
		}
		inside = pos
		f.AddString(dfInside, string(o.typ)+string(pos))
	}
	f.Add(dfInsideForm, inside, form)
	others := 0
	for _, o := range ms {
		if o.typ == govkg.TypeDistrict && o.key != m.key {
			others++
		}
	}
	f.Add(dfOthers, rune(min(others, 3)), form)
	f.Add(dfNeighbor, boolRune(m.start >= 0 && m.end <= len(rs) && r.placeListNeighbor(rs, m.start, m.end)), form)
	return [][]uint32{f.Take(), d.drop}
}

func boolRune(b bool) rune {
	if b {
		return 'y'
	}
	return 'n'
}

// districtSenseMargin is how far "not the county" must score above "the county" to drop
// a mention.
var districtSenseMargin float32 = 0

// senseDistricts drops the county mentions the district sense ranker reads as words of
// another meaning. The report's own district named as 我区/全区 is always kept.
func (r *report) senseDistricts(m *tagger.Ranker) {
	d := r.newDistrictSense()
	for i, s := range r.doc.Sentences {
		r.cur = i
		ms := r.found[i]
		drop := false
		for _, c := range ms {
			if c.typ == govkg.TypeDistrict {
				drop = true
				break
			}
		}
		if !drop {
			continue
		}
		rs := r.runes[i]
		out := make([]mention, 0, len(ms))
		for _, c := range ms {
			if c.typ == govkg.TypeDistrict && c.key != "" && !selfRef(rs, c) {
				rd := d.readings(s, rs, ms, c)
				if m.Score(rd[1]) > m.Score(rd[0])+districtSenseMargin {
					continue
				}
			}
			out = append(out, c)
		}
		r.found[i] = out
	}
}

// districtChoices returns the district sense ranker's training examples for the report
// r, read as Extract reads it up to the district senses: for each county mention the
// rules and the tagger leave, its two readings and the gold one. label says which, from
// the mention's sentence, span and name: 0 (it names the county), 1 (it does not) or -1
// (unknown: no example).
func (r *report) districtChoices(label func(sentence, start, end int, name string) int) []tagger.Choice {
	d := r.newDistrictSense()
	var out []tagger.Choice
	for i, s := range r.doc.Sentences {
		r.cur = i
		for _, c := range r.found[i] {
			if c.typ != govkg.TypeDistrict || c.key == "" || selfRef(r.runes[i], c) {
				continue
			}
			if g := label(i, c.start, c.end, c.name); g >= 0 {
				out = append(out, tagger.Choice{Readings: d.readings(s, r.runes[i], r.found[i], c), Gold: g})
			}
		}
	}
	return out
}

// RankerChoices returns the training examples of the two rankers for one report, read
// once: the district sense ranker's from the mentions before the district senses
// (districtChoices), the owner ranker's from the report as Extract reads it up to the
// owners (ownerChoices; the embedded district sense ranker applied, as in prepare).
func (x *Extractor) RankerChoices(doc *document.Document, names []string, ownerLen func(string) int,
	label func(sentence, start, end int, name string) int) (owner, district []tagger.Choice) {
	r := x.prepareMentions(doc)
	district = r.districtChoices(label)
	r.finishPrepare()
	return r.ownerChoices(names, ownerLen), district
}

// selfRef reports whether m is the report's own district written 我区, 全区 or 本区.
func selfRef(rs []rune, m mention) bool {
	if m.start < 0 || m.end > len(rs) || m.end-m.start != 2 {
		return false
	}
	for _, w := range districtSelfRefs {
		if hasAt(rs, m.start, w) {
			return true
		}
	}
	return false
}
