package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/govkg/govkg"
	"github.com/govkg/govkg/graph/export"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// scriptBatch is how many statements of a script share one transaction.
const scriptBatch = 500

// ScriptOptions say how RunCypher runs a script.
type ScriptOptions struct {
	// Write runs the statements in write transactions; without it they run in read
	// transactions and the server refuses any statement that would write.
	Write bool
	// Params are passed to every statement (a statement uses those it names).
	Params map[string]any
}

// StatementResult is what one statement of a script returned: its columns and rows
// (values in plain Go, see ReadTable; none for a statement that returns nothing) and
// what it changed.
type StatementResult struct {
	Line    int // the line of the script the statement starts on
	Columns []string
	Rows    [][]any
	Counters
}

// Counters count what statements changed in the graph.
type Counters struct {
	NodesCreated, NodesDeleted, RelationshipsCreated, RelationshipsDeleted int
	PropertiesSet, LabelsAdded, LabelsRemoved                              int
	IndexesAdded, IndexesRemoved, ConstraintsAdded, ConstraintsRemoved     int
}

// Add adds o's counts to c.
func (c *Counters) Add(o Counters) {
	c.NodesCreated += o.NodesCreated
	c.NodesDeleted += o.NodesDeleted
	c.RelationshipsCreated += o.RelationshipsCreated
	c.RelationshipsDeleted += o.RelationshipsDeleted
	c.PropertiesSet += o.PropertiesSet
	c.LabelsAdded += o.LabelsAdded
	c.LabelsRemoved += o.LabelsRemoved
	c.IndexesAdded += o.IndexesAdded
	c.IndexesRemoved += o.IndexesRemoved
	c.ConstraintsAdded += o.ConstraintsAdded
	c.ConstraintsRemoved += o.ConstraintsRemoved
}

// String lists the counts that are not zero, e.g. "3 nodes created, 6 properties set",
// or "no changes".
func (c Counters) String() string {
	var parts []string
	for _, x := range []struct {
		n    int
		what string
	}{
		{c.NodesCreated, "nodes created"}, {c.NodesDeleted, "nodes deleted"},
		{c.RelationshipsCreated, "relationships created"}, {c.RelationshipsDeleted, "relationships deleted"},
		{c.PropertiesSet, "properties set"}, {c.LabelsAdded, "labels added"}, {c.LabelsRemoved, "labels removed"},
		{c.IndexesAdded, "indexes added"}, {c.IndexesRemoved, "indexes removed"},
		{c.ConstraintsAdded, "constraints added"}, {c.ConstraintsRemoved, "constraints removed"},
	} {
		if x.n != 0 {
			parts = append(parts, fmt.Sprintf("%d %s", x.n, x.what))
		}
	}
	if len(parts) == 0 {
		return "no changes"
	}
	return strings.Join(parts, ", ")
}

func countersOf(s neo4j.ResultSummary) Counters {
	if s == nil {
		return Counters{}
	}
	c := s.Counters()
	return Counters{NodesCreated: c.NodesCreated(), NodesDeleted: c.NodesDeleted(),
		RelationshipsCreated: c.RelationshipsCreated(), RelationshipsDeleted: c.RelationshipsDeleted(),
		PropertiesSet: c.PropertiesSet(), LabelsAdded: c.LabelsAdded(), LabelsRemoved: c.LabelsRemoved(),
		IndexesAdded: c.IndexesAdded(), IndexesRemoved: c.IndexesRemoved(),
		ConstraintsAdded: c.ConstraintsAdded(), ConstraintsRemoved: c.ConstraintsRemoved()}
}

// RunScript executes a Cypher script (such as `govkg export --format cypher` writes)
// statement by statement in write transactions (see RunCypher) and returns how many
// statements ran. Scripts are trusted input: run only your own.
func (c *Client) RunScript(ctx context.Context, r io.Reader) (int, error) {
	return c.RunCypher(ctx, r, ScriptOptions{Write: true}, nil)
}

