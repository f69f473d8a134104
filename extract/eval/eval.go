// Package eval scores extractions against hand-written gold sets, per entity type,
// strictly (same normalized name) and leniently (one name contains the other and the
// shorter is at least 60% of the longer).
package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract"
)

// ScoredTypes are the entity types the gold sets annotate (ANNOTATION.md).
var ScoredTypes = []govkg.EntityType{govkg.TypeDistrict, govkg.TypeMetroLine, govkg.TypePark,
	govkg.TypeProgram, govkg.TypeCompany, govkg.TypeProject}

// GoldEntity is one annotated entity with a verbatim evidence snippet.
type GoldEntity struct {
	Type     govkg.EntityType `json:"type"`
	Name     string           `json:"name"`
	Evidence string           `json:"evidence"`
}

// Gold is the gold set of one report.
type Gold struct {
	Path     string       `json:"-"`
	Report   string       `json:"report"` // file name under the reports directory
	Note     string       `json:"annotator_note,omitempty"`
	Entities []GoldEntity `json:"entities"`
}

// LoadDir reads every *.json gold set in dir, sorted by file name.
func LoadDir(dir string) ([]Gold, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, govkg.Errorf(govkg.EINPUT, "%s: no gold sets (*.json)", dir)
	}
	sort.Strings(paths)
	var out []Gold
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, govkg.Errorf(govkg.EINPUT, "%s: %v", p, err)
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, govkg.Errorf(govkg.EINPUT, "%s: not a gold set: %v", p, err)
		}
		g.Path = p
		out = append(out, g)
	}
	return out, nil
}

var dropMarks = strings.NewReplacer("“", "", "”", "", "\"", "", "‘", "", "’", "", "《", "", "》", "", "「", "", "」", "", "'", "")

