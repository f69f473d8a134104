package extract

import (
	"strings"
	"unicode/utf8"
)

// hasAt reports whether w occurs in rs at rune index i (false for any i out of range).
func hasAt(rs []rune, i int, w string) bool {
	if i < 0 {
		return false
	}
	// compare rs's runes, UTF-8 encoded, with w's bytes: most calls fail at the first
	// rune, and decoding w (a word of a list tried at every position) cost more
	var buf [utf8.UTFMax]byte
	for len(w) > 0 {
		if i >= len(rs) {
			return false
		}
		if c := rs[i]; c < utf8.RuneSelf {
			if w[0] != byte(c) {
				return false
			}
			w = w[1:]
		} else {
			n := utf8.EncodeRune(buf[:], c)
			if len(w) < n || w[:n] != string(buf[:n]) {
				return false
			}
			w = w[n:]
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
