//go:build unix

package graph

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/govkg/govkg/internal/neo4jtest"
)

// TestMain runs the package's tests on a Neo4j of their own when GOVKG_SCRATCH=auto
// (make test sets it): they need no other package's data, and one of them kills and
// restarts its server, so on a scratch server (neo4jtest.Scratch, on free ports) they
// run beside the packages that take turns on the shared test server, and never stop
// that one. If the scratch server cannot start, the tests use the shared server.
func TestMain(m *testing.M) {
	flag.Parse()
	if os.Getenv("GOVKG_SCRATCH") == "auto" && !testing.Short() {
		if s := startScratch(); s != nil {
			code := m.Run()
			s.Remove()
			os.Exit(code)
		}
	}
	os.Exit(m.Run())
}

func startScratch() *neo4jtest.Scratch {
	root, err := os.Getwd()
	if err == nil {
		root, err = repoRoot(root)
	}
	var s *neo4jtest.Scratch
	if err == nil {
		s, err = neo4jtest.NewScratch(root, "", "")
	}
	if err == nil {
		if _, err = s.Neo4j("start"); err != nil {
			s.Remove()
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "graph tests: no scratch Neo4j (%v); using the shared test server\n", err)
		return nil
	}
	s.Use()
	return s
}

// repoRoot is the nearest directory above dir holding go.mod.
func repoRoot(dir string) (string, error) {
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("no go.mod above %s", dir)
		}
	}
}
