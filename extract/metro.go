package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/dict"
)

var metroPrefixes = []string{"城市轨道交通", "轨道交通", "地铁", "轨道"}

var metroSections = []string{"一期工程", "二期工程", "三期工程", "四期工程", "一期", "二期", "三期", "四期",
	"东延段", "西延段", "南延段", "北延段", "东延", "西延", "南延", "北延", "支线"}

// metroLines finds numbered metro lines: `14号线`, `地铁3号线东延段`, coordinated lists
// `17、22、25、27号线` and `轨道22、25、27线` (a bare 线 needs a metro prefix).
func (r *report) metroLines(rs []rune) []mention { return r.numberedLines(rs, false) }

// hanMetroLines adds the lines numbered in Chinese numerals (地铁五号线, 轨道交通一、三、六号线,
// 十四号线支线) in a sentence that speaks of a metro (地铁, 轨道 or a line numbered in
// digits); their key is the number in digits (五号线 → 5号线). It runs after the tagger,
// whose features were trained without them: a project the tagger made of such a line
// (地铁一号线工程) gives way to the line, since a MetroLine is never a Project
// (ANNOTATION.md).
func (r *report) hanMetroLines(rs []rune, ms []mention) []mention {
	if !containsRunes(rs, "号线") {
		return ms
	}
	metro := false
	for _, w := range metroWords {
		metro = metro || containsRunes(rs, w)
	}
	for _, m := range ms {
		metro = metro || m.typ == govkg.TypeMetroLine
	}
	if !metro {
		return ms
	}
	for _, l := range r.numberedLines(rs, true) {
		if overlaps(ms, l.start, l.end, func(t govkg.EntityType) bool { return t == govkg.TypeMetroLine }) {
			continue
		}
		// a project or program that opens with the line (a city's name at most before it:
		// 佛山地铁二号线, 地铁一号线工程, 一号线朝沙段) is the line; one that only holds it
		// (长江西路高架及轨道交通一号线试验段, a list the tagger took as one) stays
		ms = slices.DeleteFunc(ms, func(m mention) bool {
			return (m.typ == govkg.TypeProject || m.typ == govkg.TypeProgram) && m.start < l.end && l.start < m.end &&
				m.start <= l.start && l.start-m.start <= maxLineLead
		})
		ms = append(ms, l)
	}
	return ms
}

// metroWords say a sentence speaks of a metro (two runes each, as withoutTramLines
// assumes); tramWord names a tram (有轨电车, 电车), whose numbered lines (有轨电车1号线,
// 有轨电车蓉2号线) are no metro lines (ANNOTATION.md: a line of 地铁, 轨道, 轨道交通).
var metroWords = []string{"地铁", "轨道", "轻轨", "快轨"}

const tramWord = "电车"

// withoutTramLines drops the metro lines that the nearest vehicle word before them in
// their clause makes a tram's (苏州高新区有轨电车1号线延伸线、2号线: both lines; 地铁3号线和
// 有轨电车1号线: the first stays). It runs after the tagger, whose features saw them as
// lines, so that the model needs no retraining.
func withoutTramLines(rs []rune, ms []mention) []mention {
	if !containsRunes(rs, tramWord) {
		return ms
	}
	return slices.DeleteFunc(ms, func(m mention) bool {
		if m.typ != govkg.TypeMetroLine || m.start <= 0 || m.start > len(rs) {
			return false
		}
		cs, _ := clauseOf(rs, m.start)
		for i := m.start - 2; i >= cs; i-- { // every vehicle word is two runes
			for _, w := range metroWords {
				if hasAt(rs, i, w) {
					return false
				}
			}
			if hasAt(rs, i, tramWord) {
				return true
			}
		}
		return false
	})
}

// maxLineLead is how many runes (a city's name) may stand before a line in a project
// name that is the line's own (佛山地铁二号线).
const maxLineLead = 3

