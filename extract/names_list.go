// Projects without a suffix word, where the sentence says they are projects: items of a
// list ending in 等…项目, quoted names before 项目, names next to a status verb.

package extract

import (
	"strings"
	"unicode"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/dict"
)

// projectListNouns follow 等 after a list of projects named without a suffix
// (谷仓吓、飞东等项目开工建设; 凤凰安荟邻、潮商广场等商业综合体).
var projectListNouns = []string{"项目", "综合体", "楼盘", "工程", "商业综合体"}

// bareProjects finds projects named without a suffix word, where the sentence says they
// are projects: items of a list ending in 等…项目, a quoted name before 项目
// (“万象坪山”项目), a name opening a clause before a status verb (大运天地全面开业), or a
// name closing a clause after one (开工建设安居创景苑).
func (r *report) bareProjects(rs []rune) []mention {
	var out []mention
	add := func(s, e int) {
		for e > s && rs[e-1] == ' ' {
			e--
		}
		// a trailing phase stays on the mention, not in the name
		name := string(rs[s:e])
		for _, ph := range phaseWords {
			name = strings.TrimSuffix(name, ph)
		}
		name = strings.ReplaceAll(name, " ", "")
		if r.plausibleBareProject(name) {
			out = append(out, mention{typ: govkg.TypeProject, name: name, start: s, end: s + len([]rune(name)), entProps: map[string]any{"kind": "other"}})
		}
	}
	for i, c := range rs {
		switch {
		case c == '等':
			head := r.sharedListHead(rs, i)
			for _, n := range projectListNouns {
				ok := head != ""
				reach := 5
				if hasAt(rs, i+1, "国家级") || hasAt(rs, i+1, "省级") || hasAt(rs, i+1, "市级") {
					reach = 8 // 等国家级重大项目
				}
				for j := i + 1; j <= i+reach && j < len(rs) && !ok; j++ {
					if hasAt(rs, j, n) {
						ok = true
						break
					}
				}
				if !ok {
					continue
				}
				// walk the 、-list backwards
				e := i
				for e > 0 {
					if rs[e-1] == ')' { // 龙腾工业区(二期): a phase in brackets stays on the mention
						if q := lastIndexRune(rs[:e-1], '('); q > 0 && e-q <= 6 && isPhaseWord(string(rs[q+1:e-1])) {
							e = q
						}
					}
					s := e
					for s > 0 && (isNameRune(rs[s-1]) || rs[s-1] == ' ') && e-s < 16 {
						s--
					}
					if s > 0 && isNameRune(rs[s-1]) {
						break // no boundary within reach: a fragment, not an item
					}
					sFull := s
					if s == 0 || rs[s-1] != '、' {
						sFull = -1 // the first item: a verb may precede it
					}
					s = r.nameStart(rs, s, e)
					if s >= e {
						break
					}
					if head != "" {
						item := strings.ReplaceAll(string(rs[s:e]), " ", "")
						if l := len([]rune(item)); l < 2 || l > 12 || genericStem(item) || dict.IsPhrase(item) && !(r.x.suffixFlag(head, "shared") && countedAt(rs, i+1)) || r.endsWithSuffix(item) || containsInstitution(item) {
							break // 半导体装备、零部件等…项目: kinds, not names; 深寻农产品加工产业园: named already
						}
						name := item + head
						if strings.HasSuffix(item, string([]rune(head)[len([]rune(head))-1:])) || strings.HasSuffix(item, "线") {
							name = item // 九龙山二站等4个变电站: the item names itself
						}
						out = append(out, mention{typ: govkg.TypeProject, name: name, start: s, end: e, entProps: map[string]any{"kind": "other"}})
					} else if name, ls := r.listedItem(rs, i, s, sFull, e); name != "" {
						s = ls
						typ := govkg.TypeProject
						if idx, _ := r.longestSuffixAt(ftSuffixes, []rune(name), len([]rune(name))); idx >= 0 {
							typ = r.x.suffixKind[idx].typ
						}
						if typ == govkg.TypePark && strings.HasSuffix(name, "基地") && r.startsWithCompany(name) {
							typ = govkg.TypeProject // 光峰激光产业基地
						}
						if typ == govkg.TypePark && hasAnySuffix(name, "工业区", "工业园") && strings.Contains(string(rs[i:min(len(rs), i+10)]), "更新") {
							typ = govkg.TypeProject // 长美岭工业区等城市更新项目: the renewal of an old estate
							out = append(out, mention{typ: typ, name: name, start: s, end: e, entProps: map[string]any{"kind": "renewal"}})
							if s > 0 && rs[s-1] == '、' {
								e = s - 1
								continue
							}
							break
						}
						if typ == govkg.TypeProject || typ == govkg.TypePark {
							out = append(out, mention{typ: typ, name: name, start: s, end: e, entProps: map[string]any{"kind": "other"}})
						}
					} else {
						add(s, e)
					}
					if s > 0 && rs[s-1] == '、' {
						e = s - 1
						continue
					}
					break
				}
				break
			}
		case (c == '”' || c == '"') && hasAt(rs, i+1, "项目"):
			open := '“'
			if c == '"' {
				open = '"'
			}
			if k := lastIndexRune(rs[:i], open); k >= 0 && i-k-1 >= 2 && i-k-1 <= 10 {
				add(k+1, i)
			}
		}
	}
	// clause-initial name + status verb; status verb + clause-final name
	for i := 0; i < len(rs); i++ {
		if i > 0 && !isClauseEnd(rs[i-1]) {
			continue
		}
		e := i
		for e < len(rs) && isHan(rs[e]) && e-i < 7 {
			if idx, _ := r.longestAt(ftStatus, rs, e); idx >= 0 && e-i >= 2 {
				break
			}
			if hasAt(rs, e, "全面") || hasAt(rs, e, "主体") || hasAt(rs, e, "正式") || hasAt(rs, e, "顺利") {
				break
			}
			e++
		}
		if e-i >= 2 && e < len(rs) && e-i <= 6 {
			k := e
			for _, adv := range []string{"全面", "主体", "正式", "顺利"} {
				if hasAt(rs, k, adv) {
					k += len([]rune(adv))
				}
			}
			if idx, n := r.longestAt(ftStatus, rs, k); idx >= 0 && statusCompletes(string(rs[k:k+n])) && !hasAt(rs, k, "开工") {
				add(i, e)
			}
		}
	}
	return out
}

