package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// The hostile-shapes corpus of issue 17: input shapes that once made extraction
// quadratic in time or memory, generated at any size from the seed reports, so that
// the bench can show seconds per MB and peak RSS for each beside real report text.
// `govkg-bench gen-hostile -out DIR` (scripts/gen-hostile) writes them to disk.

// hostileShape is one adversarial input shape.
type hostileShape struct {
	Name string // file name stem and table row
	Ext  string // .txt or .md: decides how the reader treats the file
	What string // one line for the bench tables
	// gen writes about size bytes (never more) of the shape; seed is the text of the
	// seed reports, one string per report.
	gen func(w *sizedWriter, seed []string)
}

// hostileShapes lists the shapes in the order the bench shows them. "real" is the
// baseline: seed reports as they are, concatenated into one file of the same size.
var hostileShapes = []hostileShape{
	{"real", ".txt", "the seed reports as written, concatenated into one file", genReal},
	{"list", ".txt", "one 、-list of one company: 比亚迪公司、比亚迪公司…。 (D1)", genList},
	{"lists", ".txt", "sentences each listing 20 distinct companies …等企业, all names different", genLists},
	{"line", ".txt", "the seed reports on one line with no 。!? (D2)", genLine},
	{"table", ".md", "a Markdown table, |龙岗区项目N产业园M| × 10 columns (D2)", genTable},
	{"ascii", ".txt", "one ASCII line of words, no line end (D2)", genASCII},
	{"quotes", ".txt", "paragraphs inside “…” quotes of 1,000 runes, one in ten never closed", genQuotes},
	{"brackets", ".txt", "brackets ( and 《 nested 2,000 deep around names", genBrackets},
}

// hostileTitle opens every generated file, so the reader finds a district and a year.
const hostileTitle = "坪山区2025年政府工作报告"

// sizedWriter writes until its budget is spent; a string that would overflow the
// budget is cut at a rune boundary, and full reports that no more fits.
type sizedWriter struct {
	w    *bufio.Writer
	left int
	err  error
}

// full reports whether the budget is spent (or writing failed).
func (s *sizedWriter) full() bool { return s.left <= 0 || s.err != nil }

// write writes as much of str as the budget allows.
func (s *sizedWriter) write(str string) {
	if s.full() {
		return
	}
	if len(str) > s.left {
		n := s.left
		for n > 0 && !utf8.RuneStart(str[n]) {
			n--
		}
		str = str[:n]
		s.left = 0
	} else {
		s.left -= len(str)
	}
	if _, err := s.w.WriteString(str); err != nil {
		s.err = err
	}
}

// genReal repeats the seed reports, whole, until the size is reached.
func genReal(w *sizedWriter, seed []string) {
	for !w.full() {
		for _, s := range seed {
			w.write(s)
			w.write("\n\n")
		}
	}
}

func genList(w *sizedWriter, _ []string) {
	w.write(hostileTitle + "\n\n")
	const item = "比亚迪公司"
	w.write(item)
	for w.left >= len("、"+item+"。\n") {
		w.write("、" + item)
	}
	w.write("。\n")
}

// hostileSyllables make distinct two- and three-rune company stems.
var hostileSyllables = []rune("华星光电中科创新智联云图海信达安泰康明德瑞丰恒通宏远金鼎天成永兴鸿运博雅嘉禾凯旋龙腾凤鸣东方正大")

func genLists(w *sizedWriter, _ []string) {
	w.write(hostileTitle + "\n\n")
	n := len(hostileSyllables)
	for i := 0; !w.full(); {
		var b strings.Builder
		b.WriteString("引进")
		for k := 0; k < 20; k, i = k+1, i+1 {
			if k > 0 {
				b.WriteString("、")
			}
			b.WriteRune(hostileSyllables[i%n])
			b.WriteRune(hostileSyllables[(i/n)%n])
			if i >= n*n {
				b.WriteRune(hostileSyllables[(i/(n*n))%n])
			}
			b.WriteString("科技")
		}
		b.WriteString("等企业落户。\n")
		w.write(b.String())
	}
}

// genLine is the seed text with every line end and sentence end taken out: one line.
func genLine(w *sizedWriter, seed []string) {
	w.write(hostileTitle + "\n\n")
	r := strings.NewReplacer("\r", "", "\n", "", "。", ",", "!", ",", "?", ",", "！", ",", "？", ",")
	var flat []string
	for _, s := range seed {
		flat = append(flat, r.Replace(s))
	}
	for !w.full() {
		for _, s := range flat {
			w.write(s)
		}
	}
}

