package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/govkg/govkg/graph"
	"github.com/govkg/govkg/graph/export"
)

// The ingest ceilings: what this Neo4j can write, measured in the same run as `govkg
// build`, on the same graph.
//
//   - Transactional: the graph govkg built, exported (govkg export --format jsonl), is
//     written again into the emptied database, schema applied, by graph.PlainWriter:
//     plain UNWIND … CREATE, nodes then relationships, in transactions of the size
//     govkg's groups have, with as many writers as govkg build uses.
//   - Bulk: the same graph as neo4j-admin import CSV (govkg export --format csv
//     --from-files, which extracts the corpus again and builds the graph in memory),
//     imported by `neo4j-admin database import full` with the server stopped, then the
//     server started, the schema applied and its indexes populated. This needs the
//     project's scripts/neo4j server behind NEO4J_URI (-neo4j-script).
//
// govkg's rate is compared with each as a share of the same graph's writing time.

// ceilingResult is the transactional ceiling.
type ceilingResult struct {
	Nodes, Rels  int64
	Transactions int
	Retries      int     // transactions retried after a deadlock between the writers
	Seconds      float64 // the plain writes, schema applied before
	ExportSecs   float64 // govkg export --format jsonl of the built graph (not counted)
	Writers      int
	TxRows       int
	Err          string
}

// bulkResult is the bulk ceiling and the two-step route it times.
type bulkResult struct {
	ExportSecs  float64 // govkg export --format csv --from-files CORPUS (extraction included)
	ImportSecs  float64 // neo4j-admin database import full
	StartSecs   float64 // scripts/neo4j start, until Bolt and HTTP answer
	SchemaSecs  float64 // after-import.cypher, govkg's schema, every index online
	Nodes, Rels int64   // in the database after the import
	ReportLine  string  // neo4j-admin's summary line, when found
	Increment   incrementResult
	Skipped     string
	Err         string
}

// incrementResult is one `govkg build --force FILE` on the imported graph: the second
// step of the bulk route works.
type incrementResult struct {
	File    string
	Status  string
	Seconds float64
	Err     string
}

// Total is the bulk route from report files to a graph that answers queries.
func (b bulkResult) Total() float64 { return b.ExportSecs + b.ImportSecs + b.StartSecs + b.SchemaSecs }

// Load is the database's part of the bulk route: import, start and indexes.
func (b bulkResult) Load() float64 { return b.ImportSecs + b.StartSecs + b.SchemaSecs }

// transactionalCeiling exports the graph in the database, empties it and writes the
// same graph back with plain CREATE statements.
func transactionalCeiling(ctx context.Context, c *graph.Client, cfg graph.Config, govkgBin, tmp string, writers int) ceilingResult {
	res := ceilingResult{Writers: writers, TxRows: graph.DefaultGroupRows}
	path := filepath.Join(tmp, "graph.jsonl")
	t0 := time.Now()
	if out, err := exec.Command(govkgBin, "export", "--format", "jsonl", "--out", path).CombinedOutput(); err != nil {
		res.Err = fmt.Sprintf("govkg export --format jsonl: %v\n%s", err, tail(out, 2000))
		return res
	}
	res.ExportSecs = time.Since(t0).Seconds()
	defer os.Remove(path)
	if err := wipe(ctx, cfg); err != nil {
		res.Err = err.Error()
		return res
	}
	if err := c.ApplySchema(ctx); err != nil {
		res.Err = err.Error()
		return res
	}
	f, err := os.Open(path)
	if err != nil {
		res.Err = err.Error()
		return res
	}
	defer f.Close()
	t0 = time.Now()
	w := c.NewPlainWriter(ctx, graph.PlainOptions{Writers: writers})
	if err := readJSONL(f, w); err != nil {
		w.Abort()
		res.Err = err.Error()
		return res
	}
	if err := w.Close(); err != nil {
		res.Err = err.Error()
		return res
	}
	res.Seconds = time.Since(t0).Seconds()
	st := w.Stats()
	res.Nodes, res.Rels, res.Transactions, res.Retries = st.Nodes, st.Relationships, st.Transactions, st.Retries
	return res
}

