package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/govkg/govkg"
	"github.com/govkg/govkg/schema"
)

// DefaultBatchSize is the number of rows per UNWIND statement: big enough to amortize
// round trips, small enough to keep each statement's memory modest.
const DefaultBatchSize = 1000

// DefaultGroupSize is how many new reports share one write transaction.
const DefaultGroupSize = 8

// DefaultGroupRows caps the parameter rows of one group (a group closes at GroupSize
// reports or GroupRows rows, whichever comes first), so a transaction's state stays a
// few tens of megabytes whatever the reports' sizes.
const DefaultGroupRows = 16000

// BuildOptions tune a build.
type BuildOptions struct {
	// BatchSize is the number of rows per UNWIND statement (DefaultBatchSize if ≤ 0).
	BatchSize int
	// GroupSize is how many reports that are not in the graph yet may share one write
	// transaction (DefaultGroupSize if ≤ 0; 1 writes every report in its own).
	GroupSize int
	// GroupRows caps the parameter rows of one group (DefaultGroupRows if ≤ 0); a
	// report bigger than that is a group of its own.
	GroupRows int
	// Writers is how many groups are written at once (1 if ≤ 0). Shared entities are
	// locked in id order and the graph does not depend on the order of the writes.
	Writers int
	// Force rebuilds reports whose sha256 is unchanged.
	Force bool
	// Progress, if set, is called before and after each report's transaction, one
	// call at a time (from the writers' goroutines).
	Progress func(ProgressEvent)
}

// ReportStatus is the outcome of building one report.
type ReportStatus string

// Report outcomes.
const (
	StatusCreated   ReportStatus = "created"   // the report was not in the graph
	StatusUpdated   ReportStatus = "updated"   // its old facts were replaced
	StatusUnchanged ReportStatus = "unchanged" // same sha256 already built: skipped
	StatusFailed    ReportStatus = "failed"    // rolled back; see Err
)

// ReportResult is what happened to one report, for the build log and the CLI summary.
type ReportResult struct {
	ReportID      string
	Status        ReportStatus
	Err           error
	NodesCreated  int
	NodesDeleted  int
	RelsCreated   int
	RelsDeleted   int
	PropertiesSet int
	Rows          int // parameter rows written (0 when unchanged)
	Duration      time.Duration
	Warnings      []string // e.g. a relation whose endpoint is unknown
}

// BuildSummary collects the per-report results of one build, in the order the reports
// were added.
type BuildSummary struct {
	Reports  []ReportResult
	Warnings []string // about the extractions as a whole (e.g. unknown relation types)
	Duration time.Duration
}

// Count returns how many reports ended with status st.
func (s BuildSummary) Count(st ReportStatus) int {
	n := 0
	for _, r := range s.Reports {
		if r.Status == st {
			n++
		}
	}
	return n
}

// ProgressEvent reports a build step; Result is set when Phase is "done".
type ProgressEvent struct {
	Phase    string // "start" or "done"
	ReportID string
	Index    int // 1-based position of the report in the build
	Total    int // reports in the build, when known in advance (Build, BuildAll); else 0
	Result   *ReportResult
}

// A Builder writes reports into the graph as they come: it is the one place that
// groups them. Add queues the reports of an extraction; a group closes at GroupSize
// reports or GroupRows rows and goes to one of the Writers, which writes the group's
// reports that are not in the graph yet in one transaction and each one already there
// in a transaction of its own. Every report is all or nothing: if a group's transaction
// fails, each of its reports is written again alone, so only a bad one fails.
// Transient errors such as deadlocks are retried by the driver.
type Builder struct {
	c     *Client
	ctx   context.Context
	opts  BuildOptions
	start time.Time

	pending     []*reportPlan
	pendingIdx  []int
	pendingRows int

	groups chan group
	wg     sync.WaitGroup

	mu    sync.Mutex // guards sum and total, and calls Progress one at a time
	sum   BuildSummary
	total int
}

// group is a closed group: plans and their indexes in the summary.
type group struct {
	plans []*reportPlan
	idx   []int
}

// NewBuilder applies the schema if the database's is not the current one and starts
// the writers. Add the extractions, then Close.
func (c *Client) NewBuilder(ctx context.Context, opts BuildOptions) (*Builder, error) {
	if opts.BatchSize <= 0 {
		opts.BatchSize = DefaultBatchSize
	}
	if opts.GroupSize <= 0 {
		opts.GroupSize = DefaultGroupSize
	}
	if opts.GroupRows <= 0 {
		opts.GroupRows = DefaultGroupRows
	}
	opts.Writers = max(1, opts.Writers)
	if v, err := c.storedVersion(ctx); err != nil {
		return nil, err
	} else if v != schema.Version {
		if err := c.ApplySchema(ctx); err != nil {
			return nil, err
		}
	}
	b := &Builder{c: c, ctx: ctx, opts: opts, start: time.Now(), groups: make(chan group, 1)}
	for range opts.Writers {
		b.wg.Go(func() {
			for g := range b.groups {
				b.write(g)
			}
		})
	}
	return b, nil
}

// Add plans the reports of ext and queues them; when a group is full it goes to a
// writer, and Add waits while every writer is busy, so extracted reports do not pile
// up in memory. Add and Close are called from one goroutine.
func (b *Builder) Add(ext *govkg.Extraction) {
	plans, warnings := planReports(ext)
	b.add(plans, warnings)
}

