package cmdutil

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
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

// AddFormatFlag adds the shared --format flag with the given choices; the first is the default.
func AddFormatFlag(cmd *cobra.Command, target *string, choices ...string) {
	*target = choices[0]
	cmd.Flags().StringVar(target, "format", choices[0], "output format: "+strings.Join(choices, "|"))
	_ = cmd.RegisterFlagCompletionFunc("format", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return choices, cobra.ShellCompDirectiveNoFileComp
	})
}

// CheckFormat returns a usage error when format is not one of choices.
func CheckFormat(format string, choices ...string) error {
	for _, c := range choices {
		if format == c {
			return nil
		}
	}
	return govkg.Errorf(govkg.EUSAGE, "unknown --format %q (want %s)", format, strings.Join(choices, "|"))
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
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
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
				s := Cell(r[i])
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
