// Package neo4jtest is what integration tests need from the Neo4j they run against,
// written once: finding the server or skipping, the lock that keeps test processes
// from wiping each other's data, wiping, and comparing whole graphs. It imports only
// the driver, so that package graph's own tests can use it too.
//
// Tests find Neo4j through the variables graph.ConfigFromEnv reads (NEO4J_URI, default
// bolt://127.0.0.1:7687, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE). Without a
// server they skip, except under CI=true where that is a failure; -short always skips.
package neo4jtest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Conn says where the test server is and who to be.
type Conn struct {
	URI, Username, Password, Database string
}

// String names the server for messages, without the password.
func (c Conn) String() string {
	user := "no auth"
	if c.Username != "" {
		user = "user " + c.Username
	}
	return fmt.Sprintf("%s (%s, database %s)", c.URI, user, c.Database)
}

// Env reads the NEO4J_* variables with the defaults of graph.ConfigFromEnv.
func Env() Conn {
	c := Conn{URI: os.Getenv("NEO4J_URI"), Username: os.Getenv("NEO4J_USERNAME"),
		Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")}
	if c.URI == "" {
		c.URI = "bolt://127.0.0.1:7687"
	}
	if c.Database == "" {
		c.Database = "neo4j"
	}
	return c
}

// Skip skips the test with the message, or fails it under CI=true, where everything a
// test needs must be there.
func Skip(tb testing.TB, format string, args ...any) {
	tb.Helper()
	if os.Getenv("CI") == "true" {
		tb.Fatalf("required under CI=true: "+format, args...)
	}
	tb.Skipf(format, args...)
}

// Require makes sure the test server answers (else the test is skipped, see Skip) and
// takes the cross-process test lock for the rest of the process. Every test that
// touches the database calls it first.
func Require(tb testing.TB) Conn {
	tb.Helper()
	if testing.Short() {
		tb.Skip("integration test against Neo4j: skipped with -short")
	}
	c := Env()
	if _, err := driver(); err != nil {
		Skip(tb, "Neo4j not reachable at %s: start it with scripts/neo4j start (%v)", c, err)
	}
	if private {
		return c // a scratch server of this process's own (see Scratch.Use): no lock
	}
	lockOnce.Do(func() {
		t0, waited := time.Now(), false
		lockErr = lock(func() {
			// the progress of make test (internal/testprogress) shows this wait
			waited = true
			tb.Logf("waiting for the test server: another test process holds the lock")
		})
		if waited {
			tb.Logf("got the test server after %s", time.Since(t0).Round(time.Second))
		}
	})
	if lockErr != nil {
		tb.Fatalf("test lock: %v", lockErr)
	}
	return c
}

// WipeIfUsed empties the test database if a test of this process took the test lock
// (see Require). A test binary whose tests share a fixture across tests, rather than
// wiping after each, calls it from TestMain after m.Run, so that no fixture is left
// behind for make demo or a user; it returns the error to report.
func WipeIfUsed() error {
	if !locked() {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	return WipeDatabase(ctx, Env())
}

// Fresh is Require on an empty database that is emptied again when the test ends, so no
// fixture is left behind for make demo or a user.
func Fresh(tb testing.TB) Conn {
	tb.Helper()
	c := Require(tb)
	Wipe(tb)
	tb.Cleanup(func() { Wipe(tb) })
	return c
}

var (
	lockOnce sync.Once
	lockErr  error
	private  bool // the tests use a server no other process uses (Scratch.Use)

	drvOnce sync.Once
	drv     neo4j.DriverWithContext
	drvErr  error
)

// driver is the process's one driver to the test server, verified once.
func driver() (neo4j.DriverWithContext, error) {
	drvOnce.Do(func() {
		c := Env()
		auth := neo4j.NoAuth()
		if c.Username != "" {
			auth = neo4j.BasicAuth(c.Username, c.Password, "")
		}
		drv, drvErr = neo4j.NewDriverWithContext(c.URI, auth)
		if drvErr != nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if drvErr = drv.VerifyConnectivity(ctx); drvErr != nil {
			_ = drv.Close(ctx)
		}
	})
	return drv, drvErr
}

// wipeCypher empties the database in batches, so a big graph needs no huge
// transaction; constraints and indexes stay. Relationships go first, in batches of
// their own: DETACH DELETE of 5,000 nodes at a time deleted every relationship of
// each node in the same transaction, and the whole corpus's graph (a report with
// thousands of sentences, a city with thousands of facts) overran the server's
// transaction memory pool.
var wipeCypher = []string{
	"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
	"MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS",
}

// Wipe deletes every node and relationship of the test database.
func Wipe(tb testing.TB) {
	tb.Helper()
	for _, c := range wipeCypher {
		Exec(tb, c)
	}
}

// Exec runs one statement against the test database in an auto-commit transaction
// (schema commands and CALL … IN TRANSACTIONS need one), failing the test on error.
func Exec(tb testing.TB, cypher string) {
	tb.Helper()
	d, err := driver()
	if err != nil {
		tb.Fatalf("%s: %v", cypher, err)
	}
	if err := exec(context.Background(), d, Env().Database, cypher); err != nil {
		tb.Fatalf("%s: %v", cypher, err)
	}
}

// WipeDatabase deletes every node and relationship of the database c names, for tools
// (the benchmark harness) that empty a database outside a test.
func WipeDatabase(ctx context.Context, c Conn) error {
	auth := neo4j.NoAuth()
	if c.Username != "" {
		auth = neo4j.BasicAuth(c.Username, c.Password, "")
	}
	d, err := neo4j.NewDriverWithContext(c.URI, auth)
	if err != nil {
		return fmt.Errorf("wipe: %s: %v", c, err)
	}
	defer d.Close(ctx)
	for _, cypher := range wipeCypher {
		if err := exec(ctx, d, c.Database, cypher); err != nil {
			return fmt.Errorf("wipe: %s: %v", c, err)
		}
	}
	return nil
}

// exec runs cypher in an auto-commit transaction. The driver does not retry those, so
// exec tries again a few times: a test that restarts the server leaves dead
// connections in the pool.
func exec(ctx context.Context, d neo4j.DriverWithContext, database, cypher string) error {
	var err error
	for attempt := range 3 {
		if attempt > 0 {
			time.Sleep(time.Duration(attempt) * 500 * time.Millisecond)
		}
		sess := d.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeWrite, DatabaseName: database})
		var res neo4j.ResultWithContext
		res, err = sess.Run(ctx, cypher, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		sess.Close(ctx)
		if err == nil {
			return nil
		}
	}
	return err
}

// Dump renders the whole graph as sorted lines of labels and properties, and of
// relationships between ids, so two graphs compare equal exactly when they hold the
// same facts (internal ids aside).
func Dump(tb testing.TB) []string {
	tb.Helper()
	d, err := driver()
	if err != nil {
		tb.Fatalf("dump: %v", err)
	}
	ctx := context.Background()
	read := func(cypher string) []*neo4j.Record {
		res, err := neo4j.ExecuteQuery(ctx, d, cypher, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(Env().Database), neo4j.ExecuteQueryWithReadersRouting())
		if err != nil {
			tb.Fatalf("dump: %s: %v", cypher, err)
		}
		return res.Records
	}
	var lines []string
	for _, r := range read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props") {
		labels, _, _ := neo4j.GetRecordValue[[]any](r, "labels")
		ls := make([]string, len(labels))
		for i, l := range labels {
			ls[i] = fmt.Sprint(l)
		}
		slices.Sort(ls)
		props, _ := r.Get("props")
		lines = append(lines, fmt.Sprintf("(%s %s)", strings.Join(ls, ":"), canon(tb, props)))
	}
	for _, r := range read("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, properties(r) AS props, b.id AS b") {
		a, _ := r.Get("a")
		typ, _ := r.Get("type")
		props, _ := r.Get("props")
		b, _ := r.Get("b")
		lines = append(lines, fmt.Sprintf("(%v)-[%s %s]->(%v)", a, typ, canon(tb, props), b))
	}
	slices.Sort(lines)
	return lines
}

