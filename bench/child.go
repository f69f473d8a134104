package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime/metrics"
	"strings"
	"time"

	"github.com/go-ego/gse"

	"github.com/govkg/govkg/extract"
	"github.com/govkg/govkg/extract/document"
)

// The measurements that need a process of their own (so that its peak RSS is theirs
// alone) run as children: the bench binary re-executes itself with one of these modes
// and prints one JSON object on stdout.

// streamResult is what `bench child-stream` prints.
type streamResult struct {
	Files     int     `json:"files"`
	Failed    int     `json:"failed"`
	Entities  int     `json:"entities"`
	Relations int     `json:"relations"`
	NewSecs   float64 `json:"new_seconds"` // extract.New()
	Seconds   float64 `json:"seconds"`     // Extractor.Run over every file
	CPUSecs   float64 `json:"cpu_seconds"` // the process's CPU time during the run
	AllocMB   float64 `json:"alloc_mb"`    // bytes allocated over the run
}

// childStream runs the extraction pipeline as govkg build does (Extractor.Run, results
// consumed one at a time and dropped), without a database and without output.
func childStream(args []string) error {
	fs := flag.NewFlagSet("child-stream", flag.ContinueOnError)
	workers := fs.Int("j", 0, "workers")
	list := fs.String("list", "", "file with one report path per line")
	if err := fs.Parse(args); err != nil {
		return err
	}
	files, err := readList(*list)
	if err != nil {
		return err
	}
	var res streamResult
	t0 := time.Now()
	x := extract.New()
	res.NewSecs = time.Since(t0).Seconds()
	alloc0 := allocBytes()
	cpu0 := selfCPUSeconds()
	start := time.Now()
	x.Run(files, extract.Options{Workers: *workers}, func(r extract.FileResult) {
		if r.Err != nil {
			res.Failed++
			return
		}
		res.Files++
		res.Entities += len(r.Extraction.Entities)
		res.Relations += len(r.Extraction.Relations)
	})
	res.Seconds = time.Since(start).Seconds()
	res.CPUSecs = selfCPUSeconds() - cpu0
	res.AllocMB = float64(allocBytes()-alloc0) / 1e6
	return json.NewEncoder(os.Stdout).Encode(res)
}

// gseResult is what `bench child-gse` prints.
type gseResult struct {
	Dict      string  `json:"dict"`          // how the stock dictionary was loaded
	LoadSecs  float64 `json:"load_seconds"`  // dictionary load
	LoadRSSKB int64   `json:"load_rss_kb"`   // peak RSS right after the load
	ParseSecs float64 `json:"parse_seconds"` // document.ReadFile, not counted as gse's
	CutSecs   float64 `json:"cut_seconds"`   // seg.Cut(text, true) over every report
	CutCPU    float64 `json:"cut_cpu"`       // the process's CPU time during the Cut calls
	Files     int     `json:"files"`         // reports segmented
	TextMB    float64 `json:"text_mb"`       // normalized text given to gse
	Tokens    int     `json:"tokens"`        // words gse returned
}

// childGse is the baseline: gse's stock dictionary, then Cut(text, true) on the
// normalized text (document.ReadFile's Text) of every report, one report at a time.
func childGse(args []string) error {
	fs := flag.NewFlagSet("child-gse", flag.ContinueOnError)
	list := fs.String("list", "", "file with one report path per line")
	if err := fs.Parse(args); err != nil {
		return err
	}
	files, err := readList(*list)
	if err != nil {
		return err
	}
	var res gseResult
	start := time.Now()
	seg, how, err := loadStockGse()
	if err != nil {
		return err
	}
	res.Dict = how
	res.LoadSecs = time.Since(start).Seconds()
	res.LoadRSSKB = selfMaxRSSKB()
	var parse, cut time.Duration
	for _, p := range files {
		t0 := time.Now()
		doc, err := document.ReadFile(p, document.Options{})
		parse += time.Since(t0)
		if err != nil {
			continue
		}
		t1, c1 := time.Now(), selfCPUSeconds()
		toks := seg.Cut(doc.Text, true)
		cut += time.Since(t1)
		res.CutCPU += selfCPUSeconds() - c1
		res.Files++
		res.Tokens += len(toks)
		res.TextMB += float64(len(doc.Text)) / 1e6
	}
	res.ParseSecs, res.CutSecs = parse.Seconds(), cut.Seconds()
	return json.NewEncoder(os.Stdout).Encode(res)
}

// loadStockGse does what gse.New() does, without its log lines: LoadDict with no
// arguments reads gse's stock simplified and traditional dictionaries (s_1.txt, t_1.txt)
// from its module directory. A binary without module sources on disk falls back to the
// embedded copy of the same two files.
func loadStockGse() (*gse.Segmenter, string, error) {
	seg := &gse.Segmenter{SkipLog: true}
	if err := seg.LoadDict(); err == nil {
		return seg, "gse.New() stock dictionary (s_1.txt + t_1.txt from the module directory)", nil
	}
	emb := &gse.Segmenter{SkipLog: true}
	if err := emb.LoadDictEmbed("zh"); err != nil {
		return nil, "", fmt.Errorf("gse dictionary: %w", err)
	}
	return emb, "gse.NewEmbed(\"zh\") stock dictionary (embedded s_1.txt + t_1.txt)", nil
}

func readList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if s := strings.TrimSpace(sc.Text()); s != "" {
			out = append(out, s)
		}
	}
	return out, sc.Err()
}

// allocBytes is the Go runtime's cumulative heap allocation.
func allocBytes() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}
