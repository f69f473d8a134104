//go:build unix

// This file's name sorts before every test file of the package that uses the shared
// test server, on purpose: Go runs
// a package's tests in file order, and a test process holds the shared test server's
// lock (internal/neo4jtest) from its first test on that server to its end. The
// dead-server test runs on a scratch Neo4j of its own, so running it first lets the
// other packages' tests use the shared server meanwhile instead of waiting two minutes.

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/govkg/govkg/graph"
	"github.com/govkg/govkg/internal/neo4jtest"
)

// Issue 17, D3 and D4: a build against a server that dies took ten minutes to give up
// (the driver's retry time spent on the group's transaction and again on each of its
// reports) and then called failed the reports Neo4j had committed; after SIGINT, a
// committed group was "failed … context canceled". These tests kill a private Neo4j
// during `govkg build`, and interrupt a build of the shared one, and compare every
// report's status with what the graph holds.

// scratchNeo4j is a private Neo4j: a copy of scripts/ in a temporary directory, on two
// free ports picked at run time, so that a test can kill it without touching the
// server other tests (and other checkouts) use.
type scratchNeo4j struct {
	script string   // its copy of scripts/neo4j
	home   string   // its .neo4j directory
	env    []string // its ports
	bolt   string   // host:port
}

// startScratchNeo4j starts a private Neo4j, or skips (fails under CI=true) when there
// is no Java or Maven to run one. The jars of an installed scripts/neo4j (the one
// GOVKG_NEO4J_SCRIPT names, or this checkout's) are linked rather than fetched again.
func startScratchNeo4j(t *testing.T) *scratchNeo4j {
	t.Helper()
	if testing.Short() {
		t.Skip("starts, kills and restarts a Neo4j of its own")
	}
	for _, tool := range []string{"java", "mvn"} {
		if _, err := exec.LookPath(tool); err != nil {
			neo4jtest.Skip(t, "no %s to run a scratch Neo4j", tool)
		}
	}
	root := t.TempDir()
	if out, err := exec.Command("cp", "-r", filepath.Join(neo4jtest.RepoRoot(t), "scripts"), root).CombinedOutput(); err != nil {
		t.Fatalf("copy scripts: %v %s", err, out)
	}
	s := &scratchNeo4j{script: filepath.Join(root, "scripts", "neo4j"), home: filepath.Join(root, ".neo4j")}
	var libs []string
	if sc := os.Getenv("GOVKG_NEO4J_SCRIPT"); sc != "" {
		libs = append(libs, filepath.Join(filepath.Dir(filepath.Dir(sc)), ".neo4j", "lib"))
	}
	for _, lib := range append(libs, filepath.Join(neo4jtest.RepoRoot(t), ".neo4j", "lib")) {
		if _, err := os.Stat(filepath.Join(lib, ".installed")); err == nil {
			if err := os.MkdirAll(s.home, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(lib, filepath.Join(s.home, "lib")); err != nil {
				t.Fatal(err)
			}
			break // the script reinstalls (replacing the link, not its target) if the pom differs
		}
	}
	bolt, http := freePort(t), freePort(t)
	s.bolt = "127.0.0.1:" + bolt
	s.env = append(os.Environ(), "NEO4J_HOST=127.0.0.1", "NEO4J_BOLT_PORT="+bolt, "NEO4J_HTTP_PORT="+http,
		"NEO4J_HEAP=512m", "NEO4J_PAGECACHE=128m", "NEO4J_STOP_TIMEOUT=20")
	t.Cleanup(func() {
		cmd := exec.Command(s.script, "stop")
		cmd.Env = s.env
		_ = cmd.Run()
	})
	s.start(t)
	return s
}

// freePort returns a TCP port nothing listens on right now.
func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
}

func (s *scratchNeo4j) uri() string { return "bolt://" + s.bolt }

// start runs the script's start, which returns once Bolt and HTTP answer (it waits up
// to NEO4J_START_TIMEOUT, 300 s; the context only guards against a hung script).
func (s *scratchNeo4j) start(t *testing.T) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 7*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, s.script, "start")
	cmd.Env = s.env
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s start: %v\n%s", s.script, err, out)
	}
}

