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
		Short: "Look after the gold corpus (check, agree)",
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
	cmd.AddCommand(check, NewCmdGoldAgree(f, nil))
	return cmd
}

// GoldAgreeOptions are the inputs of `govkg gold agree`.
type GoldAgreeOptions struct {
	IO        *cmdutil.IOStreams
	SecondDir string // second annotations, with their own split.tsv
	GoldDir   string
	Splits    []string
	Format    string
	Details   bool
	ByReport  bool // one row per report instead of the per-type tables
}

// NewCmdGoldAgree builds `govkg gold agree SECOND_DIR`: how far a second, independent
// annotation of some gold reports agrees with the gold, scored as eval scores the
// extractor. That agreement bounds what any extractor can score on those gold sets.
func NewCmdGoldAgree(f *cmdutil.Factory, runF func(*GoldAgreeOptions) error) *cobra.Command {
	opts := &GoldAgreeOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "agree SECOND_DIR",
		Short: "Score second, independent annotations of gold reports against the gold (annotator agreement)",
		Long: `Agree reads the gold sets SECOND_DIR/split.tsv lists (second annotations, made from the
report and the guide without seeing the gold) and scores each against the gold set of the
same name in --gold (default testdata/gold), with eval's measures: per entity type,
relation type and for indicator facts, the gold count, the second annotation's count,
strict and lenient precision, recall and F1. Relations and indicators count only where
both annotate them. The F1 of one careful annotator against another is the most a gold
set can tell apart: an extractor score near it is at the gold's own noise.`,
		Example: `  govkg gold agree testdata/gold-agree
  govkg gold agree testdata/gold-agree --split test --details=false --format json
  govkg gold agree testdata/gold-agree --by-report     # which reports the annotators read apart`,
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.SecondDir = args[0]
			splits, err := checkSplits(opts.Splits)
			if err != nil {
				return err
			}
			opts.Splits = splits
			if runF != nil {
				return runF(opts)
			}
			return goldAgreeRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.GoldDir, "gold", DefaultGoldDir, "the gold corpus the second annotations are scored against")
	addSplitFlag(cmd, &opts.Splits)
	cmdutil.AddFormatFlag(cmd, &opts.Format, "table", "json", "csv")
	cmd.Flags().BoolVar(&opts.Details, "details", true, "list the items only one annotation has")
	cmd.Flags().BoolVar(&opts.ByReport, "by-report", false, "one row per report: its lenient entity and relation macro F1 and indicator F1")
	return cmd
}

func goldAgreeRun(opts *GoldAgreeOptions) error {
	gold, err := eval.LoadCorpus(opts.GoldDir)
	if err != nil {
		return err
	}
	second, err := eval.LoadCorpus(opts.SecondDir)
	if err != nil {
		return err
	}
	if problems := eval.Check(second); len(problems) > 0 {
		return govkg.Errorf(govkg.EINPUT, "%s: %d problems in the second annotations, first: %s (run govkg gold check %s)", opts.SecondDir, len(problems), problems[0], opts.SecondDir)
	}
	known := map[string]bool{}
	for _, g := range gold.Golds {
		known[g.Name] = true
	}
	for _, o := range second.Golds {
		if !known[o.Name] {
			return govkg.Errorf(govkg.EINPUT, "%s: %s has no gold set of that name in %s", opts.SecondDir, o.Name+".json", opts.GoldDir)
		}
	}
	var results []*eval.Result
	byReport := cmdutil.Table{Columns: []string{"report", "split", "entities", "relations", "indicators"}}
	for _, s := range opts.Splits {
		golds, err := gold.Select(s)
		if err != nil {
			return err
		}
		others, err := second.Select(s)
		if err != nil {
			return err
		}
		if len(others) == 0 {
			continue
		}
		if !opts.ByReport {
			results = append(results, eval.Agree(s, golds, others))
			continue
		}
		for _, o := range others {
			r := eval.Agree(s, golds, []eval.Gold{o})
			byReport.Rows = append(byReport.Rows, []any{o.Name, o.Split, f2(eval.Macro(r.Entities, false)), f2(eval.Macro(r.Relations, false)), f2(r.Indicators.LenientF1)})
		}
	}
	if opts.ByReport {
		return byReport.Print(opts.IO.Out, opts.Format)
	}
	if opts.Format == "csv" {
		return govkg.Errorf(govkg.EUSAGE, "--format csv needs --by-report (the per-type tables are table or json)")
	}
	return printResults(&EvalOptions{IO: opts.IO, Format: opts.Format, Details: opts.Details, DetailsSet: true}, results) // two annotations apart: no extractor to tune
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
