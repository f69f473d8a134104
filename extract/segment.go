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
	hmm  map[string][]string // HMM cuts of runs of single characters
	hmmc hmmCutter           // gse's HMM cut with arrays (hmm.go)
	// scratch, reused from span to span
	routes []dagRoute
	ends   []int
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

// runHMM is gse's Segmenter.hmm: a run the dictionary knows stays single characters,
// any other goes to the HMM.
func (c *dagCutter) runHMM(buf []rune) []string {
	s := string(buf)
	if toks, ok := c.hmm[s]; ok {
		return toks
	}
	var toks []string
	if v, _, ok := c.seg.Find(s); !ok || v == 0 {
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
		for _, i := range c.dag(runes, idx) {
			var r dagRoute
			if freq, _, ok := c.seg.Find(string(runes[idx : i+1])); ok {
				r = dagRoute{freq: math.Log(freq) - logT + rs[i+1].freq, index: i}
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

// dag is gse's getDag for one position: the last runes of the dictionary words with a
// frequency that start at k, or k alone.
func (c *dagCutter) dag(runes []rune, k int) []int {
	ends := c.ends[:0]
	n := len(runes)
	for i := k; ; {
		freq, _, ok := c.seg.Find(string(runes[k : i+1]))
		if !ok {
			break
		}
		if freq > 0 {
			ends = append(ends, i)
		}
		i++
		if i >= n {
			break
		}
	}
	if len(ends) == 0 {
		ends = append(ends, k)
	}
	c.ends = ends
	return ends
}
