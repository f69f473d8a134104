//go:build unix

package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/graph"
	"github.com/govkg/govkg/graph/export"
	"github.com/govkg/govkg/internal/neo4jtest/seed"
)

// exReports is the seed corpus, by the same relative path for the database build and
// the --from-files export, so the Report path properties agree.
const exReports = "../../testdata/reports"

func exFactory() (*cmdutil.Factory, *bytes.Buffer, *bytes.Buffer) {
	out, errOut := &bytes.Buffer{}, &bytes.Buffer{}
	io := &cmdutil.IOStreams{In: strings.NewReader(""), Out: out, ErrOut: errOut}
	return &cmdutil.Factory{IO: io, GraphConfig: graph.ConfigFromEnv()}, out, errOut
}

// exRun runs `govkg export ARGS` in process.
func exRun(t *testing.T, f *cmdutil.Factory, args ...string) error {
	t.Helper()
	cmd := NewCmdRoot(f)
	cmd.SetArgs(append([]string{"export"}, args...))
	return cmd.ExecuteContext(context.Background())
}

func TestExportFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		code    string
		files   []string
		format  string
		wantErr string
	}{
		{name: "defaults", args: nil, format: "jsonl"},
		{name: "from files with more paths", args: []string{"--from-files", "a", "b", "c", "--format", "cypher"}, files: []string{"a", "b", "c"}, format: "cypher"},
		{name: "repeated flag", args: []string{"--from-files", "a,b", "--from-files", "c"}, files: []string{"a,b", "c"}, format: "jsonl"},
		{name: "csv needs a directory", args: []string{"--format", "csv"}, code: govkg.EUSAGE, wantErr: "--out DIR"},
		{name: "unknown format", args: []string{"--format", "xml"}, code: govkg.EUSAGE, wantErr: "jsonl|graphml|csv|cypher"},
		{name: "paths need --from-files", args: []string{"testdata/reports"}, code: govkg.EUSAGE, wantErr: "--from-files"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _, _ := exFactory()
			got, err := parsedOptions(f, NewCmdExport, tt.args)
			if tt.code != "" {
				if govkg.ErrorCode(err) != tt.code || !strings.Contains(fmt.Sprint(err), tt.wantErr) {
					t.Fatalf("err = %v (code %s), want %s mentioning %q", err, govkg.ErrorCode(err), tt.code, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got.FromFiles, tt.files) || got.Format != tt.format {
				t.Errorf("from-files %q format %s, want %q %s", got.FromFiles, got.Format, tt.files, tt.format)
			}
		})
	}
}

