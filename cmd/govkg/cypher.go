package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/graph"
)

// CypherOptions are the inputs of `govkg cypher`.
type CypherOptions struct {
	IO        *cmdutil.IOStreams
	Factory   *cmdutil.Factory
	Statement string   // the statement argument, or ""
	File      string   // -f: the script to run ("-" for standard input), or ""
	Params    []string // key=value
	Write     bool
	Format    string
}

// NewCmdCypher builds `govkg cypher [STATEMENT] [-f FILE]`.
func NewCmdCypher(f *cmdutil.Factory, runF func(*CypherOptions) error) *cobra.Command {
	opts := &CypherOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "cypher [STATEMENT]",
		Short: "Run a Cypher statement or script (read-only unless --write)",
		Long: `Cypher runs one statement given as an argument, or the script of -f FILE (- for
standard input): statements end with ";", // and /* */ comments are skipped. Rows of
every statement that returns some are printed as a table (or --format json, csv).

Statements run in read transactions, so the server refuses one that would write; with
--write they run in write transactions of up to 500 statements (schema commands on their
own), which is how the Cypher export and the CSV export's after-import.cypher are loaded.

--param key=value sets $key for every statement: a value that reads as JSON (a number,
true, false, null, "a string", [a, list], {"a": "map"}) is that value, anything else
is the text as written. Values are sent as parameters, never pasted into the text.`,
		Example: `  govkg cypher 'MATCH (m:MetroLine) RETURN m.name, m.reports ORDER BY m.name'
  govkg cypher 'MATCH (n:Entity {name: $name}) RETURN n.type, n.aliases' --param name=坪山区
  govkg cypher -f queries/metro-lines-shared.cypher --param min_districts=2
  govkg cypher --write -f graph.cypher                 # load a Cypher export
  govkg cypher --write -f export/after-import.cypher   # after a neo4j-admin import`,
		Args: usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Statement = args[0]
			}
			if (opts.Statement == "") == (opts.File == "") {
				return govkg.Errorf(govkg.EUSAGE, "give a statement or -f FILE (one of them)")
			}
			if runF != nil {
				return runF(opts)
			}
			return cypherRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVarP(&opts.File, "file", "f", "", "run the Cypher script in `FILE` (- for standard input)")
	cmd.Flags().StringArrayVarP(&opts.Params, "param", "p", nil, "set $key for every statement: `key=value` (JSON or text; repeatable)")
	cmd.Flags().BoolVar(&opts.Write, "write", false, "run in write transactions (default: read-only)")
	cmdutil.AddFormatFlag(cmd, &opts.Format, cmdutil.TableFormats...)
	return cmd
}

// cypherParams turns key=value flags into parameters: JSON where the value reads as
// JSON (integers stay integers), else the text.
func cypherParams(kvs []string) (map[string]any, error) {
	given, err := parseParams(kvs)
	if err != nil {
		return nil, err
	}
	out := make(map[string]any, len(given))
	for k, v := range given {
		out[k] = jsonOrText(v)
	}
	return out, nil
}

func jsonOrText(v string) any {
	dec := json.NewDecoder(strings.NewReader(v))
	dec.UseNumber()
	var x any
	if err := dec.Decode(&x); err != nil || dec.More() {
		return v
	}
	if _, err := dec.Token(); err != io.EOF {
		return v
	}
	return fromJSON(x)
}

// fromJSON turns json.Number into int64 (or float64) throughout, as the driver wants.
func fromJSON(x any) any {
	switch v := x.(type) {
	case json.Number:
		if i, err := v.Int64(); err == nil {
			return i
		}
		f, _ := v.Float64()
		return f
	case []any:
		for i := range v {
			v[i] = fromJSON(v[i])
		}
	case map[string]any:
		for k := range v {
			v[k] = fromJSON(v[k])
		}
	}
	return x
}

func cypherRun(ctx context.Context, opts *CypherOptions) error {
	params, err := cypherParams(opts.Params)
	if err != nil {
		return err
	}
	var src io.Reader = strings.NewReader(opts.Statement)
	name := "statement"
	switch opts.File {
	case "":
	case "-":
		src, name = opts.IO.In, "standard input"
	default:
		fh, err := os.Open(opts.File)
		if err != nil {
			return &govkg.Error{Code: govkg.EINPUT, Message: "cannot read the script", Err: err}
		}
		defer fh.Close()
		src, name = fh, opts.File
	}
	c, err := opts.Factory.Graph(ctx)
	if err != nil {
		return err
	}
	var total graph.Counters
	printed := 0
	n, err := c.RunCypher(ctx, src, graph.ScriptOptions{Write: opts.Write, Params: params}, func(r graph.StatementResult) error {
		total.Add(r.Counters)
		if len(r.Columns) == 0 {
			return nil
		}
		if printed > 0 && opts.Format == "table" {
			fmt.Fprintln(opts.IO.Out)
		}
		printed++
		return cmdutil.PrintRows(opts.IO, opts.Format, r.Columns, r.Rows)
	})
	if err != nil {
		if opts.File != "" {
			err = fmt.Errorf("%s: %w", name, err)
		}
		return err
	}
	if n == 0 {
		return govkg.Errorf(govkg.EUSAGE, "%s holds no statement", name)
	}
	if opts.Write || opts.IO.IsTTY {
		noun := "statements"
		if n == 1 {
			noun = "statement"
		}
		fmt.Fprintf(opts.IO.ErrOut, "%d %s: %s\n", n, noun, total)
	}
	return nil
}
