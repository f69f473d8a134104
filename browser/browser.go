// Package browser is what Neo4j Browser needs to show govkg's graph: the style
// (queries/govkg.grass) parsed as Browser parses it, the saved queries and graph views
// as a favorites archive, and a URL that connects to the server and opens a first query.
//
// What Browser 5.24 (the version scripts/neo4j installs) offers, from its source:
//
//   - Dropping one file on its window (FileDrop): a *.grass file becomes the style; a
//     *.zip becomes favorites, one per *.cypher file in it, in a folder named by the
//     file's directory in the archive; a *.cypher file can be saved as a favorite or
//     pasted. There is no import button, and no other extension is accepted.
//   - A favorite's name is its first line without the leading "//"; favorites are
//     sorted by name. Running one runs its text. Several statements separated by ";"
//     run as a script (of the client commands only :param, :use and :auto may be among
//     them), whose frame lists the statements with their row counts but shows no
//     result: so each favorite is one statement, with its parameters' values written
//     in. A text that is one client command, such as :style followed by a style in
//     JSON (which has no ";"), runs as that command, comment lines dropped.
//   - URL parameters: dbms (the Bolt URL of the connection form), preselectAuthMethod
//     (NO_AUTH connects at once, without a form), cmd=edit&arg=LINE&arg=LINE (puts the
//     lines in the editor; only cmd=play and cmd=guide run anything, and they fetch
//     guides from allow-listed web hosts, which a local install has none to serve).
//     Browser decodes the whole URL before it reads arg, so an argument can hold
//     neither "&" nor "#".
//   - Guides (:guide URL) need an HTTP server on an allow-listed host; favorites need
//     none, so govkg's saved queries go to Browser as favorites.
package browser

import (
	"archive/zip"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/govkg/govkg/queries"
)

// Rule is one rule of a Browser style: a selector (node, node.Label, relationship,
// relationship.TYPE) and its properties in file order.
type Rule struct {
	Selector string
	Props    []Prop
}

// Prop is one property of a style rule, with the value as Browser keeps it (quotes
// removed).
type Prop struct{ Name, Value string }

// Style is a Browser style: its rules in file order (a later rule wins).
type Style []Rule

// Get returns the value of property name in the rule for selector, and whether there
// is one.
func (s Style) Get(selector, name string) (string, bool) {
	for _, r := range s {
		if r.Selector != selector {
			continue
		}
		for _, p := range r.Props {
			if p.Name == name {
				return p.Value, true
			}
		}
	}
	return "", false
}

// ParseGrass reads a style in Browser's grass syntax, `selector { name: value; … }`,
// as Browser's parser does (shared/services/grassUtils.ts): quotes are dropped, braces
// inside a property value (as in caption: "{name}") belong to the value, and a
// property without exactly one ":" is ignored by Browser, so here it is an error, as
// are a selector other than node or relationship with optional .Class parts, a rule
// that does not close, and a duplicate selector (Browser keeps only the last).
func ParseGrass(text string) (Style, error) {
	var out Style
	seen := map[string]bool{}
	var keyword, props strings.Builder
	inString, inProps, inBinding := false, false, false
	line := 1
	for _, c := range text {
		if c == '\n' {
			line++
		}
		switch {
		case c == '"' || c == '\'':
			inString = !inString
			continue
		case c == '{' && !inString:
			if inProps {
				inBinding = true
			} else {
				inProps = true
				continue
			}
		case c == '}' && !inString:
			if inBinding {
				inBinding = false
			} else {
				if !inProps {
					return nil, fmt.Errorf("line %d: } without {", line)
				}
				inProps = false
				r, err := parseRule(keyword.String(), props.String())
				if err != nil {
					return nil, fmt.Errorf("line %d: %v", line, err)
				}
				if seen[r.Selector] {
					return nil, fmt.Errorf("line %d: a second rule for %s (Browser keeps only the last)", line, r.Selector)
				}
				seen[r.Selector] = true
				out = append(out, r)
				keyword.Reset()
				props.Reset()
				continue
			}
		}
		if inProps {
			props.WriteRune(c)
		} else if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			keyword.WriteRune(c)
		}
	}
	if inProps || inString || strings.TrimSpace(keyword.String()) != "" {
		return nil, fmt.Errorf("the style ends inside a rule or a string")
	}
	return out, nil
}

