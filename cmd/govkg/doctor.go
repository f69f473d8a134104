package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/govkg/govkg/cmd/cmdutil"
)

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
