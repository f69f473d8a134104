package eval

import (
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/extract/document"
)

// Problem is one thing wrong with a gold set, said so that a person can find and fix it.
type Problem struct {
	File  string // the gold file (or the manifest)
	Where string // e.g. `entity Project:天府国际机场 mention 0`
	Msg   string
}

func (p Problem) String() string {
	if p.Where == "" {
		return p.File + ": " + p.Msg
	}
	return p.File + ": " + p.Where + ": " + p.Msg
}

// Span is a gold mention placed in the report's normalized text.
type Span struct {
	Type     govkg.EntityType
	Name     string
	Text     string // the written form, as normalized in the document
	Sentence int    // index of the sentence holding it
	Start    int    // rune offsets within the sentence's text
	End      int
}

// Aligned is a gold set placed in its report: the normalized document, where each
// mention's snippet was found, and what is wrong with the set.
type Aligned struct {
	Gold     *Gold
	Doc      *document.Document
	Spans    []Span
	Problems []Problem
}

// Relation ends each relation type allows (ANNOTATION.md, "What counts as a relation").
// STATUS has no From: the report says it.
var relationEnds = map[govkg.RelationType][2][]govkg.EntityType{
	govkg.RelLocatedIn:  {{govkg.TypeProject, govkg.TypePark, govkg.TypeCompany}, {govkg.TypeDistrict}},
	govkg.RelServes:     {{govkg.TypeMetroLine}, {govkg.TypeDistrict}},
	govkg.RelStatus:     {nil, {govkg.TypeProject, govkg.TypePark, govkg.TypeMetroLine}},
	govkg.RelImplements: {{govkg.TypeDistrict, TypeCity}, {govkg.TypeProgram}},
	govkg.RelInvolves:   {{govkg.TypeCompany}, {govkg.TypeProject, govkg.TypePark}},
	govkg.RelInPark:     {{govkg.TypeProject}, {govkg.TypePark}},
	govkg.RelPartOf:     {{govkg.TypeProject}, {govkg.TypeProgram}},
	govkg.RelAssists:    {{govkg.TypeDistrict, TypeCity}, {govkg.TypeDistrict, TypeCity, TypeProvince}},
}

// ScoredRelations are the relation types the gold sets annotate, in table order.
var ScoredRelations = []govkg.RelationType{govkg.RelLocatedIn, govkg.RelServes, govkg.RelStatus,
	govkg.RelImplements, govkg.RelInvolves, govkg.RelInPark, govkg.RelPartOf, govkg.RelAssists}

// Gold-only types: cities and provinces are listed as ends of relations (a city
// implements programs and assists other places) but are not scored as entities.
const (
	TypeCity     govkg.EntityType = "City"
	TypeProvince govkg.EntityType = "Province"
)

// Statuses a STATUS relation may carry (ANNOTATION.md).
var Statuses = []string{"planned", "started", "under_construction", "topped_out", "completed", "operating", "landed"}

// Metrics are the indicator metrics the gold sets annotate, by canonical name.
var Metrics = []string{"地区生产总值", "规上工业增加值", "固定资产投资", "社会消费品零售总额", "进出口总额",
	"一般公共预算收入", "税收收入", "居民人均可支配收入"}

// maxEvidence bounds a snippet: long enough for a sentence, short enough that a snippet
// still says where the fact is.
const maxEvidence = 200

func entityTypeKnown(t govkg.EntityType) bool {
	for _, x := range ScoredTypes {
		if x == t {
			return true
		}
	}
	return t == TypeCity || t == TypeProvince
}

func in[T comparable](list []T, x T) bool {
	for _, y := range list {
		if y == x {
			return true
		}
	}
	return false
}

