package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	govkg "github.com/govkg/govkg"
)

// TestHasAt checks hasAt's own decoding against a range loop's: Han, ASCII, four-byte
// runes, and invalid bytes (a lone continuation, a truncated sequence, an overlong form,
// an encoded surrogate), which a range loop reads as U+FFFD one byte at a time.
func TestHasAt(t *testing.T) {
	ref := func(rs []rune, i int, w string) bool {
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
	texts := []string{"推进深圳市龙岗区5G建设", "a\uFFFD\uFFFD\uFFFDb", "\uFFFD\uFFFD", "𠀀中", "中\uFFFD"}
	words := []string{"", "深圳", "龙岗区5G", "5G建设", "建设。", "a", "𠀀中", "中",
		"a\x80", "a\xe4\xb8", "\xe0\x80\x80", "\xed\xa0\x80", "\x80\x80", "中\xe4", "\xe4\xb8\xad"}
	for _, text := range texts {
		rs := []rune(text)
		for _, w := range words {
			for i := -1; i <= len(rs)+1; i++ {
				if got, want := hasAt(rs, i, w), ref(rs, i, w); got != want {
					t.Errorf("hasAt(%q, %d, %q) = %v, want %v", text, i, w, got, want)
				}
			}
		}
	}
}

// TestWordIsAt checks wordIsAt against the string it stands for: slices.Contains(words,
// string(rs[i:i+n])), at every position and length of report text, out of range too.
func TestWordIsAt(t *testing.T) {
	words := []string{"新建", "扩建", "改扩建", "完成"}
	for _, text := range []string{"扩建了厚街垃圾焚烧发电厂,新建和改扩建了道路", "完成进度83%", "新"} {
		rs := []rune(text)
		for i := 0; i <= len(rs); i++ {
			for n := 0; i+n <= len(rs)+1; n++ {
				want := i+n <= len(rs) && slices.Contains(words, string(rs[i:i+n]))
				if got := wordIsAt(rs, i, n, words); got != want {
					t.Errorf("wordIsAt(%q, %d, %d) = %v, want %v", text, i, n, got, want)
				}
			}
		}
	}
}

// TestRuneIn checks runeIn against strings.ContainsRune, on the sets the rules use and on
// invalid bytes (which U+FFFD matches).
func TestRuneIn(t *testing.T) {
	sets := []string{"、与和及-", "”\"’」", "动划案略署策见战程施措", "", "a\x80b", "\xed\xa0\x80", "𠀀中", "\uFFFD",
		"·×é", "\xc0\x80", "\xc3"}
	runes := []rune{'、', '-', 'a', 'b', '中', '𠀀', '措', 0x80, utf8.RuneError, 0xD800, -1, utf8.MaxRune + 1, '」', '·', '×', 'é', 0}
	for _, s := range sets {
		for _, r := range runes {
			want := strings.ContainsRune(s, r)
			if got := runeIn(s, r); got != want {
				t.Errorf("runeIn(%q, %U) = %v, want %v", s, r, got, want)
			}
			if got := newRuneSet(s).has(r); got != want {
				t.Errorf("newRuneSet(%q).has(%U) = %v, want %v", s, r, got, want)
			}
		}
	}
}

// TestContainsRunes checks containsRunes against strings.Contains of the runes' string.
func TestContainsRunes(t *testing.T) {
	texts := []string{"", "完成", "已完成改造", "完", "启动建设", "分别增长3%", "a分b别", "完\uFFFD成"}
	words := []string{"", "完成", "启动", "分别", "别", "a", "\uFFFD", "成"}
	for _, text := range texts {
		rs := []rune(text)
		for _, w := range words {
			if got, want := containsRunes(rs, w), strings.Contains(string(rs), w); got != want {
				t.Errorf("containsRunes(%q, %q) = %v, want %v", text, w, got, want)
			}
		}
	}
}

// TestPropString checks propString against fmt's %s=%v, and typeIDPrefix against the
// lower-cased type.
func TestPropString(t *testing.T) {
	type named string
	for _, v := range []any{"renovation", "", 3, 2.5, true, nil, named("x"), []string{"a"}} {
		if got, want := propString("kind", v), fmt.Sprintf("%s=%v", "kind", v); got != want {
			t.Errorf("propString(kind, %#v) = %q, want %q", v, got, want)
		}
	}
	for _, typ := range append(govkg.EntityTypes, "Other") {
		if got, want := typeIDPrefix(typ), strings.ToLower(string(typ))+":"; got != want {
			t.Errorf("typeIDPrefix(%s) = %q, want %q", typ, got, want)
		}
	}
}
