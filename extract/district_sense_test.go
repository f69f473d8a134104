package extract

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/document"
)

// TestDistrictSense: the district sense ranker (the embedded model) drops a county's name
// written as part of a word with another meaning and keeps the places. The sentences are
// from dev reports, which the ranker was not trained on, read whole (the ranker reads
// the report around a name); without the ranker the rules read each dropped name as a
// District.
func TestDistrictSense(t *testing.T) {
	for _, tc := range []struct {
		name, report, sentence string
		want, not              []string
	}{
		{"和县 of 和县区: 'and the counties and districts'", "lanzhou-2011.md",
			"加快“两区”和县区产业园区建设", nil, []string{"和县"}},
		{"天山北坡 is a mountain's slope, not 天山区", "lanzhou-2011.md",
			"新疆天山北坡等西部重点经济区", nil, []string{"天山区"}},
		{"晋江经验 is a doctrine named after the county", "haikou-2025.md",
			"为主要内容的“晋江经验”", nil, []string{"晋江市"}},
		{"an own county in a list of parks", "lanzhou-2011.md",
			"高新区构建雁滩、彭家坪、榆中三大园区", []string{"榆中县"}, nil},
		{"a county of another province by its official name", "lanzhou-2020.md",
			"支持红古区与青海省民和县深度融合发展", []string{"红古区"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := document.ReadFile(filepath.Join("..", "testdata", "corpus", tc.report), document.Options{})
			if err != nil {
				t.Fatal(err)
			}
			ext := fuzzExtractor.ExtractDocument(doc)
			sid := ""
			for _, s := range doc.Sentences {
				if strings.Contains(s.Text, tc.sentence) {
					sid = s.ID
					break
				}
			}
			if sid == "" {
				t.Fatalf("no sentence of %s holds %q", tc.report, tc.sentence)
			}
			var got []string
			for _, e := range ext.Entities {
				if e.Type != govkg.TypeDistrict {
					continue
				}
				for _, m := range e.Mentions {
					if m.SentenceID == sid {
						got = append(got, e.Name)
						break
					}
				}
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("no District %s in the sentence; got %v", w, got)
				}
			}
			for _, n := range tc.not {
				if slices.Contains(got, n) {
					t.Errorf("District %s read from a word of another meaning; got %v", n, got)
				}
			}
		})
	}
}
