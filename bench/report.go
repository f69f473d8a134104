package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// results is everything one bench run measured.
type results struct {
	Command, Date string
	Elapsed       time.Duration // the whole bench run
	Repeat        int           // runs of each extraction measurement
	LoadBefore    string        // load averages when the run started
	LoadAfter     string        // and when it ended
	Machine       machine
	Corpus        string
	Files         int
	MB            float64

	Gse      gseResult
	GseWall  float64
	GseRSSKB int64

	Binary []runMeasure    // govkg extract, -j 1 then -j NumCPU
	Stream []streamMeasure // Extractor.Run in-process, same order
	Scale  []scaleRow

	Startup     []time.Duration
	StartupFile string

	Neo4jURI     string
	Neo4jSkipped string
	GoBench      goBench
	Sample       []sampleBuild // default batch, then BatchSize 1
	Ingest       ingestResult
	Queries      []queryResult
	Ceiling      ceilingResult // the transactional ceiling
	Bulk         bulkResult    // the bulk ceiling and route
}

// scaleRow is one share of the corpus at one worker per core.
type scaleRow struct {
	Set    fileSet
	Binary runMeasure
	Stream streamMeasure
}

func mb(kb int64) string { return fmt.Sprintf("%.0f", float64(kb)/1024) }

func f1(v float64) string { return fmt.Sprintf("%.1f", v) }
func f2(v float64) string { return fmt.Sprintf("%.2f", v) }

func ms(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d)/float64(time.Millisecond)) }

