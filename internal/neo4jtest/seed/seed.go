// Package seed loads the seed reports into the test Neo4j, through the same pipeline as
// `govkg build`, for the tests of saved queries and relation commands: they check
// answers against what the extractor really produces, after checking that the report
// text says so (InReport). The seed is the five district reports of testdata/reports
// (Shenzhen's 龙岗区, 龙华区, 罗湖区 and 坪山区) and the reports of testdata/cities, written
// for the tests of places at every level: the 2025 reports of 深圳市 and 惠州市 (广东省) and
// of 常州市 (江苏省) with its district 武进区.
package seed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract"
	"github.com/govkg/govkg/graph"
	"github.com/govkg/govkg/graph/export"
	"github.com/govkg/govkg/internal/neo4jtest"
)

var (
	once    sync.Once
	client  *graph.Client
	openErr error

	extractOnce sync.Once
	seed        []*govkg.Extraction
	extractErr  error
)

// Graph returns a client to the test Neo4j (see neo4jtest.Require) holding exactly the
// seed reports (see Load). The client is opened once per process.
func Graph(tb testing.TB) *graph.Client {
	tb.Helper()
	neo4jtest.Require(tb)
	once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		client, openErr = graph.Open(ctx, graph.ConfigFromEnv())
	})
	if openErr != nil {
		tb.Fatalf("opening the test Neo4j: %v", openErr)
	}
	Load(tb, client)
	return client
}

// Load makes the graph hold exactly the seed reports (Dirs), extracted
// once per process by the real pipeline (extract.New, Run) and written by Client.Build,
// as `govkg build` does. The first call keeps the graph only if it is exactly what this
// code builds from the seed (another test binary, or `govkg build` of ReportsDir() in a
// test, may have left it so; see holdsSeed), else it removes every report and builds
// afresh; later calls rebuild only when the graph's fingerprint changed, so calling
// Load before every test is cheap and repairs a graph another test wiped.
func Load(tb testing.TB, c *graph.Client) {
	tb.Helper()
	loadMu.Lock()
	defer loadMu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if loadedPrint != "" {
		if fp, err := fingerprint(ctx, c); err == nil && fp == loadedPrint {
			return
		}
	} else if ok, err := holdsSeed(ctx, c); err != nil {
		tb.Fatalf("comparing the graph with the seed reports: %v", err)
	} else if ok {
		if loadedPrint, err = fingerprint(ctx, c); err != nil {
			tb.Fatalf("loading testdata/reports into Neo4j: %v", err)
		}
		return
	}
	if err := rebuild(ctx, c); err != nil {
		tb.Fatalf("loading the seed reports into Neo4j: %v", err)
	}
	fp, err := fingerprint(ctx, c)
	if err != nil {
		tb.Fatalf("loading the seed reports into Neo4j: %v", err)
	}
	loadedPrint = fp
}

var (
	loadMu      sync.Mutex
	loadedPrint string // fingerprint of the graph as the last Load left it
)

// fingerprint summarizes the graph cheaply: counts of nodes, relationships, supporting
// report ids and sentence texts. Any wipe or foreign build changes it.
func fingerprint(ctx context.Context, c *graph.Client) (string, error) {
	_, rows, err := c.Read(ctx, `CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
CALL () { MATCH (n:Entity) RETURN sum(size(n.reports)) AS supports }
CALL () { MATCH (s:Sentence) WHERE s.text IS NOT NULL RETURN count(s) AS texts }
RETURN nodes, rels, supports, texts`, nil)
	if err != nil || len(rows) != 1 {
		return "", err
	}
	return fmt.Sprint(rows[0]...), nil
}

// holdsSeed reports whether the graph is exactly what building the seed reports gives:
// its JSON Lines export equals that of the same extractions built in memory
// (graph.Offline, which the export tests hold byte-identical to a build). Comparing
// takes a few seconds where building takes twenty; the schema is applied first.
func holdsSeed(ctx context.Context, c *graph.Client) (bool, error) {
	exts, err := seedExtractions()
	if err != nil {
		return false, err
	}
	if err := c.ApplySchema(ctx); err != nil {
		return false, err
	}
	off := graph.NewOffline()
	for _, ext := range exts {
		off.Add(ext)
	}
	var want, got bytes.Buffer
	w := export.NewJSONL(&want)
	if err := off.Export(w); err != nil {
		return false, err
	}
	if err := w.Close(); err != nil {
		return false, err
	}
	w = export.NewJSONL(&got)
	if err := c.Export(ctx, w); err != nil {
		return false, err
	}
	if err := w.Close(); err != nil {
		return false, err
	}
	return bytes.Equal(want.Bytes(), got.Bytes()), nil
}

