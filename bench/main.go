// Command govkg-bench measures govkg's speed, memory and scale on a corpus in one run
// and writes the results into BENCHMARKS.md. Run it through scripts/bench, which builds
// it and bin/govkg first:
//
//	NEO4J_URI=bolt://127.0.0.1:7687 scripts/bench --wipe
//
// It measures extraction (the govkg binary and the in-process pipeline, 1 worker and one
// per core), gse's stock segmentation of the same reports as the baseline, start-up,
// scaling at ¼, ½ and the whole corpus, ingest into Neo4j, batched against one row per
// transaction, and every saved query's p50 and p95. Peak RSS comes from getrusage of a
// child process per measurement, so each number is that run's alone.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/govkg/govkg/extract"
	"github.com/govkg/govkg/graph"
)

func main() {
	var err error
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "child-stream":
			err = childStream(os.Args[2:])
		case "child-gse":
			err = childGse(os.Args[2:])
		case "ceiling":
			err = ceilingOnly(os.Args[2:])
		case "queries":
			err = queriesOnly(os.Args[2:])
		case "gen-hostile":
			err = genHostile(os.Args[2:])
		default:
			err = run(os.Args[1:])
		}
	} else {
		err = run(nil)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "govkg-bench:", err)
		os.Exit(1)
	}
}

// options are the command-line flags of a bench run.
type options struct {
	govkg       string
	corpus      string
	startupFile string
	md          string
	command     string
	repo        string
	wipe        bool
	noNeo4j     bool
	quick       bool
	sample      int
	repeat      int
	queryRuns   int
	queryWarmup int
	queryBudget time.Duration
	params      paramFlags
	neo4jScript string
	writers     int
	hostileOnly bool
	hostile     hostileOptions
}

// paramFlags collects repeated -param query.name=value flags.
type paramFlags map[string]string

func (p paramFlags) String() string { return fmt.Sprint(map[string]string(p)) }

func (p paramFlags) Set(s string) error {
	k, v, ok := strings.Cut(s, "=")
	if !ok || !strings.Contains(k, ".") {
		return errors.New("want QUERY.PARAM=VALUE")
	}
	p[k] = v
	return nil
}

