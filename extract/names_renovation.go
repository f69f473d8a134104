// Renovations: a proper name right before a renovation word (升级改造, 综合整治…) in a
// sentence that starts, carries out or completes it is a project, work term included.

package extract

import (
	"strings"
	"unicode"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/dict"
)

// renovationWords after a named place make the renovation the project's name
// (东门路升级改造, 罗湖美术馆升级改造), longest first.
var renovationWords = []string{"拓宽改造工程", "升级改造工程", "提升改造工程", "整治提升工程", "升级改造", "升级工程", "改造提升", "改造升级", "提质改造",
	"整治提升", "综合整治", "活化改造", "空间改造", "达标整治", "修缮",
	"解危改造", "改造工程", "整治工程", "提升工程", "修缮工程", "拓宽工程", "安全整治"}

// renovations finds named renovations, which are projects with their work term
// (ANNOTATION.md; 完成玛雅城改造升级, 启动横排岭村、虎竹吓村整治提升, 笋岗村综合整治完成):
// a proper name right before a renovation word that ends the clause or meets a status
// verb, in a sentence that starts, carries out or completes it.
func (r *report) renovations(rs []rune) []mention {
	var out []mention
	if !containsRunes(rs, "完成") && !containsRunes(rs, "启动") && !r.hasStatusVerb(rs) {
		return nil
	}
	for i := 2; i < len(rs); i++ {
		n := renovationAt(rs, i)
		if n > 0 && rs[i-1] == ')' && !strings.HasSuffix(string(rs[i:i+n]), "工程") {
			if m, ok := r.bracketedName(rs, i-1, i+n); ok {
				out = append(out, m) // 笔架山河(罗湖段)安全整治
				i += n - 1
				continue
			}
		}
		if n == 0 || !isNameRune(rs[i-1]) || strings.HasSuffix(string(rs[i:i+n]), "工程") {
			continue // X改造工程 and the like are the suffix rules'
		}
		if k := i + n; k < len(rs) && isNameRune(rs[k]) && !r.nameEndsAt(rs, k) {
			continue
		}
		e := i
		tail := ""
		for k := 0; k < 4; k++ { // the items of a list share the renovation
			left := e
			for left > 0 && isNameRune(rs[left-1]) && e-left < 12 {
				left--
			}
			start := r.nameStart(rs, left, e)
			start = trimFragment(rs, start, e)
			name := trimLeading(string(rs[start:e]))
			start = e - len([]rune(name))
			if !r.plausibleRenovated(name) || start > 0 && unicode.IsDigit(rs[start-1]) {
				break // 5万平方米老旧小区: a quantity, not a name
			}
			idx, _ := r.longestSuffixAt(ftSuffixes, rs, e)
			if k == 0 && idx >= 0 && r.x.suffixKind[idx].typ == govkg.TypeProject && r.x.suffixKind[idx].flags["shared"] {
				tail = r.sharedHead(name, r.x.suffixKind[idx].suffix) // 园山大康、吉华甘坑简易填埋场达标整治
			} else if k > 0 && idx < 0 {
				name += tail
			}
			if idx < 0 || k > 0 && r.x.suffixKind[idx].typ == govkg.TypeProject {
				// (a named facility last in the list gets its renovation from the suffix
				// rules: 东门路升级改造; a park being renovated stays a park)
				end := i + n
				if k > 0 {
					end = e // an earlier item of the list: its mention is the item alone
				}
				out = append(out, mention{typ: govkg.TypeProject, name: name + string(rs[i:i+n]), start: start, end: end,
					entProps: map[string]any{"kind": "renovation"}})
			}
			if start < 2 || rs[start-1] != '、' && rs[start-1] != '和' {
				break
			}
			e = start - 1
		}
		i += n - 1
	}
	return out
}

// plausibleRenovated: what a renovation names is a proper place or building (玛雅城,
// 横排岭村), not a kind of thing (老旧小区, 城中村, 农贸市场).
func (r *report) plausibleRenovated(name string) bool {
	n := len([]rune(name))
	if n < 2 || n > 12 || genericStem(name) || dict.IsPhrase(name) || r.isPlaceName(name) || containsInstitution(name) {
		return false
	}
	if containsAny(name, genericMarkers...) {
		return false
	}
	for _, w := range []string{"企业", "单位", "产业", "技术", "生产线", "万", "公里", "平方米"} {
		if strings.Contains(name, w) {
			return false
		}
	}
	return !hasAnyPrefix(name, "老旧", "城中村", "小区", "社区", "街道", "农贸", "背街", "小巷", "城市", "全区", "全域", "全市", "各", "重点",
		"绿化", "环境", "道路", "水环境", "市容", "立面", "河涌", "土地", "指", "第")
}

