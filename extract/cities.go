package extract

import (
	"strings"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/dict"
)

// citySelfRefs refer to a city report's own city.
var citySelfRefs = []string{"我市", "全市", "本市"}

// cityPlace returns the gazetteer row of a city by name: a prefecture-level city, or a
// municipality (北京市, 上海市, 天津市, 重庆市), which the gazetteer lists as a province.
func (x *Extractor) cityPlace(name string) (dict.Place, bool) {
	for _, p := range x.places.ByName(name) {
		if p.Level == dict.LevelCity || p.Level == dict.LevelProvince && strings.HasSuffix(p.Name, "市") {
			return p, true
		}
	}
	return dict.Place{}, false
}

// provincePlace returns the gazetteer row of a province by name.
func (x *Extractor) provincePlace(name string) (dict.Place, bool) {
	for _, p := range x.places.ByName(name) {
		if p.Level == dict.LevelProvince {
			return p, true
		}
	}
	return dict.Place{}, false
}

func cityMention(p dict.Place, s, e int) mention {
	return mention{typ: govkg.TypeCity, name: p.Name, key: p.Code, start: s, end: e,
		entProps: map[string]any{"code": p.Code, "province": p.Province}}
}

// cities finds prefecture-level cities and provinces named in full (成都市, 阿坝藏族羌族自治州,
// 阿坝州, 四川省), and in a city's own report 我市/全市/本市 for the city itself.
func (r *report) cities(rs []rune) []mention {
	var out []mention
	x := r.x
	own, hasOwn := dict.Place{}, false
	if r.rep.District == "" && r.rep.City != "" {
		own, hasOwn = x.cityPlace(r.rep.City)
	}
	for i := 0; i < len(rs); i++ {
		if hasOwn && rs[i] != 0 && i+2 <= len(rs) && rs[i+1] == '市' {
			found := false
			for _, self := range citySelfRefs {
				if hasAt(rs, i, self) {
					out = append(out, cityMention(own, i, i+2))
					found = true
					break
				}
			}
			if found {
				i++
				continue
			}
		}
		idx, n := x.upperFull.longest(rs, i)
		if idx < 0 {
			continue
		}
		if i+n < len(rs) && strings.ContainsRune(suffixContinuations, rs[i+n]) {
			continue // 市场, 市民, 省级
		}
		p := x.upperIdx[idx]
		if p.Level == dict.LevelProvince && !strings.HasSuffix(p.Name, "市") {
			out = append(out, mention{typ: govkg.TypeProvince, name: p.Name, key: p.Code, start: i, end: i + n,
				entProps: map[string]any{"code": p.Code}})
		} else {
			out = append(out, cityMention(p, i, i+n))
		}
		i += n - 1
	}
	return out
}

// placeHierarchy links every district the report names to its city (IN_CITY) and every
// city to its province (IN_PROVINCE), once, with the evidence of the first mention.
func (r *report) placeHierarchy() {
	ids := sortedKeys(toAnyEnt(r.ents))
	for _, id := range ids {
		e := r.ents[id]
		if len(e.Mentions) == 0 {
			continue
		}
		m := e.Mentions[0]
		s := r.doc.Sentences[sentenceIndex(r.doc.Sentences, m.SentenceID)]
		switch e.Type {
		case govkg.TypeDistrict:
			city, _ := e.Props["city"].(string)
			if p, ok := r.x.cityPlace(city); ok {
				c := r.addEntity(govkg.TypeCity, p.Name, p.Code, nil, map[string]any{"code": p.Code, "province": p.Province})
				r.addRel(govkg.RelInCity, e.ID, c.ID, nil, s, m.Start, m.End)
			}
		}
	}
	for _, id := range sortedKeys(toAnyEnt(r.ents)) {
		e := r.ents[id]
		if e.Type != govkg.TypeCity {
			continue
		}
		prov, _ := e.Props["province"].(string)
		if prov == "" || prov == e.Name {
			continue // a municipality is its own province
		}
		p, ok := r.x.provincePlace(prov)
		if !ok {
			continue
		}
		pe := r.addEntity(govkg.TypeProvince, p.Name, p.Code, nil, map[string]any{"code": p.Code})
		if len(e.Mentions) > 0 {
			m := e.Mentions[0]
			s := r.doc.Sentences[sentenceIndex(r.doc.Sentences, m.SentenceID)]
			r.addRel(govkg.RelInProvince, e.ID, pe.ID, nil, s, m.Start, m.End)
		} else if len(r.doc.Sentences) > 0 {
			r.addRel(govkg.RelInProvince, e.ID, pe.ID, nil, r.doc.Sentences[0], 0, 0)
		}
	}
}

func toAnyEnt(m map[string]*govkg.Entity) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// sentenceIndex finds a sentence by id (ids end in their zero-padded index).
func sentenceIndex(ss []govkg.Sentence, id string) int {
	for i := range ss {
		if ss[i].ID == id {
			return i
		}
	}
	return 0
}
