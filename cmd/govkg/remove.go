package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/govkg/govkg/cmd/cmdutil"
)

// RemoveOptions are the inputs of `govkg remove`.
type RemoveOptions struct {
	IO       *cmdutil.IOStreams
	Factory  *cmdutil.Factory
	ReportID string
}

// NewCmdRemove builds `govkg remove REPORT_ID`.
func NewCmdRemove(f *cmdutil.Factory, runF func(*RemoveOptions) error) *cobra.Command {
	opts := &RemoveOptions{IO: f.IO, Factory: f}
	return &cobra.Command{
		Use:     "remove REPORT_ID",
		Short:   "Remove a report and everything only it supported",
		Example: "  govkg remove 440307-2025-gwr",
		Args:    usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ReportID = args[0]
			if runF != nil {
				return runF(opts)
			}
			return removeRun(cmd.Context(), opts)
		},
	}
}

func removeRun(ctx context.Context, opts *RemoveOptions) error {
	c, err := opts.Factory.Graph(ctx)
	if err != nil {
		return err
	}
	if err := c.Remove(ctx, opts.ReportID); err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.Out, "removed %s\n", opts.ReportID)
	return nil
}
