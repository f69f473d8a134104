//go:build unix

package graph

import (
	"os"
	"path/filepath"
	"syscall"
)

// lockDatabase serializes Neo4j tests across test processes (go test runs packages in
// parallel, and every graph test wipes the one user database of Community edition).
// The lock is released when the process exits.
func lockDatabase() error {
	f, err := os.OpenFile(filepath.Join(os.TempDir(), "govkg-neo4j-tests.lock"), os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		return err
	}
	lockFile = f // keep it reachable: closing the file would release the lock
	return syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
}

var lockFile *os.File
