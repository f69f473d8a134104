//go:build unix

package graph

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/govkg/govkg"
	"github.com/govkg/govkg/extract"
	"github.com/govkg/govkg/extract/document"
	"github.com/govkg/govkg/graph/export"
	"github.com/govkg/govkg/internal/neo4jtest"
)

// localServer is the Neo4j that scripts/neo4j manages, when it is the server NEO4J_URI
// names: the kill test stops it with SIGKILL and starts it again with the same script.
type localServer struct {
	script string   // scripts/neo4j
	home   string   // the .neo4j directory next to the scripts
	env    []string // NEO4J_HOST, NEO4J_BOLT_PORT, NEO4J_HTTP_PORT of that server
	bolt   string   // host:port of its Bolt listener
}

// findLocalServer returns the scripts/neo4j server behind NEO4J_URI. The script is the
// repository's scripts/neo4j, or GOVKG_NEO4J_SCRIPT for a private copy (a developer's own
// instance on other ports). It skips (fails under CI=true) unless the script's server is
// running and listens on NEO4J_URI's host and port, so the test can never kill a server
// it does not own.
func findLocalServer(tb testing.TB) *localServer {
	tb.Helper()
	skip := func(format string, args ...any) {
		tb.Helper()
		neo4jtest.Skip(tb, "%s (run the test against a server started with scripts/neo4j start, or set GOVKG_NEO4J_SCRIPT to the scripts/neo4j that started NEO4J_URI's server)",
			fmt.Sprintf(format, args...))
	}
	script := os.Getenv("GOVKG_NEO4J_SCRIPT")
	if script == "" {
		script = filepath.Join(neo4jtest.RepoRoot(tb), "scripts", "neo4j")
	}
	script, err := filepath.Abs(script)
	if err != nil {
		tb.Fatal(err)
	}
	s := &localServer{script: script, home: filepath.Join(filepath.Dir(filepath.Dir(script)), ".neo4j")}
	conf, err := readConf(filepath.Join(s.home, "conf", "neo4j.conf"))
	if err != nil {
		skip("no scripts/neo4j server config: %v", err)
	}
	u, err := url.Parse(ConfigFromEnv().URI)
	if err != nil {
		skip("NEO4J_URI: %v", err)
	}
	bolt := conf["server.bolt.listen_address"]
	if bolt != u.Host {
		skip("NEO4J_URI names %s but %s runs Neo4j on %s", u.Host, script, bolt)
	}
	s.bolt = bolt
	host, boltPort, _ := strings.Cut(bolt, ":")
	_, httpPort, _ := strings.Cut(conf["server.http.listen_address"], ":")
	s.env = append(os.Environ(), "NEO4J_HOST="+host, "NEO4J_BOLT_PORT="+boltPort, "NEO4J_HTTP_PORT="+httpPort)
	if _, err := s.pid(); err != nil {
		skip("%v", err)
	}
	return s
}

