package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/extract/eval"
)

// EvalOptions are the inputs of `govkg eval`.
type EvalOptions struct {
	IO         *cmdutil.IOStreams
	GoldDir    string
	ReportsDir string
	Format     string
	Details    bool
}

// NewCmdEval builds `govkg eval GOLD_DIR`.
func NewCmdEval(f *cmdutil.Factory, runF func(*EvalOptions) error) *cobra.Command {
	opts := &EvalOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "eval GOLD_DIR",
		Short: "Score extraction against gold sets: precision, recall and F1 per type",
		Long: `Eval runs the extractor on the reports that the gold sets name and prints, per entity
type, the gold count, strict and lenient precision, recall and F1, then the misses and
the spurious names. Strict compares normalized names (metro lines by line key);
lenient accepts one name containing the other when the shorter is at least 60% of the
longer.`,
		Example: `  govkg eval testdata/gold`,
		Args:    usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.GoldDir = args[0]
			if opts.ReportsDir == "" {
				opts.ReportsDir = filepath.Join(filepath.Dir(filepath.Clean(opts.GoldDir)), "reports")
			}
			if runF != nil {
				return runF(opts)
			}
			return evalRun(opts)
		},
	}
	cmdutil.AddFormatFlag(cmd, &opts.Format, "table", "json")
	cmd.Flags().StringVar(&opts.ReportsDir, "reports", "", "directory of the reports the gold sets name (default: GOLD_DIR/../reports)")
	cmd.Flags().BoolVar(&opts.Details, "details", true, "list misses and spurious names")
	return cmd
}

func evalRun(opts *EvalOptions) error {
	scores, err := eval.Run(opts.GoldDir, opts.ReportsDir)
	if err != nil {
		return err
	}
	if opts.Format == "json" {
		return cmdutil.EncodeJSON(opts.IO.Out, scores)
	}
	t := cmdutil.Table{Columns: []string{"type", "gold", "pred", "strict_P", "strict_R", "strict_F1", "lenient_P", "lenient_R", "lenient_F1"}}
	for _, s := range scores {
		t.Rows = append(t.Rows, []any{string(s.Type), s.Gold, s.Predicted, f2(s.StrictP), f2(s.StrictR), f2(s.StrictF1), f2(s.LenientP), f2(s.LenientR), f2(s.LenientF1)})
	}
	if err := t.Print(opts.IO.Out, "table"); err != nil {
		return err
	}
	if opts.Details {
		for _, s := range scores {
			fmt.Fprintf(opts.IO.Out, "\n%s misses (%d): %s\n", s.Type, len(s.Misses), strings.Join(s.Misses, " "))
			fmt.Fprintf(opts.IO.Out, "%s spurious (%d): %s\n", s.Type, len(s.Spurious), strings.Join(s.Spurious, " "))
		}
	}
	return nil
}

func f2(v float64) string { return fmt.Sprintf("%.2f", v) }
