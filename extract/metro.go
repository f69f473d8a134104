package extract

import (
	"strconv"
	"unicode"

	govkg "github.com/govkg/govkg"
)

var metroPrefixes = []string{"城市轨道交通", "轨道交通", "地铁", "轨道"}

var metroSections = []string{"一期工程", "二期工程", "三期工程", "四期工程", "一期", "二期", "三期", "四期",
	"东延段", "西延段", "南延段", "北延段", "东延", "西延", "南延", "北延", "支线"}

// metroLines finds numbered metro lines: `14号线`, `地铁3号线东延段`, coordinated lists
// `17、22、25、27号线` and `轨道22、25、27线` (a bare 线 needs a metro prefix).
func (r *report) metroLines(rs []rune) []mention {
	var out []mention
	for i := 0; i < len(rs); i++ {
		if !unicode.IsDigit(rs[i]) || (i > 0 && unicode.IsDigit(rs[i-1])) {
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
			for k < len(rs) && unicode.IsDigit(rs[k]) {
				k++
			}
			if k == j || k-j > 2 {
				break
			}
			nums = append(nums, num{j, k})
			if k < len(rs) && (rs[k] == '、' || rs[k] == ',') && k+1 < len(rs) && unicode.IsDigit(rs[k+1]) {
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
			v, err := strconv.Atoi(string(rs[n.s:n.e]))
			if err != nil || v <= 0 || v > 40 {
				continue
			}
			key := strconv.Itoa(v) + "号线"
			if branch {
				key += "支线"
			}
			name := "地铁" + key
			if r.city != "" {
				name = r.city + "地铁" + key
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
			out = append(out, mention{typ: govkg.TypeMetroLine, name: name, start: s, end: e, props: props,
				entProps: map[string]any{"line": key, "city": r.rep.City}, aliases: []string{key}})
		}
		i = end - 1
	}
	return out
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
