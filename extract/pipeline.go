package extract

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/document"
)

// reportExts are the file endings read when a directory is given.
var reportExts = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true, ".text": true}

// ExpandPaths turns files and directories into a sorted list of report files. Files
// named explicitly are kept whatever their ending; directories are walked without
// following symbolic links (so a link loop cannot trap the walk). Unreadable entries are
// returned as errors that name the path; the rest go on.
func ExpandPaths(args []string) ([]string, []error) {
	var files []string
	var errs []error
	seen := map[string]bool{}
	for _, a := range args {
		fi, err := os.Stat(a)
		if err != nil {
			errs = append(errs, govkg.Errorf(govkg.EINPUT, "%s: %v", govkg.Printable(a), reason(err)))
			continue
		}
		if !fi.IsDir() {
			if !seen[a] {
				seen[a] = true
				files = append(files, a)
			}
			continue
		}
		_ = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, govkg.Errorf(govkg.EINPUT, "%s: %v", govkg.Printable(p), reason(err)))
				if d != nil && d.IsDir() && p != a {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if strings.HasPrefix(d.Name(), ".") && p != a {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				// follow links to files, never to directories
				if st, err := os.Stat(p); err != nil {
					errs = append(errs, govkg.Errorf(govkg.EINPUT, "%s: %v", govkg.Printable(p), reason(err)))
					return nil
				} else if st.IsDir() {
					return nil
				}
			}
			if reportExts[strings.ToLower(filepath.Ext(p))] && !seen[p] {
				seen[p] = true
				files = append(files, p)
			}
			return nil
		})
	}
	sort.Strings(files)
	return files, errs
}

func reason(err error) string {
	switch {
	case os.IsNotExist(err):
		return "no such file or directory"
	case os.IsPermission(err):
		return "permission denied"
	}
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// FileResult is the outcome of reading and extracting one file.
type FileResult struct {
	Path       string
	Doc        *document.Document
	Extraction *govkg.Extraction
	Err        error
}

// Options configure a run over many files.
type Options struct {
	Workers  int              // 0 = one per core
	Document document.Options // metadata overrides, size limit
}

// Run reads and extracts every path with a pool of workers and calls emit with the
// results in input order, whatever order the workers finish in, so output is
// deterministic and memory stays bounded by the pool's window, not the corpus.
func (x *Extractor) Run(paths []string, opts Options, emit func(FileResult)) {
	x.RunContext(context.Background(), paths, opts, emit)
}

// RunContext is Run that stops starting files when ctx is done: files already being
// extracted are finished, and each file not started is emitted, in its place, with
// Err wrapping ctx's error (errors.Is(res.Err, context.Canceled) is true).
func (x *Extractor) RunContext(ctx context.Context, paths []string, opts Options, emit func(FileResult)) {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	type job struct {
		i    int
		path string
	}
	jobs := make(chan job)
	results := make([]chan FileResult, len(paths))
	for i := range results {
		results[i] = make(chan FileResult, 1)
	}
	// a window keeps at most 2×workers results waiting to be emitted
	window := make(chan struct{}, 2*workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if err := ctx.Err(); err != nil {
					results[j.i] <- FileResult{Path: j.path, Err: notStarted(j.path, err)}
					continue
				}
				results[j.i] <- x.runOne(j.path, opts)
			}
		}()
	}
	go func() {
		for i, p := range paths {
			window <- struct{}{}
			jobs <- job{i, p}
		}
		close(jobs)
	}()
	for i := range paths {
		res := <-results[i]
		emit(res)
		<-window
	}
	wg.Wait()
}

// notStarted is the error of a file RunContext did not start.
func notStarted(path string, cause error) error {
	return &govkg.Error{Code: govkg.EINPUT, Message: govkg.Printable(path) + ": not read: the run stopped", Err: cause}
}

func (x *Extractor) runOne(path string, opts Options) (res FileResult) {
	res.Path = path
	defer func() {
		if p := recover(); p != nil { // never let one bad input take the run down
			res.Err = govkg.Errorf(govkg.EINTERNAL, "%s: internal error while extracting: %v", govkg.Printable(path), p)
		}
	}()
	doc, err := document.ReadFile(path, opts.Document)
	if err != nil {
		res.Err = err
		return res
	}
	res.Doc = doc
	res.Extraction = x.ExtractDocument(doc)
	return res
}