func parseRule(selector, body string) (Rule, error) {
	tag, classes, _ := strings.Cut(selector, ".")
	if tag != "node" && tag != "relationship" {
		return Rule{}, fmt.Errorf("selector %q: want node or relationship, optionally with .Label", selector)
	}
	for _, c := range strings.Split(classes, ".") {
		if classes != "" && c == "" {
			return Rule{}, fmt.Errorf("selector %q: empty class", selector)
		}
	}
	r := Rule{Selector: selector}
	for _, decl := range strings.Split(body, ";") {
		if strings.TrimSpace(decl) == "" {
			continue
		}
		kv := strings.Split(decl, ":")
		if len(kv) != 2 {
			return Rule{}, fmt.Errorf("%s: property %q: want one name: value (Browser drops anything else)", selector, strings.TrimSpace(decl))
		}
		r.Props = append(r.Props, Prop{Name: strings.TrimSpace(kv[0]), Value: strings.TrimSpace(kv[1])})
	}
	return r, nil
}

// JSON renders the style as the JSON object Browser keeps (selector → property →
// value), which `:style` also takes; it holds no ";", so it can be one favorite.
func (s Style) JSON() string {
	var b strings.Builder
	b.WriteByte('{')
	for i, r := range s {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(jsonString(r.Selector))
		b.WriteString(":{")
		for j, p := range r.Props {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteString(jsonString(p.Name) + ":" + jsonString(p.Value))
		}
		b.WriteByte('}')
	}
	b.WriteByte('}')
	return b.String()
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// Folders of the favorites archive: Browser makes one favorites folder of each.
const (
	QueriesFolder = "govkg"
	GraphsFolder  = "govkg graphs"
)

// StyleFavoriteName is the name of the favorite that applies the style.
const StyleFavoriteName = "0 style: run once for govkg's colours and captions"

// Favorite is one Browser favorite: the file it comes from in the archive and its text,
// whose first line is its name.
type Favorite struct {
	Path, Text string
}

// Name is the favorite's name as Browser shows it: its first line without "//".
func (f Favorite) Name() string {
	first, _, _ := strings.Cut(f.Text, "\n")
	return strings.TrimSpace(strings.TrimPrefix(first, "//"))
}

// Favorites returns the favorites of the archive: the style, every saved query in
// folder govkg and every graph view in folder "govkg graphs" (see FavoriteText).
func Favorites() ([]Favorite, error) {
	st, err := ParseGrass(queries.Style())
	if err != nil {
		return nil, fmt.Errorf("queries/govkg.grass: %v", err)
	}
	favs := []Favorite{{Path: QueriesFolder + "/0-style.cypher",
		Text: "// " + StyleFavoriteName + "\n:style " + st.JSON() + "\n"}}
	if err := queries.LoadError(); err != nil {
		return nil, err
	}
	if err := queries.GraphsLoadError(); err != nil {
		return nil, err
	}
	for _, set := range []struct {
		folder string
		qs     []queries.Query
	}{{QueriesFolder, queries.All()}, {GraphsFolder, queries.Graphs()}} {
		for _, q := range set.qs {
			favs = append(favs, Favorite{Path: set.folder + "/" + q.Name + ".cypher", Text: FavoriteText(q)})
		}
	}
	return favs, nil
}

var paramRef = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)

