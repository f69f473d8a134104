package document

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestSentenceRunes checks that a sentence's runes from the parser's buffer are its
// text's runes, on every sentence of the seed reports.
func TestSentenceRunes(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "reports", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed reports: %v", err)
	}
	type input struct {
		name string
		data []byte
	}
	var inputs []input
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, input{f, data})
	}
	for _, in := range inputs {
		doc, err := Parse(in.name, in.data, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for i, s := range doc.Sentences {
			got := doc.SentenceRunes(i)
			if want := []rune(s.Text); !slices.Equal(got, want) {
				t.Fatalf("%s sentence %d: SentenceRunes %q, Text %q", in.name, i, string(got), s.Text)
			}
			if cap(got) != len(got) {
				t.Fatalf("%s sentence %d: capacity %d past the sentence's %d runes", in.name, i, cap(got), len(got))
			}
		}
	}
}
