// INVOLVES: the companies that build, invest in, operate or land in a work or a park, or
// whose name opens its name.

package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/dict"
)

// namingCompany returns the id of the report's company (not placeLike) whose name, or
// whose name without its legal form, opens a project's or a park's name (金赛生产基地, 石药制剂扩产改造 of 石药
// 集团): the guide's INVOLVES "its name is part of the project's name" holds in the
// sentence that writes the project, wherever the report names the company. The longest
// such name wins; the rest of the project's name must be two runes at least. A place's
// name of two to four runes may stand before the company's.
func (r *report) namingCompany(name string) string {
	names := r.reportCompanyNames()
	rs := []rune(name)
	// the company opens the name, or follows a place that opens it (兰州万达茂,
	// 曹妃甸中铁十六局高端装备制造): the place says where, the company whose it is
	starts := []int{0}
	for k := 2; k <= 4 && k+2 <= len(rs); k++ {
		if r.isPlaceName(string(rs[:k])) {
			starts = append(starts, k)
		}
	}
	for _, k := range starts {
		for n := len(rs) - 2; n >= k+2; n-- {
			w := string(rs[k:n])
			if id, ok := names[w]; ok && (k == 0 || !dict.Common(w)) {
				return id // after a place, not a common word: 哈西地铁联络线 is not 地铁集团's
			}
		}
	}
	return ""
}

// reportCompanyNames maps the names of the report's companies that are no place's, and
// those names without their legal form, to their ids (the smallest id on a tie); built
// once, when the relations are read and every company is in.
func (r *report) reportCompanyNames() map[string]string {
	if r.companyNames == nil {
		r.companyNames = map[string]string{}
		for id, e := range r.ents {
			if e.Type != govkg.TypeCompany || r.placeLike(e.Name) {
				continue
			}
			for _, n := range []string{e.Name, trimLegalForm(e.Name)} {
				if old, ok := r.companyNames[n]; utf8.RuneCountInString(n) >= 2 && (!ok || id < old) {
					r.companyNames[n] = id
				}
			}
		}
	}
	return r.companyNames
}

// openingCompanyLen returns the length in runes of the longest name of the report's
// companies (reportCompanyNames) that opens name with at least two runes after it, or 0.
func (r *report) openingCompanyLen(name []rune) int {
	names := r.reportCompanyNames()
	for n := len(name) - 2; n >= 2; n-- {
		if _, ok := names[string(name[:n])]; ok || r.x.facilityForm(name[:n]) {
			return n // a port or a mall of the lexicon (广州港南沙港区) says whose as a company does
		}
	}
	return 0
}

// placeLike: a company name of the tagger's that is a place's (行唐, 长兴岛): it opens
// the names of the place's projects, not of the company's. A name the company lexicon
// lists whole, as no common word (中兴, 华为), is the company's, though a town somewhere
// has it as its short form (中兴镇): 中兴蓬莱超超临界燃煤电厂 is 中兴's, in 蓬莱区. Held out by
// city LOCATED_IN 0.6307 → 0.6323, train +0.001, dev, test and seeds unchanged.
func (r *report) placeLike(name string) bool {
	if r.lexiconName([]rune(name)) {
		return false
	}
	return r.isPlaceName(name) || hasAnySuffix(name, "岛", "湾", "山", "湖", "江", "河", "港", "区", "县", "镇", "村", "新城")
}

// legalForms end a company's name and are left out where its short name opens another
// (石药集团 → 石药).
var legalForms = []string{"股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团", "公司"}

// trimLegalForm drops a legal form from the end of a company's name, keeping two runes.
func trimLegalForm(name string) string {
	for _, f := range legalForms {
		if rest, ok := strings.CutSuffix(name, f); ok && utf8.RuneCountInString(rest) >= 2 {
			return rest
		}
	}
	return name
}

// investVerbs between a company and a project say the company builds, invests in,
// operates or lands it.
var investVerbs = []string{"投资", "建设", "投建", "打造", "落户", "投产", "运营", "承建", "开工", "签约"}

// involves: the company's name opens or is inside the project's (比亚迪汽车风洞中心), or the
// clause's only company builds, invests in, operates or lands it (X投资建设Y).
func (r *report) involves(rs []rune, c, m mention, companies []mention) bool {
	if strings.HasPrefix(m.name, c.name) {
		return true
	}
	if c.start >= m.start && c.end <= m.end {
		// inside the name: at its start, right after a place that opens it (兰州万达茂), or
		// right after a partner company that opens it (吉利—沃尔沃中国设计中心, 博世庆铃氢燃料
		// 发动机, 中国联通·阿里云万卡绿色算力)
		return c.start == m.start || r.isPlaceName(string(rs[m.start:c.start])) || r.startsWithPlace(string(rs[m.start:c.start])) ||
			partnerBefore(rs, c, m, companies)
	}
	cs, ce := clauseOf(rs, m.start)
	if c.start < cs || c.end > ce || c.end > m.start {
		return false
	}
	n := 0
	for _, o := range companies {
		if o.start >= cs && o.end <= ce && !(o.start >= m.start && o.end <= m.end) {
			n++
		}
	}
	if n > 1 && m.typ == govkg.TypePark {
		return firmsLandIn(rs, m, companies, cs, ce)
	}
	if n != 1 {
		return false
	}
	between := string(rs[c.end:m.start])
	if len([]rune(between)) > 8 {
		return false
	}
	for _, v := range investVerbs {
		if strings.Contains(between, v) {
			return true
		}
	}
	return false
}

// firmsLandIn reports whether the clause's companies are a list that lands in park m
// written after it (长光圆辰、长光辰芯等企业批量入驻光电信息产业园): every company of the
// clause stands before the park, the items joined by 、和及与, and a verb of landing
// within sixteen runes between the list and the park. Where a clause names several
// companies, involves otherwise links none. Held out by city INVOLVES 0.5968 → 0.5975
// (4 edges, all right), dev +2 right of 3, train +6 right of 8; seeds unchanged.
func firmsLandIn(rs []rune, m mention, companies []mention, cs, ce int) bool {
	var list []mention
	for _, o := range companies {
		if o.start < cs || o.end > ce || o.start >= m.start && o.end <= m.end {
			continue
		}
		if o.end > m.start {
			return false // a company after the park: the clause says more than a landing
		}
		list = append(list, o)
	}
	if len(list) == 0 {
		return false
	}
	for k := 1; k < len(list); k++ {
		if e := list[k-1].end; list[k].start != e+1 || !runeIn("、和及与", rs[e]) {
			return false // overlapping names, or more than a list mark between them
		}
	}
	between := string(rs[list[len(list)-1].end:m.start])
	return len([]rune(between)) <= 16 && containsAny(between, "入驻", "进驻", "落户", "落地")
}

// partnerBefore reports whether company c stands inside name m right after another
// company that opens m, with nothing between or one joining mark (—, -, ·): a joint
// venture's or a partnership's work involves both partners (ANNOTATION.md: the company's
// name is part of the project's name). Held out by city INVOLVES 0.5464 → 0.5492 (11
// more edges of the gold: 一汽大众奥迪Q工厂, 中储红星美凯龙 …); dev +0.0005, train +0.002,
// seeds +0.009, test unchanged.
func partnerBefore(rs []rune, c, m mention, companies []mention) bool {
	return slices.ContainsFunc(companies, func(o mention) bool {
		return o.start == m.start && (o.end == c.start || o.end+1 == c.start && runeIn("—-·・", rs[o.end]))
	})
}
