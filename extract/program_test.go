package extract

import (
	"github.com/govkg/govkg/extract/document"
	"os"
	"strings"
	"testing"
)

func TestProbeCut(t *testing.T) {
	if os.Getenv("PROBE") == "" {
		t.Skip()
	}
	x := New()
	for _, s := range strings.Split(os.Getenv("PROBE"), "|") {
		t.Logf("%s => %q", s, x.cut(s))
	}
}

func TestProbeProgram(t *testing.T) {
	if os.Getenv("PROBEP") == "" {
		t.Skip()
	}
	x := New()
	for _, s := range strings.Split(os.Getenv("PROBEP"), "|") {
		r := &report{x: x, doc: &document.Document{}}
		for _, m := range r.programs([]rune(s)) {
			t.Logf("%s => %s [%d,%d]", s, m.name, m.start, m.end)
		}
	}
}

func TestProbeSpans(t *testing.T) {
	if os.Getenv("PROBES") == "" {
		t.Skip()
	}
	rs := []rune(os.Getenv("PROBES"))
	sp := quoteSpans(rs)
	t.Logf("%v %v", sp, quoteRuns(rs, sp))
	x := New()
	r := &report{x: x, doc: &document.Document{}}
	for _, q := range sp {
		h, he := r.headAfter(rs, q.e, q.inner(rs))
		t.Logf("%q head=%q %d np=%q", q.inner(rs), h, he, followingNoun(rs, q.e))
	}
}
