package extract

import (
	"math"
	"strings"

	"github.com/go-ego/gse"
)

// dagCutter is gse's Cut(text, true) — the most probable path through the dictionary
// DAG, runs of single characters then cut by the HMM — with the HMM's answers kept for
// the report. The rules ask gse about thousands of short overlapping spans left of a name
// suffix; the same runs of unknown characters come back in many of them, and gse's HMM
// (maps and sorts per character) is most of its cost. The steps and the floating-point
// arithmetic are gse's own (dag.go, v0.80.3), so the tokens are the same.
// gse's segmenter only reads its dictionary and model while cutting (gse benchmarks it
// from many goroutines), so workers share the extractor's; each report has its own
// dagCutter.
type dagCutter struct {
	seg  *gse.Segmenter
	dict *segDict            // seg's dictionary as a rune trie
	hmm  map[string][]string // HMM cuts of runs of single characters
	hmmc hmmCutter           // gse's HMM cut with arrays (hmm.go)
	// scratch, reused from span to span
	routes []dagRoute
	ends   []dagEnd
}

// dagRoute is the best path from a position: its log probability and the last rune of
// its first word.
type dagRoute struct {
	freq  float64
	index int
}

// cut returns the tokens of gse's seg.Cut(str, true).
func (c *dagCutter) cut(str string) []string {
	result := make([]string, 0, int(float32(len(str))/gse.RatioWord)+1)
	if gse.ToLower {
		str = strings.ToLower(str)
	}
	runes := []rune(str)
	routes := c.calc(runes)
	var buf []rune
	flush := func() {
		if len(buf) == 0 {
			return
		}
		if len(buf) == 1 {
			result = append(result, string(buf))
		} else {
			result = append(result, c.runHMM(buf)...)
		}
		buf = buf[:0]
	}
	for x := 0; x < len(runes); {
		y := routes[x].index + 1
		frag := runes[x:y]
		if y-x == 1 {
			buf = append(buf, frag...)
		} else {
			flush()
			result = append(result, string(frag))
		}
		x = y
	}
	flush()
	return result
}

// segDict is a gse dictionary as a rune trie, for the answers of its Find: whether a
// string is a word or the beginning of one (gse's byte trie has a node for it), and the
// word's frequency. The DAG asks about every string that starts at a position and
// grows one rune at a time; a walk answers them all where Find converts each to bytes
// and starts from the root.
type segDict struct {
	t    *compiled
	freq []float64 // per token of the dictionary
}

// newSegDict reads d's tokens. gse keeps the first token of a text (AddToken skips a
// text it has), so the tokens are added last to first: the trie's later add wins.
func newSegDict(d *gse.Dictionary) *segDict {
	t := newTrie()
	freq := make([]float64, len(d.Tokens))
	for i := len(d.Tokens) - 1; i >= 0; i-- {
		t.add(d.Tokens[i].Text(), i)
		freq[i] = d.Tokens[i].Freq()
	}
	return &segDict{t: t.compile(), freq: freq}
}

// step follows rune r from node n (0: the root); -1 when no word goes on with it.
func (d *segDict) step(n int32, r rune) int32 { return d.t.child(n, r) }

// freqAt is the frequency of the word that ends at node n, 0 for none (gse's Find on a
// word's beginning).
func (d *segDict) freqAt(n int32) float64 {
	if v := d.t.nodes[n].value; v > 0 {
		return d.freq[v-1]
	}
	return 0
}

// find is gse's Find(string(rs)) without the part of speech.
func (d *segDict) find(rs []rune) (float64, bool) {
	if len(rs) == 0 {
		return 0, false
	}
	n := int32(0)
	for _, r := range rs {
		if n = d.step(n, r); n < 0 {
			return 0, false
		}
	}
	return d.freqAt(n), true
}

// runHMM is gse's Segmenter.hmm: a run the dictionary knows stays single characters,
// any other goes to the HMM.
func (c *dagCutter) runHMM(buf []rune) []string {
	s := string(buf)
	if toks, ok := c.hmm[s]; ok {
		return toks
	}
	var toks []string
	if v, ok := c.dict.find(buf); !ok || v == 0 {
		toks = c.hmmc.cut(buf, nil)
	} else {
		for _, r := range buf {
			toks = append(toks, string(r))
		}
	}
	if c.hmm == nil {
		c.hmm = map[string][]string{}
	}
	c.hmm[s] = toks
	return toks
}

// calc is gse's Segmenter.calc with slices for its maps: routes[i] for i in [0, n].
func (c *dagCutter) calc(runes []rune) []dagRoute {
	n := len(runes)
	c.routes = sized(c.routes, n+1)
	rs := c.routes
	rs[n] = dagRoute{}
	logT := math.Log(c.seg.Dict.TotalFreq())
	for idx := n - 1; idx >= 0; idx-- {
		set := false
		for _, e := range c.dag(runes, idx) {
			i := e.end
			var r dagRoute
			if e.ok {
				r = dagRoute{freq: math.Log(e.freq) - logT + rs[i+1].freq, index: i}
			} else {
				r = dagRoute{freq: math.Log(1.0) - logT + rs[i+1].freq, index: i}
			}
			if !set {
				rs[idx], set = r, true
			} else if v := rs[idx]; v.freq < r.freq || v.freq == r.freq && v.index < r.index {
				rs[idx] = r
			}
		}
	}
	return rs
}

// dagEnd is a word of the DAG: its last rune, and Find's answers for it.
type dagEnd struct {
	end  int
	freq float64
	ok   bool
}

// dag is gse's getDag for one position: the last runes of the dictionary words with a
// frequency that start at k, or k alone; with Find's answers for each, which calc
// asks for next.
func (c *dagCutter) dag(runes []rune, k int) []dagEnd {
	ends := c.ends[:0]
	node := int32(0)
	for i := k; i < len(runes); i++ {
		if node = c.dict.step(node, runes[i]); node < 0 {
			break
		}
		if freq := c.dict.freqAt(node); freq > 0 {
			ends = append(ends, dagEnd{i, freq, true})
		}
	}
	if len(ends) == 0 {
		freq, ok := c.dict.find(runes[k : k+1])
		ends = append(ends, dagEnd{k, freq, ok})
	}
	c.ends = ends
	return ends
}
