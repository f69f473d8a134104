package main

import (
	"github.com/spf13/cobra"

	"github.com/govkg/govkg/cmd/cmdutil"
)

// queryCommands are the saved-query and relation commands (query, related, path,
// evidence, timeline).
func queryCommands(f *cmdutil.Factory) []*cobra.Command { return nil }