// PartRunes bounds the text the extractor works on at once. A report whose text is
// longer (no real report comes close: the longest of the corpora has about 35,000
// runes) is extracted in parts of about this many runes, cut between paragraphs where
// one is near, and the parts' entities and relations are merged. The work on each part
// is bounded, so extracting any file takes time and memory linear in its size; what a
// part learns about the report (company names found by rules, counties named in full,
// glossary entries) is not looked for in the other parts. The report's warnings say so.
const PartRunes = 100_000

// MaxPartMentions bounds, in a report extracted in parts, the mentions kept for one
// entity and the evidence kept for one relation: the first ones, in document order.
const MaxPartMentions = 10_000

// ExtractDocument is Extract for a document of any size: a report longer than
// PartRunes is extracted part by part (see there); any other gives exactly what
// Extract gives.
func (x *Extractor) ExtractDocument(doc *document.Document) *govkg.Extraction {
	parts := partition(doc.Sentences, PartRunes)
	if len(parts) <= 1 {
		return x.Extract(doc)
	}
	ents := map[string]*govkg.Entity{}
	rels := map[string]*govkg.Relation{}
	var entOrder, relOrder []string
	var rep govkg.Report
	dropped := 0
	texts := map[string]string{} // one copy of each mention text: a huge report repeats them
	for k, pr := range parts {
		// the part's sentences, indexed within the part as the extractor expects
		sub := *doc
		sub.Sentences = slices.Clone(doc.Sentences[pr[0]:pr[1]])
		for i := range sub.Sentences {
			sub.Sentences[i].Index = i
		}
		ext := x.Extract(&sub)
		if k == 0 {
			rep = ext.Reports[0]
		}
		for _, e := range ext.Entities {
			cur, ok := ents[e.ID]
			if !ok {
				c := e
				c.Mentions = nil
				cur = &c
				ents[e.ID] = cur
				entOrder = append(entOrder, e.ID)
			} else {
				mergeEntity(cur, e)
			}
			n := min(len(e.Mentions), MaxPartMentions-len(cur.Mentions))
			for _, m := range e.Mentions[:n] {
				if t, ok := texts[m.Text]; ok {
					m.Text = t
				} else {
					texts[m.Text] = m.Text
				}
				cur.Mentions = append(cur.Mentions, m)
			}
			dropped += len(e.Mentions) - n
		}
		for _, rel := range ext.Relations {
			key := relKey(rel)
			cur, ok := rels[key]
			if !ok {
				c := rel
				c.Evidence = nil
				cur = &c
				rels[key] = cur
				relOrder = append(relOrder, key)
			}
			n := min(len(rel.Evidence), MaxPartMentions-len(cur.Evidence))
			cur.Evidence = append(cur.Evidence, rel.Evidence[:n]...)
			dropped += len(rel.Evidence) - n
		}
	}
	rep.Warnings = append(slices.Clip(rep.Warnings), fmt.Sprintf("text of %d runes extracted in %d parts of about %d runes: "+
		"names the rules learn in one part are not looked for in the others", doc.Sentences[len(doc.Sentences)-1].End, len(parts), PartRunes))
	if dropped > 0 {
		rep.Warnings = append(rep.Warnings, fmt.Sprintf("%d mentions and pieces of evidence not kept: at most %d for one entity or relation", dropped, MaxPartMentions))
	}
	out := &govkg.Extraction{Reports: []govkg.Report{rep}, Sentences: doc.Sentences}
	for _, id := range entOrder {
		e := ents[id]
		sortEntity(e)
		out.Entities = append(out.Entities, *e)
	}
	for _, key := range relOrder {
		out.Relations = append(out.Relations, *rels[key])
	}
	sortExtraction(out)
	return out
}

// partition cuts sentences into runs of about size runes of text: a run ends at the
// first sentence that brings it to size, or earlier at the last paragraph start in
// its second half. It returns [from, to) sentence index ranges.
func partition(ss []govkg.Sentence, size int) [][2]int {
	var parts [][2]int
	from, acc := 0, 0
	para, paraAcc := -1, 0 // the last paragraph start in the run, and the runes before it
	for i, s := range ss {
		if i > from && s.Paragraph != ss[i-1].Paragraph {
			para, paraAcc = i, acc
		}
		acc += s.End - s.Start
		if acc < size {
			continue
		}
		if para > from && paraAcc >= size/2 {
			parts = append(parts, [2]int{from, para})
			from, acc = para, acc-paraAcc
		} else {
			parts = append(parts, [2]int{from, i + 1})
			from, acc = i+1, 0
		}
		para = -1
	}
	if from < len(ss) {
		parts = append(parts, [2]int{from, len(ss)})
	}
	return parts
}
