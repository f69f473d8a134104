//go:build !unix

package graph

func lockDatabase() error { return nil }
