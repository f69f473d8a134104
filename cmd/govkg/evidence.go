package main

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/queries"
)

// EvidenceOptions are the inputs of `govkg evidence`.
type EvidenceOptions struct {
	IO       *cmdutil.IOStreams
	Factory  *cmdutil.Factory
	From, To string
	Format   string
}

// NewCmdEvidence builds `govkg evidence A B`.
func NewCmdEvidence(f *cmdutil.Factory, runF func(*EvidenceOptions) error) *cobra.Command {
	opts := &EvidenceOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "evidence A B",
		Short: "Show the sentences that support the relations between two entities",
		Example: `  govkg evidence 龙岗 靖西市
  govkg evidence 比亚迪 坪山区 --format csv`,
		Args: usageArgs(cobra.ExactArgs(2)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.From, opts.To = args[0], args[1]
			if runF != nil {
				return runF(opts)
			}
			return evidenceRun(cmd.Context(), opts)
		},
	}
	cmdutil.AddFormatFlag(cmd, &opts.Format, cmdutil.TableFormats...)
	return cmd
}

// evidenceRun runs the saved query relation-evidence for the two entities.
func evidenceRun(ctx context.Context, opts *EvidenceOptions) error {
	return pairRun(ctx, opts.Factory, opts.IO, opts.Format, opts.From, opts.To, queries.RelationEvidence, nil,
		"no relation between %s and %s (try: govkg path)\n", false)
}