// numberedLines finds the lines numbered in digits, or with han in Chinese numerals.
func (r *report) numberedLines(rs []rune, han bool) []mention {
	isNum := unicode.IsDigit
	if han {
		isNum = isHanDigit
	}
	var out []mention
	for i := 0; i < len(rs); i++ {
		if !isNum(rs[i]) || (i > 0 && isNum(rs[i-1])) {
			continue
		}
		prefixed := false
		start := i
		for _, p := range metroPrefixes {
			pr := []rune(p)
			if i >= len(pr) && string(rs[i-len(pr):i]) == p {
				prefixed, start = true, i-len(pr)
				break
			}
		}
		// the list: digits ( 、digits )*
		type num struct{ s, e int }
		var nums []num
		j := i
		for {
			k := j
			for k < len(rs) && isNum(rs[k]) {
				k++
			}
			if k == j || k-j > 2 && !han || k-j > 3 {
				break
			}
			nums = append(nums, num{j, k})
			if k < len(rs) && (rs[k] == '、' || rs[k] == ',') && k+1 < len(rs) && isNum(rs[k+1]) {
				j = k + 1
				continue
			}
			j = k
			break
		}
		if len(nums) == 0 {
			continue
		}
		end := nums[len(nums)-1].e
		switch {
		case hasAt(rs, end, "号线"):
			end += 2
		case prefixed && hasAt(rs, end, "线") && !hasAt(rs, end, "线路"):
			end++
		default:
			i = end - 1
			continue
		}
		if len(nums) > 1 && !prefixed && !hasAt(rs, nums[0].e, "、") {
			// "2、3号线" without a prefix is still a list; a comma-list needs the prefix
			if rs[nums[0].e] == ',' {
				i = end - 1
				continue
			}
		}
		branch := false
		section := ""
		if hasAt(rs, end, "支线") {
			branch = true
			end += 2
		} else {
			for _, s := range metroSections {
				if hasAt(rs, end, s) {
					section = s
					end += len([]rune(s))
					break
				}
			}
		}
		station := stationAt(rs, end)
		for _, n := range nums {
			v, err := lineNumber(rs[n.s:n.e])
			if err != nil || v <= 0 || v > 40 {
				continue
			}
			key := strconv.Itoa(v) + "号线"
			if branch {
				key += "支线"
			}
			props := map[string]string{}
			if section != "" {
				props["section"] = section
			}
			if station != "" && len(nums) == 1 {
				props["station"] = station
			}
			s, e := n.s, n.e
			if len(nums) == 1 {
				s, e = start, end
			}
			out = append(out, r.lineMention(rs, key, s, e, props))
		}
		i = end - 1
	}
	return out
}

// lineMention is the mention of the metro line keyed key (5号线, 14号线支线) at rs[s:e]:
// named with its city, the key its alias. The city is the report's unless another city's
// name stands right before the line or its metro word (上海轨道交通11号线昆山花桥延伸线 in
// 苏州's report is 上海's line 11, not 苏州's).
func (r *report) lineMention(rs []rune, key string, s, e int, props map[string]string) mention {
	city, short := r.rep.City, r.city
	if p, ok := r.lineCityBefore(rs, s); ok {
		city, short = p.Name, trimPlaceSuffix(p.Name)
	}
	return cityLineMention(city, short, key, s, e, props)
}

// cityLineMention is the mention of city's metro line keyed key, named with the city's
// short form.
func cityLineMention(city, short, key string, s, e int, props map[string]string) mention {
	if props == nil {
		props = map[string]string{}
	}
	return mention{typ: govkg.TypeMetroLine, name: short + "地铁" + key, start: s, end: e, props: props,
		entProps: map[string]any{"line": key, "city": city}, aliases: []string{key}}
}

// lineCityBefore returns the city whose name (or short form: 上海, 广州) ends right before
// rs[s], a metro word between them allowed (上海轨道交通, 广州地铁): a prefecture-level
// city or a municipality.
func (r *report) lineCityBefore(rs []rune, s int) (dict.Place, bool) {
	for _, p := range metroPrefixes {
		if k := len([]rune(p)); s >= k && string(rs[s-k:s]) == p {
			s -= k
			break
		}
	}
	for k := max(0, s-8); k <= s-2; k++ {
		for _, t := range []*trie{r.x.upperFull, r.x.cityShort, r.x.municipalShort} {
			if idx, n := t.longest(rs, k); idx >= 0 && k+n == s {
				if p := r.x.upperIdx[idx]; p.Level == dict.LevelCity || strings.HasSuffix(p.Name, "市") {
					return p, true
				}
			}
		}
	}
	return dict.Place{}, false
}

