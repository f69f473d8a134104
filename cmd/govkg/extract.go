package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/extract"
	"github.com/govkg/govkg/extract/document"
)

// ExtractOptions are the inputs of `govkg extract`.
type ExtractOptions struct {
	IO      *cmdutil.IOStreams
	Logf    func(format string, args ...any) // --verbose lines on stderr
	Paths   []string
	Format  string
	Out     string
	Options extract.Options
	kind    string
}

// NewCmdExtract builds `govkg extract FILE|DIR...`.
func NewCmdExtract(f *cmdutil.Factory, runF func(*ExtractOptions) error) *cobra.Command {
	opts := &ExtractOptions{IO: f.IO, Logf: f.Logf}
	cmd := &cobra.Command{
		Use:   "extract FILE|DIR...",
		Short: "Extract entities and relations from reports, without any database",
		Long: `Extract prints reports, entities and relations as one JSON document, or as JSON Lines
(one {"kind": "report"|"entity"|"relation", ...} object per line). The output is
byte-identical for the same input. Files that cannot be read are reported on stderr
and the others go on; the exit status is then 1.`,
		Example: `  govkg extract testdata/reports > extraction.json
  govkg extract --format jsonl ../shared/corpus-cities/shenzhen`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			opts.Options.Document.Kind = govkg.ReportKind(opts.kind)
			if runF != nil {
				return runF(opts)
			}
			return extractRun(opts)
		},
	}
	cmdutil.AddFormatFlag(cmd, &opts.Format, "json", "jsonl")
	cmd.Flags().StringVarP(&opts.Out, "out", "o", "", "write to this file instead of stdout (written whole or not at all; - is stdout)")
	cmd.Flags().IntVarP(&opts.Options.Workers, "workers", "j", 0, "parallel workers (default: one per core)")
	addDocumentFlags(cmd, &opts.Options.Document, &opts.kind)
	return cmd
}

// runExtraction expands paths, extracts every file and returns the merged extraction,
// printing a clear error for each file that failed.
func runExtraction(io *cmdutil.IOStreams, paths []string, o extract.Options) (*govkg.Extraction, int, int) {
	files, errs := extract.ExpandPaths(paths)
	for _, e := range errs {
		fmt.Fprintln(io.ErrOut, "govkg: "+govkg.Printable(e.Error()))
	}
	x := extract.New()
	merged := extract.NewMerger()
	ids := reportIDs{}
	failed := len(errs)
	x.Run(files, o, func(r extract.FileResult) {
		if r.Err != nil {
			failed++
			fmt.Fprintln(io.ErrOut, "govkg: "+govkg.Printable(r.Err.Error()))
			return
		}
		for _, w := range r.Extraction.Reports[0].Warnings {
			fmt.Fprintf(io.ErrOut, "govkg: %s: warning: %s\n", govkg.Printable(r.Path), w)
		}
		if dup, err := ids.claim(r); err != nil {
			failed++
			fmt.Fprintln(io.ErrOut, "govkg: "+govkg.Printable(err.Error()))
			return
		} else if dup != "" {
			fmt.Fprintf(io.ErrOut, "govkg: %s: warning: %s\n", govkg.Printable(r.Path), dup)
			return
		}
		merged.Add(r.Extraction) // merged now: the report's own extraction can go
	})
	return merged.Result(), failed, len(files) + len(errs)
}

// reportIDs remembers which file gave each report id in one run. Two files that resolve
// to the same id (same place, plan year, kind and session, or one --district override
// applied to several reports) would otherwise silently replace each other in the graph.
type reportIDs map[string]claimedReport

// claimedReport is the first file that gave a report id, with its text's fingerprint.
type claimedReport struct {
	report govkg.Report
	fp     document.Fingerprint
}

// nearDuplicate is the estimated share of text (document.Fingerprint.Similarity) from
// which a second file of the same report id is the same report saved again: the same
// report stored twice in the corpus scores above 0.95, two years of one city under 0.1.
const nearDuplicate = 0.8

// claim records r's report. A second file with identical or near-identical content (the
// same report stored twice, with other front matter or small edits) is a duplicate:
// skipped with the returned warning. A second file with different content is an input
// error naming both.
func (s reportIDs) claim(r extract.FileResult) (warning string, err error) {
	rep := r.Extraction.Reports[0]
	var fp document.Fingerprint
	if r.Doc != nil {
		fp = r.Doc.Fingerprint()
	}
	prev, ok := s[rep.ID]
	if !ok {
		s[rep.ID] = claimedReport{report: rep, fp: fp}
		return "", nil
	}
	if prev.report.SHA256 == rep.SHA256 {
		return fmt.Sprintf("duplicate: same content as %s (report %s); skipped", govkg.Printable(prev.report.Path), rep.ID), nil
	}
	if sim := prev.fp.Similarity(fp); sim >= nearDuplicate {
		return fmt.Sprintf("duplicate: the same report as %s (report %s, about %.0f%% of the text in common); skipped", govkg.Printable(prev.report.Path), rep.ID, 100*sim), nil
	}
	return "", govkg.Errorf(govkg.EINPUT, "%s: report id %s is already taken by %s in this run (same place, year, kind and session, different text); skipped: set --district, --year or --kind, or leave one of the files out",
		govkg.Printable(r.Path), rep.ID, govkg.Printable(prev.report.Path))
}

