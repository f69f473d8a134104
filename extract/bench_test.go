package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/go-ego/gse"

	"github.com/govkg/govkg/extract"
	"github.com/govkg/govkg/extract/document"
)

// The benchmarks read the five seed reports by default; point GOVKG_BENCH_CORPUS at a
// directory (e.g. /work/shared/corpus-cities) to run them over a whole corpus:
//
//	go test -run '^$' -bench . ./extract/
//	GOVKG_BENCH_CORPUS=/work/shared/corpus-cities go test -run '^$' -bench . -benchtime 1x -cpuprofile cpu.out ./extract/
//
// BenchmarkExtract and BenchmarkGseCut set the same byte count per operation (the
// report files' size), so the ratio of their ns/op, or of their MB/s, is govkg's
// extraction time relative to gse's stock segmentation of the same reports.

// benchReport is one report file, read once outside the timed loops.
type benchReport struct {
	name string
	path string
	data []byte
	text string // document.Parse's normalized text: what gse is given (BenchmarkGseCut fills it)
}

var (
	benchOnce    sync.Once
	benchReports []benchReport
	benchErr     error
)

func loadBenchReports(b *testing.B) []benchReport {
	b.Helper()
	benchOnce.Do(func() {
		dir := os.Getenv("GOVKG_BENCH_CORPUS")
		if dir == "" {
			dir = filepath.Join("..", "testdata", "reports")
		}
		files, errs := extract.ExpandPaths([]string{dir})
		if len(errs) > 0 {
			benchErr = errs[0]
			return
		}
		for _, p := range files {
			data, err := os.ReadFile(p)
			if err != nil {
				benchErr = err
				return
			}
			benchReports = append(benchReports, benchReport{name: filepath.Base(p), path: p, data: data})
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	if len(benchReports) == 0 {
		b.Fatal("no reports to benchmark")
	}
	return benchReports
}

// benchSets are the sub-benchmarks: every report on its own when there are few, and
// "all" (one operation = every report once).
func benchSets(reports []benchReport) []struct {
	name    string
	reports []benchReport
} {
	var sets []struct {
		name    string
		reports []benchReport
	}
	if len(reports) <= 10 {
		for _, r := range reports {
			sets = append(sets, struct {
				name    string
				reports []benchReport
			}{r.name, []benchReport{r}})
		}
	}
	return append(sets, struct {
		name    string
		reports []benchReport
	}{"all", reports})
}

func totalBytes(rs []benchReport) int64 {
	var n int64
	for _, r := range rs {
		n += int64(len(r.data))
	}
	return n
}

// BenchmarkExtract measures the whole per-file pipeline on bytes already in memory:
// document.Parse (decode, normalize, sentences, metadata) and Extractor.Extract.
func BenchmarkExtract(b *testing.B) {
	reports := loadBenchReports(b)
	x := extract.New()
	// the first Extract loads gse's small domain dictionary; keep that out of the loop
	if doc, err := document.Parse(reports[0].path, reports[0].data, document.Options{}); err == nil {
		x.Extract(doc)
	}
	for _, set := range benchSets(reports) {
		b.Run(set.name, func(b *testing.B) {
			b.SetBytes(totalBytes(set.reports))
			b.ReportAllocs()
			for b.Loop() {
				for _, r := range set.reports {
					doc, err := document.Parse(r.path, r.data, document.Options{})
					if err != nil {
						b.Fatal(err)
					}
					x.Extract(doc)
				}
			}
			b.ReportMetric(float64(len(set.reports)*b.N)/b.Elapsed().Seconds(), "reports/s")
		})
	}
}

var (
	textOnce sync.Once
	gseOnce  sync.Once
	gseSeg   gse.Segmenter
	gseErr   error
)

// loadStockGse is gse.New() without its log lines: LoadDict with no arguments reads the
// stock simplified and traditional dictionaries from gse's module directory. Without
// module sources on disk (a -trimpath binary) it falls back to the embedded copy of the
// same two files.
func loadStockGse() (gse.Segmenter, error) {
	var seg gse.Segmenter
	seg.SkipLog = true
	if err := seg.LoadDict(); err == nil {
		return seg, nil
	}
	var emb gse.Segmenter
	emb.SkipLog = true
	return emb, emb.LoadDictEmbed("zh")
}

// BenchmarkGseCut is the baseline: gse's stock dictionary (gse.New(), the simplified
// and traditional Chinese dictionaries it ships) and seg.Cut(text, true) (DAG + HMM) on
// the normalized text of the same reports. The dictionary load is outside the loop.
func BenchmarkGseCut(b *testing.B) {
	reports := loadBenchReports(b)
	gseOnce.Do(func() {
		gseSeg, gseErr = loadStockGse()
	})
	if gseErr != nil {
		b.Fatal(gseErr)
	}
	textOnce.Do(func() {
		for i := range reports {
			// a report Parse refuses is segmented as empty text, as govkg would skip it
			if doc, err := document.Parse(reports[i].path, reports[i].data, document.Options{}); err == nil {
				reports[i].text = doc.Text
			}
		}
	})
	for _, set := range benchSets(reports) {
		b.Run(set.name, func(b *testing.B) {
			b.SetBytes(totalBytes(set.reports))
			b.ReportAllocs()
			for b.Loop() {
				for _, r := range set.reports {
					gseSeg.Cut(r.text, true)
				}
			}
			b.ReportMetric(float64(len(set.reports)*b.N)/b.Elapsed().Seconds(), "reports/s")
		})
	}
}

// BenchmarkRun measures Extractor.Run, the pipeline govkg build drives (files read from
// disk, results dropped), with one worker and with one per core: the ratio of the two
// is the parallel speed-up. Run it with -mutexprofile or -blockprofile to see what the
// workers wait for.
func BenchmarkRun(b *testing.B) {
	reports := loadBenchReports(b)
	paths := make([]string, len(reports))
	for i, r := range reports {
		paths[i] = r.path
	}
	x := extract.New()
	for _, workers := range []int{1, runtime.NumCPU()} {
		b.Run(fmt.Sprintf("j%d", workers), func(b *testing.B) {
			b.SetBytes(totalBytes(reports))
			for b.Loop() {
				x.Run(paths, extract.Options{Workers: workers}, func(r extract.FileResult) {
					if r.Err != nil {
						b.Error(r.Err)
					}
				})
			}
			b.ReportMetric(float64(len(reports)*b.N)/b.Elapsed().Seconds(), "reports/s")
		})
	}
}
