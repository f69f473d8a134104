package main

import (
	"fmt"

	"github.com/spf13/cobra"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/extract/eval"
)

// GoldCheckOptions are the inputs of `govkg gold check`.
type GoldCheckOptions struct {
	IO      *cmdutil.IOStreams
	GoldDir string
}

// NewCmdGold builds `govkg gold`, the commands that look after the gold corpus.
func NewCmdGold(f *cmdutil.Factory, runF func(*GoldCheckOptions) error) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "gold",
		Short: "Look after the gold corpus (check)",
	}
	opts := &GoldCheckOptions{IO: f.IO}
	check := &cobra.Command{
		Use:   "check [GOLD_DIR]",
		Short: "Check every gold set against its report and the manifest",
		Long: `Check reads GOLD_DIR/split.tsv (default testdata/gold) and every gold set it lists, and
reports each problem on one line: a report missing or unreadable; an evidence snippet
that is not in its report (compared after NFKC, without white space, Markdown markers
or the difference between quotation marks); a mention whose text is not inside its
snippet; a relation whose end is not an entity of the same set or not of a type the
relation allows; an unknown status, stance, metric, basis, measure or unit; a name
listed twice; a city in two splits; a gold file the manifest does not list. It exits 1
when there is any problem.`,
		Args: usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.GoldDir = DefaultGoldDir
			if len(args) == 1 {
				opts.GoldDir = args[0]
			}
			if runF != nil {
				return runF(opts)
			}
			return goldCheckRun(opts)
		},
	}
	cmd.AddCommand(check)
	return cmd
}

func goldCheckRun(opts *GoldCheckOptions) error {
	c, err := eval.LoadCorpus(opts.GoldDir)
	if err != nil {
		return err
	}
	problems := eval.Check(c)
	for _, p := range problems {
		fmt.Fprintln(opts.IO.ErrOut, p.String())
	}
	sum := c.SplitSummary()
	for _, s := range eval.Splits {
		fmt.Fprintf(opts.IO.Out, "%-6s %3d reports, %2d cities\n", s, sum[s][0], sum[s][1])
	}
	if len(problems) > 0 {
		return govkg.Errorf(govkg.EINPUT, "%d problems in the gold corpus", len(problems))
	}
	fmt.Fprintf(opts.IO.Out, "%d gold sets, no problems\n", len(c.Golds))
	return nil
}
