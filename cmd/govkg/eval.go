package main

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/extract/eval"
)

// DefaultGoldDir is where the repository keeps its gold corpus and its manifest.
const DefaultGoldDir = "testdata/gold"

// EvalOptions are the inputs of `govkg eval`.
type EvalOptions struct {
	IO      *cmdutil.IOStreams
	GoldDir string
	Splits  []string
	Format  string
	Details bool
	// DetailsSet says --details was given: the test split's lists are printed only then.
	DetailsSet bool
	From       string // a saved extraction to score instead of running the extractor
	// Bootstrap is the number of city resamples for the 95% intervals of lenient F1
	// (0: none).
	Bootstrap int
	// Baseline is a saved extraction to compare with: the output is then, per type, its
	// F1, this run's and the change (with --bootstrap, the change's interval).
	Baseline string
}

// NewCmdEval builds `govkg eval [GOLD_DIR]`.
func NewCmdEval(f *cmdutil.Factory, runF func(*EvalOptions) error) *cobra.Command {
	opts := &EvalOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "eval [GOLD_DIR]",
		Short: "Score extraction against the gold corpus: entities, relations and indicators per split",
		Long: `Eval runs the extractor on the reports of the gold sets listed in GOLD_DIR/split.tsv
(default testdata/gold) and prints, for each split (test, dev, train, seeds), per entity
type the gold count, strict and lenient precision, recall and F1; per relation type the
same over tuples of canonical names (with the status of STATUS and the kind of ASSISTS);
and the indicator facts (metric, year, actual or target, level or growth, value, unit).
Strict compares normalized names (metro lines by line key); lenient accepts one name
containing the other when the shorter is at least 60% of the longer. Misses and
spurious items follow each table — the test split's only with --details given: its
cities are for reporting, and a list of its misses on the screen is a list to tune on.

With --bootstrap N, each lenient F1 and macro gets the central 95% interval of N
resamples of the split's cities drawn with replacement: how far the figure would move on
other cities of the same kind (a type with a few dozen gold items moves a lot).

With --baseline FILE (a saved extraction of the same reports, say from before a change),
eval prints per type the baseline's lenient F1, this run's and the change; with
--bootstrap too, the interval of each change over the same resampled cities for both
sides: a change whose interval holds 0 is one the split cannot tell from none.

The test split is for reporting only: choose rules, features and thresholds on train
and dev.`,
		Example: `  govkg eval                       # every split
  govkg eval --split test          # the cities nothing was tuned on
  govkg eval --split dev --details=false --format json
  govkg eval --split test --details=false --bootstrap 1000
  govkg eval --split dev --baseline before.json --bootstrap 1000`,
		Args: usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.GoldDir = DefaultGoldDir
			if len(args) == 1 {
				opts.GoldDir = args[0]
			}
			splits, err := checkSplits(opts.Splits)
			if err != nil {
				return err
			}
			opts.Splits = splits
			opts.DetailsSet = cmd.Flags().Changed("details")
			if opts.Bootstrap < 0 {
				return govkg.Errorf(govkg.EUSAGE, "--bootstrap %d: want 0 (none) or a number of resamples", opts.Bootstrap)
			}
			if runF != nil {
				return runF(opts)
			}
			return evalRun(opts)
		},
	}
	cmdutil.AddFormatFlag(cmd, &opts.Format, "table", "json")
	addSplitFlag(cmd, &opts.Splits)
	cmd.Flags().BoolVar(&opts.Details, "details", true, "list misses and spurious items (for the test split only when given)")
	cmd.Flags().StringVar(&opts.From, "from", "", "score this saved extraction (govkg extract --format json) instead of running the extractor")
	cmd.Flags().IntVar(&opts.Bootstrap, "bootstrap", 0, "resample the split's cities `N` times for 95% intervals of lenient F1 (0: none)")
	cmd.Flags().StringVar(&opts.Baseline, "baseline", "", "compare with this saved extraction (govkg extract --format json): per type its F1, this run's and the change")
	return cmd
}