// listedItem returns the item of a 等…项目 list that ends at e as a listed project (see
// listedProject), with its start, or "" when it is none. A bounded item (after 、) is taken
// whole (大运中心配套设施); the first one starts where nameStart says.
func (r *report) listedItem(rs []rune, deng, s, sFull, e int) (string, int) {
	for _, st := range []int{sFull, s} {
		if st < 0 || st >= e {
			continue
		}
		name := trimPhase(strings.ReplaceAll(string(rs[st:e]), " ", ""))
		if st == sFull && r.listedProject(rs, deng, name) || st != sFull && !r.plausibleBareProject(name) && r.listedProject(rs, deng, name) {
			return name, st
		}
	}
	return "", s
}

// isPhaseWord reports whether w is a phase (一期, 二期工程 …).
func isPhaseWord(w string) bool {
	for _, ph := range phaseWords {
		if w == ph {
			return true
		}
	}
	return false
}

// trimPhase drops a trailing phase (清平高速二期 → 清平高速).
func trimPhase(name string) string {
	for _, ph := range phaseWords {
		if st, ok := strings.CutSuffix(name, ph); ok && len([]rune(st)) >= 2 {
			return st
		}
	}
	return name
}

// genericLeads open a list item that names a kind or a scope, not one work (全市X, 城市X,
// 基础设施X).
var genericLeads = []string{"全区", "全市", "各", "一批", "城市", "社区", "街道", "新型", "智慧", "公共", "配套", "基础设施"}

// listedProject: an item of a list that the sentence calls projects (龙岗国际艺术中心、大运中心
// 配套设施、国际大学园综合训练基地等重大项目) is a project even with a suffix the suffix rules
// would not take alone, when it is a specific name and the list is not one of reforms,
// pilots or fields.
func (r *report) listedProject(rs []rune, deng int, name string) bool {
	n := len([]rune(name))
	if n < 4 || n > 16 || genericStem(name) || containsInstitution(name) || r.isPlaceName(name) || strings.HasSuffix(name, "项目") {
		return false
	}
	tail := string(rs[deng:min(len(rs), deng+12)])
	if k := strings.Index(tail, "项目"); k < 0 || strings.ContainsAny(tail[:k], ",。;") {
		return false
	} else if t := tail[:k]; strings.Contains(t, "改革") || strings.Contains(t, "试点") || strings.Contains(t, "领域") || strings.Contains(t, "攻关") || strings.Contains(t, "科研") || strings.Contains(t, "合作") || strings.Contains(t, "示范") {
		return false
	}
	if containsAny(name, genericMarkers...) {
		return false
	}
	if idx, _ := r.longestSuffixAt(ftMarkers, []rune(name), n); idx >= 0 || r.dynCompanies[name] || r.startsWithCompany(name) && n <= 6 || strings.Contains(name, "号线") {
		return false // 秋田微电子, 中软国际: companies in a list of land-supply projects
	}
	if dict.IsPhrase(name) && !r.endsWithSuffix(name) || hasAnySuffix(name, "支队", "机组", "场馆") {
		return false // 汽车芯片, 柔性面板: kinds of products, not named projects
	}
	return !hasAnyPrefix(name, genericLeads...) && !strings.HasPrefix(name, "号") // 重点, 重大: genericMarkers
}

