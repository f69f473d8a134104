package extract

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"io"
	"math"
	"sync"
	"unicode"

	"github.com/go-ego/gse/hmm"
)

// gse's HMM emission table (B, E, M, S log probabilities per character), copied from
// gse v0.80.3's hmm/prob_emit.go by hmm_gen.go. gse is Apache-2.0 and the numbers are
// jieba's (MIT); both licences allow the copy. gse keeps the table in unexported maps,
// so the port below cannot read it from gse.
//
//go:embed hmm_emit.bin.gz
var hmmEmitData []byte

// gse's HMM constants (hmm/viterbi.go, hmm/prob_trans.go), states in gse's byte order
// B < E < M < S, which is also the order gse breaks ties in.
const (
	hmmB = iota
	hmmE
	hmmM
	hmmS
)

const hmmMinFloat = -3.14e100

var (
	hmmStart = [4]float64{hmmB: -0.26268660809250016, hmmE: -3.14e+100, hmmM: -3.14e+100, hmmS: -1.4652633398537678}
	// hmmPrev[y] are the states that may precede y, with their transition log
	// probabilities into y.
	hmmPrev = [4][2]struct {
		state int
		trans float64
	}{
		hmmB: {{hmmE, -0.5897149736854513}, {hmmS, -0.7211965654669841}},
		hmmM: {{hmmM, -1.2603623820268226}, {hmmB, -0.916290731874155}},
		hmmS: {{hmmS, -0.6658631448798212}, {hmmE, -0.8085250474669937}},
		hmmE: {{hmmB, -0.510825623765990}, {hmmM, -0.33344856811948514}},
	}
)

// hmmTable is the decoded emission table: row index[r] of emit for rune r (row 0, all
// gse's minFloat, for a rune gse's table does not have).
type hmmTable struct {
	index []uint16
	emit  [][4]float64
}

var (
	hmmOnce sync.Once
	hmmTab  *hmmTable
)

// hmmEmissions decodes the embedded table once.
func hmmEmissions() *hmmTable {
	hmmOnce.Do(func() {
		t, err := decodeHMMTable(hmmEmitData)
		if err != nil {
			panic("extract: embedded HMM table: " + err.Error())
		}
		hmmTab = t
	})
	return hmmTab
}

func decodeHMMTable(data []byte) (*hmmTable, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	if len(raw) < 4 {
		return nil, io.ErrUnexpectedEOF
	}
	n := int(binary.LittleEndian.Uint32(raw))
	raw = raw[4:]
	if len(raw) != n*2+n*32 {
		return nil, io.ErrUnexpectedEOF
	}
	runes := make([]uint16, n)
	maxRune := 0
	for i := range runes {
		runes[i] = binary.LittleEndian.Uint16(raw[2*i:])
		maxRune = max(maxRune, int(runes[i]))
	}
	raw = raw[2*n:]
	t := &hmmTable{index: make([]uint16, maxRune+1), emit: make([][4]float64, n+1)}
	t.emit[0] = [4]float64{hmmMinFloat, hmmMinFloat, hmmMinFloat, hmmMinFloat}
	for i, r := range runes {
		for s := range 4 {
			t.emit[i+1][s] = math.Float64frombits(binary.LittleEndian.Uint64(raw[32*i+8*s:]))
		}
		t.index[r] = uint16(i + 1)
	}
	return t, nil
}

// row returns r's emissions.
func (t *hmmTable) row(r rune) *[4]float64 {
	if r >= 0 && int(r) < len(t.index) {
		return &t.emit[t.index[r]]
	}
	return &t.emit[0]
}

// isHan is unicode.Is(unicode.Han, r) (also what gse's \p{Han} matches), with the
// CJK Unified Ideographs block answered without the table search.
func isHan(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return true
	}
	return r >= 0x2E80 && unicode.Is(unicode.Han, r)
}

// hmmCutter is gse's hmm.Cut with arrays for its maps: runs of Han characters are cut
// by the Viterbi path over gse's four states with gse's numbers, added in gse's order
// (the same float64 results, so the same ties); anything else goes to gse's hmm.Cut,
// whose cuts outside Han runs do not depend on the Han around them.
type hmmCutter struct {
	tab   *hmmTable
	score [][4]float64 // per position, best log probability ending in each state
	back  [][4]uint8   // per position, the best previous state for each state
	path  []uint8
}

// cut appends gse's hmm.Cut(string(runes)) to toks.
func (h *hmmCutter) cut(runes []rune, toks []string) []string {
	for i := 0; i < len(runes); {
		j := i + 1
		if isHan(runes[i]) {
			for j < len(runes) && isHan(runes[j]) {
				j++
			}
			toks = h.cutHan(runes[i:j], toks)
		} else {
			for j < len(runes) && !isHan(runes[j]) {
				j++
			}
			toks = append(toks, hmm.Cut(string(runes[i:j]))...)
		}
		i = j
	}
	return toks
}

// cutHan is gse's internalCut: the words of the Viterbi path (B…E, S), and whatever
// is left after the last E or S as one word.
func (h *hmmCutter) cutHan(obs []rune, toks []string) []string {
	path := h.viterbi(obs)
	begin, next := 0, 0
	for i, pos := range path {
		switch pos {
		case hmmB:
			begin = i
		case hmmE:
			toks = append(toks, string(obs[begin:i+1]))
			next = i + 1
		case hmmS:
			toks = append(toks, string(obs[i]))
			next = i + 1
		}
	}
	if next < len(obs) {
		toks = append(toks, string(obs[next:]))
	}
	return toks
}

// viterbi is gse's hmm.Viterbi(obs, BMES): the best state per character. Among equal
// scores gse's sort keeps the greater state byte; so does this.
func (h *hmmCutter) viterbi(obs []rune) []uint8 {
	if h.tab == nil {
		h.tab = hmmEmissions()
	}
	n := len(obs)
	h.score = sized(h.score, n)
	h.back = sized(h.back, n)
	h.path = sized(h.path, n)
	score, back := h.score, h.back
	em := h.tab.row(obs[0])
	for y := range 4 {
		score[0][y] = em[y] + hmmStart[y]
	}
	for t := 1; t < n; t++ {
		em := h.tab.row(obs[t])
		prev := &score[t-1]
		for y := range 4 {
			emP := em[y]
			a, b := hmmPrev[y][0], hmmPrev[y][1]
			pa := prev[a.state] + a.trans + emP
			pb := prev[b.state] + b.trans + emP
			if pa > pb || pa == pb && a.state > b.state {
				score[t][y], back[t][y] = pa, uint8(a.state)
			} else {
				score[t][y], back[t][y] = pb, uint8(b.state)
			}
		}
	}
	last := uint8(hmmS)
	if score[n-1][hmmE] > score[n-1][hmmS] {
		last = hmmE
	}
	path := h.path
	for t := n - 1; t >= 0; t-- {
		path[t] = last
		last = back[t][last]
	}
	return path
}