// FavoriteText is the text of the favorite of a saved query: "// NAME — QUESTION", a
// comment line per parameter with its value, the columns, and the query with each
// $parameter replaced by that value as a Cypher literal (the default, or the example
// of the header's :param line).
//
// The values are written into the query because Browser shows the result of a single
// statement only: a favorite of :param lines and the query would run as a script,
// whose frame lists the statements and their row counts but draws no graph or table.
// To ask again with other values, an analyst edits them in the query.
func FavoriteText(q queries.Query) string {
	var b strings.Builder
	fmt.Fprintf(&b, "// %s — %s\n", q.Name, q.Question)
	lits := map[string]string{}
	for _, p := range q.Params {
		lit, ok := q.BrowserParams[p.Name]
		if !ok {
			lit = p.Literal()
		}
		lit = strings.TrimSuffix(lit, ";")
		lits[p.Name] = lit
		fmt.Fprintf(&b, "// $%s = %s: %s (written into the query below; edit it there)\n", p.Name, lit, p.Description)
	}
	fmt.Fprintf(&b, "// columns: %s\n", strings.Join(q.Columns, ", "))
	body := paramRef.ReplaceAllStringFunc(strings.TrimSpace(q.Body()), func(ref string) string {
		if lit, ok := lits[ref[1:]]; ok {
			return lit
		}
		return ref
	})
	b.WriteString(body)
	b.WriteByte('\n')
	return b.String()
}

// FavoriteBody is a favorite's text without its comment lines.
func FavoriteBody(text string) string {
	var b strings.Builder
	for _, l := range strings.Split(text, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "//") {
			b.WriteString(l + "\n")
		}
	}
	return b.String()
}

// WriteFavorites writes the favorites as the zip archive Browser imports when it is
// dropped on its window. The archive is the same bytes for the same queries.
func WriteFavorites(w io.Writer) error {
	favs, err := Favorites()
	if err != nil {
		return err
	}
	zw := zip.NewWriter(w)
	stamp := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, f := range favs {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: f.Path, Method: zip.Deflate, Modified: stamp})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(fw, f.Text); err != nil {
			return err
		}
	}
	return zw.Close()
}

// Connection is what the Browser URL connects to.
type Connection struct {
	// HTTP is the server's HTTP address, e.g. http://127.0.0.1:7474; Browser is at
	// /browser/ below it.
	HTTP string
	// Bolt is the Bolt URI Browser connects to, e.g. bolt://127.0.0.1:7687.
	Bolt string
	// NoAuth connects without a user name and password, at once.
	NoAuth bool
}

// URL returns the Browser address that fills the connection form with c (and, with
// NoAuth, connects) and puts the editor lines in the editor. A line may hold neither
// "&" nor "#" (Browser would cut it there).
func URL(c Connection, editor []string) (string, error) {
	v := []string{"dbms=" + url.QueryEscape(c.Bolt)}
	if c.NoAuth {
		v = append(v, "preselectAuthMethod=NO_AUTH")
	}
	if len(editor) > 0 {
		v = append(v, "cmd=edit")
		for _, l := range editor {
			if strings.ContainsAny(l, "&#") {
				return "", fmt.Errorf("editor line %q: Browser cuts arguments at & and #", l)
			}
			v = append(v, "arg="+url.QueryEscape(l))
		}
	}
	return strings.TrimSuffix(c.HTTP, "/") + "/browser/?" + strings.Join(v, "&"), nil
}

// FirstQuery is what the Browser URL puts in the editor: the graph view of the metro
// lines several districts' reports name, its parameter written in, after a line on
// where the saved queries are: in the favorites archive at favorites (the path
// WriteFavorites wrote, if any).
func FirstQuery(favorites string) ([]string, error) {
	drop := "govkg browser --favorites FILE.zip writes them; drop the file here"
	if favorites != "" {
		drop = "drop " + favorites + " here, then open Favorites"
	}
	for _, q := range queries.Graphs() {
		if q.Name != "metro-lines-graph" {
			continue
		}
		lines := []string{"// govkg: metro lines that several districts' reports name; run with Ctrl+Enter. Saved queries: " + drop + "."}
		for _, l := range strings.Split(strings.TrimSpace(FavoriteBody(FavoriteText(q))), "\n") {
			lines = append(lines, strings.TrimRight(l, " "))
		}
		return lines, nil
	}
	return nil, fmt.Errorf("no graph view metro-lines-graph")
}
