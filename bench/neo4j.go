package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract"
	"github.com/govkg/govkg/graph"
	"github.com/govkg/govkg/internal/neo4jtest"
	"github.com/govkg/govkg/queries"
)

// wipe empties the database (constraints and indexes stay) as the tests do.
func wipe(ctx context.Context, cfg graph.Config) error {
	return neo4jtest.WipeDatabase(ctx, neo4jtest.Conn{URI: cfg.URI, Username: cfg.Username, Password: cfg.Password, Database: cfg.Database})
}

// countGraph returns the number of nodes and relationships.
func countGraph(ctx context.Context, c *graph.Client) (nodes, rels int64, err error) {
	_, rows, err := c.Read(ctx, "CALL () { MATCH (n) RETURN count(n) AS n } CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r", nil)
	if err != nil {
		return 0, 0, err
	}
	if len(rows) == 1 && len(rows[0]) == 2 {
		nodes, _ = rows[0][0].(int64)
		rels, _ = rows[0][1].(int64)
	}
	return nodes, rels, nil
}

// neo4jMemory reads the server's heap and page-cache settings, when it lets us.
func neo4jMemory(ctx context.Context, c *graph.Client) string {
	_, rows, err := c.Read(ctx, "SHOW SETTINGS YIELD name, value WHERE name IN ['server.memory.heap.max_size', 'server.memory.pagecache.size'] RETURN name, value ORDER BY name", nil)
	if err != nil {
		return ""
	}
	var parts []string
	for _, r := range rows {
		if len(r) == 2 {
			parts = append(parts, fmt.Sprintf("%s=%v", strings.TrimPrefix(fmt.Sprint(r[0]), "server.memory."), r[1]))
		}
	}
	return strings.Join(parts, ", ")
}

// sampleBuild is one write of the sample reports into an empty database.
type sampleBuild struct {
	BatchSize int
	Reports   int
	Rows      int
	Seconds   float64 // sum of Build's per-report durations (the write transactions)
}

// RowsPerSec is the write rate.
func (s sampleBuild) RowsPerSec() float64 { return float64(s.Rows) / max(s.Seconds, 1e-9) }

// buildSample writes exts into an emptied database with the given batch size, one
// Build (one transaction) per report as govkg build does.
func buildSample(ctx context.Context, c *graph.Client, cfg graph.Config, exts []*govkg.Extraction, batch int) (sampleBuild, error) {
	if err := wipe(ctx, cfg); err != nil {
		return sampleBuild{}, err
	}
	if err := c.ApplySchema(ctx); err != nil {
		return sampleBuild{}, err
	}
	res := sampleBuild{BatchSize: batch}
	for _, ext := range exts {
		sum, err := c.Build(ctx, ext, graph.BuildOptions{BatchSize: batch})
		if err != nil {
			return res, err
		}
		for _, r := range sum.Reports {
			if r.Err != nil {
				return res, r.Err
			}
			res.Reports++
			res.Rows += r.Rows
			res.Seconds += r.Duration.Seconds()
		}
	}
	return res, nil
}

// extractFiles extracts files in-process, for the sample builds.
func extractFiles(files []string) ([]*govkg.Extraction, error) {
	var out []*govkg.Extraction
	var firstErr error
	extract.New().Run(files, extract.Options{}, func(r extract.FileResult) {
		if r.Err != nil {
			if firstErr == nil {
				firstErr = r.Err
			}
			return
		}
		out = append(out, r.Extraction)
	})
	return out, firstErr
}

// goBench is the result of graph's own write benchmarks.
type goBench struct {
	Batched, OneRowPerTx float64 // rows/s
	Output               string
}

var rowsPerSecRE = regexp.MustCompile(`^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+.*?([0-9.e+]+) rows/s`)

// runGraphBenchmarks runs BenchmarkBuildBatched (several iterations: the first one
// pays for query planning) and BenchmarkBuildOneRowPerTx (once: it is slow) of package
// graph against NEO4J_URI. Those tests take a lock file in TMPDIR that is shared by
// every govkg checkout on the machine; when the target is not the default database a
// private TMPDIR keeps other people's test runs from blocking this one.
func runGraphBenchmarks(ctx context.Context, repo string, cfg graph.Config) (goBench, error) {
	var res goBench
	env := os.Environ()
	if cfg.URI != graph.DefaultURI {
		tmp, err := os.MkdirTemp("", "govkg-bench-lock-")
		if err != nil {
			return res, err
		}
		defer os.RemoveAll(tmp)
		env = append(env, "TMPDIR="+tmp)
	}
	for _, b := range []struct{ name, times string }{{"BenchmarkBuildBatched", "5x"}, {"BenchmarkBuildOneRowPerTx", "1x"}} {
		cmd := exec.CommandContext(ctx, "go", "test", "-run", "^$", "-bench", "^"+b.name+"$",
			"-benchtime", b.times, "-count", "1", "./graph/")
		cmd.Dir, cmd.Env = repo, env
		out, err := cmd.CombinedOutput()
		res.Output += string(out)
		if err != nil {
			return res, fmt.Errorf("go test -bench %s ./graph/: %v\n%s", b.name, err, out)
		}
		for _, line := range strings.Split(string(out), "\n") {
			m := rowsPerSecRE.FindStringSubmatch(strings.TrimSpace(line))
			if m == nil {
				continue
			}
			v, _ := strconv.ParseFloat(m[2], 64)
			switch m[1] {
			case "BenchmarkBuildBatched":
				res.Batched = v
			case "BenchmarkBuildOneRowPerTx":
				res.OneRowPerTx = v
			}
		}
	}
	if res.Batched == 0 || res.OneRowPerTx == 0 {
		return res, fmt.Errorf("go test -bench ./graph/ printed no rows/s (skipped?):\n%s", res.Output)
	}
	return res, nil
}

