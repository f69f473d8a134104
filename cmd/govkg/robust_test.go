//go:build unix

package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/extract"
	"github.com/govkg/govkg/extract/document"
	"github.com/govkg/govkg/graph"
	"github.com/govkg/govkg/internal/neo4jtest"
)

// secret is the password the security tests put in the environment; it must appear in
// no output of any command.
const secret = "s3cr3t-XYZ"

// --- helpers ---

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// govkgBinary builds the command once per test process; TestMain removes it. The tests
// run the real binary so that exit statuses and stderr are exactly what users see.
func govkgBinary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "govkg-robust-bin-")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "govkg")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// TestMain removes the binary built by govkgBinary and empties the test database if a
// test used it (the seed graph is shared by the tests, see qtFactory).
func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	if err := neo4jtest.WipeIfUsed(); err != nil {
		fmt.Fprintln(os.Stderr, "emptying the test database:", err)
		if code == 0 {
			code = 1
		}
	}
	os.Exit(code)
}

// result is what one run of the binary printed and returned.
type result struct {
	stdout, stderr string
	code           int
}

// env returns the process environment without NEO4J_* variables, plus extra.
func env(extra ...string) []string {
	var out []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NEO4J_") {
			out = append(out, kv)
		}
	}
	return append(out, extra...)
}

// neo4jEnv is env with the NEO4J_URI the integration tests use.
func neo4jEnv(extra ...string) []string {
	return env(append([]string{"NEO4J_URI=" + graph.ConfigFromEnv().URI}, extra...)...)
}

// run executes the binary. The five-minute context only guards against a hang (a
// regression that blocks on a FIFO, say) taking the whole test run down.
func run(t *testing.T, environ []string, stdin string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, govkgBinary(t), args...)
	cmd.Env = environ
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("govkg %s did not finish: %v\nstderr:\n%s", strings.Join(args, " "), ctx.Err(), errOut.String())
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("govkg %s: %v", strings.Join(args, " "), err)
	}
	return result{out.String(), errOut.String(), code}
}

// testGraph opens the test Neo4j (see neo4jtest.Require: skipped without a server,
// locked against other test processes) and wipes it when the test ends.
func testGraph(t *testing.T) *graph.Client {
	t.Helper()
	c := testClient(t)
	t.Cleanup(func() { neo4jtest.Wipe(t) }) // leave no fixture behind for make demo or a user
	return c
}

// testClient is testGraph without the wipe: for a test that leaves the seed graph to
// the tests after it (TestMain empties the database at the end).
func testClient(t *testing.T) *graph.Client {
	t.Helper()
	neo4jtest.Require(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := graph.Open(ctx, graph.ConfigFromEnv())
	if err != nil {
		t.Fatalf("opening the test Neo4j: %v", err)
	}
	t.Cleanup(func() { _ = c.Close(context.Background()) })
	return c
}

func read(t *testing.T, c *graph.Client, cypher string, params map[string]any) [][]any {
	t.Helper()
	_, rows, err := c.Read(context.Background(), cypher, params)
	if err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
	return rows
}

// reportLines returns the first lines of a seed report (its title, district and year
// are at the top).
func reportLines(t *testing.T, name string, n int) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(neo4jtest.RepoRoot(t), "testdata", "reports", name))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	return strings.Join(lines[:min(n, len(lines))], "")
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// --- bad input ---

// badFile is one file of the generated corpus: how to make it, and what govkg must say.
type badFile struct {
	name string
	make func(t *testing.T, path string)
	err  string   // "" = read fine; else the reason printed after "govkg: PATH: "
	warn []string // warnings printed for a file that is read
}

// scriptMarker is text inside <script> and <style>: it must never reach the output.
const scriptMarker = "脚本里的龙岗区不是报告正文"

