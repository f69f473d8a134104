// Quoted labels: a “…” label in a sentence that opens, builds or completes it is a
// project name (开通“梧桐云巴”).

package extract

import (
	"strings"
	"unicode"

	govkg "github.com/govkg/govkg"
)

func isCloseQuote(c rune) bool { return c == '”' || c == '"' || c == '’' }

// quotedBefore returns the index of the opening mark of the quote that closes at rs[c],
// or -1 when there is none within 12 runes or the quote holds punctuation.
func quotedBefore(rs []rune, c int) int {
	open := map[rune]rune{'”': '“', '"': '"', '’': '‘'}[rs[c]]
	for k := c - 1; k >= 0 && c-k <= 12; k-- {
		if rs[k] == open {
			if c-k-1 < 2 {
				return -1
			}
			return k
		}
		if !isNameRune(rs[k]) {
			return -1
		}
	}
	return -1
}

// plausibleQuotedProject: a quoted label that names a project is short and proper, not a
// slogan of common words or a count (“四横三纵”).
func (r *report) plausibleQuotedProject(inner string) bool {
	n := len([]rune(inner))
	return n >= 2 && n <= 10 && !genericStem(inner) && !r.isPlaceName(inner) && !sloganLabel(inner) && !strings.ContainsAny(inner, "+、") && !strings.HasSuffix(inner, "期") &&
		!hasAnySuffix(inner, "区", "市", "城市", "圈", "省", "县", "城") && !unicode.IsDigit([]rune(inner)[0])
}

// quotedProjects finds projects named by a quoted label in a sentence that opens,
// builds or completes it (开通“梧桐云巴”, “四馆”开工建设, 完成“一馆一中心”建设).
func (r *report) quotedProjects(rs []rune) []mention {
	var out []mention
	for c := 2; c < len(rs); c++ {
		if !isCloseQuote(rs[c]) {
			continue
		}
		qs := quotedBefore(rs, c)
		if qs < 0 {
			continue
		}
		inner := string(rs[qs+1 : c])
		if !r.plausibleQuotedProject(inner) {
			continue
		}
		if idx, _ := r.longestSuffixAt(ftSuffixes, rs, c); idx >= 0 && r.x.suffixKind[idx].suffix != "中心" {
			continue // “双拥共建示范碧道”: the suffix rules' to judge
		}
		after := c + 1
		ok := false
		// a status verb right after: “四馆”开工建设
		if idx, n := r.longestAt(ftStatus, rs, after); idx >= 0 && statusCompletes(string(rs[after:after+n])) {
			ok = true
		}
		// an opening or completing verb right before, nothing after: 开通“梧桐云巴”
		for _, v := range []string{"开通", "建成", "开工建设", "启用", "建成启用"} {
			if hasAt(rs, qs-len([]rune(v)), v) && (after >= len(rs) || !isNameRune(rs[after]) || hasAt(rs, after, "等")) {
				ok = true
			}
		}
		// 完成“一馆一中心”建设
		if hasAt(rs, qs-2, "完成") && hasAt(rs, after, "建设") && (after+2 >= len(rs) || !isNameRune(rs[after+2])) {
			ok = true
		}
		if ok {
			out = append(out, mention{typ: govkg.TypeProject, name: inner, start: qs, end: c + 1, entProps: map[string]any{"kind": "other"}})
		}
	}
	return out
}
