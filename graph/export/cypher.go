package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/govkg/govkg/graph/property"
	"github.com/govkg/govkg/schema"
)

// Cypher writes a script that rebuilds the graph in an empty database: the schema
// (constraints and indexes, IF NOT EXISTS), then one statement per line per node
// (MERGE on the key label's id, SET every property, add the other labels) and per
// relationship (MATCH both ends by id, MERGE on the identity properties, SET the
// rest). Every statement is idempotent, so running the script twice changes nothing.
// Values are literals, escaped so any name is safe (see Literal); only labels, types
// and keys, quoted with schema.Quote, are spliced as names.
type Cypher struct {
	w *bufio.Writer
}

// NewCypher returns a Cypher script writer on w and writes the script's header and
// schema statements.
func NewCypher(w io.Writer) *Cypher {
	c := &Cypher{w: bufio.NewWriterSize(w, 1<<16)}
	c.w.WriteString("// govkg graph export: Cypher that rebuilds the graph in an empty Neo4j database.\n" +
		"// One statement per line, each idempotent. Load it with: govkg cypher --write -f FILE\n")
	for _, s := range schema.Statements() {
		c.w.WriteString(s + ";\n")
	}
	fmt.Fprintf(c.w, "MERGE (s:%s {id: %s}) SET s.version = %d;\n", schema.Quote(schema.LabelSchema), Literal(schema.SchemaNodeID), schema.Version)
	return c
}

// WriteNode writes one MERGE statement.
func (c *Cypher) WriteNode(n Node) error {
	key := KeyLabel(n.Labels)
	props := normalizeProps(n.Props)
	if _, ok := props["id"]; !ok {
		props["id"] = n.ID
	}
	c.w.WriteString("MERGE (n")
	if key != "" {
		c.w.WriteString(":" + schema.Quote(key))
	}
	c.w.WriteString(" {id: " + Literal(n.ID) + "}) SET n = " + mapLiteral(props, nil))
	var extra []string
	for _, l := range n.Labels {
		if l != key {
			extra = append(extra, schema.Quote(l))
		}
	}
	if len(extra) > 0 {
		c.w.WriteString(" SET n:" + strings.Join(extra, ":"))
	}
	_, err := c.w.WriteString(";\n")
	return err
}

// WriteRelationship writes one MATCH … MERGE statement.
func (c *Cypher) WriteRelationship(r Relationship) error {
	props := normalizeProps(r.Props)
	ident := map[string]bool{}
	for _, k := range IdentityKeys(r.Type) {
		if _, ok := props[k]; ok {
			ident[k] = true
		}
	}
	c.w.WriteString("MATCH (a" + labelPart(r.StartLabel) + " {id: " + Literal(r.Start) + "}) ")
	c.w.WriteString("MATCH (b" + labelPart(r.EndLabel) + " {id: " + Literal(r.End) + "}) ")
	c.w.WriteString("MERGE (a)-[r:" + schema.Quote(r.Type))
	if len(ident) > 0 {
		c.w.WriteString(" " + mapLiteral(props, ident))
	}
	c.w.WriteString("]->(b)")
	if len(props) > len(ident) {
		c.w.WriteString(" SET r = " + mapLiteral(props, nil))
	}
	_, err := c.w.WriteString(";\n")
	return err
}

func labelPart(l string) string {
	if l == "" {
		return ""
	}
	return ":" + schema.Quote(l)
}

// mapLiteral renders props (only the keys in only, if set) as a Cypher map literal
// with sorted keys.
func mapLiteral(props map[string]any, only map[string]bool) string {
	var b strings.Builder
	b.WriteByte('{')
	n := 0
	for _, k := range sortedKeys(props) {
		if only != nil && !only[k] {
			continue
		}
		if n > 0 {
			b.WriteString(", ")
		}
		n++
		b.WriteString(schema.Quote(k) + ": " + Literal(props[k]))
	}
	b.WriteByte('}')
	return b.String()
}

// Close flushes the script.
func (c *Cypher) Close() error { return c.w.Flush() }

// Abort drops what is buffered.
func (c *Cypher) Abort() { c.w.Reset(io.Discard) }