// badCorpus describes the generated corpus. Whether chmod 000 makes a file unreadable
// depends on the user: root (as in CI containers) reads it anyway, so the expectation
// is decided by trying, and the FIFO, the dangling link and the link loop then stand
// in for files that cannot be read.
func badCorpus(t *testing.T) []badFile {
	t.Helper()
	luohu := reportLines(t, "luohu-2025-government-work-report.txt", 40)
	longgang := reportLines(t, "longgang-2025-government-work-report.txt", 40)
	longhua := reportLines(t, "longhua-2022-plan-execution-and-2023-plan.txt", 40)
	pingshan := reportLines(t, "pingshan-2025-government-work-report.md", 30)
	files := []badFile{
		{name: "empty.txt", make: func(t *testing.T, p string) { write(t, p, nil) }, err: "empty file"},
		{name: "blank.txt", make: func(t *testing.T, p string) { write(t, p, []byte(" \n\t\r\n\u3000\n")) }, err: "empty file"},
		{name: "binary.txt", make: func(t *testing.T, p string) {
			b := make([]byte, 4096)
			for i := range b {
				b[i] = byte(i * 7)
			}
			write(t, p, b)
		}, err: "binary file (contains NUL bytes), not a text report"},
		{name: "converted.txt", make: func(t *testing.T, p string) {
			write(t, p, []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"))
		}, err: "binary file (PDF), not a text report"},
		{name: "gbk.txt", make: func(t *testing.T, p string) {
			// GBK lacks a few characters of the report (e.g. some symbols): leave them out
			var b []byte
			enc := simplifiedchinese.GBK.NewEncoder()
			for _, r := range luohu {
				if g, err := enc.String(string(r)); err == nil {
					b = append(b, g...)
				}
			}
			write(t, p, b)
		}},
		{name: "utf16.txt", make: func(t *testing.T, p string) {
			b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(longgang)
			if err != nil {
				t.Fatal(err)
			}
			write(t, p, []byte(b))
		}},
		{name: "cut.txt", make: func(t *testing.T, p string) {
			b := []byte(longhua)
			i := len(b) - 1
			for b[i]&0xc0 == 0x80 || b[i] < 0x80 { // back to the lead byte of a multi-byte rune
				i--
			}
			write(t, p, b[:i+1]) // the lead byte without its continuation bytes
		}, warn: []string{"file ends in an incomplete UTF-8 sequence"}},
		{name: "huge.txt", make: func(t *testing.T, p string) {
			f, err := os.Create(p)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if err := f.Truncate(200 << 20); err != nil { // sparse: no disk, no time
				t.Fatal(err)
			}
		}, err: fmt.Sprintf("file is %d bytes, larger than the limit of %d bytes (%d MiB)", 200<<20, document.DefaultMaxBytes, document.DefaultMaxBytes>>20)},
		{name: "page.html", make: func(t *testing.T, p string) {
			var b strings.Builder
			b.WriteString("<!DOCTYPE html><html><head><title>坪山区政府工作报告</title><style>body{font:12px}/*" + scriptMarker + "*/</style>")
			b.WriteString("<script>var s='" + scriptMarker + "';document.write(s)</script></head><body>")
			b.WriteString("<nav>首页 | 政务公开 | " + scriptMarker + "</nav><script src=x.js></script>")
			for _, para := range strings.Split(pingshan, "\n") {
				fmt.Fprintf(&b, "<p>%s</p><script>track('%s')</script><style>.p{}</style>\n", para, scriptMarker)
			}
			b.WriteString("<noscript>" + scriptMarker + "</noscript></body></html>")
			write(t, p, []byte(b.String()))
		}},
		{name: "nometa.txt", make: func(t *testing.T, p string) {
			write(t, p, []byte("加快建设科技创新园区，推动企业技术改造。\n完善公共服务体系，新建学校三所。\n"))
		}, warn: []string{"report year not found", "district not found"}},
		{name: "fifo.txt", make: func(t *testing.T, p string) {
			if err := syscall.Mkfifo(p, 0o644); err != nil {
				t.Fatal(err)
			}
		}, err: "is a named pipe (FIFO), not a regular file"},
		{name: "dangling.txt", make: func(t *testing.T, p string) {
			if err := os.Symlink("no-such-target.txt", p); err != nil {
				t.Fatal(err)
			}
		}, err: "no such file or directory"},
		{name: "loop-a.txt", make: func(t *testing.T, p string) {
			dir := filepath.Dir(p)
			if err := os.Symlink("loop-b.txt", p); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink("loop-a.txt", filepath.Join(dir, "loop-b.txt")); err != nil {
				t.Fatal(err)
			}
		}, err: "too many levels of symbolic links"},
		{name: "loop-b.txt", err: "too many levels of symbolic links"}, // made with loop-a.txt
		{name: "unreadable.txt", make: func(t *testing.T, p string) {
			write(t, p, []byte("完善养老服务网络，新建社区食堂十个。\n"))
			if err := os.Chmod(p, 0); err != nil {
				t.Fatal(err)
			}
		}, err: "cannot read file: permission denied"},
	}
	return files
}

// makeBadCorpus creates the corpus in a new directory and returns it with the
// expectations; files that turn out readable (chmod 000 as root) expect success.
func makeBadCorpus(t *testing.T) (string, []badFile) {
	t.Helper()
	dir := t.TempDir()
	files := badCorpus(t)
	for i, f := range files {
		p := filepath.Join(dir, f.name)
		if f.make != nil {
			f.make(t, p)
		}
		if f.name == "unreadable.txt" {
			if fh, err := os.Open(p); err == nil { // root ignores file modes
				fh.Close()
				t.Logf("%s: running as uid %d, chmod 000 does not stop reads; the FIFO, dangling link and link loop cover unreadable files", f.name, os.Geteuid())
				files[i].err = ""
				files[i].warn = []string{"report year not found", "district not found"}
			}
			t.Cleanup(func() { os.Chmod(p, 0o644) }) // let t.TempDir remove it
		}
	}
	// A directory link to its parent (a loop for a walker that follows links), and a
	// PDF by its name: a directory walk reads neither.
	if err := os.Symlink("..", filepath.Join(dir, "up")); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "report.pdf"), []byte("%PDF-1.4\n"))
	return dir, files
}

