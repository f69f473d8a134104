package export

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/govkg/govkg/graph/property"
	"github.com/govkg/govkg/schema"
)

// CSV writes the input files of `neo4j-admin database import full`: one node file per
// label (nodes_<Label>.csv, by the node's first label, so an entity goes to its type's
// file with :LABEL "Project;Entity") and one relationship file per type
// (rels_<TYPE>.csv), each with its own typed header. Headers need every property and
// its type, known only at the end, so records are spooled (as JSON lines, next to the
// output) and the CSV files are written on Close, with import.sh holding the exact
// import command.
type CSV struct {
	dir   string
	files map[string]*csvFile
	// seen records which candidate array delimiters occur inside list elements; the
	// first free one is used, since neo4j-admin cannot escape it.
	seen  map[rune]bool
	delim rune
	out   []string // final file names, in order: node files then relationship files
}

// ArrayDelimiters are the candidate array delimiters, in order of preference.
var ArrayDelimiters = []rune{';', '|', '\x1f', '\x1e'}

type csvFile struct {
	node  bool
	name  string // label or type
	path  string
	spool *os.File
	w     *bufio.Writer
	enc   *json.Encoder
	cols  map[string]typeSet
	has   map[string]int // records that have the property
	rows  int
}

type csvRec struct {
	ID     string         `json:"i,omitempty"`
	Labels []string       `json:"l,omitempty"`
	Start  string         `json:"s,omitempty"`
	End    string         `json:"e,omitempty"`
	Props  map[string]any `json:"p"`
}

// NewCSV returns a CSV writer that creates its files in dir (which must exist).
func NewCSV(dir string) *CSV {
	return &CSV{dir: dir, files: map[string]*csvFile{}, seen: map[rune]bool{}}
}

func (c *CSV) file(node bool, name string) (*csvFile, error) {
	key := fmt.Sprint(node, "\x00", name)
	if f := c.files[key]; f != nil {
		return f, nil
	}
	prefix := "rels_"
	if node {
		prefix = "nodes_"
	}
	base := prefix + fileName(name)
	for i := 2; c.taken(base); i++ {
		base = fmt.Sprintf("%s%s_%d", prefix, fileName(name), i)
	}
	sp, err := os.CreateTemp(c.dir, ".spool-*")
	if err != nil {
		return nil, err
	}
	w := bufio.NewWriterSize(sp, 1<<16)
	f := &csvFile{node: node, name: name, path: base + ".csv", spool: sp, w: w, enc: json.NewEncoder(w), cols: map[string]typeSet{}, has: map[string]int{}}
	f.enc.SetEscapeHTML(false)
	c.files[key] = f
	return f, nil
}

func (c *CSV) taken(base string) bool {
	for _, f := range c.files {
		if f.path == base+".csv" {
			return true
		}
	}
	return false
}

func (c *CSV) track(f *csvFile, props map[string]any, skip string) {
	for k, v := range props {
		if k == skip {
			continue
		}
		if f.cols[k] == nil {
			f.cols[k] = typeSet{}
		}
		f.cols[k][kindOf(v)] = true
		f.has[k]++
		if ss, ok := v.([]string); ok {
			for _, s := range ss {
				c.note(s)
			}
		}
	}
}

func (c *CSV) note(s string) {
	for _, d := range ArrayDelimiters {
		if strings.ContainsRune(s, d) {
			c.seen[d] = true
		}
	}
}

// WriteNode spools a node into the file of its first label.
func (c *CSV) WriteNode(n Node) error {
	label := ""
	if len(n.Labels) > 0 {
		label = n.Labels[0]
	}
	f, err := c.file(true, label)
	if err != nil {
		return err
	}
	for _, l := range n.Labels {
		c.note(l)
	}
	p := normalizeProps(n.Props)
	c.track(f, p, "id")
	f.rows++
	return f.enc.Encode(csvRec{ID: n.ID, Labels: n.Labels, Props: p})
}

// WriteRelationship spools a relationship into the file of its type.
func (c *CSV) WriteRelationship(r Relationship) error {
	f, err := c.file(false, r.Type)
	if err != nil {
		return err
	}
	p := normalizeProps(r.Props)
	c.track(f, p, "")
	f.rows++
	return f.enc.Encode(csvRec{Start: r.Start, End: r.End, Props: p})
}

// Delimiter returns the array delimiter chosen on Close.
func (c *CSV) Delimiter() rune { return c.delim }

// Files returns the CSV file names written on Close: node files, then relationship
// files, each sorted by label or type.
func (c *CSV) Files() []string { return slices.Clone(c.out) }

