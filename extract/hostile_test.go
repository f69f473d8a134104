package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/document"
)

// The reproductions of issue 17 (hostile input shapes) as regression tests. Speed is
// measured by the bench (scripts/bench --hostile), never here: these tests count the
// work the rules do, and check what comes out.

// parseText parses a small report given as text and checks nothing else.
func parseText(t *testing.T, name, text string) *document.Document {
	t.Helper()
	doc, err := document.Parse(name, []byte(text), document.Options{})
	if err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	return doc
}

// TestPropagateListsLinear (D1): a 、-list of n companies gave O(n²) mentions before
// deduplication, one walk of the whole list per company already found; each position
// is now walked from once, so a list gives at most one new mention per item.
func TestPropagateListsLinear(t *testing.T) {
	for _, tc := range []struct {
		name  string
		items []string
	}{
		{"one company repeated", slices.Repeat([]string{"比亚迪公司"}, 400)},
		{"trade names", slices.Repeat([]string{"比亚迪", "浩能科技", "中建钢构", "康泰健"}, 100)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := parseText(t, "list.txt", "坪山区2025年政府工作报告\n\n"+strings.Join(tc.items, "、")+"荣获表彰。\n")
			r := fuzzExtractor.analyze(doc)
			for i := range doc.Sentences {
				rs := r.runes[i]
				var found []mention
				for _, m := range r.found[i] {
					if m.typ == govkg.TypeCompany {
						found = append(found, m)
					}
				}
				if len(found) == 0 {
					continue
				}
				items := strings.Count(doc.Sentences[i].Text, "、") + 1
				if got := r.propagateLists(rs, found); len(got) > items {
					t.Errorf("sentence %d: %d items gave %d propagated mentions", i, items, len(got))
				}
			}
			ext := fuzzExtractor.ExtractDocument(doc)
			checkExtraction(t, doc, ext)
		})
	}
}

// TestLongSentencesBounded (D1, D2): a list of thousands of names, a line with no full
// stop and a Markdown table whose rows were joined into one sentence are cut into
// sentences of at most MaxSentenceRunes runes, the cut is stated in the report's
// warnings, and the extraction stays consistent.
func TestLongSentencesBounded(t *testing.T) {
	var table strings.Builder
	table.WriteString("# 龙岗区2025年政府工作报告\n\n|项目|项目|\n|---|---|\n")
	for row := range 300 {
		fmt.Fprintf(&table, "|龙岗区项目%d产业园1|龙岗区项目%d产业园2|\n", row, row)
	}
	line := strings.Repeat("推进龙岗区宝龙街道比亚迪公司项目建设,深圳地铁16号线二期开通运营,", 200)
	for _, tc := range []struct {
		name, file, text string
		wantCut          string // the kind of cut the warning must name
	}{
		{"list", "list.txt", "坪山区2025年政府工作报告\n\n" + strings.Repeat("比亚迪公司、", 2000) + "比亚迪公司。\n", "after punctuation"},
		{"line without full stop", "line.txt", "龙岗区2025年政府工作报告\n\n" + line + "\n", "after punctuation"},
		{"table", "table.md", table.String(), "at line ends"},
		{"no break at all", "ascii.txt", "Longgang 2025\n\n" + strings.Repeat("x", 5000) + "\n", "at the limit"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := parseText(t, tc.file, tc.text)
			for _, s := range doc.Sentences {
				if n := s.End - s.Start; n > document.MaxSentenceRunes {
					t.Errorf("sentence %s has %d runes", s.ID, n)
				}
			}
			if !slices.ContainsFunc(doc.Report.Warnings, func(w string) bool {
				return strings.Contains(w, fmt.Sprintf("longer than %d runes", document.MaxSentenceRunes)) && strings.Contains(w, tc.wantCut)
			}) {
				t.Errorf("warnings %q do not state the cut (%s)", doc.Report.Warnings, tc.wantCut)
			}
			checkExtraction(t, doc, fuzzExtractor.ExtractDocument(doc))
		})
	}
}