// thousands renders n with thin separators: 1,234,567.
func thousands(v float64) string {
	s := fmt.Sprintf("%.0f", v)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// mdTable renders a Markdown table with columns padded for reading as plain text.
func mdTable(b *strings.Builder, cols []string, rows [][]string) {
	w := make([]int, len(cols))
	width := func(s string) int {
		n := 0
		for _, r := range s {
			if r >= 0x1100 && (r <= 0x115f || (r >= 0x2e80 && r <= 0xa4cf) || (r >= 0xac00 && r <= 0xd7a3) || (r >= 0xf900 && r <= 0xfaff) || (r >= 0xff00 && r <= 0xff60)) {
				n += 2
			} else {
				n++
			}
		}
		return n
	}
	for i, c := range cols {
		w[i] = width(c)
	}
	for _, r := range rows {
		for i, c := range r {
			w[i] = max(w[i], width(c))
		}
	}
	line := func(cells []string) {
		b.WriteString("|")
		for i, c := range cells {
			b.WriteString(" " + c + strings.Repeat(" ", w[i]-width(c)) + " |")
		}
		b.WriteString("\n")
	}
	line(cols)
	sep := make([]string, len(cols))
	for i := range cols {
		sep[i] = strings.Repeat("-", w[i])
	}
	line(sep)
	for _, r := range rows {
		line(r)
	}
	b.WriteString("\n")
}

func (r *results) startupMedian() time.Duration {
	s := slices.Clone(r.Startup)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}

// extractRatio is govkg's single-worker pipeline time over gse's segmentation time.
func (r *results) extractRatio() float64 {
	if len(r.Stream) == 0 || r.Gse.CutSecs == 0 {
		return 0
	}
	return r.Stream[0].Res.Seconds / r.Gse.CutSecs
}

func verdict(ok bool, miss string) string {
	if ok {
		return "yes"
	}
	return "**no**: " + miss
}

// markdown renders the results section of BENCHMARKS.md (also printed on stdout).
func (r *results) markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "## Results\n\n")
	if r.Command != "" {
		fmt.Fprintf(&b, "Reproduce with `%s` (this run took %s).\n\n", r.Command, r.Elapsed.Round(time.Second))
	}
	m := r.Machine
	fmt.Fprintf(&b, "Measured %s on: %s, %s cores (nproc), %s RAM, %s; %s; %s; govkg %s.\n\n",
		r.Date, m.CPU, m.Cores, m.Memory, m.Kernel, m.Go, m.Neo4j, m.Govkg)
	fmt.Fprintf(&b, "Load average (1, 5, 15 min) at the start: %s; at the end: %s. Other processes on the machine slow every wall-clock number below; the CPU seconds column is less sensitive to them.\n\n", r.LoadBefore, r.LoadAfter)
	fmt.Fprintf(&b, "Corpus: `%s`, %d reports, %.1f MB of report files (MB = 10^6 bytes of the files as stored; MB/s below is that size over the time).\n\n",
		r.Corpus, r.Files, r.MB)

	// targets first: what the lead reads
	b.WriteString("### Targets\n\n")
	var trows [][]string
	ratio := r.extractRatio()
	cpuRatio := 0.0
	if len(r.Stream) > 0 && r.Gse.CutCPU > 0 {
		cpuRatio = r.Stream[0].Res.CPUSecs / r.Gse.CutCPU
	}
	trows = append(trows, []string{"extraction time ÷ gse segmentation time, 1 worker each (wall; CPU in brackets)",
		fmt.Sprintf("%s (CPU %s)", f2(ratio), f2(cpuRatio)), "≤ 1.0",
		verdict(ratio <= 1.0, fmt.Sprintf("%.2f× gse's time", ratio))})
	su := r.startupMedian()
	trows = append(trows, []string{"start-up: `govkg extract` one report to output (median of 5)", fmt.Sprintf("%s ms", ms(su)), "≤ 1 s",
		verdict(su <= time.Second, fmt.Sprintf("%.1f× over", su.Seconds()))})
	if r.Neo4jSkipped == "" {
		in := r.Ingest
		trows = append(trows, []string{"whole corpus built by `govkg build`: reports that failed", fmt.Sprintf("%d of %d", in.Failed, in.Reports), "0",
			verdict(in.Failed == 0, fmt.Sprintf("%d failed", in.Failed))})
		if share, ok := r.ceilingShare(); ok {
			trows = append(trows, []string{"ingest as a share of the transactional ceiling (plain `UNWIND … CREATE` of the same graph ÷ `govkg build`, same run)",
				fmt.Sprintf("%.2f (%s ÷ %s s)", share, f1(r.Ceiling.Seconds), f1(in.Seconds)), "≥ 0.5",
				verdict(share >= 0.5, fmt.Sprintf("%.2f", share))})
		} else {
			trows = append(trows, []string{"ingest as a share of the transactional ceiling", "not measured: " + r.Ceiling.Err, "≥ 0.5", "**no**: not measured"})
		}
		if r.Bulk.Skipped == "" && r.Bulk.Err == "" && r.Bulk.ImportSecs > 0 {
			trows = append(trows, []string{"ingest as a share of the bulk ceiling (`neo4j-admin database import full` of the same graph ÷ `govkg build`)",
				fmt.Sprintf("%.2f (%s ÷ %s s)", r.Bulk.ImportSecs/max(in.Seconds, 1e-9), f1(r.Bulk.ImportSecs), f1(in.Seconds)), "(none: the bulk ceiling bounds any transactional writer)", "—"})
		}
		x := r.GoBench.Batched / max(r.GoBench.OneRowPerTx, 1e-9)
		trows = append(trows, []string{"batched ÷ one-row-per-transaction writes (graph benchmarks)", fmt.Sprintf("%.1f×", x), "≥ 20×",
			verdict(x >= 20, fmt.Sprintf("%.1f× short", 20/max(x, 1e-9)))})
		for _, level := range []string{"district", "city", "province"} {
			var worst queryResult
			failed := 0
			for _, q := range r.Queries {
				if q.Level != level && q.Level != "" {
					continue
				}
				if q.Err != "" {
					failed++
					continue
				}
				if q.P95 >= worst.P95 {
					worst = q
				}
			}
			miss := fmt.Sprintf("%s at %s ms", worst.Name, ms(worst.P95))
			if failed > 0 {
				miss += fmt.Sprintf("; %d queries failed", failed)
			}
			trows = append(trows, []string{fmt.Sprintf("saved queries at level=%s (and those without a level), worst p95", level),
				fmt.Sprintf("%s ms (%s)", ms(worst.P95), worst.Name), "≤ 100 ms",
				verdict(worst.P95 <= 100*time.Millisecond && failed == 0, miss)})
		}
	}
	if len(r.Scale) == 3 {
		q, f := r.Scale[0], r.Scale[2]
		streamGrowth := float64(f.Stream.RSSKB) / max(float64(q.Stream.RSSKB), 1)
		trows = append(trows, []string{"streaming: pipeline peak RSS, whole ÷ ¼ corpus", fmt.Sprintf("%.2f (%s → %s MB)", streamGrowth, mb(q.Stream.RSSKB), mb(f.Stream.RSSKB)), "≈ 1 (≤ 1.25)",
			verdict(streamGrowth <= 1.25, fmt.Sprintf("grows %.2f×", streamGrowth))})
		binGrowth := float64(f.Binary.RSSKB) / max(float64(q.Binary.RSSKB), 1)
		trows = append(trows, []string{"streaming: `govkg extract` peak RSS, whole ÷ ¼ corpus", fmt.Sprintf("%.2f (%s → %s MB)", binGrowth, mb(q.Binary.RSSKB), mb(f.Binary.RSSKB)), "≈ 1 (≤ 1.25)",
			verdict(binGrowth <= 1.25, fmt.Sprintf("grows %.2f×", binGrowth))})
		lin := (q.Stream.Res.Seconds / q.Set.MB()) / (f.Stream.Res.Seconds / f.Set.MB())
		trows = append(trows, []string{"linear time: pipeline s/MB at ¼ ÷ s/MB at whole", f2(lin), "0.85–1.15",
			verdict(lin >= 0.85 && lin <= 1.15, "not linear")})
	}
	mdTable(&b, []string{"target", "measured", "goal", "met"}, trows)

	b.WriteString("### Extraction of the whole corpus\n\n")
	var rows [][]string
	g := r.Gse
	rows = append(rows, []string{"gse stock dictionary load (`gse.New()`)", f2(g.LoadSecs), "", "", "", mb(g.LoadRSSKB) + " (after load)"})
	rows = append(rows, []string{"gse `seg.Cut(text, true)`, 1 thread, normalized text", f2(g.CutSecs), f2(g.CutCPU), f2(r.MB / g.CutSecs),
		f1(float64(g.Files) / g.CutSecs), mb(r.GseRSSKB)})
	for i, x := range r.Binary {
		rows = append(rows, []string{fmt.Sprintf("`govkg extract --format jsonl -j %d` (process, to /dev/null)", x.Workers), f2(x.Wall), f2(x.CPU), f2(r.MB / x.Wall),
			f1(float64(r.Files) / x.Wall), mb(x.RSSKB)})
		if i < len(r.Stream) {
			s := r.Stream[i]
			rows = append(rows, []string{fmt.Sprintf("pipeline `Extractor.Run`, %d worker(s), results dropped", s.Workers), f2(s.Res.Seconds), f2(s.Res.CPUSecs), f2(r.MB / s.Res.Seconds),
				f1(float64(s.Res.Files) / s.Res.Seconds), mb(s.RSSKB)})
		}
	}
	mdTable(&b, []string{"run", "seconds", "CPU s", "MB/s", "reports/s", "peak RSS MB"}, rows)
	fmt.Fprintf(&b, "The gse baseline segments the normalized text that `document.ReadFile` produces "+
		"(%.1f MB of text, %d tokens); reading and normalizing (%.2f s) are not counted as gse's, while govkg's times include them. "+
		"Dictionary: %s. The ratio in the targets is the pipeline with 1 worker (%.2f s) over gse's Cut time (%.2f s); "+
		"with one worker per core it is %.2f, and the whole `govkg extract -j 1` process over gse's load + cut is %.2f. "+
		"Every extraction measurement (these rows and the scaling table) ran %d times, in rounds, and the tables show the fastest run of each, since other work on the machine comes and goes.\n\n",
		g.TextMB, g.Tokens, g.ParseSecs, g.Dict, r.Stream[0].Res.Seconds, g.CutSecs,
		r.Stream[len(r.Stream)-1].Res.Seconds/max(g.CutSecs, 1e-9), r.Binary[0].Wall/max(g.LoadSecs+g.CutSecs, 1e-9), r.Repeat)
	if len(r.Stream) > 0 {
		s := r.Stream[0].Res
		fmt.Fprintf(&b, "The pipeline found %s entities and %s relations in %d reports (%d failed) and allocated %s MB doing it. ",
			thousands(float64(s.Entities)), thousands(float64(s.Relations)), s.Files, s.Failed, thousands(s.AllocMB))
		if len(r.Binary) > 0 {
			fmt.Fprintf(&b, "`govkg extract` refused %d reports of the whole corpus (it exits 1 and names them) and still wrote the rest; the same report stored twice is skipped as a duplicate, with a warning.", r.Binary[0].Failed)
		}
		b.WriteString("\n\n")
	}

	b.WriteString("### Start-up\n\n")
	var sus []string
	for _, d := range r.Startup {
		sus = append(sus, ms(d))
	}
	fmt.Fprintf(&b, "`govkg extract %s > /dev/null`, wall time of the process (an upper bound on the time to first output), 5 runs: %s ms; median %s ms.\n\n",
		r.StartupFile, strings.Join(sus, ", "), ms(r.startupMedian()))

	b.WriteString("### Scaling (one worker per core, deterministic shares: every 4th, every 2nd, every report of the sorted list)\n\n")
	rows = nil
	for _, s := range r.Scale {
		rows = append(rows, []string{s.Set.Name, fmt.Sprint(len(s.Set.Files)), f1(s.Set.MB()),
			f2(s.Binary.Wall), f2(s.Binary.Wall / s.Set.MB()), mb(s.Binary.RSSKB),
			f2(s.Stream.Res.Seconds), f2(s.Stream.Res.Seconds / s.Set.MB()), mb(s.Stream.RSSKB)})
	}
	mdTable(&b, []string{"share", "reports", "MB", "extract s", "extract s/MB", "extract RSS MB", "pipeline s", "pipeline s/MB", "pipeline RSS MB"}, rows)
	if len(r.Scale) == 3 {
		q, f := r.Scale[0], r.Scale[2]
		lin := (q.Stream.Res.Seconds / q.Set.MB()) / (f.Stream.Res.Seconds / f.Set.MB())
		word := "grows linearly"
		if lin < 0.85 || lin > 1.15 {
			word = "does not grow linearly"
		}
		fmt.Fprintf(&b, "Time %s with the corpus: seconds per MB at ¼ are %.2f× those at the whole corpus. "+
			"The pipeline's memory stays flat (%s → %s MB), since `Extractor.Run` keeps at most 2×workers results in flight; "+
			"`govkg extract --format jsonl` goes from %s to %s MB: it writes each report as soon as it is extracted. "+
			"(The JSON document format merges every report before writing, so its memory grows with the corpus by design; use JSON Lines for corpora.)\n\n",
			word, lin, mb(q.Stream.RSSKB), mb(f.Stream.RSSKB), mb(q.Binary.RSSKB), mb(f.Binary.RSSKB))
	}

	b.WriteString("### Ingest into Neo4j\n\n")
	if r.Neo4jSkipped != "" {
		fmt.Fprintf(&b, "Not measured: %s.\n\n", r.Neo4jSkipped)
		return b.String()
	}
	in := r.Ingest
	rows = [][]string{
		{"whole corpus, `govkg build --json`, end to end (extraction overlaps writes)", thousands(float64(in.Rows)), f1(in.Seconds), thousands(float64(in.Rows) / max(in.Seconds, 1e-9))},
		{"whole corpus, the write transactions alone (sum of per-report seconds, a grouped report counting its share of the group's transaction; parallel writers overlap)", thousands(float64(in.Rows)), f1(in.WriteSeconds), thousands(float64(in.Rows) / max(in.WriteSeconds, 1e-9))},
	}
	for _, s := range r.Sample {
		what := fmt.Sprintf("sample of %d reports, BatchSize %d, one transaction per report", s.Reports, s.BatchSize)
		if s.BatchSize == 1 {
			what = fmt.Sprintf("sample of %d reports, BatchSize 1 (one row per statement), one transaction per report", s.Reports)
		}
		rows = append(rows, []string{what, thousands(float64(s.Rows)), f2(s.Seconds), thousands(s.RowsPerSec())})
	}
	rows = append(rows,
		[]string{"graph `BenchmarkBuildBatched` (synthetic report, 2,000 entities; 5 runs)", "", "", thousands(r.GoBench.Batched)},
		[]string{"graph `BenchmarkBuildOneRowPerTx` (same rows, one transaction each)", "", "", thousands(r.GoBench.OneRowPerTx)})
	mdTable(&b, []string{"write", "rows", "seconds", "rows/s"}, rows)
	fmt.Fprintf(&b, "Into an emptied database at %s (constraints and indexes kept). %d reports, %d failed; the graph then has %s nodes and %s relationships. "+
		"The `govkg build` process took %.1f s wall and peaked at %s MB RSS. ",
		r.Neo4jURI, in.Reports, in.Failed, thousands(float64(in.Nodes)), thousands(float64(in.Rels)), in.WallSeconds, mb(in.RSSKB))
	if len(r.Sample) == 2 {
		fmt.Fprintf(&b, "On the corpus sample, the default batch writes %.1f× as fast as one row per statement; ", r.Sample[0].RowsPerSec()/max(r.Sample[1].RowsPerSec(), 1e-9))
	}
	fmt.Fprintf(&b, "against one row per transaction (graph's benchmarks: Build as shipped versus the same statements one row per managed transaction) batching is %.1f× faster.\n\n", r.GoBench.Batched/max(r.GoBench.OneRowPerTx, 1e-9))
	r.ceilingMarkdown(&b)

	b.WriteString("### Saved queries on the graph govkg built, at every level\n\n")
	rows = nil
	for _, q := range r.Queries {
		level := q.Level
		if level == "" {
			level = "—"
		}
		if q.Err != "" {
			rows = append(rows, []string{q.Name, level, q.Params, "", "", "", "", "", "error: " + q.Err})
			continue
		}
		rows = append(rows, []string{q.Name, level, q.Params, fmt.Sprint(q.Rows), fmt.Sprint(q.Runs), ms(q.P50), ms(q.P95), ms(q.Max),
			verdict(q.P95 <= 100*time.Millisecond, "over 100 ms")})
	}
	mdTable(&b, []string{"query", "level", "params", "rows", "runs", "p50 ms", "p95 ms", "max ms", "p95 ≤ 100 ms"}, rows)
	b.WriteString("Each query runs in a read transaction through `graph.Client.Read`, as `govkg query run` does, after warm-up runs, with the parameters shown: the declared defaults (a query that takes a level runs once at each), except where scripts/bench passes values that exist in the default corpus's graph (the defaults name Shenzhen districts). Times include fetching every row. They were measured before the ceilings above emptied and rewrote the database.\n")
	return b.String()
}

