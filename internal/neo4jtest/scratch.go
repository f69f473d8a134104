//go:build unix

package neo4jtest

import (
	"bytes"
	"fmt"
	"net"
	"os"
	osexec "os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// Scratch is a Neo4j of a test binary's own: a copy of the repository's scripts/ in a
// temporary directory, started with scripts/neo4j on ports chosen free at run time. A
// package whose tests need no other package's data runs on one beside the packages that
// take turns on the shared test server (and a test that kills its server kills this
// one).
type Scratch struct {
	Home   string // the temporary directory, holding scripts/ and .neo4j/
	Script string // its scripts/neo4j
	Bolt   string // bolt://127.0.0.1:PORT
	HTTP   string // http://127.0.0.1:PORT
	env    []string
}

// FreePorts returns n TCP ports of 127.0.0.1 that nothing listens on now.
func FreePorts(n int) ([]string, error) {
	var ports []string
	var lns []net.Listener
	defer func() {
		for _, ln := range lns {
			ln.Close()
		}
	}()
	for range n {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		lns = append(lns, ln)
		ports = append(ports, strconv.Itoa(ln.Addr().(*net.TCPAddr).Port))
	}
	return ports, nil
}

// NewScratch prepares a scratch server for the repository at root, on the given Bolt
// and HTTP ports ("" for free ones), without starting it: scripts/ is copied, and the
// checkout's installed jars, if any, are linked (or copied) so that no Maven run is
// needed.
func NewScratch(root, bolt, http string) (*Scratch, error) {
	if bolt == "" || http == "" {
		p, err := FreePorts(2)
		if err != nil {
			return nil, fmt.Errorf("no free port: %v", err)
		}
		bolt, http = p[0], p[1]
	}
	home, err := os.MkdirTemp("", "govkg-neo4j-scratch-")
	if err != nil {
		return nil, err
	}
	s := &Scratch{Home: home, Script: filepath.Join(home, "scripts", "neo4j"),
		Bolt: "bolt://127.0.0.1:" + bolt, HTTP: "http://127.0.0.1:" + http}
	if out, err := osexec.Command("cp", "-r", filepath.Join(root, "scripts"), home).CombinedOutput(); err != nil {
		os.RemoveAll(home)
		return nil, fmt.Errorf("copy scripts: %v %s", err, out)
	}
	if _, err := os.Stat(filepath.Join(root, ".neo4j", "lib", ".installed")); err == nil {
		lib, dst := filepath.Join(root, ".neo4j", "lib"), filepath.Join(home, ".neo4j", "lib")
		os.MkdirAll(filepath.Dir(dst), 0o755)
		if osexec.Command("cp", "-al", lib, dst).Run() != nil {
			os.RemoveAll(dst)
			if out, err := osexec.Command("cp", "-r", lib, dst).CombinedOutput(); err != nil {
				os.RemoveAll(home)
				return nil, fmt.Errorf("copy jars: %v %s", err, out)
			}
		}
	}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NEO4J_") {
			s.env = append(s.env, kv)
		}
	}
	s.env = append(s.env, "NEO4J_BOLT_PORT="+bolt, "NEO4J_HTTP_PORT="+http, "NEO4J_ADMIN="+s.Script+" admin")
	return s, nil
}

// Env is the environment for commands that work on the scratch server: the process's
// without NEO4J_* variables, plus its ports for scripts/neo4j and NEO4J_ADMIN for an
// export's import.sh.
func (s *Scratch) Env() []string { return append([]string(nil), s.env...) }

// Neo4j runs the scratch copy of scripts/neo4j (start, stop, admin …) in its home and
// returns its output.
func (s *Scratch) Neo4j(args ...string) (string, error) {
	cmd := osexec.Command(s.Script, args...)
	cmd.Dir = s.Home
	cmd.Env = s.env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	if err != nil {
		err = fmt.Errorf("%s %s: %v\n%s", s.Script, strings.Join(args, " "), err, out.String())
	}
	return out.String(), err
}

// Remove stops the server and deletes its home.
func (s *Scratch) Remove() {
	_, _ = s.Neo4j("stop")
	os.RemoveAll(s.Home)
}

// Use makes the tests of this process use the scratch server: NEO4J_URI names it,
// GOVKG_NEO4J_SCRIPT its scripts/neo4j (for a test that restarts it), and Require takes
// no cross-process lock, no other process using this server.
func (s *Scratch) Use() {
	for _, k := range []string{"NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"} {
		os.Unsetenv(k)
	}
	os.Setenv("NEO4J_URI", s.Bolt)
	os.Setenv("NEO4J_HTTP_URL", s.HTTP)
	os.Setenv("GOVKG_NEO4J_SCRIPT", s.Script)
	private = true
}
