package document

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/dict"
)

const (
	// headerParas: the title, subtitle and opening lines are within this many
	// paragraphs (and before the first level-1 heading).
	headerParas = 20
	// headerParaRunes: longer paragraphs are body text, not title or subtitle lines.
	headerParaRunes = 160
	// openingRunes: the stretch of text searched for the most frequent place name.
	openingRunes = 3000
)

// detectMeta fills d.Report: title, kind, years, place and ID, then applies overrides.
func (p *parser) detectMeta(d *Document, opts Options) {
	r := &d.Report
	header := p.headerTexts()
	r.Title = p.findTitle(header)
	r.Kind = detectKind(r.Title, p.opening(openingRunes))
	if opts.Kind != "" {
		r.Kind = opts.Kind
	}
	p.detectYears(r, header)
	switch {
	case opts.Year > 0 && opts.PlanYear > 0:
		r.Year, r.PlanYear = opts.Year, opts.PlanYear
	case opts.Year > 0:
		r.Year, r.PlanYear = opts.Year, opts.Year+1
	case opts.PlanYear > 0:
		r.Year, r.PlanYear = opts.PlanYear-1, opts.PlanYear
	}
	if r.Year == 0 || r.PlanYear == 0 {
		r.Warnings = append(r.Warnings, "report year not found in the title, headings or file name")
	}
	p.detectPlace(r, header, opts.District)
	r.ID = reportID(r)
}

// headerTexts returns the title-like opening paragraphs: those before the first
// level-1 heading, among the first headerParas, shorter than headerParaRunes, plus the
// front-matter (or HTML) title.
func (p *parser) headerTexts() []string {
	var out []string
	// Front matter states the title; an HTML <title> carries the site name, so it is
	// only a fallback after the page's own lines.
	if p.metaTitle != "" && p.format != FormatHTML {
		out = append(out, normalizeString(p.metaTitle))
	}
	for i, pa := range p.paras {
		if i >= headerParas {
			break
		}
		rs := p.text[pa.lo:pa.hi]
		if headingLevel(rs) == 1 || isSpecialHeading(rs) {
			break
		}
		if len(rs) <= headerParaRunes {
			out = append(out, string(rs))
		}
	}
	if p.metaTitle != "" && p.format == FormatHTML {
		out = append(out, normalizeString(p.metaTitle))
	}
	return out
}

// normalizeString applies the per-rune normalization to a short string (a title from
// front matter or <title>), without an offset map.
func normalizeString(s string) string {
	p := &parser{nfkc: map[rune][]rune{}}
	var tmp []nr
	for i, r := range s {
		tmp = p.normRune(tmp, r, i, i+utf8.RuneLen(r))
	}
	var b strings.Builder
	for k, x := range tmp {
		if x.r == ' ' {
			if k > 0 && k+1 < len(tmp) && isASCIIAlnum(tmp[k-1].r) && isASCIIAlnum(tmp[k+1].r) {
				b.WriteByte(' ')
			}
			continue
		}
		b.WriteRune(x.r)
	}
	return b.String()
}

func (p *parser) opening(n int) string {
	if len(p.text) < n {
		n = len(p.text)
	}
	return string(p.text[:n])
}

// findTitle: the front-matter title when it names the genre, else the first header
// line that looks like a title, else the front-matter title as it is.
func (p *parser) findTitle(header []string) string {
	for _, h := range header {
		if isTitleLike(h) {
			return h
		}
	}
	if p.metaTitle != "" {
		return normalizeString(p.metaTitle)
	}
	return ""
}

func detectKind(title, opening string) govkg.ReportKind {
	for _, s := range []string{title, opening} {
		switch {
		case strings.Contains(s, "政府工作报告"):
			return govkg.KindWorkReport
		case strings.Contains(s, "国民经济和社会发展计划"), strings.Contains(s, "计划(草案)"),
			strings.Contains(s, "计划") && strings.Contains(s, "执行情况"):
			return govkg.KindPlanReport
		}
	}
	return govkg.KindUnknown
}