// Literal renders a property value as a Cypher literal. Strings are single-quoted with
// backslash escapes for quotes, backslashes and control characters; invisible format
// characters (RTL/LTR marks, BOM, line separators) are written as \uXXXX (supplementary
// ones as a surrogate pair, which is what Cypher reads) so the script shows them;
// invalid UTF-8 becomes \uFFFD.
func Literal(v any) string {
	switch x := property.Portable(v).(type) {
	case nil:
		return "null"
	case string:
		return quoteString(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		s := formatFloat(x)
		if !strings.ContainsAny(s, ".eE") {
			s += ".0"
		}
		return s
	case bool:
		return strconv.FormatBool(x)
	case []string:
		return listLiteral(len(x), func(i int) string { return quoteString(x[i]) })
	case []int64:
		return listLiteral(len(x), func(i int) string { return Literal(x[i]) })
	case []float64:
		return listLiteral(len(x), func(i int) string { return Literal(x[i]) })
	case []bool:
		return listLiteral(len(x), func(i int) string { return Literal(x[i]) })
	}
	return quoteString(fmt.Sprint(v))
}

func listLiteral(n int, item func(int) string) string {
	parts := make([]string, n)
	for i := range n {
		parts[i] = item(i)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func quoteString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('\'')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\uFFFD`)
		case r == '\'':
			b.WriteString(`\'`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r >= 0x7f && r < 0xa0 || unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp, unicode.Co, unicode.Cs):
			if r > 0xFFFF {
				r1, r2 := utf16.EncodeRune(r)
				fmt.Fprintf(&b, `\u%04X\u%04X`, r1, r2)
			} else {
				fmt.Fprintf(&b, `\u%04X`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// SplitStatements reads a Cypher script and calls fn with each statement, trimmed and
// without its semicolon, and the line it starts on. A semicolon ends a statement only
// outside '…' and "…" strings (backslash escapes), `…` names and // or /* */
// comments; comments are dropped. An error from fn stops the reading.
func SplitStatements(r io.Reader, fn func(stmt string, line int) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	var cur strings.Builder
	line, start := 1, 0
	const (
		code = iota
		single
		double
		backtick
		lineComment
		blockComment
	)
	state := code
	escaped := false
	emit := func() error {
		s := strings.TrimSpace(cur.String())
		cur.Reset()
		if s == "" {
			return nil
		}
		return fn(s, start)
	}
	for {
		ch, _, err := br.ReadRune()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if state == code && start == 0 && !unicode.IsSpace(ch) && ch != ';' && ch != '/' {
			start = line
		}
		switch state {
		case code:
			switch ch {
			case ';':
				if err := emit(); err != nil {
					return err
				}
				start = 0
				continue
			case '\'':
				state = single
			case '"':
				state = double
			case '`':
				state = backtick
			case '/':
				if next, _ := br.Peek(1); len(next) == 1 && (next[0] == '/' || next[0] == '*') {
					br.ReadByte()
					if next[0] == '/' {
						state = lineComment
					} else {
						state = blockComment
					}
					cur.WriteByte(' ')
					continue
				}
				if start == 0 {
					start = line
				}
			}
		case single, double:
			switch {
			case escaped:
				escaped = false
			case ch == '\\':
				escaped = true
			case ch == '\'' && state == single, ch == '"' && state == double:
				state = code
			}
		case backtick:
			if ch == '`' {
				state = code // a doubled `` re-enters at once
			}
		case lineComment:
			if ch == '\n' {
				state = code
				line++
				cur.WriteByte('\n')
			}
			continue
		case blockComment:
			if ch == '\n' {
				line++
			}
			if ch == '*' {
				if next, _ := br.Peek(1); len(next) == 1 && next[0] == '/' {
					br.ReadByte()
					state = code
				}
			}
			continue
		}
		if ch == '\n' {
			line++
		}
		cur.WriteRune(ch)
	}
	if state == single || state == double || state == backtick || state == blockComment {
		return fmt.Errorf("line %d: script ends inside a string, name or comment", start)
	}
	return emit()
}
