package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/schema"
)

// graphCommands are the commands that talk to Neo4j.
func graphCommands(f *cmdutil.Factory) []*cobra.Command {
	cmds := []*cobra.Command{NewCmdDoctor(f, nil), NewCmdSchema(f), NewCmdBuild(f, nil), NewCmdRemove(f, nil)}
	cmds = append(cmds, queryCommands(f)...)
	return append(cmds, exportCommands(f)...)
}

// DoctorOptions are the inputs of `govkg doctor`.
type DoctorOptions struct {
	IO      *cmdutil.IOStreams
	Factory *cmdutil.Factory
}

// NewCmdDoctor builds `govkg doctor`.
func NewCmdDoctor(f *cmdutil.Factory, runF func(*DoctorOptions) error) *cobra.Command {
	opts := &DoctorOptions{IO: f.IO, Factory: f}
	return &cobra.Command{
		Use:   "doctor",
		Short: "Check the Neo4j connection: server version, edition, database and schema",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return doctorRun(cmd.Context(), opts)
		},
	}
}

func doctorRun(ctx context.Context, opts *DoctorOptions) error {
	c, err := opts.Factory.Graph(ctx)
	if err != nil {
		return err
	}
	info, err := c.ServerInfo(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.Out, "connection  %s\nserver      Neo4j %s %s (%s, Bolt %s)\ndatabase    %s\n",
		c.Config().String(), info.Version, info.Edition, info.Address, info.Protocol, info.Database)
	st, err := c.SchemaStatus(ctx)
	if err != nil {
		return err
	}
	switch {
	case st.StoredVersion == 0:
		fmt.Fprintf(opts.IO.Out, "schema      not applied (run: govkg schema apply)\n")
	case st.OK():
		fmt.Fprintf(opts.IO.Out, "schema      v%d, complete (%d constraints and indexes)\n", st.StoredVersion, len(st.Present))
	default:
		fmt.Fprintf(opts.IO.Out, "schema      v%d stored, v%d in govkg; %d missing, %d problems (run: govkg schema apply)\n",
			st.StoredVersion, st.CodeVersion, len(st.Missing), len(st.Problems))
	}
	return nil
}

// NewCmdSchema builds `govkg schema apply|show`.
func NewCmdSchema(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Create or show the graph's constraints, indexes and schema version",
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "apply",
		Short: "Create every constraint and index (idempotent) and store the schema version",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := f.Graph(cmd.Context())
			if err != nil {
				return err
			}
			if err := c.ApplySchema(cmd.Context()); err != nil {
				return err
			}
			fmt.Fprintf(f.IO.Out, "schema v%d applied\n", schema.Version)
			return nil
		},
	})
	var format string
	show := &cobra.Command{
		Use:   "show",
		Short: "List what the database has and what is missing",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := cmdutil.CheckFormat(format, "table", "json"); err != nil {
				return err
			}
			c, err := f.Graph(cmd.Context())
			if err != nil {
				return err
			}
			st, err := c.SchemaStatus(cmd.Context())
			if err != nil {
				return err
			}
			if format == "json" {
				return encodeJSON(f.IO, st)
			}
			fmt.Fprintln(f.IO.Out, st.String())
			return nil
		},
	}
	cmdutil.AddFormatFlag(show, &format, "table", "json")
	cmd.AddCommand(show)
	return cmd
}

func encodeJSON(io *cmdutil.IOStreams, v any) error {
	enc := json.NewEncoder(io.Out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

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
			c, err := f.Graph(cmd.Context())
			if err != nil {
				return err
			}
			if err := c.Remove(cmd.Context(), opts.ReportID); err != nil {
				return err
			}
			fmt.Fprintf(opts.IO.Out, "removed %s\n", opts.ReportID)
			return nil
		},
	}
}
