//go:build !unix

package querytest

// lockDatabase is a no-op where flock is unavailable; run tests with -p 1 there.
func lockDatabase() error { return nil }
