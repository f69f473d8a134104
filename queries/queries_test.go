package queries

import (
	"errors"
	"io/fs"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/schema"
)

// writeClause finds Cypher that would change the graph; saved queries only read.
var writeClause = regexp.MustCompile(`(?i)\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|LOAD\s+CSV)\b|IN\s+TRANSACTIONS`)

func TestEmbeddedQueries(t *testing.T) {
	if err := LoadError(); err != nil {
		t.Fatalf("a saved query does not parse: %v", err)
	}
	files, err := fs.Glob(files, "*.cypher")
	if err != nil {
		t.Fatal(err)
	}
	all := All()
	if len(all) != len(files) {
		t.Fatalf("%d .cypher files but %d queries loaded", len(files), len(all))
	}
	if len(all) < 12 {
		t.Errorf("only %d saved queries; want at least 12", len(all))
	}
	if !slices.IsSortedFunc(all, func(a, b Query) int { return strings.Compare(a.Name, b.Name) }) {
		t.Errorf("All() is not sorted by name: %v", Names())
	}
	for i, q := range all {
		t.Run(q.Name, func(t *testing.T) {
			if q.Name+".cypher" != files[i] {
				t.Errorf("query %q comes from file %s", q.Name, files[i])
			}
			if got, ok := Get(q.Name); !ok || got.Cypher != q.Cypher {
				t.Errorf("Get(%q) = %v, %v", q.Name, got.Name, ok)
			}
			if q.Question == "" || strings.Contains(q.Question, "\n") || !strings.HasSuffix(q.Question, "?") {
				t.Errorf("question %q: want one line ending in ?", q.Question)
			}
			checkColumns(t, q)
			declared := q.ParamNames()
			slices.Sort(declared)
			if used := q.UsedParams(); !slices.Equal(declared, used) {
				t.Errorf("declared params %v, but the Cypher uses %v", declared, used)
			}
			for _, p := range q.Params {
				checkParam(t, q, p)
			}
			if m := writeClause.FindString(q.Body()); m != "" {
				t.Errorf("saved query writes: %q", m)
			}
			if strings.Contains(q.Body(), ";") {
				t.Errorf("one statement per file, without a trailing semicolon")
			}
		})
	}
}

func checkColumns(t *testing.T, q Query) {
	t.Helper()
	if len(q.Columns) == 0 {
		t.Fatalf("no columns declared")
	}
	seen := map[string]bool{}
	for _, c := range q.Columns {
		if seen[c] {
			t.Errorf("column %q declared twice", c)
		}
		seen[c] = true
		if !regexp.MustCompile(`(?m)AS\s+` + regexp.QuoteMeta(c) + `\b|RETURN\s+(DISTINCT\s+)?` + regexp.QuoteMeta(c) + `\b|,\s*` + regexp.QuoteMeta(c) + `\s*(,|$)`).MatchString(q.Body()) {
			t.Errorf("column %q is not returned by the Cypher", c)
		}
	}
}

func checkParam(t *testing.T, q Query, p Param) {
	t.Helper()
	if p.Description == "" {
		t.Errorf("param %s has no description", p.Name)
	}
	lit, ok := q.BrowserParams[p.Name]
	if !ok {
		t.Errorf("param %s has no `:param %s => …` line for Browser users", p.Name, p.Name)
		return
	}
	if !p.Required && lit != p.Literal() {
		t.Errorf(":param %s => %s, but the declared default is %s", p.Name, lit, p.Literal())
	}
	if p.Type == TypeInt && !intRE.MatchString(lit) {
		t.Errorf(":param %s => %s is not an integer", p.Name, lit)
	}
}