func genTable(w *sizedWriter, _ []string) {
	w.write("# " + hostileTitle + "\n\n")
	w.write("|" + strings.Repeat(" 项目 |", 10) + "\n|" + strings.Repeat("---|", 10) + "\n")
	for row := 0; !w.full(); row++ {
		var b strings.Builder
		b.WriteString("|")
		for col := 0; col < 10; col++ {
			fmt.Fprintf(&b, "龙岗区项目%d产业园%d|", row, col)
		}
		b.WriteString("\n")
		w.write(b.String())
	}
}

var hostileWords = strings.Fields("Shenzhen Pingshan district report BYD 2025 project park metro line 16 " +
	"industrial growth GDP 8.5% investment innovation center phase II Micro LED smart city")

func genASCII(w *sizedWriter, _ []string) {
	w.write("Pingshan District Government Work Report 2025\n\n")
	for i := 0; !w.full(); i++ {
		w.write(hostileWords[i%len(hostileWords)] + " ")
	}
}

// genQuotes puts runs of 1,000 runes of seed text, full stops included, inside “…”;
// every tenth quote is never closed.
func genQuotes(w *sizedWriter, seed []string) {
	w.write(hostileTitle + "\n\n")
	text := []rune(strings.ReplaceAll(strings.Join(seed, ""), "\n", ""))
	for i, off := 0, 0; !w.full(); i++ {
		if off+1000 > len(text) {
			off = 0
		}
		w.write("“" + string(text[off:off+1000]))
		if i%10 != 9 {
			w.write("”")
		}
		w.write("\n")
		off += 1000
	}
}

func genBrackets(w *sizedWriter, _ []string) {
	w.write(hostileTitle + "\n\n")
	for !w.full() {
		w.write(strings.Repeat("(", 2000) + "比亚迪公司" + strings.Repeat(")", 2000) + "。\n")
		w.write(strings.Repeat("《", 2000) + "坪山区产业园" + strings.Repeat("》", 2000) + "。\n")
	}
}

// seedReports reads the plain-text seed reports of dir (testdata/reports).
func seedReports(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		out = append(out, string(b))
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no .txt seed reports", dir)
	}
	return out, nil
}

// writeShape writes shape at size bytes into dir and returns the file's path.
func writeShape(dir string, sh hostileShape, size int, seed []string) (string, error) {
	path := filepath.Join(dir, fmt.Sprintf("%s-%s%s", sh.Name, sizeName(size), sh.Ext))
	f, err := os.Create(path)
	if err != nil {
		return "", err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	sw := &sizedWriter{w: bw, left: size}
	sh.gen(sw, seed)
	err = errors.Join(sw.err, bw.Flush(), f.Close())
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return path, nil
}

// sizeName renders a byte size for file names and tables: 256KiB, 1MiB, 64MiB.
func sizeName(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.Itoa(n>>20) + "MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.Itoa(n>>10) + "KiB"
	}
	return strconv.Itoa(n) + "B"
}

// parseSize reads 256KiB, 4MiB, 1000 (bytes).
func parseSize(s string) (int, error) {
	mult := 1
	switch {
	case strings.HasSuffix(s, "KiB"):
		mult, s = 1<<10, strings.TrimSuffix(s, "KiB")
	case strings.HasSuffix(s, "MiB"):
		mult, s = 1<<20, strings.TrimSuffix(s, "MiB")
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad size %q: want a number of bytes, KiB or MiB", s)
	}
	return n * mult, nil
}

// parseSizes reads a comma-separated list of sizes.
func parseSizes(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := parseSize(strings.TrimSpace(f))
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, nil
}

// pickShapes returns the shapes named in a comma-separated list ("" or "all": every one).
func pickShapes(names string) ([]hostileShape, error) {
	if names == "" || names == "all" {
		return hostileShapes, nil
	}
	var out []hostileShape
	for _, n := range strings.Split(names, ",") {
		found := false
		for _, sh := range hostileShapes {
			if sh.Name == strings.TrimSpace(n) {
				out, found = append(out, sh), true
			}
		}
		if !found {
			return nil, fmt.Errorf("unknown shape %q", n)
		}
	}
	return out, nil
}

