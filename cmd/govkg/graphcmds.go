package main

import (
	"github.com/spf13/cobra"

	"github.com/govkg/govkg/cmd/cmdutil"
)

// graphCommands are the commands that talk to Neo4j.
func graphCommands(f *cmdutil.Factory) []*cobra.Command {
	return nil
}
