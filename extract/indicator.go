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
	{"进出口总额", []string{"外贸进出口总额", "进出口总额", "外贸进出口"}},
	{"一般公共预算收入", []string{"一般公共预算收入", "地方一般公共预算收入"}},
	{"税收收入", []string{"税收收入"}},
	{"居民人均可支配收入", []string{"居民人均可支配收入"}},
}

var units = []string{"万亿元", "亿元", "万元", "亿美元", "元"}

// indicators finds indicator facts: a metric followed, within its clause, by a value with
// a unit and/or a growth rate in percent. In planned sentences or with 预期/目标/左右 the
// fact is a target, otherwise an actual.
func (r *report) indicators(s govkg.Sentence, rs []rune) []mention {
	var out []mention
	mt := metricTrie()
	for i := 0; i < len(rs); i++ {
		mi, n := mt.longest(rs, i)
		if mi < 0 {
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
		clause := rs[i+n : end]
		value, unit := firstValue(clause)
		growth := firstPercent(clause)
		if value == "" && growth == "" {
			i = end - 1
			continue
		}
		target := s.Stance == govkg.StancePlanned
		c := string(rs[max(0, i-8):end])
		if strings.Contains(c, "预期") || strings.Contains(c, "目标") || strings.Contains(c, "左右") || strings.Contains(c, "力争") {
			target = true
		}
		year := r.rep.Year
		if s.Stance == govkg.StancePlanned || target {
			year = r.rep.PlanYear
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
		if r.rep.District != "" {
			props["district"] = r.rep.District
		}
		name := metrics[mi].name + " " + strconv.Itoa(year) + " " + kind
		if r.rep.District != "" {
			name = r.rep.District + " " + name
		}
		out = append(out, mention{typ: govkg.TypeIndicator, name: name, start: i, end: end, entProps: props,
			key: r.rep.ID + ":" + metrics[mi].name + ":" + strconv.Itoa(year) + ":" + kind})
		i = end - 1
	}
	return out
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
