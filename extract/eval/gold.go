package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	govkg "github.com/govkg/govkg"
)

// Splits of the gold corpus, in report order. The split is by city: a city's reports
// are all in one split, so the test split holds cities nothing was tuned on.
const (
	SplitSeeds = "seeds" // the five Shenzhen district reports govkg started from
	SplitTrain = "train" // training data; rules may be looked at here
	SplitDev   = "dev"   // choosing features, thresholds and rules
	SplitTest  = "test"  // reporting only
	SplitAll   = "all"   // every gold set
)

// Splits lists the splits a manifest may name, in the order tables show them.
var Splits = []string{SplitTest, SplitDev, SplitTrain, SplitSeeds}

// ManifestName is the file, in a gold directory, that lists the gold sets and their split.
const ManifestName = "split.tsv"

// GoldMention is one written form of an entity: the words that name it and a verbatim
// snippet of the report around them.
type GoldMention struct {
	Text     string `json:"text"`
	Evidence string `json:"evidence"`
}

// GoldEntity is one annotated entity: its type, canonical name and written forms.
type GoldEntity struct {
	Type     govkg.EntityType `json:"type"`
	Name     string           `json:"name"`
	Mentions []GoldMention    `json:"mentions"`
}

// GoldRelation is one annotated relation between entities of the same gold set, each
// end written "Type:name". STATUS has no From: the report says it.
type GoldRelation struct {
	Type     govkg.RelationType `json:"type"`
	From     string             `json:"from,omitempty"`
	To       string             `json:"to"`
	Status   string             `json:"status,omitempty"`
	Stance   string             `json:"stance,omitempty"`
	Kind     string             `json:"kind,omitempty"`
	Evidence string             `json:"evidence"`
}

// GoldIndicator is one annotated indicator fact: one quantity of one metric for one year.
type GoldIndicator struct {
	Metric   string `json:"metric"`
	Year     int    `json:"year"`
	Basis    string `json:"basis"`   // actual or target
	Measure  string `json:"measure"` // level or growth
	Value    string `json:"value"`
	Unit     string `json:"unit"`
	Evidence string `json:"evidence"`
}

// Gold is the gold set of one report.
type Gold struct {
	Report       string          `json:"report"` // file name of the report
	Annotator    string          `json:"annotator,omitempty"`
	Preannotated bool            `json:"preannotated"`
	Minutes      int             `json:"annotation_minutes,omitempty"`
	Note         string          `json:"annotator_note,omitempty"`
	Entities     []GoldEntity    `json:"entities"`
	Relations    []GoldRelation  `json:"relations,omitempty"`
	Indicators   []GoldIndicator `json:"indicators,omitempty"`

	// From the manifest and the file, not from the JSON.
	Path          string `json:"-"` // the gold file
	Name          string `json:"-"` // the gold file's name without .json
	ReportPath    string `json:"-"` // the report file
	City          string `json:"-"`
	Year          int    `json:"-"`
	Split         string `json:"-"`
	HasRelations  bool   `json:"-"` // the file annotates relations (a "relations" key)
	HasIndicators bool   `json:"-"` // the file annotates indicators (an "indicators" key)
}

// Corpus is every gold set of a gold directory, as its manifest lists them.
type Corpus struct {
	Dir   string
	Golds []Gold // in manifest order
}

// LoadCorpus reads dir's manifest (split.tsv) and every gold set it lists. Each manifest
// row is: gold file, report file (relative to dir), city, year, split.
func LoadCorpus(dir string) (*Corpus, error) {
	mpath := filepath.Join(dir, ManifestName)
	b, err := os.ReadFile(mpath)
	if err != nil {
		return nil, govkg.Errorf(govkg.EINPUT, "%s: %v", mpath, err)
	}
	c := &Corpus{Dir: dir}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, govkg.Errorf(govkg.EINPUT, "%s:%d: want 5 tab-separated fields (gold, report, city, year, split), got %d", mpath, n, len(f))
		}
		year, err := strconv.Atoi(f[3])
		if err != nil {
			return nil, govkg.Errorf(govkg.EINPUT, "%s:%d: year %q is not a number", mpath, n, f[3])
		}
		if !knownSplit(f[4]) {
			return nil, govkg.Errorf(govkg.EINPUT, "%s:%d: unknown split %q (want one of %s)", mpath, n, f[4], strings.Join(Splits, ", "))
		}
		g, err := LoadGold(filepath.Join(dir, f[0]))
		if err != nil {
			return nil, err
		}
		g.ReportPath = filepath.Join(dir, f[1])
		g.City, g.Year, g.Split = f[2], year, f[4]
		c.Golds = append(c.Golds, *g)
	}
	if len(c.Golds) == 0 {
		return nil, govkg.Errorf(govkg.EINPUT, "%s: lists no gold sets", mpath)
	}
	return c, nil
}

func knownSplit(s string) bool {
	for _, x := range Splits {
		if x == s {
			return true
		}
	}
	return false
}

// LoadGold reads one gold file.
func LoadGold(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, govkg.Errorf(govkg.EINPUT, "%s: %v", path, err)
	}
	var g Gold
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return nil, govkg.Errorf(govkg.EINPUT, "%s: not a gold set: %v", path, err)
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(b, &keys); err == nil {
		_, g.HasRelations = keys["relations"]
		_, g.HasIndicators = keys["indicators"]
	}
	g.Path = path
	g.Name = strings.TrimSuffix(filepath.Base(path), ".json")
	return &g, nil
}

// Select returns the gold sets of a split (SplitAll: every one), in manifest order.
func (c *Corpus) Select(split string) ([]Gold, error) {
	if split == SplitAll {
		return c.Golds, nil
	}
	if !knownSplit(split) {
		return nil, govkg.Errorf(govkg.EUSAGE, "unknown split %q (want %s or %s)", split, strings.Join(Splits, ", "), SplitAll)
	}
	var out []Gold
	for _, g := range c.Golds {
		if g.Split == split {
			out = append(out, g)
		}
	}
	return out, nil
}

// SplitSummary counts the reports and cities of each split, for tables and checks.
func (c *Corpus) SplitSummary() map[string][2]int {
	cities := map[string]map[string]bool{}
	reports := map[string]int{}
	for _, g := range c.Golds {
		if cities[g.Split] == nil {
			cities[g.Split] = map[string]bool{}
		}
		cities[g.Split][g.City] = true
		reports[g.Split]++
	}
	out := map[string][2]int{}
	for s, n := range reports {
		out[s] = [2]int{n, len(cities[s])}
	}
	return out
}

// splitOfCity checks that no city is in two splits and returns the offending city.
func (c *Corpus) splitOfCity() []string {
	seen := map[string]string{}
	var bad []string
	for _, g := range c.Golds {
		if s, ok := seen[g.City]; ok && s != g.Split {
			bad = append(bad, fmt.Sprintf("%s is in split %s and %s", g.City, s, g.Split))
		}
		seen[g.City] = g.Split
	}
	sort.Strings(bad)
	return bad
}

// ParseRef splits a relation end "Type:name".
func ParseRef(ref string) (govkg.EntityType, string, bool) {
	t, n, ok := strings.Cut(ref, ":")
	if !ok || t == "" || n == "" {
		return "", "", false
	}
	return govkg.EntityType(t), n, true
}
