// Package cmdutil carries what every govkg command needs: IO streams that know whether
// they are a terminal, a lazily opened Neo4j client, and the shared output formats.
package cmdutil

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/govkg/govkg/graph"
)

// IOStreams are the command's standard streams. IsTTY decides between tables and
// progress for people, and plain output for scripts.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	IsTTY  bool
	// Wide prints table cells whole (--wide) instead of cutting long ones.
	Wide bool
}

// System returns the process's streams.
func System() *IOStreams {
	tty := false
	if fi, err := os.Stdout.Stat(); err == nil {
		tty = fi.Mode()&os.ModeCharDevice != 0
	}
	return &IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr, IsTTY: tty}
}

// Factory builds the shared dependencies of commands, lazily, once per process.
type Factory struct {
	IO      *IOStreams
	Verbose bool
	// Graph connection settings; filled from the environment and flags.
	GraphConfig graph.Config

	once   sync.Once
	client *graph.Client
	err    error
}

// Logf prints a line on stderr when --verbose is set. Never pass it secrets: the graph
// configuration's String form is the safe way to show a connection.
func (f *Factory) Logf(format string, args ...any) {
	if f.Verbose {
		fmt.Fprintf(f.IO.ErrOut, "govkg: "+format+"\n", args...)
	}
}

// Graph opens the Neo4j client on first use: one driver per process.
func (f *Factory) Graph(ctx context.Context) (*graph.Client, error) {
	f.once.Do(func() {
		f.Logf("connecting to %s", f.GraphConfig.String())
		f.client, f.err = graph.Open(ctx, f.GraphConfig)
	})
	return f.client, f.err
}

// Close releases the Neo4j client if it was opened.
func (f *Factory) Close(ctx context.Context) {
	if f.client != nil {
		_ = f.client.Close(ctx)
	}
}