// bootstrapSeed fixes the resamples: the same results give the same intervals.
const bootstrapSeed = 1

func evalRun(opts *EvalOptions) error {
	corpus, err := eval.LoadCorpus(opts.GoldDir)
	if err != nil {
		return err
	}
	var saved, base *govkg.Extraction
	if opts.From != "" {
		if saved, err = readExtraction(opts.From); err != nil {
			return err
		}
	}
	if opts.Baseline != "" {
		if base, err = readExtraction(opts.Baseline); err != nil {
			return err
		}
	}
	var results []*eval.Result
	var changes []splitChanges
	for _, s := range opts.Splits {
		var r *eval.Result
		var err error
		if saved != nil {
			r, err = eval.RunExtraction(corpus, s, saved)
		} else {
			r, err = eval.Run(corpus, s)
		}
		if err != nil {
			return err
		}
		if base != nil {
			rb, err := eval.RunExtraction(corpus, s, base)
			if err != nil {
				return govkg.Errorf(govkg.EINPUT, "--baseline %s: %v", opts.Baseline, err)
			}
			changes = append(changes, splitChanges{Split: s, Changes: eval.Compared(r, rb, opts.Bootstrap, bootstrapSeed)})
			continue
		}
		r.Bootstrap(opts.Bootstrap, bootstrapSeed)
		results = append(results, r)
	}
	if base != nil {
		return printChanges(opts, changes)
	}
	return printResults(opts, results)
}

// readExtraction reads a saved extraction (govkg extract --format json).
func readExtraction(path string) (*govkg.Extraction, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, govkg.Errorf(govkg.EINPUT, "%s: %v", path, err)
	}
	ext := &govkg.Extraction{}
	if err := json.Unmarshal(b, ext); err != nil {
		return nil, govkg.Errorf(govkg.EINPUT, "%s: not an extraction (govkg extract --format json): %v", path, err)
	}
	return ext, nil
}

// splitChanges are one split's changes against the baseline (eval --baseline).
type splitChanges struct {
	Split   string
	Changes []eval.Change
}

// printChanges writes each split's changes as a table (baseline, now, change and, with
// --bootstrap, its interval) or all of them as JSON.
func printChanges(opts *EvalOptions, all []splitChanges) error {
	if opts.Format == "json" {
		return cmdutil.EncodeJSON(opts.IO.Out, all)
	}
	w := opts.IO.Out
	for i, sc := range all {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "== split %s: lenient F1 against the baseline\n", sc.Split)
		t := cmdutil.Table{Columns: []string{"type", "baseline", "now", "change"}}
		if opts.Bootstrap > 0 {
			t.Columns = append(t.Columns, "change_95%")
		}
		for _, c := range sc.Changes {
			cells := []any{c.Type, fmt.Sprintf("%.4f", c.Baseline), fmt.Sprintf("%.4f", c.F1), fmt.Sprintf("%+.4f", c.Delta)}
			if opts.Bootstrap > 0 {
				ci := "-"
				if c.DeltaCI != nil {
					ci = fmt.Sprintf("%+.4f…%+.4f", c.DeltaCI.Low, c.DeltaCI.High)
				}
				cells = append(cells, ci)
			}
			t.Rows = append(t.Rows, cells)
		}
		if err := t.Print(w, "table"); err != nil {
			return err
		}
	}
	return nil
}

// addSplitFlag adds --split, the gold splits a command scores (eval, gold agree).
func addSplitFlag(cmd *cobra.Command, target *[]string) {
	cmd.Flags().StringSliceVar(target, "split", nil, "splits to score: test|dev|train|seeds|all (repeat or comma-separate; default: each split)")
	_ = cmd.RegisterFlagCompletionFunc("split", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return append(eval.Splits, eval.SplitAll), cobra.ShellCompDirectiveNoFileComp
	})
}