func canon(tb testing.TB, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// Diff lists the lines only in a ("- ") and only in b ("+ "), at most 40 of them; it
// is empty when the two dumps hold the same lines.
func Diff(a, b []string) string {
	inA, inB := map[string]bool{}, map[string]bool{}
	for _, l := range a {
		inA[l] = true
	}
	for _, l := range b {
		inB[l] = true
	}
	var out []string
	for _, l := range a {
		if !inB[l] {
			out = append(out, "- "+l)
		}
	}
	for _, l := range b {
		if !inA[l] {
			out = append(out, "+ "+l)
		}
	}
	if len(out) > 40 {
		out = append(out[:40], fmt.Sprintf("… %d more", len(out)-40))
	}
	return strings.Join(out, "\n")
}

// RepoRoot is the module root: the nearest directory above the test's working
// directory that holds go.mod.
func RepoRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			tb.Fatalf("no go.mod above %s", dir)
		}
	}
}

// Retry calls try, each call with a minute's context, until it returns nil: for five
// minutes and at least ten tries. The tries count, not the clock alone, because in CI
// (2026-12-06) a server that scripts/neo4j had just seen answer gave two minutes of dial
// timeouts after a restart, which a VM standing still under load explains (every timer
// fires at once on resume): a wall-clock window alone can end at its first real try.
// When a try after the first succeeds, the earlier errors are logged; when it gives up,
// tb fails with every try's error and what describe adds (nil: nothing).
func Retry(tb testing.TB, what string, try func(ctx context.Context) error, describe func() string) {
	tb.Helper()
	deadline := time.Now().Add(5 * time.Minute)
	var tries []string
	for n := 1; ; n++ {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		err := try(ctx)
		cancel()
		if err == nil {
			if n > 1 {
				tb.Logf("%s: succeeded at try %d after:\n%s", what, n, strings.Join(tries, "\n"))
			}
			return
		}
		tries = append(tries, fmt.Sprintf("%s try %d: %v", time.Now().Format("15:04:05"), n, err))
		if n >= 10 && time.Now().After(deadline) {
			more := ""
			if describe != nil {
				more = "\n" + describe()
			}
			tb.Fatalf("%s: failed %d tries:\n%s%s", what, n, strings.Join(tries, "\n"), more)
		}
		time.Sleep(time.Second)
	}
}
