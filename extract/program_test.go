package extract

import (
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