func run(args []string) error {
	o := options{params: paramFlags{}}
	fs := flag.NewFlagSet("govkg-bench", flag.ContinueOnError)
	fs.StringVar(&o.govkg, "govkg", "bin/govkg", "the govkg binary to measure")
	fs.StringVar(&o.corpus, "corpus", envOr("GOVKG_CORPUS", "/work/shared/corpus-cities"), "corpus directory")
	fs.StringVar(&o.startupFile, "startup-file", "testdata/reports/pingshan-2025-government-work-report.md", "report for the start-up measurement")
	fs.StringVar(&o.md, "md", "BENCHMARKS.md", "file whose results section is rewritten (empty: none)")
	fs.StringVar(&o.command, "command", "", "the command line to print as the way to reproduce the run")
	fs.StringVar(&o.repo, "repo", ".", "repository root (for go test ./graph/)")
	fs.BoolVar(&o.wipe, "wipe", false, "empty the database first (relationships, then nodes, in batches)")
	fs.BoolVar(&o.noNeo4j, "no-neo4j", false, "skip everything that needs Neo4j")
	fs.BoolVar(&o.quick, "quick", false, "smoke test: every 20th report, few query runs, BENCHMARKS.md untouched")
	fs.IntVar(&o.sample, "sample", 8, "reports in the batched vs one-row sample")
	fs.IntVar(&o.repeat, "repeat", 3, "runs of each extraction measurement (the fastest counts)")
	fs.IntVar(&o.queryRuns, "query-runs", 30, "timed runs per saved query")
	fs.IntVar(&o.queryWarmup, "query-warmup", 3, "untimed runs per saved query first")
	fs.DurationVar(&o.queryBudget, "query-budget", time.Minute, "stop timing a query after this long (at least 5 runs)")
	fs.Var(o.params, "param", "QUERY.PARAM=VALUE for a saved query (repeatable)")
	fs.StringVar(&o.neo4jScript, "neo4j-script", "", "the scripts/neo4j that runs NEO4J_URI's server: the bulk ceiling stops it for neo4j-admin import and starts it again (empty: no bulk ceiling)")
	fs.IntVar(&o.writers, "writers", 2, "parallel writers of the transactional ceiling (govkg build's default -w)")
	fs.BoolVar(&o.hostileOnly, "hostile", false, "measure the hostile input shapes only (no corpus, no Neo4j) and rewrite their section of -md")
	fs.StringVar(&o.hostile.sizes, "hostile-sizes", "1MiB,16MiB,64MiB", "sizes of the hostile files (KiB, MiB or bytes; 64MiB is the most the reader accepts)")
	fs.StringVar(&o.hostile.shapes, "hostile-shapes", "all", "hostile shapes to run, comma-separated")
	fs.StringVar(&o.hostile.seed, "hostile-seed", "testdata/reports", "seed reports (.txt) the hostile shapes are made of")
	fs.StringVar(&o.hostile.real, "hostile-real", "testdata/corpus", "real reports: the baseline of the hostile shapes")
	fs.DurationVar(&o.hostile.timeout, "hostile-timeout", 10*time.Minute, "stop a hostile run after this long")
	rssCapGB := fs.Float64("hostile-rss-cap", 4, "stop a hostile run whose RSS passes this many GiB")
	if err := fs.Parse(args); err != nil {
		return err
	}
	o.hostile.rssCap = int64(*rssCapGB * (1 << 20))
	if o.quick {
		o.queryRuns, o.queryWarmup, o.md, o.repeat = 5, 1, "", 1
	}
	o.repeat = max(o.repeat, 1)
	ctx := context.Background()
	self, err := os.Executable()
	if err != nil {
		return err
	}
	govkgBin, err := filepath.Abs(o.govkg)
	if err != nil {
		return err
	}
	if _, err := os.Stat(govkgBin); err != nil {
		return fmt.Errorf("%s: build it first (go build -o bin/govkg ./cmd/govkg): %v", o.govkg, err)
	}

	started := time.Now()
	r := &results{Command: o.command, Date: time.Now().UTC().Format("2006-01-02 15:04 MST")}
	r.Machine = machineInfo(o.repo)
	r.LoadBefore = loadAvg()
	if o.hostileOnly {
		return runHostileOnly(o, r, govkgBin, started)
	}
	all, err := corpusFiles(o.corpus)
	if err != nil {
		return err
	}
	if o.quick {
		all = every(all, 20)
	}
	tmp, err := os.MkdirTemp("", "govkg-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	r.Corpus = o.corpus
	shares := []struct {
		name string
		k    int
	}{{"¼", 4}, {"½", 2}, {"full", 1}}
	sets := map[int]fileSet{}
	for _, s := range shares {
		fsub := every(all, s.k)
		set := fileSet{Name: s.name, Files: fsub, List: filepath.Join(tmp, fmt.Sprintf("files-%d.txt", s.k))}
		for _, f := range fsub {
			st, err := os.Stat(f)
			if err != nil {
				return err
			}
			set.Bytes += st.Size()
		}
		if err := os.WriteFile(set.List, []byte(strings.Join(fsub, "\n")+"\n"), 0o644); err != nil {
			return err
		}
		sets[s.k] = set
	}
	full := sets[1]
	r.Files, r.MB = len(full.Files), float64(full.Bytes)/1e6
	logf("corpus %s: %d reports, %.1f MB", o.corpus, r.Files, r.MB)

	// Every extraction measurement runs -repeat times, in rounds (gse, the pipeline and
	// the binary with 1 worker and one per core, then the ¼ and ½ shares), and the
	// fastest run of each counts: other load on the machine comes and goes, and a round
	// spreads each measurement over the whole run.
	ncpu := runtime.NumCPU()
	bestBin := map[string]runMeasure{}
	bestStr := map[string]streamMeasure{}
	keepBin := func(key string, m runMeasure) {
		if old, ok := bestBin[key]; !ok || m.Wall < old.Wall {
			bestBin[key] = m
		}
	}
	keepStr := func(key string, m streamMeasure) {
		if old, ok := bestStr[key]; !ok || m.Res.Seconds < old.Res.Seconds {
			bestStr[key] = m
		}
	}
	for i := range o.repeat {
		round := fmt.Sprintf("(%d/%d)", i+1, o.repeat)
		logf("gse baseline %s: stock dictionary, Cut(text, true) on every report …", round)
		var g gseResult
		gw, grss, _, err := runChildJSON(self, []string{"child-gse", "-list", full.List}, &g)
		if err != nil {
			return err
		}
		logf("  load %.2fs, cut %.2fs (CPU %.2fs), peak RSS %d MB", g.LoadSecs, g.CutSecs, g.CutCPU, grss/1024)
		if i == 0 || g.CutSecs < r.Gse.CutSecs {
			r.Gse, r.GseWall, r.GseRSSKB = g, gw, grss
		}
		for _, k := range []int{1, 4, 2} {
			set := sets[k]
			workers := []int{1, ncpu}
			if k != 1 {
				workers = []int{ncpu} // the shares only at one worker per core
			}
			for _, j := range workers {
				key := fmt.Sprintf("%d/%d", k, j)
				logf("pipeline Extractor.Run -j %d %s, %s corpus …", j, round, set.Name)
				p, err := runStream(self, set, j)
				if err != nil {
					return err
				}
				logf("  %.2fs (CPU %.2fs), peak RSS %d MB", p.Res.Seconds, p.Res.CPUSecs, p.RSSKB/1024)
				keepStr(key, p)
				logf("govkg extract -j %d %s, %s corpus …", j, round, set.Name)
				m, err := runGovkgExtract(govkgBin, set, j)
				if err != nil {
					return err
				}
				logf("  %.2fs (CPU %.2fs), peak RSS %d MB", m.Wall, m.CPU, m.RSSKB/1024)
				keepBin(key, m)
			}
		}
	}
	r.Repeat = o.repeat
	for _, j := range []int{1, ncpu} {
		key := fmt.Sprintf("1/%d", j)
		r.Binary = append(r.Binary, bestBin[key])
		r.Stream = append(r.Stream, bestStr[key])
	}
	for _, k := range []int{4, 2, 1} {
		key := fmt.Sprintf("%d/%d", k, ncpu)
		r.Scale = append(r.Scale, scaleRow{Set: sets[k], Binary: bestBin[key], Stream: bestStr[key]})
	}

	// start-up: one report, median of 5
	logf("start-up: govkg extract %s, 5 runs …", o.startupFile)
	for range 5 {
		cmd := exec.Command(govkgBin, "extract", o.startupFile)
		t0 := time.Now()
		if out, err := runQuiet(cmd); err != nil {
			return fmt.Errorf("start-up run: %v\n%s", err, out)
		}
		r.Startup = append(r.Startup, time.Since(t0))
	}
	r.StartupFile = o.startupFile

	if !o.noNeo4j {
		if err := benchNeo4j(ctx, o, r, govkgBin, full, all); err != nil {
			r.Neo4jSkipped = err.Error()
			logf("Neo4j part not done: %v", err)
		}
	} else {
		r.Neo4jSkipped = "-no-neo4j"
	}

	r.Elapsed = time.Since(started)
	r.LoadAfter = loadAvg()
	md := r.markdown()
	fmt.Println(md)
	if o.md == "" {
		return nil
	}
	if r.Neo4jSkipped != "" {
		logf("%s left unchanged: the Neo4j part did not run (%s)", o.md, r.Neo4jSkipped)
		return nil
	}
	if err := rewriteResults(o.md, md); err != nil {
		return err
	}
	logf("results written to %s", o.md)
	return nil
}

// runHostileOnly is `govkg-bench -hostile`: the hostile shapes beside real reports,
// printed and written into the hostile section of -md.
func runHostileOnly(o options, r *results, govkgBin string, started time.Time) error {
	if o.quick {
		o.hostile.sizes = "256KiB,1MiB"
	}
	tmp, err := os.MkdirTemp("", "govkg-hostile-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	h, err := runHostile(govkgBin, tmp, o.hostile)
	if err != nil {
		return err
	}
	r.Elapsed = time.Since(started)
	r.LoadAfter = loadAvg()
	md := h.markdown(r)
	fmt.Println(md)
	if o.md == "" {
		return nil
	}
	if err := rewriteHostile(o.md, md); err != nil {
		return err
	}
	logf("hostile results written to %s", o.md)
	return nil
}

// benchNeo4j does the ingest, write-rate and query measurements.
func benchNeo4j(ctx context.Context, o options, r *results, govkgBin string, full fileSet, all []string) error {
	cfg := graph.ConfigFromEnv()
	r.Neo4jURI = cfg.SafeURI()
	c, err := graph.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer func() { // c is replaced when the bulk import restarts the server
		if c != nil {
			_ = c.Close(ctx)
		}
	}()
	info, err := c.ServerInfo(ctx)
	if err != nil {
		return err
	}
	r.Machine.Neo4j = fmt.Sprintf("Neo4j %s %s", info.Version, info.Edition)
	if mem := neo4jMemory(ctx, c); mem != "" {
		r.Machine.Neo4j += " (" + mem + ")"
	}
	nodes, _, err := countGraph(ctx, c)
	if err != nil {
		return err
	}
	if nodes > 0 && !o.wipe {
		return fmt.Errorf("the database at %s is not empty (%d nodes); rerun with --wipe to empty it first", cfg.SafeURI(), nodes)
	}
	if o.wipe {
		logf("wiping %s …", cfg.SafeURI())
		if err := wipe(ctx, cfg); err != nil {
			return err
		}
	}

	logf("graph benchmarks: BenchmarkBuildBatched, BenchmarkBuildOneRowPerTx …")
	gb, err := runGraphBenchmarks(ctx, absRepo(o.repo), cfg)
	if err != nil {
		return err
	}
	r.GoBench = gb
	logf("  batched %.0f rows/s, one row per tx %.0f rows/s", gb.Batched, gb.OneRowPerTx)

	sample := every(all, max(1, len(all)/max(o.sample, 1)))
	if len(sample) > o.sample {
		sample = sample[:o.sample]
	}
	logf("sample of %d reports: default batch vs BatchSize 1 …", len(sample))
	exts, err := extractFiles(sample)
	if err != nil {
		return err
	}
	// the first write of each statement shape pays for Cypher planning: warm up first
	if _, err := buildSample(ctx, c, cfg, exts, graph.DefaultBatchSize); err != nil {
		return err
	}
	for _, batch := range []int{graph.DefaultBatchSize, 1} {
		s, err := buildSample(ctx, c, cfg, exts, batch)
		if err != nil {
			return err
		}
		r.Sample = append(r.Sample, s)
		logf("  batch %d: %d rows in %.2fs", batch, s.Rows, s.Seconds)
	}

	logf("ingest: wipe, then govkg build --json (whole corpus) …")
	if err := wipe(ctx, cfg); err != nil {
		return err
	}
	ing, err := runIngest(govkgBin, full)
	if err != nil {
		return err
	}
	ing.Nodes, ing.Rels, err = countGraph(ctx, c)
	if err != nil {
		return err
	}
	r.Ingest = ing
	logf("  %d rows in %.1fs, %d nodes, %d relationships", ing.Rows, ing.Seconds, ing.Nodes, ing.Rels)

	logf("saved queries: %d warm-up and %d timed runs each, at every level …", o.queryWarmup, o.queryRuns)
	r.Queries = runQueries(ctx, c, o.queryRuns, o.queryWarmup, o.queryBudget, o.params)
	for _, q := range r.Queries {
		logf("  %s %s: p50 %s p95 %s %s", q.Name, q.Level, q.P50.Round(time.Microsecond*100), q.P95.Round(time.Microsecond*100), q.Err)
	}

	tmp, err := os.MkdirTemp("", "govkg-bench-ceiling-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	logf("transactional ceiling: export the graph, empty the database, plain UNWIND … CREATE of the same graph (%d writers) …", o.writers)
	r.Ceiling = transactionalCeiling(ctx, c, cfg, govkgBin, tmp, o.writers)
	logf("  %d nodes, %d relationships in %.1fs %s", r.Ceiling.Nodes, r.Ceiling.Rels, r.Ceiling.Seconds, r.Ceiling.Err)
	logf("bulk ceiling: govkg export --format csv --from-files, neo4j-admin import, start, schema …")
	r.Bulk, c = bulkCeiling(ctx, c, cfg, govkgBin, o.neo4jScript, tmp, full.Files)
	if r.Bulk.Skipped != "" {
		logf("  skipped: %s", r.Bulk.Skipped)
	} else {
		logf("  export %.1fs, import %.1fs, start %.1fs, schema %.1fs; %d nodes, %d relationships; increment %+v %s",
			r.Bulk.ExportSecs, r.Bulk.ImportSecs, r.Bulk.StartSecs, r.Bulk.SchemaSecs, r.Bulk.Nodes, r.Bulk.Rels, r.Bulk.Increment, r.Bulk.Err)
	}
	return nil
}

// fileSet is a deterministic share of the corpus.
type fileSet struct {
	Name  string
	Files []string
	Bytes int64
	List  string // the paths, one per line, for child processes
}

// MB is the set's size in megabytes (10^6 bytes) of report files.
func (s fileSet) MB() float64 { return float64(s.Bytes) / 1e6 }

// corpusFiles lists the reports of dir, sorted, without README files.
func corpusFiles(dir string) ([]string, error) {
	files, errs := extract.ExpandPaths([]string{dir})
	if len(errs) > 0 {
		return nil, errs[0]
	}
	var out []string
	for _, f := range files {
		if strings.HasPrefix(strings.ToUpper(filepath.Base(f)), "README") {
			continue
		}
		out = append(out, f)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no reports", dir)
	}
	return out, nil
}

// every keeps every k-th file of the sorted list (files 0, k, 2k, …), so a share spreads
// over all cities and years rather than taking the first cities alphabetically.
func every(files []string, k int) []string {
	var out []string
	for i := 0; i < len(files); i += k {
		out = append(out, files[i])
	}
	return out
}

// runMeasure is one timed child process.
type runMeasure struct {
	Workers int
	Wall    float64
	CPU     float64 // user + system seconds
	Failed  int     // reports the run refused
	RSSKB   int64
	Set     fileSet
}

var failedRE = regexp.MustCompile(`govkg: (\d+) of \d+ inputs failed`)

// runGovkgExtract runs `govkg extract --format jsonl -j N FILES… > /dev/null`: JSON Lines
// is the format for corpora, streamed report by report (the JSON document merges
// everything before writing, so its memory grows with the corpus by design).
func runGovkgExtract(bin string, set fileSet, workers int) (runMeasure, error) {
	args := append([]string{"extract", "--format", "jsonl", "-j", fmt.Sprint(workers)}, set.Files...)
	cmd := exec.Command(bin, args...)
	t0 := time.Now()
	out, err := runQuiet(cmd)
	m := runMeasure{Workers: workers, Wall: time.Since(t0).Seconds(), RSSKB: maxRSSKB(cmd.ProcessState), CPU: cpuSeconds(cmd.ProcessState), Set: set}
	// exit status 1 with "N of M inputs failed" is a finished run in which some reports
	// were refused (e.g. two files with the same report id); anything else is an error
	if sub := failedRE.FindSubmatch(out); sub != nil && cmd.ProcessState != nil && cmd.ProcessState.ExitCode() == 1 {
		m.Failed, _ = strconv.Atoi(string(sub[1]))
		err = nil
	}
	if err != nil {
		return m, fmt.Errorf("govkg extract: %v\n%s", err, tail(out, 2000))
	}
	return m, nil
}

// streamMeasure is one child-stream run.
type streamMeasure struct {
	runMeasure
	Res streamResult
}

func runStream(self string, set fileSet, workers int) (streamMeasure, error) {
	var res streamResult
	wall, rss, cpu, err := runChildJSON(self, []string{"child-stream", "-j", fmt.Sprint(workers), "-list", set.List}, &res)
	return streamMeasure{runMeasure{Workers: workers, Wall: wall, RSSKB: rss, CPU: cpu, Set: set}, res}, err
}

// runIngest runs `govkg build --json FILES…` against NEO4J_URI.
func runIngest(bin string, set fileSet) (ingestResult, error) {
	cmd := exec.Command(bin, append([]string{"build", "--json"}, set.Files...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	t0 := time.Now()
	err := cmd.Run()
	res := ingestResult{WallSeconds: time.Since(t0).Seconds(), RSSKB: maxRSSKB(cmd.ProcessState)}
	var sum struct {
		Reports []struct {
			Status  string  `json:"status"`
			Seconds float64 `json:"seconds"`
		} `json:"reports"`
		Failed  int     `json:"failed"`
		Rows    int     `json:"rows"`
		Seconds float64 `json:"seconds"`
	}
	if jerr := json.Unmarshal(stdout.Bytes(), &sum); jerr != nil {
		if err == nil {
			err = jerr
		}
		return res, fmt.Errorf("govkg build: %v\n%s", err, tail(stderr.Bytes(), 2000))
	}
	// some reports may fail (the summary says which); the rest is still an ingest
	res.Reports, res.Failed, res.Rows, res.Seconds = len(sum.Reports), sum.Failed, sum.Rows, sum.Seconds
	for _, l := range sum.Reports {
		res.WriteSeconds += l.Seconds
	}
	return res, nil
}

// runChildJSON runs the bench binary in a child mode and decodes its JSON result.
func runChildJSON(self string, args []string, v any) (wall float64, rssKB int64, cpu float64, err error) {
	cmd := exec.Command(self, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	t0 := time.Now()
	err = cmd.Run()
	wall, rssKB, cpu = time.Since(t0).Seconds(), maxRSSKB(cmd.ProcessState), cpuSeconds(cmd.ProcessState)
	if err != nil {
		return wall, rssKB, cpu, fmt.Errorf("%s: %v\n%s", args[0], err, tail(stderr.Bytes(), 2000))
	}
	return wall, rssKB, cpu, json.Unmarshal(stdout.Bytes(), v)
}

// runQuiet runs cmd with stdout to /dev/null and returns stderr.
func runQuiet(cmd *exec.Cmd) ([]byte, error) {
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		return nil, err
	}
	defer null.Close()
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = null, &stderr
	err = cmd.Run()
	return stderr.Bytes(), err
}

func tail(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

// machine describes where the numbers come from.
type machine struct {
	CPU, Cores, Memory, Kernel, Go, Neo4j, Govkg string
}

func machineInfo(repo string) machine {
	m := machine{Cores: fmt.Sprint(runtime.NumCPU()), Go: runtime.Version(), Neo4j: "not measured"}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			var kb int64
			if _, err := fmt.Sscanf(line, "MemTotal: %d kB", &kb); err == nil {
				m.Memory = fmt.Sprintf("%.1f GiB", float64(kb)/(1<<20))
				break
			}
		}
	}
	if b, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		m.Kernel = runtime.GOOS + " " + strings.TrimSpace(string(b))
	}
	if out, err := exec.Command("go", "version").Output(); err == nil {
		m.Go = strings.TrimPrefix(strings.TrimSpace(string(out)), "go version ")
	}
	cmd := exec.Command("git", "describe", "--always", "--dirty")
	cmd.Dir = repo
	if out, err := cmd.Output(); err == nil {
		m.Govkg = strings.TrimSpace(string(out))
	}
	return m
}

// loadAvg is the 1, 5 and 15 minute load averages: other work on the machine slows
// every wall-clock number here, so the tables say how busy it was.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// rewriteResults replaces the text between the results markers of path (appending the
// markers when the file has none), so the prose around the numbers stays.
func rewriteResults(path, md string) error {
	return rewriteBetween(path, "<!-- bench:results:begin -->", "<!-- bench:results:end -->", md)
}

// rewriteBetween replaces the text between the markers begin and end of path, or
// appends them with md when the file has none.
func rewriteBetween(path, begin, end, md string) error {
	old, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	s := string(old)
	block := begin + "\n" + md + "\n" + end
	i, j := strings.Index(s, begin), strings.Index(s, end)
	if i >= 0 && j > i {
		s = s[:i] + block + s[j+len(end):]
	} else {
		if s != "" && !strings.HasSuffix(s, "\n") {
			s += "\n"
		}
		s += "\n" + block + "\n"
	}
	return os.WriteFile(path, []byte(s), 0o644)
}
