package browser

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/govkg/govkg/graph/export"
	"github.com/govkg/govkg/queries"
	"github.com/govkg/govkg/schema"
)

// TestStyle parses queries/govkg.grass as Browser does and checks what analysts rely
// on: every label and relationship type has a colour, every entity and report shows
// its caption property (written by the build, graph/caption.go), STATUS arrows show
// the year and status, and the captions fit the node sizes they are cut for.
func TestStyle(t *testing.T) {
	st, err := ParseGrass(queries.Style())
	if err != nil {
		t.Fatalf("queries/govkg.grass: %v", err)
	}
	labels := append([]string{schema.LabelReport, schema.LabelSentence, schema.LabelEntity}, schema.EntityLabels...)
	for _, l := range labels {
		sel := "node." + l
		if _, ok := st.Get(sel, "color"); !ok {
			t.Errorf("%s has no color", sel)
		}
		caption, ok := st.Get(sel, "caption")
		switch {
		case !ok:
			t.Errorf("%s has no caption", sel)
		case l == schema.LabelSentence:
			if caption != "{index}" {
				t.Errorf("%s caption %q, want {index}", sel, caption)
			}
		case caption != "{caption}":
			t.Errorf("%s caption %q, want {caption} (the property the build writes)", sel, caption)
		}
		if d, ok := st.Get(sel, "diameter"); l != schema.LabelSentence && (!ok || px(t, d) < 55) {
			t.Errorf("%s diameter %q: a caption line of four Chinese characters needs at least 55px", sel, d)
		}
	}
	for _, rt := range schema.Relationships {
		sel := "relationship." + rt.Type
		if _, ok := st.Get(sel, "color"); !ok {
			t.Errorf("%s has no color", sel)
		}
		if _, ok := st.Get(sel, "caption"); !ok {
			t.Errorf("%s has no caption", sel)
		}
	}
	if c, _ := st.Get("relationship.STATUS", "caption"); !strings.Contains(c, "{status}") || !strings.Contains(c, "{year}") {
		t.Errorf("STATUS caption %q: want the year and the status", c)
	}
	if d, _ := st.Get("node.Report", "diameter"); px(t, d) < 75 {
		t.Errorf("node.Report diameter %s: 政府工作报告 needs 75px", d)
	}

	// The JSON form, which the style favorite runs with :style, is the same style.
	var obj map[string]map[string]string
	if err := json.Unmarshal([]byte(st.JSON()), &obj); err != nil {
		t.Fatalf("style JSON: %v", err)
	}
	if len(obj) != len(st) || obj["node.MetroLine"]["caption"] != "{caption}" || obj["relationship"]["caption"] != "<type>" {
		t.Errorf("style JSON does not hold the style: %v", obj)
	}
	if strings.Contains(st.JSON(), ";") {
		t.Error("style JSON holds a ';': Browser would split the :style favorite into statements")
	}
}

func px(t *testing.T, v string) float64 {
	t.Helper()
	var f float64
	if _, err := fmt.Sscan(strings.TrimSuffix(v, "px"), &f); err != nil {
		t.Errorf("size %q: %v", v, err)
	}
	return f
}

