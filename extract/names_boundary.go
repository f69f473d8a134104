// Where a name may start and end: the words that follow a name, the boundary words
// inside a candidate, leading qualifiers, and the genericity test shared by every family.

package extract

import (
	"strings"
	"unicode"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/dict"
)

// nameFollowers may directly follow a name.
var nameFollowers = append(append([]string(nil), phaseWords...), "项目", "工程", "内", "周边", "片区", "等", "至", "到", "及",
	"范围", "品牌", "获", "荣获", "入选", "被", "成功", "已", "整体", "全线", "配套", "地块", "区域", "首开段", "先行段",
	"扩建", "改造", "提升", "升级", "复工", "完工", "建设", "主体", "顺利", "正式", "基本", "提质", "活化", "论坛", "第",
	"产业集聚", "入驻", "企业", "核心区", "起步区", "启动区", "开馆", "试运营", "投运", "通水", "达标", "对外", "断点")

// nameEndsAt reports whether a name may end before rs[e]: at the end of the clause, or
// before a status verb, function word, phase or project word.
func (r *report) nameEndsAt(rs []rune, e int) bool {
	if e >= len(rs) || !isNameRune(rs[e]) || sectionAt(rs, e) > 0 {
		return true
	}
	if rs[e] == '-' { // 围岭公园-东湖公园: the first of two parks joined by a hyphen
		if idx, _ := r.longestSuffixAt(ftSuffixes, rs, e); idx >= 0 && r.x.suffixKind[idx].typ == govkg.TypePark {
			for k := e + 3; k < len(rs) && k <= e+8 && isNameRune(rs[k-1]); k++ {
				if idx, _ := r.longestSuffixAt(ftSuffixes, rs, k); idx >= 0 && r.x.suffixKind[idx].typ == govkg.TypePark {
					return true
				}
			}
		}
	}
	if idx, _ := r.longestAt(ftBoundary, rs, e); idx >= 0 {
		return true
	}
	if idx, _ := r.longestAt(ftStatus, rs, e); idx >= 0 {
		return true
	}
	for _, w := range nameFollowers {
		if hasAt(rs, e, w) {
			return true
		}
	}
	return unicode.IsDigit(rs[e])
}

// nameStart finds where a name that ends with a suffix at s begins, within [left, s).
// gse segments the span with the domain dictionary; the name is the run of tokens after
// the last function word or quantity. Other verbs end a name only where they open the
// clause or follow a function word (推行政府投资项目), since many verbs also stand inside
// names as modifiers (鹏新旭集成电路项目).
func (r *report) nameStart(rs []rune, left, s int) int {
	if left == s {
		return s
	}
	if !r.x.mayBound(rs[left:s]) {
		return left // no function word, verb or number in the span: all of it is the name
	}
	toks := r.cut(string(rs[left:s]))
	pos := s
	for i := len(toks) - 1; i >= 0; i-- {
		t := toks[i]
		tr := []rune(t)
		b := r.x.boundSet[t]
		if b == 1 || isQuantity(t) {
			break
		}
		if i > 0 && r.x.boundSet[toks[i-1]+t] == 1 {
			break // 以 + 上: a function word the segmenter split
		} else if b == 2 && (i == 0 || r.x.boundSet[toks[i-1]] > 0 || isQuantity(toks[i-1]) || len([]rune(toks[i-1])) == 1 || r.endsWithSuffix(toks[i-1])) {
			break
		}
		// a boundary word glued to the name by the segmenter: split it off
		if k := strings.LastIndexAny(t, "等的"); k >= 0 {
			pos -= len([]rune(t[k:])) - 1
			break
		}
		if bi := r.boundaryInside(tr); bi > 0 && !r.x.domainWord(t) {
			pos -= len(tr) - bi
			break
		}
		pos -= len(tr)
	}
	return pos
}

// boundaryInside returns the index just after the last boundary word that is a prefix
// or inner part of token t (t is at most a few runes), or 0.
func (r *report) boundaryInside(t []rune) int {
	best := 0
	for i := 0; i < len(t); i++ {
		if idx, n := r.longestAt(ftBoundary, t, i); idx >= 0 && n >= 2 && i+n <= len(t) && i+n < len(t) {
			best = i + n
		}
	}
	return best
}

func isQuantity(t string) bool {
	rs := []rune(t)
	if len(rs) == 0 {
		return false
	}
	digits := 0
	for _, c := range rs {
		if unicode.IsDigit(c) || c == '.' || runeIn("一二三四五六七八九十百千万两余多个座家条项所处批", c) {
			digits++
		}
	}
	return digits == len(rs) && unicode.IsDigit(rs[0]) || (digits == len(rs) && len(rs) <= 2 && runeIn("个座家条项所处批", rs[len(rs)-1]))
}