// Close writes every CSV file and import.sh and removes the spools.
func (c *CSV) Close() error {
	defer c.Abort()
	c.delim = 0
	for _, d := range ArrayDelimiters {
		if !c.seen[d] {
			c.delim = d
			break
		}
	}
	if c.delim == 0 {
		return fmt.Errorf("every candidate array delimiter (%q) occurs in some list value: cannot write neo4j-admin CSV", ArrayDelimiters)
	}
	files := make([]*csvFile, 0, len(c.files))
	for _, f := range c.files {
		files = append(files, f)
	}
	slices.SortFunc(files, func(a, b *csvFile) int {
		if a.node != b.node {
			if a.node {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.name, b.name)
	})
	c.out = nil
	for _, f := range files {
		if err := c.finish(f); err != nil {
			return err
		}
		c.out = append(c.out, f.path)
	}
	if fix := c.fixups(files); fix != "" {
		if err := writeAtomic(filepath.Join(c.dir, AfterImportFile), 0o644, func(w io.Writer) error {
			_, err := io.WriteString(w, fix)
			return err
		}); err != nil {
			return err
		}
	}
	return writeAtomic(filepath.Join(c.dir, "import.sh"), 0o755, func(w io.Writer) error {
		_, err := io.WriteString(w, c.script())
		return err
	})
}

// ReportFile is where neo4j-admin writes its import report (bad entries, if any).
const ReportFile = "import.report"

// AfterImportFile holds the Cypher to run after the import when some list properties
// are empty: neo4j-admin reads an empty array field as no property at all.
const AfterImportFile = "after-import.cypher"

// fixups returns Cypher that restores empty lists lost by the import, for columns that
// every record of the file has (so a missing value can only be an empty list).
func (c *CSV) fixups(files []*csvFile) string {
	var b strings.Builder
	for _, f := range files {
		cols := make([]string, 0, len(f.cols))
		for k := range f.cols {
			cols = append(cols, k)
		}
		slices.Sort(cols)
		for _, k := range cols {
			if !f.cols[k][kEmpty] {
				continue
			}
			if f.has[k] < f.rows {
				fmt.Fprintf(&b, "// %s.%s: some empty lists cannot be told from absent values; left absent\n", f.name, k)
				continue
			}
			if f.node {
				fmt.Fprintf(&b, "MATCH (n:%s) WHERE n.%s IS NULL SET n.%s = [];\n", schema.Quote(f.name), schema.Quote(k), schema.Quote(k))
			} else {
				fmt.Fprintf(&b, "MATCH ()-[r:%s]->() WHERE r.%s IS NULL SET r.%s = [];\n", schema.Quote(f.name), schema.Quote(k), schema.Quote(k))
			}
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return "// govkg export: run after the neo4j-admin import (govkg cypher --write -f " + AfterImportFile + ")\n" +
		"// to restore the empty list properties the import cannot express.\n" + b.String()
}

// finish writes one CSV file from its spool.
func (c *CSV) finish(f *csvFile) error {
	if err := f.w.Flush(); err != nil {
		return err
	}
	if _, err := f.spool.Seek(0, io.SeekStart); err != nil {
		return err
	}
	cols := make([]string, 0, len(f.cols))
	for k := range f.cols {
		cols = append(cols, k)
	}
	slices.Sort(cols)
	types := make([]string, len(cols))
	header := []string{"id:ID", ":LABEL"}
	if !f.node {
		header = []string{":START_ID", ":END_ID", ":TYPE"}
	}
	for i, k := range cols {
		types[i] = f.cols[k].resolve()
		if types[i] == kString {
			header = append(header, k)
		} else {
			header = append(header, k+":"+types[i])
		}
	}
	return writeAtomic(filepath.Join(c.dir, f.path), 0o644, func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 1<<16)
		c.row(bw, header, nil)
		dec := json.NewDecoder(f.spool)
		dec.UseNumber()
		fields := make([]string, 0, len(header))
		present := make([]bool, 0, len(header))
		for {
			var r csvRec
			if err := dec.Decode(&r); err == io.EOF {
				break
			} else if err != nil {
				return err
			}
			fields, present = fields[:0], present[:0]
			if f.node {
				fields = append(fields, r.ID, strings.Join(r.Labels, string(c.delim)))
				present = append(present, true, len(r.Labels) > 0)
			} else {
				fields = append(fields, r.Start, r.End, f.name)
				present = append(present, true, true, true)
			}
			for i, k := range cols {
				v, ok := r.Props[k]
				if !ok {
					fields, present = append(fields, ""), append(present, false)
					continue
				}
				fields, present = append(fields, c.cell(property.Portable(v), types[i])), append(present, true)
			}
			c.row(bw, fields, present)
		}
		return bw.Flush()
	})
}

// cell renders a value for a column of the given declared type.
func (c *CSV) cell(v any, typ string) string {
	if strings.HasSuffix(typ, arraySufx) {
		var parts []string
		switch x := v.(type) {
		case []string:
			parts = x
		case []int64:
			for _, e := range x {
				parts = append(parts, scalarText(e))
			}
		case []float64:
			for _, e := range x {
				parts = append(parts, scalarText(e))
			}
		case []bool:
			for _, e := range x {
				parts = append(parts, scalarText(e))
			}
		default:
			parts = []string{scalarText(v)}
		}
		return strings.Join(parts, string(c.delim))
	}
	if isList(v) {
		return property.JSON(v)
	}
	return scalarText(v)
}

// row writes one RFC 4180 record. A present field that is empty or holds a comma,
// quote, CR, LF or edge space is quoted ("" doubles a quote), so neo4j-admin reads an
// empty string as "" and an absent value (bare empty field) as no property.
func (c *CSV) row(w *bufio.Writer, fields []string, present []bool) {
	for i, s := range fields {
		if i > 0 {
			w.WriteByte(',')
		}
		p := present == nil || present[i]
		if !p {
			continue
		}
		if s == "" || strings.ContainsAny(s, ",\"\r\n") || strings.TrimSpace(s) != s {
			w.WriteByte('"')
			w.WriteString(strings.ReplaceAll(s, `"`, `""`))
			w.WriteByte('"')
		} else {
			w.WriteString(s)
		}
	}
	w.WriteString("\n")
}

// delimArg renders the delimiter for --array-delimiter (U+XXXX when not printable).
func delimArg(d rune) string {
	if d < 0x20 {
		return fmt.Sprintf("U+%04X", d)
	}
	return string(d)
}

// Command returns the exact neo4j-admin command that imports the files written in dir
// into database, replacing it (the server must be stopped). Call it after Close.
func (c *CSV) Command(admin, dir, database string) string {
	args := c.args(func(f string) string { return shellQuote(filepath.Join(dir, f)) })
	// The database goes first: --nodes and --relationships take several values and
	// would swallow a trailing positional argument.
	return admin + " database import full " + shellQuote(database) + " " + strings.Join(args, " ")
}

func (c *CSV) args(path func(string) string) []string {
	// The report goes next to the files, not into whatever directory the import runs in.
	args := []string{"--overwrite-destination", "--id-type=string",
		"--array-delimiter=" + shellQuote(delimArg(c.delim)), "--multiline-fields=true",
		"--report-file=" + path(ReportFile)}
	for _, f := range c.out {
		if strings.HasPrefix(f, "nodes_") {
			args = append(args, "--nodes="+path(f))
		} else {
			args = append(args, "--relationships="+path(f))
		}
	}
	return args
}

// script is import.sh: the import command with paths relative to the script.
func (c *CSV) script() string {
	var b strings.Builder
	b.WriteString(`#!/bin/sh
# Written by govkg export --format csv. Imports these files into a Neo4j database,
# REPLACING it; the server must be stopped first. NEO4J_ADMIN is the neo4j-admin
# command (default neo4j-admin; e.g. "scripts/neo4j admin"), DATABASE the database
# (default neo4j). Afterwards start Neo4j, run: govkg schema apply, and if there is an
# after-import.cypher (it restores empty list properties): govkg cypher --write -f it.
set -eu
D=$(cd "$(dirname "$0")" && pwd)
exec ${NEO4J_ADMIN:-neo4j-admin} database import full "${DATABASE:-neo4j}" \
`)
	args := c.args(func(f string) string { return `"$D/` + f + `"` })
	for i, a := range args {
		b.WriteString("  " + a)
		if i < len(args)-1 {
			b.WriteString(" \\")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// shellQuote quotes s for a POSIX shell when it is not plainly safe.
func shellQuote(s string) string {
	safe := s != ""
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./=:+@%,", r)) {
			safe = false
			break
		}
	}
	if safe {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// Abort removes the spools (CSV files already written stay for the caller to drop
// with the directory).
func (c *CSV) Abort() {
	for _, f := range c.files {
		if f.spool != nil {
			f.spool.Close()
			os.Remove(f.spool.Name())
			f.spool = nil
		}
	}
}
