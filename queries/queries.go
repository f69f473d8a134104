// Package queries holds govkg's saved Cypher queries: plain .cypher files an analyst can
// open in Neo4j Browser, embedded in the binary so `govkg query run` needs nothing else.
// Each file starts with a comment header that names the query, states the question it
// answers, declares its parameters with defaults and lists the columns it returns:
//
//	// name: metro-lines-shared
//	// question: Which metro lines are named by reports of two or more districts?
//	// param: min_districts = 2 | fewest districts whose reports name the line
//	// param: name | a required parameter has no default
//	// param: level = 'district' | the level places are counted at
//	// choices: level = district, city, province
//	// columns: line, districts, sections
//	// :param min_districts => 2
//
// A default is a Cypher literal: an integer, or a string in single quotes. An integer
// parameter is a limit, a count or a year, so it takes whole numbers from 0 up. A
// `choices` line lists the only values a string parameter takes (its default among them);
// Bind refuses any other. The `:param name => value` lines are for Browser users to copy;
// tests check that they agree with the declared defaults.
package queries

import (
	"cmp"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	govkg "github.com/govkg/govkg"
)

//go:embed *.cypher
var files embed.FS

// Param types: how Bind converts a command-line string.
const (
	TypeString = "string"
	TypeInt    = "int"
)

// Param is one $parameter of a saved query.
type Param struct {
	Name        string
	Default     string // the default value, unquoted; meaningless when Required
	Description string
	// Type is TypeInt when the default is an integer literal, else TypeString; Bind
	// converts command-line values accordingly.
	Type string
	// Required is true for a parameter declared without a default.
	Required bool
	// Choices, when set (a `choices` header line), are the only values it takes.
	Choices []string
}

// Query is one saved query.
type Query struct {
	Name     string // the file name without .cypher
	Question string // one line: what the query answers
	Params   []Param
	Columns  []string // the columns the query returns, in order
	Cypher   string   // the whole file, header comments included (valid Cypher)
	// BrowserParams are the `:param name => literal` lines of the header, by name.
	BrowserParams map[string]string
}

var (
	all    []Query
	byName map[string]Query
	// loadErr is kept rather than panicking so a broken file fails tests, not the CLI.
	loadErr error
)

func init() {
	all, loadErr = load(files)
	byName = make(map[string]Query, len(all))
	for _, q := range all {
		byName[q.Name] = q
	}
}

// load parses every .cypher file of fsys, sorted by name.
func load(fsys fs.FS) ([]Query, error) {
	names, err := fs.Glob(fsys, "*.cypher")
	if err != nil {
		return nil, err
	}
	var out []Query
	var errs []string
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		q, err := Parse(strings.TrimSuffix(path.Base(n), ".cypher"), string(b))
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		out = append(out, q)
	}
	slices.SortFunc(out, func(a, b Query) int { return cmp.Compare(a.Name, b.Name) })
	if len(errs) > 0 {
		return out, fmt.Errorf("saved queries: %s", strings.Join(errs, "; "))
	}
	return out, nil
}

// All returns every saved query, sorted by name.
func All() []Query { return slices.Clone(all) }

// LoadError reports a saved query file whose header could not be parsed (nil when all
// are fine); such a file is left out of All.
func LoadError() error { return loadErr }

// Get returns the saved query with the given name.
func Get(name string) (Query, bool) {
	q, ok := byName[name]
	return q, ok
}

// Names returns the names of all saved queries, sorted.
func Names() []string {
	out := make([]string, len(all))
	for i, q := range all {
		out[i] = q.Name
	}
	return out
}

var (
	identRE       = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	browserLineRE = regexp.MustCompile(`^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?)\s*;?$`)
	intRE         = regexp.MustCompile(`^-?[0-9]+$`)
)

