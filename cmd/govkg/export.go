package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/extract"
	"github.com/govkg/govkg/graph"
	"github.com/govkg/govkg/graph/export"
)

// ExportOptions are the inputs of `govkg export`.
type ExportOptions struct {
	IO        *cmdutil.IOStreams
	Factory   *cmdutil.Factory
	Format    string
	Out       string
	FromFiles []string // reports to export without a database; empty: read Neo4j
	Extract   extract.Options
	kind      string
}

// NewCmdExport builds `govkg export`.
func NewCmdExport(f *cmdutil.Factory, runF func(*ExportOptions) error) *cobra.Command {
	opts := &ExportOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "export [--format jsonl|graphml|csv|cypher] [--out DIR|FILE] [--from-files FILE|DIR...]",
		Short: "Export the graph as JSON Lines, GraphML, neo4j-admin CSV or a Cypher script",
		Long: `Export writes the whole graph (reports, sentences, entities and every relationship),
sorted by id so that the same graph always gives the same bytes:

  jsonl    one {"type":"node"|"relationship", ...} object per line
  graphml  a directed GraphML file for Gephi or yEd
  csv      a directory of neo4j-admin import files, one per label and per
           relationship type, with import.sh holding the import command
  cypher   idempotent MERGE statements that rebuild the graph in an empty database

The graph is read from Neo4j in one streamed read transaction, or, with --from-files,
built in memory from the reports exactly as 'govkg build' would write them, without
any database. Output goes to --out, written whole or not at all (a temporary file or
directory renamed into place), or to stdout for the single-file formats.`,
		Example: `  govkg export --format jsonl --out graph.jsonl
  govkg export --format graphml --from-files testdata/reports > graph.graphml
  govkg export --format csv --out export/ && export/import.sh
  govkg export --format cypher --out graph.cypher && govkg cypher --write -f graph.cypher`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 && len(opts.FromFiles) == 0 {
				return &govkg.Error{Code: govkg.EUSAGE, Message: fmt.Sprintf("unexpected argument %q: export reads Neo4j unless --from-files FILE|DIR... is given", args[0])}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.FromFiles = append(opts.FromFiles, args...)
			opts.Extract.Document.Kind = govkg.ReportKind(opts.kind)
			if opts.Format == "csv" && (opts.Out == "" || opts.Out == "-") {
				return govkg.Errorf(govkg.EUSAGE, "--format csv writes several files: give --out DIR")
			}
			if runF != nil {
				return runF(opts)
			}
			return exportRun(cmd.Context(), opts)
		},
	}
	cmdutil.AddFormatFlag(cmd, &opts.Format, export.Formats...)
	cmd.Flags().StringVarP(&opts.Out, "out", "o", "", "write to this file (a directory for csv) instead of stdout")
	cmd.Flags().StringArrayVar(&opts.FromFiles, "from-files", nil, "export these report files or directories (and any further arguments) without a database")
	cmd.Flags().IntVarP(&opts.Extract.Workers, "workers", "j", 0, "parallel extraction workers with --from-files (default: one per core)")
	addDocumentFlags(cmd, &opts.Extract.Document, &opts.kind)
	return cmd
}

func exportRun(ctx context.Context, opts *ExportOptions) error {
	var source func(export.Writer) error
	var inputErr error
	if len(opts.FromFiles) > 0 {
		off, failed, total := buildOffline(opts)
		if failed > 0 {
			inputErr = govkg.Errorf(govkg.EINPUT, "%d of %d inputs failed", failed, total)
			if failed == total {
				return inputErr // nothing to export: leave any previous export alone
			}
		}
		source = off.Export
	} else {
		c, err := opts.Factory.Graph(ctx)
		if err != nil {
			return err
		}
		source = func(w export.Writer) error { return c.Export(ctx, w) }
	}

	out, err := export.Create(opts.Format, opts.Out, opts.IO.Out)
	if err != nil {
		return govkg.Errorf(govkg.EINPUT, "export: %v", err)
	}
	cnt := &export.Counter{Writer: out}
	if err := source(cnt); err != nil {
		out.Abort()
		var ge *govkg.Error
		if errors.As(err, &ge) {
			return err
		}
		return govkg.Errorf(govkg.EINPUT, "export: %v", err)
	}
	if err := out.Close(); err != nil {
		return govkg.Errorf(govkg.EINPUT, "export: %v", err)
	}
	summary := opts.IO.Out
	if out.Path == "" {
		summary = opts.IO.ErrOut // stdout holds the export itself
	}
	if out.Path != "" || opts.Factory.Verbose {
		fmt.Fprintf(summary, "exported %d nodes and %d relationships as %s to %s\n", cnt.Nodes, cnt.Relationships, opts.Format, govkg.Printable(orDefault(out.Path, "stdout")))
	}
	if out.CSV != nil {
		fmt.Fprintf(summary, "import with Neo4j stopped (replaces the database):\n  %s\nor run %s\n",
			out.CSV.Command("neo4j-admin", out.Path, "neo4j"), strings.TrimSuffix(out.Path, "/")+"/import.sh")
	}
	return inputErr
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// buildOffline extracts the files one by one, in order, and adds each to an offline
// graph the way `govkg build` writes them into Neo4j: the same report stored twice is
// a duplicate, skipped, and two texts with one report id are an input error.
func buildOffline(opts *ExportOptions) (*graph.Offline, int, int) {
	files, errs := extract.ExpandPaths(opts.FromFiles)
	for _, e := range errs {
		fmt.Fprintln(opts.IO.ErrOut, "govkg: "+govkg.Printable(e.Error()))
	}
	off := graph.NewOffline()
	failed := len(errs)
	ids := reportIDs{}
	extract.New().Run(files, opts.Extract, func(r extract.FileResult) {
		if r.Err != nil {
			failed++
			fmt.Fprintln(opts.IO.ErrOut, "govkg: "+govkg.Printable(r.Err.Error()))
			return
		}
		for _, w := range r.Extraction.Reports[0].Warnings {
			fmt.Fprintf(opts.IO.ErrOut, "govkg: %s: warning: %s\n", govkg.Printable(r.Path), w)
		}
		if dup, err := ids.claim(r); err != nil {
			failed++
			fmt.Fprintln(opts.IO.ErrOut, "govkg: "+err.Error())
			return
		} else if dup != "" {
			fmt.Fprintf(opts.IO.ErrOut, "govkg: %s: warning: %s\n", r.Path, dup)
			return
		}
		r.Doc = nil
		for _, w := range off.Add(r.Extraction) {
			if opts.Factory.Verbose {
				fmt.Fprintf(opts.IO.ErrOut, "govkg: %s: %s\n", govkg.Printable(r.Path), w)
			}
		}
	})
	return off, failed, len(files) + len(errs)
}