// checkMessages asserts one "govkg: PATH: REASON" line on stderr for every failing file,
// the warnings of the others, and a final count.
func checkMessages(t *testing.T, stderr, dir string, files []badFile) {
	t.Helper()
	failed := 0
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if f.err != "" {
			failed++
			if want := "govkg: " + p + ": "; !strings.Contains(stderr, want) || !strings.Contains(lineOf(stderr, want), f.err) {
				t.Errorf("%s: stderr has no line %q…%q:\n%s", f.name, want, f.err, stderr)
			}
			continue
		}
		for _, w := range f.warn {
			if !strings.Contains(lineOf(stderr, "govkg: "+p+": warning: "+w), w) {
				t.Errorf("%s: no warning %q on stderr:\n%s", f.name, w, stderr)
			}
		}
		if line := lineOf(stderr, "govkg: "+p+": "); line != "" && !strings.Contains(line, "warning:") {
			t.Errorf("%s should be read, but: %s", f.name, line)
		}
	}
	if strings.Contains(stderr, "report.pdf") || strings.Contains(stderr, filepath.Join(dir, "up")) {
		t.Errorf("a directory walk should skip report.pdf and the directory link:\n%s", stderr)
	}
	if strings.Contains(stderr, "panic") || strings.Contains(stderr, "internal error") {
		t.Errorf("crash on stderr:\n%s", stderr)
	}
	if want := fmt.Sprintf("govkg: %d of %d inputs failed", failed, len(files)); !strings.Contains(stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr)
	}
}

// lineOf returns the stderr line containing sub, or "".
func lineOf(s, sub string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			return l
		}
	}
	return ""
}

// goodPaths lists the files of the corpus that must be read.
func goodPaths(dir string, files []badFile) []string {
	var out []string
	for _, f := range files {
		if f.err == "" {
			out = append(out, filepath.Join(dir, f.name))
		}
	}
	slices.Sort(out)
	return out
}

