package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestHostileShapes: every shape fills its size without passing it, is valid UTF-8,
// and is made of what it says (the file the bench measures is the shape it names).
func TestHostileShapes(t *testing.T) {
	seed, err := seedReports(filepath.Join("..", "testdata", "reports"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"list": "比亚迪公司、比亚迪公司", "lists": "等企业落户。", "table": "|龙岗区项目0产业园0|",
		"ascii": "Shenzhen ", "quotes": "“", "brackets": "((((((((", "real": "政府工作报告"}
	dir := t.TempDir()
	for _, sh := range hostileShapes {
		for _, n := range []int{64 << 10, 300_001} {
			p, err := writeShape(dir, sh, n, seed)
			if err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if len(b) > n || len(b) < n-100 {
				t.Errorf("%s at %d: %d bytes", sh.Name, n, len(b))
			}
			if !utf8.Valid(b) {
				t.Errorf("%s at %d: not valid UTF-8", sh.Name, n)
			}
			if w := want[sh.Name]; w != "" && !strings.Contains(string(b), w) {
				t.Errorf("%s at %d lacks %q", sh.Name, n, w)
			}
			if sh.Name == "line" && strings.ContainsAny(string(b[len(hostileTitle)+2:]), "\n。") {
				t.Errorf("line has a line end or a full stop after its title")
			}
		}
	}
}

func TestSizes(t *testing.T) {
	for in, want := range map[string]int{"64KiB": 64 << 10, "1MiB": 1 << 20, "64MiB": 64 << 20, "1000": 1000} {
		got, err := parseSize(in)
		if err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
		if in != "1000" && sizeName(want) != in {
			t.Errorf("sizeName(%d) = %q, want %q", want, sizeName(want), in)
		}
	}
	for _, bad := range []string{"", "0", "-1MiB", "1GB", "x"} {
		if _, err := parseSize(bad); err == nil {
			t.Errorf("parseSize(%q) accepted", bad)
		}
	}
	if _, err := pickShapes("list,nope"); err == nil {
		t.Error("pickShapes accepted an unknown shape")
	}
}

// TestRewriteHostile: the hostile section is replaced without touching the results
// section or the prose, and appended when the file has no markers yet.
func TestRewriteHostile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "BENCHMARKS.md")
	old := "# B\n<!-- bench:results:begin -->\nR\n<!-- bench:results:end -->\nprose\n"
	if err := os.WriteFile(path, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, md := range []string{"H1", "H2"} {
		if err := rewriteHostile(path, md); err != nil {
			t.Fatal(err)
		}
	}
	b, _ := os.ReadFile(path)
	if want := old + "\n<!-- bench:hostile:begin -->\nH2\n<!-- bench:hostile:end -->\n"; string(b) != want {
		t.Errorf("got\n%s\nwant\n%s", b, want)
	}
}
