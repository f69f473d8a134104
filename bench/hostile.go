package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
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