// TestExtractBadInput runs `govkg extract DIR` over a directory mixing every kind of
// bad input with good reports in unusual encodings: each bad file gets one clear line
// naming it and the reason, the others are extracted, and the exit status is 1.
func TestExtractBadInput(t *testing.T) {
	dir, files := makeBadCorpus(t)
	r := run(t, env(), "", "extract", dir)
	if r.code != 1 {
		t.Errorf("exit status %d, want 1 (some inputs failed)\n%s", r.code, r.stderr)
	}
	checkMessages(t, r.stderr, dir, files)
	var ext govkg.Extraction
	if err := json.Unmarshal([]byte(r.stdout), &ext); err != nil {
		t.Fatalf("stdout is not the extraction JSON: %v\n%.500s", err, r.stdout)
	}
	var paths []string
	enc := map[string]string{}
	for _, rep := range ext.Reports {
		paths = append(paths, rep.Path)
		enc[filepath.Base(rep.Path)] = rep.Encoding
	}
	slices.Sort(paths)
	if want := goodPaths(dir, files); !slices.Equal(paths, want) {
		t.Errorf("reports from\n%v\nwant\n%v", paths, want)
	}
	for name, want := range map[string]string{"gbk.txt": document.EncGB18030, "utf16.txt": document.EncUTF16LE, "cut.txt": document.EncUTF8} {
		if enc[name] != want {
			t.Errorf("%s: encoding %q, want %q", name, enc[name], want)
		}
	}
	if len(ext.Entities) == 0 {
		t.Error("no entities from the good reports")
	}
	if strings.Contains(r.stdout, scriptMarker) {
		t.Error("text of <script>, <style>, <nav> or <noscript> reached the extraction")
	}
}

// TestExtractEachBadFile names every bad file on its own: one line on stderr, exit 1,
// and nothing but an empty extraction on stdout.
func TestExtractEachBadFile(t *testing.T) {
	dir, files := makeBadCorpus(t)
	for _, f := range append(files, badFile{name: "report.pdf", err: "binary file (PDF)"}, badFile{name: "missing.txt", err: "no such file or directory"}) {
		if f.err == "" {
			continue
		}
		t.Run(f.name, func(t *testing.T) {
			p := filepath.Join(dir, f.name)
			r := run(t, env(), "", "extract", p)
			if r.code != 1 {
				t.Errorf("exit status %d, want 1", r.code)
			}
			want := "govkg: " + p + ": "
			if line := lineOf(r.stderr, want); !strings.Contains(line, f.err) {
				t.Errorf("stderr %q lacks %q…%q", r.stderr, want, f.err)
			}
			var ext govkg.Extraction
			if err := json.Unmarshal([]byte(r.stdout), &ext); err != nil || len(ext.Reports) != 0 {
				t.Errorf("stdout %q: %v", r.stdout, err)
			}
		})
	}
}

// TestHugeFileNotRead checks that the size limit is enforced before reading: refusing a
// 200 MB file allocates next to nothing.
func TestHugeFileNotRead(t *testing.T) {
	p := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err = document.ReadFile(p, document.Options{})
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), "larger than the limit of") {
		t.Fatalf("err %v", err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
		t.Errorf("refusing a 200 MB file allocated %d bytes", alloc)
	}
}

// TestBuildBadInput runs `govkg build DIR` over the bad corpus against Neo4j: the same
// messages, exit 1, and exactly the good files' reports in the graph, twice in a row.
func TestBuildBadInput(t *testing.T) {
	c := testGraph(t)
	neo4jtest.Wipe(t) // an unchanged report keeps the path it was first built from
	dir, files := makeBadCorpus(t)
	for pass := 1; pass <= 2; pass++ {
		r := run(t, neo4jEnv(), "", "build", dir)
		if r.code != 1 {
			t.Errorf("pass %d: exit status %d, want 1\n%s", pass, r.code, r.stderr)
		}
		checkMessages(t, r.stderr, dir, files)
		var paths []string
		for _, row := range read(t, c, "MATCH (r:Report) WHERE r.path STARTS WITH $dir RETURN r.path ORDER BY r.path", map[string]any{"dir": dir + "/"}) {
			paths = append(paths, row[0].(string))
		}
		if want := goodPaths(dir, files); !slices.Equal(paths, want) {
			t.Errorf("pass %d: Report nodes from\n%v\nwant\n%v", pass, paths, want)
		}
		if n := read(t, c, "MATCH (s:Sentence) WHERE NOT EXISTS { (:Report)-[:HAS_SENTENCE]->(s) } RETURN count(s)", nil)[0][0].(int64); n != 0 {
			t.Errorf("pass %d: %d sentences without a report", pass, n)
		}
	}
}

