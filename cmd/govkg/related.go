package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/queries"
	"github.com/govkg/govkg/schema"
)

// RelatedOptions are the inputs of `govkg related`.
type RelatedOptions struct {
	IO      *cmdutil.IOStreams
	Factory *cmdutil.Factory
	Name    string
	Types   []string // relation types to follow (queries.EntityRelTypes); empty for all
	Label   string   // entity type of Name, to disambiguate
	Depth   int
	Limit   int
	Format  string
}

// NewCmdRelated builds `govkg related NAME`.
func NewCmdRelated(f *cmdutil.Factory, runF func(*RelatedOptions) error) *cobra.Command {
	opts := &RelatedOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "related NAME",
		Short: "Show what an entity is linked to, grouped by relation type, with reports and years",
		Long: `Related resolves NAME by exact canonical name, then alias, then the full-text index
(坪山 finds 坪山区, 14号线 finds 深圳地铁14号线) and lists the entities linked to it by
extracted relations, grouped by relation type, with the reports that support each link.
With --depth 2 or 3 it goes further out, one ring at a time; "via" names the entity of
the previous ring the link starts from.`,
		Example: `  govkg related 坪山
  govkg related 14号线 --type SERVES
  govkg related 比亚迪 --depth 2 --format json`,
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			if runF != nil {
				return runF(opts)
			}
			return relatedRun(cmd.Context(), opts)
		},
	}
	cmdutil.AddEnumListFlag(cmd, &opts.Types, "type", "t", "follow only these relation types (e.g. SERVES,ASSISTS)", queries.EntityRelTypes...)
	cmdutil.AddEnumFlag(cmd, &opts.Label, "label", "l", "entity type of NAME when the name is ambiguous", append([]string{""}, schema.EntityLabels...)...)
	cmd.Flags().IntVarP(&opts.Depth, "depth", "d", 1, "how many links out to go (1–3)")
	cmd.Flags().IntVar(&opts.Limit, "limit", 500, "most rows printed")
	cmdutil.AddFormatFlag(cmd, &opts.Format, cmdutil.TableFormats...)
	return cmd
}

// relatedRun runs queries.RelatedRing once per ring, from the entity NAME resolves to.
func relatedRun(ctx context.Context, opts *RelatedOptions) error {
	if opts.Depth < 1 || opts.Depth > 3 {
		return govkg.Errorf(govkg.EUSAGE, "--depth %d: want 1, 2 or 3", opts.Depth)
	}
	if opts.Limit < 1 {
		return govkg.Errorf(govkg.EUSAGE, "--limit %d: want a positive number", opts.Limit)
	}
	types := append([]string{}, opts.Types...)
	var labels []string
	if opts.Label != "" {
		labels = []string{opts.Label}
	}
	c, err := opts.Factory.Graph(ctx)
	if err != nil {
		return err
	}
	ref, err := resolveEntity(ctx, opts.IO, c, opts.Name, labels...)
	if err != nil {
		return err
	}
	cols := []string{"relation", "direction", "type", "name", "detail", "reports", "years"}
	if opts.Depth > 1 {
		cols = append([]string{"depth", "via"}, cols...)
	}
	seen := map[string]bool{ref.ID: true}
	frontier := []string{ref.ID}
	var rows [][]any
	truncated := false
	for depth := 1; depth <= opts.Depth && len(frontier) > 0 && !truncated; depth++ {
		ringCols, ring, err := c.ReadTable(ctx, queries.RelatedRing, map[string]any{"ids": frontier, "types": types})
		if err != nil {
			return err
		}
		at := make(map[string]int, len(ringCols))
		for i, col := range ringCols {
			at[col] = i
		}
		var next []string
		for _, r := range ring {
			id, _ := r[at["id"]].(string)
			if seen[id] && depth > 1 {
				continue // reached by a shorter way already
			}
			if len(rows) >= opts.Limit {
				truncated = true
				break
			}
			var row []any
			if opts.Depth > 1 {
				row = []any{int64(depth), r[at["via"]]}
			}
			for _, col := range cols[len(row):] {
				row = append(row, r[at[col]])
			}
			rows = append(rows, row)
			if !seen[id] {
				next = append(next, id)
			}
		}
		for _, id := range next {
			seen[id] = true
		}
		frontier = next
	}
	if truncated {
		fmt.Fprintf(opts.IO.ErrOut, "showing the first %d links (raise --limit for more)\n", opts.Limit)
	}
	return cmdutil.PrintTable(opts.IO, opts.Format, cmdutil.Table{Columns: cols, Rows: rows, Keep: append([]string{ref.Name}, ref.Aliases...)})
}
