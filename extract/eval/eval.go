// Package eval scores extractions against hand-written gold sets: entities per type,
// strictly (same normalized name) and leniently (one name contains the other and the
// shorter is at least 60% of the longer); relations per type as tuples of canonical
// names (with the status of STATUS and the kind of ASSISTS); and indicator facts. The
// gold sets live in a directory with a manifest (split.tsv) that puts each in a split.
package eval

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract"
)

// ScoredTypes are the entity types the gold sets annotate (ANNOTATION.md).
var ScoredTypes = []govkg.EntityType{govkg.TypeDistrict, govkg.TypeMetroLine, govkg.TypePark,
	govkg.TypeProgram, govkg.TypeCompany, govkg.TypeProject}

// IndicatorRow is the label of the indicator row in relation tables.
const IndicatorRow = "Indicator"

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
				if i > 0 && rs[i-1] < 128 && unicode.IsLetter(rs[i-1]) {
					i-- // S2号线 is its own line, not 2号线
				}
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

// Score is precision, recall and F1 of one entity type, relation type or the indicator
// facts, strict and lenient.
type Score struct {
	Type                                   string
	Gold, Predicted                        int
	StrictTP, LenientTPGold, LenientTPPred int
	StrictP, StrictR, StrictF1             float64
	LenientP, LenientR, LenientF1          float64
	Misses, Spurious                       []string // lenient: gold items not found, predicted items not in gold
	// CI is the bootstrap interval of LenientF1 (Result.Bootstrap), nil until computed.
	CI *Interval `json:",omitempty"`

	perReport map[string]Counts // the lenient counts of each report, for the bootstrap
}

// Compare scores predicted names against gold names of one entity type in one or more
// reports. Names are compared per report: pairs are (report, key).
func Compare(t govkg.EntityType, gold, pred map[string][]string) Score {
	key := func(n string) string { return Key(t, n) }
	return compareItems(string(t), gold, pred, key, Lenient, func(k string) string { return k })
}

// compareItems scores items per report: key folds an item to its comparison key, lenient
// says whether two different keys still match, show renders a key for the misses lists.
func compareItems(label string, gold, pred map[string][]string, key func(string) string,
	lenient func(a, b string) bool, show func(string) string) Score {
	s := Score{Type: label}
	reps := make([]string, 0, len(gold))
	for rep := range gold {
		reps = append(reps, rep)
	}
	sort.Strings(reps)
	anyMatch := func(x string, list []string) bool {
		if contains(list, x) {
			return true
		}
		for _, o := range list {
			if lenient(x, o) {
				return true
			}
		}
		return false
	}
	s.perReport = make(map[string]Counts, len(reps))
	for _, rep := range reps {
		gset, pset := uniq(key, gold[rep]), uniq(key, pred[rep])
		c := Counts{Gold: len(gset), Predicted: len(pset)}
		for _, g := range gset {
			if contains(pset, g) {
				s.StrictTP++
			}
			if anyMatch(g, pset) {
				c.TPGold++
			} else {
				s.Misses = append(s.Misses, show(g))
			}
		}
		for _, p := range pset {
			if anyMatch(p, gset) {
				c.TPPred++
			} else {
				s.Spurious = append(s.Spurious, show(p))
			}
		}
		s.perReport[rep] = c
		s.Gold += c.Gold
		s.Predicted += c.Predicted
		s.LenientTPGold += c.TPGold
		s.LenientTPPred += c.TPPred
	}
	s.StrictP, s.StrictR = ratio(s.StrictTP, s.Predicted), ratio(s.StrictTP, s.Gold)
	s.StrictF1 = f1(s.StrictP, s.StrictR)
	s.LenientP, s.LenientR = ratio(s.LenientTPPred, s.Predicted), ratio(s.LenientTPGold, s.Gold)
	s.LenientF1 = f1(s.LenientP, s.LenientR)
	sort.Strings(s.Misses)
	sort.Strings(s.Spurious)
	return s
}