// TestControlCharactersInFileNames (issue 17, D6): a file named
// "evil\ngovkg: 0 of 9 inputs failed\n.txt" forged a summary line on stderr and broke
// the tables, and an ESC in a name reached the terminal. Every command prints such a
// name quoted with its control characters escaped, on stderr and in tables.
func TestControlCharactersInFileNames(t *testing.T) {
	dir := t.TempDir()
	forged := "govkg: 0 of 9 inputs failed"
	evil := filepath.Join(dir, "evil\n"+forged+"\n.txt")
	esc := filepath.Join(dir, "esc\x1b[31mred\u2028.txt")
	write(t, evil, []byte(reportLines(t, "luohu-2025-government-work-report.txt", 40)))
	write(t, esc, []byte("junk\x00\x01"))
	for _, args := range [][]string{{"extract", dir}, {"extract", "--format", "jsonl", evil, esc}, {"inspect", evil, esc}, {"build", dir}} {
		t.Run(strings.Join(args[:1], " "), func(t *testing.T) {
			if args[0] == "build" {
				testGraph(t)
			}
			r := run(t, neo4jEnv(), "", args...)
			if r.code != 1 {
				t.Errorf("%v: exit status %d, want 1 (the ESC file is binary)\n%s", args, r.code, r.stderr)
			}
			out := r.stderr
			if args[0] != "extract" { // extract's stdout is JSON, which escapes them itself
				out += r.stdout
			}
			for _, line := range strings.Split(out, "\n") {
				if line == forged {
					t.Errorf("%v: a file name forged the line %q:\n%s", args, forged, out)
				}
			}
			if strings.ContainsAny(out, "\x1b\u2028") {
				t.Errorf("%v: a control character of a file name reached the output:\n%q", args, out)
			}
			if !strings.Contains(out, `esc\x1b[31mred\u2028.txt": binary file`) {
				t.Errorf("%v: the binary file is not named, escaped:\n%s", args, out)
			}
			if args[0] != "extract" && !strings.Contains(out, `/evil\n`) { // (tables cut cells at 60 runes)
				t.Errorf("%v: the report's file is not shown escaped:\n%s", args, out)
			}
		})
	}
}

// TestDuplicateReportIDs: two different files that resolve to the same report id in
// one run must not silently replace each other; identical copies are skipped.

// TestDuplicateReportIDs: two files that resolve to the same report id in one run must
// not silently replace each other. The same report stored twice (byte for byte, or
// saved again with a small change) is a duplicate: skipped with a warning. A different
// text with that id is an input error naming both files.
func TestDuplicateReportIDs(t *testing.T) {
	dir := t.TempDir()
	a := reportLines(t, "luohu-2025-government-work-report.txt", 40)
	write(t, filepath.Join(dir, "a.txt"), []byte(a))
	write(t, filepath.Join(dir, "b.txt"), []byte(a+"\n补充一段文字。\n"))
	write(t, filepath.Join(dir, "c.txt"), []byte(a))
	write(t, filepath.Join(dir, "d.txt"), []byte(reportLines(t, "pingshan-2025-government-work-report.md", 40)))
	// one district and year for every file: d.txt, another report, takes a.txt's id
	r := run(t, env(), "", "extract", "--district", "罗湖区", "--plan-year", "2025", "--kind", "government-work-report", dir)
	if r.code != 1 {
		t.Errorf("exit status %d, want 1", r.code)
	}
	for _, tt := range []struct{ file, want string }{
		{"b.txt", ": warning: duplicate: the same report as " + filepath.Join(dir, "a.txt")},
		{"c.txt", ": warning: duplicate: same content as " + filepath.Join(dir, "a.txt")},
		{"d.txt", ": report id 440303-2025-gwr is already taken by " + filepath.Join(dir, "a.txt")},
	} {
		if l := lineOf(r.stderr, "govkg: "+filepath.Join(dir, tt.file)+tt.want); l == "" {
			t.Errorf("no line %q for %s:\n%s", tt.want, tt.file, r.stderr)
		}
	}
	if n := strings.Count(r.stderr, "inputs failed"); n != 1 || !strings.Contains(r.stderr, "1 of 4 inputs failed") {
		t.Errorf("want only d.txt failed:\n%s", r.stderr)
	}
	var ext govkg.Extraction
	if err := json.Unmarshal([]byte(r.stdout), &ext); err != nil || len(ext.Reports) != 1 || ext.Reports[0].Path != filepath.Join(dir, "a.txt") {
		t.Errorf("want only a.txt's report: %v %+v", err, ext.Reports)
	}
}

