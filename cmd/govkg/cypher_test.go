//go:build unix

package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	govkg "github.com/govkg/govkg"
)

// TestCypherFlags checks the parsing of govkg cypher apart from running it.
func TestCypherFlags(t *testing.T) {
	tests := []struct {
		args    []string
		wantErr bool
		want    CypherOptions
	}{
		{args: []string{"RETURN 1"}, want: CypherOptions{Statement: "RETURN 1", Format: "table"}},
		{args: []string{"-f", "x.cypher", "--write", "--format", "csv"}, want: CypherOptions{File: "x.cypher", Write: true, Format: "csv"}},
		{args: []string{"RETURN $a", "-p", "a=1", "--param", "b=x"}, want: CypherOptions{Statement: "RETURN $a", Params: []string{"a=1", "b=x"}, Format: "table"}},
		{args: []string{}, wantErr: true},                              // nothing to run
		{args: []string{"RETURN 1", "-f", "x.cypher"}, wantErr: true},  // both
		{args: []string{"RETURN 1", "RETURN 2"}, wantErr: true},        // two statements
		{args: []string{"RETURN 1", "--format", "xml"}, wantErr: true}, // bad format
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			f, _, _ := cliFactory()
			got, err := parsedOptions(f, NewCmdCypher, tt.args)
			if tt.wantErr {
				if err == nil || govkg.ExitCode(err) != 2 {
					t.Fatalf("err = %v (exit %d), want a usage error", err, govkg.ExitCode(err))
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			g := *got
			g.IO, g.Factory = nil, nil
			if !reflect.DeepEqual(g, tt.want) {
				t.Errorf("options = %+v, want %+v", g, tt.want)
			}
		})
	}
}

func TestCypherParams(t *testing.T) {
	got, err := cypherParams([]string{"n=2", "f=1.5", "s=坪山区", "q=\"2\"", "l=[1,\"a\"]", "m={\"k\":3}", "b=true", "z=null", "t=1 2", "e="})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"n": int64(2), "f": 1.5, "s": "坪山区", "q": "2", "l": []any{int64(1), "a"},
		"m": map[string]any{"k": int64(3)}, "b": true, "z": nil, "t": "1 2", "e": ""}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("cypherParams = %#v\nwant %#v", got, want)
	}
	if _, err := cypherParams([]string{"a=1", "a=2"}); govkg.ExitCode(err) != 2 {
		t.Errorf("a parameter given twice: %v, want a usage error", err)
	}
}

// TestCypherRuns runs statements and scripts against the seed graph: rows printed,
// parameters bound, writes refused without --write and done with it, a failing
// statement named by its line.
func TestCypherRuns(t *testing.T) {
	run := func(t *testing.T, args ...string) (string, string, error) {
		t.Helper()
		f, out, errOut := qtFactory(t)
		cmd := NewCmdCypher(f, nil)
		cmd.SetArgs(args)
		cmd.SetOut(out)
		cmd.SetErr(errOut)
		err := cmd.Execute()
		return out.String(), errOut.String(), err
	}
	out, _, err := run(t, "MATCH (d:District {name: $name}) RETURN d.name AS name, d.caption AS caption", "--param", "name=坪山区", "--format", "csv")
	if err != nil || out != "name,caption\n坪山区,坪山区\n" {
		t.Errorf("read with a parameter: %q, %v", out, err)
	}

	dir := t.TempDir()
	script := filepath.Join(dir, "s.cypher")
	os.WriteFile(script, []byte("// two statements\nMATCH (m:MetroLine) WHERE m.name = $line RETURN m.caption AS c;\n/* none */ RETURN $n + 1 AS n;\n"), 0o644)
	out, _, err = run(t, "-f", script, "-p", "line=深圳地铁14号线", "-p", "n=41", "--format", "csv")
	if err != nil || out != "c\n深圳 14号线\nn\n42\n" {
		t.Errorf("script: %q, %v", out, err)
	}

	_, _, err = run(t, "CREATE (:GovkgCypherTest {id: 'x'})")
	qtWantCode(t, err, govkg.EDB, 1, "line 1", "--write")

	os.WriteFile(script, []byte("CREATE (:GovkgCypherTest {id: 'a'});\nCREATE (:GovkgCypherTest {id: 'b'});\n"), 0o644)
	_, errOut, err := run(t, "--write", "-f", script)
	if err != nil || !strings.Contains(errOut, "2 statements: 2 nodes created") {
		t.Errorf("write script: stderr %q, %v", errOut, err)
	}
	out, _, err = run(t, "MATCH (n:GovkgCypherTest) RETURN count(n) AS n", "--format", "csv")
	if err != nil || out != "n\n2\n" {
		t.Errorf("after the write script: %q, %v", out, err)
	}
	os.WriteFile(script, []byte("MATCH (n:GovkgCypherTest) DETACH DELETE n;\nRETURN 1;\nRETURN nosuchfunction(1);\n"), 0o644)
	_, _, err = run(t, "--write", "-f", script)
	qtWantCode(t, err, govkg.EDB, 1, "s.cypher", "line 3")
	out, _, err = run(t, "MATCH (n:GovkgCypherTest) RETURN count(n) AS n", "--format", "csv")
	if err != nil || out != "n\n2\n" {
		t.Errorf("a failing statement must roll back its transaction: %q, %v", out, err)
	}
	if _, errOut, err = run(t, "--write", "MATCH (n:GovkgCypherTest) DETACH DELETE n"); err != nil || !strings.Contains(errOut, "1 statement: 2 nodes deleted") {
		t.Errorf("delete: %q, %v", errOut, err)
	}

	// CALL { … } IN TRANSACTIONS and :auto statements run in transactions of their own.
	os.WriteFile(script, []byte("UNWIND range(1, 3) AS i CALL (i) { CREATE (:GovkgCypherTest {id: i}) } IN TRANSACTIONS OF 2 ROWS;\n"+
		":auto MATCH (n:GovkgCypherTest) CALL (n) { DETACH DELETE n } IN TRANSACTIONS;\n"), 0o644)
	if _, errOut, err = run(t, "--write", "-f", script); err != nil || !strings.Contains(errOut, "2 statements: 3 nodes created, 3 nodes deleted") {
		t.Errorf("IN TRANSACTIONS: %q, %v", errOut, err)
	}
	os.WriteFile(script, []byte(":param x => 1;\nRETURN $x;\n"), 0o644)
	_, _, err = run(t, "-f", script)
	qtWantCode(t, err, govkg.EINPUT, 1, "line 1", ":param")

	os.WriteFile(script, []byte("// only a comment\n"), 0o644)
	_, _, err = run(t, "-f", script)
	qtWantCode(t, err, govkg.EUSAGE, 2, "no statement")
	_, _, err = run(t, "-f", filepath.Join(dir, "missing.cypher"))
	qtWantCode(t, err, govkg.EINPUT, 1, "missing.cypher")
}
