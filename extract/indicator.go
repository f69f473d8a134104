package extract

import (
	"strconv"
	"strings"
	"sync"
	"unicode"

	govkg "github.com/govkg/govkg"
)

// metrics are the indicators govkg reads, with the aliases reports use for them.
var metrics = []struct {
	name    string
	aliases []string
}{
	{"地区生产总值", []string{"地区生产总值", "GDP", "生产总值"}},
	{"规上工业增加值", []string{"规模以上工业增加值", "规上工业增加值"}},
	{"固定资产投资", []string{"固定资产投资总额", "固定资产投资额", "固定资产投资"}},
	{"社会消费品零售总额", []string{"社会消费品零售总额", "社消零总额", "社消零"}},
	{"进出口总额", []string{"外贸进出口总额", "进出口总额", "外贸进出口", "进出口总值", "外贸进出口总值"}},
	{"一般公共预算收入", []string{"一般公共预算收入", "地方一般公共预算收入", "地方财政一般预算收入", "公共财政预算收入", "地方公共财政预算收入"}},
	{"税收收入", []string{"税收收入"}},
	{"居民人均可支配收入", []string{"居民人均可支配收入"}},
}

var units = []string{"万亿元", "亿元", "万元", "亿美元", "元"}

// indicators finds indicator facts: a metric followed, within its clause, by values with
// a unit and/or growth rates in percent. The clause is read part by part (between
// commas), each part with its own year and basis, so 2020年下降14%,2021年预期增长8%
// gives an actual for 2020 and a target for 2021. A part is a target when it says so
// (预期, 目标, 力争) or stands in the plan part of the report; 左右 makes an estimate, which
// in the review part is still an actual.
func (r *report) indicators(s govkg.Sentence, rs []rune) []mention {
	var out []mention
	mt := metricTrie()
	for i := 0; i < len(rs); i++ {
		mi, n := mt.longest(rs, i)
		if mi < 0 {
			continue
		}
		if before := string(rs[max(0, i-2):i]); strings.HasSuffix(before, "城镇") || strings.HasSuffix(before, "农村") ||
			strings.HasSuffix(before, "城乡") || strings.HasSuffix(before, "人均") {
			i += n - 1 // 城镇居民人均可支配收入, 人均地区生产总值: not the headline metric
			continue
		}
		// the clause after the metric, up to the next metric or 。;
		end := i + n
		for end < len(rs) && rs[end] != '。' && rs[end] != ';' && end-i < 60 {
			if end > i+n && startsMetric(rs, end) {
				break
			}
			end++
		}
		year, explicit := 0, false
		for ps := i + n; ps < end; {
			pe := ps
			for pe < end && rs[pe] != ',' && rs[pe] != '，' {
				pe++
			}
			part := rs[ps:pe]
			if y, ok := yearIn(part, r.rep); ok {
				year, explicit = y, true
			}
			from := ps // each part its own span, so that two facts of one clause stay two mentions
			if ps == i+n {
				from = i
			}
			if m, ok := r.indicatorFact(s, rs, mi, from, pe, part, year, explicit); ok {
				out = append(out, m)
			}
			ps = pe + 1
		}
		i = end - 1
	}
	return out
}

