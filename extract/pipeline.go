package extract

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
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
			errs = append(errs, govkg.Errorf(govkg.EINPUT, "%s: %v", a, reason(err)))
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
				errs = append(errs, govkg.Errorf(govkg.EINPUT, "%s: %v", p, reason(err)))
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
					errs = append(errs, govkg.Errorf(govkg.EINPUT, "%s: %v", p, reason(err)))
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

func (x *Extractor) runOne(path string, opts Options) (res FileResult) {
	res.Path = path
	defer func() {
		if p := recover(); p != nil { // never let one bad input take the run down
			res.Err = govkg.Errorf(govkg.EINTERNAL, "%s: internal error while extracting: %v", path, p)
		}
	}()
	doc, err := document.ReadFile(path, opts.Document)
	if err != nil {
		res.Err = err
		return res
	}
	res.Doc = doc
	res.Extraction = x.Extract(doc)
	return res
}
