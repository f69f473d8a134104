package extract

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/document"
)

// fuzzExtractor is shared by every fuzz input: New compiles the dictionaries once, and
// an Extractor is safe for concurrent use.
var fuzzExtractor = New()

// FuzzExtract feeds arbitrary bytes through the whole extraction step (document.Parse,
// then Extract). Whatever the input, nothing may panic, every mention and every piece
// of evidence must point inside an existing sentence, and every relation must join
// entities (or the report) that the extraction actually has.
func FuzzExtract(f *testing.F) {
	reports, _ := filepath.Glob(filepath.Join("..", "testdata", "reports", "*"))
	for _, name := range reports {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		lines := bytes.SplitAfter(data, []byte("\n"))
		md := strings.HasSuffix(name, ".md")
		// the head (title, district, year) and a few body paragraphs on their own
		f.Add(bytes.Join(lines[:min(15, len(lines))], nil), md)
		for i := 15; i < len(lines); i += len(lines)/6 + 1 {
			f.Add(bytes.Join(lines[i:min(i+3, len(lines))], nil), md)
		}
	}
	f.Add([]byte("深圳市龙岗区2025年政府工作报告\n推进地铁14号线东延、16号线二期建设，坂田街道华为科技城开工。\n"), false)
	f.Add([]byte("# 2026年政府工作报告\n\n> 名词解释：\n1.“20+8”产业集群：指……\n"), true)
	f.Add([]byte("<html><title>坪山区2024年</title><p>比亚迪</p><script>x</script>"), false)
	f.Add([]byte("\xff\xfe\x00\x4e\x8c\x5e"), false)
	// issue 17: a street with no place named (D7), and small hostile shapes (D1, D2)
	f.Add([]byte("00000推进公园之城建设镇"), false)
	f.Add([]byte("坪山区2025年政府工作报告\n\n"+strings.Repeat("比亚迪公司、", 300)+"比亚迪公司。\n"), false)
	f.Add([]byte("# 龙岗区2025年政府工作报告\n\n|项目|项目|\n|---|---|\n"+strings.Repeat("|龙岗区项目1产业园2|龙岗区项目3产业园4|\n", 100)), true)
	f.Add([]byte("龙岗区2025年政府工作报告\n\n"+strings.Repeat("(", 600)+"比亚迪公司"+strings.Repeat(")", 600)+strings.Repeat("“推进坪山区项目建设", 50)+"\n"), false)
	f.Add([]byte("<html><body>"+strings.Repeat("<div>", 600)+"<p>坪山区2025年政府工作报告</p>"+strings.Repeat("</div>", 600)+"</body></html>"), false)
	f.Fuzz(func(t *testing.T, data []byte, md bool) {
		name := "fuzz.txt"
		if md {
			name = "fuzz.md"
		}
		doc, err := document.Parse(name, data, document.Options{})
		if err != nil {
			var ge *govkg.Error
			if !errors.As(err, &ge) || ge.Code != govkg.EINPUT {
				t.Fatalf("parse error %v is not an input error", err)
			}
			return
		}
		ext := fuzzExtractor.ExtractDocument(doc)
		checkExtraction(t, doc, ext)
	})
}

// checkExtraction asserts the invariants every consumer of an extraction relies on.
func checkExtraction(t *testing.T, doc *document.Document, ext *govkg.Extraction) {
	t.Helper()
	if ext == nil || len(ext.Reports) != 1 {
		t.Fatalf("extraction of one document has %v reports", ext)
	}
	rid := ext.Reports[0].ID
	sents := map[string][]rune{}
	for _, s := range doc.Sentences {
		sents[s.ID] = []rune(s.Text)
	}
	inSentence := func(what, report, sid string, start, end int) {
		t.Helper()
		if report != rid {
			t.Errorf("%s: report %q, want %q", what, report, rid)
		}
		rs, ok := sents[sid]
		if !ok {
			t.Errorf("%s: no sentence %q", what, sid)
			return
		}
		if start < 0 || start > end || end > len(rs) {
			t.Errorf("%s: span [%d,%d) outside sentence %s of %d runes", what, start, end, sid, len(rs))
		}
	}
	ids := map[string]bool{rid: true}
	for _, e := range ext.Entities {
		if e.ID == "" || e.Name == "" {
			t.Errorf("entity without id or name: %+v", e)
		}
		if ids[e.ID] && e.ID != rid {
			t.Errorf("entity id %q twice", e.ID)
		}
		ids[e.ID] = true
		for _, m := range e.Mentions {
			inSentence("mention of "+e.ID, m.ReportID, m.SentenceID, m.Start, m.End)
			if rs, ok := sents[m.SentenceID]; ok && m.Start >= 0 && m.Start <= m.End && m.End <= len(rs) {
				if got := string(rs[m.Start:m.End]); got != m.Text {
					t.Errorf("mention of %s: text %q, sentence has %q at [%d,%d)", e.ID, m.Text, got, m.Start, m.End)
				}
			}
		}
	}
	for _, r := range ext.Relations {
		if !ids[r.From] || !ids[r.To] {
			t.Errorf("relation %s %s→%s: an end is neither an entity nor the report", r.Type, r.From, r.To)
		}
		for _, ev := range r.Evidence {
			inSentence("evidence of "+string(r.Type), ev.ReportID, ev.SentenceID, ev.Start, ev.End)
		}
	}
	for _, s := range ext.Sentences {
		if _, ok := sents[s.ID]; !ok {
			t.Errorf("extraction sentence %q is not a sentence of the document", s.ID)
		}
	}
}

// TestExtractInvariantsOnReports runs the fuzz invariants over the whole seed reports,
// which the fuzz seeds only sample, and over the city reports of the gold corpus (310), where
// the rules read after the tagger make places and parks of their own.
func TestExtractInvariantsOnReports(t *testing.T) {
	reports, _ := filepath.Glob(filepath.Join("..", "testdata", "reports", "*"))
	if len(reports) == 0 {
		t.Fatal("no reports in testdata/reports")
	}
	cities, _ := filepath.Glob(filepath.Join("..", "testdata", "corpus", "*.md"))
	if len(cities) < 310 {
		t.Fatalf("%d city reports in testdata/corpus, want the gold corpus's reports (310)", len(cities))
	}
	reports = append(reports, cities...)
	for _, name := range reports {
		t.Run(filepath.Base(name), func(t *testing.T) {
			doc, err := document.ReadFile(name, document.Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkExtraction(t, doc, fuzzExtractor.Extract(doc))
		})
	}
}
