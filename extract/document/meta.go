package document

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
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
	for _, h := range header {
		if strings.Contains(h, "月") && strings.Contains(h, "日") && (strings.Contains(h, "会议") || strings.Contains(h, "大会")) {
			if ys := years(h); len(ys) > 0 {
				meetingY = ys[0]
				if strings.Contains(h, strconv.Itoa(meetingY)+"年12月") {
					meetingY++
				}
				break
			}
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
		if strings.Contains(r.Title, strconv.Itoa(py)+"年12月") { // a December meeting plans the next year
			py++
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
			case pl.IsDistrict():
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
	var bounds []int
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

// detectPlace sets District, DistrictCode, City and Province. The county-level place
// named in the title or subtitle lines wins; else, when those lines name a city, the
// report is a city-level one; else the most frequent county-level name in the opening
// text; else the most frequent city name.
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
	setCounty := func(pl dict.Place) {
		r.District, r.DistrictCode, r.City, r.Province = pl.Name, pl.Code, pl.City, pl.Province
	}
	if override != "" {
		cands := append(append([]dict.Place(nil), ix.county[override]...), ix.countyS[override]...)
		if len(cands) == 0 {
			for _, pl := range dict.Places().ByName(override) {
				if pl.IsDistrict() {
					cands = append(cands, pl)
				}
			}
		}
		if len(cands) == 0 {
			r.District = override
			r.Warnings = append(r.Warnings, fmt.Sprintf("district %q (from options) is not in the gazetteer", override))
			return
		}
		setCounty(pickCounty(cands))
		return
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
		setCounty(pickCounty(ix.county[name]))
		return
	}
	setCity := func(name string) bool {
		cands := append(append([]dict.Place(nil), ix.city[name]...), ix.cityS[name]...)
		if len(cands) == 0 {
			return false
		}
		pl := cands[0]
		r.City, r.Province = pl.Name, pl.Province
		if pl.Level == dict.LevelProvince {
			r.Province = pl.Name
		}
		return true
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

// reportID is stable across runs and independent of the file when the place and year
// are known (440307-2025-gwr); otherwise it is derived from the file's base name.
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
		code = cityCodeOf(r)
	}
	if code != "" && r.PlanYear > 0 {
		return fmt.Sprintf("%s-%d-%s", code, r.PlanYear, suffix)
	}
	base := filepath.Base(r.Path)
	sum := sha256.Sum256([]byte(base))
	return "file-" + slug(strings.TrimSuffix(base, filepath.Ext(base))) + "-" + hex.EncodeToString(sum[:])[:8]
}

func cityCodeOf(r *govkg.Report) string {
	if r.City == "" {
		return ""
	}
	ix := placeIdx()
	for _, pl := range ix.city[r.City] {
		return pl.Code
	}
	return ""
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
