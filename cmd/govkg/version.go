package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/schema"
)

// VersionOptions are the inputs of `govkg version`.
type VersionOptions struct {
	IO *cmdutil.IOStreams
}

// NewCmdVersion builds `govkg version`.
func NewCmdVersion(f *cmdutil.Factory, runF func(*VersionOptions) error) *cobra.Command {
	opts := &VersionOptions{IO: f.IO}
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of govkg, its graph schema and Go",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return versionRun(opts)
		},
	}
}

func versionRun(opts *VersionOptions) error {
	v := version
	if bi, ok := debug.ReadBuildInfo(); ok && v == "dev" {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				v = "dev-" + s.Value[:12]
			}
		}
	}
	fmt.Fprintf(opts.IO.Out, "govkg %s (graph schema v%d, %s)\n", v, schema.Version, runtime.Version())
	return nil
}
