package document

import (
	"strings"
	"testing"
	"time"
)

// TestPathological guards linear time: adversarial 2 MB inputs must parse quickly.
func TestPathological(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	const n = 2 << 20
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
	for name, in := range inputs {
		for _, ext := range []string{".txt", ".md"} {
			start := time.Now()
			_, _ = Parse("p"+ext, []byte(in), Options{})
			if el := time.Since(start); el > 3*time.Second {
				t.Errorf("%s%s: %v for %d bytes", name, ext, el, len(in))
			} else {
				t.Logf("%s%s: %v", name, ext, el.Round(time.Millisecond))
			}
		}
	}
}
