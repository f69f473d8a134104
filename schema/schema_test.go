package schema

import (
	"slices"
	"strings"
	"testing"

	"github.com/govkg/govkg"
)

func TestLabelsMatchModel(t *testing.T) {
	if len(EntityLabels) != len(govkg.EntityTypes) {
		t.Fatalf("EntityLabels %v vs govkg.EntityTypes %v", EntityLabels, govkg.EntityTypes)
	}
	want := []string{"Report", "Sentence", "District", "Street", "Project", "Park", "MetroLine",
		"Program", "Company", "Institution", "Indicator", "Term", "City", "Province", "Entity"}
	if !slices.Equal(Labels, want) {
		t.Fatalf("Labels = %v, want %v", Labels, want)
	}
	for _, l := range Labels {
		if !IsIdentifier(l) {
			t.Errorf("label %q is not a plain identifier", l)
		}
	}
}

func TestRelTypes(t *testing.T) {
	want := []string{"ABOUT", "HAS_SENTENCE", "MENTIONS", "LOCATED_IN", "IN_PARK", "INVOLVES", "SERVES",
		"IMPLEMENTS", "PART_OF", "ASSISTS", "IN_DISTRICT", "STATUS", "HAS_INDICATOR", "IN_CITY", "IN_PROVINCE", "PART_OF_GROUP"}
	if !slices.Equal(RelTypes, want) {
		t.Fatalf("RelTypes = %v, want %v", RelTypes, want)
	}
	model := []govkg.RelationType{govkg.RelLocatedIn, govkg.RelInPark, govkg.RelInvolves, govkg.RelServes,
		govkg.RelImplements, govkg.RelPartOf, govkg.RelAssists, govkg.RelStatus, govkg.RelHasIndicator, govkg.RelInDistrict}
	for _, m := range model {
		if !IsFactRelType(string(m)) {
			t.Errorf("model relation %s is not a fact relationship type", m)
		}
	}
	for _, r := range Relationships {
		if !IsIdentifier(r.Type) || strings.ToUpper(r.Type) != r.Type {
			t.Errorf("relationship type %q is not UPPER_SNAKE_CASE", r.Type)
		}
		for _, l := range append(slices.Clone(r.From), r.To...) {
			if !IsLabel(l) {
				t.Errorf("%s endpoint %q is not a label", r.Type, l)
			}
		}
	}
	if IsRelType("KNOWS") || IsLabel("Person") || IsEntityLabel("Report") || !IsEntityLabel("Park") {
		t.Error("validators accept names outside the schema")
	}
}

func TestEveryLabelHasIDConstraint(t *testing.T) {
	have := map[string]bool{}
	names := map[string]bool{}
	for _, c := range Constraints() {
		if c.Property == "id" {
			have[c.Label] = true
		}
		if names[c.Name] {
			t.Errorf("duplicate constraint name %s", c.Name)
		}
		names[c.Name] = true
	}
	for _, l := range append(slices.Clone(Labels), LabelSchema) {
		if !have[l] {
			t.Errorf("label %s has no uniqueness constraint on id", l)
		}
	}
	if !have[LabelEntity] {
		t.Error("Entity needs its own id constraint")
	}
}

func TestIndexes(t *testing.T) {
	byName := map[string]Index{}
	for _, ix := range Indexes() {
		if _, dup := byName[ix.Name]; dup {
			t.Errorf("duplicate index %s", ix.Name)
		}
		byName[ix.Name] = ix
	}
	en := byName[FulltextEntityNames]
	if en.Kind != KindFulltext || !slices.Equal(en.Labels, EntityLabels) || !slices.Equal(en.Properties, []string{"name", "aliases_text"}) || en.Analyzer != "cjk" {
		t.Errorf("entity_names = %+v", en)
	}
	st := byName[FulltextSentenceText]
	if st.Kind != KindFulltext || !slices.Equal(st.Labels, []string{"Sentence"}) || st.Analyzer != "cjk" {
		t.Errorf("sentence_text = %+v", st)
	}
	for _, want := range [][2]string{{"Entity", "name"}, {"Report", "district"}, {"Report", "plan_year"}, {"Sentence", "report"}} {
		found := false
		for _, ix := range Indexes() {
			if ix.Kind == KindRange && ix.Labels[0] == want[0] && ix.Properties[0] == want[1] {
				found = true
			}
		}
		if !found {
			t.Errorf("no range index on %s(%s)", want[0], want[1])
		}
	}
}

// balanced checks (), [], {} nesting outside quotes and backticks.
func balanced(s string) bool {
	var stack []rune
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var quote rune
	for _, r := range s {
		if quote != 0 {
			if r == quote {
				quote = 0
			}
			continue
		}
		switch r {
		case '\'', '"', '`':
			quote = r
		case '(', '[', '{':
			stack = append(stack, r)
		case ')', ']', '}':
			if len(stack) == 0 || stack[len(stack)-1] != pairs[r] {
				return false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return len(stack) == 0 && quote == 0
}

func TestStatementsWellFormed(t *testing.T) {
	stmts := Statements()
	if len(stmts) != len(Constraints())+len(Indexes()) {
		t.Fatalf("%d statements", len(stmts))
	}
	for _, s := range stmts {
		switch {
		case !strings.HasPrefix(s, "CREATE CONSTRAINT ") && !strings.HasPrefix(s, "CREATE INDEX ") && !strings.HasPrefix(s, "CREATE FULLTEXT INDEX "):
			t.Errorf("unexpected statement kind: %s", s)
		case !strings.Contains(s, " IF NOT EXISTS "):
			t.Errorf("not idempotent: %s", s)
		case !balanced(s):
			t.Errorf("unbalanced brackets or quotes: %s", s)
		case strings.Contains(s, ";") || strings.Contains(s, "\n") || strings.Contains(s, "$"):
			t.Errorf("statement must be a single parameterless line: %s", s)
		}
	}
	want := "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:District|Street|Project|Park|MetroLine|Program|Company|Institution|Indicator|Term|City|Province) ON EACH [n.name, n.aliases_text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}"
	if !slices.Contains(stmts, want) {
		t.Errorf("missing %s", want)
	}
	if !slices.Contains(stmts, "CREATE CONSTRAINT govkg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE") {
		t.Error("missing Entity id constraint")
	}
	for _, s := range []string{SetVersionCypher, GetVersionCypher} {
		if !balanced(s) {
			t.Errorf("unbalanced: %s", s)
		}
	}
}

func TestQuote(t *testing.T) {
	for in, want := range map[string]string{"Report": "Report", "fulltext.analyzer": "`fulltext.analyzer`", "a`b": "`a``b`"} {
		if got := Quote(in); got != want {
			t.Errorf("Quote(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDescribe(t *testing.T) {
	d := Describe()
	for _, want := range append(append([]string{"version 3", "entity_names", "sentence_text", "cjk"}, Labels...), RelTypes...) {
		if !strings.Contains(d, want) {
			t.Errorf("Describe() lacks %q", want)
		}
	}
}
