package tagger

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// Ranker picks one of a few readings of a thing (where a name splits, whether it
// splits at all): each reading is a set of hashed features, its score the sum of their
// weights, and the highest score wins (the earliest reading on a tie). It is the
// tagger's perceptron without the sequence: a decision the rules cannot make from one
// word list, learned from the gold sets.
type Ranker struct {
	Bits uint      // 1<<Bits weights
	W    []float32 // one weight per bucket
}

// NewRanker returns a ranker with 1<<bits zero weights.
func NewRanker(bits uint) *Ranker { return &Ranker{Bits: bits, W: make([]float32, 1<<bits)} }

// Choice is one decision: the features of each reading, and, for training, the index of
// the gold reading.
type Choice struct {
	Readings [][]uint32
	Gold     int
}

// Score is the sum of the weights of a reading's features.
func (m *Ranker) Score(feats []uint32) float32 {
	var s float32
	for _, f := range feats {
		s += m.W[f]
	}
	return s
}

// Best returns the index of the highest-scoring reading (the first on a tie).
func (m *Ranker) Best(readings [][]uint32) int {
	best, top := 0, float32(0)
	for i, r := range readings {
		if s := m.Score(r); i == 0 || s > top {
			best, top = i, s
		}
	}
	return best
}

// TrainRanker fits an averaged perceptron to the choices: where a reading scores at
// least as high as the gold one, the gold reading's weights go up and that reading's
// down (a tie is a mistake: it would leave a reading the data never separated); the
// weights returned are the average over every step. The order of the choices in each
// pass comes from seed; one goroutine, so the same choices give the same bytes.
func TrainRanker(bits uint, choices []Choice, epochs int, seed uint64) *Ranker {
	m := NewRanker(bits)
	w := make([]float64, len(m.W))
	u := make([]float64, len(m.W))
	c := 1.0
	order := make([]int, len(choices))
	for i := range order {
		order[i] = i
	}
	rng := seed*2654435761 + 1
	for range epochs {
		for i := len(order) - 1; i > 0; i-- {
			rng ^= rng >> 12
			rng ^= rng << 25
			rng ^= rng >> 27
			j := int(rng * 2685821657736338717 % uint64(i+1))
			order[i], order[j] = order[j], order[i]
		}
		for _, k := range order {
			ch := choices[k]
			if p := m.rival(ch); p >= 0 {
				for _, f := range ch.Readings[ch.Gold] {
					w[f]++
					u[f] += c
					m.W[f] = float32(w[f])
				}
				for _, f := range ch.Readings[p] {
					w[f]--
					u[f] -= c
					m.W[f] = float32(w[f])
				}
			}
			c++
		}
	}
	for i := range w {
		m.W[i] = float32(w[i] - u[i]/c)
	}
	return m
}

// AverageRankers returns the mean of rankers of the same size (trained on the same
// choices in different orders), summed in float64 in the given order: the same rankers
// give the same bytes.
func AverageRankers(rs []*Ranker) *Ranker {
	if len(rs) == 1 {
		return rs[0]
	}
	out := NewRanker(rs[0].Bits)
	for i := range out.W {
		var sum float64
		for _, r := range rs {
			sum += float64(r.W[i])
		}
		out.W[i] = float32(sum / float64(len(rs)))
	}
	return out
}

// rival returns the highest-scoring reading other than the gold one if it scores at
// least as high as the gold one, else -1.
func (m *Ranker) rival(ch Choice) int {
	g := m.Score(ch.Readings[ch.Gold])
	best, top := -1, g
	for i, r := range ch.Readings {
		if i == ch.Gold {
			continue
		}
		if s := m.Score(r); s > top || best < 0 && s == top {
			best, top = i, s
		}
	}
	return best
}

// rankerMagic starts every ranker file; the digit is the format version.
const rankerMagic = "govkg-ranker 1\n"

// Bytes encodes the ranker deterministically: gzip (no name, no time) of the bits and
// the non-zero weights, bucket numbers delta-encoded.
func (m *Ranker) Bytes() []byte {
	var out bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&out, gzip.BestCompression) // a valid level cannot fail
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	bw.WriteString(rankerMagic)
	uv(uint64(m.Bits))
	n := 0
	for _, x := range m.W {
		if x != 0 {
			n++
		}
	}
	uv(uint64(n))
	last := -1
	for b, x := range m.W {
		if x == 0 {
			continue
		}
		uv(uint64(b - last))
		last = b
		binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(x))
		bw.Write(buf[:4])
	}
	bw.Flush()
	zw.Close()
	return out.Bytes()
}

// DecodeRanker reads a ranker written by Bytes.
func DecodeRanker(r io.Reader) (*Ranker, error) {
	br, _, err := openModel(r, "ranker", rankerMagic)
	if err != nil {
		return nil, err
	}
	bits, err := binary.ReadUvarint(br)
	if err != nil || bits == 0 || bits > 26 {
		return nil, fmt.Errorf("ranker model: %d feature bits", bits)
	}
	m := NewRanker(uint(bits))
	n, err := binary.ReadUvarint(br)
	if err != nil || n > uint64(len(m.W)) {
		return nil, errors.New("ranker model: bad weight count")
	}
	b := -1
	var b4 [4]byte
	for range n {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("ranker model: truncated: %w", err)
		}
		if d == 0 || d > uint64(len(m.W)) {
			return nil, errors.New("ranker model: bucket out of range")
		}
		if b += int(d); b >= len(m.W) {
			return nil, errors.New("ranker model: bucket out of range")
		}
		if _, err := io.ReadFull(br, b4[:]); err != nil {
			return nil, fmt.Errorf("ranker model: truncated: %w", err)
		}
		m.W[b] = math.Float32frombits(binary.LittleEndian.Uint32(b4[:]))
	}
	return m, nil
}