// kill sends SIGKILL to the scratch server's JVM and waits until it is gone.
func (s *scratchNeo4j) kill(t *testing.T) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(s.home, "neo4j.pid"))
	if err != nil {
		t.Fatalf("scratch Neo4j pid: %v", err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 1 {
		t.Fatalf("scratch Neo4j pid file holds %q", b)
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatalf("kill -9 %d: %v", pid, err)
	}
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(50 * time.Millisecond) {
		conn, err := net.DialTimeout("tcp", s.bolt, time.Second)
		if err != nil && syscall.Kill(pid, 0) != nil {
			return
		}
		if err == nil {
			conn.Close()
		}
		if time.Now().After(deadline) {
			t.Fatalf("scratch Neo4j %d still alive after SIGKILL", pid)
		}
	}
}

// open connects to the scratch server, retrying while it comes up (neo4jtest.Retry: five
// minutes and at least ten tries); when it gives up, the failure shows whether the JVM
// lives and the end of its console log.
func (s *scratchNeo4j) open(t *testing.T) *graph.Client {
	t.Helper()
	var c *graph.Client
	neo4jtest.Retry(t, "open "+s.uri(), func(ctx context.Context) error {
		var err error
		c, err = graph.Open(ctx, graph.Config{URI: s.uri()})
		return err
	}, s.describe)
	t.Cleanup(func() { _ = c.Close(context.Background()) })
	return c
}

// describe says whether the scratch server's JVM lives and shows the end of its console
// log, for a failure message.
func (s *scratchNeo4j) describe() string {
	cmd := exec.Command(s.script, "status")
	cmd.Env = s.env
	status, _ := cmd.CombinedOutput()
	log, _ := os.ReadFile(filepath.Join(s.home, "logs", "console.log"))
	lines := strings.Split(strings.TrimRight(string(log), "\n"), "\n")
	if len(lines) > 40 {
		lines = lines[len(lines)-40:]
	}
	return fmt.Sprintf("scripts/neo4j status: %s\nlast lines of its console.log:\n%s", strings.TrimSpace(string(status)), strings.Join(lines, "\n"))
}

// reportsInGraph returns the id of every Report node.
func reportsInGraph(t *testing.T, c *graph.Client) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	for _, r := range read(t, c, "MATCH (r:Report) RETURN r.id", nil) {
		out[r[0].(string)] = true
	}
	return out
}

// buildSummary is what `govkg build --json` prints.
type buildSummary struct {
	Reports []BuildLine `json:"reports"`
	Failed  int         `json:"failed"`
	Stopped string      `json:"stopped"`
}

// backgroundBuild starts `govkg build --json dir` and returns the command and its
// output buffers.
func backgroundBuild(t *testing.T, environ []string, args ...string) (*exec.Cmd, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(govkgBinary(t), append([]string{"build", "--json"}, args...)...)
	cmd.Env = environ
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	})
	return cmd, &out, &errOut
}

