//go:build !unix

package neo4jtest

// lock is a no-op where flock is unavailable; run tests with -p 1 there.
func lock(func()) error { lockTaken = true; return nil }

var lockTaken bool

// locked reports whether lock ran.
func locked() bool { return lockTaken }
