package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/queries"
)

// QueryListOptions are the inputs of `govkg query list`.
type QueryListOptions struct {
	IO     *cmdutil.IOStreams
	Format string
}

// QueryRunOptions are the inputs of `govkg query run`.
type QueryRunOptions struct {
	IO      *cmdutil.IOStreams
	Factory *cmdutil.Factory
	Name    string
	Params  []string // key=value
	Columns []string // print only these columns, in this order; empty for all
	Format  string
	// Lookup finds a saved query by name; queries.Get unless a test injects another.
	Lookup func(string) (queries.Query, bool)
}

// NewCmdQuery builds `govkg query list|run`.
func NewCmdQuery(f *cmdutil.Factory, listF func(*QueryListOptions) error, runF func(*QueryRunOptions) error) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "query",
		Short: "List and run the saved queries across districts, cities and provinces",
		Long: `Saved queries are plain .cypher files (see queries/ in the source tree) that answer
questions across places: metro lines and companies named by several districts or cities,
who implements a program, what a city's report and its districts' reports both name,
promises kept, parks, assistance links, indicators side by side. A place may be a
district, a city or a province (--param place=深圳市), and the queries that group places
do so at the level asked (--param level=district|city|province).
They run read-only; parameters have defaults and are set with --param key=value.`,
	}
	lo := &QueryListOptions{IO: f.IO}
	list := &cobra.Command{
		Use:   "list",
		Short: "List the saved queries with the question each answers",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if listF != nil {
				return listF(lo)
			}
			return queryListRun(lo)
		},
	}
	cmdutil.AddFormatFlag(list, &lo.Format, cmdutil.TableFormats...)
	cmd.AddCommand(list)

	ro := &QueryRunOptions{IO: f.IO, Factory: f, Lookup: queries.Get}
	run := &cobra.Command{
		Use:   "run NAME",
		Short: "Run a saved query (read-only) and print its rows",
		Example: `  govkg query run metro-lines-shared
  govkg query run program-implementers --param program=百千万工程
  govkg query run promise-tracking --param place=龙岗区 --format csv > promises.csv
  govkg query run companies-multi-district --param level=city --columns company,places,projects
  govkg query run city-district-echo --param city=常州市`,
		Args: usageArgs(cobra.ExactArgs(1)),
		ValidArgsFunction: func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var out []string
			for _, q := range queries.All() {
				if strings.HasPrefix(q.Name, toComplete) {
					out = append(out, q.Name+"\t"+q.Question)
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			ro.Name = args[0]
			if runF != nil {
				return runF(ro)
			}
			return queryRunRun(cmd.Context(), ro)
		},
	}
	run.Flags().StringArrayVarP(&ro.Params, "param", "p", nil, "query parameter `key=value` (repeatable)")
	_ = run.RegisterFlagCompletionFunc("param", func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		if len(args) == 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		q, ok := queries.Get(args[0])
		if !ok {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []string
		if key, _, ok := strings.Cut(toComplete, "="); ok { // the value of a parameter with choices
			for _, p := range q.Params {
				for _, v := range p.Choices {
					if p.Name == key {
						out = append(out, key+"="+v)
					}
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		}
		for _, p := range q.Params {
			out = append(out, p.Name+"=\t"+p.Description)
		}
		return out, cobra.ShellCompDirectiveNoSpace | cobra.ShellCompDirectiveNoFileComp
	})
	run.Flags().StringSliceVar(&ro.Columns, "columns", nil, "print only these `columns`, in this order (comma-separated)")
	cmdutil.AddFormatFlag(run, &ro.Format, cmdutil.TableFormats...)
	cmd.AddCommand(run)
	return cmd
}

func queryListRun(opts *QueryListOptions) error {
	if err := queries.LoadError(); err != nil {
		return &govkg.Error{Code: govkg.EINTERNAL, Message: "a saved query is broken", Err: err}
	}
	t := cmdutil.Table{Columns: []string{"name", "question"}}
	if opts.Format != "table" {
		t.Columns = append(t.Columns, "params", "columns")
	}
	for _, q := range queries.All() {
		row := []any{q.Name, q.Question}
		if opts.Format != "table" {
			var ps []string
			for _, p := range q.Params {
				if p.Required {
					ps = append(ps, p.Name)
				} else {
					ps = append(ps, p.Name+"="+p.Default)
				}
			}
			row = append(row, ps, q.Columns)
		}
		t.Rows = append(t.Rows, row)
	}
	if opts.Format == "table" {
		return printWide(opts.IO, t)
	}
	return t.Print(opts.IO.Out, opts.Format)
}

// printWide prints a table whose last column is prose: on a terminal the shared
// printer would cut it at 60 characters, so the last column is written out in full.
func printWide(io *cmdutil.IOStreams, t cmdutil.Table) error {
	if len(t.Columns) < 2 {
		return t.Print(io.Out, "table")
	}
	last := len(t.Columns) - 1
	w := cmdutil.DisplayWidth(t.Columns[0])
	for _, r := range t.Rows {
		w = max(w, cmdutil.DisplayWidth(cmdutil.Cell(r[0])))
	}
	pad := func(s string) string { return s + strings.Repeat(" ", w-cmdutil.DisplayWidth(s)+2) }
	fmt.Fprintln(io.Out, pad(t.Columns[0])+t.Columns[last])
	fmt.Fprintln(io.Out, pad(strings.Repeat("-", w))+strings.Repeat("-", cmdutil.DisplayWidth(t.Columns[last])))
	for _, r := range t.Rows {
		fmt.Fprintln(io.Out, pad(cmdutil.Cell(r[0]))+cmdutil.Cell(r[last]))
	}
	return nil
}

// parseParams splits repeated key=value flags; a key given twice is a usage error.
func parseParams(kvs []string) (map[string]string, error) {
	out := map[string]string{}
	for _, kv := range kvs {
		k, v, ok := strings.Cut(kv, "=")
		k = strings.TrimSpace(k)
		if !ok || k == "" {
			return nil, govkg.Errorf(govkg.EUSAGE, "--param %q: want key=value", kv)
		}
		if _, dup := out[k]; dup {
			return nil, govkg.Errorf(govkg.EUSAGE, "--param %s given twice", k)
		}
		out[k] = v
	}
	return out, nil
}

func queryRunRun(ctx context.Context, opts *QueryRunOptions) error {
	lookup := opts.Lookup
	if lookup == nil {
		lookup = queries.Get
	}
	q, ok := lookup(opts.Name)
	if !ok {
		msg := fmt.Sprintf("no saved query %q", opts.Name)
		if s := queries.Suggest(opts.Name); len(s) > 0 {
			msg += "; did you mean " + strings.Join(s, " or ") + "?"
		}
		msg += "; saved queries: " + strings.Join(queries.Names(), ", ") + " (see govkg query list)"
		return govkg.Errorf(govkg.ENOTFOUND, "%s", msg)
	}
	given, err := parseParams(opts.Params)
	if err != nil {
		return err
	}
	params, err := queries.Bind(q, given)
	if err != nil {
		return err
	}
	for _, col := range opts.Columns {
		if !slices.Contains(q.Columns, col) {
			return govkg.Errorf(govkg.EUSAGE, "query %s has no column %q; its columns: %s", q.Name, col, strings.Join(q.Columns, ", "))
		}
	}
	c, err := opts.Factory.Graph(ctx)
	if err != nil {
		return err
	}
	cols, rows, err := c.ReadTable(ctx, q.Cypher, params)
	if err != nil {
		return err
	}
	if len(opts.Columns) > 0 {
		cols, rows = selectColumns(cols, rows, opts.Columns)
	}
	// a cut cell keeps the words around the names the query was asked about
	var keep []string
	for _, v := range params {
		if s, ok := v.(string); ok && s != "" {
			keep = append(keep, s)
		}
	}
	slices.Sort(keep)
	return cmdutil.PrintTable(opts.IO, opts.Format, cmdutil.Table{Columns: cols, Rows: rows, Keep: keep})
}

// selectColumns keeps the columns named in want, in that order.
func selectColumns(cols []string, rows [][]any, want []string) ([]string, [][]any) {
	var idx []int
	for _, w := range want {
		if i := slices.Index(cols, w); i >= 0 {
			idx = append(idx, i)
		}
	}
	out := make([][]any, len(rows))
	for r, row := range rows {
		out[r] = make([]any, len(idx))
		for j, i := range idx {
			if i < len(row) {
				out[r][j] = row[i]
			}
		}
	}
	var names []string
	for _, i := range idx {
		names = append(names, cols[i])
	}
	return names, out
}