// ingestResult is the full-corpus `govkg build --json`.
type ingestResult struct {
	Reports      int
	Failed       int
	Rows         int
	Seconds      float64 // the summary's seconds: extraction and writes, end to end
	WriteSeconds float64 // sum of per-report write transactions
	WallSeconds  float64 // the process, start-up and schema included
	RSSKB        int64
	Nodes, Rels  int64 // in the graph afterwards
}

// queryResult is one saved query's latency, at one level when it takes one.
type queryResult struct {
	Name     string
	Level    string // the level parameter's value; "" for a query without one
	Params   string
	Rows     int
	Runs     int
	P50, P95 time.Duration
	Max      time.Duration
	Err      string
}

// runQueries runs every saved query with its declared defaults (overridden by
// params["query.param"]), a query that takes a level once at each of its levels:
// warm-up runs, then timed runs, each a read transaction as `govkg query run` does. A
// slow query gets fewer runs so the bench stays bounded.
func runQueries(ctx context.Context, c *graph.Client, runs, warmup int, budget time.Duration, params map[string]string) []queryResult {
	var out []queryResult
	for _, q := range queries.All() {
		given := map[string]string{}
		for k, v := range params {
			if name, p, ok := strings.Cut(k, "."); ok && name == q.Name {
				given[p] = v
			}
		}
		levels := []string{""}
		for _, p := range q.Params {
			// a required parameter without a value: the example of the :param line
			if _, ok := given[p.Name]; !ok && p.Required {
				if lit, ok := q.BrowserParams[p.Name]; ok {
					given[p.Name] = strings.Trim(lit, "'")
				}
			}
			if _, fixed := given[p.Name]; p.Name == "level" && len(p.Choices) > 0 && !fixed {
				levels = p.Choices
			}
		}
		for _, level := range levels {
			if level != "" {
				given["level"] = level
			}
			out = append(out, runQuery(ctx, c, q, given, level, runs, warmup, budget))
		}
	}
	if err := queries.LoadError(); err != nil {
		out = append(out, queryResult{Name: "(load error)", Err: err.Error()})
	}
	return out
}

func runQuery(ctx context.Context, c *graph.Client, q queries.Query, given map[string]string, level string, runs, warmup int, budget time.Duration) queryResult {
	res := queryResult{Name: q.Name, Level: level}
	bound, err := queries.Bind(q, given)
	if err != nil {
		res.Err = err.Error()
		return res
	}
	var ps []string
	for k, v := range bound {
		ps = append(ps, fmt.Sprintf("%s=%v", k, v))
	}
	slices.Sort(ps)
	res.Params = strings.Join(ps, " ")
	var times []time.Duration
	start := time.Now()
	for i := 0; i < warmup+runs; i++ {
		t0 := time.Now()
		_, rows, err := c.Read(ctx, q.Cypher, bound)
		d := time.Since(t0)
		if err != nil {
			res.Err = err.Error()
			break
		}
		res.Rows = len(rows)
		if i >= warmup {
			times = append(times, d)
		}
		if time.Since(start) > budget && len(times) >= 5 {
			break
		}
	}
	if len(times) > 0 {
		slices.Sort(times)
		res.Runs = len(times)
		res.P50, res.P95, res.Max = percentile(times, 0.50), percentile(times, 0.95), times[len(times)-1]
	}
	return res
}

// percentile is the nearest-rank percentile of sorted durations.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(float64(len(sorted))*p+0.999999) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

// absRepo resolves the repository root for go test.
func absRepo(repo string) string {
	if a, err := filepath.Abs(repo); err == nil {
		return a
	}
	return repo
}

// queriesOnly is `govkg-bench queries [-runs N] [-param QUERY.PARAM=VALUE]...`: the
// saved-query part of the bench alone, on the graph NEO4J_URI holds now.
func queriesOnly(args []string) error {
	fs := flag.NewFlagSet("queries", flag.ContinueOnError)
	runs := fs.Int("runs", 30, "timed runs per query")
	warmup := fs.Int("warmup", 3, "untimed runs first")
	params := paramFlags{}
	fs.Var(params, "param", "QUERY.PARAM=VALUE for a saved query (repeatable)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ctx := context.Background()
	c, err := graph.Open(ctx, graph.ConfigFromEnv())
	if err != nil {
		return err
	}
	defer c.Close(ctx)
	for _, q := range runQueries(ctx, c, *runs, *warmup, time.Minute, params) {
		fmt.Printf("%-28s %-9s rows %6d  p50 %7s  p95 %7s  %s  %s\n", q.Name, q.Level, q.Rows, ms(q.P50), ms(q.P95), q.Params, q.Err)
	}
	return nil
}
