package graph

import (
	"cmp"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govkg/govkg"
)

// Captions: the short text Neo4j Browser shows inside a node (queries/govkg.grass shows
// the `caption` property of every report and entity). Browser breaks a caption into
// lines only at spaces and cuts the rest of a line with "…", so a Chinese name, which
// has no spaces, would show as its first four or five characters. A caption is
// therefore written as space-separated chunks, each narrow enough for one line of a
// node of the style's size: a metro line is "深圳 14号线", a report "龙岗区 2025
// 政府工作报告", an indicator "2024目标 地区生 产总值", any other entity its name in up
// to three balanced chunks ("比亚迪汽 车风洞 中心"), the last ending in "…" when the
// name is longer.

const (
	// captionLineWidth is the widest chunk, in columns (a Chinese character is two):
	// four characters fit one line of a 60px node in 10px type.
	captionLineWidth = 8
	// captionLines is how many chunks a name gets before it is cut.
	captionLines = 3
)

// entityCaption is the caption property of an entity node.
func entityCaption(e *govkg.Entity) string {
	str := func(k string) string { s, _ := e.Props[k].(string); return s }
	switch e.Type {
	case govkg.TypeMetroLine:
		if line := str("line"); line != "" {
			city := strings.TrimSuffix(str("city"), "市")
			return strings.TrimSpace(city + " " + line)
		}
	case govkg.TypeIndicator:
		if metric := str("metric"); metric != "" {
			tail := fmt.Sprint(e.Props["year"])
			if e.Props["year"] == nil {
				tail = ""
			}
			switch str("kind") {
			case "target":
				tail += "目标"
			case "actual":
				tail += "实际"
			}
			return strings.TrimSpace(tail + " " + wrapCaption(metric, captionLines))
		}
	}
	return wrapCaption(e.Name, captionLines)
}

// reportCaption is the caption property of a Report node: its place, the year it plans
// for and its kind, e.g. "龙岗区 2025 政府工作报告".
func reportCaption(r govkg.Report) string {
	parts := []string{cmp.Or(r.District, r.City, r.Province)}
	if y := cmp.Or(r.PlanYear, r.Year); y != 0 {
		parts = append(parts, fmt.Sprint(y))
	}
	switch r.Kind {
	case govkg.KindWorkReport:
		parts = append(parts, "政府工作报告")
	case govkg.KindPlanReport:
		parts = append(parts, "计划报告")
	default:
		parts = append(parts, "报告")
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

// wrapCaption cuts s into at most lines space-separated chunks of at most
// captionLineWidth columns, as even as possible, keeping runs of Latin letters and
// digits whole where they fit; when s does not fit, the last chunk ends in "…".
func wrapCaption(s string, lines int) string {
	toks := captionTokens(strings.Join(strings.Fields(s), ""))
	total := 0
	for _, t := range toks {
		total += t.width
	}
	if total == 0 {
		return ""
	}
	var out []string
	for n := min(lines, (total+captionLineWidth-1)/captionLineWidth); n <= lines; n++ {
		var all bool
		if out, all = packCaption(toks, n, total); all {
			return strings.Join(out, " ")
		}
	}
	// cut the last chunk so that it and the ellipsis (two columns) fit
	last := []rune(out[len(out)-1])
	for len(last) > 0 && captionWidth(string(last))+2 > captionLineWidth {
		last = last[:len(last)-1]
	}
	out[len(out)-1] = string(last) + "…"
	return strings.Join(out, " ")
}

// packCaption fills up to n chunks with the tokens, each chunk ending near its even
// share of the total width; all says whether every token found a place.
func packCaption(toks []captionToken, n, total int) (chunks []string, all bool) {
	var cur strings.Builder
	curW, done := 0, 0
	for _, t := range toks {
		// the share of the total this chunk should end at (give or take a column, the
		// earlier chunks taking the odd one), so chunks come out even
		target := (total*(len(chunks)+1)+n-1)/n + 1
		last := len(chunks) == n-1
		if curW > 0 && (curW+t.width > captionLineWidth || (!last && done+t.width > target)) {
			chunks = append(chunks, cur.String())
			cur.Reset()
			curW = 0
			if len(chunks) == n {
				return chunks, false
			}
		}
		cur.WriteString(t.text)
		curW += t.width
		done += t.width
	}
	return append(chunks, cur.String()), true
}

// captionToken is a run of Latin letters, digits and ASCII punctuation, or one other
// character, with its width in columns.
type captionToken struct {
	text  string
	width int
}

func captionTokens(s string) []captionToken {
	var toks []captionToken
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if r < utf8.RuneSelf && !unicode.IsSpace(r) {
			j := 0
			for j < len(s) && s[j] < utf8.RuneSelf && j < captionLineWidth {
				j++
			}
			toks = append(toks, captionToken{s[:j], j})
			s = s[j:]
			continue
		}
		toks = append(toks, captionToken{s[:size], captionWidth(s[:size])})
		s = s[size:]
	}
	return toks
}

// captionWidth counts a character outside ASCII as two columns (Browser draws Chinese
// characters, full-width punctuation and "…" about twice as wide as a digit).
func captionWidth(s string) int {
	w := 0
	for _, r := range s {
		if r < utf8.RuneSelf {
			w++
		} else {
			w += 2
		}
	}
	return w
}