// indicatorFact reads one part of a metric's clause: its value with a unit and its growth.
func (r *report) indicatorFact(s govkg.Sentence, rs []rune, mi, start, end int, part []rune, year int, explicit bool) (mention, bool) {
	p := string(part)
	if strings.Contains(p, "年均") || strings.Contains(p, "累计") {
		return mention{}, false // a figure over several years is no fact of one year
	}
	value, unit := firstValue(part)
	growth := firstPercent(part)
	if value == "" && growth == "" {
		return mention{}, false
	}
	before := string(rs[max(0, start-8):start])
	target := strings.Contains(p, "预期") || strings.Contains(p, "目标") || strings.Contains(p, "力争") ||
		strings.Contains(before, "预期") || strings.Contains(before, "目标") || strings.Contains(before, "力争")
	switch {
	case target:
	case explicit:
		target = year > r.rep.Year && (s.Stance == govkg.StancePlanned || strings.Contains(p, "左右"))
	default:
		target = s.Stance == govkg.StancePlanned || s.Stance != govkg.StanceAchieved && strings.Contains(p, "左右")
	}
	if !explicit {
		year = r.rep.Year
		if target {
			year = r.rep.PlanYear
		}
	}
	kind := "actual"
	if target {
		kind = "target"
	}
	props := map[string]any{"metric": metrics[mi].name, "kind": kind, "year": year, "report": r.rep.ID}
	if value != "" {
		props["value"] = value
		props["unit"] = unit
	}
	if growth != "" {
		props["growth_pct"] = growth
	}
	place := r.rep.District
	if place != "" {
		props["district"] = place
	} else if r.rep.City != "" {
		place = r.rep.City
		props["city"] = place
	}
	name := metrics[mi].name + " " + strconv.Itoa(year) + " " + kind
	if place != "" {
		name = place + " " + name
	}
	return mention{typ: govkg.TypeIndicator, name: name, start: start, end: end, entProps: props,
		key: r.rep.ID + ":" + metrics[mi].name + ":" + strconv.Itoa(year) + ":" + kind}, true
}

// yearIn returns the year a part of a clause names: 2021年, 今年 (the plan year), 去年 or
// 上年 (the year under review).
func yearIn(part []rune, rep govkg.Report) (int, bool) {
	for k := 0; k+5 <= len(part); k++ {
		if part[k+4] == '年' && unicode.IsDigit(part[k]) && unicode.IsDigit(part[k+1]) && unicode.IsDigit(part[k+2]) && unicode.IsDigit(part[k+3]) &&
			(k == 0 || !unicode.IsDigit(part[k-1])) {
			y, _ := strconv.Atoi(string(part[k : k+4]))
			if y >= 1949 && y <= 2100 {
				return y, true
			}
		}
	}
	p := string(part)
	switch {
	case strings.Contains(p, "今年") && rep.PlanYear > 0:
		return rep.PlanYear, true
	case (strings.Contains(p, "去年") || strings.Contains(p, "上年")) && rep.Year > 0:
		return rep.Year, true
	}
	return 0, false
}

func startsMetric(rs []rune, i int) bool {
	idx, _ := metricTrie().longest(rs, i)
	return idx >= 0
}

var (
	metricOnce sync.Once
	metricT    *trie
)

// metricTrie maps every alias of a metric to the metric's index, built once.
func metricTrie() *trie {
	metricOnce.Do(func() {
		metricT = newTrie()
		for k, m := range metrics {
			for _, a := range m.aliases {
				metricT.add(a, k)
			}
		}
	})
	return metricT
}

// numbers calls fn with the rune range of each number (digits and decimal points) in
// rs until fn returns true.
func numbers(rs []rune, fn func(i, j int) bool) {
	for i := 0; i < len(rs); i++ {
		if !unicode.IsDigit(rs[i]) {
			continue
		}
		j := i
		for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
			j++
		}
		if fn(i, j) {
			return
		}
		i = j
	}
}

// firstValue returns the first number followed by a money unit, and the unit.
func firstValue(rs []rune) (value, unit string) {
	numbers(rs, func(i, j int) bool {
		for _, u := range units {
			if hasAt(rs, j, u) {
				value, unit = string(rs[i:j]), u
				return true
			}
		}
		return false
	})
	return value, unit
}

// firstPercent returns the first percentage, negative after 下降/减少/回落.
func firstPercent(rs []rune) (pct string) {
	numbers(rs, func(i, j int) bool {
		if j < len(rs) && rs[j] == '%' {
			pct = string(rs[i:j])
			if pre := string(rs[max(0, i-3):i]); strings.Contains(pre, "下降") || strings.Contains(pre, "减少") || strings.Contains(pre, "回落") {
				pct = "-" + pct
			}
			return true
		}
		return false
	})
	return pct
}