// exCounts reads an export back with a real parser of its format and returns its
// node and relationship counts.
func exCounts(t *testing.T, format, path string) (int, int) {
	t.Helper()
	switch format {
	case "jsonl":
		b := exRead(t, path)
		nodes, rels := 0, 0
		dec := json.NewDecoder(bytes.NewReader(b))
		for {
			var rec struct{ Type string }
			if err := dec.Decode(&rec); err != nil {
				if err.Error() == "EOF" {
					break
				}
				t.Fatalf("%s: %v", path, err)
			}
			switch rec.Type {
			case "node":
				nodes++
			case "relationship":
				rels++
			default:
				t.Fatalf("record type %q", rec.Type)
			}
		}
		return nodes, rels
	case "graphml":
		var doc struct {
			Graph struct {
				Directed string     `xml:"edgedefault,attr"`
				Nodes    []struct{} `xml:"node"`
				Edges    []struct{} `xml:"edge"`
			} `xml:"graph"`
		}
		if err := xml.Unmarshal(exRead(t, path), &doc); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if doc.Graph.Directed != "directed" {
			t.Errorf("edgedefault %q", doc.Graph.Directed)
		}
		return len(doc.Graph.Nodes), len(doc.Graph.Edges)
	case "csv":
		files, _ := filepath.Glob(filepath.Join(path, "*.csv"))
		nodes, rels := 0, 0
		for _, f := range files {
			recs, err := csv.NewReader(bytes.NewReader(exRead(t, f))).ReadAll()
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if strings.HasPrefix(filepath.Base(f), "nodes_") {
				nodes += len(recs) - 1
			} else {
				rels += len(recs) - 1
			}
		}
		return nodes, rels
	case "cypher":
		nodes, rels := 0, 0
		err := export.SplitStatements(bytes.NewReader(exRead(t, path)), func(s string, _ int) error {
			switch {
			case strings.HasPrefix(s, "MERGE (n:"):
				nodes++
			case strings.HasPrefix(s, "MATCH (a"):
				rels++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return nodes, rels
	}
	t.Fatalf("format %s", format)
	return 0, 0
}

func exRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func exOut(dir, format string) string {
	if format == "csv" {
		return filepath.Join(dir, "csv")
	}
	return filepath.Join(dir, "graph."+format)
}

// TestExportFromFiles exports the seed reports without a database in every format,
// reads each back with its parser and expects the same counts everywhere, the same
// bytes on a second run, and stdout equal to --out.
func TestExportFromFiles(t *testing.T) {
	dir := t.TempDir()
	var wantN, wantR int
	for _, format := range export.Formats {
		f, out, _ := exFactory()
		path := exOut(dir, format)
		if err := exRun(t, f, "--format", format, "--out", path, "--from-files", exReports); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		n, r := exCounts(t, format, path)
		if !strings.Contains(out.String(), fmt.Sprintf("exported %d nodes and %d relationships", n, r)) {
			t.Errorf("%s: summary %q does not match the %d nodes, %d relationships read back", format, out.String(), n, r)
		}
		if wantN == 0 {
			wantN, wantR = n, r
			if n < 1000 || r < 1000 {
				t.Fatalf("only %d nodes and %d relationships from the seed reports", n, r)
			}
		} else if n != wantN || r != wantR {
			t.Errorf("%s: %d nodes, %d relationships; jsonl had %d, %d", format, n, r, wantN, wantR)
		}
		if format == "csv" {
			if !strings.Contains(out.String(), "neo4j-admin database import full neo4j --overwrite-destination") {
				t.Errorf("csv: no import command in %q", out.String())
			}
			continue
		}
		f2, stdout, _ := exFactory()
		if err := exRun(t, f2, "--format", format, "--from-files", exReports); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(stdout.Bytes(), exRead(t, path)) {
			t.Errorf("%s: stdout differs from --out (not deterministic?)", format)
		}
	}
}

func TestExportFromFilesFailures(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "graph.jsonl")
	if err := os.WriteFile(path, []byte("previous\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, _, errOut := exFactory()
	err := exRun(t, f, "--out", path, "--from-files", filepath.Join(dir, "missing.txt"))
	if govkg.ErrorCode(err) != govkg.EINPUT || !strings.Contains(errOut.String(), "missing.txt") {
		t.Fatalf("err %v, stderr %q: want an input error naming the file", err, errOut.String())
	}
	if string(exRead(t, path)) != "previous\n" {
		t.Error("a failed export replaced the previous one")
	}
	// One good file among bad ones: the good one is exported, the status says failure.
	f, _, _ = exFactory()
	err = exRun(t, f, "--out", path, "--from-files", filepath.Join(exReports, "pingshan-2025-government-work-report.md"), filepath.Join(dir, "missing.txt"))
	if govkg.ErrorCode(err) != govkg.EINPUT {
		t.Fatalf("err %v, want an input error", err)
	}
	if n, _ := exCounts(t, "jsonl", path); n < 100 {
		t.Errorf("only %d nodes exported from the good report", n)
	}
	f, _, _ = exFactory()
	foreign := filepath.Join(dir, "mine")
	os.MkdirAll(foreign, 0o755)
	os.WriteFile(filepath.Join(foreign, "notes.txt"), []byte("keep"), 0o644)
	if err := exRun(t, f, "--format", "csv", "--out", foreign, "--from-files", exReports); err == nil {
		t.Error("csv export replaced a directory with foreign files")
	}
	if string(exRead(t, filepath.Join(foreign, "notes.txt"))) != "keep" {
		t.Error("foreign file lost")
	}
}

// TestExportDatabaseEqualsFiles expects every format exported from the seed graph in
// the database to be byte-identical to the --from-files export of the same reports.
func TestExportDatabaseEqualsFiles(t *testing.T) {
	c := seed.Graph(t) // the shared seed graph, built from seed.Dirs()
	dir := t.TempDir()
	for _, format := range export.Formats {
		f, _, _ := exFactory()
		db := exOut(filepath.Join(dir, "db"), format)
		files := exOut(filepath.Join(dir, "files"), format)
		os.MkdirAll(filepath.Dir(db), 0o755)
		os.MkdirAll(filepath.Dir(files), 0o755)
		if err := exRun(t, f, "--format", format, "--out", db); err != nil {
			t.Fatalf("%s from the database: %v", format, err)
		}
		f.Close(context.Background())
		f, _, _ = exFactory()
		if err := exRun(t, f, append([]string{"--format", format, "--out", files, "--from-files"}, seed.Dirs()...)...); err != nil {
			t.Fatalf("%s from files: %v", format, err)
		}
		if d := exDiffTree(t, db, files); d != "" {
			t.Errorf("%s: database and --from-files exports differ: %s", format, d)
		}
	}
	nodes := exCount(t, c, "MATCH (n) WHERE n:Report OR n:Sentence OR n:Entity RETURN count(n)")
	rels := exCount(t, c, "MATCH ()-[r]->() RETURN count(r)")
	if n, r := exCounts(t, "jsonl", exOut(filepath.Join(dir, "db"), "jsonl")); n != nodes || r != rels {
		t.Errorf("exported %d nodes, %d relationships; the graph has %d, %d", n, r, nodes, rels)
	}

	// The exports reloaded into Neo4j give the same graph: internal/reloadtest.
}

func exCount(t *testing.T, c *graph.Client, cypher string) int {
	t.Helper()
	_, rows, err := c.Read(context.Background(), cypher, nil)
	if err != nil {
		t.Fatal(err)
	}
	return int(rows[0][0].(int64))
}

// exDiffTree compares two files or two directories and describes the first difference.
func exDiffTree(t *testing.T, a, b string) string {
	t.Helper()
	fi, err := os.Stat(a)
	if err != nil {
		t.Fatal(err)
	}
	if !fi.IsDir() {
		return exDiffBytes(filepath.Base(a), exRead(t, a), exRead(t, b))
	}
	ea, _ := os.ReadDir(a)
	eb, _ := os.ReadDir(b)
	if len(ea) != len(eb) {
		return fmt.Sprintf("%d files vs %d", len(ea), len(eb))
	}
	for _, e := range ea {
		if d := exDiffBytes(e.Name(), exRead(t, filepath.Join(a, e.Name())), exRead(t, filepath.Join(b, e.Name()))); d != "" {
			return d
		}
	}
	return ""
}

func exDiffBytes(name string, a, b []byte) string {
	if bytes.Equal(a, b) {
		return ""
	}
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return fmt.Sprintf("%s line %d:\n  %.300s\n  %.300s", name, i+1, la[i], lb[i])
		}
	}
	return fmt.Sprintf("%s: %d lines vs %d", name, len(la), len(lb))
}