// RunCypher executes a Cypher script statement by statement (statements end with ";",
// see export.SplitStatements; comments are dropped), in transactions of up to
// scriptBatch statements, read or write as opts say; schema commands and CALL { … } IN
// TRANSACTIONS, which cannot share a transaction, run on their own in a transaction
// the server commits (as does a statement that starts with :auto, as in cypher-shell). fn, if not nil, gets
// each statement's result once its transaction has committed, in script order. It
// returns how many statements ran. An error names the line of the failing statement;
// the statements of its transaction are rolled back, those of earlier transactions
// stay.
func (c *Client) RunCypher(ctx context.Context, r io.Reader, opts ScriptOptions, fn func(StatementResult) error) (int, error) {
	mode := neo4j.AccessModeRead
	if opts.Write {
		mode = neo4j.AccessModeWrite
	}
	var batch []string
	var lines []int
	n := 0
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		sess := c.session(ctx, mode)
		defer sess.Close(ctx)
		failed := 0
		work := func(tx neo4j.ManagedTransaction) (any, error) {
			results := make([]StatementResult, 0, len(batch))
			for i, s := range batch {
				failed = i
				res, err := tx.Run(ctx, s, opts.Params)
				if err != nil {
					return nil, err
				}
				sr, err := collect(ctx, res, lines[i])
				if err != nil {
					return nil, err
				}
				results = append(results, sr)
			}
			return results, nil
		}
		var out any
		var err error
		if opts.Write {
			out, err = sess.ExecuteWrite(ctx, work)
		} else {
			out, err = sess.ExecuteRead(ctx, work)
		}
		if err != nil {
			return c.scriptError(err, lines[failed], opts.Write)
		}
		n += len(batch)
		batch, lines = batch[:0], lines[:0]
		if fn != nil {
			for _, sr := range out.([]StatementResult) {
				if err := fn(sr); err != nil {
					return err
				}
			}
		}
		return nil
	}
	err := export.SplitStatements(r, func(stmt string, line int) error {
		stmt, auto, err := autoCommit(stmt)
		if err != nil {
			return &govkg.Error{Code: govkg.EINPUT, Message: fmt.Sprintf("script statement at line %d: %v", line, err)}
		}
		if auto {
			if err := flush(); err != nil {
				return err
			}
			sess := c.session(ctx, mode)
			defer sess.Close(ctx)
			res, err := sess.Run(ctx, stmt, opts.Params)
			var sr StatementResult
			if err == nil {
				sr, err = collect(ctx, res, line)
			}
			if err != nil {
				return c.scriptError(err, line, opts.Write)
			}
			n++
			if fn != nil {
				return fn(sr)
			}
			return nil
		}
		batch, lines = append(batch, stmt), append(lines, line)
		if len(batch) >= scriptBatch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	var ge *govkg.Error
	if err != nil && !errors.As(err, &ge) {
		err = &govkg.Error{Code: govkg.EINPUT, Message: "reading the Cypher script", Err: err}
	}
	return n, err
}

// collect reads a statement's records (values in plain Go) and summary.
func collect(ctx context.Context, res neo4j.ResultWithContext, line int) (StatementResult, error) {
	keys, err := res.Keys()
	if err != nil {
		return StatementResult{}, err
	}
	sr := StatementResult{Line: line, Columns: keys}
	for res.Next(ctx) {
		vals := res.Record().Values
		row := make([]any, len(vals))
		for i, v := range vals {
			row[i] = Plain(v)
		}
		sr.Rows = append(sr.Rows, row)
	}
	if err := res.Err(); err != nil {
		return StatementResult{}, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return StatementResult{}, err
	}
	sr.Counters = countersOf(sum)
	return sr, nil
}

// scriptError names the failing statement's line and, for a statement refused in a read
// transaction, says how to allow writes.
func (c *Client) scriptError(err error, line int, write bool) error {
	var ne *neo4j.Neo4jError
	if !write && errors.As(err, &ne) && (ne.Code == "Neo.ClientError.Statement.AccessMode" || strings.Contains(ne.Msg, "read access mode")) {
		return &govkg.Error{Code: govkg.EDB, Message: fmt.Sprintf("statement at line %d writes, but statements run read-only unless --write is given", line),
			Err: &causeError{msg: c.cfg.redact(err.Error()), err: err}}
	}
	return c.cfg.wrap(err, fmt.Sprintf("script statement at line %d", line))
}

var inTransactions = regexp.MustCompile(`(?i)\bIN\s+(\S+\s+CONCURRENT\s+)?TRANSACTIONS\b`)

// autoCommit says whether a statement must run in a transaction of its own that the
// server commits (schema commands, CALL { … } IN TRANSACTIONS, and statements marked
// :auto as cypher-shell writes them), and returns it without the mark. Other client
// commands (:param, :begin, …) are refused.
func autoCommit(stmt string) (string, bool, error) {
	if strings.HasPrefix(stmt, ":") {
		cmd, rest, _ := strings.Cut(stmt, " ")
		if !strings.EqualFold(cmd, ":auto") {
			return "", false, fmt.Errorf("%s is a client command of cypher-shell or Browser; scripts here hold Cypher (and :auto)", cmd)
		}
		return strings.TrimSpace(rest), true, nil
	}
	return stmt, isSchemaCommand(stmt) || inTransactions.MatchString(stmt), nil
}

func isSchemaCommand(stmt string) bool {
	f := strings.Fields(strings.ToUpper(stmt))
	if len(f) < 2 {
		return false
	}
	switch f[0] {
	case "CREATE", "DROP":
		return f[1] == "CONSTRAINT" || f[1] == "INDEX" || f[1] == "FULLTEXT" || f[1] == "RANGE" ||
			f[1] == "TEXT" || f[1] == "POINT" || f[1] == "LOOKUP" || f[1] == "VECTOR"
	}
	return false
}