// Normalize applies ANNOTATION.md's normalisation: NFKC, no whitespace, no quotation
// or title marks.
func Normalize(s string) string {
	s = norm.NFKC.String(s)
	s = dropMarks.Replace(s)
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// Key is the comparison key of a name of a type: metro lines compare by line key.
func Key(t govkg.EntityType, name string) string {
	n := Normalize(name)
	if t == govkg.TypeMetroLine {
		rs := []rune(n)
		for i, r := range rs {
			if unicode.IsDigit(r) {
				return string(rs[i:])
			}
		}
	}
	return n
}

// Lenient reports whether one name contains the other and the shorter is at least 60%
// of the longer.
func Lenient(a, b string) bool {
	if a == b {
		return true
	}
	la, lb := len([]rune(a)), len([]rune(b))
	if la > lb {
		a, b, la, lb = b, a, lb, la
	}
	return strings.Contains(b, a) && float64(la) >= 0.6*float64(lb)
}

// Score is precision, recall and F1 of one type, strict and lenient.
type Score struct {
	Type                                   govkg.EntityType
	Gold, Predicted                        int
	StrictTP, LenientTPGold, LenientTPPred int
	StrictP, StrictR, StrictF1             float64
	LenientP, LenientR, LenientF1          float64
	Misses, Spurious                       []string // lenient: gold names not found, predicted names not in gold
}

// Compare scores predicted names against gold names of one type in one or more reports.
// Names are compared per report: pairs are (report, key).
func Compare(t govkg.EntityType, gold, pred map[string][]string) Score {
	s := Score{Type: t}
	for rep, gs := range gold {
		ps := pred[rep]
		gset, pset := uniq(t, gs), uniq(t, ps)
		s.Gold += len(gset)
		s.Predicted += len(pset)
		for _, g := range gset {
			if contains(pset, g) {
				s.StrictTP++
			}
			if anyLenient(g, pset) {
				s.LenientTPGold++
			} else {
				s.Misses = append(s.Misses, g)
			}
		}
		for _, p := range pset {
			if anyLenient(p, gset) {
				s.LenientTPPred++
			} else {
				s.Spurious = append(s.Spurious, p)
			}
		}
	}
	for rep, ps := range pred {
		if _, ok := gold[rep]; !ok {
			_ = ps // reports without gold are not scored
		}
	}
	s.StrictP, s.StrictR = ratio(s.StrictTP, s.Predicted), ratio(s.StrictTP, s.Gold)
	s.StrictF1 = f1(s.StrictP, s.StrictR)
	s.LenientP, s.LenientR = ratio(s.LenientTPPred, s.Predicted), ratio(s.LenientTPGold, s.Gold)
	s.LenientF1 = f1(s.LenientP, s.LenientR)
	sort.Strings(s.Misses)
	sort.Strings(s.Spurious)
	return s
}

func uniq(t govkg.EntityType, names []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		k := Key(t, n)
		if k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func contains(list []string, s string) bool {
	i := sort.SearchStrings(list, s)
	return i < len(list) && list[i] == s
}

func anyLenient(s string, list []string) bool {
	if contains(list, s) {
		return true
	}
	for _, o := range list {
		if Lenient(s, o) {
			return true
		}
	}
	return false
}

func ratio(a, b int) float64 {
	if b == 0 {
		if a == 0 {
			return 1
		}
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Evaluate scores an extraction per scored type. reportOf maps a gold set to the id of
// the report the extraction gave its file.
func Evaluate(golds []Gold, reportOf map[string]string, ext *govkg.Extraction) []Score {
	pred := map[govkg.EntityType]map[string][]string{}
	for _, e := range ext.Entities {
		reps := map[string]bool{}
		for _, m := range e.Mentions {
			reps[m.ReportID] = true
		}
		if e.Type == govkg.TypeDistrict && len(e.Mentions) == 0 {
			continue
		}
		for rep := range reps {
			if pred[e.Type] == nil {
				pred[e.Type] = map[string][]string{}
			}
			pred[e.Type][rep] = append(pred[e.Type][rep], e.Name)
		}
	}
	// a report's own district is an entity of the report even when unnamed in a sentence
	for _, r := range ext.Reports {
		if r.District != "" {
			if pred[govkg.TypeDistrict] == nil {
				pred[govkg.TypeDistrict] = map[string][]string{}
			}
			pred[govkg.TypeDistrict][r.ID] = append(pred[govkg.TypeDistrict][r.ID], r.District)
		}
	}
	var out []Score
	for _, t := range ScoredTypes {
		gold := map[string][]string{}
		p := map[string][]string{}
		for _, g := range golds {
			id := reportOf[g.Report]
			for _, e := range g.Entities {
				if e.Type == t {
					gold[id] = append(gold[id], e.Name)
				}
			}
			if gold[id] == nil {
				gold[id] = []string{}
			}
			p[id] = pred[t][id]
		}
		out = append(out, Compare(t, gold, p))
	}
	return out
}

// String renders a score as one table row.
func (s Score) String() string {
	return fmt.Sprintf("%-10s gold %3d pred %3d  strict P %.2f R %.2f F1 %.2f  lenient P %.2f R %.2f F1 %.2f",
		s.Type, s.Gold, s.Predicted, s.StrictP, s.StrictR, s.StrictF1, s.LenientP, s.LenientR, s.LenientF1)
}

// Run extracts the reports the gold sets in goldDir name (files in reportsDir) and
// scores the extraction against them.
func Run(goldDir, reportsDir string) ([]Score, error) {
	golds, err := LoadDir(goldDir)
	if err != nil {
		return nil, err
	}
	var paths []string
	for _, g := range golds {
		paths = append(paths, filepath.Join(reportsDir, g.Report))
	}
	reportOf := map[string]string{}
	var parts []*govkg.Extraction
	var errs []string
	extract.New().Run(paths, extract.Options{}, func(r extract.FileResult) {
		if r.Err != nil {
			errs = append(errs, r.Err.Error())
			return
		}
		reportOf[filepath.Base(r.Path)] = r.Extraction.Reports[0].ID
		parts = append(parts, r.Extraction)
	})
	if len(errs) > 0 {
		return nil, govkg.Errorf(govkg.EINPUT, "%s", strings.Join(errs, "; "))
	}
	return Evaluate(golds, reportOf, extract.Merge(parts...)), nil
}