func (b *Builder) add(plans []*reportPlan, warnings []string) {
	b.mu.Lock()
	b.sum.Warnings = append(b.sum.Warnings, warnings...)
	first := len(b.sum.Reports)
	for _, p := range plans {
		b.sum.Reports = append(b.sum.Reports, ReportResult{ReportID: p.report.ID})
	}
	b.mu.Unlock()
	for k, p := range plans {
		rows := p.rowCount()
		if len(b.pending) >= b.opts.GroupSize || (len(b.pending) > 0 && b.pendingRows+rows > b.opts.GroupRows) {
			b.flush()
		}
		b.pending, b.pendingIdx = append(b.pending, p), append(b.pendingIdx, first+k)
		b.pendingRows += rows
	}
}

func (b *Builder) flush() {
	if len(b.pending) > 0 {
		b.groups <- group{plans: b.pending, idx: b.pendingIdx}
		b.pending, b.pendingIdx, b.pendingRows = nil, nil, 0
	}
}

// Close writes what is still queued, waits for the writers and returns the summary.
// When reports failed, the error (code EDB) says how many and the summary has the
// details; the other reports are written.
func (b *Builder) Close() (BuildSummary, error) {
	b.flush()
	close(b.groups)
	b.wg.Wait()
	b.mu.Lock()
	defer b.mu.Unlock()
	sum := b.sum
	sum.Duration = time.Since(b.start)
	var failed []string
	var firstErr error
	for _, res := range sum.Reports {
		if res.Status == StatusFailed {
			failed = append(failed, res.ReportID)
			if firstErr == nil {
				firstErr = res.Err
			}
		}
	}
	if len(failed) > 0 {
		return sum, &govkg.Error{Code: govkg.EDB,
			Message: fmt.Sprintf("%d of %d reports failed (%s)", len(failed), len(sum.Reports), strings.Join(failed, ", ")), Err: firstErr}
	}
	return sum, nil
}

// write writes one group: a run of consecutive reports not in the graph shares a
// transaction; a report already there (or a second copy of one in the group) gets its
// own.
func (b *Builder) write(g group) {
	ids := make([]string, len(g.plans))
	for k, p := range g.plans {
		ids[k] = p.report.ID
	}
	exists, err := b.c.existingReports(b.ctx, ids)
	if err != nil {
		for k := range g.plans {
			b.progress("start", g.idx[k], nil)
			res := ReportResult{ReportID: ids[k], Status: StatusFailed, Err: err}
			b.progress("done", g.idx[k], &res)
		}
		return
	}
	var run []int
	flush := func() {
		if len(run) == 0 {
			return
		}
		plans := make([]*reportPlan, len(run))
		for n, k := range run {
			plans[n] = g.plans[k]
			b.progress("start", g.idx[k], nil)
		}
		results, err := b.c.writeGroup(b.ctx, plans, b.opts.BatchSize)
		for n, k := range run {
			var res ReportResult
			if err != nil {
				res = b.c.writeReport(b.ctx, g.plans[k], b.opts.BatchSize, b.opts.Force)
				if !errors.Is(err, errGroupRaced) {
					res.Warnings = append(res.Warnings, groupFailure(err))
				}
			} else {
				res = results[n]
			}
			b.progress("done", g.idx[k], &res)
		}
		run = run[:0]
	}
	for k, p := range g.plans {
		rid := p.report.ID
		if exists[rid] {
			flush()
			b.progress("start", g.idx[k], nil)
			res := b.c.writeReport(b.ctx, p, b.opts.BatchSize, b.opts.Force)
			b.progress("done", g.idx[k], &res)
			continue
		}
		exists[rid] = true // a second plan of the same report updates it, after this run
		run = append(run, k)
	}
	flush()
}

// progress records a result (phase "done") and tells Progress, one call at a time.
func (b *Builder) progress(phase string, i int, res *ReportResult) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if res != nil {
		b.sum.Reports[i] = *res
	}
	if b.opts.Progress != nil {
		ev := ProgressEvent{Phase: phase, ReportID: b.sum.Reports[i].ReportID, Index: i + 1, Total: b.total}
		if res != nil {
			r := *res
			ev.Result = &r
		}
		b.opts.Progress(ev)
	}
}

// Build writes the reports of ext into the graph; see BuildAll.
func (c *Client) Build(ctx context.Context, ext *govkg.Extraction, opts BuildOptions) (BuildSummary, error) {
	if ext == nil {
		return BuildSummary{}, govkg.Errorf(govkg.EUSAGE, "nothing to build: no extraction")
	}
	return c.BuildAll(ctx, []*govkg.Extraction{ext}, opts)
}

// BuildAll writes the reports of several extractions through a Builder, in order. The
// graph is the one that writing the reports one by one, in order, gives. A failing
// report does not stop the others; the returned error (code EDB) then says how many
// failed and the summary has the details.
func (c *Client) BuildAll(ctx context.Context, exts []*govkg.Extraction, opts BuildOptions) (BuildSummary, error) {
	if slices.Contains(exts, nil) {
		return BuildSummary{}, govkg.Errorf(govkg.EUSAGE, "nothing to build: no extraction")
	}
	b, err := c.NewBuilder(ctx, opts)
	if err != nil {
		return BuildSummary{}, err
	}
	var plans [][]*reportPlan
	var warnings [][]string
	for _, ext := range exts {
		ps, ws := planReports(ext)
		plans, warnings = append(plans, ps), append(warnings, ws)
	}
	b.mu.Lock()
	for _, ps := range plans {
		b.total += len(ps)
	}
	b.mu.Unlock()
	for k := range plans {
		b.add(plans[k], warnings[k])
	}
	return b.Close()
}
