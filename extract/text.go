package extract

import "strings"

// hasAt reports whether w occurs in rs at rune index i (false for any i out of range).
func hasAt(rs []rune, i int, w string) bool {
	if i < 0 {
		return false
	}
	for _, c := range w {
		if i >= len(rs) || rs[i] != c {
			return false
		}
		i++
	}
	return true
}

func hasSuffix(s, suf string) bool { return strings.HasSuffix(s, suf) }

func containsStr(s, sub string) bool { return sub != "" && strings.Contains(s, sub) }

// isClauseStop ends a clause: names never cross these.
func isClauseStop(r rune) bool {
	switch r {
	case ',', ';', ':', '。', '!', '?', '、', '(', ')', '“', '”', '"', '《', '》', '‘', '’', '「', '」', '[', ']', '/', '|', '\n', ' ':
		return true
	}
	return false
}
