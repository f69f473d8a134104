package main

import (
	"archive/zip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/queries"
)

// TestBrowserCommand runs govkg browser without a database: the URL names the server
// of --uri and its HTTP address, connects without authentication only when no user is
// set, and the files written are what Browser imports.
func TestBrowserCommand(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("NEO4J_HTTP_URL", "")
	for _, tt := range []struct {
		name    string
		args    []string
		env     map[string]string
		want    []string
		absent  []string
		usage   bool
		written []string
	}{
		{name: "local", args: []string{"--uri", "bolt://127.0.0.1:7687"},
			want: []string{"http://127.0.0.1:7474/browser/?dbms=bolt%3A%2F%2F127.0.0.1%3A7687&preselectAuthMethod=NO_AUTH&cmd=edit&arg="}},
		{name: "http flag and files", args: []string{"--uri", "bolt://db:7687", "--http", "http://db:8080",
			"--favorites", filepath.Join(dir, "f.zip"), "--style", filepath.Join(dir, "s.grass")},
			want:    []string{"http://db:8080/browser/?dbms=bolt%3A%2F%2Fdb%3A7687", "drop+" + strings.ReplaceAll(filepath.Join(dir, "f.zip"), "/", "%2F")},
			written: []string{"f.zip", "s.grass"}},
		{name: "NEO4J_HTTP_URL", args: []string{"--uri", "neo4j://db:7687"}, env: map[string]string{"NEO4J_HTTP_URL": "https://db.example.org"},
			want: []string{"https://db.example.org/browser/?dbms=neo4j%3A%2F%2Fdb%3A7687"}},
		{name: "a user: no NO_AUTH", args: []string{"--uri", "bolt://db:7687", "--username", "analyst"},
			absent: []string{"NO_AUTH", "analyst"}, want: []string{"dbms=bolt%3A%2F%2Fdb%3A7687"}},
		{name: "favorites not a zip", args: []string{"--favorites", filepath.Join(dir, "f.txt")}, usage: true},
		{name: "style not a grass", args: []string{"--style", filepath.Join(dir, "s.grss")}, usage: true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			out, _, err := cliExec(t, append([]string{"browser"}, tt.args...)...)
			if tt.usage {
				if govkg.ExitCode(err) != 2 {
					t.Fatalf("err = %v, want a usage error", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if strings.Count(out, "\n") != 1 {
				t.Errorf("want one line, the URL: %q", out)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("URL %s lacks %s", out, w)
				}
			}
			for _, a := range tt.absent {
				if strings.Contains(out, a) {
					t.Errorf("URL %s holds %s", out, a)
				}
			}
			for _, w := range tt.written {
				if _, err := os.Stat(filepath.Join(dir, w)); err != nil {
					t.Errorf("%s not written: %v", w, err)
				}
			}
		})
	}
	if b, err := os.ReadFile(filepath.Join(dir, "s.grass")); err != nil || string(b) != queries.Style() {
		t.Errorf("--style wrote %d bytes (%v), want queries/govkg.grass", len(b), err)
	}
	zr, err := zip.OpenReader(filepath.Join(dir, "f.zip"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	if len(zr.File) != 1+len(queries.All())+len(queries.Graphs()) {
		t.Errorf("%d favorites, want the style, %d saved queries and %d graph views", len(zr.File), len(queries.All()), len(queries.Graphs()))
	}
}
