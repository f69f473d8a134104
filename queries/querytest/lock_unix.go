//go:build unix

package querytest

import (
	"os"
	"path/filepath"
	"syscall"
)

// lockFile stays open for the life of the process: closing it would release the lock.
var lockFile *os.File

// lockDatabase takes the lock file the graph package's tests use, so packages that
// share the one database of Neo4j Community do not wipe each other's data mid-test
// when go test runs them in parallel. It is released when the process exits.
func lockDatabase() error {
	f, err := os.OpenFile(filepath.Join(os.TempDir(), "govkg-neo4j-tests.lock"), os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		return err
	}
	lockFile = f
	return syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
}