var valueRe = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?(-[0-9]+(\.[0-9]+)?)?$`)

// Align reads the report of g and places every mention of g in it, checking the set on
// the way (see Check for the list).
func Align(g *Gold) *Aligned {
	a := &Aligned{Gold: g}
	bad := func(where, format string, args ...any) {
		a.Problems = append(a.Problems, Problem{File: g.Path, Where: where, Msg: fmt.Sprintf(format, args...)})
	}
	if g.ReportPath != "" && filepath.Base(g.ReportPath) != g.Report {
		bad("", "names report %q but the manifest gives %s", g.Report, g.ReportPath)
	}
	doc, err := document.ReadFile(g.ReportPath, document.Options{})
	if err != nil {
		bad("", "report: %v", err)
		return a
	}
	a.Doc = doc
	ix := newCompactIndex(doc.Text)
	find := func(where, evidence string) (int, int, bool) {
		c := compact(evidence)
		if c == "" {
			bad(where, "no evidence")
			return 0, 0, false
		}
		if n := utf8.RuneCountInString(c); n > maxEvidence {
			bad(where, "evidence is %d characters, more than %d", n, maxEvidence)
		}
		lo, hi, ok := ix.find(c)
		if !ok {
			bad(where, "evidence not in the report: %q", evidence)
		}
		return lo, hi, ok
	}

	seen := map[string]string{} // type|key → name
	byRef := map[string]bool{}
	for _, e := range g.Entities {
		where := fmt.Sprintf("entity %s:%s", e.Type, e.Name)
		if !entityTypeKnown(e.Type) {
			bad(where, "unknown type %q", e.Type)
		}
		if strings.TrimSpace(e.Name) == "" {
			bad(where, "no name")
			continue
		}
		k := string(e.Type) + "|" + Key(e.Type, e.Name)
		if prev, ok := seen[k]; ok {
			bad(where, "listed twice (also as %q)", prev)
		}
		seen[k] = e.Name
		byRef[string(e.Type)+":"+e.Name] = true
		if len(e.Mentions) == 0 {
			bad(where, "no mentions")
		}
		for i, m := range e.Mentions {
			mw := fmt.Sprintf("%s mention %d", where, i)
			lo, hi, ok := find(mw, m.Evidence)
			if !ok {
				continue
			}
			t := compact(m.Text)
			if t == "" {
				bad(mw, "no text")
				continue
			}
			off := strings.Index(ix.compact(lo, hi), t)
			if off < 0 {
				bad(mw, "text %q is not inside its evidence %q", m.Text, m.Evidence)
				continue
			}
			s0 := lo + utf8.RuneCountInString(ix.compact(lo, hi)[:off])
			s1 := s0 + utf8.RuneCountInString(t)
			if sp, ok := a.span(ix.doc[s0], ix.doc[s1-1]+1); ok {
				sp.Type, sp.Name = e.Type, e.Name
				a.Spans = append(a.Spans, sp)
			} else {
				bad(mw, "text %q crosses a sentence boundary", m.Text)
			}
		}
	}

	for i, r := range g.Relations {
		where := fmt.Sprintf("relation %d %s %s→%s", i, r.Type, r.From, r.To)
		ends, ok := relationEnds[r.Type]
		if !ok {
			bad(where, "unknown relation type %q", r.Type)
			continue
		}
		for side, ref := range []string{r.From, r.To} {
			allowed := ends[side]
			name := [2]string{"from", "to"}[side]
			if allowed == nil {
				if ref != "" {
					bad(where, "%s has no %s (the report says it)", r.Type, name)
				}
				continue
			}
			t, _, ok := ParseRef(ref)
			switch {
			case !ok:
				bad(where, "%s %q is not Type:name", name, ref)
			case !byRef[ref]:
				bad(where, "%s %s is not an entity of this set", name, ref)
			case !in(allowed, t):
				bad(where, "%s cannot be a %s", name, t)
			}
		}
		switch r.Type {
		case govkg.RelStatus:
			if !in(Statuses, r.Status) {
				bad(where, "status %q is not one of %s", r.Status, strings.Join(Statuses, ", "))
			}
			if r.Stance != string(govkg.StanceAchieved) && r.Stance != string(govkg.StancePlanned) {
				bad(where, "stance %q is not achieved or planned", r.Stance)
			}
		case govkg.RelAssists:
			if strings.TrimSpace(r.Kind) == "" {
				bad(where, "ASSISTS without a kind")
			}
		}
		find(where, r.Evidence)
	}

	for i, f := range g.Indicators {
		where := fmt.Sprintf("indicator %d %s %d", i, f.Metric, f.Year)
		if !in(Metrics, f.Metric) {
			bad(where, "unknown metric %q", f.Metric)
		}
		if f.Year < 1949 || f.Year > 2100 {
			bad(where, "year %d out of range", f.Year)
		}
		if f.Basis != "actual" && f.Basis != "target" {
			bad(where, "basis %q is not actual or target", f.Basis)
		}
		switch f.Measure {
		case "growth":
			if f.Unit != "%" {
				bad(where, "a growth has unit %%, not %q", f.Unit)
			}
		case "level":
			if f.Unit == "" || f.Unit == "%" {
				bad(where, "a level needs a unit of amount, not %q", f.Unit)
			}
		default:
			bad(where, "measure %q is not level or growth", f.Measure)
		}
		if !valueRe.MatchString(f.Value) {
			bad(where, "value %q is not a number or a range", f.Value)
		}
		find(where, f.Evidence)
	}
	sort.SliceStable(a.Spans, func(i, j int) bool {
		if a.Spans[i].Sentence != a.Spans[j].Sentence {
			return a.Spans[i].Sentence < a.Spans[j].Sentence
		}
		return a.Spans[i].Start < a.Spans[j].Start
	})
	return a
}

// span turns document rune offsets into a sentence and offsets within it.
func (a *Aligned) span(lo, hi int) (Span, bool) {
	ss := a.Doc.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > lo })
	if i == len(ss) || ss[i].Start > lo || hi > ss[i].End {
		return Span{}, false
	}
	text := []rune(ss[i].Text)
	st, en := lo-ss[i].Start, hi-ss[i].Start
	return Span{Text: string(text[st:en]), Sentence: i, Start: st, End: en}, true
}

// Check loads every gold set of the corpus and returns what is wrong: a report missing
// or unreadable, a snippet not in its report, a mention's text not inside its snippet, a
// relation end that is not an entity of the set or not of an allowed type, an unknown
// status, stance, metric or unit, a name listed twice, a city in two splits, a gold file
// the manifest does not list.
func Check(c *Corpus) []Problem {
	var out []Problem
	manifest := filepath.Join(c.Dir, ManifestName)
	for _, msg := range c.splitOfCity() {
		out = append(out, Problem{File: manifest, Msg: msg})
	}
	listed := map[string]bool{}
	for i := range c.Golds {
		g := &c.Golds[i]
		if listed[g.Path] {
			out = append(out, Problem{File: manifest, Msg: g.Path + " is listed twice"})
		}
		listed[g.Path] = true
		if g.Split != SplitSeeds && !g.HasRelations {
			out = append(out, Problem{File: g.Path, Msg: "no relations annotated"})
		}
		out = append(out, Align(g).Problems...)
	}
	files, _ := filepath.Glob(filepath.Join(c.Dir, "*.json"))
	for _, f := range files {
		if !listed[f] {
			out = append(out, Problem{File: manifest, Msg: filepath.Base(f) + " is not listed"})
		}
	}
	return out
}

// compact folds text for snippet matching: NFKC, no whitespace or Markdown markers, one
// kind of quotation mark. Annotators copy snippets from the file; the document is
// normalized; both fold to the same string.
func compact(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	for _, r := range s {
		if r, ok := foldRune(r); ok {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func foldRune(r rune) (rune, bool) {
	switch {
	case unicode.IsSpace(r), r == '*', r == '#', r == '`', r == '>', r == '\u200b', r == '\ufeff':
		return 0, false
	case r == '“' || r == '”' || r == '"' || r == '「' || r == '」':
		return '"', true
	case r == '‘' || r == '’' || r == '\'':
		return '\'', true
	}
	return r, true
}

// compactIndex is a document's text folded by compact, with the document rune offset
// of every folded rune.
type compactIndex struct {
	text  string
	doc   []int // doc[i]: document rune offset of folded rune i
	bytes []int // bytes[i]: byte offset of folded rune i in text
}

func newCompactIndex(text string) *compactIndex {
	ix := &compactIndex{}
	var b strings.Builder
	i := 0
	for _, r := range text {
		if f, ok := foldRune(r); ok {
			ix.doc = append(ix.doc, i)
			ix.bytes = append(ix.bytes, b.Len())
			b.WriteRune(f)
		}
		i++
	}
	ix.text = b.String()
	ix.bytes = append(ix.bytes, b.Len())
	ix.doc = append(ix.doc, i)
	return ix
}

// find returns the folded-rune range of the first occurrence of c.
func (ix *compactIndex) find(c string) (int, int, bool) {
	at := strings.Index(ix.text, c)
	if at < 0 {
		return 0, 0, false
	}
	lo := sort.SearchInts(ix.bytes, at)
	return lo, lo + utf8.RuneCountInString(c), true
}

// compact returns folded runes lo..hi as a string.
func (ix *compactIndex) compact(lo, hi int) string { return ix.text[ix.bytes[lo]:ix.bytes[hi]] }