func TestParse(t *testing.T) {
	const body = "\nMATCH (n) RETURN n.name AS name\n"
	tests := []struct {
		name    string
		text    string
		wantErr string
		check   func(t *testing.T, q Query)
	}{
		{
			name: "full",
			text: "// name: full\n// question: What?\n// param: n = 2 | how many\n// param: s = 'a \\'b\\'' | text\n// param: req | needed\n// columns: name, count\n// :param n => 2\n" + body,
			check: func(t *testing.T, q Query) {
				want := []Param{
					{Name: "n", Default: "2", Description: "how many", Type: TypeInt},
					{Name: "s", Default: "a 'b'", Description: "text", Type: TypeString},
					{Name: "req", Description: "needed", Type: TypeString, Required: true},
				}
				if !reflect.DeepEqual(q.Params, want) {
					t.Errorf("params = %+v, want %+v", q.Params, want)
				}
				if !slices.Equal(q.Columns, []string{"name", "count"}) {
					t.Errorf("columns = %v", q.Columns)
				}
				if q.BrowserParams["n"] != "2" {
					t.Errorf("browser params = %v", q.BrowserParams)
				}
				if q.Question != "What?" {
					t.Errorf("question = %q", q.Question)
				}
			},
		},
		{name: "empty-default", text: "// name: empty-default\n// question: Q?\n// param: d = '' | any\n// columns: a\n" + body,
			check: func(t *testing.T, q Query) {
				if p := q.Params[0]; p.Default != "" || p.Required || p.Type != TypeString || p.Literal() != "''" {
					t.Errorf("param = %+v", p)
				}
			}},
		{name: "header-ends-at-cypher", text: "// name: header-ends-at-cypher\n// question: Q?\n// columns: a\nMATCH (n)\n// param: late = 1 | ignored\nRETURN 1 AS a\n",
			check: func(t *testing.T, q Query) {
				if len(q.Params) != 0 {
					t.Errorf("a comment after the Cypher started was read as header: %+v", q.Params)
				}
			}},
		{name: "no-name", text: "// question: Q?\n// columns: a\n" + body, wantErr: "no name"},
		{name: "other", text: "// name: mismatch\n// question: Q?\n// columns: a\n" + body, wantErr: "file is other.cypher"},
		{name: "no-question", text: "// name: no-question\n// columns: a\n" + body, wantErr: "no question"},
		{name: "no-columns", text: "// name: no-columns\n// question: Q?\n" + body, wantErr: "no columns"},
		{name: "bad-param", text: "// name: bad-param\n// question: Q?\n// param: 1x = 2\n// columns: a\n" + body, wantErr: "bad param line"},
		{name: "bad-default", text: "// name: bad-default\n// question: Q?\n// param: x = abc | unquoted\n// columns: a\n" + body, wantErr: "want an integer or a 'quoted string'"},
		{name: "choices", text: "// name: choices\n// question: Q?\n// param: level = 'city' | at which level\n// choices: level = district, city , province\n// columns: a\n" + body,
			check: func(t *testing.T, q Query) {
				if p := q.Params[0]; !slices.Equal(p.Choices, []string{"district", "city", "province"}) || p.Default != "city" {
					t.Errorf("param = %+v", p)
				}
			}},
		{name: "choices-undeclared", text: "// name: choices-undeclared\n// question: Q?\n// choices: level = a, b\n// columns: a\n" + body, wantErr: "not a declared parameter"},
		{name: "choices-default", text: "// name: choices-default\n// question: Q?\n// param: level = 'town' | x\n// choices: level = district, city\n// columns: a\n" + body, wantErr: `default "town" is not one of its choices district, city`},
		{name: "choices-int", text: "// name: choices-int\n// question: Q?\n// param: n = 1 | x\n// choices: n = 1, 2\n// columns: a\n" + body, wantErr: "not a string parameter"},
		{name: "twice", text: "// name: twice\n// question: Q?\n// param: x = 1 | a\n// param: x = 2 | b\n// columns: a\n" + body, wantErr: "declared twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := Parse(tt.name, tt.text)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want it to contain %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, q)
		})
	}
}

func TestLoadReportsBrokenFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"good.cypher": {Data: []byte("// name: good\n// question: Q?\n// columns: a\nRETURN 1 AS a\n")},
		"bad.cypher":  {Data: []byte("RETURN 1 AS a\n")},
	}
	qs, err := load(fsys)
	if err == nil || !strings.Contains(err.Error(), "bad.cypher") {
		t.Errorf("err = %v, want one naming bad.cypher", err)
	}
	if len(qs) != 1 || qs[0].Name != "good" {
		t.Errorf("queries = %+v, want only good", qs)
	}
}