// genHostile is `govkg-bench gen-hostile`: write the corpus to a directory.
func genHostile(args []string) error {
	fs := flag.NewFlagSet("gen-hostile", flag.ContinueOnError)
	out := fs.String("out", "hostile", "directory to write the files into")
	seedDir := fs.String("seed", "testdata/reports", "directory of the seed reports (.txt)")
	sizes := fs.String("sizes", "256KiB,1MiB,4MiB", "file sizes, comma-separated (KiB, MiB or bytes)")
	shapes := fs.String("shapes", "all", "shapes to write, comma-separated")
	if err := fs.Parse(args); err != nil {
		return err
	}
	sz, err := parseSizes(*sizes)
	if err != nil {
		return err
	}
	shs, err := pickShapes(*shapes)
	if err != nil {
		return err
	}
	seed, err := seedReports(*seedDir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	for _, sh := range shs {
		for _, n := range sz {
			p, err := writeShape(*out, sh, n, seed)
			if err != nil {
				return err
			}
			fmt.Println(p)
		}
	}
	return nil
}

// hostileOptions are the flags of the hostile-shapes part of a bench run.
type hostileOptions struct {
	sizes   string        // sizes to generate, comma-separated
	shapes  string        // shapes to run ("all")
	seed    string        // directory of the seed reports
	real    string        // directory of real reports: the baseline
	timeout time.Duration // a run still going after this is stopped and shown as such
	rssCap  int64         // a run whose RSS passes this (KiB) is stopped and shown as such
}

// hostileRun is one `govkg extract` of one file of the hostile corpus.
type hostileRun struct {
	Shape, What string
	Size        int   // the size asked for (0 for the real reports)
	Bytes       int64 // the file's size
	Wall, CPU   float64
	RSSKB       int64
	Stopped     string // why the run was stopped before it finished ("" = it finished)
	Err         string // the command failed for another reason
}

// SecPerMB is the run's wall seconds per MB of file.
func (h hostileRun) SecPerMB() float64 { return h.Wall / (float64(h.Bytes) / 1e6) }

// CPUPerMB is the run's CPU seconds per MB of file.
func (h hostileRun) CPUPerMB() float64 { return h.CPU / (float64(h.Bytes) / 1e6) }

// hostileResults is the hostile part of a bench run.
type hostileResults struct {
	Real     hostileRun   // the real reports, one process, -j 1
	RealDir  string       // where they came from
	RealMax  hostileRun   // the largest real report on its own
	Sizes    []int        // sizes generated
	Runs     []hostileRun // per size, per shape
	Timeout  time.Duration
	RSSCapKB int64
}

// runHostile measures `govkg extract --format jsonl` on every shape at every size,
// beside the real reports of o.real (-j 1, the per-report rate, and the largest alone).
// Each file is generated into tmp just before its run and deleted after it.
func runHostile(govkgBin, tmp string, o hostileOptions) (*hostileResults, error) {
	sizes, err := parseSizes(o.sizes)
	if err != nil {
		return nil, err
	}
	shapes, err := pickShapes(o.shapes)
	if err != nil {
		return nil, err
	}
	seed, err := seedReports(o.seed)
	if err != nil {
		return nil, err
	}
	res := &hostileResults{Sizes: sizes, RealDir: o.real, Timeout: o.timeout, RSSCapKB: o.rssCap}
	reals, err := corpusFiles(o.real)
	if err != nil {
		return nil, err
	}
	logf("hostile: real reports of %s, -j 1 …", o.real)
	res.Real = measureExtract(govkgBin, o, "real reports", "", append([]string{"-j", "1"}, reals...))
	largest := reals[0]
	for _, f := range reals {
		if a, b := fileSize(f), fileSize(largest); a > b {
			largest = f
		}
	}
	res.RealMax = measureExtract(govkgBin, o, "largest real report", "", []string{largest})
	logf("  %.2fs for %.1f MB (%.3f s/MB), peak RSS %d MB; largest report alone %d MB", res.Real.Wall, float64(res.Real.Bytes)/1e6,
		res.Real.SecPerMB(), res.Real.RSSKB/1024, res.RealMax.RSSKB/1024)
	for _, n := range sizes {
		for _, sh := range shapes {
			path, err := writeShape(tmp, sh, n, seed)
			if err != nil {
				return nil, err
			}
			logf("hostile: %s at %s …", sh.Name, sizeName(n))
			run := measureExtract(govkgBin, o, sh.Name, sh.What, []string{path})
			run.Size = n
			_ = os.Remove(path)
			logf("  %.2fs (%.3f s/MB), peak RSS %d MB %s%s", run.Wall, run.SecPerMB(), run.RSSKB/1024, run.Stopped, run.Err)
			res.Runs = append(res.Runs, run)
		}
	}
	return res, nil
}

func fileSize(p string) int64 {
	st, err := os.Stat(p)
	if err != nil {
		return 0
	}
	return st.Size()
}

// measureExtract runs `govkg extract --format jsonl ARGS… > /dev/null` and measures it,
// stopping it when it runs past o.timeout or its RSS past o.rssCap (so that measuring a
// binary that is quadratic on a shape cannot take the machine down).
func measureExtract(bin string, o hostileOptions, shape, what string, args []string) hostileRun {
	run := hostileRun{Shape: shape, What: what}
	for _, a := range args {
		if !strings.HasPrefix(a, "-") && a != "1" {
			run.Bytes += fileSize(a)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), o.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append([]string{"extract", "--format", "jsonl"}, args...)...)
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		run.Err = err.Error()
		return run
	}
	defer null.Close()
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = null, &stderr
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		run.Err = err.Error()
		return run
	}
	overRSS := make(chan struct{})
	watchDone := make(chan struct{})
	go func() { // the RSS watchdog
		defer close(watchDone)
		for {
			select {
			case <-ctx.Done():
				return
			case <-time.After(100 * time.Millisecond):
			}
			if kb := procRSSKB(cmd.Process.Pid); o.rssCap > 0 && kb > o.rssCap {
				close(overRSS)
				_ = cmd.Process.Kill()
				return
			}
		}
	}()
	err = cmd.Wait()
	cancel()
	<-watchDone
	run.Wall = time.Since(t0).Seconds()
	run.CPU, run.RSSKB = cpuSeconds(cmd.ProcessState), maxRSSKB(cmd.ProcessState)
	select {
	case <-overRSS:
		run.Stopped = fmt.Sprintf("stopped at %.1f GB RSS", float64(o.rssCap)/(1<<20))
		return run
	default:
	}
	if ctx.Err() == context.DeadlineExceeded {
		run.Stopped = fmt.Sprintf("stopped after %s", o.timeout)
		return run
	}
	// exit 1 with "N of M inputs failed" is a finished run in which inputs were refused
	if err != nil && !(cmd.ProcessState != nil && cmd.ProcessState.ExitCode() == 1 && failedRE.Match(stderr.Bytes())) {
		run.Err = fmt.Sprintf("%v: %s", err, tail(stderr.Bytes(), 300))
	}
	return run
}