func trimLeading(name string) string {
	for changed := true; changed; {
		changed = false
		for _, q := range leadingQualifiers {
			if strings.HasPrefix(name, q) && len([]rune(name))-len([]rune(q)) >= 2 {
				name = strings.TrimPrefix(name, q)
				changed = true
			}
		}
		rs := []rune(name)
		for len(rs) > 0 && (unicode.IsDigit(rs[0]) && !(len(rs) > 1 && unicode.IsLetter(rs[1]) && rs[1] < 128)) {
			rs = rs[1:]
			changed = true
		}
		name = string(rs)
	}
	return name
}

// genericStem: the part before the suffix says nothing specific (重点项目, 城市公园).
func genericStem(stem string) bool {
	rs := []rune(stem)
	if len(rs) < 2 {
		return true
	}
	if genericNameParts[stem] {
		return true
	}
	// a stem made only of generic parts: 重大产业, 城市更新重点
	rest := stem
	for rest != "" {
		matched := false
		for n := len([]rune(rest)); n >= 1; n-- {
			p := string([]rune(rest)[:n])
			if genericNameParts[p] {
				rest = string([]rune(rest)[n:])
				matched = true
				break
			}
		}
		if !matched {
			return false
		}
	}
	return true
}

// kindOf is the kind of a project or park named name: a renovation, or what its suffix
// says (kindProps); "other" without a suffix.
func (x *Extractor) kindOf(typ govkg.EntityType, name string) string {
	rs := []rune(name)
	if typ == govkg.TypeProject {
		for _, w := range renovationWords {
			if strings.HasSuffix(name, w) && !strings.HasSuffix(w, "工程") {
				return "renovation"
			}
		}
	}
	suffix := ""
	for e := len(rs); e > 0 && suffix == ""; e-- { // the suffix that ends the name, or the last one inside it
		if idx, n := x.suffixes.longestSuffix(rs, e); idx >= 0 && x.suffixKind[idx].typ == typ {
			suffix = string(rs[e-n : e])
		}
	}
	if suffix == "" {
		return "other"
	}
	k, _ := x.kindProps(typ, suffix)["kind"].(string)
	return k
}

// wordBounded reports whether rs[s:e] stands as a word of its own: no common word runs
// across its first or last rune (集中建设 holds no 中建, 我国航天 no 国航).
func wordBounded(rs []rune, s, e int) bool {
	for _, span := range [][2]int{{s - 1, s + 1}, {s - 2, s + 1}, {e - 1, e + 1}, {e - 1, e + 2}} {
		if span[0] < 0 || span[1] > len(rs) {
			continue
		}
		if w := string(rs[span[0]:span[1]]); dict.Common(w) {
			return false
		}
	}
	return true
}

// hasStatusVerb reports whether the sentence has any status verb.
func (r *report) hasStatusVerb(rs []rune) bool {
	for i := range rs {
		if idx, _ := r.longestAt(ftStatus, rs, i); idx >= 0 {
			return true
		}
	}
	return false
}

// endsWithSuffix reports whether token t ends with a name suffix (产业园 创建…: the verb
// after a finished name starts a new phrase).
func (r *report) endsWithSuffix(t string) bool {
	rs := []rune(t)
	idx, _ := r.longestSuffixAt(ftSuffixes, rs, len(rs))
	return idx >= 0
}

func lastIndexRune(rs []rune, c rune) int {
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i] == c {
			return i
		}
	}
	return -1
}

func isASCII(s string) bool {
	for _, c := range s {
		if c >= 128 {
			return false
		}
	}
	return true
}

// mayBound reports whether a span holds anything that could end a name: a boundary word
// or verb, a status verb, or a digit or numeral. Spans without any need no segmentation.
var mayBoundRunes = newRuneSet("一二三四五六七八九十百千万两几多个座家项条所处批大类种级性型化")

func (x *Extractor) mayBound(span []rune) bool {
	for i, c := range span {
		if unicode.IsDigit(c) || mayBoundRunes.has(c) {
			return true
		}
		if idx, _ := x.boundary.longest(span, i); idx >= 0 {
			return true
		}
		if idx, _ := x.status.longest(span, i); idx >= 0 {
			return true
		}
	}
	return false
}

// containsAny reports whether any of words occurs in s.
func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
