package extract

import (
	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/dict"
)

// districts finds county-level divisions: official names anywhere in China, short forms
// when the place is plausible for this report (same province, or its city or province is
// named in the sentence), and 我区/全区 for the report's own district.
func (r *report) districts(rs []rune) []mention {
	var out []mention
	x := r.x
	for i := 0; i < len(rs); i++ {
		if i > 0 && isHan(rs[i]) && isHan(rs[i-1]) && !r.wordStart(rs, i) {
			// inside a word: only a full official name may start here
		}
		if idx, n := x.countyFull.longest(rs, i); idx >= 0 && !followedByTown(rs, i+n) {
			p := x.countyIdx[idx]
			if cand := r.pickCounty(p.Name, rs, true); cand.Code != "" {
				out = append(out, r.districtMention(cand, i, i+n))
				i += n - 1
				continue
			}
		}
		if idx, n := x.countyShort.longest(rs, i); idx >= 0 && !followedByTown(rs, i+n) && !continuesName(rs, i+n) {
			p := x.countyIdx[idx]
			if cand := r.pickCounty(p.Short, rs, false); cand.Code != "" {
				out = append(out, r.districtMention(cand, i, i+n))
				i += n - 1
				continue
			}
		}
		if r.rep.District != "" && i+2 <= len(rs) {
			w := string(rs[i : i+2])
			for _, self := range districtSelfRefs {
				if w == self {
					p := dict.Place{Code: r.rep.DistrictCode, Name: r.rep.District, City: r.rep.City, Province: r.rep.Province}
					out = append(out, r.districtMention(p, i, i+2))
					i++
					break
				}
			}
		}
	}
	return out
}

// wordStart is a placeholder for future word-boundary checks; names may start anywhere.
func (r *report) wordStart(rs []rune, i int) bool { return true }

func (r *report) districtMention(p dict.Place, s, e int) mention {
	return mention{typ: govkg.TypeDistrict, name: p.Name, key: p.Code, start: s, end: e,
		entProps: map[string]any{"city": p.City, "province": p.Province, "code": p.Code}}
}

// followedByTown: 龙岗街道, 坪山社区 are streets and communities, not the district.
func followedByTown(rs []rune, i int) bool {
	for _, w := range []string{"街道", "社区", "镇", "乡", "村", "站", "路", "河", "山", "湖", "水库", "大道", "中心城", "片区", "口岸"} {
		if hasAt(rs, i, w) {
			return true
		}
	}
	return false
}

// continuesName: a short form directly followed by a park or project word is a name
// prefix (坪山体育公园), which still refers to the district only for other districts.
func continuesName(rs []rune, i int) bool {
	return false
}

// pickCounty resolves an official or short name to one county: the report's own district
// first, then a county of the report's city, province, or of a city/province named in the
// sentence. Short forms need one of those; official names take the only candidate.
func (r *report) pickCounty(name string, rs []rune, official bool) dict.Place {
	var cands []dict.Place
	if official {
		cands = r.x.places.ByName(name)
	} else {
		cands = r.x.places.ByShort(name)
	}
	var counties []dict.Place
	for _, c := range cands {
		if c.Level == dict.LevelCounty {
			counties = append(counties, c)
		}
	}
	if len(counties) == 0 {
		return dict.Place{}
	}
	sentence := string(rs)
	score := func(c dict.Place) int {
		s := 0
		if c.Code == r.rep.DistrictCode {
			s += 100
		}
		if c.City != "" && c.City == r.rep.City {
			s += 50
		}
		if c.Province != "" && c.Province == r.rep.Province {
			s += 20
		}
		if c.City != "" && (containsStr(sentence, c.City) || containsStr(sentence, trimPlaceSuffix(c.City))) {
			s += 40
		}
		if c.Province != "" && (containsStr(sentence, c.Province) || containsStr(sentence, trimPlaceSuffix(c.Province))) {
			s += 30
		}
		return s
	}
	best, bestScore, ties := counties[0], score(counties[0]), 1
	for _, c := range counties[1:] {
		sc := score(c)
		if sc > bestScore {
			best, bestScore, ties = c, sc, 1
		} else if sc == bestScore {
			ties++
		}
	}
	if official {
		if ties > 1 && bestScore == 0 {
			return best // ambiguous official name: first by code, still a district
		}
		return best
	}
	if bestScore < 20 || ties > 1 {
		return dict.Place{}
	}
	return best
}

func trimPlaceSuffix(s string) string {
	for _, suf := range []string{"壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市"} {
		if len([]rune(s)) > len([]rune(suf))+1 && hasSuffix(s, suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

// streets finds towns and streets (街道, 镇) of the report's city by official name.
func (r *report) streets(rs []rune) []mention {
	var out []mention
	for i := 0; i < len(rs); i++ {
		if !isHan(rs[i]) {
			continue
		}
		for n := 5; n >= 3; n-- {
			if i+n > len(rs) {
				continue
			}
			w := string(rs[i : i+n])
			if !hasSuffix(w, "街道") && !hasSuffix(w, "镇") {
				continue
			}
			for _, p := range r.x.places.ByName(w) {
				if p.Level != dict.LevelTown || (r.rep.City != "" && p.City != r.rep.City) {
					continue
				}
				parent, _ := r.x.places.ByCode(p.Parent)
				out = append(out, mention{typ: govkg.TypeStreet, name: p.Name, key: p.Code, start: i, end: i + n,
					entProps: map[string]any{"district": parent.Name, "district_code": p.Parent, "city": p.City}})
				i += n - 1
				n = 0
				break
			}
		}
	}
	return out
}