// checkSplits returns the splits --split names (every split when none), or a usage error
// naming the first it does not know.
func checkSplits(splits []string) ([]string, error) {
	if len(splits) == 0 {
		return eval.Splits, nil
	}
	known := append(append([]string{}, eval.Splits...), eval.SplitAll)
	for _, s := range splits {
		if !slices.Contains(known, s) {
			return nil, govkg.Errorf(govkg.EUSAGE, "unknown --split %q (want %s)", s, strings.Join(known, "|"))
		}
	}
	return splits, nil
}

// printResults writes the results of several splits as JSON or as tables one after
// another (eval's and gold agree's output).
func printResults(opts *EvalOptions, results []*eval.Result) error {
	if opts.Format == "json" {
		return cmdutil.EncodeJSON(opts.IO.Out, results)
	}
	for i, r := range results {
		if i > 0 {
			fmt.Fprintln(opts.IO.Out)
		}
		if err := printResult(opts, r); err != nil {
			return err
		}
	}
	return nil
}

func printResult(opts *EvalOptions, r *eval.Result) error {
	w := opts.IO.Out
	fmt.Fprintf(w, "== split %s: %d reports, %d cities\n", r.Split, r.Reports, r.Cities)
	ci := opts.Bootstrap > 0
	withCI := func(cells []any, iv *eval.Interval) []any {
		if !ci {
			return cells
		}
		if iv == nil {
			return append(cells, "-")
		}
		return append(cells, f2(iv.Low)+"–"+f2(iv.High))
	}
	row := func(s eval.Score) []any {
		if !s.Measured() {
			return withCI([]any{s.Type, 0, 0, "-", "-", "-", "-", "-", "-"}, nil)
		}
		return withCI([]any{s.Type, s.Gold, s.Predicted, f2(s.StrictP), f2(s.StrictR), f2(s.StrictF1), f2(s.LenientP), f2(s.LenientR), f2(s.LenientF1)}, s.CI)
	}
	cols := []string{"type", "gold", "pred", "strict_P", "strict_R", "strict_F1", "lenient_P", "lenient_R", "lenient_F1"}
	if ci {
		cols = append(cols, "lenient_F1_95%")
	}
	ents := cmdutil.Table{Columns: cols}
	for _, s := range r.Entities {
		ents.Rows = append(ents.Rows, row(s))
	}
	ents.Rows = append(ents.Rows, withCI([]any{"macro", "", "", "", "", f2(eval.Macro(r.Entities, true)), "", "", f2(eval.Macro(r.Entities, false))}, r.EntityMacroCI))
	if err := ents.Print(w, "table"); err != nil {
		return err
	}
	fmt.Fprintln(w)
	rels := cmdutil.Table{Columns: append([]string{"relation"}, cols[1:]...)}
	for _, s := range r.Relations {
		rels.Rows = append(rels.Rows, row(s))
	}
	rels.Rows = append(rels.Rows, withCI([]any{"macro", "", "", "", "", f2(eval.Macro(r.Relations, true)), "", "", f2(eval.Macro(r.Relations, false))}, r.RelationMacroCI))
	rels.Rows = append(rels.Rows, row(r.Indicators))
	if err := rels.Print(w, "table"); err != nil {
		return err
	}
	if opts.Details && (r.Split != eval.SplitTest || opts.DetailsSet) {
		all := append(append([]eval.Score{}, r.Entities...), r.Relations...)
		all = append(all, r.Indicators)
		for _, s := range all {
			fmt.Fprintf(w, "\n%s misses (%d): %s\n", s.Type, len(s.Misses), strings.Join(s.Misses, " "))
			fmt.Fprintf(w, "%s spurious (%d): %s\n", s.Type, len(s.Spurious), strings.Join(s.Spurious, " "))
		}
	}
	return nil
}

func f2(v float64) string { return fmt.Sprintf("%.2f", v) }
