package document

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// corpusDir holds the 860 city work reports used for robustness and speed; the test
// skips when it is absent (CI without the shared corpus).
const corpusDir = "/work/shared/corpus-cities"

// TestCorpusCities parses every city report: none may fail, every sentence must be
// consistent with Text, and the year must match the <city>/<year>.md file name.
func TestCorpusCities(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*", "*.md"))
	if len(files) == 0 {
		t.Skip("corpus not present")
	}
	if testing.Short() {
		files = files[:min(len(files), 50)]
	}
	var total int64
	var parse time.Duration
	yearMiss, noCity, noTitle := 0, 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		d, err := Parse(f, data, Options{})
		parse += time.Since(start)
		total += int64(len(data))
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		checkInvariants(t, d)
		want, _ := strconv.Atoi(strings.TrimSuffix(filepath.Base(f), ".md"))
		if d.Report.PlanYear != want {
			yearMiss++
			t.Logf("%s: plan year %d, title %q", f, d.Report.PlanYear, d.Report.Title)
		}
		if d.Report.City == "" {
			noCity++
			t.Logf("%s: no city; warnings %v", f, d.Report.Warnings)
		}
		if d.Report.Title == "" {
			noTitle++
		}
	}
	mbps := float64(total) / 1e6 / parse.Seconds()
	t.Logf("%d files, %.1f MB in %v: %.1f MB/s; plan-year≠file-name %d, no city %d, no title %d",
		len(files), float64(total)/1e6, parse.Round(time.Millisecond), mbps, yearMiss, noCity, noTitle)
}
