package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/extract/document"
)

// InspectOptions are the inputs of `govkg inspect`.
type InspectOptions struct {
	IO       *cmdutil.IOStreams
	Paths    []string
	Format   string
	Document document.Options
	kind     string
}

// NewCmdInspect builds `govkg inspect FILE...`.
func NewCmdInspect(f *cmdutil.Factory, runF func(*InspectOptions) error) *cobra.Command {
	opts := &InspectOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "inspect FILE...",
		Short: "Show what govkg detects in reports: metadata, sections, sentences and stances",
		Example: `  govkg inspect testdata/reports/*
  govkg inspect --format json report.txt`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			opts.Document.Kind = govkg.ReportKind(opts.kind)
			if runF != nil {
				return runF(opts)
			}
			return inspectRun(opts)
		},
	}
	cmdutil.AddFormatFlag(cmd, &opts.Format, "table", "json")
	addDocumentFlags(cmd, &opts.Document, &opts.kind)
	return cmd
}

// addDocumentFlags binds the metadata overrides shared by inspect, extract and build.
func addDocumentFlags(cmd *cobra.Command, o *document.Options, kind *string) {
	cmd.Flags().StringVar(&o.District, "district", "", "override the detected district (e.g. 龙岗区)")
	cmd.Flags().IntVar(&o.Year, "year", 0, "override the year the report is about")
	cmd.Flags().IntVar(&o.PlanYear, "plan-year", 0, "override the year the report plans for")
	cmdutil.AddEnumFlag(cmd, kind, "kind", "", "override the report kind", "", string(govkg.KindWorkReport), string(govkg.KindPlanReport))
}

// InspectResult is what inspect prints for one file.
type InspectResult struct {
	Report    govkg.Report   `json:"report"`
	Sentences int            `json:"sentences"`
	Stances   map[string]int `json:"stances"`
	Outline   []string       `json:"outline"`
	Error     string         `json:"error,omitempty"`
}

func inspectRun(opts *InspectOptions) error {
	var results []InspectResult
	failed := 0
	for _, p := range opts.Paths {
		doc, err := document.ReadFile(p, opts.Document)
		if err != nil {
			failed++
			fmt.Fprintln(opts.IO.ErrOut, "govkg: "+govkg.Printable(err.Error()))
			results = append(results, InspectResult{Report: govkg.Report{Path: p}, Error: err.Error()})
			continue
		}
		results = append(results, summarize(doc))
	}
	if opts.Format == "json" {
		if err := cmdutil.EncodeJSON(opts.IO.Out, results); err != nil {
			return err
		}
	} else {
		t := cmdutil.Table{Columns: []string{"file", "id", "place", "level", "year", "plan_year", "kind", "sentences", "achieved", "planned", "glossary", "context"}}
		for _, r := range results {
			if r.Error != "" {
				continue
			}
			place := r.Report.District
			if place == "" {
				place = r.Report.City
			}
			t.Rows = append(t.Rows, []any{r.Report.Path, r.Report.ID, place, r.Report.Level, r.Report.Year, r.Report.PlanYear, string(r.Report.Kind),
				r.Sentences, r.Stances["achieved"], r.Stances["planned"], r.Stances["glossary"], r.Stances["context"]})
		}
		_ = t.Print(opts.IO.Out, "table")
		for _, r := range results {
			if r.Error != "" {
				continue
			}
			fmt.Fprintf(opts.IO.Out, "\n%s — %s\n", govkg.Printable(r.Report.Path), govkg.Printable(r.Report.Title))
			for _, w := range r.Report.Warnings {
				fmt.Fprintln(opts.IO.Out, "  warning: "+w)
			}
			for _, o := range r.Outline {
				fmt.Fprintln(opts.IO.Out, "  "+o)
			}
		}
	}
	if failed > 0 {
		return govkg.Errorf(govkg.EINPUT, "%d of %d files could not be read", failed, len(opts.Paths))
	}
	return nil
}

func summarize(doc *document.Document) InspectResult {
	r := InspectResult{Report: doc.Report, Sentences: len(doc.Sentences), Stances: map[string]int{}}
	var last []string
	for _, s := range doc.Sentences {
		r.Stances[string(s.Stance)]++
		// the outline lists each new section heading once, indented by depth, with its stance
		for d := range s.Section {
			if d < len(last) && last[d] == s.Section[d] {
				continue
			}
			if d < 2 {
				r.Outline = append(r.Outline, fmt.Sprintf("%s%s  [%s]", strings.Repeat("  ", d), s.Section[d], s.Stance))
			}
		}
		last = s.Section
	}
	return r
}