// TestExtractDocumentParts: a report longer than PartRunes is extracted in parts, the
// merged extraction is consistent, the warnings say so, and one entity keeps at most
// MaxPartMentions mentions.
func TestExtractDocumentParts(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts a report of 130,000 runes")
	}
	var b strings.Builder
	b.WriteString("坪山区2025年政府工作报告\n\n")
	for b.Len() < 4*PartRunes { // bytes: about 130,000 runes of Chinese, two parts
		b.WriteString(strings.Repeat("比亚迪公司、", 30) + "比亚迪公司荣获表彰。\n")
		b.WriteString("推进坪山区比亚迪汽车风洞中心项目建设,深圳地铁16号线二期开通运营。\n")
	}
	doc := parseText(t, "parts.txt", b.String())
	ext := fuzzExtractor.ExtractDocument(doc)
	checkExtraction(t, doc, ext)
	w := strings.Join(ext.Reports[0].Warnings, "\n")
	if !strings.Contains(w, "parts of about") || !strings.Contains(w, "not kept") {
		t.Errorf("warnings %q", ext.Reports[0].Warnings)
	}
	if len(ext.Sentences) != len(doc.Sentences) {
		t.Errorf("%d sentences, the document has %d", len(ext.Sentences), len(doc.Sentences))
	}
	for _, e := range ext.Entities {
		if len(e.Mentions) > MaxPartMentions {
			t.Errorf("%s has %d mentions", e.ID, len(e.Mentions))
		}
		if e.Name == "比亚迪公司" && len(e.Mentions) != MaxPartMentions {
			t.Errorf("%s has %d mentions, want the first %d", e.ID, len(e.Mentions), MaxPartMentions)
		}
	}
	// a report under the limit is extracted whole, exactly as Extract does
	small := parseText(t, "small.txt", "坪山区2025年政府工作报告\n\n比亚迪公司、浩能科技荣获表彰。\n")
	if a, b := fmt.Sprint(fuzzExtractor.ExtractDocument(small)), fmt.Sprint(fuzzExtractor.Extract(small)); a != b {
		t.Errorf("ExtractDocument differs from Extract on a small report:\n%s\n%s", a, b)
	}
}

// TestStreetsNeedTheirDistrict (D7): FuzzExtract found a Street 建设镇 in a text that
// names no place, with IN_DISTRICT to a district the extraction did not have, which a
// build then dropped without a word. A report whose city is unknown names no streets
// (the name alone does not say which 建设镇); a street of another district of the city
// brings its district as an entity without mentions, as a district brings its city.
func TestStreetsNeedTheirDistrict(t *testing.T) {
	for _, tc := range []struct {
		name, text    string
		wantStreets   []string
		wantDistricts []string // district entities the extraction must have
	}{
		{"FuzzExtract reproduction: no place named", "00000推进公园之城建设镇", nil, nil},
		{"a street of the report's own district", "龙岗区2025年政府工作报告\n一、2024年工作回顾\n园山街道综合整治完成。\n",
			[]string{"园山街道"}, []string{"龙岗区"}},
		{"a street of another district of the city", "龙岗区2025年政府工作报告\n一、2024年工作回顾\n福田街道、园山街道综合整治完成。\n",
			[]string{"福田街道", "园山街道"}, []string{"福田区", "龙岗区"}},
		// NBS lists 东莞市, a city without counties, once more at county level: its
		// streets and towns are in the city (IN_CITY), and no District 东莞市 appears
		{"a town of a city without counties", "东莞市2008年政府工作报告\n一、2007年工作回顾\n做好长安镇综合配套改革试点工作。\n",
			[]string{"长安镇"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := parseText(t, "streets.txt", tc.text)
			ext := fuzzExtractor.ExtractDocument(doc)
			checkExtraction(t, doc, ext)
			var streets, districts []string
			for _, e := range ext.Entities {
				switch e.Type {
				case govkg.TypeStreet:
					streets = append(streets, e.Name)
				case govkg.TypeDistrict:
					districts = append(districts, e.Name)
				}
			}
			slices.Sort(streets)
			slices.Sort(districts)
			slices.Sort(tc.wantStreets)
			slices.Sort(tc.wantDistricts)
			if !slices.Equal(streets, tc.wantStreets) || !slices.Equal(districts, tc.wantDistricts) {
				t.Errorf("streets %v, districts %v; want %v, %v", streets, districts, tc.wantStreets, tc.wantDistricts)
			}
			for _, e := range ext.Entities { // every street is linked to the division above it
				if e.Type != govkg.TypeStreet {
					continue
				}
				if !slices.ContainsFunc(ext.Relations, func(r govkg.Relation) bool {
					return r.From == e.ID && (r.Type == govkg.RelInDistrict || r.Type == govkg.RelInCity)
				}) {
					t.Errorf("street %s is in no district or city", e.Name)
				}
			}
		})
	}
}
