package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/schema"
)

// SchemaApplyOptions are the inputs of `govkg schema apply`.
type SchemaApplyOptions struct {
	IO      *cmdutil.IOStreams
	Factory *cmdutil.Factory
}

// SchemaShowOptions are the inputs of `govkg schema show`.
type SchemaShowOptions struct {
	IO      *cmdutil.IOStreams
	Factory *cmdutil.Factory
	Format  string
}

// NewCmdSchema builds `govkg schema apply|show`.
func NewCmdSchema(f *cmdutil.Factory, applyF func(*SchemaApplyOptions) error, showF func(*SchemaShowOptions) error) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Create or show the graph's constraints, indexes and schema version",
	}
	ao := &SchemaApplyOptions{IO: f.IO, Factory: f}
	cmd.AddCommand(&cobra.Command{
		Use:   "apply",
		Short: "Create every constraint and index (idempotent) and store the schema version",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if applyF != nil {
				return applyF(ao)
			}
			return schemaApplyRun(cmd.Context(), ao)
		},
	})
	so := &SchemaShowOptions{IO: f.IO, Factory: f}
	show := &cobra.Command{
		Use:   "show",
		Short: "List what the database has and what is missing",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if showF != nil {
				return showF(so)
			}
			return schemaShowRun(cmd.Context(), so)
		},
	}
	cmdutil.AddFormatFlag(show, &so.Format, "table", "json")
	cmd.AddCommand(show)
	return cmd
}

func schemaApplyRun(ctx context.Context, opts *SchemaApplyOptions) error {
	c, err := opts.Factory.Graph(ctx)
	if err != nil {
		return err
	}
	if err := c.ApplySchema(ctx); err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.Out, "schema v%d applied\n", schema.Version)
	return nil
}

func schemaShowRun(ctx context.Context, opts *SchemaShowOptions) error {
	c, err := opts.Factory.Graph(ctx)
	if err != nil {
		return err
	}
	st, err := c.SchemaStatus(ctx)
	if err != nil {
		return err
	}
	if opts.Format == "json" {
		return cmdutil.EncodeJSON(opts.IO.Out, st)
	}
	fmt.Fprintln(opts.IO.Out, st.String())
	return nil
}
