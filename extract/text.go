package extract

import "strings"

func hasAt(rs []rune, i int, w string) bool {
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
