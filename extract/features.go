package extract

import (
	"unicode"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/tagger"
)

// TaggerLabels are the entity types the tagger delimits, in tag order. Districts and
// metro lines stay with the gazetteer and the line rules, which are exact.
var TaggerLabels = []string{string(govkg.TypeProject), string(govkg.TypePark), string(govkg.TypeProgram), string(govkg.TypeCompany)}

// TaggerBits is the number of feature-hash bits of the tagger model.
const TaggerBits = 20

func taggerLabel(t govkg.EntityType) int {
	for i, l := range TaggerLabels {
		if l == string(t) {
			return i
		}
	}
	return -1
}

// Feature families, each a set of templates. A family can be switched off to measure
// what it adds (an ablation); the model is trained and used with the same set.
const (
	FamChars     = 1 << iota // characters and character n-grams around the position
	FamClass                 // character classes (Han, digit, Latin, punctuation)
	FamLexicon               // suffix words, program heads, company legal forms, known names
	FamPlaces                // gazetteer matches: counties, cities, provinces
	FamVerbs                 // status verbs and function words around the position
	FamStructure             // quotes, 《》, brackets, clause position, list context
	FamStance                // the sentence's stance
	FamRules                 // what the hand rules found (their mentions, by type)
	FamAll       = FamChars | FamClass | FamLexicon | FamPlaces | FamVerbs | FamStructure | FamStance | FamRules
)

// FeatureFamilies names the families for ablation tables.
var FeatureFamilies = []struct {
	Name string
	Bit  int
}{
	{"chars", FamChars}, {"class", FamClass}, {"lexicon", FamLexicon}, {"places", FamPlaces},
	{"verbs", FamVerbs}, {"structure", FamStructure}, {"stance", FamStance}, {"rules", FamRules},
}

// Templates: one number per feature kind (the hash input's first word).
const (
	tBias uint16 = iota
	tU
	tB
	tT
	tClass
	tSuffix
	tSuffixEnd
	tHead
	tKnownProgram
	tKnownCompany
	tMarker
	tCounty
	tCity
	tStatus
	tStatusNext
	tStatusPrev
	tBoundary
	tBoundaryPrev
	tBoundaryNext
	tQuote
	tTitle
	tParen
	tClausePos
	tListNext
	tStance
	tRule
	tRuleEnd
)

// bio marks positions covered by a match: 1 begin, 2 inside, 3 end, 4 single.
func bio(at []uint8, val []uint8, s, e int, v uint8) {
	for k := s; k < e; k++ {
		switch {
		case e-s == 1:
			at[k] = 4
		case k == s:
			at[k] = 1
		case k == e-1:
			at[k] = 3
		default:
			at[k] = 2
		}
		if val != nil {
			val[k] = v
		}
	}
}