// --- Neo4j faults and secrets ---

// TestConnectionErrors checks the one-line errors of the commands that need Neo4j when
// it is not there or speaks another protocol: exit 1, the URI and the hint, never the
// password, whether it came from the environment, the URI or --password-stdin.
func TestConnectionErrors(t *testing.T) {
	reports := filepath.Join(neo4jtest.RepoRoot(t), "testdata", "reports")
	tlsURI := "bolt+s://" + strings.TrimPrefix(graph.ConfigFromEnv().URI, "bolt://")
	cases := []struct {
		name  string
		env   []string
		stdin string
		args  []string
		want  []string
		live  bool // needs the plain-Bolt test server
		code  int  // exit status; 0 means 1
	}{
		{"doctor, nothing listening", env("NEO4J_URI=bolt://127.0.0.1:1", "NEO4J_USERNAME=neo4j", "NEO4J_PASSWORD="+secret), "",
			[]string{"doctor", "--verbose"}, []string{"bolt://127.0.0.1:1", "user neo4j", "is Neo4j running? try scripts/neo4j start"}, false, 0},
		{"build, nothing listening", env("NEO4J_URI=neo4j://127.0.0.1:1", "NEO4J_USERNAME=neo4j", "NEO4J_PASSWORD="+secret), "",
			[]string{"build", "--verbose", reports}, []string{"neo4j://127.0.0.1:1", "is Neo4j running?"}, false, 0},
		{"password in the URI", env("NEO4J_URI=bolt://neo4j:" + secret + "@127.0.0.1:1"), "",
			[]string{"schema", "show"}, []string{"bolt://127.0.0.1:1", "is Neo4j running?"}, false, 0},
		{"password from stdin", env("NEO4J_URI=bolt://127.0.0.1:1", "NEO4J_USERNAME=neo4j"), secret + "\n",
			[]string{"--password-stdin", "doctor", "-v"}, []string{"bolt://127.0.0.1:1", "user neo4j"}, false, 0},
		{"unknown host", env("NEO4J_URI=bolt://no-such-host.invalid:7687", "NEO4J_PASSWORD="+secret), "",
			[]string{"doctor"}, []string{"no-such-host.invalid"}, false, 0}, // the hint depends on the resolver
		{"TLS against plain Bolt", neo4jEnv("NEO4J_URI="+tlsURI, "NEO4J_USERNAME=neo4j", "NEO4J_PASSWORD="+secret), "",
			[]string{"doctor", "--verbose"}, []string{tlsURI, "TLS mismatch: check the URI scheme (bolt+s vs bolt)"}, true, 0},
		// issue 17, D8: a password in the query was printed (user-info was redacted)
		{"password in the URI's query, bolt", env(), "", []string{"doctor", "--uri", "bolt://127.0.0.1:7687?password=" + secret},
			[]string{"bolt://127.0.0.1:7687?password=<redacted>", "check NEO4J_URI"}, false, 2},
		{"password in the URI's query, neo4j", env(), "", []string{"doctor", "--uri", "neo4j://127.0.0.1:1?password=" + secret},
			[]string{"neo4j://127.0.0.1:1?password=<redacted>", "is Neo4j running?"}, false, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.live {
				testGraph(t)
				if !strings.HasPrefix(graph.ConfigFromEnv().URI, "bolt://") {
					t.Skip("needs a plain bolt:// NEO4J_URI")
				}
			}
			r := run(t, tc.env, tc.stdin, tc.args...)
			if want := max(tc.code, 1); r.code != want {
				t.Errorf("exit status %d, want %d", r.code, want)
			}
			if strings.Contains(r.stdout+r.stderr, secret) {
				t.Errorf("the password appears in the output:\n%s\n%s", r.stdout, r.stderr)
			}
			last := lineOf(r.stderr, "Neo4j at ")
			for _, w := range tc.want {
				if !strings.Contains(last, w) {
					t.Errorf("error line lacks %q: %q", w, last)
				}
			}
			if n := strings.Count(r.stderr, "Neo4j at "); n != 1 {
				t.Errorf("want one error line, got %d:\n%s", n, r.stderr)
			}
		})
	}
}

