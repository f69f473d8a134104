package cmdutil

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/text/width"

	govkg "github.com/govkg/govkg"
)

// Table is tabular command output, printed as an aligned table, JSON or CSV.
type Table struct {
	Columns []string
	Rows    [][]any
}

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
	if rows == nil {
		rows = [][]any{}
	}
	t := Table{Columns: cols, Rows: rows}
	if err := t.Print(io.Out, format); err != nil {
		return err
	}
	if format == "table" && len(rows) == 0 {
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
		for i := range t.Columns {
			if i < len(r) {
				s := govkg.Printable(Cell(r[i])) // a row is one line, whatever a file is named
				if rs := []rune(s); len(rs) > 60 {
					s = string(rs[:59]) + "…"
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