// sentenceFeatures computes the tagger features of every position of one sentence. ms
// are the rule mentions of the sentence (pass 1), used as features.
func (r *report) sentenceFeatures(s govkg.Sentence, rs []rune, ms []mention, fam int) tagger.Sentence {
	x := r.x
	n := len(rs)
	out := tagger.Sentence{Feats: make([][]uint32, n)}
	if n == 0 {
		return out
	}
	fs := tagger.NewFeatures(TaggerBits)
	// per-position match marks, filled once per sentence
	mark := func() []uint8 { return make([]uint8, n) }
	suf, sufT, sufEnd := mark(), mark(), mark()
	head, kprog, kcomp, marker := mark(), mark(), mark(), mark()
	county, city := mark(), mark()
	status, bound, boundV := mark(), mark(), mark()
	if fam&FamLexicon != 0 {
		for e := 1; e <= n; e++ {
			if idx, l := x.suffixes.longestSuffix(rs, e); idx >= 0 {
				bio(suf, sufT, e-l, e, uint8(taggerLabel(x.suffixKind[idx].typ)+2))
				sufEnd[e-1] = uint8(taggerLabel(x.suffixKind[idx].typ) + 2)
			}
			if idx, l := x.markers.longestSuffix(rs, e); idx >= 0 {
				bio(marker, nil, e-l, e, 0)
			}
		}
		for i := 0; i < n; i++ {
			if idx, l := x.heads.longest(rs, i); idx >= 0 {
				bio(head, nil, i, i+l, 0)
			}
			if idx, l := x.programs.longest(rs, i); idx >= 0 {
				bio(kprog, nil, i, i+l, 0)
			}
			if idx, l := x.companies.longest(rs, i); idx >= 0 {
				bio(kcomp, nil, i, i+l, 0)
			}
		}
	}
	if fam&FamPlaces != 0 {
		for i := 0; i < n; i++ {
			if idx, l := x.countyFull.longest(rs, i); idx >= 0 {
				bio(county, nil, i, i+l, 0)
				i += l - 1
				continue
			}
			if idx, l := x.countyShort.longest(rs, i); idx >= 0 {
				bio(county, nil, i, i+l, 0)
				county[i] += 4 // short form
			}
			if idx, l := x.upperPlaces.longest(rs, i); idx >= 0 {
				bio(city, nil, i, i+l, 0)
			}
		}
	}
	if fam&FamVerbs != 0 {
		for i := 0; i < n; i++ {
			if idx, l := x.status.longest(rs, i); idx >= 0 {
				bio(status, nil, i, i+l, 0)
			}
			if idx, l := x.boundary.longest(rs, i); idx >= 0 {
				w := string(rs[i : i+l])
				bio(bound, boundV, i, i+l, uint8(x.boundSet[w]))
			}
		}
	}
	inQuote, inTitle, paren := mark(), mark(), mark()
	clausePos := make([]int, n)
	if fam&FamStructure != 0 {
		for _, q := range quoteSpans(rs) {
			bio(inQuote, nil, q.s, q.e, 0)
		}
		for _, t := range titleSpans(rs) {
			bio(inTitle, nil, t.s, t.e, 0)
		}
		depth := 0
		start := 0
		for i, c := range rs {
			switch c {
			case '(', '（':
				depth++
			case ')', '）':
				if depth > 0 {
					depth--
				}
			}
			if depth > 0 {
				paren[i] = 1
			}
			clausePos[i] = i - start
			if isClauseEnd(c) || c == '、' {
				start = i + 1
			}
		}
	}
	ruleAt, ruleEnd := mark(), mark()
	if fam&FamRules != 0 {
		for _, m := range ms {
			if m.start < 0 || m.end > n || m.start >= m.end {
				continue
			}
			t := uint8(typeCode(m.typ))
			for k := m.start; k < m.end; k++ {
				v := t * 4
				if k == m.start {
					v++
				}
				if ruleAt[k] == 0 || k == m.start {
					ruleAt[k] = v
				}
			}
			ruleEnd[m.end-1] = t
		}
	}
	at := func(i int) rune {
		switch {
		case i < 0:
			return 2 // sentence start
		case i >= n:
			return 3 // sentence end
		}
		return rs[i]
	}
	cls := func(i int) rune { return charClass(at(i)) }
	stance := stanceCode(s.Stance)
	for i := 0; i < n; i++ {
		fs.Reset()
		fs.Add(tBias)
		if fam&FamChars != 0 {
			for k := -2; k <= 2; k++ {
				fs.Add(tU, rune(k), at(i+k))
			}
			for k := -2; k <= 1; k++ {
				fs.Add(tB, rune(k), at(i+k), at(i+k+1))
			}
			fs.Add(tT, -1, at(i-1), at(i), at(i+1))
			fs.Add(tT, 0, at(i), at(i+1), at(i+2))
			fs.Add(tT, -2, at(i-2), at(i-1), at(i))
		}
		if fam&FamClass != 0 {
			fs.Add(tClass, cls(i-1), cls(i), cls(i+1))
			fs.Add(tClass, 9, cls(i-2), cls(i-1))
			fs.Add(tClass, 10, cls(i+1), cls(i+2))
		}
		if fam&FamLexicon != 0 {
			fs.Add(tSuffix, rune(suf[i]), rune(sufT[i]))
			if i+1 < n {
				fs.Add(tSuffix, 10, rune(suf[i+1]), rune(sufT[i+1]))
			}
			fs.Add(tSuffixEnd, rune(sufEnd[i]))
			if i > 0 {
				fs.Add(tSuffixEnd, 10, rune(sufEnd[i-1]))
			}
			fs.Add(tHead, rune(head[i]))
			if i+1 < n {
				fs.Add(tHead, 10, rune(head[i+1]))
			}
			fs.Add(tKnownProgram, rune(kprog[i]))
			fs.Add(tKnownCompany, rune(kcomp[i]))
			fs.Add(tMarker, rune(marker[i]))
			if i+1 < n {
				fs.Add(tMarker, 10, rune(marker[i+1]))
			}
		}
		if fam&FamPlaces != 0 {
			fs.Add(tCounty, rune(county[i]))
			fs.Add(tCity, rune(city[i]))
			if i > 0 {
				fs.Add(tCounty, 10, rune(county[i-1]))
			}
		}
		if fam&FamVerbs != 0 {
			fs.Add(tStatus, rune(status[i]))
			nextSt, prevSt := rune(0), rune(0)
			if i+1 < n && (status[i+1] == 1 || status[i+1] == 4) {
				nextSt = 1
			}
			if i > 0 && (status[i-1] == 3 || status[i-1] == 4) {
				prevSt = 1
			}
			fs.Add(tStatusNext, nextSt)
			fs.Add(tStatusPrev, prevSt)
			fs.Add(tBoundary, rune(bound[i]), rune(boundV[i]))
			if i > 0 {
				fs.Add(tBoundaryPrev, rune(bound[i-1]), rune(boundV[i-1]))
			}
			if i+1 < n {
				fs.Add(tBoundaryNext, rune(bound[i+1]), rune(boundV[i+1]))
			}
		}
		if fam&FamStructure != 0 {
			fs.Add(tQuote, rune(inQuote[i]))
			fs.Add(tTitle, rune(inTitle[i]))
			fs.Add(tParen, rune(paren[i]))
			fs.Add(tClausePos, rune(min(clausePos[i], 4)))
			next := at(i + 1)
			if next == '、' || next == '等' || next == '和' || next == '及' {
				fs.Add(tListNext, next)
			}
		}
		if fam&FamStance != 0 {
			fs.Add(tStance, stance)
			fs.Add(tStance, stance, rune(status[i]))
		}
		if fam&FamRules != 0 {
			fs.Add(tRule, rune(ruleAt[i]))
			if i > 0 {
				fs.Add(tRule, 100, rune(ruleAt[i-1]))
			}
			if i+1 < n {
				fs.Add(tRule, 200, rune(ruleAt[i+1]))
			}
			fs.Add(tRuleEnd, rune(ruleEnd[i]))
			fs.Add(tRule, 300, rune(ruleAt[i]), at(i))
		}
		out.Feats[i] = fs.Take()
	}
	return out
}

// typeCode numbers every entity type for rule features (0: none).
func typeCode(t govkg.EntityType) int {
	for i, x := range govkg.EntityTypes {
		if x == t {
			return i + 1
		}
	}
	return 0
}

func stanceCode(s govkg.Stance) rune {
	switch s {
	case govkg.StanceAchieved:
		return 1
	case govkg.StancePlanned:
		return 2
	case govkg.StanceGlossary:
		return 3
	}
	return 0
}

// charClass folds a rune to a class: Han, digit, Latin letter, or itself for the
// punctuation that delimits names.
func charClass(r rune) rune {
	switch {
	case r < 4:
		return r
	case isHan(r):
		return 'H'
	case unicode.IsDigit(r):
		return 'D'
	case r < 128 && unicode.IsLetter(r):
		return 'L'
	case r == '、' || r == ',' || r == '。' || r == ';' || r == ':' || r == '“' || r == '”' || r == '"' ||
		r == '《' || r == '》' || r == '(' || r == ')' || r == '-' || r == '+' || r == '·':
		return r
	}
	return 'P'
}