// countedAt reports whether a count (3座, 13个) stands at rs[i]: the items before it are
// counted structures, so each names one (绿荫等3座变电站).
func countedAt(rs []rune, i int) bool {
	k := i
	for k < len(rs) && (unicode.IsDigit(rs[k]) || runeIn("一二三四五六七八九十两", rs[k])) {
		k++
	}
	return k > i && k < len(rs) && runeIn("个座条处家", rs[k])
}

// sharedListHead returns the head that the items of a list before 等 at rs[i] share, from
// the noun phrase after it: 大康河、梧桐山河等13个碧道项目 → 碧道; 绿荫等3座变电站 → 变电站;
// 宝龙、布吉等街道文体中心 → 文体中心; 龙塘、卢山等停车综合体项目 → 停车综合体项目. It returns
// "" when the phrase is generic (等重大项目, 等城市更新项目, 等百亿级项目).
func (r *report) sharedListHead(rs []rune, i int) string {
	k := i + 1
	for k < len(rs) && (unicode.IsDigit(rs[k]) || runeIn("一二三四五六七八九十两多", rs[k])) {
		k++
	}
	if k > i+1 && k < len(rs) && runeIn("个座条处家项", rs[k]) {
		k++
	}
	for _, w := range []string{"街道级", "街道", "一批", "片区"} {
		if hasAt(rs, k, w) {
			k += len([]rune(w))
			break
		}
	}
	for _, h := range r.x.sharedHeads {
		if hasAt(rs, k, h) {
			n := len([]rune(h))
			if k+n >= len(rs) || !isNameRune(rs[k+n]) || hasAt(rs, k+n, "项目") || hasAt(rs, k+n, "建设") || r.nameEndsAt(rs, k+n) {
				return h
			}
		}
	}
	// a specific kind of project: 停车综合体项目, 土地整备利益统筹项目
	e := k
	for e < len(rs) && isNameRune(rs[e]) && e-k < 10 && !hasAt(rs, e, "项目") {
		e++
	}
	if !hasAt(rs, e, "项目") || e-k < 3 {
		return ""
	}
	d := string(rs[k:e])
	if genericStem(d) || !hasAnySuffix(d, "停车综合体", "利益统筹", "综合治理", "处理厂", "水质净化厂") || strings.ContainsAny(d, "的和为类性型批式") {
		return "" // only kinds of works that the items name places of: 龙塘、卢山等停车综合体项目
	}
	for _, m := range append(genericMarkers, "试点", "示范", "城市更新", "在建", "续建", "新开工", "产业", "民生", "交通", "基础设施",
		"绿色", "低碳", "优质", "高品质", "招商", "投资", "工业", "商业", "服务", "建设", "改造", "项目", "国家级", "市级", "省级",
		"合作", "表演", "替代", "生产", "科技", "文化", "旅游", "体育", "教育", "医疗", "养老", "保障房", "安置房", "住房") {
		if strings.Contains(d, m) {
			return ""
		}
	}
	return d + "项目"
}

// statusCompletes: verbs that only a concrete project takes (开业, 封顶, 竣工 …), not
// 推进 or 建设, which programs and policies take too.
func statusCompletes(v string) bool {
	switch v {
	case "开业", "封顶", "竣工", "完工", "投用", "开工", "开工建设", "动工", "复工", "落成", "开馆", "试运营", "投运", "通车":
		return true
	}
	return false
}

// plausibleBareProject: a bare name is 2–10 runes, not a phrase of common words, not a
// place, and no generic word.
func (r *report) plausibleBareProject(name string) bool {
	rs := []rune(name)
	n := len(rs)
	if n < 2 || n > 10 || genericStem(name) || dict.IsPhrase(name) || r.isPlaceName(name) || containsInstitution(name) ||
		strings.Contains(name, "号线") || r.dynCompanies[name] {
		return false
	}
	if idx, _ := r.longestSuffixAt(ftSuffixes, rs, n); idx >= 0 {
		return false // a name with a suffix word is the suffix rules' to judge
	}
	if idx, _ := r.longestSuffixAt(ftMarkers, rs, n); idx >= 0 {
		return false // 品胜电子: a company
	}
	if r.x.boundSet[string(rs[:2])] > 0 || r.x.boundSet[string(rs[n-2:])] > 0 || r.x.boundSet[string(rs[:1])] == 1 {
		return false // 提速湖贝, 污染攻坚: a verb phrase
	}
	if containsAny(name, genericMarkers...) {
		return false
	}
	if idx, _ := r.longestAt(ftCompanies, []rune(name), 0); idx >= 0 && len([]rune(r.x.companyVal[idx])) == n {
		return false // a company is not a project
	}
	return true
}