func uniq(key func(string) string, items []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range items {
		k := key(n)
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

// String renders a score as one line.
func (s Score) String() string {
	return fmt.Sprintf("%-10s gold %3d pred %3d  strict P %.2f R %.2f F1 %.2f  lenient P %.2f R %.2f F1 %.2f",
		s.Type, s.Gold, s.Predicted, s.StrictP, s.StrictR, s.StrictF1, s.LenientP, s.LenientR, s.LenientF1)
}

// Result is the evaluation of one split: entity scores per type, relation scores per type
// and the indicator facts.
type Result struct {
	Split      string
	Reports    int
	Cities     int
	Entities   []Score
	Relations  []Score
	Indicators Score
	// EntityMacroCI and RelationMacroCI are the bootstrap intervals of the lenient
	// macros (Result.Bootstrap), nil until computed.
	EntityMacroCI, RelationMacroCI *Interval `json:",omitempty"`

	cityOf map[string]string // report id → city, for the bootstrap
}

// Measured reports whether a score measured anything: gold or predicted items exist.
// A type no gold set annotates and the extractor never predicts has no score.
func (s Score) Measured() bool { return s.Gold > 0 || s.Predicted > 0 }

// Macro is the unweighted mean lenient (or strict) F1 over the measured scores.
func Macro(scores []Score, strict bool) float64 {
	var sum float64
	n := 0
	for _, s := range scores {
		if !s.Measured() {
			continue
		}
		n++
		if strict {
			sum += s.StrictF1
		} else {
			sum += s.LenientF1
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// Evaluate scores an extraction against gold sets. reportOf maps a gold set's Name to the
// id of the report the extraction gave its file.
func Evaluate(split string, golds []Gold, reportOf map[string]string, ext *govkg.Extraction) *Result {
	return score(split, golds, reportOf, said{
		entities:   predictedEntities(ext),
		relations:  predictedRelations(ext),
		indicators: predictedIndicators(ext),
	})
}

// Agree scores second annotations of the same reports against the gold sets, the way
// Evaluate scores the extractor: the F1 of one annotator against another is the ceiling
// a gold set can measure. others are matched to golds by Name; a gold set without a
// second annotation is left out, and relations (indicators) are scored only where both
// annotations have them.
func Agree(split string, golds, others []Gold) *Result {
	byName := map[string]Gold{}
	for _, o := range others {
		byName[o.Name] = o
	}
	var paired, second []Gold
	reportOf := map[string]string{}
	for _, g := range golds {
		o, ok := byName[g.Name]
		if !ok {
			continue
		}
		g.HasRelations = g.HasRelations && o.HasRelations
		g.HasIndicators = g.HasIndicators && o.HasIndicators
		paired, second = append(paired, g), append(second, o)
		reportOf[g.Name] = g.Name
	}
	return score(split, paired, reportOf, goldSaid(second))
}

// said is what one side of a comparison gives for each report (by report id): entity
// names per type, relation tuples per type and indicator keys.
type said struct {
	entities   map[govkg.EntityType]map[string][]string
	relations  map[govkg.RelationType]map[string][]string
	indicators map[string][]string
}

// goldSaid is what gold sets say, keyed by their Name.
func goldSaid(golds []Gold) said {
	s := said{entities: map[govkg.EntityType]map[string][]string{}, relations: map[govkg.RelationType]map[string][]string{}, indicators: map[string][]string{}}
	for _, g := range golds {
		for _, e := range g.Entities {
			if s.entities[e.Type] == nil {
				s.entities[e.Type] = map[string][]string{}
			}
			s.entities[e.Type][g.Name] = append(s.entities[e.Type][g.Name], e.Name)
		}
		for _, r := range g.Relations {
			if s.relations[r.Type] == nil {
				s.relations[r.Type] = map[string][]string{}
			}
			s.relations[r.Type][g.Name] = append(s.relations[r.Type][g.Name], goldTuple(r))
		}
		for _, f := range g.Indicators {
			s.indicators[g.Name] = append(s.indicators[g.Name], indicatorKey(f.Metric, f.Year, f.Basis, f.Measure, f.Value, f.Unit))
		}
	}
	return s
}

// score compares the gold sets with what pred says of their reports.
func score(split string, golds []Gold, reportOf map[string]string, pred said) *Result {
	res := &Result{Split: split, Reports: len(golds), cityOf: map[string]string{}}
	cities := map[string]bool{}
	for _, g := range golds {
		cities[g.City] = true
		res.cityOf[reportOf[g.Name]] = g.City
	}
	res.Cities = len(cities)
	gs := goldSaid(golds)
	for _, t := range ScoredTypes {
		gold, got := map[string][]string{}, map[string][]string{}
		for _, g := range golds {
			id := reportOf[g.Name]
			gold[id] = append([]string{}, gs.entities[t][g.Name]...)
			got[id] = pred.entities[t][id]
		}
		res.Entities = append(res.Entities, Compare(t, gold, got))
	}
	for _, rt := range ScoredRelations {
		gold, got := map[string][]string{}, map[string][]string{}
		for _, g := range golds {
			if !g.HasRelations {
				continue
			}
			id := reportOf[g.Name]
			gold[id] = append([]string{}, gs.relations[rt][g.Name]...)
			got[id] = pred.relations[rt][id]
		}
		res.Relations = append(res.Relations, compareItems(string(rt), gold, got, tupleKey, tupleLenient, showTuple))
	}
	gold, got := map[string][]string{}, map[string][]string{}
	for _, g := range golds {
		if !g.HasIndicators {
			continue
		}
		id := reportOf[g.Name]
		gold[id] = append([]string{}, gs.indicators[g.Name]...)
		got[id] = pred.indicators[id]
	}
	same := func(a, b string) bool { return false }
	res.Indicators = compareItems(IndicatorRow, gold, got, func(s string) string { return s }, same, showIndicator)
	return res
}

// predictedEntities lists, per type and report, the names the extraction gives.
func predictedEntities(ext *govkg.Extraction) map[govkg.EntityType]map[string][]string {
	pred := map[govkg.EntityType]map[string][]string{}
	add := func(t govkg.EntityType, rep, name string) {
		if pred[t] == nil {
			pred[t] = map[string][]string{}
		}
		pred[t][rep] = append(pred[t][rep], name)
	}
	for _, e := range ext.Entities {
		reps := map[string]bool{}
		for _, m := range e.Mentions {
			reps[m.ReportID] = true
		}
		for rep := range reps {
			add(e.Type, rep, e.Name)
		}
	}
	// a report's own district is an entity of the report even when unnamed in a sentence
	for _, r := range ext.Reports {
		if r.District != "" {
			add(govkg.TypeDistrict, r.ID, r.District)
		}
	}
	return pred
}

// Relation tuples are "fromType:fromKey\x1ftoType:toKey\x1fextra".
const sep = "\x1f"

func goldTuple(r GoldRelation) string {
	return tuple(r.Type, r.From, r.To, r)
}

func tuple(rt govkg.RelationType, from, to string, r GoldRelation) string {
	ref := func(s string) string {
		t, n, ok := ParseRef(s)
		if !ok {
			return ""
		}
		return string(t) + ":" + Key(t, n)
	}
	extra := ""
	switch rt {
	case govkg.RelStatus:
		extra = r.Status
	case govkg.RelAssists:
		extra = Normalize(r.Kind)
	}
	return ref(from) + sep + ref(to) + sep + extra
}

func tupleKey(s string) string { return s }

// tupleLenient matches two tuples whose ends are the same types and leniently the same
// names, with the same extra.
func tupleLenient(a, b string) bool {
	pa, pb := strings.Split(a, sep), strings.Split(b, sep)
	if len(pa) != 3 || len(pb) != 3 || pa[2] != pb[2] {
		return false
	}
	for i := 0; i < 2; i++ {
		ta, na, _ := strings.Cut(pa[i], ":")
		tb, nb, _ := strings.Cut(pb[i], ":")
		if ta != tb || !Lenient(na, nb) {
			return false
		}
	}
	return true
}

func showTuple(s string) string {
	p := strings.Split(s, sep)
	strip := func(ref string) string {
		_, n, ok := strings.Cut(ref, ":")
		if !ok {
			return ref
		}
		return n
	}
	out := strip(p[0]) + "→" + strip(p[1])
	if p[0] == "" {
		out = "→" + strip(p[1])
	}
	if len(p) == 3 && p[2] != "" {
		out += "(" + p[2] + ")"
	}
	return out
}

// predictedRelations lists, per relation type and report, the tuples the extraction gives,
// keeping only ends of the types the gold sets annotate.
func predictedRelations(ext *govkg.Extraction) map[govkg.RelationType]map[string][]string {
	byID := map[string]*govkg.Entity{}
	for i := range ext.Entities {
		byID[ext.Entities[i].ID] = &ext.Entities[i]
	}
	reports := map[string]bool{}
	for _, r := range ext.Reports {
		reports[r.ID] = true
	}
	ref := func(id string) (string, govkg.EntityType, bool) {
		e, ok := byID[id]
		if !ok {
			return "", "", false
		}
		return string(e.Type) + ":" + e.Name, e.Type, true
	}
	out := map[govkg.RelationType]map[string][]string{}
	for _, rel := range ext.Relations {
		ends, ok := relationEnds[rel.Type]
		if !ok {
			continue
		}
		var from string
		if ends[0] != nil {
			f, ft, ok := ref(rel.From)
			if !ok || !in(ends[0], ft) {
				continue
			}
			from = f
		}
		to, tt, ok := ref(rel.To)
		if !ok || !in(ends[1], tt) {
			continue
		}
		g := GoldRelation{}
		if s, ok := rel.Props["status"].(string); ok {
			g.Status = s
		}
		if k, ok := rel.Props["kind"].(string); ok {
			g.Kind = k
		}
		t := tuple(rel.Type, from, to, g)
		reps := map[string]bool{}
		for _, ev := range rel.Evidence {
			reps[ev.ReportID] = true
		}
		if rel.Type == govkg.RelStatus && reports[rel.From] {
			reps = map[string]bool{rel.From: true}
		}
		for rep := range reps {
			if out[rel.Type] == nil {
				out[rel.Type] = map[string][]string{}
			}
			out[rel.Type][rep] = append(out[rel.Type][rep], t)
		}
	}
	return out
}

// indicatorKey is the comparison key of an indicator fact; values compare as numbers.
func indicatorKey(metric string, year int, basis, measure, value, unit string) string {
	return strings.Join([]string{metric, strconv.Itoa(year), basis, measure, CanonicalValue(value), unit}, sep)
}

// CanonicalValue folds an indicator value so that 5.40 and 5.4 compare equal; a range
// keeps its two ends.
func CanonicalValue(v string) string {
	lo, hi, isRange := strings.Cut(strings.TrimSpace(v), "-")
	if lo == "" && isRange { // a negative number
		lo, hi, isRange = "-"+hi, "", false
		if a, b, ok := strings.Cut(lo[1:], "-"); ok {
			lo, hi, isRange = "-"+a, b, true
		}
	}
	num := func(s string) string {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return s
		}
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	if isRange {
		return num(lo) + "-" + num(hi)
	}
	return num(lo)
}

func showIndicator(s string) string {
	p := strings.Split(s, sep)
	if len(p) != 6 {
		return s
	}
	return fmt.Sprintf("%s %s %s %s %s%s", p[0], p[1], p[2], p[3], p[4], p[5])
}

// predictedIndicators lists, per report, the indicator facts the extraction gives: an
// Indicator entity with a value gives a level, with a growth a growth.
func predictedIndicators(ext *govkg.Extraction) map[string][]string {
	out := map[string][]string{}
	str := func(p map[string]any, k string) string {
		switch v := p[k].(type) {
		case string:
			return v
		case int:
			return strconv.Itoa(v)
		case float64:
			return strconv.FormatFloat(v, 'f', -1, 64)
		}
		return ""
	}
	for _, e := range ext.Entities {
		if e.Type != govkg.TypeIndicator {
			continue
		}
		p := e.Props
		year, _ := strconv.Atoi(str(p, "year"))
		rep := str(p, "report")
		if rep == "" && len(e.Mentions) > 0 {
			rep = e.Mentions[0].ReportID
		}
		metric, basis := str(p, "metric"), str(p, "kind")
		if v := str(p, "value"); v != "" {
			out[rep] = append(out[rep], indicatorKey(metric, year, basis, "level", v, str(p, "unit")))
		}
		if g := str(p, "growth_pct"); g != "" {
			out[rep] = append(out[rep], indicatorKey(metric, year, basis, "growth", g, "%"))
		}
	}
	return out
}

// Run extracts the reports of a split's gold sets and scores the extraction.
func Run(c *Corpus, split string) (*Result, error) {
	golds, err := c.Select(split)
	if err != nil {
		return nil, err
	}
	if len(golds) == 0 {
		return nil, govkg.Errorf(govkg.EINPUT, "%s: no gold sets in split %q", c.Dir, split)
	}
	return RunWith(extract.New(), split, golds)
}

// RunWith scores extractor x on gold sets (of a split, named for the result).
func RunWith(x *extract.Extractor, split string, golds []Gold) (*Result, error) {
	ext, reportOf, err := ExtractGoldsWith(x, golds)
	if err != nil {
		return nil, err
	}
	return Evaluate(split, golds, reportOf, ext), nil
}

// ExtractGolds runs the extractor on the reports of golds and returns the merged
// extraction with each gold set's report id.
func ExtractGolds(golds []Gold) (*govkg.Extraction, map[string]string, error) {
	return ExtractGoldsWith(extract.New(), golds)
}

// ExtractGoldsWith is ExtractGolds with a given extractor.
func ExtractGoldsWith(x *extract.Extractor, golds []Gold) (*govkg.Extraction, map[string]string, error) {
	var paths []string
	nameOf := map[string]string{}
	for _, g := range golds {
		paths = append(paths, g.ReportPath)
		nameOf[g.ReportPath] = g.Name
	}
	reportOf := map[string]string{}
	var parts []*govkg.Extraction
	var errs []string
	x.Run(paths, extract.Options{}, func(r extract.FileResult) {
		if r.Err != nil {
			errs = append(errs, r.Err.Error())
			return
		}
		reportOf[nameOf[r.Path]] = r.Extraction.Reports[0].ID
		parts = append(parts, r.Extraction)
	})
	if len(errs) > 0 {
		return nil, nil, govkg.Errorf(govkg.EINPUT, "%s", strings.Join(errs, "; "))
	}
	return extract.Merge(parts...), reportOf, nil
}

// RunExtraction scores a saved extraction (the JSON document `govkg extract` writes, of
// this or another version, or of another system) on a split's gold sets. Reports are
// matched to gold sets by file name.
func RunExtraction(c *Corpus, split string, ext *govkg.Extraction) (*Result, error) {
	golds, err := c.Select(split)
	if err != nil {
		return nil, err
	}
	byFile := map[string]string{}
	for _, r := range ext.Reports {
		byFile[filepath.Base(r.Path)] = r.ID
	}
	reportOf := map[string]string{}
	var missing []string
	for _, g := range golds {
		id, ok := byFile[filepath.Base(g.ReportPath)]
		if !ok {
			missing = append(missing, filepath.Base(g.ReportPath))
			continue
		}
		reportOf[g.Name] = id
	}
	if len(missing) > 0 {
		return nil, govkg.Errorf(govkg.EINPUT, "the extraction has no report for %d gold sets of split %s: %s", len(missing), split, strings.Join(missing, ", "))
	}
	return Evaluate(split, golds, reportOf, ext), nil
}
