package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// hasAt reports whether w occurs in rs at rune index i (false for any i out of range).
// The rules call it at every position with constant words: it decodes ASCII and
// three-byte runes (all of Han) itself instead of calling the runtime's decoder, and
// leaves anything else, invalid bytes included, to utf8.DecodeRuneInString (what a
// range loop does).
func hasAt(rs []rune, i int, w string) bool {
	if i < 0 {
		return false
	}
	for k := 0; k < len(w); {
		var c rune
		b := w[k]
		switch {
		case b < utf8.RuneSelf:
			c = rune(b)
			k++
		case b&0xF0 == 0xE0 && k+2 < len(w) && w[k+1]&0xC0 == 0x80 && w[k+2]&0xC0 == 0x80:
			c = rune(b&0x0F)<<12 | rune(w[k+1]&0x3F)<<6 | rune(w[k+2]&0x3F)
			if c < 0x800 || c >= 0xD800 && c <= 0xDFFF {
				c = utf8.RuneError // overlong or a surrogate: invalid, one byte
				k++
			} else {
				k += 3
			}
		default:
			var size int
			c, size = utf8.DecodeRuneInString(w[k:])
			k += size
		}
		if i >= len(rs) || rs[i] != c {
			return false
		}
		i++
	}
	return true
}

// wordIsAt reports whether rs[i:i+n] is one of words, without building a string.
func wordIsAt(rs []rune, i, n int, words []string) bool {
	for _, w := range words {
		if utf8.RuneCountInString(w) == n && hasAt(rs, i, w) {
			return true
		}
	}
	return false
}

// wordLenAt returns the rune length of the first of words written at rs[i], or 0.
func wordLenAt(rs []rune, i int, words []string) int {
	for _, w := range words {
		if hasAt(rs, i, w) {
			return len([]rune(w))
		}
	}
	return 0
}

// containsRunes is strings.Contains(string(rs), w) without making the string: the rules
// ask it of whole sentences, which are rune slices already.
func containsRunes(rs []rune, w string) bool {
	if w == "" {
		return true
	}
	first, _ := utf8.DecodeRuneInString(w)
	for i, r := range rs {
		if r == first && hasAt(rs, i, w) {
			return true
		}
	}
	return false
}

// runeIn is strings.ContainsRune(set, r) for the short constant sets the rules test
// at every position: it decodes set as hasAt does, without the runtime's decoder or an
// encoding of r. Like strings.ContainsRune, U+FFFD matches an invalid byte of set.
func runeIn(set string, r rune) bool {
	for k := 0; k < len(set); {
		var c rune
		b := set[k]
		switch {
		case b < utf8.RuneSelf:
			c = rune(b)
			k++
		case b&0xE0 == 0xC0 && k+1 < len(set) && set[k+1]&0xC0 == 0x80:
			c = rune(b&0x1F)<<6 | rune(set[k+1]&0x3F)
			if c < 0x80 {
				c = utf8.RuneError // overlong: invalid, one byte
				k++
			} else {
				k += 2
			}
		case b&0xF0 == 0xE0 && k+2 < len(set) && set[k+1]&0xC0 == 0x80 && set[k+2]&0xC0 == 0x80:
			c = rune(b&0x0F)<<12 | rune(set[k+1]&0x3F)<<6 | rune(set[k+2]&0x3F)
			if c < 0x800 || c >= 0xD800 && c <= 0xDFFF {
				c = utf8.RuneError
				k++
			} else {
				k += 3
			}
		default:
			var size int
			c, size = utf8.DecodeRuneInString(set[k:])
			k += size
		}
		if c == r {
			return true
		}
	}
	return false
}

// runeSet is a set of runes tested at every position of a sentence: a bitmap over the
// BMP, a list for the rest. has(r) is runeIn(set, r) for the set it was made from.
type runeSet struct {
	bmp  [0x10000 / 64]uint64
	rest []rune
}

func newRuneSet(set string) *runeSet {
	s := &runeSet{}
	for _, r := range set {
		if r < 0x10000 {
			s.bmp[r>>6] |= 1 << (r & 63)
		} else {
			s.rest = append(s.rest, r)
		}
	}
	return s
}

func (s *runeSet) has(r rune) bool {
	if r >= 0 && r < 0x10000 {
		return s.bmp[r>>6]&(1<<(r&63)) != 0
	}
	return slices.Contains(s.rest, r)
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
