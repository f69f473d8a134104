package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/queries"
)

// TimelineOptions are the inputs of `govkg timeline`.
type TimelineOptions struct {
	IO      *cmdutil.IOStreams
	Factory *cmdutil.Factory
	Name    string
	Format  string
}

// timelineTypes are the entity types reports give a status to.
var timelineTypes = []string{string(govkg.TypeProject), string(govkg.TypePark), string(govkg.TypeMetroLine)}

// NewCmdTimeline builds `govkg timeline NAME`.
func NewCmdTimeline(f *cmdutil.Factory, runF func(*TimelineOptions) error) *cobra.Command {
	opts := &TimelineOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "timeline NAME",
		Short: "Show every status reports give a project, park or metro line, in time order",
		Long: `Timeline lists the STATUS facts of a project, park or metro line across all reports,
ordered by year: what was achieved (stance achieved) and what was promised (planned),
with the sentence that says so.`,
		Example: `  govkg timeline 16号线
  govkg timeline 龙岗国际艺术中心 --format json`,
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			if runF != nil {
				return runF(opts)
			}
			return timelineRun(cmd.Context(), opts)
		},
	}
	cmdutil.AddFormatFlag(cmd, &opts.Format, cmdutil.TableFormats...)
	return cmd
}

// timelineRun runs the saved query status-timeline for the one entity NAME resolves to;
// its item and type columns, the same on every row, are left out.
func timelineRun(ctx context.Context, opts *TimelineOptions) error {
	cypher, ok := queries.ByID(queries.StatusTimeline)
	if !ok {
		return govkg.Errorf(govkg.EINTERNAL, "no relation query %s", queries.StatusTimeline)
	}
	c, err := opts.Factory.Graph(ctx)
	if err != nil {
		return err
	}
	ref, err := resolveEntity(ctx, opts.IO, c, opts.Name, timelineTypes...)
	if err != nil {
		return err
	}
	cols, rows, err := c.ReadTable(ctx, cypher, map[string]any{"name": ref.ID})
	if err != nil {
		return err
	}
	const same = 2 // item, type
	if len(cols) < same || cols[0] != "item" || cols[1] != "type" {
		return govkg.Errorf(govkg.EINTERNAL, "%s returns %v, want item and type first", queries.StatusTimeline, cols)
	}
	for i, r := range rows {
		rows[i] = r[same:]
	}
	if len(rows) == 0 {
		fmt.Fprintf(opts.IO.ErrOut, "no report gives %s a status\n", ref)
	}
	return cmdutil.PrintTable(opts.IO, opts.Format, cmdutil.Table{Columns: cols[same:], Rows: rows, Keep: append([]string{ref.Name}, ref.Aliases...)})
}
