// Command genclasses writes extract/dict/clusters.tsv (train.Classes) from the gold
// corpus's train-city reports and the seeds. Run it from the repository's root, by
// scripts/gen-clusters.
package main

import (
	"fmt"
	"os"

	"github.com/govkg/govkg/extract/eval"
	"github.com/govkg/govkg/extract/train"
)

func main() {
	c, err := eval.LoadCorpus("testdata/gold")
	if err != nil {
		fmt.Fprintln(os.Stderr, "genclasses:", err)
		os.Exit(1)
	}
	b, err := train.Classes(c)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genclasses:", err)
		os.Exit(1)
	}
	if err := os.WriteFile("extract/dict/clusters.tsv", b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genclasses:", err)
		os.Exit(1)
	}
}
