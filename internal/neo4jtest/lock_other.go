//go:build !unix

package neo4jtest

// lock is a no-op where flock is unavailable; run tests with -p 1 there.
func lock() error { return nil }