// procRSSKB is a running process's resident set size in KiB (0 where /proc has none).
func procRSSKB(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return n
		}
	}
	return 0
}

// Targets of issue 17 for the hostile shapes.
const (
	hostileRatioTarget = 3.0     // every shape's s/MB within 3× the real reports'
	hostileRSSTarget   = 1 << 20 // KiB: 1 GiB at any size the reader accepts
	realRSSTarget      = 400 << 10
)

// ratioFrom is the smallest size whose runs the s/MB target is judged on: below it,
// the process's start-up (about 0.1 s) weighs on seconds per MB.
const ratioFrom = 16 << 20

// markdown renders the hostile section of BENCHMARKS.md.
func (h *hostileResults) markdown(r *results) string {
	var b strings.Builder
	b.WriteString("## Results: hostile input shapes\n\n")
	fmt.Fprintf(&b, "Reproduce with `%s` (this run took %s).\n\n", r.Command, r.Elapsed.Round(time.Second))
	m := r.Machine
	fmt.Fprintf(&b, "Measured %s on: %s, %s cores (nproc), %s RAM, %s; %s; govkg %s. Load average at the start: %s; at the end: %s.\n\n",
		r.Date, m.CPU, m.Cores, m.Memory, m.Kernel, m.Go, m.Govkg, r.LoadBefore, r.LoadAfter)
	base, baseCPU := h.Real.SecPerMB(), h.Real.CPUPerMB()
	fmt.Fprintf(&b, "Each file is generated by `govkg-bench gen-hostile` (`scripts/gen-hostile`) and extracted by `govkg extract --format jsonl FILE > /dev/null`, one process per file; "+
		"wall seconds, CPU seconds and peak RSS (getrusage) are that process's. The baseline is the real reports of `%s` in one process (`-j 1`): "+
		"%.1f MB in %.2f s (CPU %.2f s), **%.3f s/MB** (CPU %.3f), peak RSS %s MB; the largest report alone peaks at %s MB. "+
		"The ratios divide a run's seconds per MB by the baseline's, wall by wall and CPU by CPU (CPU time suffers less from other work on the machine). "+
		"The s/MB target is judged on files of %s and more, where the process's start-up no longer counts. "+
		"A run still going after %s or past %.0f GB RSS is stopped and shown so.\n\n",
		h.RealDir, float64(h.Real.Bytes)/1e6, h.Real.Wall, h.Real.CPU, base, baseCPU, mb(h.Real.RSSKB), mb(h.RealMax.RSSKB), sizeName(ratioFrom), h.Timeout, float64(h.RSSCapKB)/(1<<20))
	ratio := func(x hostileRun) float64 { return x.SecPerMB() / base }
	ratioCPU := func(x hostileRun) float64 { return x.CPUPerMB() / baseCPU }
	var worst, worstCPU, worstRSS *hostileRun
	maxSize := 0
	var rows [][]string
	for i := range h.Runs {
		x := &h.Runs[i]
		maxSize = max(maxSize, x.Size)
		rt, rc, rss := f2(ratio(*x)), f2(ratioCPU(*x)), mb(x.RSSKB)
		if x.Stopped != "" {
			rt, rc, rss = "> "+rt+" ("+x.Stopped+")", "> "+rc, "≥ "+rss
		}
		if x.Err != "" {
			rt = "error: " + x.Err
		}
		rows = append(rows, []string{x.Shape, sizeName(x.Size), f2(x.Wall), f2(x.CPU), fmt.Sprintf("%.3f", x.SecPerMB()), rt, rc, rss})
		if x.Size >= ratioFrom || x.Stopped != "" {
			if worst == nil || ratio(*x) > ratio(*worst) || x.Stopped != "" {
				worst = x
			}
			if worstCPU == nil || ratioCPU(*x) > ratioCPU(*worstCPU) || x.Stopped != "" {
				worstCPU = x
			}
		}
		if worstRSS == nil || x.RSSKB > worstRSS.RSSKB {
			worstRSS = x
		}
	}
	b.WriteString("### Targets\n\n")
	var targets [][]string
	judge := func(name string, w *hostileRun, rf func(hostileRun) float64) {
		if w == nil {
			targets = append(targets, []string{name, fmt.Sprintf("no run of %s or more", sizeName(ratioFrom)), "≤ 3", "not measured"})
			return
		}
		v := rf(*w)
		targets = append(targets, []string{name, fmt.Sprintf("%.2f (worst: %s at %s)", v, w.Shape, sizeName(w.Size)),
			fmt.Sprintf("≤ %.0f", hostileRatioTarget), verdict(v <= hostileRatioTarget && w.Stopped == "", fmt.Sprintf("%.1f×", v))})
	}
	judge("every shape's s/MB ÷ the real reports' s/MB, wall", worst, ratio)
	judge("every shape's s/MB ÷ the real reports' s/MB, CPU", worstCPU, ratioCPU)
	if worstRSS != nil {
		targets = append(targets, []string{fmt.Sprintf("peak RSS of any shape, up to %s", sizeName(maxSize)),
			fmt.Sprintf("%s MB (%s at %s)", mb(worstRSS.RSSKB), worstRSS.Shape, sizeName(worstRSS.Size)),
			"≤ 1,024 MB", verdict(worstRSS.RSSKB <= hostileRSSTarget && worstRSS.Stopped == "", mb(worstRSS.RSSKB)+" MB")})
	}
	targets = append(targets, []string{"peak RSS, the real reports (all in one process, -j 1)", mb(h.Real.RSSKB) + " MB", "≤ 400 MB", verdict(h.Real.RSSKB <= realRSSTarget, mb(h.Real.RSSKB)+" MB")})
	mdTable(&b, []string{"target", "measured", "goal", "met"}, targets)
	b.WriteString("### Every shape at every size\n\n")
	mdTable(&b, []string{"shape", "size", "seconds", "CPU s", "s/MB", "× real (wall)", "× real (CPU)", "peak RSS MB"}, rows)
	b.WriteString("Shapes:\n\n")
	for _, sh := range hostileShapes {
		fmt.Fprintf(&b, "- `%s`: %s\n", sh.Name, sh.What)
	}
	return b.String()
}

// rewriteHostile replaces the hostile section of path (between its markers).
func rewriteHostile(path, md string) error {
	return rewriteBetween(path, "<!-- bench:hostile:begin -->", "<!-- bench:hostile:end -->", md)
}
