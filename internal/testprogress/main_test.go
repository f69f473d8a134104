package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgress(t *testing.T) {
	stream := strings.Join([]string{
		`{"Action":"start","Package":"github.com/govkg/govkg/a"}`,
		`{"Action":"run","Package":"github.com/govkg/govkg/a","Test":"TestOK"}`,
		`{"Action":"output","Package":"github.com/govkg/govkg/a","Test":"TestOK","Output":"=== RUN   TestOK\n"}`,
		`{"Action":"pass","Package":"github.com/govkg/govkg/a","Test":"TestOK","Elapsed":1}`,
		`{"Action":"run","Package":"github.com/govkg/govkg/a","Test":"TestSkip"}`,
		`{"Action":"output","Package":"github.com/govkg/govkg/a","Test":"TestSkip","Output":"    x_test.go:9: no Chromium: install it\n"}`,
		`{"Action":"output","Package":"github.com/govkg/govkg/a","Test":"TestSkip","Output":"--- SKIP: TestSkip (0.00s)\n"}`,
		`{"Action":"skip","Package":"github.com/govkg/govkg/a","Test":"TestSkip"}`,
		`{"Action":"pass","Package":"github.com/govkg/govkg/a","Elapsed":2.5}`,
		`{"Action":"start","Package":"github.com/govkg/govkg/b"}`,
		`{"Action":"run","Package":"github.com/govkg/govkg/b","Test":"TestBad"}`,
		`{"Action":"output","Package":"github.com/govkg/govkg/b","Test":"TestBad","Output":"    b_test.go:3: want 2, got 3\n"}`,
		`{"Action":"fail","Package":"github.com/govkg/govkg/b","Test":"TestBad","Elapsed":0.1}`,
		`{"Action":"fail","Package":"github.com/govkg/govkg/b","Elapsed":75}`,
		`{"Action":"skip","Package":"github.com/govkg/govkg/c","Elapsed":0}`,
		`not json: passed through`,
	}, "\n")
	var out bytes.Buffer
	p := &progress{out: &out, started: time.Now(), pkgs: map[string]*pkgState{}, counts: map[string]int{}}
	p.read(strings.NewReader(stream))
	code := p.finish()
	got := out.String()
	for _, want := range []string{
		"  ok    a", "2.5s",
		"skipped TestSkip: no Chromium: install it",
		"  FAIL  b", "1m15s", "| " + "    b_test.go:3: want 2, got 3",
		"  -     c", "(no tests)",
		"not json: passed through",
		"1 packages ok, 1 failed, 1 without tests",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "=== RUN") {
		t.Errorf("a passing test's output is shown:\n%s", got)
	}
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
}

func TestWaitingForTheServer(t *testing.T) {
	var out bytes.Buffer
	p := &progress{out: &out, started: time.Now(), pkgs: map[string]*pkgState{}, counts: map[string]int{}}
	p.read(strings.NewReader(strings.Join([]string{
		`{"Action":"start","Package":"github.com/govkg/govkg/graph"}`,
		`{"Action":"run","Package":"github.com/govkg/govkg/graph","Test":"TestX"}`,
		`{"Action":"output","Package":"github.com/govkg/govkg/graph","Test":"TestX","Output":"    neo4jtest.go:80: waiting for the test server: another test process holds the lock\n"}`,
	}, "\n")))
	if !p.pkgs["github.com/govkg/govkg/graph"].waiting {
		t.Error("not seen waiting")
	}
	p.handle(event{Action: "output", Package: "github.com/govkg/govkg/graph", Test: "TestX", Output: "    neo4jtest.go:85: got the test server after 12s\n"})
	if p.pkgs["github.com/govkg/govkg/graph"].waiting {
		t.Error("still seen waiting")
	}
}

func TestUnfinishedPackageFails(t *testing.T) {
	var out bytes.Buffer
	p := &progress{out: &out, started: time.Now(), pkgs: map[string]*pkgState{}, counts: map[string]int{}}
	p.read(strings.NewReader(`{"Action":"start","Package":"github.com/govkg/govkg/a"}`))
	if code := p.finish(); code != 1 || !strings.Contains(out.String(), "no result") {
		t.Errorf("exit %d, output %q", code, out.String())
	}
}