// waitForReports waits until the graph holds at least n reports, or the build ended.
func waitForReports(t *testing.T, c *graph.Client, n int, done <-chan struct{}) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Minute)
	for len(reportsInGraph(t, c)) < n {
		select {
		case <-done:
			t.Fatalf("the build ended before %d reports were written", n)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("fewer than %d reports written after 5 minutes", n)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// checkStatuses compares each report's status in the summary with the graph: a report
// said written is there, one said failed is not; unknown is allowed only if allowUnknown.
func checkStatuses(t *testing.T, sum buildSummary, inGraph map[string]bool, allowUnknown bool) (written, notWritten, unknown int) {
	t.Helper()
	for _, l := range sum.Reports {
		switch l.Status {
		case "created", "updated", "unchanged":
			written++
			if !inGraph[l.Report] {
				t.Errorf("%s is %s in the summary but not in the graph", l.Report, l.Status)
			}
		case "failed":
			notWritten++
			if l.Report != "" && inGraph[l.Report] {
				t.Errorf("%s is failed in the summary (%s) but the graph holds it", l.Report, l.Error)
			}
		case "unknown":
			unknown++
			if !allowUnknown {
				t.Errorf("%s is unknown although Neo4j could be asked: %s", l.Report, l.Error)
			}
		default:
			t.Errorf("%s: status %q", l.Report, l.Status)
		}
	}
	return written, notWritten, unknown
}

// TestBuildStopsWhenNeo4jDies (D3, D4) kills a private Neo4j with SIGKILL in the middle
// of `govkg build` of 32 reports of testdata/corpus: the build must exit 1 within a
// minute of the kill, say in its last line which reports were written and that a rerun
// continues, and give every report the status the graph holds once the server is back.
// The rerun then completes the graph, skipping what was written.
func TestBuildStopsWhenNeo4jDies(t *testing.T) {
	srv := startScratchNeo4j(t)
	corpus, err := filepath.Glob(filepath.Join(neo4jtest.RepoRoot(t), "testdata", "corpus", "*.md"))
	if err != nil || len(corpus) < 32 {
		t.Fatalf("testdata/corpus: %d reports, %v", len(corpus), err)
	}
	corpus = corpus[:32] // four groups of 8: enough to kill the server with some written, some not
	environ := env("NEO4J_URI=" + srv.uri())
	c := srv.open(t)

	cmd, out, errOut := backgroundBuild(t, environ, corpus...)
	exited := make(chan struct{})
	var waitErr error
	go func() { waitErr = cmd.Wait(); close(exited) }()
	waitForReports(t, c, 8, exited)
	srv.kill(t)
	killedAt := time.Now()
	select {
	case <-exited:
	case <-time.After(3 * time.Minute):
		t.Fatalf("govkg build still running 3 minutes after Neo4j was killed\nstderr:\n%s", errOut)
	}
	took := time.Since(killedAt)
	t.Logf("govkg build exited %s after the kill: %v", took.Round(time.Millisecond), waitErr)
	if took > time.Minute {
		t.Errorf("govkg build exited %s after Neo4j was killed, want within a minute", took.Round(time.Second))
	}
	if code := cmd.ProcessState.ExitCode(); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	var sum buildSummary
	if err := json.Unmarshal(out.Bytes(), &sum); err != nil {
		t.Fatalf("--json output: %v\n%s\nstderr:\n%s", err, out, errOut)
	}
	if sum.Stopped != "Neo4j stopped answering" {
		t.Errorf("summary stopped = %q", sum.Stopped)
	}
	lines := strings.Split(strings.TrimSpace(errOut.String()), "\n")
	last := lines[len(lines)-1]
	for _, want := range []string{"Neo4j at " + srv.uri() + " stopped answering", "written", "not written", "run the same command again to continue"} {
		if !strings.Contains(last, want) {
			t.Errorf("last line lacks %q: %s", want, last)
		}
	}
	if n := strings.Count(errOut.String(), "not written: "); n > 0 {
		t.Errorf("%d lines of stderr say one report each was not written; the last line says it for all:\n%s", n, errOut)
	}

	srv.start(t)
	c2 := srv.open(t)
	inGraph := reportsInGraph(t, c2)
	written, notWritten, unknown := checkStatuses(t, sum, inGraph, true)
	t.Logf("after the kill: %d written, %d not written, %d unknown; the graph holds %d reports\n%s", written, notWritten, unknown, len(inGraph), last)
	// The kill lands just after the graph shows 8 reports, often before the commit's
	// answer reached govkg: those reports are then unknown (Neo4j cannot be asked), never
	// failed. Only the transactions under way (two writers, 8 reports each) can be unknown.
	if written+unknown < 8 || notWritten == 0 {
		t.Errorf("want the 8 reports in the graph before the kill written or unknown, and some not written: %d written, %d unknown, %d not written", written, unknown, notWritten)
	}
	if unknown > 16 {
		t.Errorf("%d reports unknown: more than the two transactions under way could hold", unknown)
	}
	if !strings.Contains(last, fmt.Sprintf("written %d report", written)) || unknown > 0 && !strings.Contains(last, fmt.Sprintf("unknown %d report", unknown)) {
		t.Errorf("last line does not count the %d reports written and %d unknown: %s", written, unknown, last)
	}

	// the rerun continues: what was written is unchanged, the rest is created
	r := run(t, environ, "", append([]string{"build", "--json"}, corpus...)...)
	if r.code != 0 {
		t.Fatalf("rerun: exit %d\n%s", r.code, r.stderr)
	}
	var again buildSummary
	if err := json.Unmarshal([]byte(r.stdout), &again); err != nil {
		t.Fatal(err)
	}
	for _, l := range again.Reports {
		if want := map[bool]string{true: "unchanged", false: "created"}[inGraph[l.Report]]; l.Status != want {
			t.Errorf("rerun: %s %s, want %s", l.Report, l.Status, want)
		}
	}
	if got := reportsInGraph(t, c2); len(got) != len(again.Reports) {
		t.Errorf("after the rerun the graph holds %d reports, want %d", len(got), len(again.Reports))
	}
}

// TestBuildInterruptedStatuses (D4): SIGINT in the middle of a build stops it; every
// report's status is what the graph holds, a group committed as the signal came is
// written, not "failed … context canceled", and none is unknown (Neo4j is there to ask).
func TestBuildInterruptedStatuses(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 72 reports")
	}
	c := testGraph(t)
	neo4jtest.Wipe(t)
	corpus := filepath.Join(neo4jtest.RepoRoot(t), "testdata", "corpus")
	cmd, out, errOut := backgroundBuild(t, neo4jEnv(), corpus)
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	waitForReports(t, c, 8, exited)
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	select {
	case <-exited:
	case <-time.After(2 * time.Minute):
		t.Fatalf("govkg build still running 2 minutes after SIGINT\nstderr:\n%s", errOut)
	}
	if code := cmd.ProcessState.ExitCode(); code != 1 {
		t.Errorf("exit status %d, want 1\n%s", code, errOut)
	}
	var sum buildSummary
	if err := json.Unmarshal(out.Bytes(), &sum); err != nil {
		t.Fatalf("--json output: %v\n%s\nstderr:\n%s", err, out, errOut)
	}
	if sum.Stopped != "the build was interrupted" {
		t.Errorf("summary stopped = %q", sum.Stopped)
	}
	written, notWritten, _ := checkStatuses(t, sum, reportsInGraph(t, c), false)
	t.Logf("after SIGINT: %d written, %d not written\n%s", written, notWritten, errOut)
	if written < 8 {
		t.Errorf("%d reports written, the graph held 8 when the signal was sent", written)
	}
	if !strings.Contains(errOut.String(), "the build was interrupted: written ") {
		t.Errorf("no last line saying what was written:\n%s", errOut)
	}
}