func extractRun(opts *ExtractOptions) error {
	var failed, total int
	write := func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 1<<16)
		var err error
		if opts.Format == "jsonl" {
			// streamed: each report's records as soon as it is extracted, in input order,
			// so memory does not grow with the number of reports
			failed, total, err = streamJSONL(opts.IO, bw, opts.Paths, opts.Options, opts.Logf)
		} else {
			var ext *govkg.Extraction
			ext, failed, total = runExtraction(opts.IO, opts.Paths, opts.Options)
			err = writeDocument(bw, ext)
		}
		if err != nil {
			return err
		}
		return bw.Flush()
	}
	if opts.Out != "" && opts.Out != "-" {
		if err := writeFileAtomic(opts.Out, write); err != nil {
			return err
		}
	} else if err := write(opts.IO.Out); err != nil {
		return err
	}
	if failed > 0 {
		return govkg.Errorf(govkg.EINPUT, "%d of %d inputs failed", failed, total)
	}
	return nil
}

// streamJSONL extracts paths and writes each report's JSON Lines as soon as it is ready.
func streamJSONL(ios *cmdutil.IOStreams, w io.Writer, paths []string, o extract.Options, logf func(string, ...any)) (int, int, error) {
	files, errs := extract.ExpandPaths(paths)
	for _, e := range errs {
		fmt.Fprintln(ios.ErrOut, "govkg: "+govkg.Printable(e.Error()))
	}
	failed := len(errs)
	var werr error
	ids := reportIDs{}
	extract.New().Run(files, o, func(r extract.FileResult) {
		if r.Err != nil {
			failed++
			fmt.Fprintln(ios.ErrOut, "govkg: "+govkg.Printable(r.Err.Error()))
			return
		}
		for _, warn := range r.Extraction.Reports[0].Warnings {
			fmt.Fprintf(ios.ErrOut, "govkg: %s: warning: %s\n", govkg.Printable(r.Path), warn)
		}
		if dup, err := ids.claim(r); err != nil {
			failed++
			fmt.Fprintln(ios.ErrOut, "govkg: "+govkg.Printable(err.Error()))
			return
		} else if dup != "" {
			fmt.Fprintf(ios.ErrOut, "govkg: %s: warning: %s\n", govkg.Printable(r.Path), dup)
			return
		}
		if werr == nil {
			werr = writeJSONL(w, r.Extraction)
		}
		if logf != nil {
			logf("%s: %s: %d sentences, %d entities, %d relations", govkg.Printable(r.Path), r.Extraction.Reports[0].ID,
				len(r.Extraction.Sentences), len(r.Extraction.Entities), len(r.Extraction.Relations))
		}
	})
	return failed, len(files) + len(errs), werr
}

// writeJSONL writes one extraction as JSON Lines: reports, sentences, entities, relations.
func writeJSONL(w io.Writer, ext *govkg.Extraction) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range ext.Reports {
		if err := enc.Encode(struct {
			Kind string `json:"kind"`
			govkg.Report
		}{"report", r}); err != nil {
			return err
		}
	}
	for _, s := range ext.Sentences {
		if err := enc.Encode(struct {
			Kind string `json:"kind"`
			govkg.Sentence
		}{"sentence", s}); err != nil {
			return err
		}
	}
	for _, e := range ext.Entities {
		if err := enc.Encode(struct {
			Kind string `json:"kind"`
			govkg.Entity
		}{"entity", e}); err != nil {
			return err
		}
	}
	for _, r := range ext.Relations {
		if err := enc.Encode(struct {
			Kind string `json:"kind"`
			govkg.Relation
		}{"relation", r}); err != nil {
			return err
		}
	}
	return nil
}

// writeFileAtomic writes to a temporary file next to path and renames it into place, so
// a failed write leaves nothing half-written.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(dirOf(path), ".govkg-*")
	if err != nil {
		return govkg.Errorf(govkg.EINPUT, "%s: %v", govkg.Printable(path), err)
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return govkg.Errorf(govkg.EINPUT, "%s: %v", govkg.Printable(path), err)
	}
	if err := tmp.Close(); err != nil {
		return govkg.Errorf(govkg.EINPUT, "%s: %v", govkg.Printable(path), err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return govkg.Errorf(govkg.EINPUT, "%s: %v", govkg.Printable(path), err)
	}
	return nil
}

func dirOf(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '/' || p[i] == os.PathSeparator {
			return p[:i+1]
		}
	}
	return "."
}

// writeDocument writes the extraction as one indented JSON document, element by element,
// so that no second copy of the whole output is built in memory.
func writeDocument(w io.Writer, ext *govkg.Extraction) error {
	bw := bufio.NewWriter(w)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", " ")
	array := func(name string, n int, last bool, elem func(i int) any) error {
		if n == 0 {
			if name == "sentences" { // omitempty, as the struct says
				return nil
			}
			fmt.Fprintf(bw, " %q: null", name)
		} else {
			fmt.Fprintf(bw, " %q: [\n", name)
			for i := 0; i < n; i++ {
				buf.Reset()
				if err := enc.Encode(elem(i)); err != nil {
					return err
				}
				bw.WriteString("  ")
				bw.Write(bytes.TrimRight(buf.Bytes(), "\n"))
				if i < n-1 {
					bw.WriteString(",")
				}
				bw.WriteString("\n")
			}
			bw.WriteString(" ]")
		}
		if !last {
			bw.WriteString(",")
		}
		bw.WriteString("\n")
		return nil
	}
	bw.WriteString("{\n")
	if err := array("reports", len(ext.Reports), false, func(i int) any { return ext.Reports[i] }); err != nil {
		return err
	}
	if err := array("sentences", len(ext.Sentences), false, func(i int) any { return ext.Sentences[i] }); err != nil {
		return err
	}
	if err := array("entities", len(ext.Entities), false, func(i int) any { return ext.Entities[i] }); err != nil {
		return err
	}
	if err := array("relations", len(ext.Relations), true, func(i int) any { return ext.Relations[i] }); err != nil {
		return err
	}
	bw.WriteString("}\n")
	return bw.Flush()
}