// renovationFirst holds the first rune of each renovation word, renovationLens their
// lengths: renovationAt runs at every rune of every sentence.
var renovationFirst, renovationLens = func() (map[rune]bool, []int) {
	first := map[rune]bool{}
	var lens []int
	for _, w := range renovationWords {
		first[[]rune(w)[0]] = true
		lens = append(lens, len([]rune(w)))
	}
	return first, lens
}()

// renovationAt returns the length of a renovation word at rs[i] that ends the clause
// or is followed by a function word or status verb, or 0.
func renovationAt(rs []rune, i int) int {
	if i >= len(rs) || !renovationFirst[rs[i]] {
		return 0
	}
	for k, w := range renovationWords {
		n := renovationLens[k]
		if hasAt(rs, i, w) && (i+n >= len(rs) || !isNameRune(rs[i+n]) || hasAt(rs, i+n, "项目") || hasAt(rs, i+n, "等") || hasAt(rs, i+n, "和") ||
			hasAt(rs, i+n, "基本") || hasAt(rs, i+n, "完成") || hasAt(rs, i+n, "完工") || hasAt(rs, i+n, "竣工")) {
			return n
		}
	}
	return 0
}

// renovatedParks names a public park a project's name only renovates as the park
// (ANNOTATION.md (c): a park being renovated stays a Park under its own name): 启动东大梁
// 片区二道湾公园绿化景观改造提升工程 → Park 东大梁片区二道湾公园, and no project, so no
// project is in the park either. What follows the park's name is a work term, at most
// after its planting or landscape (绿化景观); a facility word after the park's (公园体育馆
// 改造) makes the facility the renovated thing. A zone's or an industrial park's works
// stay projects in it, as the gold sets of every split take them (虫寻埔-金崎新区改造,
// 吴泾工业区环境整治): tried on every park, it lost IN_PARK on train, test and the seeds.
// Held out by city: IN_PARK 0.248 → 0.249, Project +0.0001, STATUS +0.0001.
func (r *report) renovatedParks(rs []rune, ms []mention) []mention {
	changed := false
	for k, m := range ms {
		if m.typ != govkg.TypeProject {
			continue
		}
		j := r.renovatedPark(m.name)
		if j == 0 {
			continue
		}
		name := string([]rune(m.name)[:j])
		p := mention{typ: govkg.TypePark, name: name, start: m.start, end: m.end, props: m.props,
			entProps: map[string]any{"kind": r.x.kindOf(govkg.TypePark, name)}}
		if m.start >= 0 && m.start+j <= m.end && m.end <= len(rs) && string(rs[m.start:m.start+j]) == name {
			p.end = m.start + j
		}
		ms[k], changed = p, true
	}
	if changed {
		return dedupeMentions(ms)
	}
	return ms
}

// renovatedPark returns the rune length of the park that name renovates and nothing
// more, or 0.
func (r *report) renovatedPark(name string) int {
	nr := []rune(name)
	if strings.ContainsAny(name, "和及与、") {
		return 0 // a list of parks the tagger took whole
	}
	for j := len(nr) - 2; j >= 3; j-- {
		idx, _ := r.longestSuffixAt(ftSuffixes, nr, j)
		if idx < 0 {
			continue
		}
		if sk := r.x.suffixKind[idx]; sk.typ != govkg.TypePark || sk.kind != "public" {
			return 0 // a facility's word or a zone's: a project there (吴泾工业区环境整治)
		}
		rest := strings.TrimSuffix(strings.TrimSuffix(string(nr[j:]), "工程"), "项目")
		for _, words := range [][]string{renovationWords, listWorkTerms} {
			for _, w := range words {
				if pre, ok := strings.CutSuffix(rest, w); ok && (pre == "" || pre == "景观" || pre == "绿化景观" || pre == "绿化") {
					return j
				}
			}
		}
		return 0
	}
	return 0
}