// readJSONL feeds a `govkg export --format jsonl` file into w. Numbers come back as
// int64 when they are integers, else float64; a relationship's endpoint labels are
// those of its nodes, seen first.
func readJSONL(f *os.File, w export.Writer) error {
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	keyLabel := map[string]string{}
	for line := 1; sc.Scan(); line++ {
		var rec struct {
			Type   string         `json:"type"`
			ID     string         `json:"id"`
			Labels []string       `json:"labels"`
			Label  string         `json:"label"`
			Start  string         `json:"start"`
			End    string         `json:"end"`
			Props  map[string]any `json:"properties"`
		}
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.UseNumber()
		if err := dec.Decode(&rec); err != nil {
			return fmt.Errorf("graph.jsonl line %d: %v", line, err)
		}
		props := make(map[string]any, len(rec.Props))
		for k, v := range rec.Props {
			props[k] = jsonValue(v)
		}
		var err error
		switch rec.Type {
		case "node":
			keyLabel[rec.ID] = export.KeyLabel(rec.Labels)
			err = w.WriteNode(export.Node{ID: rec.ID, Labels: rec.Labels, Props: props})
		case "relationship":
			err = w.WriteRelationship(export.Relationship{ID: rec.ID, Type: rec.Label, Start: rec.Start, End: rec.End,
				StartLabel: keyLabel[rec.Start], EndLabel: keyLabel[rec.End], Props: props})
		default:
			err = fmt.Errorf("graph.jsonl line %d: unknown record type %q", line, rec.Type)
		}
		if err != nil {
			return err
		}
	}
	return sc.Err()
}

// jsonValue turns a decoded JSON value into what Neo4j stores: int64 or float64 for
// numbers, typed lists for lists.
func jsonValue(v any) any {
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		f, _ := x.Float64()
		return f
	case []any:
		if len(x) == 0 {
			return []string{}
		}
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonValue(e)
		}
		return out
	}
	return v
}

// localServer is the scripts/neo4j server behind NEO4J_URI, which the bulk import
// stops and starts again.
type localServer struct {
	script string
	env    []string
}

// findLocalServer checks that script's server listens where NEO4J_URI points, so the
// bench never stops a server it was not given, and returns the environment that starts
// it again on the same ports with the same memory.
func findLocalServer(script, uri string) (*localServer, error) {
	if script == "" {
		return nil, fmt.Errorf("no -neo4j-script: the bulk import needs the scripts/neo4j server behind NEO4J_URI")
	}
	abs, err := filepath.Abs(script)
	if err != nil {
		return nil, err
	}
	conf, err := os.ReadFile(filepath.Join(filepath.Dir(filepath.Dir(abs)), ".neo4j", "conf", "neo4j.conf"))
	if err != nil {
		return nil, fmt.Errorf("%s: no server configuration: %v", script, err)
	}
	kv := map[string]string{}
	for _, line := range strings.Split(string(conf), "\n") {
		if k, v, ok := strings.Cut(strings.TrimSpace(line), "="); ok && !strings.HasPrefix(k, "#") {
			kv[k] = v
		}
	}
	u, err := url.Parse(uri)
	if err != nil {
		return nil, err
	}
	bolt := kv["server.bolt.listen_address"]
	if bolt != u.Host {
		return nil, fmt.Errorf("NEO4J_URI names %s, but %s runs Neo4j on %s: not stopping it", u.Host, script, bolt)
	}
	host, boltPort, _ := strings.Cut(bolt, ":")
	_, httpPort, _ := strings.Cut(kv["server.http.listen_address"], ":")
	env := append(os.Environ(), "NEO4J_HOST="+host, "NEO4J_BOLT_PORT="+boltPort, "NEO4J_HTTP_PORT="+httpPort)
	if h := kv["server.memory.heap.max_size"]; h != "" {
		env = append(env, "NEO4J_HEAP="+h)
	}
	if p := kv["server.memory.pagecache.size"]; p != "" {
		env = append(env, "NEO4J_PAGECACHE="+p)
	}
	return &localServer{script: abs, env: env}, nil
}

func (s *localServer) run(args ...string) error {
	cmd := exec.Command(s.script, args...)
	cmd.Env = s.env
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s %s: %v\n%s", s.script, strings.Join(args, " "), err, tail(out, 2000))
	}
	return nil
}

var importReportRE = strings.NewReplacer("\r", "")