func readConf(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	conf := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), "="); ok && !strings.HasPrefix(k, "#") {
			conf[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return conf, sc.Err()
}

// pid is the server's process id from the script's pid file, if that process is alive.
func (s *localServer) pid() (int, error) {
	b, err := os.ReadFile(filepath.Join(s.home, "neo4j.pid"))
	if err != nil {
		return 0, fmt.Errorf("no running server: %v", err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 1 || !alive(pid) {
		return 0, fmt.Errorf("no running server: pid file holds %q", strings.TrimSpace(string(b)))
	}
	return pid, nil
}

// alive reports whether pid is a live process. A zombie is not: it has closed its
// sockets and only waits for a parent to reap it.
func alive(pid int) bool {
	if syscall.Kill(pid, 0) != nil {
		return false
	}
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return !os.IsNotExist(err) // no /proc: trust kill(0)
	}
	// the state follows the parenthesized command name: "pid (comm) S ..."
	if i := bytes.LastIndexByte(stat, ')'); i >= 0 && i+2 < len(stat) {
		return stat[i+2] != 'Z'
	}
	return true
}

// kill sends SIGKILL to the server and waits until the process is gone.
func (s *localServer) kill() error {
	pid, err := s.pid()
	if err != nil {
		return err
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		return fmt.Errorf("kill -9 %d: %v", pid, err)
	}
	deadline := time.Now().Add(2 * time.Minute)
	for alive(pid) || s.listening() {
		if time.Now().After(deadline) {
			return fmt.Errorf("pid %d still alive (or its port still open) after SIGKILL", pid)
		}
		time.Sleep(50 * time.Millisecond)
	}
	return nil
}

// listening reports whether something accepts connections on the server's Bolt port.
func (s *localServer) listening() bool {
	conn, err := net.DialTimeout("tcp", s.bolt, time.Second)
	if err != nil {
		return false
	}
	conn.Close()
	return true
}

// start runs scripts/neo4j start, which returns once Bolt and HTTP answer.
func (s *localServer) start(tb testing.TB) {
	tb.Helper()
	cmd := exec.Command(s.script, "start")
	cmd.Env = s.env
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("%s start: %v\n%s", s.script, err, out)
	}
}

// killCorpus extracts the seed reports once per district override, with a different year
// for each file, so that every extraction is a distinct report sharing its entities with
// another: 10 reports in all (enough for a kill in the middle of the build with reports
// committed before it; each report more is seconds on a server just started).
func killCorpus(tb testing.TB) []*govkg.Extraction {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(neo4jtest.RepoRoot(tb), "testdata", "reports", "*"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seed reports: %v", err)
	}
	districts := []string{"福田区", "天河区"}
	x := extract.New()
	var out []*govkg.Extraction
	seen := map[string]bool{}
	for _, d := range districts {
		for j, f := range files {
			doc, err := document.ReadFile(f, document.Options{District: d, PlanYear: 2011 + j})
			if err != nil {
				tb.Fatal(err)
			}
			ext := x.Extract(doc)
			ext.Sentences = doc.Sentences
			id := ext.Reports[0].ID
			if seen[id] {
				tb.Fatalf("report id %s twice in the kill corpus", id)
			}
			seen[id] = true
			out = append(out, ext)
		}
	}
	return out
}

// buildEach builds the extractions one report per Build call, like `govkg build`, and
// returns each report's status ("" when not attempted). onStart, if set, runs as the
// write transaction of report i is about to begin. It stops at the first failure once
// ctx is done.
func buildEach(ctx context.Context, c *Client, exts []*govkg.Extraction, batch int, onStart func(i int)) ([]ReportStatus, error) {
	st := make([]ReportStatus, len(exts))
	var firstErr error
	for i, ext := range exts {
		opts := BuildOptions{BatchSize: batch}
		if onStart != nil {
			opts.Progress = func(ev ProgressEvent) {
				if ev.Phase == "start" {
					onStart(i)
				}
			}
		}
		sum, err := c.Build(ctx, ext, opts)
		if len(sum.Reports) == 1 {
			st[i] = sum.Reports[0].Status
		}
		if err != nil {
			st[i] = StatusFailed
			if firstErr == nil {
				firstErr = err
			}
			if ctx.Err() != nil {
				break
			}
		}
	}
	return st, firstErr
}

// reportShapes returns, per report id, its sentence, mention and status-link counts: a
// report written halfway would differ from the clean build in one of them.
func reportShapes(tb testing.TB, c *Client) map[string]string {
	tb.Helper()
	out := map[string]string{}
	for _, r := range read(tb, c, `MATCH (r:Report)
OPTIONAL MATCH (r)-[:HAS_SENTENCE]->(s:Sentence)
WITH r, count(s) AS ns
OPTIONAL MATCH (r)-[:HAS_SENTENCE]->(:Sentence)-[m:MENTIONS]->()
WITH r, ns, count(m) AS nm
OPTIONAL MATCH (r)-[st:STATUS]->()
RETURN r.id, ns, nm, count(st)`, nil) {
		out[r[0].(string)] = fmt.Sprintf("sentences=%v mentions=%v status=%v", r[1], r[2], r[3])
	}
	return out
}

// TestKillServerMidBuild kills Neo4j with SIGKILL in the middle of a 10-report build,
// starts it again with scripts/neo4j, reruns the build and checks that the graph is
// exactly the one a clean build gives: every report is all or nothing, nothing is
// duplicated, and the rerun skips only what was committed. It leaves the server running.
func TestKillServerMidBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("long: kills and restarts Neo4j")
	}
	srv := findLocalServer(t)
	c := testClient(t)
	t.Cleanup(func() { // whatever happens, leave the server running
		if _, err := srv.pid(); err != nil {
			srv.start(t)
		}
	})
	exts := killCorpus(t)

	// The reference: the graph a clean build gives, built in memory by the same plan and
	// merge rules (TestStreamMatchesOffline and the export tests hold it byte-identical
	// to a build), which spares the test a third build of the corpus.
	off := NewOffline()
	for _, ext := range exts {
		off.Add(ext)
	}
	want := jsonlOf(t, off.Export)
	wantShapes := shapesOf(t, want)
	if len(wantShapes) != len(exts) {
		t.Fatalf("clean build has %d reports, want %d", len(wantShapes), len(exts))
	}
	neo4jtest.Wipe(t)

	// The killed build: small batches make each report many statements long, so the
	// SIGKILL sent as report k starts lands inside its transaction.
	k := len(exts) / 2
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	killed := make(chan error, 1)
	st, err := buildEach(ctx, c, exts, 5, func(i int) {
		if i == k {
			go func() {
				err := srv.kill()
				cancel() // the driver would retry for a minute; the test is not about that
				killed <- err
			}()
		}
	})
	if kerr := <-killed; kerr != nil {
		t.Fatalf("killing Neo4j: %v", kerr)
	}
	if err == nil {
		t.Fatal("the build went through although Neo4j was killed")
	}
	if code := govkg.ErrorCode(err); code != govkg.EDB {
		t.Errorf("error code %s, want %s: %v", code, govkg.EDB, err)
	}
	committed := map[string]bool{}
	for i, s := range st {
		if s == StatusCreated {
			committed[exts[i].Reports[0].ID] = true
		}
	}
	t.Logf("killed as report %d (%s) began: %d committed, then %v", k, exts[k].Reports[0].ID, len(committed), err)
	if len(committed) < k {
		t.Errorf("only %d reports committed before the kill at %d", len(committed), k)
	}

	srv.start(t)

	// The same client recovers: its pool notices the dead connections (read as
	// neo4jtest.Retry tries, not within one context: see there why).
	neo4jtest.Retry(t, "client after restart", func(ctx context.Context) error {
		_, _, err := c.Read(ctx, "RETURN 1", nil)
		return err
	}, nil)
	got := reportShapes(t, c)
	for id := range committed {
		if _, ok := got[id]; !ok {
			t.Errorf("committed report %s lost in the crash", id)
		}
	}
	for id, shape := range got {
		if shape != wantShapes[id] {
			t.Errorf("report %s after the crash: %s, clean build: %s (half written?)", id, shape, wantShapes[id])
		}
	}
	if n := count(t, c, "MATCH (s:Sentence) WHERE NOT EXISTS { (:Report)-[:HAS_SENTENCE]->(s) } RETURN count(s)"); n != 0 {
		t.Errorf("%d sentences without a report after the crash", n)
	}

	// The rerun completes the graph, skipping exactly what survived.
	st, err = buildEach(context.Background(), c, exts, 0, nil)
	if err != nil {
		t.Fatalf("rerun: %v", err)
	}
	for i, s := range st {
		id := exts[i].Reports[0].ID
		wantSt := StatusCreated
		if _, ok := got[id]; ok {
			wantSt = StatusUnchanged
		}
		if s != wantSt {
			t.Errorf("rerun: %s %s, want %s", id, s, wantSt)
		}
	}
	if n := count(t, c, "MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS k WHERE k > 1 RETURN count(id)"); n != 0 {
		t.Errorf("%d ids on more than one node", n)
	}
	got2 := jsonlOf(t, func(w export.Writer) error { return c.Export(context.Background(), w) })
	if d := neo4jtest.Diff(strings.Split(want, "\n"), strings.Split(got2, "\n")); d != "" {
		t.Errorf("graph after kill, restart and rerun differs from a clean build:\n%s", d)
	}
}