// TestDoctorKeepsSecret runs doctor --verbose against the live server with a password in
// the environment (the local server has auth disabled, so any password is accepted).
func TestDoctorKeepsSecret(t *testing.T) {
	testGraph(t)
	for _, how := range []struct {
		env   []string
		stdin string
		args  []string
	}{
		{neo4jEnv("NEO4J_USERNAME=neo4j", "NEO4J_PASSWORD="+secret), "", []string{"doctor", "--verbose"}},
		{neo4jEnv("NEO4J_USERNAME=neo4j"), secret + "\n", []string{"--password-stdin", "doctor", "--verbose"}},
	} {
		r := run(t, how.env, how.stdin, how.args...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d\n%s", how.args, r.code, r.stderr)
		}
		if !strings.Contains(r.stdout, "connection  "+graph.ConfigFromEnv().URI) || !strings.Contains(r.stdout, "user neo4j") {
			t.Errorf("doctor output lacks the connection:\n%s", r.stdout)
		}
		if strings.Contains(r.stdout+r.stderr, secret) {
			t.Errorf("the password appears in the output:\n%s\n%s", r.stdout, r.stderr)
		}
	}
}

// TestNoPasswordFlag: a password on the command line would land in shell history and
// ps output, so there is no --password flag, and --password-stdin needs input.
func TestNoPasswordFlag(t *testing.T) {
	r := run(t, env("NEO4J_URI=bolt://127.0.0.1:1"), "", "doctor", "--password", secret)
	if r.code != 2 || !strings.Contains(r.stderr, "unknown flag: --password") {
		t.Errorf("--password: exit %d, stderr %q; want a usage error", r.code, r.stderr)
	}
	if strings.Contains(r.stdout+r.stderr, secret) {
		t.Errorf("the rejected password is echoed: %s", r.stderr)
	}
	r = run(t, env("NEO4J_URI=bolt://127.0.0.1:1"), "", "--password-stdin", "doctor")
	if r.code != 2 || !strings.Contains(r.stderr, "--password-stdin: nothing on standard input") {
		t.Errorf("--password-stdin with no input: exit %d, stderr %q", r.code, r.stderr)
	}
	root := NewCmdRoot(&cmdutil.Factory{IO: &cmdutil.IOStreams{In: strings.NewReader(""), Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}}})
	for _, c := range append(root.Commands(), root) {
		if c.Flags().Lookup("password") != nil || c.PersistentFlags().Lookup("password") != nil {
			t.Errorf("%s has a --password flag", c.CommandPath())
		}
	}
}

// --- concurrency ---

// TestParallelBuildProcesses runs two `govkg build` processes at once over overlapping
// report sets and compares the graph with a serial build of the union.
func TestParallelBuildProcesses(t *testing.T) {
	testGraph(t)
	files, _ := filepath.Glob(filepath.Join(neo4jtest.RepoRoot(t), "testdata", "reports", "*"))
	if len(files) < 4 {
		t.Fatalf("want at least 4 seed reports, have %d", len(files))
	}
	neo4jtest.Wipe(t)
	if r := run(t, neo4jEnv(), "", append([]string{"build"}, files...)...); r.code != 0 {
		t.Fatalf("serial build: exit %d\n%s", r.code, r.stderr)
	}
	serial := neo4jtest.Dump(t)
	neo4jtest.Wipe(t)

	sets := [][]string{files[:len(files)-1], files[1:]} // overlapping in all but one report
	var wg sync.WaitGroup
	results := make([]result, len(sets))
	for i, set := range sets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = run(t, neo4jEnv(), "", append([]string{"build", "-j", "1"}, set...)...)
		}()
	}
	wg.Wait()
	for i, r := range results {
		if r.code != 0 {
			t.Errorf("parallel build %d: exit %d\n%s", i, r.code, r.stderr)
		}
	}
	if d := neo4jtest.Diff(serial, neo4jtest.Dump(t)); d != "" {
		t.Errorf("parallel builds differ from a serial one:\n%s", d)
	}
}