// ceilingShare is the transactional ceiling's time over govkg build's for the same
// graph: govkg's write rate as a share of the ceiling's.
func (r *results) ceilingShare() (float64, bool) {
	c := r.Ceiling
	if c.Err != "" || c.Seconds == 0 || r.Ingest.Seconds == 0 {
		return 0, false
	}
	return c.Seconds / r.Ingest.Seconds, true
}

// ceilingMarkdown renders the ceilings next to govkg build, all for the same graph.
func (r *results) ceilingMarkdown(b *strings.Builder) {
	in, c, k := r.Ingest, r.Ceiling, r.Bulk
	elems := float64(in.Nodes + in.Rels)
	b.WriteString("#### Against this Neo4j's own ceilings (same graph, same run)\n\n")
	rows := [][]string{{"`govkg build --json` of the corpus, end to end (extraction overlaps writes)", f1(in.Seconds),
		thousands(elems / max(in.Seconds, 1e-9)), thousands(float64(in.Rows) / max(in.Seconds, 1e-9)), "1.00"}}
	if c.Err == "" && c.Seconds > 0 {
		rows = append(rows, []string{fmt.Sprintf("transactional ceiling: plain `UNWIND … CREATE` of the same graph into the emptied database, schema applied, %s-row transactions, %d writers", thousands(float64(c.TxRows)), c.Writers),
			f1(c.Seconds), thousands(float64(c.Nodes+c.Rels) / max(c.Seconds, 1e-9)), thousands(float64(in.Rows) / max(c.Seconds, 1e-9)), f2(c.Seconds / max(in.Seconds, 1e-9))})
	}
	if k.Skipped == "" && k.Err == "" && k.ImportSecs > 0 {
		rows = append(rows,
			[]string{"bulk ceiling: `neo4j-admin database import full` of the same graph's CSV (server stopped)", f1(k.ImportSecs),
				thousands(float64(k.Nodes+k.Rels) / max(k.ImportSecs, 1e-9)), thousands(float64(in.Rows) / max(k.ImportSecs, 1e-9)), f2(k.ImportSecs / max(in.Seconds, 1e-9))},
			[]string{"bulk route, database part: import + start + schema and index population", f1(k.Load()),
				thousands(float64(k.Nodes+k.Rels) / max(k.Load(), 1e-9)), thousands(float64(in.Rows) / max(k.Load(), 1e-9)), f2(k.Load() / max(in.Seconds, 1e-9))},
			[]string{"bulk route, from the report files: `govkg export --format csv --from-files` (extraction and merge in Go) + the above", f1(k.Total()),
				thousands(float64(k.Nodes+k.Rels) / max(k.Total(), 1e-9)), thousands(float64(in.Rows) / max(k.Total(), 1e-9)), f2(k.Total() / max(in.Seconds, 1e-9))})
	}
	mdTable(b, []string{"write of the corpus graph", "seconds", "nodes+rels/s", "govkg rows/s equivalent", "time ÷ govkg build"}, rows)
	fmt.Fprintf(b, "All rows write the graph `govkg build` wrote (%s nodes and %s relationships). \"govkg rows/s equivalent\" is govkg build's %s parameter rows over each row's seconds, so the rates compare directly; \"time ÷ govkg build\" is govkg build's rate as a share of that row's. ",
		thousands(float64(in.Nodes)), thousands(float64(in.Rels)), thousands(float64(in.Rows)))
	if c.Err != "" {
		fmt.Fprintf(b, "The transactional ceiling was not measured: %s. ", c.Err)
	} else {
		fmt.Fprintf(b, "The transactional ceiling wrote %s nodes and %s relationships in %d transactions (the graph was first exported with `govkg export --format jsonl` in %.1f s, not counted). ",
			thousands(float64(c.Nodes)), thousands(float64(c.Rels)), c.Transactions, c.ExportSecs)
	}
	switch {
	case k.Skipped != "":
		fmt.Fprintf(b, "The bulk ceiling was not measured: %s.", k.Skipped)
	case k.Err != "":
		fmt.Fprintf(b, "The bulk ceiling failed: %s.", strings.ReplaceAll(k.Err, "\n", " "))
	default:
		fmt.Fprintf(b, "The bulk import left %s nodes and %s relationships (with the schema node); `govkg export --format csv --from-files` took %.1f s, neo4j-admin %.1f s, starting the server %.1f s and the schema with its indexes %.1f s. ",
			thousands(float64(k.Nodes)), thousands(float64(k.Rels)), k.ExportSecs, k.ImportSecs, k.StartSecs, k.SchemaSecs)
		if inc := k.Increment; inc.File != "" {
			fmt.Fprintf(b, "Then `govkg build --force %s` on the imported graph: %s in %.1f s%s.", inc.File, inc.Status, inc.Seconds, map[bool]string{true: " (" + inc.Err + ")", false: ""}[inc.Err != ""])
		}
	}
	b.WriteString("\n\n")
}
