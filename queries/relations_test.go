package queries

import (
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/govkg/govkg/schema"
)

// TestGeneratedFilesAreCurrent checks that the .cypher files of the relation queries
// are what relations.go generates: run go generate ./queries after editing it.
func TestGeneratedFilesAreCurrent(t *testing.T) {
	for name, want := range Generated() {
		got, err := fs.ReadFile(files, name)
		if err != nil {
			t.Errorf("%s: %v (run go generate ./queries)", name, err)
			continue
		}
		if string(got) != want {
			t.Errorf("%s differs from what queries/relations.go generates: run go generate ./queries", name)
		}
	}
}

// TestByID checks that the relation commands' form of each generated query binds its
// entities by id and takes the parameters the saved query declares.
func TestByID(t *testing.T) {
	for name := range relationQueries {
		saved, ok := Get(name)
		if !ok {
			t.Fatalf("%s is generated but not a saved query", name)
		}
		cypher, ok := ByID(name)
		if !ok {
			t.Fatalf("ByID(%s) not found", name)
		}
		byID := Query{Name: name, Cypher: cypher}
		declared := saved.ParamNames()
		slices.Sort(declared)
		if used := byID.UsedParams(); !slices.Equal(used, declared) {
			t.Errorf("%s by id uses %v, the saved query declares %v", name, used, declared)
		}
		if strings.Contains(cypher, "fulltext") || !strings.Contains(cypher, ":Entity {id: $") {
			t.Errorf("%s by id does not bind its entities by id:\n%s", name, cypher)
		}
		if !strings.HasSuffix(saved.Cypher, relationQueries[name].body) || !strings.HasSuffix(cypher, relationQueries[name].body) {
			t.Errorf("%s: the saved and the by-id forms do not end in the same Cypher", name)
		}
	}
	if _, ok := ByID("metro-lines-shared"); ok {
		t.Error("ByID of a hand-written query")
	}
}

// relPattern finds the relationship types a pattern names: [r:A|B], [:A*..6].
var relPattern = regexp.MustCompile(`\[\w*:([A-Z][A-Z_]*(?:\|[A-Z][A-Z_]*)*)`)

// TestRelationTypesAreTheSchemas checks that every relationship type a saved query or
// a relation command names is one of package schema, and that the relations the
// relation queries walk are schema.FactRelTypes without STATUS.
func TestRelationTypesAreTheSchemas(t *testing.T) {
	texts := map[string]string{"RelatedRing": RelatedRing}
	for _, q := range All() {
		texts[q.Name] = q.Body()
	}
	for name := range relationQueries {
		texts[name+" by id"], _ = ByID(name)
	}
	for name, text := range texts {
		ms := relPattern.FindAllStringSubmatch(text, -1)
		for _, m := range ms {
			for _, typ := range strings.Split(m[1], "|") {
				if !schema.IsRelType(typ) {
					t.Errorf("%s names relationship type %s, which is not in the schema", name, typ)
				}
			}
		}
	}
	want := slices.DeleteFunc(slices.Clone(schema.FactRelTypes), func(s string) bool { return s == "STATUS" })
	if !slices.Equal(EntityRelTypes, want) {
		t.Errorf("EntityRelTypes = %v, want %v", EntityRelTypes, want)
	}
}
