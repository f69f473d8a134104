package extract

import (
	"slices"
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
	{"社会消费品零售总额", []string{"社会消费品零售总额", "社会消费品零售额", "社消零总额", "社消零"}},
	{"进出口总额", []string{"外贸进出口总额", "进出口总额", "外贸进出口", "进出口总值", "外贸进出口总值"}},
	{"一般公共预算收入", []string{"一般公共预算收入", "地方一般公共预算收入", "地方财政一般预算收入", "财政一般预算收入", "公共财政预算收入", "地方公共财政预算收入", "公共财政收入", "地方公共财政收入"}},
	{"税收收入", []string{"税收收入"}},
	{"居民人均可支配收入", []string{"居民人均可支配收入"}},
}

var units = []string{"万亿元", "亿元", "万元", "亿美元", "元"}

// indicators finds indicator facts: a metric followed, within its clause, by values with
// a unit and/or growth rates in percent. The clause is read part by part (between
// commas), each part with its own year and basis, so 2020年下降14%,2021年预期增长8%
// gives an actual for 2020 and a target for 2021. A part is a target when it says so
// (预期, 目标, 力争) or stands in the plan part of the report; 左右 makes an estimate, which
// in the review part is still an actual, and so does 预计. A later part belongs to the
// metric only when it goes on about it (a verb, a year or a number first): 碳排放强度下降
// 15.9% is another subject's figure. Lists given out by 分别 are read by respectively.
func (r *report) indicators(s govkg.Sentence, rs []rune) []mention {
	out, used := r.respectively(s, rs)
	for i := r.nextMatch(ftMetric, rs, 0); i < len(rs); i = r.nextMatch(ftMetric, rs, i+1) {
		mi, n := r.longestAt(ftMetric, rs, i)
		if mi < 0 {
			continue
		}
		if used != nil && used[i] || !headlineMetric(rs, i, n) {
			i += n - 1
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
		year, explicit := aimYear(rs, i)
		for ps := i + n; ps < end; {
			pe := ps
			for pe < end && rs[pe] != ',' && rs[pe] != '，' {
				pe++
			}
			part := rs[ps:pe]
			if ps > i+n && !continuesMetric(part) {
				break
			}
			if y, ok := yearIn(part, r.rep); ok {
				year, explicit = y, true
			}
			from := ps // each part its own span, so that two facts of one clause stay two mentions
			if ps == i+n {
				from = i
			}
			out = append(out, r.indicatorFacts(s, rs, mi, from, pe, part, year, explicit)...)
			ps = pe + 1
		}
		i = end - 1
	}
	return out
}

// headlineMetric reports whether the metric written at rs[i:i+n] is the place's own
// headline figure: not the urban or rural income (城镇常住居民人均可支配收入), not a
// per-head figure (人均地区生产总值), not a figure split by 分别 into urban and rural, and
// not a metric that only qualifies another quantity (生产总值能耗, GDP比重, 进出口的80%).
func headlineMetric(rs []rune, i, n int) bool {
	before := string(rs[max(0, i-4):i])
	for _, w := range []string{"城镇", "城市", "农村", "城乡", "人均"} {
		if strings.HasSuffix(before, w) || strings.HasSuffix(before, w+"常住") {
			return false
		}
	}
	after := string(rs[i+n : min(len(rs), i+n+2)])
	for _, w := range []string{"分别", "能耗", "比重", "比例", "之比", "的", "占", "总量", "单位", "增加值", "二氧化碳", "碳排放"} {
		if strings.HasPrefix(after, w) {
			return false
		}
	}
	return true
}

// aimYear returns the year of a 到YYYY年 written in the few runes before a metric (到2025
// 年,力争实现地区生产总值突破1000亿元): the figures that follow are for that year.
func aimYear(rs []rune, i int) (int, bool) {
	lo := max(0, i-14)
	for k := i - 6; k >= lo; k-- {
		if rs[k] == '到' {
			if y, _ := leadingYear(rs[k+1 : i]); y > 0 {
				return y, true
			}
		}
	}
	return 0, false
}

// continuesMetric reports whether a later part of a metric's clause still speaks of the
// metric: it starts with a verb of change or of reaching, a year, a number or a basis.
func continuesMetric(part []rune) bool {
	p := strings.TrimLeft(string(part), " ")
	for _, w := range []string{"同比", "比上年", "较上年", "全年", "预计", "其中", "同口径", "按可比价格", "按可比价", "可比价", "可比", "计算"} {
		p = strings.TrimPrefix(p, w)
	}
	if p == "" {
		return len(part) > 0 // a basis alone (按可比价计算): the figure follows
	}
	if c := []rune(p)[0]; unicode.IsDigit(c) {
		return true
	}
	for _, w := range continueWords {
		if strings.HasPrefix(p, w) {
			return true
		}
	}
	return false
}

// continueWords open a part that goes on about the metric before it.
var continueWords = []string{"增长", "下降", "减少", "回落", "增速", "增幅", "增加", "达到", "达", "突破", "超过",
	"完成", "实现", "为", "由", "从", "今年", "去年", "上年", "预期", "力争", "目标", "年均", "可比价", "按可比价", "迈上", "跃上", "首次"}

// indicatorFacts reads one part of a metric's clause: its value with a unit and its
// growth. A part 由 A 增加到 B (from A to B) gives two levels: B for the part's year and A
// for the year it names or, in the review part, five years before (a government work
// report's term). A figure for several years (年均, 累计) is no fact of one year and is
// left out, with what follows it up to the next 、.
func (r *report) indicatorFacts(s govkg.Sentence, rs []rune, mi, start, end int, part []rune, year int, explicit bool) []mention {
	part = dropMultiYear(part)
	if len(part) == 0 {
		return nil
	}
	if from, to, fromYear, toYear, ok := fromTo(part); ok {
		// a change from A to B: B is the level now (the year under review, unless the
		// part aims at it), A the level at the start of the report's five-year term
		var out []mention
		aim := isTarget(string(part), string(rs[max(0, start-8):start]))
		ty, tx := toYear, toYear > 0
		if !tx && !aim && r.rep.Year > 0 {
			ty, tx = r.rep.Year, true
		}
		if m, ok := r.fact(s, rs, mi, start, end, part, ty, tx, to[0], to[1], ""); ok {
			out = append(out, m)
		}
		if fromYear == 0 && !aim && r.rep.Year > 0 {
			fromYear = r.rep.Year - 5
		}
		if fromYear > 0 {
			if m, ok := r.fact(s, rs, mi, start, end, part, fromYear, true, from[0], from[1], ""); ok {
				out = append(out, m)
			}
		}
		return out
	}
	value, unit := firstValue(part)
	growth := firstPercent(part)
	if m, ok := r.fact(s, rs, mi, start, end, part, year, explicit, value, unit, growth); ok {
		return []mention{m}
	}
	return nil
}

// dropMultiYear cuts a 年均 or 累计 figure out of a part, up to the next 、.
func dropMultiYear(part []rune) []rune {
	for {
		p := string(part)
		k := strings.Index(p, "年均")
		if j := strings.Index(p, "累计"); j >= 0 && (k < 0 || j < k) {
			k = j
		}
		if k < 0 {
			return part
		}
		rest := p[k:]
		if j := strings.Index(rest, "、"); j >= 0 {
			part = []rune(p[:k] + rest[j+len("、"):])
			continue
		}
		return []rune(p[:k])
	}
}

// fromTo reads 由/从 [YYYY年(的)] A (增加|提高|…)到 [YYYY年(的)] B: both values with their
// units and the years written with them (0 when none).
func fromTo(part []rune) (from, to [2]string, fromYear, toYear int, ok bool) {
	p := string(part)
	k := strings.IndexAny(p, "由从")
	if k < 0 {
		return
	}
	fromYear, from, n := yearValue([]rune(p[k+len("由"):]))
	if from[0] == "" {
		return
	}
	rest := string([]rune(p[k+len("由"):])[n:])
	j := strings.Index(rest, "到")
	if j < 0 || len([]rune(rest[:j])) > 4 {
		return
	}
	toYear, to, _ = yearValue([]rune(rest[j+len("到"):]))
	return from, to, fromYear, toYear, to[0] != ""
}

// yearValue reads [YYYY年(的)] and a value with its money unit at the start of rs: the
// year (0 when none), the value and unit, and the runes read.
func yearValue(rs []rune) (year int, value [2]string, n int) {
	year, after := leadingYear(rs)
	v, u, m := valueAt(after, 0)
	return year, [2]string{v, u}, len(rs) - len(after) + m
}

// leadingYear strips a leading YYYY年 or YYYY年的 and returns the year.
func leadingYear(rs []rune) (int, []rune) {
	if len(rs) >= 5 && rs[4] == '年' {
		if y, err := strconv.Atoi(string(rs[:4])); err == nil && y >= 1949 && y <= 2100 {
			rs = rs[5:]
			if len(rs) > 0 && rs[0] == '的' {
				rs = rs[1:]
			}
			return y, rs
		}
	}
	return 0, rs
}

// valueAt reads a number with a money unit starting within the first runes after i
// (近, 约, 超过 may come first): the value, its unit and the rune count read.
func valueAt(rs []rune, i int) (value, unit string, n int) {
	for k := i; k < len(rs) && k < i+3; k++ {
		if unicode.IsDigit(rs[k]) {
			if v, u, e := figureAt(rs, k); u != "" && u != "%" {
				return v, u, e
			}
			return "", "", 0
		}
	}
	return "", "", 0
}

// figureAt reads the number at rs[j] and the money unit or % right after it: the
// value, the unit ("" when none follows) and where the figure ends.
func figureAt(rs []rune, j int) (value, unit string, end int) {
	e := j
	for e < len(rs) && (unicode.IsDigit(rs[e]) || rs[e] == '.') {
		e++
	}
	if e < len(rs) && rs[e] == '%' {
		return string(rs[j:e]), "%", e + 1
	}
	for _, u := range units {
		if hasAt(rs, e, u) {
			return string(rs[j:e]), u, e + len([]rune(u))
		}
	}
	return string(rs[j:e]), "", e
}

// fact makes the indicator mention of one metric's value and growth for a year.
func (r *report) fact(s govkg.Sentence, rs []rune, mi, start, end int, part []rune, year int, explicit bool, value, unit, growth string) (mention, bool) {
	if value == "" && growth == "" {
		return mention{}, false
	}
	p := string(part)
	before := string(rs[max(0, start-8):start])
	target := isTarget(p, before) || setsGoals(rs[:start])
	estimate := !target && (strings.Contains(p, "预计") || strings.Contains(before, "预计"))
	switch {
	case target:
	case explicit:
		target = year > r.rep.Year && (s.Stance == govkg.StancePlanned || strings.Contains(p, "左右"))
	case estimate:
		// 预计全年…: the estimate of the year under review
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

func hasDigit(rs []rune) bool {
	return slices.ContainsFunc(rs, unicode.IsDigit)
}

// isTarget reports whether a part of a clause, or the words just before it, set a goal.
func isTarget(part, before string) bool {
	for _, w := range []string{"预期", "目标", "力争"} {
		if strings.Contains(part, w) || strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// setsGoals reports whether the sentence opens a list of goals before the figure
// (主要预期指标是:…, 主要目标是:…): every figure after it is a target.
func setsGoals(head []rune) bool {
	h := string(head)
	for _, w := range []string{"预期目标", "预期指标", "目标是", "目标为", "指标是", "目标:", "力争"} {
		if strings.Contains(h, w) {
			return true
		}
	}
	return false
}

// respectively reads the lists a 分别 gives out: 固定资产投资、社会消费品零售总额、进出口总值分别
// 增长3.9%、1.3%、12.5% (the subjects listed before 分别), or 实现地区生产总值4500亿元,全社会
// 固定资产投资突破3200亿元,地方财政收入达506.3亿元,分别增长15.5%、32%、27.2% (one subject
// per part before it): the k-th subject gets the k-th figure, when the counts agree. used
// marks the metrics it read, which the clause reader then leaves alone (nil: none).
func (r *report) respectively(s govkg.Sentence, rs []rune) ([]mention, []bool) {
	if !containsRunes(rs, "分别") {
		return nil, nil // nothing used
	}
	used := make([]bool, len(rs))
	var out []mention
	for k := 0; k+1 < len(rs); k++ {
		if rs[k] != '分' || rs[k+1] != '别' {
			continue
		}
		// the figures: number [unit|%] items separated by 、 or 和, after a verb
		j := k + 2
		for j < len(rs) && j < k+6 && !unicode.IsDigit(rs[j]) {
			j++
		}
		type fig struct{ value, unit string }
		var figs []fig
		figEnd := j
		for j < len(rs) && unicode.IsDigit(rs[j]) {
			var f fig
			var e int
			if f.value, f.unit, e = figureAt(rs, j); f.unit == "" {
				break
			}
			figs = append(figs, f)
			figEnd = e
			if e < len(rs) && (rs[e] == '、' || rs[e] == '和') {
				j = e + 1
				continue
			}
			break
		}
		if len(figs) < 2 || strings.HasSuffix(string(rs[max(0, k-3):k]), "年均") {
			k = figEnd
			continue
		}
		verb := string(rs[k+2 : min(len(rs), k+6)])
		if figs[0].unit == "%" && !slices.ContainsFunc(changeWords, func(w string) bool { return strings.HasPrefix(verb, w) }) {
			k = figEnd
			continue // 占全市比重分别达到70%、80%: shares, not growth
		}
		negative := strings.HasPrefix(verb, "下降") || strings.HasPrefix(verb, "减少")
		// the subjects: a 、-list right before 分别, or the parts before it
		cs := k
		for cs > 0 && !isClauseEnd(rs[cs-1]) {
			cs--
		}
		type subj struct{ s, e int }
		var subjects []subj
		// items of [a, b) split at 、 and 和, prepended to subjects
		items := func(a, b int) {
			var got []subj
			for c := a; c <= b; c++ {
				if c == b || rs[c] == '、' || rs[c] == '和' {
					got = append(got, subj{a, c})
					a = c + 1
				}
			}
			subjects = append(got, subjects...)
		}
		if cs < k {
			items(cs, k)
		} else {
			for e := cs - 1; len(subjects) < len(figs) && e > 0; {
				b, depth := e, 0
				for b > 0 && (depth > 0 || rs[b-1] != ',' && rs[b-1] != '，' && rs[b-1] != ';' && rs[b-1] != '。') {
					switch rs[b-1] {
					case ')', '）':
						depth++
					case '(', '（':
						depth = max(0, depth-1)
					}
					b--
				}
				items(b, e)
				if b == 0 || rs[b-1] != ',' && rs[b-1] != '，' {
					break
				}
				e = b - 1
			}
		}
		if len(subjects) != len(figs) {
			continue
		}
		for n, sj := range subjects {
			for p := sj.s; p < sj.e; p++ {
				mi, l := metricTrie().longest(rs, p)
				if mi < 0 {
					continue
				}
				if !hasDigit(rs[p+l : sj.e]) {
					// a listed metric with no figure of its own: 分别 gives it
					for q := p; q < p+l; q++ {
						used[q] = true
					}
				}
				if !headlineMetric(rs, p, l) && !strings.HasPrefix(string(rs[p+l:]), "分别") {
					break
				}
				f := figs[n]
				part := rs[sj.s:figEnd]
				year, explicit := yearIn(rs[sj.s:sj.e], r.rep)
				var m mention
				var ok bool
				if f.unit == "%" {
					g := f.value
					if negative {
						g = "-" + g
					}
					m, ok = r.fact(s, rs, mi, sj.s, figEnd, part, year, explicit, "", "", g)
				} else {
					m, ok = r.fact(s, rs, mi, sj.s, figEnd, part, year, explicit, f.value, f.unit, "")
				}
				if ok {
					out = append(out, m)
				}
				break
			}
		}
		k = figEnd
	}
	return out, used
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

// metricTrie maps every alias of a metric to the metric's index, built once.
var metricTrie = sync.OnceValue(func() *trie {
	t := newTrie()
	for k, m := range metrics {
		for _, a := range m.aliases {
			t.add(a, k)
		}
	}
	return t
})

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

// firstValue returns the first number followed by a money unit, and the unit. A value
// that qualifies something else is no level of the metric: 500万元口径, 500亿元级,
// 超过1亿美元的外贸企业.
func firstValue(rs []rune) (value, unit string) {
	numbers(rs, func(i, j int) bool {
		for _, u := range units {
			if hasAt(rs, j, u) {
				rest := string(rs[j+len([]rune(u)) : min(len(rs), j+len([]rune(u))+3)])
				for _, q := range []string{"的", "级", "口径", "以上的", "人民币的"} {
					if strings.HasPrefix(rest, q) {
						return false
					}
				}
				value, unit = string(rs[i:j]), u
				return true
			}
		}
		return false
	})
	return value, unit
}

// firstPercent returns the first percentage that a word of change comes just before
// (增长, 下降, 增速 …: a share such as 比重达到52.8% is no growth), negative after
// 下降/减少/回落; a range (增长8-8.5%) as written.
func firstPercent(rs []rune) (pct string) {
	lo := -1 // start of a range's first number
	numbers(rs, func(i, j int) bool {
		if j < len(rs) && (rs[j] == '-' || rs[j] == '~' || rs[j] == '～' || rs[j] == '至') && j+1 < len(rs) && unicode.IsDigit(rs[j+1]) {
			lo = i
			return false
		}
		if j >= len(rs) || rs[j] != '%' {
			lo = -1
			return false
		}
		s := i
		if lo >= 0 {
			s = lo
		}
		pre := string(rs[max(0, s-5):s])
		changed := false
		for _, w := range changeWords {
			if strings.Contains(pre, w) {
				changed = true
				break
			}
		}
		if !changed {
			lo = -1
			return false
		}
		pct = string(rs[s:j])
		if lo >= 0 {
			pct = string(rs[s:i-1]) + "-" + string(rs[i:j])
		} else if k := j + 2; k < len(rs) && runeIn("-—–~～至", rs[j+1]) && unicode.IsDigit(rs[k]) {
			e := k
			for e < len(rs) && (unicode.IsDigit(rs[e]) || rs[e] == '.') {
				e++
			}
			if e < len(rs) && rs[e] == '%' {
				pct += "-" + string(rs[k:e]) // 增长6%-6.5%
			}
		}
		if strings.Contains(pre, "下降") || strings.Contains(pre, "减少") || strings.Contains(pre, "回落") {
			pct = "-" + pct
		}
		return true
	})
	return pct
}

// changeWords come just before a growth rate.
var changeWords = []string{"增长", "比增", "下降", "减少", "回落", "增速", "增幅", "增加", "上升"}