// Parse reads the header of one saved query file. The header is the run of `//`
// comment lines at the top of the file.
func Parse(name, text string) (Query, error) {
	q := Query{Cypher: text, BrowserParams: map[string]string{}}
	fail := func(format string, args ...any) (Query, error) {
		return Query{}, fmt.Errorf("%s.cypher: %s", name, fmt.Sprintf(format, args...))
	}
	choices := map[string][]string{}
	var choiceOrder []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if !strings.HasPrefix(line, "//") {
			break // the header ends at the first line of Cypher
		}
		line = strings.TrimSpace(strings.TrimPrefix(line, "//"))
		if m := browserLineRE.FindStringSubmatch(line); m != nil {
			q.BrowserParams[m[1]] = m[2]
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue // free text
		}
		val = strings.TrimSpace(val)
		switch strings.TrimSpace(key) {
		case "name":
			q.Name = val
		case "question":
			q.Question = val
		case "columns":
			for _, c := range strings.Split(val, ",") {
				if c = strings.TrimSpace(c); c != "" {
					q.Columns = append(q.Columns, c)
				}
			}
		case "choices":
			pname, list, ok := strings.Cut(val, "=")
			pname = strings.TrimSpace(pname)
			if !ok || !identRE.MatchString(pname) {
				return fail("bad choices line %q (want: name = a, b, c)", val)
			}
			var vals []string
			for _, v := range strings.Split(list, ",") {
				if v = strings.TrimSpace(v); v != "" {
					vals = append(vals, v)
				}
			}
			if len(vals) == 0 {
				return fail("choices of %s: no values", pname)
			}
			if _, dup := choices[pname]; !dup {
				choiceOrder = append(choiceOrder, pname)
			}
			choices[pname] = vals
		case "param":
			decl, desc, _ := strings.Cut(val, "|")
			pname, lit, hasDefault := strings.Cut(decl, "=")
			pname, lit = strings.TrimSpace(pname), strings.TrimSpace(lit)
			if !identRE.MatchString(pname) {
				return fail("bad param line %q (want: name = default | description)", val)
			}
			p := Param{Name: pname, Description: strings.TrimSpace(desc), Type: TypeString}
			switch {
			case !hasDefault:
				p.Required = true
			case intRE.MatchString(lit):
				p.Default, p.Type = lit, TypeInt
			default:
				s, err := unquote(lit)
				if err != nil {
					return fail("param %s: default %q: %v", p.Name, lit, err)
				}
				p.Default = s
			}
			if slices.ContainsFunc(q.Params, func(o Param) bool { return o.Name == p.Name }) {
				return fail("param %s declared twice", p.Name)
			}
			q.Params = append(q.Params, p)
		}
	}
	for _, pname := range choiceOrder {
		i := slices.IndexFunc(q.Params, func(p Param) bool { return p.Name == pname })
		switch {
		case i < 0:
			return fail("choices for %s, which is not a declared parameter", pname)
		case q.Params[i].Type != TypeString:
			return fail("choices for %s, which is not a string parameter", pname)
		case !q.Params[i].Required && !slices.Contains(choices[pname], q.Params[i].Default):
			return fail("param %s: default %q is not one of its choices %s", pname, q.Params[i].Default, strings.Join(choices[pname], ", "))
		}
		q.Params[i].Choices = choices[pname]
	}
	switch {
	case q.Name == "":
		return fail("header has no name")
	case q.Name != name:
		return fail("header names the query %q, but the file is %s.cypher", q.Name, name)
	case q.Question == "":
		return fail("header has no question")
	case len(q.Columns) == 0:
		return fail("header has no columns")
	}
	return q, nil
}

// unquote reads a single-quoted Cypher string literal (with \' and \\ escapes).
func unquote(lit string) (string, error) {
	if len(lit) < 2 || lit[0] != '\'' || lit[len(lit)-1] != '\'' {
		return "", fmt.Errorf("want an integer or a 'quoted string'")
	}
	body := lit[1 : len(lit)-1]
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c == '\\' && i+1 < len(body) {
			i++
			b.WriteByte(body[i])
			continue
		}
		if c == '\'' {
			return "", fmt.Errorf("unescaped quote")
		}
		b.WriteByte(c)
	}
	return b.String(), nil
}

// Literal renders a parameter's default as the Cypher literal of its `:param` line.
func (p Param) Literal() string {
	if p.Type == TypeInt {
		return p.Default
	}
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(p.Default) + "'"
}

var paramRefRE = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)

