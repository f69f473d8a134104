package cmdutil

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"golang.org/x/text/width"

	govkg "github.com/govkg/govkg"
)

// Table is tabular command output, printed as an aligned table, JSON or CSV.
type Table struct {
	Columns []string
	Rows    [][]any
	// Wide prints every cell whole; otherwise an aligned table cuts a cell longer than
	// MaxCell characters, keeping the words around the names in it (see Cut).
	Wide bool
	// Keep are names whose surroundings a cut cell keeps, besides the row's own short
	// cells (a sentence is cut around the entities its row names).
	Keep []string
}

// MaxCell is the most characters an aligned table shows of a cell without --wide.
const MaxCell = 60

// TableFormats are the formats of commands that print a Table.
var TableFormats = []string{"table", "json", "csv"}

// AddFormatFlag adds the shared --format flag with the given choices; the first is the
// default. A value that is not a choice is a usage error when the command line is
// parsed, before the command does anything.
func AddFormatFlag(cmd *cobra.Command, target *string, choices ...string) {
	AddEnumFlag(cmd, target, "format", "", "output format", choices...)
}

// AddEnumFlag adds a string flag that takes one of choices (the first is the default;
// "" for no default), checked when the command line is parsed; completion offers the
// choices.
func AddEnumFlag(cmd *cobra.Command, target *string, name, short, usage string, choices ...string) {
	*target = choices[0]
	v := &enumValue{target: target, name: name, choices: choices}
	cmd.Flags().VarP(v, name, short, usage+": "+strings.Join(v.named(), "|"))
	_ = cmd.RegisterFlagCompletionFunc(name, func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return v.named(), cobra.ShellCompDirectiveNoFileComp
	})
}

// enumValue is the pflag.Value of AddEnumFlag.
type enumValue struct {
	target  *string
	name    string
	choices []string
}

// String is the current value (pflag.Value).
func (e *enumValue) String() string { return *e.target }

// Type names the value kind in help (pflag.Value).
func (e *enumValue) Type() string { return "string" }

// Set refuses a value that is not a choice with a usage error (the parser wraps it;
// errors.As finds it).
func (e *enumValue) Set(v string) error {
	if !slices.Contains(e.choices, v) {
		return govkg.Errorf(govkg.EUSAGE, "unknown --%s %q (want %s)", e.name, v, strings.Join(e.named(), "|"))
	}
	*e.target = v
	return nil
}

// named are the choices but the empty one ("not given").
func (e *enumValue) named() []string {
	return slices.DeleteFunc(slices.Clone(e.choices), func(c string) bool { return c == "" })
}

// AddEnumListFlag adds a flag that takes one or more of choices, repeated or
// comma-separated, in any case (values are upper-cased), checked when the command line
// is parsed; completion offers the choices.
func AddEnumListFlag(cmd *cobra.Command, target *[]string, name, short, usage string, choices ...string) {
	cmd.Flags().VarP(&enumListValue{target: target, name: name, choices: choices}, name, short, usage)
	_ = cmd.RegisterFlagCompletionFunc(name, func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return choices, cobra.ShellCompDirectiveNoFileComp
	})
}

// enumListValue is the pflag.Value of AddEnumListFlag.
type enumListValue struct {
	target  *[]string
	name    string
	choices []string
}

// String is the current values, comma-separated (pflag.Value).
func (e *enumListValue) String() string { return strings.Join(*e.target, ",") }

// Type names the value kind in help (pflag.Value).
func (e *enumListValue) Type() string { return "strings" }

// Set adds the comma-separated values, refusing one that is not a choice.
func (e *enumListValue) Set(v string) error {
	for _, x := range strings.Split(v, ",") {
		x = strings.ToUpper(strings.TrimSpace(x))
		if !slices.Contains(e.choices, x) {
			return govkg.Errorf(govkg.EUSAGE, "--%s %s: want one of %s", e.name, x, strings.Join(e.choices, ", "))
		}
		*e.target = append(*e.target, x)
	}
	return nil
}

// EncodeJSON writes v as indented JSON, without HTML escaping (Chinese text and <, >, &
// stay readable).
func EncodeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// PrintRows prints query rows as a Table; on a terminal an empty result says so on
// stderr, so an empty table is not mistaken for a hang or an error.
func PrintRows(io *IOStreams, format string, cols []string, rows [][]any) error {
	return PrintTable(io, format, Table{Columns: cols, Rows: rows})
}

// PrintTable is PrintRows for a Table with names to keep in cut cells; io.Wide (the
// --wide flag) prints cells whole.
func PrintTable(io *IOStreams, format string, t Table) error {
	if t.Rows == nil {
		t.Rows = [][]any{}
	}
	t.Wide = t.Wide || io.Wide
	if err := t.Print(io.Out, format); err != nil {
		return err
	}
	if format == "table" && len(t.Rows) == 0 {
		fmt.Fprintln(io.ErrOut, "(no rows)")
	}
	return nil
}