func TestParseGrass(t *testing.T) {
	tests := []struct {
		name, in string
		want     Style
		wantErr  string
	}{
		{"rule", "node.Project {\n  color: #57C7E3;\n  caption: \"{caption}\";\n}\n",
			Style{{"node.Project", []Prop{{"color", "#57C7E3"}, {"caption", "{caption}"}}}}, ""},
		{"several on a line", "relationship { caption: '<type>'; } relationship.STATUS { caption: \"{year} {status}\"; }",
			Style{{"relationship", []Prop{{"caption", "<type>"}}}, {"relationship.STATUS", []Prop{{"caption", "{year} {status}"}}}}, ""},
		{"colon in a value", "node { caption: \"a:b\"; }", nil, "want one name: value"},
		{"bad selector", "nodes.X { color: red; }", nil, "want node or relationship"},
		{"unclosed", "node { color: red;", nil, "ends inside"},
		{"duplicate", "node { color: red; } node { color: blue; }", nil, "a second rule"},
		{"stray brace", "}", nil, "without {"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseGrass(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i].Selector != tt.want[i].Selector || !slices.Equal(got[i].Props, tt.want[i].Props) {
					t.Errorf("rule %d = %v, want %v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestFavorites reads the archive as Browser does (*.cypher files; the folder is the
// directory) and checks each favorite: named by its first line, the style first, every
// saved query and graph view there as one statement with its parameters' values
// written in, so that Browser runs it as a query and shows the result.
func TestFavorites(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteFavorites(&buf); err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := WriteFavorites(&again); err != nil || !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Errorf("the archive is not the same bytes twice (%v)", err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	byFolder := map[string][]string{}
	texts := map[string]string{}
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".cypher") || strings.HasPrefix(f.Name, "/") {
			t.Errorf("%s: Browser imports only NAME.cypher files", f.Name)
		}
		folder, file, _ := strings.Cut(f.Name, "/")
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		text := string(b)
		name := Favorite{Text: text}.Name()
		byFolder[folder] = append(byFolder[folder], name)
		texts[strings.TrimSuffix(file, ".cypher")] = text
	}
	wantFolders := map[string][]queries.Query{QueriesFolder: queries.All(), GraphsFolder: queries.Graphs()}
	for folder, qs := range wantFolders {
		for _, q := range qs {
			text, ok := texts[q.Name]
			if !ok {
				t.Errorf("%s: no favorite", q.Name)
				continue
			}
			if !strings.HasPrefix(text, "// "+q.Name+" — ") || !slices.Contains(byFolder[folder], Favorite{Text: text}.Name()) {
				t.Errorf("%s: not named by its first line in folder %s:\n%s", q.Name, folder, text)
			}
			var n int
			if err := export.SplitStatements(strings.NewReader(text), func(stmt string, _ int) error {
				n++
				if strings.HasPrefix(stmt, ":") {
					t.Errorf("%s: client command %q: Browser would run the favorite as a script and show no result", q.Name, stmt)
				}
				return nil
			}); err != nil || n != 1 {
				t.Errorf("%s: %d statements (%v), want one", q.Name, n, err)
			}
			for _, p := range q.Params {
				if regexp.MustCompile(`\$` + p.Name + `\b`).MatchString(FavoriteBody(text)) {
					t.Errorf("%s: $%s left in the query: Browser would ask for it", q.Name, p.Name)
				}
				if !strings.Contains(text, "// $"+p.Name+" = ") {
					t.Errorf("%s: no comment line gives $%s's value", q.Name, p.Name)
				}
			}
			if len(q.Params) == 0 && !strings.Contains(text, strings.TrimSpace(q.Body())) {
				t.Errorf("%s: the favorite does not hold the query", q.Name)
			}
		}
	}
	style := texts["0-style"]
	if !strings.HasPrefix(style, "// "+StyleFavoriteName+"\n:style {") || strings.Contains(style, ";") {
		t.Errorf("style favorite:\n%.200s", style)
	}
	if names := byFolder[QueriesFolder]; len(names) == 0 || names[0] != StyleFavoriteName {
		t.Errorf("folder %s starts with %v, want the style first", QueriesFolder, names[:min(len(names), 1)])
	}
}

func TestURL(t *testing.T) {
	first, err := FirstQuery("bin/govkg-browser.zip")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name   string
		c      Connection
		editor []string
		want   []string // substrings of the URL
		absent []string
	}{
		{"local", Connection{HTTP: "http://127.0.0.1:7474", Bolt: "bolt://127.0.0.1:7687", NoAuth: true}, first,
			[]string{"http://127.0.0.1:7474/browser/?dbms=bolt%3A%2F%2F127.0.0.1%3A7687", "&preselectAuthMethod=NO_AUTH", "&cmd=edit&arg="}, nil},
		{"with a user", Connection{HTTP: "http://db:7474/", Bolt: "neo4j://db:7687"}, nil,
			[]string{"http://db:7474/browser/?dbms=neo4j%3A%2F%2Fdb%3A7687"}, []string{"NO_AUTH", "cmd="}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			u, err := URL(tt.c, tt.editor)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(u, w) {
					t.Errorf("URL %s lacks %s", u, w)
				}
			}
			for _, a := range tt.absent {
				if strings.Contains(u, a) {
					t.Errorf("URL %s holds %s", u, a)
				}
			}
			// What Browser puts in the editor: it replaces + by a space, decodes the
			// whole URL, and joins the arg values with newlines.
			dec, err := url.PathUnescape(strings.ReplaceAll(u, "+", " "))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range regexp.MustCompile(`[?&]arg=([^&#]*)`).FindAllStringSubmatch(dec, -1) {
				got = append(got, m[1])
			}
			if !slices.Equal(got, tt.editor) {
				t.Errorf("Browser's editor would get\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.editor, "\n"))
			}
		})
	}
	if _, err := URL(Connection{HTTP: "http://x:7474", Bolt: "bolt://x:7687"}, []string{"RETURN 1 // & more"}); err == nil {
		t.Error("an editor line with & must be refused")
	}
	if all := strings.Join(first, "\n"); !strings.Contains(all, "bin/govkg-browser.zip") || !strings.Contains(all, ">= 2\n") || strings.Contains(FavoriteBody(all), "$") {
		t.Errorf("first query:\n%s", strings.Join(first, "\n"))
	}
}
