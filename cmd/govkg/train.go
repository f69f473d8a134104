package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/extract/eval"
	"github.com/govkg/govkg/extract/train"
)

// DefaultModelPath is where the repository keeps the embedded tagger model.
const DefaultModelPath = "extract/model/tagger.bin.gz"

// TrainOptions are the inputs of `govkg train`.
type TrainOptions struct {
	IO       *cmdutil.IOStreams
	GoldDir  string
	Out      string
	Epochs   int
	Orders   int
	Ablation bool
	Split    string
}

// NewCmdTrain builds `govkg train [GOLD_DIR]`.
func NewCmdTrain(f *cmdutil.Factory, runF func(*TrainOptions) error) *cobra.Command {
	opts := &TrainOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "train [GOLD_DIR]",
		Short: "Train the extractor's tagger on the gold corpus (train split and seeds)",
		Long: `Train rebuilds the tagger model from the gold sets of the train split and the seeds listed
in GOLD_DIR/split.tsv (default testdata/gold) and writes it to --out (default
extract/model/tagger.bin.gz, the model govkg embeds: rebuild govkg afterwards). The same
gold sets and code give a byte-identical model.

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
			if runF != nil {
				return runF(opts)
			}
			return trainRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Out, "out", DefaultModelPath, "where to write the model")
	cmd.Flags().IntVar(&opts.Epochs, "epochs", train.DefaultEpochs, "passes over the training sentences")
	cmd.Flags().IntVar(&opts.Orders, "orders", train.DefaultOrders, "models trained on different example orders and averaged")
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
	o := train.Options{Epochs: opts.Epochs, Orders: opts.Orders, Log: logf}
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
	m, err := train.Model(c, o)
	if err != nil {
		return err
	}
	b := m.Bytes()
	tmp, err := os.CreateTemp(filepath.Dir(opts.Out), ".tagger-*")
	if err != nil {
		return govkg.Errorf(govkg.EINPUT, "%s: %v", opts.Out, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return govkg.Errorf(govkg.EINPUT, "%s: %v", opts.Out, err)
	}
	if err := tmp.Close(); err != nil {
		return govkg.Errorf(govkg.EINPUT, "%s: %v", opts.Out, err)
	}
	if err := os.Rename(tmp.Name(), opts.Out); err != nil {
		return govkg.Errorf(govkg.EINPUT, "%s: %v", opts.Out, err)
	}
	fmt.Fprintf(opts.IO.Out, "wrote %s (%d bytes)\n", opts.Out, len(b))
	return nil
}