// rebuild removes every report (and all that only it supported) and builds the seed.
func rebuild(ctx context.Context, c *graph.Client) error {
	exts, err := seedExtractions()
	if err != nil {
		return err
	}
	if err := c.ApplySchema(ctx); err != nil {
		return err
	}
	_, rows, err := c.Read(ctx, "MATCH (r:Report) RETURN r.id ORDER BY r.id", nil)
	if err != nil {
		return err
	}
	for _, r := range rows {
		id, _ := r[0].(string)
		if err := c.Remove(ctx, id); err != nil && govkg.ErrorCode(err) != govkg.ENOTFOUND {
			return err
		}
	}
	for _, ext := range exts {
		sum, err := c.Build(ctx, ext, graph.BuildOptions{Force: true})
		if err == nil && len(sum.Reports) == 1 && sum.Reports[0].Err != nil {
			err = sum.Reports[0].Err
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// seedExtractions runs the extractor over the seed reports once per process.
func seedExtractions() ([]*govkg.Extraction, error) {
	extractOnce.Do(func() {
		files, errs := extract.ExpandPaths(Dirs())
		if len(errs) > 0 {
			extractErr = errors.Join(errs...)
			return
		}
		var mu sync.Mutex
		var runErrs []error
		extract.New().Run(files, extract.Options{}, func(r extract.FileResult) {
			mu.Lock()
			defer mu.Unlock()
			if r.Err != nil {
				runErrs = append(runErrs, r.Err)
				return
			}
			seed = append(seed, r.Extraction)
		})
		if len(runErrs) > 0 {
			extractErr = errors.Join(runErrs...)
			return
		}
		slices.SortFunc(seed, func(a, b *govkg.Extraction) int { return strings.Compare(a.Reports[0].ID, b.Reports[0].ID) })
	})
	return seed, extractErr
}

// ReportsDir is testdata/reports of the module, found from the test's working
// directory.
func ReportsDir() string {
	dir, err := os.Getwd()
	if err != nil {
		return filepath.Join("testdata", "reports")
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, "testdata", "reports")
		}
		if filepath.Dir(d) == d {
			return filepath.Join(dir, "testdata", "reports")
		}
	}
}

// CitiesDir is testdata/cities of the module: the city and district reports written for
// the tests of places at every level.
func CitiesDir() string { return filepath.Join(filepath.Dir(ReportsDir()), "cities") }

// Dirs are the directories of the seed reports.
func Dirs() []string { return []string{ReportsDir(), CitiesDir()} }

// ReportText returns the text of one seed report file (e.g.
// "longgang-2025-government-work-report.txt", or a file of testdata/cities) with
// whitespace removed, so a test can check that a fact it expects is really written
// there (the reports break lines and put spaces around numbers).
func ReportText(tb testing.TB, file string) string {
	tb.Helper()
	for _, dir := range Dirs() {
		b, err := os.ReadFile(filepath.Join(dir, file))
		if err == nil {
			return strings.Join(strings.Fields(string(b)), "")
		}
		if !errors.Is(err, os.ErrNotExist) {
			tb.Fatalf("reading report: %v", err)
		}
	}
	tb.Fatalf("no seed report %s in %v", file, Dirs())
	return ""
}

// InReport fails the test unless every one of the strings appears in the report file;
// it grounds an expected answer in the text before the graph is asked.
func InReport(tb testing.TB, file string, want ...string) {
	tb.Helper()
	text := ReportText(tb, file)
	for _, w := range want {
		if !strings.Contains(text, w) {
			tb.Fatalf("expectation not grounded: %q is not in %s", w, file)
		}
	}
}

// NotInReport fails the test if any of the strings appears in the report file.
func NotInReport(tb testing.TB, file string, absent ...string) {
	tb.Helper()
	text := ReportText(tb, file)
	for _, a := range absent {
		if strings.Contains(text, a) {
			tb.Fatalf("expectation not grounded: %q does appear in %s", a, file)
		}
	}
}

// Find returns the rows of an answer (each a map by column) whose columns equal all of
// match.
func Find(rows []map[string]any, match map[string]any) []map[string]any {
	var out []map[string]any
	for _, r := range rows {
		ok := true
		for k, v := range match {
			if r[k] != v {
				ok = false
			}
		}
		if ok {
			out = append(out, r)
		}
	}
	return out
}

// One returns the first row Find finds, failing the test when there is none.
func One(tb testing.TB, rows []map[string]any, match map[string]any) map[string]any {
	tb.Helper()
	found := Find(rows, match)
	if len(found) == 0 {
		tb.Fatalf("no row with %v among %d rows, the first: %v", match, len(rows), rows[:min(len(rows), 20)])
	}
	return found[0]
}

// YearsOrdered fails the test unless the rows' year column never goes down (a number
// as the driver returns it, int64, or as JSON decodes it, float64; anything else
// counts as 0).
func YearsOrdered(tb testing.TB, rows []map[string]any) {
	tb.Helper()
	var prev float64
	for _, r := range rows {
		var y float64
		switch x := r["year"].(type) {
		case int64:
			y = float64(x)
		case float64:
			y = x
		}
		if y < prev {
			tb.Errorf("years out of order: %v after %v", y, prev)
		}
		prev = y
	}
}
