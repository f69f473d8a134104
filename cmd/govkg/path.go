package main

import (
	"context"

	"github.com/spf13/cobra"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/queries"
)

// PathOptions are the inputs of `govkg path`.
type PathOptions struct {
	IO       *cmdutil.IOStreams
	Factory  *cmdutil.Factory
	From, To string
	Max      int
	Format   string
}

// NewCmdPath builds `govkg path A B`.
func NewCmdPath(f *cmdutil.Factory, runF func(*PathOptions) error) *cobra.Command {
	opts := &PathOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "path A B",
		Short: "Show the shortest chains of relations between two entities, each hop with its evidence",
		Long: `Path finds the shortest paths (up to 6 hops) between two entities over extracted
relations and prints each hop with the sentence that supports it.`,
		Example: `  govkg path 坪山区 比亚迪
  govkg path 龙岗 靖西 --max 3 --format json`,
		Args: usageArgs(cobra.ExactArgs(2)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.From, opts.To = args[0], args[1]
			if runF != nil {
				return runF(opts)
			}
			return pathRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().IntVar(&opts.Max, "max", 5, "most paths shown")
	cmdutil.AddFormatFlag(cmd, &opts.Format, cmdutil.TableFormats...)
	return cmd
}

// pathRun runs the saved query shortest-path for the two entities.
func pathRun(ctx context.Context, opts *PathOptions) error {
	if opts.Max < 1 {
		return govkg.Errorf(govkg.EUSAGE, "--max %d: want a positive number", opts.Max)
	}
	return pairRun(ctx, opts.Factory, opts.IO, opts.Format, opts.From, opts.To, queries.ShortestPath,
		map[string]any{"max_paths": int64(opts.Max)}, "no path of at most 6 relations between %s and %s\n", true)
}
