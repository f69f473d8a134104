package dict

import (
	"slices"
	"strings"
	"testing"
)

// kinds are the kind values each type's rows may carry.
var kinds = map[string][]string{
	"Project":     {"transport", "public_service", "utility", "industrial", "other"},
	"Park":        {"industrial", "public", "zone"},
	"Institution": {""},
}

// TestSuffixTable lints suffixes.tsv: every row parses, names a known type, a kind of
// that type and known flags, and no word is listed twice (under one type or two).
func TestSuffixTable(t *testing.T) {
	rows, bad := ParseSuffixes(suffixesTSV)
	for _, b := range bad {
		t.Error(b)
	}
	if len(rows) < 100 {
		t.Fatalf("%d rows, want the whole table", len(rows))
	}
	seen := map[string]Suffix{}
	for _, r := range rows {
		if prev, ok := seen[r.Word]; ok {
			t.Errorf("suffixes.tsv:%d: %s listed again (first at line %d as %s)", r.Line, r.Word, prev.Line, prev.Type)
		}
		seen[r.Word] = r
		ks, ok := kinds[r.Type]
		if !ok {
			t.Errorf("suffixes.tsv:%d: %s: unknown type %q", r.Line, r.Word, r.Type)
		} else if !slices.Contains(ks, r.Kind) {
			t.Errorf("suffixes.tsv:%d: %s: kind %q is not one of %q for %s", r.Line, r.Word, r.Kind, ks, r.Type)
		}
		for f := range r.Flags {
			if !slices.Contains(SuffixFlags, f) {
				t.Errorf("suffixes.tsv:%d: %s: unknown flag %q", r.Line, r.Word, f)
			}
		}
		if r.Flags["inner"] && r.Type != "Institution" {
			t.Errorf("suffixes.tsv:%d: %s: only institution words are inner", r.Line, r.Word)
		}
	}
}

func TestParseSuffixesProblems(t *testing.T) {
	tests := []struct {
		text string
		rows int
		bad  int
	}{
		{"# comment\n项目\tProject\tother\t-\n", 1, 0},
		{"公园\tPark\tpublic\tshared,venue\n", 1, 0},
		{"公园\tPark\tpublic\n", 0, 1},
		{"\n\n", 0, 0},
	}
	for _, tt := range tests {
		rows, bad := ParseSuffixes(tt.text)
		if len(rows) != tt.rows || len(bad) != tt.bad {
			t.Errorf("%q: %d rows %d problems, want %d %d (%v)", tt.text, len(rows), len(bad), tt.rows, tt.bad, bad)
		}
	}
	rows, _ := ParseSuffixes("公园\tPark\tpublic\tshared,venue\n")
	if !rows[0].Flags["shared"] || !rows[0].Flags["venue"] || rows[0].Flags["road"] {
		t.Errorf("flags %v", rows[0].Flags)
	}
}

// TestCompanyLexicon lints companies.tsv: four columns, known kinds and flags, no name
// twice, every group itself a name of the lexicon, and the facility forms read as such.
func TestCompanyLexicon(t *testing.T) {
	names := map[string]bool{}
	groups := map[string]int{}
	for n, l := range strings.Split(companiesTSV, "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 4 {
			t.Errorf("companies.tsv:%d: %d columns, want 4", n+1, len(f))
			continue
		}
		if names[f[0]] {
			t.Errorf("companies.tsv:%d: %s listed twice", n+1, f[0])
		}
		names[f[0]] = true
		groups[f[1]] = n + 1
		if !slices.Contains([]string{"soe", "private", "foreign", "financial", "exchange"}, f[2]) {
			t.Errorf("companies.tsv:%d: kind %q", n+1, f[2])
		}
		if f[3] != "-" && f[3] != "ambiguous" && f[3] != "facility" {
			t.Errorf("companies.tsv:%d: flags %q", n+1, f[3])
		}
	}
	for g, line := range groups {
		if !names[g] {
			t.Errorf("companies.tsv:%d: group %s is not a name of the lexicon", line, g)
		}
	}
	if len(Companies()) != len(names) {
		t.Errorf("Companies() has %d rows, the file %d", len(Companies()), len(names))
	}
	facility := map[string]bool{}
	for _, c := range Companies() {
		if c.Facility {
			facility[c.Name] = true
		}
		if c.Facility && c.Ambiguous {
			t.Errorf("companies.tsv: %s is both ambiguous and a facility", c.Name)
		}
	}
	for _, name := range []string{"上海港", "万达广场", "松下", "深高速"} {
		if !facility[name] {
			t.Errorf("companies.tsv: %s is not flagged facility", name)
		}
	}
}

// TestStockNames lints listed.tsv as scripts/gen-listed writes it: a name and a six-digit
// code a row, no name twice, no share-class or listing-state mark left on a name.
func TestStockNames(t *testing.T) {
	seen := map[string]bool{}
	rows := 0
	for n, l := range strings.Split(listedTSV, "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		rows++
		f := strings.Split(l, "\t")
		if len(f) != 2 || len(f[1]) != 6 || strings.Trim(f[1], "0123456789") != "" {
			t.Errorf("listed.tsv:%d: %q is no name and six-digit code", n+1, l)
			continue
		}
		if seen[f[0]] {
			t.Errorf("listed.tsv:%d: %s listed twice", n+1, f[0])
		}
		seen[f[0]] = true
		if strings.HasPrefix(f[0], "ST") || strings.HasPrefix(f[0], "*ST") || strings.HasSuffix(f[0], "退") {
			t.Errorf("listed.tsv:%d: %s keeps a listing-state mark", n+1, f[0])
		}
	}
	if rows < 5000 || len(StockNames()) != rows {
		t.Errorf("listed.tsv: %d rows, StockNames gives %d; want the same, 5,000 or more", rows, len(StockNames()))
	}
}
