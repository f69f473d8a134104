// Command testprogress turns the event stream of `go test -json` into what a person
// wants while make test runs: a line when a package is done (ok, FAIL, or no tests,
// with its time and the tests it skipped and why), a line every 30 seconds naming the
// packages still running and their current test, the output of every failed test, and
// a closing count. It exits 1 when a package or build failed, or when the stream ends
// without a result for a package that started.
//
//	go test -json ./... | go run ./internal/testprogress
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
)

// event is one record of `go test -json` (cmd/test2json).
type event struct {
	Time    time.Time
	Action  string
	Package string
	Test    string
	Elapsed float64
	Output  string
}

// pkgState is what is known of a package while its tests run.
type pkgState struct {
	start   time.Time
	current string              // the test running now, if any
	waiting bool                // it waits for another process's turn on the test server
	output  map[string][]string // per test ("" for the package), kept until it passes
	skipped []string            // "TestX: reason"
	failed  []string
}

type progress struct {
	mu       sync.Mutex
	out      io.Writer
	started  time.Time
	pkgs     map[string]*pkgState
	counts   map[string]int // ok, FAIL, skip (no tests)
	failures int
}

func main() {
	p := &progress{out: os.Stdout, started: time.Now(), pkgs: map[string]*pkgState{}, counts: map[string]int{}}
	done := make(chan struct{})
	go p.heartbeat(30*time.Second, done)
	p.read(os.Stdin)
	close(done)
	os.Exit(p.finish())
}

// heartbeat prints the packages still running every interval until done closes.
func (p *progress) heartbeat(interval time.Duration, done <-chan struct{}) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-done:
			return
		case <-t.C:
			p.mu.Lock()
			var names []string
			for name := range p.pkgs {
				names = append(names, name)
			}
			slices.Sort(names)
			var parts []string
			for _, name := range names {
				st := p.pkgs[name]
				part := fmt.Sprintf("%s %s", short(name), dur(time.Since(st.start)))
				switch {
				case st.waiting:
					part += " (waiting for the test server)"
				case st.current != "":
					part += " (" + st.current + ")"
				}
				parts = append(parts, part)
			}
			if len(parts) > 0 {
				fmt.Fprintf(p.out, "  ...   %s  running: %s\n", dur(time.Since(p.started)), strings.Join(parts, ", "))
			}
			p.mu.Unlock()
		}
	}
}

// read handles the stream line by line; a line that is not an event is passed through.
func (p *progress) read(r io.Reader) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		line := sc.Bytes()
		var ev event
		if len(line) == 0 || line[0] != '{' || json.Unmarshal(line, &ev) != nil {
			p.mu.Lock()
			fmt.Fprintln(p.out, string(line))
			p.mu.Unlock()
			continue
		}
		p.handle(ev)
	}
}

func (p *progress) state(pkg string) *pkgState {
	st := p.pkgs[pkg]
	if st == nil {
		st = &pkgState{start: time.Now(), output: map[string][]string{}}
		p.pkgs[pkg] = st
	}
	return st
}

func (p *progress) handle(ev event) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch ev.Action {
	case "build-output":
		fmt.Fprint(p.out, ev.Output)
		return
	case "build-fail":
		p.failures++
		return
	}
	if ev.Package == "" {
		return
	}
	st := p.state(ev.Package)
	switch ev.Action {
	case "start":
		st.start = time.Now()
	case "run":
		if !strings.Contains(ev.Test, "/") {
			st.current = ev.Test
		}
	case "output":
		st.output[ev.Test] = append(st.output[ev.Test], ev.Output)
		// internal/neo4jtest says so when a test waits for the test server's lock
		if strings.Contains(ev.Output, "waiting for the test server") {
			st.waiting = true
		} else if strings.Contains(ev.Output, "got the test server") {
			st.waiting = false
		}
	case "skip":
		if ev.Test != "" {
			if !strings.Contains(ev.Test, "/") {
				st.skipped = append(st.skipped, ev.Test+": "+skipReason(st.output[ev.Test]))
			}
			delete(st.output, ev.Test)
			break
		}
		p.report(ev, st, "skip")
	case "pass":
		if ev.Test != "" {
			st.waiting = false
			delete(st.output, ev.Test)
			if ev.Test == st.current {
				st.current = ""
			}
			break
		}
		p.report(ev, st, "ok")
	case "fail":
		if ev.Test != "" {
			st.failed = append(st.failed, ev.Test)
			if ev.Test == st.current {
				st.current = ""
			}
			break
		}
		p.report(ev, st, "FAIL")
	}
}

// report prints a package's result, with its skipped tests and, for a failure, the
// output of its failed tests (or of the package, when no test failed).
func (p *progress) report(ev event, st *pkgState, result string) {
	delete(p.pkgs, ev.Package)
	p.counts[result]++
	elapsed := time.Duration(ev.Elapsed * float64(time.Second))
	switch result {
	case "skip":
		fmt.Fprintf(p.out, "  %-5s %-50s (no tests)\n", "-", short(ev.Package))
		return
	case "FAIL":
		p.failures++
	}
	fmt.Fprintf(p.out, "  %-5s %-50s %7s\n", result, short(ev.Package), dur(elapsed))
	for _, s := range st.skipped {
		fmt.Fprintf(p.out, "          skipped %s\n", s)
	}
	if result != "FAIL" {
		return
	}
	tests := st.failed
	if len(tests) == 0 {
		tests = []string{""}
	}
	for _, t := range tests {
		for _, line := range st.output[t] {
			fmt.Fprint(p.out, "        | "+line)
		}
	}
	if len(st.failed) == 0 {
		for _, line := range st.output[""] {
			fmt.Fprint(p.out, "        | "+line)
		}
	}
}

// finish prints the closing count and returns the exit status.
func (p *progress) finish() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	for name := range p.pkgs {
		fmt.Fprintf(p.out, "  FAIL  %s: no result (the test binary died?)\n", short(name))
		p.failures++
	}
	fmt.Fprintf(p.out, "%d packages ok, %d failed, %d without tests, in %s\n",
		p.counts["ok"], p.counts["FAIL"], p.counts["skip"], dur(time.Since(p.started)))
	if p.failures > 0 {
		return 1
	}
	return 0
}

// skipReason is the message of t.Skip in a skipped test's output: its last line that
// is not the --- SKIP line.
func skipReason(lines []string) string {
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "" || strings.HasPrefix(l, "--- SKIP") || strings.HasPrefix(l, "=== ") {
			continue
		}
		if _, rest, ok := strings.Cut(l, ": "); ok && strings.Contains(l[:len(l)-len(rest)], ".go:") {
			return rest
		}
		return l
	}
	return "skipped"
}

// short drops the module path from a package name.
func short(pkg string) string {
	if s := strings.TrimPrefix(strings.TrimPrefix(pkg, "github.com/govkg/govkg"), "/"); s != "" {
		return s
	}
	return "govkg"
}

// dur prints a duration as 1m05s or 4.2s.
func dur(d time.Duration) string {
	if d >= time.Minute {
		return fmt.Sprintf("%dm%02ds", int(d.Minutes()), int(d.Seconds())%60)
	}
	return fmt.Sprintf("%.1fs", d.Seconds())
}