// TestBuildOrderIndependent builds the seed reports in one run (govkg sorts its inputs)
// and then one run per report in reverse order: the graph may not depend on which
// report came last. An entity property that one report states (a glossary definition,
// an alias) must not vanish because another report that mentions the entity came later.
func TestBuildOrderIndependent(t *testing.T) {
	testGraph(t)
	files, _ := filepath.Glob(filepath.Join(neo4jtest.RepoRoot(t), "testdata", "reports", "*"))
	neo4jtest.Wipe(t)
	if r := run(t, neo4jEnv(), "", append([]string{"build"}, files...)...); r.code != 0 {
		t.Fatalf("build: exit %d\n%s", r.code, r.stderr)
	}
	want := neo4jtest.Dump(t)
	neo4jtest.Wipe(t)
	for i := len(files) - 1; i >= 0; i-- {
		if r := run(t, neo4jEnv(), "", "build", files[i]); r.code != 0 {
			t.Fatalf("build %s: exit %d\n%s", files[i], r.code, r.stderr)
		}
	}
	if d := neo4jtest.Diff(want, neo4jtest.Dump(t)); d != "" {
		t.Errorf("building the reports in reverse order gives another graph:\n%s", d)
	}
}

// --- the city corpus ---

// TestCorpusCitiesExtract extracts every file of the shared city corpus in-process, as
// `govkg extract` does: no panic, every failure names its file, and no real report
// (<city>/<year>.md) fails. scripts/corpus-check does the same with the binary. The
// corpus is ../shared/corpus-cities next to the checkout, or $GOVKG_CORPUS.
func TestCorpusCitiesExtract(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 45 MB: skipped with -short")
	}
	dir := cmp.Or(os.Getenv("GOVKG_CORPUS"), filepath.Join(neo4jtest.RepoRoot(t), "..", "shared", "corpus-cities"))
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no city corpus at %s", dir)
	}
	var stderr bytes.Buffer
	io := &cmdutil.IOStreams{Out: &bytes.Buffer{}, ErrOut: &stderr}
	ext, failed, total := runExtraction(io, []string{dir}, extract.Options{})
	t.Logf("%d files, %d failed, %d reports, %d entities, %d relations", total, failed, len(ext.Reports), len(ext.Entities), len(ext.Relations))
	skipped := 0 // duplicates of another file are reported as warnings and skipped
	for _, line := range strings.Split(strings.TrimSpace(stderr.String()), "\n") {
		if strings.Contains(line, ": warning: duplicate: ") && strings.HasSuffix(line, "; skipped") {
			skipped++
		}
		if line == "" || strings.Contains(line, ": warning: ") {
			continue
		}
		t.Log(line)
		if strings.Contains(line, "internal error") || strings.Contains(line, "panic") {
			t.Errorf("crash: %s", line)
		}
		if !strings.HasPrefix(line, "govkg: "+dir) {
			t.Errorf("failure that does not name its file: %s", line)
		}
		// Two real reports of one city and year (a new-term congress in the autumn, or
		// the same report collected twice) share a report id: that is reported, not
		// silently merged. Any other failure of a real report is a regression.
		rel, _, _ := strings.Cut(strings.TrimPrefix(line, "govkg: "+dir+"/"), ":")
		if strings.HasSuffix(rel, ".md") && strings.Contains(rel, "/") && !strings.Contains(line, "is already taken by") {
			t.Errorf("a real report failed: %s", line)
		}
	}
	if total < 800 || len(ext.Reports) != total-failed-skipped {
		t.Errorf("%d files, %d reports, %d failed, %d skipped as duplicates", total, len(ext.Reports), failed, skipped)
	}
}
