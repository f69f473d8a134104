package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/govkg/govkg/extract/document"
)

// testDocs parses the first n files (all when n <= 0) that each pattern under testdata
// matches: the real report text the internal tests hold their fast paths against. A
// pattern that matches nothing fails the test.
func testDocs(t *testing.T, n int, patterns ...string) []*document.Document {
	t.Helper()
	var docs []*document.Document
	for _, pat := range patterns {
		files, err := filepath.Glob(filepath.Join("..", "testdata", pat))
		if err != nil || len(files) == 0 {
			t.Fatalf("no testdata/%s: %v", pat, err)
		}
		if n > 0 {
			files = files[:min(len(files), n)]
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := document.Parse(f, data, document.Options{})
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, doc)
		}
	}
	return docs
}