// Body returns the Cypher without its comment lines, for checks that must not see the
// header (such as which $parameters the query uses).
func (q Query) Body() string {
	var b strings.Builder
	for _, line := range strings.Split(q.Cypher, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "//") {
			continue
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}

// UsedParams returns the distinct $parameters the Cypher body refers to, sorted.
func (q Query) UsedParams() []string {
	var out []string
	for _, m := range paramRefRE.FindAllStringSubmatch(q.Body(), -1) {
		if !slices.Contains(out, m[1]) {
			out = append(out, m[1])
		}
	}
	slices.Sort(out)
	return out
}

// ParamNames returns the declared parameter names in header order.
func (q Query) ParamNames() []string {
	out := make([]string, len(q.Params))
	for i, p := range q.Params {
		out[i] = p.Name
	}
	return out
}

// Bind turns command-line values into the query's parameter map: declared defaults
// fill what is not given, integer parameters are converted, and an unknown name, a
// missing required parameter, a malformed integer, a negative one (which the server
// would refuse as a LIMIT) or a value outside a parameter's choices is a usage error
// naming what the query takes.
func Bind(q Query, given map[string]string) (map[string]any, error) {
	declared := map[string]Param{}
	for _, p := range q.Params {
		declared[p.Name] = p
	}
	takes := func() string {
		if len(q.Params) == 0 {
			return "it takes no parameters"
		}
		parts := make([]string, len(q.Params))
		for i, p := range q.Params {
			if p.Required {
				parts[i] = p.Name + " (required)"
			} else {
				parts[i] = p.Name + "=" + p.Default
			}
		}
		return "it takes " + strings.Join(parts, ", ")
	}
	var unknown []string
	for k := range given {
		if _, ok := declared[k]; !ok {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		return nil, govkg.Errorf(govkg.EUSAGE, "query %s has no parameter %s; %s", q.Name, strings.Join(unknown, ", "), takes())
	}
	out := make(map[string]any, len(q.Params))
	var missing []string
	for _, p := range q.Params {
		v, ok := given[p.Name]
		if !ok {
			if p.Required {
				missing = append(missing, p.Name)
				continue
			}
			v = p.Default
		}
		if p.Type == TypeInt {
			n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			if err != nil {
				return nil, govkg.Errorf(govkg.EUSAGE, "query %s: parameter %s wants an integer, got %q", q.Name, p.Name, v)
			}
			if n < 0 {
				return nil, govkg.Errorf(govkg.EUSAGE, "query %s: parameter %s wants a number from 0 up, got %d", q.Name, p.Name, n)
			}
			out[p.Name] = n
			continue
		}
		if len(p.Choices) > 0 && !slices.Contains(p.Choices, v) {
			return nil, govkg.Errorf(govkg.EUSAGE, "query %s: parameter %s wants one of %s, got %q", q.Name, p.Name, strings.Join(p.Choices, ", "), v)
		}
		out[p.Name] = v
	}
	if len(missing) > 0 {
		return nil, govkg.Errorf(govkg.EUSAGE, "query %s needs --param %s=VALUE; %s", q.Name, strings.Join(missing, "=VALUE --param "), takes())
	}
	return out, nil
}

// Suggest returns the saved query names closest to name (by edit distance, or sharing a
// word with it), best first, for "did you mean" hints.
func Suggest(name string) []string {
	type cand struct {
		name string
		d    int
	}
	var cs []cand
	for _, n := range Names() {
		d := distance(name, n)
		shared := false
		for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' || r == ' ' }) {
			if len(w) >= 3 && strings.Contains(n, strings.ToLower(w)) {
				shared = true
			}
		}
		if d <= max(2, len(name)/3) || shared {
			cs = append(cs, cand{n, d})
		}
	}
	slices.SortFunc(cs, func(a, b cand) int { return cmp.Or(cmp.Compare(a.d, b.d), cmp.Compare(a.name, b.name)) })
	out := make([]string, 0, 3)
	for i := 0; i < len(cs) && i < 3; i++ {
		out = append(out, cs[i].name)
	}
	return out
}

// distance is the Levenshtein distance between a and b, by runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
