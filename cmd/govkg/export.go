package main

import (
	"github.com/spf13/cobra"

	"github.com/govkg/govkg/cmd/cmdutil"
)

// exportCommands are the export commands.
func exportCommands(f *cmdutil.Factory) []*cobra.Command { return nil }
