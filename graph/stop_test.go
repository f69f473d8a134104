package graph

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/govkg/govkg"
)

// TestLostAndDuringCommit: which write errors stop a build (Neo4j gone, or the build
// interrupted) and which may hide a commit (issue 17, D3 and D4). A constraint error is
// neither: the builder writes each report of the group alone, as before.
func TestLostAndDuringCommit(t *testing.T) {
	conn := &neo4j.ConnectivityError{Inner: errors.New("dial tcp 127.0.0.1:7687: connect: connection refused")}
	commit := &neo4j.ConnectivityError{Inner: errors.New("Connection lost during commit: EOF")}
	for _, tc := range []struct {
		name         string
		err          error
		lost, commit bool
	}{
		{"nil", nil, false, false},
		{"connection refused", conn, true, false},
		{"connection lost during commit", commit, true, true},
		{"retries spent on a dead server", &neo4j.TransactionExecutionLimit{Cause: "timeout (exceeded max retry time: 30s)", Errors: []error{conn, conn}}, true, false},
		{"retries spent on deadlocks", &neo4j.TransactionExecutionLimit{Cause: "timeout", Errors: []error{&neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected"}}}, false, false},
		{"interrupted", fmt.Errorf("building: %w", context.Canceled), true, true},
		{"wrapped by the client", &govkg.Error{Code: govkg.EDB, Message: "building report x", Err: &causeError{msg: "x", err: commit}}, true, true},
		{"constraint", &neo4j.Neo4jError{Code: "Neo.ClientError.Schema.ConstraintValidationFailed"}, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := lost(tc.err); got != tc.lost {
				t.Errorf("lost = %v, want %v", got, tc.lost)
			}
			if got := tc.err != nil && duringCommit(tc.err); got != tc.commit {
				t.Errorf("duringCommit = %v, want %v", got, tc.commit)
			}
		})
	}
	stopped := notWrittenError(conn)
	if !errors.Is(stopped, ErrStopped) || govkg.ErrorCode(stopped) != govkg.EDB || stopped.Error() != "not written: Neo4j stopped answering: ConnectivityError: dial tcp 127.0.0.1:7687: connect: connection refused" {
		t.Errorf("notWrittenError = %q", stopped)
	}
	if r := StopReason(context.Canceled); r != "the build was interrupted" {
		t.Errorf("StopReason = %q", r)
	}
}
