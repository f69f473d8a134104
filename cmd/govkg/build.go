package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/extract"
	"github.com/govkg/govkg/graph"
)

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
(--force redoes it), and a changed report replaces exactly its own facts.

If Neo4j stops answering (or the build is interrupted), the build stops once the
driver has spent its retry time on one transaction, says in one line which reports
were written and which were not, and exits 1: run the same command again to continue.
Each report's status is what the graph holds: a report Neo4j committed is written even
if its answer was lost; "unknown" only when Neo4j could not be asked afterwards.`,
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
		fmt.Fprintln(opts.IO.ErrOut, "govkg: "+govkg.Printable(e.Error()))
	}
	c, err := opts.Factory.Graph(ctx)
	if err != nil {
		return err
	}
	if err := c.ApplySchema(ctx); err != nil {
		return err
	}
	start := time.Now()
	var rows, sentences int
	progress := newProgress(opts.IO, len(files))
	base := len(lines)
	lines = append(lines, make([]BuildLine, len(files))...)
	done := make([]bool, len(files))
	// mu guards lines, done, queued, the totals, the progress bar and stderr between the
	// extraction and the builder's writers.
	var mu sync.Mutex
	finish := func(i int, line BuildLine) {
		lines[base+i], done[i] = line, true
		rows += line.Rows
		sentences += line.Sentences
		progress.step(line, rows, sentences, time.Since(start))
	}
	// queued remembers, per report id, the file it came from until its result is in.
	queued := map[string]queuedFile{}
	// When the builder stops (Neo4j gone, or interrupted), extraction stops too.
	runCtx, stopRun := context.WithCancel(ctx)
	defer stopRun()
	b, err := c.NewBuilder(ctx, graph.BuildOptions{BatchSize: opts.BatchSize, GroupSize: opts.GroupSize,
		Writers: opts.Writers, Force: opts.Force, OnStop: func(error) { stopRun() }, Progress: func(ev graph.ProgressEvent) {
			if ev.Phase != "done" {
				return
			}
			mu.Lock()
			defer mu.Unlock()
			if q, ok := queued[ev.ReportID]; ok {
				finish(q.i, q.line(opts, *ev.Result))
			}
		}})
	if err != nil {
		return err
	}
	ids := reportIDs{}
	i := 0
	extract.New().RunContext(runCtx, files, opts.Extract, func(r extract.FileResult) {
		defer func() { i++ }()
		line := BuildLine{Path: r.Path}
		if r.Err != nil && errors.Is(r.Err, context.Canceled) { // not read: the build stopped
			mu.Lock()
			line.Status, line.Error = "failed", r.Err.Error()
			finish(i, line)
			mu.Unlock()
			return
		}
		if r.Err != nil {
			line.Status, line.Error = "failed", r.Err.Error()
			mu.Lock()
			fmt.Fprintln(opts.IO.ErrOut, "govkg: "+govkg.Printable(r.Err.Error()))
			finish(i, line)
			mu.Unlock()
			return
		}
		ext := r.Extraction
		line.Report = ext.Reports[0].ID
		mu.Lock()
		for _, w := range ext.Reports[0].Warnings {
			fmt.Fprintf(opts.IO.ErrOut, "govkg: %s: warning: %s\n", govkg.Printable(r.Path), w)
		}
		dup, err := ids.claim(r)
		switch {
		case err != nil:
			line.Status, line.Error = "failed", err.Error()
			fmt.Fprintln(opts.IO.ErrOut, "govkg: "+govkg.Printable(err.Error()))
			finish(i, line)
		case dup != "":
			line.Status = "duplicate"
			fmt.Fprintf(opts.IO.ErrOut, "govkg: %s: warning: %s\n", govkg.Printable(r.Path), dup)
			finish(i, line)
		default:
			queued[line.Report] = queuedFile{i: i, path: r.Path, sentences: len(ext.Sentences), entities: len(ext.Entities), relations: len(ext.Relations)}
		}
		mu.Unlock()
		if err == nil && dup == "" {
			r.Doc = nil // only the extraction is written
			b.Add(ext)
		}
	})
	_, _ = b.Close() // every report's outcome is in its line
	progress.done()
	stopped := b.Stopped()
	if stopped == nil && ctx.Err() != nil {
		stopped = ctx.Err() // interrupted while extracting: nothing was being written
	}
	for k := range files {
		if !done[k] {
			l := &lines[base+k]
			l.Status, l.Error = "failed", fmt.Sprintf("%s: report %s was not written", govkg.Printable(l.Path), l.Report)
			if stopped == nil {
				fmt.Fprintln(opts.IO.ErrOut, "govkg: "+govkg.Printable(l.Error))
			}
		}
	}
	failed := 0
	for _, l := range lines {
		if l.Status == "failed" || l.Status == string(graph.StatusUnknown) {
			failed++
		}
	}
	summary := map[string]any{"reports": lines, "failed": failed, "rows": rows, "seconds": time.Since(start).Seconds()}
	var stopErr error
	if stopped != nil {
		stopErr = stopLine(c.Config(), stopped, lines)
		summary["stopped"] = graph.StopReason(stopped)
	}
	if opts.JSON {
		if err := cmdutil.EncodeJSON(opts.IO.Out, summary); err != nil {
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
	if stopErr != nil {
		return stopErr
	}
	if failed > 0 {
		return govkg.Errorf(govkg.EINPUT, "%d of %d inputs failed", failed, len(lines))
	}
	return nil
}

// stopLine is the one line that ends a build the builder stopped: which reports were
// written, which were not, which cannot be told, and that a rerun continues.
func stopLine(cfg graph.Config, cause error, lines []BuildLine) error {
	var written, notWritten, unknown []string
	for _, l := range lines {
		name := l.Report
		if name == "" {
			name = govkg.Printable(l.Path)
		}
		switch l.Status {
		case string(graph.StatusCreated), string(graph.StatusUpdated), string(graph.StatusUnchanged):
			written = append(written, name)
		case string(graph.StatusUnknown):
			unknown = append(unknown, name)
		case "failed":
			if strings.HasPrefix(l.Error, "not written: ") || strings.Contains(l.Error, "not read: the run stopped") ||
				strings.HasSuffix(l.Error, "was not written") {
				notWritten = append(notWritten, name)
			}
		}
	}
	list := func(ids []string) string {
		const most = 20
		s := fmt.Sprintf("%d %s", len(ids), map[bool]string{true: "report", false: "reports"}[len(ids) == 1])
		if len(ids) == 0 {
			return s
		}
		if len(ids) > most {
			return fmt.Sprintf("%s (%s, and %d more)", s, strings.Join(ids[:most], ", "), len(ids)-most)
		}
		return fmt.Sprintf("%s (%s)", s, strings.Join(ids, ", "))
	}
	what := graph.StopReason(cause)
	if !errors.Is(cause, context.Canceled) && !errors.Is(cause, context.DeadlineExceeded) {
		what = "Neo4j at " + cfg.SafeURI() + " stopped answering"
	}
	msg := fmt.Sprintf("%s: written %s; not written %s", what, list(written), list(notWritten))
	if len(unknown) > 0 {
		msg += fmt.Sprintf("; unknown %s, committed or not", list(unknown))
	}
	msg += "; run the same command again to continue (written reports are skipped as unchanged)"
	return &govkg.Error{Code: govkg.EDB, Message: msg}
}

// queuedFile is a file whose report went to the builder.
type queuedFile struct {
	i                              int // position among the files
	path                           string
	sentences, entities, relations int
}

// line turns the report's build result into its summary line, saying on stderr what
// failed and, with --verbose, what was written.
func (q queuedFile) line(opts *BuildOptions, rr graph.ReportResult) BuildLine {
	line := BuildLine{Path: q.path, Report: rr.ReportID, Sentences: q.sentences}
	if rr.Err != nil {
		line.Status, line.Error = string(rr.Status), rr.Err.Error()
		if rr.Status != graph.StatusUnknown {
			line.Status = "failed"
		}
		if !errors.Is(rr.Err, graph.ErrStopped) && rr.Status != graph.StatusUnknown { // said once, in the build's last line
			line.Error = fmt.Sprintf("%s: %v", govkg.Printable(q.path), rr.Err)
			fmt.Fprintln(opts.IO.ErrOut, "govkg: "+govkg.Printable(line.Error))
		}
		return line
	}
	opts.Factory.Logf("%s: %s %s: %d sentences, %d entities, %d relations, %d rows in %s", govkg.Printable(q.path), rr.ReportID, rr.Status,
		q.sentences, q.entities, q.relations, rr.Rows, rr.Duration.Round(time.Millisecond))
	for _, w := range rr.Warnings {
		opts.Factory.Logf("%s: %s: warning: %s", govkg.Printable(q.path), rr.ReportID, w)
	}
	line.Status = string(rr.Status)
	line.Nodes, line.NodesDel, line.Rels, line.RelsDel, line.Rows = rr.NodesCreated, rr.NodesDeleted, rr.RelsCreated, rr.RelsDeleted, rr.Rows
	line.Seconds = rr.Duration.Seconds()
	return line
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
