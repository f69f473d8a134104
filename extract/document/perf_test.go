package document

import (
	"sort"
	"strings"
	"testing"
)

// pathological are adversarial inputs for the parser's loops and the HTML reader.
func pathological(n int) map[string]string {
	rep := func(s string) string { return strings.Repeat(s, n/len(s)) }
	inputs := map[string]string{
		"one long CJK line":  rep("龙岗区地区生产总值增长"),
		"sentences one line": rep("经济运行总体平稳。"),
		"brackets":           rep("["),
		"links":              rep("[a](b"),
		"open quotes":        rep("“"),
		"open parens":        rep("(("),
		"ascii quotes":       rep(`"`),
		"semicolons":         rep("增长;"),
		"br tags":            rep("<br"),
		"comments":           rep("<!--"),
		"bold":               rep("**"),
		"numbers":            rep("1.1."),
		"spaces":             "龙" + rep(" ") + "岗",
		"short lines":        rep("龙岗区\n"),
		"long unjoined":      rep("这是一行没有标点而且足够长的文字内容\n"),
		"headings":           rep("一、回顾\n(一)工作\n1.内容。\n"),
		"html nesting":       "<!DOCTYPE html>" + rep("<div><b><i>"),
		"html formatting":    "<html>" + rep("<a><p>文字"),
	}
	return inputs
}

// TestPathological: adversarial inputs parse to a document or a clear error, never a
// panic, with sentence offsets inside the text. Speed is BenchmarkPathological's job.
func TestPathological(t *testing.T) {
	for name, in := range pathological(64 << 10) {
		for _, ext := range []string{".txt", ".md"} {
			doc, err := Parse("p"+ext, []byte(in), Options{})
			if err != nil {
				continue
			}
			n := len([]rune(doc.Text))
			for _, s := range doc.Sentences {
				if s.Start < 0 || s.End > n || s.Start > s.End {
					t.Fatalf("%s%s: sentence %s offsets [%d,%d) outside text of %d runes", name, ext, s.ID, s.Start, s.End, n)
				}
			}
		}
	}
}

// BenchmarkPathological measures the parser on 512 KB adversarial inputs; compare its
// ns/op across inputs (they should be of one order, i.e. linear) with benchstat.
func BenchmarkPathological(b *testing.B) {
	inputs := pathological(512 << 10)
	names := make([]string, 0, len(inputs))
	for k := range inputs {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, name := range names {
		in := []byte(inputs[name])
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for i := 0; i < b.N; i++ {
				_, _ = Parse("p.txt", in, Options{})
			}
		})
	}
}
