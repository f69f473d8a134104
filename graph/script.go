package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/govkg/govkg"
	"github.com/govkg/govkg/graph/export"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// scriptBatch is how many statements of a script share one transaction.
const scriptBatch = 500

// RunScript executes a Cypher script (such as `govkg export --format cypher` writes)
// statement by statement, in write transactions of up to scriptBatch statements
// (schema commands, which cannot share a transaction with writes, run on their own).
// It returns how many statements ran. Scripts are trusted input: run only your own.
func (c *Client) RunScript(ctx context.Context, r io.Reader) (int, error) {
	var batch []string
	var lines []int
	n := 0
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		sess := c.session(ctx, neo4j.AccessModeWrite)
		defer sess.Close(ctx)
		failed := 0
		_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			for i, s := range batch {
				res, err := tx.Run(ctx, s, nil)
				if err == nil {
					_, err = res.Consume(ctx)
				}
				if err != nil {
					failed = i
					return nil, err
				}
			}
			return nil, nil
		})
		if err != nil {
			return c.cfg.wrap(err, fmt.Sprintf("script statement at line %d", lines[failed]))
		}
		n += len(batch)
		batch, lines = batch[:0], lines[:0]
		return nil
	}
	err := export.SplitStatements(r, func(stmt string, line int) error {
		if isSchemaCommand(stmt) {
			if err := flush(); err != nil {
				return err
			}
			sess := c.session(ctx, neo4j.AccessModeWrite)
			defer sess.Close(ctx)
			res, err := sess.Run(ctx, stmt, nil)
			if err == nil {
				_, err = res.Consume(ctx)
			}
			if err != nil {
				return c.cfg.wrap(err, fmt.Sprintf("script statement at line %d", line))
			}
			n++
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
