package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/dict"
)

// genericCountyNames are official county names that are also common words (城区 is a
// district of 长治 and also "the urban area"): a place only in its own city's report.
var genericCountyNames = map[string]bool{"城区": true, "郊区": true, "矿区": true, "新区": true, "东区": true, "老城区": true, "新城区": true,
	"西区": true, "南区": true, "北区": true, "中区": true, "市中区": true, "市辖区": true}

// prepareDistricts learns, before the sentences are read, which counties the report
// names in full (their short forms are then safe everywhere in it) and which paragraphs
// speak of paired assistance (where counties far away are named by short forms).
func (r *report) prepareDistricts() {
	r.learnedCounty = map[string]bool{}
	r.assistPara = map[int]bool{}
	for si, s := range r.doc.Sentences {
		r.cur = si
		rs := r.runes[si]
		for i := r.nextMatch(ftCountyFull, rs, 0); i < len(rs); i = r.nextMatch(ftCountyFull, rs, i+1) {
			if idx, n := r.longestAt(ftCountyFull, rs, i); idx >= 0 && r.officialAt(rs, i, n, idx, false) {
				r.learnedCounty[r.x.countyIdx[idx].Code] = true
				i += n - 1
			}
		}
		// an assistance keyword anywhere in the sentence (strings.Contains of each)
		for i := r.nextMatch(ftAssist, rs, 0); i < len(rs); i = r.nextMatch(ftAssist, rs, i+1) {
			if idx, _ := r.longestAt(ftAssist, rs, i); idx >= 0 {
				r.assistPara[s.Paragraph] = true
				break
			}
		}
	}
}

