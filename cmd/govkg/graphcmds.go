package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/extract"
	"github.com/govkg/govkg/graph"
	"github.com/govkg/govkg/schema"
)

// graphCommands are the commands that talk to Neo4j.
func graphCommands(f *cmdutil.Factory) []*cobra.Command {
	cmds := []*cobra.Command{NewCmdDoctor(f, nil), NewCmdSchema(f), NewCmdBuild(f, nil), NewCmdRemove(f, nil)}
	cmds = append(cmds, queryCommands(f)...)
	return append(cmds, exportCommands(f)...)
}

// DoctorOptions are the inputs of `govkg doctor`.
type DoctorOptions struct {
	IO      *cmdutil.IOStreams
	Factory *cmdutil.Factory
}

// NewCmdDoctor builds `govkg doctor`.
func NewCmdDoctor(f *cmdutil.Factory, runF func(*DoctorOptions) error) *cobra.Command {
	opts := &DoctorOptions{IO: f.IO, Factory: f}
	return &cobra.Command{
		Use:   "doctor",
		Short: "Check the Neo4j connection: server version, edition, database and schema",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return doctorRun(cmd.Context(), opts)
		},
	}
}

func doctorRun(ctx context.Context, opts *DoctorOptions) error {
	c, err := opts.Factory.Graph(ctx)
	if err != nil {
		return err
	}
	info, err := c.ServerInfo(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.Out, "connection  %s\nserver      Neo4j %s %s (%s, Bolt %s)\ndatabase    %s\n",
		c.Config().String(), info.Version, info.Edition, info.Address, info.Protocol, info.Database)
	st, err := c.SchemaStatus(ctx)
	if err != nil {
		return err
	}
	switch {
	case st.StoredVersion == 0:
		fmt.Fprintf(opts.IO.Out, "schema      not applied (run: govkg schema apply)\n")
	case st.OK():
		fmt.Fprintf(opts.IO.Out, "schema      v%d, complete (%d constraints and indexes)\n", st.StoredVersion, len(st.Present))
	default:
		fmt.Fprintf(opts.IO.Out, "schema      v%d stored, v%d in govkg; %d missing, %d problems (run: govkg schema apply)\n",
			st.StoredVersion, st.CodeVersion, len(st.Missing), len(st.Problems))
	}
	return nil
}

// NewCmdSchema builds `govkg schema apply|show`.
func NewCmdSchema(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Create or show the graph's constraints, indexes and schema version",
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "apply",
		Short: "Create every constraint and index (idempotent) and store the schema version",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := f.Graph(cmd.Context())
			if err != nil {
				return err
			}
			if err := c.ApplySchema(cmd.Context()); err != nil {
				return err
			}
			fmt.Fprintf(f.IO.Out, "schema v%d applied\n", schema.Version)
			return nil
		},
	})
	var format string
	show := &cobra.Command{
		Use:   "show",
		Short: "List what the database has and what is missing",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := cmdutil.CheckFormat(format, "table", "json"); err != nil {
				return err
			}
			c, err := f.Graph(cmd.Context())
			if err != nil {
				return err
			}
			st, err := c.SchemaStatus(cmd.Context())
			if err != nil {
				return err
			}
			if format == "json" {
				return encodeJSON(f.IO, st)
			}
			fmt.Fprintln(f.IO.Out, st.String())
			return nil
		},
	}
	cmdutil.AddFormatFlag(show, &format, "table", "json")
	cmd.AddCommand(show)
	return cmd
}