// bulkCeiling runs the bulk route: CSV export from the files, neo4j-admin import with
// the server stopped, start, schema and indexes, then one incremental build. c is
// closed and reopened around the stop; the caller gets the new client.
func bulkCeiling(ctx context.Context, c *graph.Client, cfg graph.Config, govkgBin, script, tmp string, files []string) (bulkResult, *graph.Client) {
	var res bulkResult
	srv, err := findLocalServer(script, cfg.URI)
	if err != nil {
		res.Skipped = err.Error()
		return res, c
	}
	dir := filepath.Join(tmp, "csv")
	t0 := time.Now()
	args := append([]string{"export", "--format", "csv", "--out", dir, "--from-files"}, files...)
	// exit status 1 names reports that failed; the rest is exported, as govkg build writes it
	if out, err := exec.Command(govkgBin, args...).CombinedOutput(); err != nil && !bytes.Contains(out, []byte("inputs failed")) {
		res.Err = fmt.Sprintf("govkg export --format csv --from-files: %v\n%s", err, tail(out, 2000))
		return res, c
	}
	res.ExportSecs = time.Since(t0).Seconds()
	defer os.RemoveAll(dir)

	_ = c.Close(ctx)
	if err := srv.run("stop"); err != nil {
		res.Err = err.Error()
		return res, reopen(ctx, cfg, c)
	}
	t0 = time.Now()
	cmd := exec.Command(filepath.Join(dir, "import.sh"))
	cmd.Env = append(srv.env, "NEO4J_ADMIN="+srv.script+" admin", "DATABASE="+cfg.Database)
	out, err := cmd.CombinedOutput()
	res.ImportSecs = time.Since(t0).Seconds()
	for _, line := range strings.Split(importReportRE.Replace(string(out)), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "IMPORT DONE") {
			res.ReportLine = strings.TrimSpace(line)
		}
	}
	if err != nil {
		res.Err = fmt.Sprintf("neo4j-admin import: %v\n%s", err, tail(out, 3000))
	}
	t0 = time.Now()
	if err := srv.run("start"); err != nil {
		res.Err = strings.TrimSpace(res.Err + "\n" + err.Error())
		return res, reopen(ctx, cfg, c)
	}
	res.StartSecs = time.Since(t0).Seconds()
	c = reopen(ctx, cfg, c)
	if res.Err != "" {
		return res, c
	}
	t0 = time.Now()
	if b, err := os.ReadFile(filepath.Join(dir, "after-import.cypher")); err == nil {
		if _, err := c.RunScript(ctx, bytes.NewReader(b)); err != nil {
			res.Err = err.Error()
			return res, c
		}
	}
	if err := c.ApplySchema(ctx); err != nil {
		res.Err = err.Error()
		return res, c
	}
	if _, _, err := c.Read(ctx, "CALL db.awaitIndexes(3600)", nil); err != nil {
		res.Err = err.Error()
		return res, c
	}
	res.SchemaSecs = time.Since(t0).Seconds()
	res.Nodes, res.Rels, _ = countGraph(ctx, c)

	// The second step of the route: govkg build keeps the imported graph up to date.
	if len(files) > 0 {
		f := files[len(files)-1]
		inc := incrementResult{File: f}
		cmd := exec.Command(govkgBin, "build", "--json", "--force", f)
		cmd.Env = append(os.Environ(), "NEO4J_URI="+cfg.URI)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		t0 = time.Now()
		err := cmd.Run()
		inc.Seconds = time.Since(t0).Seconds()
		var sum struct {
			Reports []struct {
				Status string `json:"status"`
				Error  string `json:"error"`
			} `json:"reports"`
		}
		if jerr := json.Unmarshal(stdout.Bytes(), &sum); jerr == nil && len(sum.Reports) == 1 {
			inc.Status, inc.Err = sum.Reports[0].Status, sum.Reports[0].Error
		} else if err != nil {
			inc.Err = fmt.Sprintf("%v: %s", err, tail(stderr.Bytes(), 500))
		}
		res.Increment = inc
	}
	return res, c
}

// reopen opens a new client after the server restarted (the old one is closed).
func reopen(ctx context.Context, cfg graph.Config, old *graph.Client) *graph.Client {
	_ = old.Close(ctx)
	for range 30 {
		if c, err := graph.Open(ctx, cfg); err == nil {
			return c
		}
		time.Sleep(2 * time.Second)
	}
	c, _ := graph.Open(ctx, cfg)
	return c
}

// ceilingOnly is `govkg-bench ceiling [-writers N] [-tx-rows N] GRAPH.jsonl`: the
// transactional ceiling alone, for a graph exported with `govkg export --format jsonl`,
// written into NEO4J_URI's database after emptying it.
func ceilingOnly(args []string) error {
	fs := flag.NewFlagSet("ceiling", flag.ContinueOnError)
	writers := fs.Int("writers", 2, "parallel writers")
	txRows := fs.Int("tx-rows", graph.DefaultGroupRows, "rows per transaction")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("usage: govkg-bench ceiling [-writers N] [-tx-rows N] GRAPH.jsonl")
	}
	ctx := context.Background()
	cfg := graph.ConfigFromEnv()
	c, err := graph.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer c.Close(ctx)
	if err := wipe(ctx, cfg); err != nil {
		return err
	}
	if err := c.ApplySchema(ctx); err != nil {
		return err
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	t0 := time.Now()
	w := c.NewPlainWriter(ctx, graph.PlainOptions{Writers: *writers, TxRows: *txRows})
	if err := readJSONL(f, w); err != nil {
		w.Abort()
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	d := time.Since(t0)
	st := w.Stats()
	fmt.Printf("%d nodes, %d relationships, %d transactions (%d retried) in %.1f s: %.0f nodes+rels/s\n",
		st.Nodes, st.Relationships, st.Transactions, st.Retries, d.Seconds(), float64(st.Nodes+st.Relationships)/d.Seconds())
	return nil
}
