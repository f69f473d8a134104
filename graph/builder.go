package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

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
	// OnStop, if set, is called once when the builder stops writing because Neo4j
	// stopped answering or the context was canceled (see Builder): the caller can stop
	// producing reports. It is called from a writer's goroutine.
	OnStop func(error)
}

// ReportStatus is the outcome of building one report.
type ReportStatus string

// Report outcomes.
const (
	StatusCreated   ReportStatus = "created"   // the report was not in the graph
	StatusUpdated   ReportStatus = "updated"   // its old facts were replaced
	StatusUnchanged ReportStatus = "unchanged" // same sha256 already built: skipped
	StatusFailed    ReportStatus = "failed"    // not written (rolled back, or never tried); see Err
	// StatusUnknown: the connection was lost while the report's transaction was
	// committing, and Neo4j could not be asked afterwards whether it holds the report.
	// A rerun settles it: a report that was written is then unchanged.
	StatusUnknown ReportStatus = "unknown"
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
//
// When Neo4j stops answering (the driver has spent its retry time, MaxRetryTime, on
// one transaction) or the context is canceled, the builder stops: nothing more is
// written or retried, the reports still queued are failed as not written, and a
// report whose transaction was under way is asked for again in the graph with a fresh
// context, so that its status is what the graph holds: written if Neo4j committed it
// (even if the answer was lost), failed if not, unknown if Neo4j cannot be asked.
// Stopped returns why the builder stopped.
type Builder struct {
	c     *Client
	ctx   context.Context
	opts  BuildOptions
	start time.Time
	// reads is ctx for the builder's reads, canceled when it stops: a read that the
	// driver would retry against a dead server does not hold the build up.
	reads       context.Context
	cancelReads context.CancelFunc

	pending     []*reportPlan
	pendingIdx  []int
	pendingRows int

	groups chan group
	wg     sync.WaitGroup

	mu      sync.Mutex // guards sum, total and stopped, and calls Progress one at a time
	sum     BuildSummary
	total   int
	stopped error // why the builder stopped writing; nil while it writes

	unreachable atomic.Bool // settle found Neo4j not answering: it does not ask again
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
	b.reads, b.cancelReads = context.WithCancel(ctx)
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
	b.cancelReads()
	b.mu.Lock()
	defer b.mu.Unlock()
	sum := b.sum
	sum.Duration = time.Since(b.start)
	var failed []string
	var firstErr error
	for _, res := range sum.Reports {
		if res.Status == StatusFailed || res.Status == StatusUnknown {
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
	notWritten := func(ks []int, err error) {
		for _, k := range ks {
			b.progress("start", g.idx[k], nil)
			res := ReportResult{ReportID: ids[k], Status: StatusFailed, Err: err}
			b.progress("done", g.idx[k], &res)
		}
	}
	all := make([]int, len(g.plans))
	for k := range all {
		all[k] = k
	}
	if err := b.Stopped(); err != nil {
		notWritten(all, notWrittenError(err))
		return
	}
	exists, err := b.c.existingReports(b.reads, ids)
	if err != nil {
		if lost(err) {
			b.stop(err)
			err = notWrittenError(err)
		}
		notWritten(all, err)
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
		if err != nil && lost(err) {
			// Neo4j is gone (or the build interrupted): writing each report again would
			// spend the retry time once per report. Ask the graph what it holds instead.
			b.stop(err)
			results := b.settle(plans, make([]bool, len(plans)), err)
			for n, k := range run {
				b.progress("done", g.idx[k], &results[n])
			}
			run = run[:0]
			return
		}
		for n, k := range run {
			var res ReportResult
			switch {
			case err == nil:
				res = results[n]
			case b.Stopped() != nil: // another report of the group found Neo4j gone
				res = ReportResult{ReportID: ids[k], Status: StatusFailed, Err: notWrittenError(b.Stopped())}
			default:
				res = b.writeAlone(g.plans[k], false)
				if !errors.Is(err, errGroupRaced) {
					res.Warnings = append(res.Warnings, groupFailure(err))
				}
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
			res := ReportResult{ReportID: rid, Status: StatusFailed, Err: notWrittenError(b.Stopped())}
			if b.Stopped() == nil {
				res = b.writeAlone(p, true)
			}
			b.progress("done", g.idx[k], &res)
			continue
		}
		exists[rid] = true // a second plan of the same report updates it, after this run
		run = append(run, k)
	}
	flush()
}

// writeAlone writes one report in its own transaction; if Neo4j is gone, the builder
// stops and the report's status is what the graph holds.
func (b *Builder) writeAlone(p *reportPlan, existed bool) ReportResult {
	res := b.c.writeReport(b.ctx, p, b.opts.BatchSize, b.opts.Force)
	if res.Status == StatusFailed && lost(res.Err) {
		b.stop(res.Err)
		return b.settle([]*reportPlan{p}, []bool{existed}, res.Err)[0]
	}
	return res
}

// settleTimeout bounds the question settle asks Neo4j after a write failed.
const settleTimeout = 5 * time.Second

// settle gives the reports of a transaction that failed because Neo4j stopped
// answering (or the build was interrupted) the status the graph holds: written
// (created, or updated if it existed before) when the graph has the report with its
// plan's sha256, failed when it does not, unknown when the graph cannot be asked and
// the failure came while committing. It asks once for all of them, with a context of
// its own, so an interrupted build still learns what its last transaction did; once
// Neo4j did not answer, it is not asked again.
func (b *Builder) settle(plans []*reportPlan, existed []bool, cause error) []ReportResult {
	ids := make([]string, len(plans))
	for i, p := range plans {
		ids[i] = p.report.ID
	}
	var shas map[string]string
	err := errUnreachable
	if !b.unreachable.Load() {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(b.ctx), settleTimeout)
		shas, err = b.c.reportSHAs(ctx, ids)
		cancel()
		if err != nil {
			b.unreachable.Store(true)
		}
	}
	out := make([]ReportResult, len(plans))
	for i, p := range plans {
		rid := p.report.ID
		switch {
		case err == nil && shas[rid] == p.report.SHA256 && p.report.SHA256 != "":
			st := StatusCreated
			if existed[i] {
				st = StatusUpdated
			}
			out[i] = ReportResult{ReportID: rid, Status: st, Rows: p.rowCount(), Warnings: append(append([]string{}, p.warnings...),
				"Neo4j committed the report but its answer was lost ("+oneLine(cause)+"); the counts of what was created are not known")}
		case err == nil || !duringCommit(cause):
			out[i] = ReportResult{ReportID: rid, Status: StatusFailed, Err: notWrittenError(cause)}
		default:
			out[i] = ReportResult{ReportID: rid, Status: StatusUnknown, Err: &govkg.Error{Code: govkg.EDB,
				Message: "the connection was lost while Neo4j was committing the report, and Neo4j could not be asked since: it may or may not be in the graph; run the build again to settle it",
				Err:     cause}}
		}
	}
	return out
}

// errUnreachable stands for the answer settle no longer asks for.
var errUnreachable = errors.New("Neo4j did not answer")

// stop records the first reason to stop writing and tells OnStop.
func (b *Builder) stop(err error) {
	b.mu.Lock()
	first := b.stopped == nil
	if first {
		b.stopped = err
	}
	b.mu.Unlock()
	if first {
		b.cancelReads()
		if b.opts.OnStop != nil {
			b.opts.OnStop(err)
		}
	}
}

// Stopped returns why the builder stopped writing (Neo4j stopped answering, or the
// build's context was canceled), or nil while it writes.
func (b *Builder) Stopped() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.stopped
}

// lost reports whether err means Neo4j cannot be written any more: the connection is
// gone (after the driver's retries), or the build's context was canceled.
func lost(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var ce *neo4j.ConnectivityError
	if errors.As(err, &ce) {
		return true
	}
	var te *neo4j.TransactionExecutionLimit
	if errors.As(err, &te) && len(te.Errors) > 0 {
		last := te.Errors[len(te.Errors)-1]
		return lost(last) || strings.Contains(last.Error(), "PoolTimeout") || strings.Contains(last.Error(), "ConnectivityError")
	}
	return false
}

// duringCommit reports whether a write failed while its commit was under way, so that
// Neo4j may have committed it: the connection died during the commit, or the build was
// interrupted (at a moment that cannot be told).
func duringCommit(err error) bool {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var ce *neo4j.ConnectivityError
	return errors.As(err, &ce) && ce.Inner != nil && strings.Contains(ce.Inner.Error(), "during commit")
}

// ErrStopped is in the error of every report a stopped Builder did not write
// (errors.Is), with the reason it stopped.
var ErrStopped = errors.New("the build stopped")

// stoppedError is ErrStopped with its cause.
type stoppedError struct{ cause error }

func (e *stoppedError) Error() string        { return oneLine(e.cause) }
func (e *stoppedError) Unwrap() error        { return e.cause }
func (e *stoppedError) Is(target error) bool { return target == ErrStopped }

// notWrittenError says that a report was not written because the builder stopped.
func notWrittenError(cause error) error {
	return &govkg.Error{Code: govkg.EDB, Message: "not written: " + StopReason(cause), Err: &stoppedError{cause}}
}

// StopReason says in a few words why a build stopped: Neo4j stopped answering, or the
// build was interrupted.
func StopReason(cause error) string {
	if errors.Is(cause, context.Canceled) || errors.Is(cause, context.DeadlineExceeded) {
		return "the build was interrupted"
	}
	return "Neo4j stopped answering"
}

// oneLine is an error's first line.
func oneLine(err error) string {
	msg := err.Error()
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	return msg
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