// years returns the four-digit years (1949–2100) in s, in order.
func years(s string) []int {
	var out []int
	for i := 0; i+4 <= len(s); i++ {
		if !isDigitByte(s[i]) || (i > 0 && isDigitByte(s[i-1])) {
			continue
		}
		j := i
		for j < len(s) && isDigitByte(s[j]) {
			j++
		}
		if j-i == 4 {
			if y, _ := strconv.Atoi(s[i:j]); y >= 1949 && y <= 2100 {
				out = append(out, y)
			}
		}
		i = j
	}
	return out
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// detectYears sets Year (the year reviewed) and PlanYear (the year planned for).
// Plan reports: the title's first year is Year, its second PlanYear. Work reports:
// the title's year (else the meeting date under it, else a year-named file) is
// PlanYear; a level-1 heading "YYYY年…回顾" sets Year and "YYYY年工作安排" PlanYear.
func (p *parser) detectYears(r *govkg.Report, header []string) {
	ty := years(r.Title)
	var reviewY, planY int
	for _, h := range p.level1Headings() {
		ys := years(h)
		if len(ys) == 0 {
			continue
		}
		st := classifyHeading(h, 0, 0)
		if st == govkg.StanceAchieved && reviewY == 0 {
			reviewY = ys[len(ys)-1]
		}
		if st == govkg.StancePlanned && planY == 0 {
			planY = ys[0]
		}
	}
	meetingY := 0
	if m, ok := meetingDate(r.Title, header); ok {
		r.Meeting = m.String()
		meetingY = m.y
		if m.autumn() || m.mon == 12 { // a session late in the year plans the next one
			meetingY++
		}
	}
	baseY := 0
	base := strings.TrimSuffix(filepath.Base(p.path), filepath.Ext(p.path))
	if len(base) == 4 {
		if ys := years(base); len(ys) == 1 {
			baseY = ys[0]
		}
	}
	if r.Kind == govkg.KindPlanReport {
		if len(ty) > 0 {
			r.Year = ty[0]
			if len(ty) > 1 && ty[1] > ty[0] {
				r.PlanYear = ty[1]
			}
		}
		if r.Year == 0 {
			r.Year = reviewY
		}
		if r.PlanYear == 0 {
			r.PlanYear = firstNonZero(planY, meetingY, baseY)
		}
		if r.PlanYear == 0 && r.Year > 0 {
			r.PlanYear = r.Year + 1
		}
		if r.Year == 0 && r.PlanYear > 0 {
			r.Year = r.PlanYear - 1
		}
		return
	}
	py := 0
	if len(ty) > 0 {
		py = ty[0]
		for _, mon := range []string{"10", "11", "12"} { // a session late in the year plans the next one
			if strings.Contains(r.Title, strconv.Itoa(py)+"年"+mon+"月") {
				py++
				break
			}
		}
	}
	if py == 0 {
		py = firstNonZero(meetingY, planY)
	}
	if py == 0 && reviewY > 0 {
		py = reviewY + 1
	}
	if py == 0 {
		py = baseY
	}
	if py == 0 {
		return
	}
	r.PlanYear, r.Year = py, py-1
	if reviewY > 0 && reviewY != r.Year && reviewY >= py-2 && reviewY <= py {
		r.Year = reviewY
	}
	if planY > 0 && planY != r.PlanYear && planY >= r.Year && planY <= r.Year+2 {
		r.PlanYear = planY
	}
}

// meeting is the date of the congress session that heard a report (day 0 when the
// header gives only the month).
type meeting struct{ y, mon, day int }

func (m meeting) String() string {
	if m.day == 0 {
		return fmt.Sprintf("%04d-%02d", m.y, m.mon)
	}
	return fmt.Sprintf("%04d-%02d-%02d", m.y, m.mon, m.day)
}

// autumn reports whether the session sat in October or November: the first session of a
// new congress, held before the year ends, which plans the next year and the next five.
// The same place usually holds its ordinary session for that year early in the next, so
// both plan the same year: the report id keeps them apart (see reportID).
func (m meeting) autumn() bool { return m.mon == 10 || m.mon == 11 }

var meetingRE = regexp.MustCompile(`((?:19|20)[0-9]{2})年([0-9]{1,2})月(?:([0-9]{1,2})日)?`)

// meetingDate finds the date of the session in the header: the first header line that
// names a session (会议, 大会, 人大) and has a date (YYYY年M月, with or without D日), or
// the title when it has a full date.
func meetingDate(title string, header []string) (meeting, bool) {
	for _, h := range header {
		session := strings.Contains(h, "会议") || strings.Contains(h, "大会") || strings.Contains(h, "人大")
		if !session && h != title {
			continue
		}
		sub := meetingRE.FindStringSubmatch(h)
		if sub == nil || (sub[3] == "" && !session) { // a month alone in a title is not a session's date
			continue
		}
		y, _ := strconv.Atoi(sub[1])
		mon, _ := strconv.Atoi(sub[2])
		day, _ := strconv.Atoi(sub[3])
		if mon < 1 || mon > 12 || day > 31 {
			continue
		}
		return meeting{y, mon, day}, true
	}
	return meeting{}, false
}

// level1Headings lists the distinct level-1 section titles in order.
func (p *parser) level1Headings() []string {
	var out []string
	last := ""
	for _, s := range p.sents {
		if s.levels[0] != "" && s.levels[0] != last {
			out = append(out, s.levels[0])
			last = s.levels[0]
		}
	}
	return out
}

func firstNonZero(xs ...int) int {
	for _, x := range xs {
		if x != 0 {
			return x
		}
	}
	return 0
}

// Place-name index over the gazetteer, built once.
type placeIndex struct {
	flags    map[string]uint8 // name → which of the maps below hold it
	county   map[string][]dict.Place
	countyS  map[string][]dict.Place
	city     map[string][]dict.Place // prefecture-level cities and the four municipalities
	cityS    map[string][]dict.Place
	maxRunes int
	// prefixes holds every leading two-rune prefix of a name: a position whose next two
	// runes are none of them starts no name, which skips most positions at once.
	prefixes map[string]bool
}

const (
	fCounty uint8 = 1 << iota
	fCountyShort
	fCity
	fCityShort
)

var (
	placesOnce sync.Once
	places     *placeIndex
)

func placeIdx() *placeIndex {
	placesOnce.Do(func() {
		ix := &placeIndex{flags: map[string]uint8{}, prefixes: map[string]bool{}, county: map[string][]dict.Place{},
			countyS: map[string][]dict.Place{}, city: map[string][]dict.Place{}, cityS: map[string][]dict.Place{}}
		add := func(m map[string][]dict.Place, f uint8, name string, pl dict.Place, minRunes int) {
			n := runeLen(name)
			if name == "" || n < minRunes {
				return
			}
			m[name] = append(m[name], pl)
			ix.flags[name] |= f
			ix.prefixes[string([]rune(name)[:2])] = true
			ix.maxRunes = max(ix.maxRunes, n)
		}
		for _, pl := range dict.Places().Places {
			switch {
			case dict.Places().IsDistrict(pl):
				add(ix.county, fCounty, pl.Name, pl, 3) // 城区, 郊区, 矿区 are words
				add(ix.countyS, fCountyShort, pl.Short, pl, 2)
			case pl.Level == dict.LevelCity,
				pl.Level == dict.LevelProvince && strings.HasSuffix(pl.Name, "市"):
				add(ix.city, fCity, pl.Name, pl, 2)
				add(ix.cityS, fCityShort, pl.Short, pl, 2)
			}
		}
		places = ix
	})
	return places
}

// scan calls fn for each longest place-name match in s, left to right.
func (ix *placeIndex) scan(s string, fn func(name string, f uint8)) {
	bounds := make([]int, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		bounds = append(bounds, i)
	}
	bounds = append(bounds, len(s))
	n := len(bounds) - 1
	for i := 0; i < n; {
		matched := 0
		if i+2 <= n && !ix.prefixes[s[bounds[i]:bounds[i+2]]] {
			i++
			continue
		}
		for l := min(ix.maxRunes, n-i); l >= 2; l-- {
			name := s[bounds[i]:bounds[i+l]]
			if f, ok := ix.flags[name]; ok {
				fn(name, f)
				matched = l
				break
			}
		}
		if matched > 0 {
			i += matched
		} else {
			i++
		}
	}
}

type tally struct {
	count map[string]int
	order []string
}

func (t *tally) add(name string, w int) {
	if t.count == nil {
		t.count = map[string]int{}
	}
	if _, ok := t.count[name]; !ok {
		t.order = append(t.order, name)
	}
	t.count[name] += w
}

// best returns the name with the highest count, earliest first on ties.
func (t *tally) best() (string, int) {
	b, bc := "", 0
	for _, n := range t.order {
		if t.count[n] > bc {
			b, bc = n, t.count[n]
		}
	}
	return b, bc
}

// detectPlace sets the report's place: Level, District and DistrictCode for a
// county-level government's report, City, Province and their codes for every report.
// The county-level place named in the title or subtitle lines wins (unless it is a city
// without districts, such as 东莞市, listed at both levels: then it is the city); else,
// when those lines name a city, the report is a city-level one. Else the opening text
// decides: a report a city government delivers (我代表市人民政府, 在市第…届人民代表大会)
// is the city's, unless a county-level city (浏阳市) is named there more often than any
// prefecture-level city; otherwise the most frequent county-level name, else the most
// frequent city name.
func (p *parser) detectPlace(r *govkg.Report, header []string, override string) {
	ix := placeIdx()
	open := p.opening(openingRunes)
	// city mentions in the opening, to choose between same-named counties
	var cityMentions tally
	ix.scan(open, func(name string, f uint8) {
		if f&fCity != 0 {
			for _, pl := range ix.city[name] {
				cityMentions.add(pl.City+"|"+pl.Name, 3)
			}
		}
		if f&fCityShort != 0 {
			for _, pl := range ix.cityS[name] {
				cityMentions.add(pl.City+"|"+pl.Name, 1)
			}
		}
	})
	pickCounty := func(cands []dict.Place) dict.Place {
		best, bs := cands[0], -1
		for _, c := range cands {
			s := 0
			for k, v := range cityMentions.count {
				if strings.HasPrefix(k, c.City+"|") {
					s += v
				}
			}
			if s > bs {
				best, bs = c, s
			}
		}
		return best
	}
	setCounty := func(pl dict.Place) { setCountyPlace(r, pl) }
	if override != "" {
		cands := append(append([]dict.Place(nil), ix.county[override]...), ix.countyS[override]...)
		if len(cands) == 0 {
			for _, pl := range dict.Places().ByName(override) {
				if dict.Places().IsDistrict(pl) {
					cands = append(cands, pl)
				}
			}
		}
		if len(cands) == 0 {
			r.District = override
			r.Level = govkg.LevelDistrict
			r.Warnings = append(r.Warnings, fmt.Sprintf("district %q (from options) is not in the gazetteer", override))
			return
		}
		setCounty(pickCounty(cands))
		return
	}
	setCity := func(name string) bool {
		cands := append(append([]dict.Place(nil), ix.city[name]...), ix.cityS[name]...)
		if len(cands) == 0 {
			return false
		}
		setCityPlace(r, cands[0])
		return true
	}
	var hCounty, hCity tally
	for _, h := range header {
		ix.scan(h, func(name string, f uint8) {
			if f&fCounty != 0 {
				hCounty.add(name, 1)
			}
			if f&fCity != 0 {
				hCity.add(name, 3)
			} else if f&fCityShort != 0 {
				hCity.add(name, 1)
			}
		})
	}
	if name, _ := hCounty.best(); name != "" {
		if ix.flags[name]&fCity != 0 && setCity(name) { // 东莞市: a city without districts
			return
		}
		setCounty(pickCounty(ix.county[name]))
		return
	}
	if name, _ := hCity.best(); name != "" && setCity(name) {
		return
	}
	var oCounty, oCity tally
	ix.scan(open, func(name string, f uint8) {
		if f&fCounty != 0 {
			oCounty.add(name, 2)
		} else if f&fCountyShort != 0 {
			oCounty.add(name, 1)
		}
		if f&fCity != 0 {
			oCity.add(name, 3)
		} else if f&fCityShort != 0 {
			oCity.add(name, 1)
		}
	})
	if speakerLevel(open) == "市" && p.cityOrCountyCity(r) {
		return
	}
	if name, c := oCounty.best(); c >= 2 {
		cands := append(append([]dict.Place(nil), ix.county[name]...), ix.countyS[name]...)
		setCounty(pickCounty(cands))
		return
	}
	if name, c := oCity.best(); c >= 2 && setCity(name) {
		return
	}
	r.Warnings = append(r.Warnings, "district not found: no county-level or city name in the title or opening text")
}

// speakerWindow is how much of the text cityOrCountyCity counts names in: more than the
// opening, since a city's own report names itself mostly as 全市 and 我市.
const speakerWindow = 20000

var speakerRE = regexp.MustCompile(`代表(市|区|县|旗)(?:人民)?政府|在(市|区|县|旗)第?[一二三四五六七八九十]+届(?:人民代表大会|人大)|(市|区|县|旗)[一二三四五六七八九十]+届人大`)

// speakerLevel says which kind of government delivers the report when the text does
// not name it: 我代表市人民政府 (市), 区, 县 or 旗; "" when the opening does not say.
func speakerLevel(open string) string {
	sub := speakerRE.FindStringSubmatch(open)
	if sub == nil {
		return ""
	}
	return sub[1] + sub[2] + sub[3]
}

// cityOrCountyCity places a report a 市 government delivers whose header names no
// place: the prefecture-level city or municipality named most often in the first
// speakerWindow runes, unless a county-level city (浏阳市, by full or short name) is
// named more often; it reports false when neither is named twice. Short forms of
// districts and counties that are common words (资源, 合作, 港口) do not count: a 市
// government is a city's or a county-level city's.
func (p *parser) cityOrCountyCity(r *govkg.Report) bool {
	ix := placeIdx()
	var cities, counties tally
	ix.scan(p.opening(speakerWindow), func(name string, f uint8) {
		switch {
		case f&(fCity|fCityShort) != 0:
			for _, pl := range append(append([]dict.Place(nil), ix.city[name]...), ix.cityS[name]...) {
				cities.add(pl.Name, 1)
			}
		case f&(fCounty|fCountyShort) != 0:
			for _, pl := range append(append([]dict.Place(nil), ix.county[name]...), ix.countyS[name]...) {
				if strings.HasSuffix(pl.Name, "市") {
					counties.add(pl.Code, 1)
				}
			}
		}
	})
	city, cc := cities.best()
	county, kc := counties.best()
	if kc >= 2 && kc > cc {
		if pl, ok := dict.Places().ByCode(county); ok {
			setCountyPlace(r, pl)
			return true
		}
	}
	if cc < 2 {
		return false
	}
	cands := append(append([]dict.Place(nil), ix.city[city]...), ix.cityS[city]...)
	if len(cands) == 0 {
		return false
	}
	setCityPlace(r, cands[0])
	return true
}

// setCountyPlace makes r a county-level government's report of pl.
func setCountyPlace(r *govkg.Report, pl dict.Place) {
	r.Level = govkg.LevelDistrict
	r.District, r.DistrictCode, r.City, r.Province = pl.Name, pl.Code, pl.City, pl.Province
	r.CityCode, r.ProvinceCode = "", provinceCode(pl.Province)
	// the parent is the city, or for a district of 北京市 the municipality; a county-level
	// city under a province (仙桃市) has the province as parent and is its own city
	if parent, ok := dict.Places().ByCode(pl.Parent); ok && parent.Name == pl.City {
		r.CityCode = parent.Code
	}
}

// setCityPlace makes r the report of city pl (a prefecture-level city, or a
// municipality, which the gazetteer lists as a province).
func setCityPlace(r *govkg.Report, pl dict.Place) {
	r.Level = govkg.LevelCity
	r.District, r.DistrictCode = "", ""
	r.City, r.CityCode, r.Province = pl.Name, pl.Code, pl.Province
	if pl.Level == dict.LevelProvince {
		r.Province = pl.Name
	}
	r.ProvinceCode = provinceCode(r.Province)
}

// provinceCode is the NBS code of a province by name ("" when unknown).
func provinceCode(name string) string {
	for _, pl := range dict.Places().ByName(name) {
		if pl.Level == dict.LevelProvince {
			return pl.Code
		}
	}
	return ""
}

// reportID is stable across runs and independent of the file when the place and year
// are known: <district or city code>-<plan year>-<gwr|plan> (440307-2025-gwr,
// 4403-2025-gwr, 11-2026-gwr), and for a report heard by an autumn session (October or
// November, see meeting.autumn) the session's year and month after it
// (3601-2022-gwr-2021-10), since the same place's ordinary session early in the next
// year plans the same year. Otherwise it is derived from the file's base name.
func reportID(r *govkg.Report) string {
	suffix := "report"
	switch r.Kind {
	case govkg.KindWorkReport:
		suffix = "gwr"
	case govkg.KindPlanReport:
		suffix = "plan"
	}
	code := r.DistrictCode
	if code == "" && r.District == "" {
		code = r.CityCode
	}
	if code != "" && r.PlanYear > 0 {
		id := fmt.Sprintf("%s-%d-%s", code, r.PlanYear, suffix)
		if len(r.Meeting) >= 7 && (r.Meeting[5:7] == "10" || r.Meeting[5:7] == "11") {
			id += "-" + r.Meeting[:7]
		}
		return id
	}
	base := filepath.Base(r.Path)
	sum := sha256.Sum256([]byte(base))
	return "file-" + slug(strings.TrimSuffix(base, filepath.Ext(base))) + "-" + hex.EncodeToString(sum[:])[:8]
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(s) {
		if (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(c)
			dash = false
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		return "report"
	}
	return b.String()
}