func TestBind(t *testing.T) {
	q := Query{Name: "q", Params: []Param{
		{Name: "n", Default: "2", Type: TypeInt},
		{Name: "s", Default: "百千万工程", Type: TypeString},
		{Name: "req", Type: TypeString, Required: true},
		{Name: "level", Default: "district", Type: TypeString, Choices: []string{"district", "city", "province"}},
	}}
	tests := []struct {
		name    string
		given   map[string]string
		want    map[string]any
		wantErr string
	}{
		{name: "defaults", given: map[string]string{"req": "x"}, want: map[string]any{"n": int64(2), "s": "百千万工程", "req": "x", "level": "district"}},
		{name: "overrides", given: map[string]string{"req": "x", "n": " 7", "s": "", "level": "province"}, want: map[string]any{"n": int64(7), "s": "", "req": "x", "level": "province"}},
		{name: "zero", given: map[string]string{"req": "x", "n": "0"}, want: map[string]any{"n": int64(0), "s": "百千万工程", "req": "x", "level": "district"}},
		// issue 17, D9: limit=-5 reached the server and came back as its error, exit 1
		{name: "negative int", given: map[string]string{"req": "x", "n": "-3"}, wantErr: "parameter n wants a number from 0 up, got -3"},
		{name: "unknown", given: map[string]string{"req": "x", "zz": "1", "aa": "2"}, wantErr: "has no parameter aa, zz; it takes n=2, s=百千万工程, req (required), level=district"},
		{name: "not a choice", given: map[string]string{"req": "x", "level": "town"}, wantErr: `parameter level wants one of district, city, province, got "town"`},
		{name: "missing", given: map[string]string{}, wantErr: "needs --param req=VALUE"},
		{name: "not an int", given: map[string]string{"req": "x", "n": "two"}, wantErr: `parameter n wants an integer, got "two"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Bind(q, tt.given)
			if tt.wantErr != "" {
				var ge *govkg.Error
				if !errors.As(err, &ge) || ge.Code != govkg.EUSAGE || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want a usage error containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("%s = %#v, want %#v", k, got[k], v)
				}
			}
		})
	}
}

func TestBindEverySavedQueryDefaults(t *testing.T) {
	for _, q := range All() {
		given := map[string]string{}
		for _, p := range q.Params {
			if p.Required {
				given[p.Name] = "x"
			}
		}
		params, err := Bind(q, given)
		if err != nil {
			t.Errorf("%s: %v", q.Name, err)
			continue
		}
		for _, p := range q.Params {
			if _, ok := params[p.Name]; !ok {
				t.Errorf("%s: parameter %s not bound", q.Name, p.Name)
			}
		}
	}
}

func TestSuggest(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"metro", "metro-lines-shared"},
		{"promise-trackin", "promise-tracking"},
		{"assistance", "assistance-links"},
	}
	for _, tt := range tests {
		if got := Suggest(tt.in); !slices.Contains(got, tt.want) {
			t.Errorf("Suggest(%q) = %v, want it to include %s", tt.in, got, tt.want)
		}
	}
	if got := Suggest("zzzzzzzzzzzzzzzz"); len(got) != 0 {
		t.Errorf("Suggest(nonsense) = %v, want nothing", got)
	}
}

func TestLiteral(t *testing.T) {
	for _, p := range []Param{{Default: "5", Type: TypeInt}, {Default: `it's a \ test`, Type: TypeString}, {Default: "", Type: TypeString}} {
		back, err := unquote(p.Literal())
		if p.Type == TypeInt {
			back, err = p.Literal(), nil
		}
		if err != nil || back != p.Default {
			t.Errorf("Literal(%q) = %s, reads back as %q, %v", p.Default, p.Literal(), back, err)
		}
	}
}

// TestBrowserStyle checks that govkg.grass styles every label and relationship type
// of the schema, captions entities by the caption the build writes and relationships
// by type (STATUS by year and status, ASSISTS by kind), and has no comments (Neo4j
// Browser's GraSS parser does not know them). Package browser parses it as Browser
// does (TestStyle).
func TestBrowserStyle(t *testing.T) {
	b, err := os.ReadFile("govkg.grass")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	if text != Style() {
		t.Error("Style() is not govkg.grass")
	}
	if strings.Contains(text, "/*") || strings.Contains(text, "//") {
		t.Errorf("govkg.grass has a comment")
	}
	rule := func(sel string) string {
		re := regexp.MustCompile(`(?ms)^` + regexp.QuoteMeta(sel) + ` \{(.*?)\}$`)
		m := re.FindStringSubmatch(text)
		if m == nil {
			t.Errorf("no rule for %s", sel)
			return ""
		}
		return m[1]
	}
	for _, l := range schema.EntityLabels {
		body := rule("node." + l)
		if !regexp.MustCompile(`(?m)^\s*caption: "\{caption\}";`).MatchString(body) || !regexp.MustCompile(`(?m)^\s*color: #`).MatchString(body) {
			t.Errorf("node.%s: want a colour and caption {caption}: %q", l, body)
		}
	}
	for _, l := range []string{schema.LabelReport, schema.LabelSentence} {
		if body := rule("node." + l); !strings.Contains(body, "color: #") || !strings.Contains(body, "caption:") {
			t.Errorf("node.%s: want a colour and a caption: %q", l, body)
		}
	}
	for _, r := range schema.RelTypes {
		want := `<type>`
		switch r {
		case "STATUS":
			want = `{year} {status}`
		case "ASSISTS":
			want = `ASSISTS {kind}`
		}
		if body := rule("relationship." + r); !strings.Contains(body, `caption: "`+want+`";`) {
			t.Errorf("relationship.%s: want caption %s: %q", r, want, body)
		}
	}
}