// districts finds county-level divisions: official names anywhere in China, short forms
// when the place is plausible for this report (its own city, a county the report names
// in full, a city or province named in the sentence, or a paired-assistance paragraph),
// and 我区/全区 for the report's own district.
func (r *report) districts(s govkg.Sentence, rs []rune) []mention {
	var out []mention
	x := r.x
	assist := r.assistPara[s.Paragraph]
	inSentence := map[string]bool{} // pickCounty asks about the same city names again and again
	has := func(sub string) bool {
		v, ok := inSentence[sub]
		if !ok {
			v = containsStr(s.Text, sub)
			inSentence[sub] = v
		}
		return v
	}
	// A short form far from the report's own place counts in a list only where the
	// sentence itself speaks of paired assistance: a paragraph that says 协作 once can
	// also list scenic spots (青龙古镇) whose names begin with a county's short form.
	assistHere := false
	if assist {
		for k := range assistKeywords {
			if has(k) {
				assistHere = true
				break
			}
		}
	}
	for i := 0; i < len(rs); i++ {
		if idx, n := r.longestAt(ftCountyFull, rs, i); idx >= 0 && r.officialAt(rs, i, n, idx, assist) && placeBounded(rs, i, i+n) {
			if cand := r.pickCounty(x.countyIdx[idx].Name, has, true, assist); cand.Code != "" {
				out = append(out, r.districtMention(cand, i, i+n))
				i += n - 1
				continue
			}
		}
		if idx, n := r.longestAt(ftCountyShort, rs, i); idx >= 0 && !followedByTown(rs, i+n) && !r.insideCompany(rs, i) && placeBounded(rs, i, i+n) {
			p := x.countyIdx[idx]
			listed := (i > 0 && runeIn("、与和及-", rs[i-1])) || hasAnySuffix(string(rs[max(0, i-4):i]), "帮扶", "协作", "携手", "对口", "支援", "援建") || (i+n < len(rs) && runeIn("、,和与等及", rs[i+n]))
			assisted := hasAnySuffix(string(rs[max(0, i-4):i]), "帮扶", "协作", "携手", "对口", "支援", "援建")
			ownCity := p.City == r.rep.City && !commonWords[p.Short] // 即墨 in 青岛's report
			if (commonWords[p.Short] || dict.Common(p.Short)) && !ownCity && !assisted && !r.placeListNeighbor(rs, i, i+n) {
				continue // 南部新城, 绿色通道, 资源配置: a word that is also a place is one only in a list of places or after 帮扶
			}
			if cand := r.pickCounty(string(rs[i:i+n]), has, false, assistHere && listed && !commonWords[p.Short]); cand.Code != "" {
				out = append(out, r.districtMention(cand, i, i+n))
				i += n - 1
				continue
			}
		}
		if r.rep.District != "" && i+2 <= len(rs) && rs[i+1] == '区' {
			for _, self := range districtSelfRefs {
				if hasAt(rs, i, self) {
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

func (r *report) districtMention(p dict.Place, s, e int) mention {
	return mention{typ: govkg.TypeDistrict, name: p.Name, key: p.Code, start: s, end: e,
		entProps: map[string]any{"city": p.City, "province": p.Province, "code": p.Code}}
}

// commonWords are short county names that are also ordinary words.
var commonWords = map[string]bool{"新建": true, "惠民": true, "资源": true, "合作": true, "友好": true, "振兴": true,
	"安居": true, "同仁": true, "新和": true, "和平": true, "新兴": true, "城关": true, "永定": true, "长安": true,
	"平安": true, "太平": true, "公安": true, "东方": true, "开发": true, "文化": true, "建设": true, "兴业": true, "大同": true, "宁安": true, "清河": true, "和田": true, "福田": false}

// hasAnySuffix reports whether s ends with one of sufs.
func hasAnySuffix(s string, sufs ...string) bool {
	for _, x := range sufs {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// suffixContinuations make the last rune of a county name the start of another word:
// 合作市场, 新建区域, 资源县域, 区长.
var suffixContinuations = "域场民块级位间政容貌委长属直管内外"

// officialAt decides whether the official county name matched at rs[i:i+n] is a place:
// not followed by a word its suffix starts, and either close to this report (same
// province, named in full elsewhere, city or province in the sentence, assistance) or
// standing on its own (after punctuation, a list mark or a province or city name).
func (r *report) officialAt(rs []rune, i, n, idx int, assist bool) bool {
	p := r.x.countyIdx[idx]
	if genericCountyNames[p.Name] && p.City != r.rep.City || !r.countyWordAt(rs, i, n, p.Name) {
		return false // 老城区 is "the old town" unless the report's own city has one
	}
	if p.Province == r.rep.Province || p.City == r.rep.City || r.learnedCounty[p.Code] || assist {
		return true
	}
	if i == 0 || !isHan(rs[i-1]) || runeIn("、和与及至到", rs[i-1]) {
		return true
	}
	before := string(rs[max(0, i-12):i])
	return (p.City != "" && strings.HasSuffix(before, p.City)) || strings.HasSuffix(before, p.Province) ||
		strings.HasSuffix(before, trimPlaceSuffix(p.City)) || strings.HasSuffix(before, trimPlaceSuffix(p.Province))
}

// countyWordAt reports whether the official county name at rs[i:i+n] stands as a name:
// not the start of a town's (followedByTown), not inside a company's (京东方 is a company,
// not 东方市), not followed by a rune that makes its last one the start of another word
// (合作市场, 区长).
func (r *report) countyWordAt(rs []rune, i, n int, name string) bool {
	if followedByTown(rs, i+n) || r.insideCompany(rs, i) {
		return false
	}
	return !(i+n < len(rs) && runeIn(suffixContinuations, rs[i+n]) && !strings.HasSuffix(name, "自治县"))
}

// placeListNeighbor reports whether the name at rs[s:e] is an item of a list of places:
// the item before or after it, across a 、, is a county's name or short form.
func (r *report) placeListNeighbor(rs []rune, s, e int) bool {
	if e < len(rs) && rs[e] == '、' {
		if idx, _ := r.longestAt(ftCountyShort, rs, e+1); idx >= 0 {
			return true
		}
		if idx, _ := r.longestAt(ftCountyFull, rs, e+1); idx >= 0 {
			return true
		}
	}
	if s > 0 && rs[s-1] == '、' {
		for k := max(0, s-9); k < s-1; k++ {
			if idx, n := r.longestAt(ftCountyShort, rs, k); idx >= 0 && k+n == s-1 {
				return true
			}
			if idx, n := r.longestAt(ftCountyFull, rs, k); idx >= 0 && k+n == s-1 {
				return true
			}
		}
	}
	return false
}

// placeBounded reports whether a place name found at rs[s:e] stands on its own: no
// common word runs across its first or last rune (示范县 holds no 范县, 全天门诊 no 天门,
// 高架桥西延 no 桥西, 成渝中线 no 渝中).
func placeBounded(rs []rune, s, e int) bool {
	for _, span := range [][2]int{{s - 1, s + 1}, {e - 1, e + 1}} {
		if span[0] < 0 || span[1] > len(rs) {
			continue
		}
		if dict.Common(string(rs[span[0]:span[1]])) {
			return false
		}
	}
	return true
}

// dropSelfCityShortForms drops a district read from the short form of a county that NBS
// puts directly under its province (天门市, 文昌市, 双河市: the gazetteer makes it its own
// city), outside the report's province: pickCounty took the short form itself for the
// county's city named in the sentence (朝天门 of 重庆, 文昌污水处理厂 of 哈尔滨). It stays where
// the report names the county in full, the sentence names its province, or the paragraph
// speaks of paired assistance. It runs after the tagger, whose rule features were
// trained with these mentions.
func (r *report) dropSelfCityShortForms(s govkg.Sentence, rs []rune, ms []mention) []mention {
	out := ms[:0]
	for _, m := range ms {
		if m.typ == govkg.TypeDistrict && m.key != "" && m.start >= 0 && m.start <= m.end && m.end <= len(rs) {
			p, ok := r.x.places.ByCode(m.key)
			if ok && p.City == p.Name && p.Province != r.rep.Province && string(rs[m.start:m.end]) != p.Name &&
				!r.learnedCounty[p.Code] && !r.assistPara[s.Paragraph] &&
				!containsStr(s.Text, p.Province) && !containsStr(s.Text, trimPlaceSuffix(p.Province)) {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// isDistrict: a county-level place, for overlaps.
func isDistrict(t govkg.EntityType) bool { return t == govkg.TypeDistrict }

// dropInnerDistricts drops the district mentions that are part of a longer place's name
// or of a count (黑龙江 holds no 龙江县, 连云港 no 连云区, 10项城市 no 项城市). It runs after
// the tagger: the tagger's district features were trained without it.
func (r *report) dropInnerDistricts(rs []rune, ms []mention) []mention {
	out := ms[:0]
	for _, m := range ms {
		if m.typ == govkg.TypeDistrict && m.end > m.start && m.end <= len(rs) &&
			(r.insideUpperPlace(rs, m.start) || m.start > 0 && isCountDigit(rs[m.start-1]) && runeIn("项个家座所条", rs[m.start])) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// historicalDistricts finds the districts the report names by a name today's gazetteer
// lacks (dict.History): an abolished district by its name or short form in a report of
// its own city (崇文区 in 北京's, 湾里射击中心 in 南昌's); an old name of a renamed county
// anywhere (库车县 in 宁波's), its short forms in its own city's (托县 in 呼和浩特's).
// Convention D of the gold audit keeps an abolished district under the report's name
// and a renamed one under today's. It runs after the tagger, whose features never saw
// these names, so that a row added to the file needs no retraining.
func (r *report) historicalDistricts(rs []rune, ms []mention) []mention {
	var out []mention
	for i := 0; i < len(rs); i++ {
		if !r.x.historyHead.has(rs[i]) {
			continue
		}
		idx, n := r.x.historyTrie.longest(rs, i)
		if idx < 0 {
			continue
		}
		h := r.x.history[idx]
		own := h.Place.City == r.rep.City
		abolished := strings.HasPrefix(h.Place.Code, "X")
		if (!h.Full || abolished) && !own || overlaps(ms, i, i+n, isPlaceType) ||
			!placeBounded(rs, i, i+n) || r.insideUpperPlace(rs, i) || followedByTown(rs, i+n) {
			continue
		}
		out = append(out, r.districtMention(h.Place, i, i+n))
		i += n - 1
	}
	return out
}

// insideUpperPlace: the name of a province or a city (full or short) covers position i
// and starts before it, or starts there and runs longer than any county's name: 黑龙江
// holds no 龙江县, 连云港 no 连云区, 防城港 no 防城区.
func (r *report) insideUpperPlace(rs []rune, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if pi, pn := r.longestAt(ftUpperPlaces, rs, k); pi >= 0 && k+pn > i {
			return true
		}
	}
	pi, pn := r.longestAt(ftUpperPlaces, rs, i)
	if pi < 0 {
		return false
	}
	_, fn := r.longestAt(ftCountyFull, rs, i)
	_, sn := r.longestAt(ftCountyShort, rs, i)
	return pn > max(fn, sn)
}

// insideCompany: a known company's name covers position i and starts before it (the 东方
// of 京东方 is no place).
func (r *report) insideCompany(rs []rune, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if ci, cn := r.longestAt(ftCompanies, rs, k); ci >= 0 && k+cn > i {
			return true
		}
	}
	return false
}

// followedByTown: 龙岗街道, 坪山社区 are streets and communities, not the district.
func followedByTown(rs []rune, i int) bool {
	for _, w := range []string{"街道", "社区", "镇", "乡", "村", "站", "路", "河", "江", "山", "湖", "水库", "大道", "中心城", "片区", "口岸", "阁", "楼", "桥", "寺", "塔", "岛", "景区", "公园"} {
		if hasAt(rs, i, w) {
			return true
		}
	}
	return false
}

// countiesNamed lists the county-level places whose official name (or, when official
// is false, short form) is name and that keep says to keep.
func (r *report) countiesNamed(name string, official bool, keep func(dict.Place) bool) []dict.Place {
	cands := r.x.places.ByShort(name)
	if official {
		cands = r.x.places.ByName(name)
	}
	var out []dict.Place
	for _, c := range cands {
		if r.x.places.IsDistrict(c) && keep(c) {
			out = append(out, c)
		}
	}
	return out
}

// ownCounty returns the one county of the report's own city whose official name (or,
// when official is false, short form) is name; false when there is none or more than one.
func (r *report) ownCounty(name string, official bool) (dict.Place, bool) {
	own := r.countiesNamed(name, official, func(c dict.Place) bool { return c.City == r.rep.City })
	if len(own) != 1 {
		return dict.Place{}, false
	}
	return own[0], true
}

// pickCounty resolves an official or short name to one county. Official names take the
// best candidate; short forms need evidence that this county is meant. has reports
// whether the sentence the name stands in contains a string.
func (r *report) pickCounty(name string, has func(string) bool, official, assist bool) dict.Place {
	counties := r.countiesNamed(name, official, func(dict.Place) bool { return true })
	if len(counties) == 0 {
		return dict.Place{}
	}
	score := func(c dict.Place) int {
		s := 0
		if c.Code == r.rep.DistrictCode {
			s += 100
		}
		if c.City != "" && c.City == r.rep.City {
			s += 50
		}
		if r.learnedCounty[c.Code] {
			s += 45
		}
		if c.City != "" && (has(c.City) || has(trimPlaceSuffix(c.City))) {
			s += 40
		}
		if c.Province != "" && (has(c.Province) || has(trimPlaceSuffix(c.Province))) {
			s += 30
		}
		if c.Province != "" && c.Province == r.rep.Province {
			s += 5
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
		return best
	}
	if ties > 1 {
		return dict.Place{}
	}
	if bestScore >= 30 || (assist && len(counties) == 1) {
		return best
	}
	return dict.Place{}
}

func trimPlaceSuffix(s string) string {
	for _, suf := range []string{"壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市"} {
		if len([]rune(s)) > len([]rune(suf))+1 && hasSuffix(s, suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

// streets finds towns and streets (街道, 镇) of the report's city by official name. A
// report whose city is unknown names none: a town's name alone does not say where it
// is (建设镇 is the name of towns in a dozen provinces).
func (r *report) streets(rs []rune) []mention {
	if r.rep.City == "" {
		return nil
	}
	var out []mention
	for i := 0; i < len(rs); i++ {
		if !isHan(rs[i]) {
			continue
		}
		for n := 5; n >= 3; n-- {
			if i+n > len(rs) || (rs[i+n-1] != '道' && rs[i+n-1] != '镇') {
				continue
			}
			w := string(rs[i : i+n])
			if !hasSuffix(w, "街道") && !hasSuffix(w, "镇") {
				continue
			}
			for _, p := range r.x.places.ByName(w) {
				if p.Level != dict.LevelTown || p.City != r.rep.City {
					continue
				}
				props := map[string]any{"city": p.City}
				if parent, ok := r.x.places.ByCode(p.Parent); ok && r.x.places.IsDistrict(parent) {
					props["district"], props["district_code"] = parent.Name, p.Parent
				} // else a street of a city without counties (东莞市): the city is all above it
				out = append(out, mention{typ: govkg.TypeStreet, name: p.Name, key: p.Code, start: i, end: i + n, entProps: props})
				i += n - 1
				n = 0
				break
			}
		}
	}
	return out
}

// streetDistricts makes the district of every street an entity of the extraction, as
// the city of a district is: IN_DISTRICT always has both ends, even where the text
// names the street and not its district (a writer would otherwise drop the relation).
// The district gets the properties a mention of it would give, and no mention.
func (r *report) streetDistricts() {
	for _, rel := range r.rels {
		if rel.Type != govkg.RelInDistrict || r.ents[rel.To] != nil {
			continue
		}
		code := strings.TrimPrefix(rel.To, entityID(govkg.TypeDistrict, ""))
		if p, ok := r.x.places.ByCode(code); ok {
			r.addEntity(govkg.TypeDistrict, p.Name, p.Code, nil, map[string]any{"city": p.City, "province": p.Province, "code": p.Code})
		}
	}
}

// routeDistricts finds the counties a route names as its ends (城口至万源快速通道, 黔江至
// 吉首段, 铜梁至安岳): a county's name or short form right before or after 至, where the
// other side is a place too, inside a project's name or not. A route's end is a place standing on its own, so the
// guide counts it even far from the report's city, when the name means one county
// only. Read after the tagger (it does not tag districts and was trained without
// these), and only where no other place's mention covers the name.
func (r *report) routeDistricts(s govkg.Sentence, rs []rune, found []mention) []mention {
	has := func(sub string) bool { return containsStr(s.Text, sub) }
	// placeAt returns the county (or, for the other side, any place) written at [a, b)
	county := func(a, b int) (dict.Place, bool) {
		w := string(rs[a:b])
		if commonWords[w] || dict.Common(w) || !placeBounded(rs, a, b) || followedByTown(rs, b) || hasAt(rs, b, "场") {
			return dict.Place{}, false // 文山至青龙场段: a town's name, not 青龙满族自治县
		}
		idx, n := r.longestAt(ftCountyFull, rs, a)
		official := idx >= 0 && a+n == b
		if !official {
			if idx, n = r.longestAt(ftCountyShort, rs, a); idx < 0 || a+n != b {
				return dict.Place{}, false
			}
		}
		p := r.pickCounty(w, has, official, true)
		return p, p.Code != ""
	}
	placeEnds := func(a, b int) bool { // any place name exactly at [a, b)
		for _, k := range []int{ftCountyFull, ftCountyShort, ftUpperPlaces} {
			if idx, n := r.longestAt(k, rs, a); idx >= 0 && a+n == b {
				return true
			}
		}
		return false
	}
	var out []mention
	for i, c := range rs {
		if c != '至' || i == 0 || i+1 >= len(rs) {
			continue
		}
		if strings.ContainsRune("截甚乃以直", rs[i-1]) {
			continue // 截至, 甚至, 乃至, 以至, 直至
		}
		// the longest place ending right before 至, and the one starting right after it
		var left, right [2]int
		for k := max(0, i-5); k < i-1 && left[1] == 0; k++ {
			if placeEnds(k, i) {
				left = [2]int{k, i}
			}
		}
		for e := min(len(rs), i+6); e > i+2 && right[1] == 0; e-- {
			if placeEnds(i+1, e) {
				right = [2]int{i + 1, e}
			}
		}
		if left[1] == 0 || right[1] == 0 {
			continue
		}
		for _, side := range [][2]int{left, right} {
			if overlaps(found, side[0], side[1], isPlaceType) { // a project's name may hold it
				continue
			}
			if p, ok := county(side[0], side[1]); ok {
				out = append(out, r.districtMention(p, side[0], side[1]))
			}
		}
	}
	return out
}

// ownCityCounties finds the counties of the report's own city written in full that
// officialAt refused because the gazetteer's first county of that name lies elsewhere
// (新城区 of 呼和浩特 beside 西安's, 鼓楼区 of 福州 beside 南京's, 长安区 of 石家庄 beside 西安's,
// each after a verb: 支持新城区, 抓好鼓楼区, 落户长安区). Read after the tagger, like
// listedDistricts: the tagger's rule features were trained without these mentions.
func (r *report) ownCityCounties(rs []rune, found []mention) []mention {
	if r.rep.City == "" {
		return nil
	}
	var out []mention
	for i := r.nextMatch(ftCountyFull, rs, 0); i < len(rs); i = r.nextMatch(ftCountyFull, rs, i+1) {
		idx, n := r.longestAt(ftCountyFull, rs, i)
		if idx < 0 || !placeBounded(rs, i, i+n) || !r.countyWordAt(rs, i, n, r.x.countyIdx[idx].Name) {
			continue
		}
		if overlaps(found, i, i+n, isDistrict) {
			continue
		}
		if p, ok := r.ownCounty(r.x.countyIdx[idx].Name, true); ok {
			out = append(out, r.districtMention(p, i, i+n))
			i += n - 1
		}
	}
	return r.dropInnerDistricts(rs, out) // 10项城市 holds no 项城市 in 周口's report either
}

// countiesAfterWords finds the counties written in full, three runes or more, that
// placeBounded refused only because a common word runs across their first rune: 将息烽县
// holds 将息, 以上林县为试点 以上, 推进城东区 进城, 完成长海县 成长. placeBounded keeps a short
// name out of a longer word (示范县 holds no 范县), but an official name of three runes
// with its level word at the end stands as a name whatever the rune before it. Read
// after the tagger, like ownCityCounties: the tagger's rule features were trained without
// these mentions.
func (r *report) countiesAfterWords(s govkg.Sentence, rs []rune, found []mention) []mention {
	var out []mention
	has := func(sub string) bool { return containsStr(s.Text, sub) }
	for i := r.nextMatch(ftCountyFull, rs, 1); i < len(rs); i = r.nextMatch(ftCountyFull, rs, i+1) {
		idx, n := r.longestAt(ftCountyFull, rs, i)
		if idx < 0 || n < 3 || i == 0 || !dict.Common(string(rs[i-1:i+1])) || !placeBounded(rs, i+1, i+n) ||
			!r.officialAt(rs, i, n, idx, r.assistPara[s.Paragraph]) || overlaps(found, i, i+n, isPlaceType) {
			continue
		}
		if p := r.pickCounty(r.x.countyIdx[idx].Name, has, true, r.assistPara[s.Paragraph]); p.Code != "" {
			out = append(out, r.districtMention(p, i, i+n))
			i += n - 1
		}
	}
	return r.dropInnerDistricts(rs, out)
}

// withoutLaterAbolished drops the mentions of an abolished district (dict.History) in a
// report about a year after its abolition: the name is then another thing's (湾里管理局,
// 万盛经开区, 长岛海洋生态文明综合试验区), which no gold set of those years counts as a
// District. Read after the district sense ranker, which learnt with these mentions:
// retrained without them, it gained less (held out by city District 0.9582 → 0.9591,
// against 0.9606 read after it).
func (r *report) withoutLaterAbolished(ms []mention) []mention {
	if r.rep.Year == 0 {
		return ms
	}
	return slices.DeleteFunc(ms, func(m mention) bool {
		if m.typ != govkg.TypeDistrict {
			return false
		}
		until, ok := r.x.abolished[m.key] // abolished districts only: their X codes
		return ok && r.rep.Year > until
	})
}

// listedAbolished finds the short forms of abolished districts that the history leaves
// out (江东 of 江东区, 芳村 of 芳村区, 崇文 of 崇文区: a common word or another thing's
// name, gazetteer-history.tsv), and of counties of today that the gazetteer leaves out
// (bareForms: 绿园 of 绿园区), where a report of their city lists them with its districts:
// next to a district mention of that city across 、, 和 or 与 (海曙、江东、江北三区, 芳村、
// 黄埔两个区; not 坑口、芳村、黄沙5个车站, whose neighbours are stations). Read after the
// district sense ranker, which learnt without them; withoutLaterAbolished then drops
// those of reports about later years.
func (r *report) listedAbolished(rs []rune, found []mention) []mention {
	bare := r.x.bareForms[r.rep.City]
	if len(bare) == 0 {
		return nil
	}
	var out []mention
	ownDistrict := func(m mention) bool {
		return m.typ == govkg.TypeDistrict && m.entProps["city"] == r.rep.City
	}
	joiner := func(k int) bool { return k >= 0 && k < len(rs) && strings.ContainsRune("、和与", rs[k]) }
	for i := 0; i < len(rs); i++ {
		for _, b := range bare {
			n := len(b.short)
			if rs[i] != b.short[0] || i+n > len(rs) || !slices.Equal(rs[i:i+n], b.short) || overlaps(found, i, i+n, isPlaceType) {
				continue
			}
			listed := false
			for _, m := range found {
				listed = listed || ownDistrict(m) && (joiner(i-1) && m.end == i-1 || joiner(i+n) && m.start == i+n+1)
			}
			if listed {
				out = append(out, r.districtMention(b.place, i, i+n))
				i += n - 1
				break
			}
		}
	}
	return out
}

// abolishedOpeningNames gives the abolished district whose left-out short form opens a
// name the report writes (江东公园, 江东北区污水处理厂, 芳村大道北天桥: ANNOTATION.md's
// short form as the place part at the start of another name), in a report of its city
// about its years; and so for a county of today whose short form the gazetteer leaves
// out (朝阳火车站, 朝阳东坝污水处理厂 → 朝阳区 in 北京's reports: held out by city District
// 0.9576 → 0.9585 and LOCATED_IN 0.6934 → 0.6940, none wrong). The short form alone is a
// common word or another thing's name, so only a name of a work, a park, an
// institution or a company opened by it counts. It runs after the models, on the
// mentions they leave.
func (r *report) abolishedOpeningNames(rs []rune, found []mention) []mention {
	bare := r.x.bareForms[r.rep.City]
	if len(bare) == 0 {
		return nil
	}
	var out []mention
	for _, m := range found {
		switch m.typ {
		case govkg.TypeProject, govkg.TypePark, govkg.TypeInstitution, govkg.TypeCompany:
		default:
			continue
		}
		for _, b := range bare {
			n := len(b.short)
			if m.start < 0 || m.start+n >= m.end || m.end > len(rs) || !slices.Equal(rs[m.start:m.start+n], b.short) ||
				overlaps(found, m.start, m.start+n, isPlaceType) || overlaps(out, m.start, m.start+n, isPlaceType) {
				continue
			}
			out = append(out, r.districtMention(b.place, m.start, m.start+n))
			break
		}
	}
	return r.withoutLaterAbolished(out) // about its years only, as listedAbolished's
}

// bareName is a short form the history leaves out of an abolished district, or the
// gazetteer out of a county of today (Extractor.bareForms; listedAbolished,
// abolishedOpeningNames).
type bareName struct {
	short []rune
	place dict.Place
}

// countiesAtWordEdges finds the county short forms that placeBounded refused because a
// common word runs across an edge of the name (加快门头沟 holds 快门, 支持平谷 持平, 加强大足石刻
// 强大, 无极力争 极力) where the segmenter reads the name as a word: a word starts there and is
// the name or opens with it. 示范县 is one word and holds no 范县. The county needs the
// evidence districts asks of a short form. Read after the district sense ranker, which
// learnt without these mentions: retrained with them, it lost more than they add (held out
// by city District 0.9563 → 0.9559, against 0.9582 read after it; dev 0.949 → 0.946).
func (r *report) countiesAtWordEdges(s govkg.Sentence, rs []rune, found []mention) []mention {
	var out []mention
	has := func(sub string) bool { return containsStr(s.Text, sub) }
	for i := r.nextMatch(ftCountyShort, rs, 0); i < len(rs); i = r.nextMatch(ftCountyShort, rs, i+1) {
		idx, n := r.longestAt(ftCountyShort, rs, i)
		if idx < 0 || placeBounded(rs, i, i+n) || followedByTown(rs, i+n) || r.insideCompany(rs, i) ||
			overlaps(found, i, i+n, isPlaceType) || overlaps(out, i, i+n, isPlaceType) {
			continue
		}
		w := string(rs[i : i+n])
		if commonWords[w] || dict.Common(w) || r.officialNameAt(rs, i, w) || !r.startsWord(rs, i, n) {
			continue // an official name written in full (东城区供热管网 in 兰州's report) is officialAt's to judge
		}
		if cand := r.pickCounty(w, has, false, false); cand.Code != "" {
			out = append(out, r.districtMention(cand, i, i+n))
			i += n - 1
		}
	}
	return r.dropSelfCityShortForms(s, rs, out) // 建成文昌三期 in 哈尔滨's report: no 文昌市
}

// officialNameAt reports whether the official name of a county whose short form is short
// is written at rs[i:].
func (r *report) officialNameAt(rs []rune, i int, short string) bool {
	for _, c := range r.countiesNamed(short, false, func(dict.Place) bool { return true }) {
		if hasAt(rs, i, c.Name) {
			return true
		}
	}
	return false
}

// startsWord reports whether the segmenter, cutting the words around rs[i:i+n], starts a
// word at i that is rs[i:i+n] or runs past it, with no single Han rune cut off on either
// side of that word: 成渝中线 cut 成/渝中/线 and 广清城际 cut 广/清城/际 are unknown words the
// segmenter broke, not places.
func (r *report) startsWord(rs []rune, i, n int) bool {
	from, to := max(0, i-6), min(len(rs), i+n+6)
	toks := r.cut(string(rs[from:to]))
	at := from
	single := func(t string) bool { rt, size := utf8.DecodeRuneInString(t); return size == len(t) && isHan(rt) }
	for k, t := range toks {
		l := utf8.RuneCountInString(t)
		if at == i {
			return l >= n && (k == 0 || !single(toks[k-1])) && (k+1 == len(toks) || !single(toks[k+1]))
		}
		if at > i {
			return false
		}
		at += l
	}
	return false
}

// listedDistricts finds the counties of a 、-list of places whose neighbour is already a
// District mention (新建、安义、进贤、余干…和丰城、樟树): a short form there names a county of
// the report's own province even without a city or province in the sentence, when it
// means one county of that province only. Read after the tagger, like routeDistricts.
// The candidates are found in one pass and the list is then walked outward from the
// mentions it already has, so a long list costs no more than a short one per item.
func (r *report) listedDistricts(s govkg.Sentence, rs []rune, found []mention) []mention {
	if r.rep.Province == "" || !slices.Contains(rs, '、') || r.nextMatch(ftCountyShort, rs, 0) >= len(rs) {
		return nil // no list, or no county short form in the sentence's scan
	}
	n := len(rs)
	taken := make([]bool, n)        // runes under any mention, then under an accepted item
	startsPlace := make([]int, n+1) // end+1 of a District mention starting here, 0: none
	endsPlace := make([]int, n+1)   // start+1 of a District mention ending here, 0: none
	for _, m := range found {
		if m.start < 0 || m.end > n || m.start >= m.end {
			continue
		}
		for k := m.start; k < m.end; k++ {
			taken[k] = true
		}
		if m.typ == govkg.TypeDistrict {
			startsPlace[m.start], endsPlace[m.end] = m.end+1, m.start+1
		}
	}
	type cand struct {
		s, e int
		p    dict.Place
	}
	var cands []cand
	at := map[int]int{}  // start → index into cands
	end := map[int]int{} // end → index into cands
	for i := r.nextMatch(ftCountyShort, rs, 0); i < n; i = r.nextMatch(ftCountyShort, rs, i+1) {
		idx, l := r.longestAt(ftCountyShort, rs, i)
		if idx < 0 || slices.Contains(taken[i:i+l], true) {
			continue
		}
		w := string(rs[i : i+l])
		if commonWords[w] || dict.Common(w) || !placeBounded(rs, i, i+l) || followedByTown(rs, i+l) {
			continue
		}
		own := r.countiesNamed(w, false, func(c dict.Place) bool { return c.Province == r.rep.Province })
		if len(own) != 1 {
			continue
		}
		at[i], end[i+l] = len(cands), len(cands)
		cands = append(cands, cand{i, i + l, own[0]})
	}
	if len(cands) == 0 {
		return nil
	}
	joiner := func(k int) bool { return k >= 0 && k < n && (rs[k] == '、' || rs[k] == '和') }
	// placeNext: a District mention or an accepted item starts within reach after the joiner
	accepted := make([]bool, len(cands))
	var queue []int
	neighbourPlace := func(c cand) bool {
		if joiner(c.e) {
			for k := c.e + 2; k <= min(n, c.e+8); k++ {
				if startsPlace[c.e+1] == k+1 {
					return true
				}
			}
		}
		if joiner(c.s - 1) {
			for k := max(0, c.s-8); k < c.s-1; k++ {
				if endsPlace[c.s-1] == k+1 {
					return true
				}
			}
		}
		return false
	}
	for k, c := range cands {
		if neighbourPlace(c) {
			queue = append(queue, k)
		}
	}
	var out []mention
	for len(queue) > 0 {
		k := queue[0]
		queue = queue[1:]
		c := cands[k]
		if accepted[k] || slices.Contains(taken[c.s:c.e], true) {
			continue
		}
		accepted[k] = true
		for q := c.s; q < c.e; q++ {
			taken[q] = true
		}
		startsPlace[c.s], endsPlace[c.e] = c.e+1, c.s+1
		out = append(out, r.districtMention(c.p, c.s, c.e))
		// the items next to it across a joiner
		if joiner(c.e) {
			if j, ok := at[c.e+1]; ok && !accepted[j] {
				queue = append(queue, j)
			}
		}
		if joiner(c.s - 1) {
			if j, ok := end[c.s-1]; ok && !accepted[j] {
				queue = append(queue, j)
			}
		}
	}
	slices.SortFunc(out, func(a, b mention) int { return a.start - b.start })
	return out
}

// countedCountyLists finds the counties of a 、-list that a count of counties closes
// (支援疏附、波密、甘孜、巫山等6个贫困县, 大力扶持阳山、清新、连南三个特困县): the text says
// each item is a county, so a short form stands for its county without the evidence a
// short form alone needs, and a short form the gazetteer leaves out because it is a
// common word or names more than one place (清新 of 清新区, 甘孜 of 甘孜县 beside 甘孜州)
// counts as the one county it names with its suffix. Every item must name a county, the
// first after whatever verb opens the clause. Read after the district sense ranker.
func (r *report) countedCountyLists(s govkg.Sentence, rs []rune, found []mention) []mention {
	var out []mention
	has := func(sub string) bool { return containsStr(s.Text, sub) }
	for i := 1; i < len(rs); i++ {
		if rs[i] != '个' {
			continue
		}
		k := i
		for k > 0 && (unicode.IsDigit(rs[k-1]) || isHanDigit(rs[k-1]) || rs[k-1] == '两') {
			k--
		}
		j := i + 1
		for j < len(rs) && j <= i+9 && isHan(rs[j]) && rs[j] != '县' {
			j++
		}
		if k == i || j >= len(rs) || rs[j] != '县' {
			continue
		}
		end := k
		if end > 0 && rs[end-1] == '等' {
			end--
		}
		var ms []mention
		for e := end; ; {
			b := e
			for b > 0 && isHan(rs[b-1]) && !runeIn("、和及与", rs[b-1]) {
				b--
			}
			first := b == 0 || rs[b-1] != '、' && !(runeIn("和及与", rs[b-1]) && len(ms) == 0)
			m, ok := r.countedCounty(rs, b, e, first, has)
			if !ok {
				ms = nil
				break
			}
			ms = append(ms, m)
			if first {
				break
			}
			e = b - 1
		}
		if len(ms) < 2 {
			continue
		}
		for _, m := range ms {
			if !overlaps(found, m.start, m.end, isPlaceType) && !overlaps(out, m.start, m.end, isPlaceType) {
				out = append(out, m)
			}
		}
	}
	return out
}

// countedCounty resolves the list item rs[b:e] as a county (countedCountyLists): the
// whole item, or for the list's first item the longest county name that ends it.
func (r *report) countedCounty(rs []rune, b, e int, first bool, has func(string) bool) (mention, bool) {
	last := e - 2
	if !first {
		last = min(b, last) // a later item is read whole
	}
	for start := b; start <= last; start++ {
		w := string(rs[start:e])
		p := r.pickCounty(w, has, true, true)
		if p.Code == "" {
			p = r.pickCounty(w, has, false, true)
		}
		for _, suf := range []string{"县", "区", "市", "旗"} {
			if p.Code != "" {
				break
			}
			if c := r.countiesNamed(w+suf, true, func(dict.Place) bool { return true }); len(c) == 1 {
				p = c[0]
			}
		}
		if p.Code != "" && !outsideMainland(p) {
			return r.districtMention(p, start, e), true
		}
	}
	return mention{}, false
}

// withoutCityWordCounties drops the counties whose official name ends in 城市 where a
// common word runs across its first rune (沿海城市 holds no 海城市, 新兴城市 no 兴城市,
// 跨海城市 no 海城市): the text there is a word and 城市, "city". countiesAfterWords keeps
// an official name of three runes whatever the rune before it (将息烽县, 推进城东区); for
// these the rest of the text reads as a word on its own. It runs after the district sense
// ranker, which learnt with these mentions.
func (r *report) withoutCityWordCounties(rs []rune, ms []mention) []mention {
	return slices.DeleteFunc(ms, func(m mention) bool {
		return m.typ == govkg.TypeDistrict && m.start > 0 && m.end <= len(rs) && m.end-m.start >= 3 &&
			hasAt(rs, m.end-2, "城市") && dict.Common(string(rs[m.start-1:m.start+1]))
	})
}

// zonesAsDistricts makes a park named by a zone that is today a county-level district
// (dict.RenamedZones: 红谷滩新区) a mention of that district, as the gold README names
// it: what the text puts in the zone is then in the district. It runs after the rankers,
// which learnt with the zone as a park.
func (r *report) zonesAsDistricts(ms []mention) []mention {
	zones := dict.RenamedZones()
	for i, m := range ms {
		if m.typ != govkg.TypePark {
			continue
		}
		if p, ok := zones[m.name]; ok {
			ms[i] = r.districtMention(p, m.start, m.end)
		}
	}
	return ms
}
