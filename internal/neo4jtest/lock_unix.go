//go:build unix

package neo4jtest

import (
	"os"
	"path/filepath"
	"syscall"
)

// lockFile stays open for the life of the process: closing it would release the lock.
var lockFile *os.File

// lock serializes the tests of every govkg checkout on the machine that use the test
// server (go test runs packages in parallel, and each wipes the one user database of
// Neo4j Community). The lock is released when the process exits. waiting is called
// once if another process holds the lock, before lock waits for it.
func lock(waiting func()) error {
	f, err := os.OpenFile(filepath.Join(os.TempDir(), "govkg-neo4j-tests.lock"), os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		return err
	}
	if syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) == nil {
		lockFile = f
		return nil
	}
	waiting()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return err
	}
	lockFile = f
	return nil
}

// locked reports whether lock took the lock.
func locked() bool { return lockFile != nil }