func encodeJSON(io *cmdutil.IOStreams, v any) error {
	enc := json.NewEncoder(io.Out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// BuildOptions are the inputs of `govkg build`.
type BuildOptions struct {
	IO        *cmdutil.IOStreams
	Factory   *cmdutil.Factory
	Paths     []string
	BatchSize int
	GroupSize int
	Force     bool
	JSON      bool
	Writers   int
	Extract   extract.Options
	kind      string
}

// NewCmdBuild builds `govkg build FILE|DIR...`.
func NewCmdBuild(f *cmdutil.Factory, runF func(*BuildOptions) error) *cobra.Command {
	opts := &BuildOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "build FILE|DIR...",
		Short: "Read, extract and write reports into Neo4j",
		Long: `Build reads and extracts each report and writes it into Neo4j. A report is all or
nothing, and one that fails leaves no trace while the others go on: new reports are
written several to a transaction (--group), and if such a transaction fails, each of its
reports is written again in a transaction of its own.
Re-running never duplicates anything; a report whose SHA-256 is unchanged is skipped
(--force redoes it), and a changed report replaces exactly its own facts.`,
		Example: `  govkg build testdata/reports
  govkg build --json ../shared/corpus-cities > summary.json`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			opts.Extract.Document.Kind = govkg.ReportKind(opts.kind)
			if runF != nil {
				return runF(opts)
			}
			return buildRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().IntVar(&opts.BatchSize, "batch-size", graph.DefaultBatchSize, "rows per UNWIND batch")
	cmd.Flags().IntVar(&opts.GroupSize, "group", graph.DefaultGroupSize, "new reports written per transaction (1: one report per transaction)")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "rebuild reports whose content is unchanged")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the summary as JSON for scripts")
	cmd.Flags().IntVarP(&opts.Writers, "writers", "w", 2, "transactions written to Neo4j at once")
	cmd.Flags().IntVarP(&opts.Extract.Workers, "workers", "j", 0, "parallel extraction workers (default: one per core)")
	addDocumentFlags(cmd, &opts.Extract.Document, &opts.kind)
	return cmd
}

// BuildLine is one report's line of the build summary.
type BuildLine struct {
	Path      string  `json:"path"`
	Report    string  `json:"report,omitempty"`
	Status    string  `json:"status"`
	Error     string  `json:"error,omitempty"`
	Nodes     int     `json:"nodes_created"`
	NodesDel  int     `json:"nodes_deleted"`
	Rels      int     `json:"relationships_created"`
	RelsDel   int     `json:"relationships_deleted"`
	Rows      int     `json:"rows"`
	Seconds   float64 `json:"seconds"`
	Sentences int     `json:"sentences"`
}

func buildRun(ctx context.Context, opts *BuildOptions) error {
	files, errs := extract.ExpandPaths(opts.Paths)
	var lines []BuildLine
	for _, e := range errs {
		lines = append(lines, BuildLine{Status: "failed", Error: e.Error()})
		fmt.Fprintln(opts.IO.ErrOut, "govkg: "+e.Error())
	}
	c, err := opts.Factory.Graph(ctx)
	if err != nil {
		return err
	}
	if err := c.ApplySchema(ctx); err != nil {
		return err
	}
	x := extract.New()
	ids := reportIDs{}
	start := time.Now()
	var rows, sentences int
	progress := newProgress(opts.IO, len(files))
	base := len(lines)
	lines = append(lines, make([]BuildLine, len(files))...)
	var mu sync.Mutex // guards rows, sentences, progress and stderr between writers
	finish := func(i int, line BuildLine) {
		mu.Lock()
		defer mu.Unlock()
		lines[base+i] = line
		rows += line.Rows
		sentences += line.Sentences
		progress.step(line, rows, sentences, time.Since(start))
	}
	// Writers: the extracted reports are gathered into batches of --group reports, and
	// each batch is written by one Build (new reports share a transaction); several
	// writers run at once while extraction goes on. Shared entities are locked in id
	// order and the graph does not depend on the order.
	type job struct {
		i int
		r extract.FileResult
	}
	jobs := make(chan job)
	batches := make(chan []job, 1)
	go func() {
		defer close(batches)
		var batch []job
		for j := range jobs {
			batch = append(batch, j)
			if len(batch) >= max(1, opts.GroupSize) {
				batches <- batch
				batch = nil
			}
		}
		if len(batch) > 0 {
			batches <- batch
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < max(1, opts.Writers); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for batch := range batches {
				rs := make([]extract.FileResult, len(batch))
				for k, j := range batch {
					rs[k] = j.r
				}
				for k, line := range writeBatch(ctx, c, opts, rs, &mu) {
					finish(batch[k].i, line)
				}
			}
		}()
	}
	i := 0
	x.Run(files, opts.Extract, func(r extract.FileResult) {
		defer func() { i++ }()
		line := BuildLine{Path: r.Path}
		if r.Err != nil {
			line.Status, line.Error = "failed", r.Err.Error()
			fmt.Fprintln(opts.IO.ErrOut, "govkg: "+r.Err.Error())
			finish(i, line)
			return
		}
		ext := r.Extraction
		line.Report = ext.Reports[0].ID
		for _, w := range ext.Reports[0].Warnings {
			fmt.Fprintf(opts.IO.ErrOut, "govkg: %s: warning: %s\n", r.Path, w)
		}
		if dup, err := ids.claim(r); err != nil {
			line.Status, line.Error = "failed", err.Error()
			fmt.Fprintln(opts.IO.ErrOut, "govkg: "+err.Error())
			finish(i, line)
			return
		} else if dup != "" {
			line.Status = "duplicate"
			fmt.Fprintf(opts.IO.ErrOut, "govkg: %s: warning: %s\n", r.Path, dup)
			finish(i, line)
			return
		}
		r.Doc = nil // only the extraction is written
		jobs <- job{i, r}
	})
	close(jobs)
	wg.Wait()
	progress.done()
	failed := 0
	for _, l := range lines {
		if l.Status == "failed" {
			failed++
		}
	}
	if opts.JSON {
		if err := encodeJSON(opts.IO, map[string]any{"reports": lines, "failed": failed,
			"rows": rows, "seconds": time.Since(start).Seconds()}); err != nil {
			return err
		}
	} else {
		t := cmdutil.Table{Columns: []string{"report", "status", "nodes+", "nodes-", "rels+", "rels-", "rows", "file"}}
		for _, l := range lines {
			t.Rows = append(t.Rows, []any{l.Report, l.Status, l.Nodes, l.NodesDel, l.Rels, l.RelsDel, l.Rows, l.Path})
		}
		_ = t.Print(opts.IO.Out, "table")
		fmt.Fprintf(opts.IO.Out, "%d reports, %d failed, %d rows in %s\n", len(lines), failed, rows, time.Since(start).Round(time.Millisecond))
	}
	if failed > 0 {
		return govkg.Errorf(govkg.EINPUT, "%d of %d inputs failed", failed, len(lines))
	}
	return nil
}

// writeBatch writes the extractions of several files (one report each) in one Build
// and returns their summary lines, in order.
func writeBatch(ctx context.Context, c *graph.Client, opts *BuildOptions, rs []extract.FileResult, mu *sync.Mutex) []BuildLine {
	exts := make([]*govkg.Extraction, len(rs))
	sentences := map[string][]govkg.Sentence{}
	lines := make([]BuildLine, len(rs))
	for k, r := range rs {
		exts[k] = r.Extraction
		id := r.Extraction.Reports[0].ID
		sentences[id] = r.Extraction.Sentences
		lines[k] = BuildLine{Path: r.Path, Report: id, Sentences: len(r.Extraction.Sentences)}
	}
	sum, err := c.BuildAll(ctx, exts, graph.BuildOptions{BatchSize: opts.BatchSize, GroupSize: opts.GroupSize, Force: opts.Force,
		Sentences: func(id string) ([]govkg.Sentence, error) { return sentences[id], nil }})
	results := map[string]graph.ReportResult{}
	for _, rr := range sum.Reports {
		results[rr.ReportID] = rr
	}
	mu.Lock()
	defer mu.Unlock()
	for k, r := range rs {
		line := &lines[k]
		rr, ok := results[line.Report]
		switch {
		case ok && rr.Err != nil:
			line.Status, line.Error = "failed", fmt.Sprintf("%s: %v", r.Path, rr.Err)
		case !ok && err != nil:
			line.Status, line.Error = "failed", fmt.Sprintf("%s: %v", r.Path, err)
		case !ok:
			line.Status, line.Error = "failed", fmt.Sprintf("%s: report %s was not written", r.Path, line.Report)
		}
		if line.Status == "failed" {
			fmt.Fprintln(opts.IO.ErrOut, "govkg: "+line.Error)
			continue
		}
		ext := r.Extraction
		opts.Factory.Logf("%s: %s %s: %d sentences, %d entities, %d relations, %d rows in %s", r.Path, rr.ReportID, rr.Status,
			len(ext.Sentences), len(ext.Entities), len(ext.Relations), rr.Rows, rr.Duration.Round(time.Millisecond))
		for _, w := range rr.Warnings {
			opts.Factory.Logf("%s: %s: warning: %s", r.Path, rr.ReportID, w)
		}
		line.Status = string(rr.Status)
		line.Nodes, line.NodesDel, line.Rels, line.RelsDel, line.Rows = rr.NodesCreated, rr.NodesDeleted, rr.RelsCreated, rr.RelsDeleted, rr.Rows
		line.Seconds = rr.Duration.Seconds()
	}
	return lines
}

// progress draws a one-line progress bar on a terminal and nothing otherwise.
type progress struct {
	io    *cmdutil.IOStreams
	total int
	n     int
}

func newProgress(io *cmdutil.IOStreams, total int) *progress { return &progress{io: io, total: total} }

func (p *progress) step(l BuildLine, rows, sentences int, el time.Duration) {
	p.n++
	if !p.io.IsTTY || p.total == 0 {
		return
	}
	const width = 30
	done := p.n * width / p.total
	rate := float64(rows) / max(el.Seconds(), 0.001)
	fmt.Fprintf(p.io.ErrOut, "\r[%s%s] %d/%d reports, %d sentences, %.0f rows/s ",
		strings.Repeat("#", done), strings.Repeat(" ", width-done), p.n, p.total, sentences, rate)
}

func (p *progress) done() {
	if p.io.IsTTY && p.total > 0 {
		fmt.Fprintln(p.io.ErrOut)
	}
}

// RemoveOptions are the inputs of `govkg remove`.
type RemoveOptions struct {
	IO       *cmdutil.IOStreams
	Factory  *cmdutil.Factory
	ReportID string
}

// NewCmdRemove builds `govkg remove REPORT_ID`.
func NewCmdRemove(f *cmdutil.Factory, runF func(*RemoveOptions) error) *cobra.Command {
	opts := &RemoveOptions{IO: f.IO, Factory: f}
	return &cobra.Command{
		Use:     "remove REPORT_ID",
		Short:   "Remove a report and everything only it supported",
		Example: "  govkg remove 440307-2025-gwr",
		Args:    usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ReportID = args[0]
			if runF != nil {
				return runF(opts)
			}
			c, err := f.Graph(cmd.Context())
			if err != nil {
				return err
			}
			if err := c.Remove(cmd.Context(), opts.ReportID); err != nil {
				return err
			}
			fmt.Fprintf(opts.IO.Out, "removed %s\n", opts.ReportID)
			return nil
		},
	}
}
