package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/extract"
	"github.com/govkg/govkg/extract/eval"
	"github.com/govkg/govkg/extract/tagger"
	"github.com/govkg/govkg/extract/train"
)

// DefaultModelPath is where the repository keeps the embedded tagger model.
const DefaultModelPath = "extract/model/tagger.bin.gz"

// DefaultOwnerPath is where the repository keeps the embedded owner ranker.
const DefaultOwnerPath = "extract/model/owner.bin.gz"

// DefaultDistrictPath is where the repository keeps the embedded district sense ranker.
const DefaultDistrictPath = "extract/model/district.bin.gz"

// TrainOptions are the inputs of `govkg train`.
type TrainOptions struct {
	IO       *cmdutil.IOStreams
	GoldDir  string
	Out      string
	OwnerOut string
	// DistrictOut is where the district sense ranker goes.
	DistrictOut string
	OwnerOnly   bool
	Epochs      int
	Orders      int
	Scheme      string
	Dropout     float64
	Ablation    bool
	Split       string
}

// NewCmdTrain builds `govkg train [GOLD_DIR]`.
func NewCmdTrain(f *cmdutil.Factory, runF func(*TrainOptions) error) *cobra.Command {
	opts := &TrainOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "train [GOLD_DIR]",
		Short: "Train the extractor's tagger and rankers on the gold corpus (train split, seeds; dev for the rankers)",
		Long: `Train rebuilds the tagger model from the gold sets of the train split and the seeds listed
in GOLD_DIR/split.tsv (default testdata/gold) and writes it to --out (default
extract/model/tagger.bin.gz, the model govkg embeds: rebuild govkg afterwards); then, from
those and the dev split's, the owner ranker, which reads where a company's name ends inside a project's or park's name
(--owner-out, default extract/model/owner.bin.gz), and the district sense ranker, which
reads whether a county's name found in the text names the county (--district-out,
default extract/model/district.bin.gz). The same gold sets and code give byte-identical
models. --owner-only rebuilds the two rankers alone, reading the reports with the
embedded tagger (the one train writes, as a test checks).

--ablation trains one model per feature family left out and prints each one's scores on
--split (default dev), to show what each family adds. The test split cannot be used to
choose features.`,
		Example: `  govkg train                       # then: make build
  govkg train --ablation --split dev`,
		Args: usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.GoldDir = DefaultGoldDir
			if len(args) == 1 {
				opts.GoldDir = args[0]
			}
			if opts.Epochs < 0 {
				return govkg.Errorf(govkg.EUSAGE, "--epochs must be positive")
			}
			if opts.Orders < 1 {
				return govkg.Errorf(govkg.EUSAGE, "--orders must be at least 1")
			}
			if opts.Dropout < 0 || opts.Dropout >= 1 {
				return govkg.Errorf(govkg.EUSAGE, "--dropout must be at least 0 and below 1, not %g", opts.Dropout)
			}
			if _, ok := tagger.ParseScheme(opts.Scheme); !ok {
				return govkg.Errorf(govkg.EUSAGE, "--scheme must be bio or bioes, not %q", opts.Scheme)
			}
			if runF != nil {
				return runF(opts)
			}
			return trainRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Out, "out", DefaultModelPath, "where to write the model")
	cmd.Flags().StringVar(&opts.OwnerOut, "owner-out", DefaultOwnerPath, "where to write the owner ranker")
	cmd.Flags().StringVar(&opts.DistrictOut, "district-out", DefaultDistrictPath, "where to write the district sense ranker")
	cmd.Flags().BoolVar(&opts.OwnerOnly, "owner-only", false, "rebuild the owner and district sense rankers alone, with the embedded tagger")
	cmd.Flags().IntVar(&opts.Epochs, "epochs", train.DefaultEpochs, "passes over the training sentences")
	cmd.Flags().IntVar(&opts.Orders, "orders", train.DefaultOrders, "models trained on different example orders and averaged")
	cmd.Flags().Float64Var(&opts.Dropout, "dropout", 0, "share of the features each training step leaves out (0: none)")
	cmd.Flags().StringVar(&opts.Scheme, "scheme", train.DefaultScheme.String(), "tags the tagger learns spans as (bio|bioes)")
	cmd.Flags().BoolVar(&opts.Ablation, "ablation", false, "score models trained without each feature family instead of writing a model")
	cmd.Flags().StringVar(&opts.Split, "split", eval.SplitDev, "split the ablation is scored on (train|dev|seeds)")
	return cmd
}

func trainRun(opts *TrainOptions) error {
	c, err := eval.LoadCorpus(opts.GoldDir)
	if err != nil {
		return err
	}
	logf := func(format string, args ...any) { fmt.Fprintf(opts.IO.ErrOut, "train: "+format+"\n", args...) }
	scheme, _ := tagger.ParseScheme(opts.Scheme)
	o := train.Options{Epochs: opts.Epochs, Orders: opts.Orders, Scheme: scheme, Dropout: opts.Dropout, Log: logf}
	if opts.Ablation {
		rows, err := train.Ablate(c, opts.Split, o)
		if err != nil {
			return err
		}
		fmt.Fprintf(opts.IO.Out, "lenient F1 on %s, each model trained without one feature family:\n", opts.Split)
		for _, r := range rows {
			fmt.Fprintln(opts.IO.Out, r)
		}
		return nil
	}
	x := extract.New()
	if !opts.OwnerOnly {
		m, err := train.Model(c, o)
		if err != nil {
			return err
		}
		if err := writeModel(opts, opts.Out, m.Bytes()); err != nil {
			return err
		}
		x = extract.NewWithModel(m, 0)
	}
	logf("training the owner and district sense rankers")
	om, dm, err := train.Rankers(c, x)
	if err != nil {
		return err
	}
	if err := writeModel(opts, opts.OwnerOut, om.Bytes()); err != nil {
		return err
	}
	return writeModel(opts, opts.DistrictOut, dm.Bytes())
}

// writeModel writes a model file whole or not at all.
func writeModel(opts *TrainOptions, path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".model-*")
	if err != nil {
		return govkg.Errorf(govkg.EINPUT, "%s: %v", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return govkg.Errorf(govkg.EINPUT, "%s: %v", path, err)
	}
	if err := tmp.Close(); err != nil {
		return govkg.Errorf(govkg.EINPUT, "%s: %v", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return govkg.Errorf(govkg.EINPUT, "%s: %v", path, err)
	}
	fmt.Fprintf(opts.IO.Out, "wrote %s (%d bytes)\n", path, len(b))
	return nil
}