// Print writes t in the given format: table, json (an array of objects) or csv.
func (t Table) Print(w io.Writer, format string) error {
	switch format {
	case "json":
		out := make([]map[string]any, 0, len(t.Rows))
		for _, r := range t.Rows {
			m := map[string]any{}
			for i, c := range t.Columns {
				if i < len(r) {
					m[c] = r[i]
				}
			}
			out = append(out, m)
		}
		return EncodeJSON(w, out)
	case "csv":
		cw := csv.NewWriter(w)
		_ = cw.Write(t.Columns)
		for _, r := range t.Rows {
			rec := make([]string, len(r))
			for i, v := range r {
				rec[i] = Cell(v)
			}
			_ = cw.Write(rec)
		}
		cw.Flush()
		return cw.Error()
	default:
		return t.printTable(w)
	}
}

// Cell renders a value for a table or CSV cell.
func Cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case []string:
		return strings.Join(x, "; ")
	case []any:
		parts := make([]string, len(x))
		for i, p := range x {
			parts[i] = Cell(p)
		}
		return strings.Join(parts, "; ")
	case map[string]any:
		b, _ := json.Marshal(x)
		return string(b)
	default:
		return fmt.Sprint(x)
	}
}

// DisplayWidth counts East Asian wide characters as two columns so that tables of
// Chinese names line up on a terminal.
func DisplayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

func (t Table) printTable(w io.Writer) error {
	widths := make([]int, len(t.Columns))
	cells := make([][]string, len(t.Rows))
	for i, c := range t.Columns {
		widths[i] = DisplayWidth(c)
	}
	for ri, r := range t.Rows {
		cells[ri] = make([]string, len(t.Columns))
		var names []string // the row's short cells, for Cut
		if !t.Wide {
			names = append(rowNames(r), t.Keep...)
		}
		for i := range t.Columns {
			if i < len(r) {
				s := govkg.Printable(Cell(r[i])) // a row is one line, whatever a file is named
				if !t.Wide {
					s = Cut(s, MaxCell, names)
				}
				cells[ri][i] = s
				if dw := DisplayWidth(s); dw > widths[i] {
					widths[i] = dw
				}
			}
		}
	}
	line := func(vals []string) {
		var b strings.Builder
		for i, v := range vals {
			b.WriteString(v)
			if i < len(vals)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-DisplayWidth(v)+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
	line(t.Columns)
	sep := make([]string, len(widths))
	for i, wd := range widths {
		sep[i] = strings.Repeat("-", wd)
	}
	line(sep)
	for _, r := range cells {
		line(r)
	}
	return nil
}

// rowNames are the names a row holds: its cells, and the elements of its list cells,
// of two to thirty characters.
func rowNames(r []any) []string {
	var out []string
	add := func(v any) {
		if s, ok := v.(string); ok {
			if n := utf8.RuneCountInString(s); n >= 2 && n <= 30 {
				out = append(out, s)
			}
		}
	}
	for _, v := range r {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				add(e)
			}
		case []string:
			for _, e := range x {
				add(e)
			}
		default:
			add(v)
		}
	}
	return out
}

// Cut shortens s to at most limit characters, marking what it leaves out with "…". When
// s names some of names (or, failing a whole name, its longest part of at least two
// characters and half its length: 16号线 for 深圳地铁16号线, 龙岗 for 龙岗区), the
// characters kept are those around the names, the first of them and as many more as
// fit, centred; otherwise the start of s.
func Cut(s string, limit int, names []string) string {
	rs := []rune(s)
	if len(rs) <= limit || limit < 3 {
		return s
	}
	type span struct{ a, b int }
	var spans []span
	for _, n := range names {
		if sp, ok := find(rs, []rune(n)); ok {
			spans = append(spans, span(sp))
		}
	}
	if len(spans) == 0 {
		return string(rs[:limit-1]) + "…"
	}
	slices.SortFunc(spans, func(x, y span) int { return x.a - y.a })
	w := limit - 2 // room for an ellipsis on each side
	lo, hi := spans[0].a, spans[0].b
	for _, sp := range spans[1:] {
		if sp.b > hi && sp.b-lo <= w {
			hi = sp.b
		}
	}
	start := lo - (w-(hi-lo))/2
	start = min(max(start, 0), len(rs)-w)
	if start <= 1 { // nothing or one character cut at the start: keep the start whole
		return string(rs[:limit-1]) + "…"
	}
	end := start + w
	if end >= len(rs)-1 {
		return "…" + string(rs[len(rs)-(limit-1):])
	}
	return "…" + string(rs[start:end]) + "…"
}

// find returns where name, or its longest part of at least two characters and half
// its length, first occurs in rs.
func find(rs, name []rune) (struct{ a, b int }, bool) {
	for l := len(name); l >= 2 && 2*l >= len(name); l-- {
		best := -1
		for i := 0; i+l <= len(name); i++ {
			if at := index(rs, name[i:i+l]); at >= 0 && (best < 0 || at < best) {
				best = at
			}
		}
		if best >= 0 {
			return struct{ a, b int }{best, best + l}, true
		}
	}
	return struct{ a, b int }{}, false
}

func index(rs, sub []rune) int {
	for i := 0; i+len(sub) <= len(rs); i++ {
		if slices.Equal(rs[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}