// shapesOf is reportShapes read from a JSON Lines export: per report id, its sentence,
// mention and status-link counts.
func shapesOf(tb testing.TB, jsonl string) map[string]string {
	tb.Helper()
	sentences, mentions, status := map[string]int{}, map[string]int{}, map[string]int{}
	reportOf := map[string]string{} // sentence id → report id, from HAS_SENTENCE
	var rels []export.Relationship
	dec := json.NewDecoder(strings.NewReader(jsonl))
	for dec.More() {
		var rec struct {
			Type, Label, Start, End string
		}
		if err := dec.Decode(&rec); err != nil {
			tb.Fatal(err)
		}
		if rec.Type != "relationship" {
			continue
		}
		rels = append(rels, export.Relationship{Type: rec.Label, Start: rec.Start, End: rec.End})
		switch rec.Label {
		case "HAS_SENTENCE":
			sentences[rec.Start]++
			reportOf[rec.End] = rec.Start
		case "STATUS":
			status[rec.Start]++
		}
	}
	for _, r := range rels {
		if r.Type == "MENTIONS" {
			mentions[reportOf[r.Start]]++
		}
	}
	out := map[string]string{}
	for rid, n := range sentences {
		out[rid] = fmt.Sprintf("sentences=%d mentions=%d status=%d", n, mentions[rid], status[rid])
	}
	return out
}