// moreLines adds the lines of list forms the first pass does not read, after the tagger
// (whose features were trained without them): a 号 after every number of a list that
// ends in 号线 (地铁1号、2号线, 4号5号线: ANNOTATION.md's coordinated lists) and a branch
// written after its line (4号线及支线 → 4号线 and 4号线支线). A number a line mention
// already covers is left alone.
func (r *report) moreLines(rs []rune, ms []mention) []mention {
	if !containsRunes(rs, "号") {
		return ms
	}
	covered := func(s, e int) bool {
		return overlaps(ms, s, e, func(t govkg.EntityType) bool { return t == govkg.TypeMetroLine })
	}
	var add []mention
	for i := 0; i < len(rs); i++ {
		if !unicode.IsDigit(rs[i]) || i > 0 && unicode.IsDigit(rs[i-1]) {
			continue
		}
		type num struct{ s, e int }
		var nums []num
		j, closed := i, false
		for j < len(rs) && unicode.IsDigit(rs[j]) {
			k := j
			for k < len(rs) && unicode.IsDigit(rs[k]) {
				k++
			}
			if k-j > 2 || !hasAt(rs, k, "号") {
				break
			}
			nums = append(nums, num{j, k})
			if hasAt(rs, k, "号线") {
				closed = true
				break
			}
			j = k + 1 // past 号
			if j < len(rs) && rs[j] == '、' {
				j++
			}
		}
		if !closed || len(nums) < 2 {
			continue
		}
		for _, n := range nums {
			v, err := strconv.Atoi(string(rs[n.s:n.e]))
			if err != nil || v <= 0 || v > 40 || covered(n.s, n.e+1) {
				continue
			}
			add = append(add, r.lineMention(rs, strconv.Itoa(v)+"号线", n.s, n.e+1, nil))
		}
		i = nums[len(nums)-1].e
	}
	for _, m := range ms {
		if m.typ != govkg.TypeMetroLine || strings.HasSuffix(m.name, "支线") {
			continue
		}
		for _, j := range []string{"及", "和", "、"} {
			if hasAt(rs, m.end, j+"支线") {
				key, _ := m.entProps["line"].(string)
				if key != "" && !covered(m.end+1, m.end+3) {
					city, _ := m.entProps["city"].(string) // the branch is the line's city's
					short := strings.TrimSuffix(strings.TrimSuffix(m.name, key), "地铁")
					add = append(add, cityLineMention(city, short, key+"支线", m.end+1, m.end+3, nil))
				}
			}
		}
	}
	if len(add) == 0 {
		return ms
	}
	return append(ms, add...)
}

// isHanDigit: a Chinese numeral of a line number (一 … 十).
func isHanDigit(c rune) bool { return runeIn("一二三四五六七八九十", c) }

// lineNumber reads a line number written in digits (14) or in Chinese numerals up to 九十九
// (五, 十四, 二十一).
func lineNumber(ds []rune) (int, error) {
	if len(ds) == 0 || !isHanDigit(ds[0]) {
		return strconv.Atoi(string(ds))
	}
	digit := func(c rune) int { return strings.IndexRune("一二三四五六七八九", c)/3 + 1 }
	switch t := slices.Index(ds, '十'); {
	case t < 0 && len(ds) == 1:
		return digit(ds[0]), nil
	case t < 0:
		return 0, strconv.ErrSyntax // 一二: no number
	default:
		v := 10
		if t == 1 {
			v = 10 * digit(ds[0])
		} else if t != 0 {
			return 0, strconv.ErrSyntax
		}
		switch rest := ds[t+1:]; len(rest) {
		case 0:
			return v, nil
		case 1:
			if rest[0] == '十' {
				return 0, strconv.ErrSyntax
			}
			return v + digit(rest[0]), nil
		default:
			return 0, strconv.ErrSyntax
		}
	}
}

// LineKey returns the scoring key of a metro line name: 深圳地铁14号线 → 14号线.
func LineKey(name string) string {
	rs := []rune(name)
	for i := range rs {
		if unicode.IsDigit(rs[i]) {
			return string(rs[i:])
		}
	}
	return name
}

// stationAt returns a station named right after a line (14号线岗厦北站 → 岗厦北站): two to
// five Han runes and 站, or "".
func stationAt(rs []rune, i int) string {
	for n := 2; n <= 5 && i+n < len(rs); n++ {
		if !isHan(rs[i+n-1]) {
			return ""
		}
		if rs[i+n] == '站' && (i+n+1 >= len(rs) || !runeIn("点长台务", rs[i+n+1])) {
			return string(rs[i : i+n+1])
		}
	}
	return ""
}
