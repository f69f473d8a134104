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

// magic starts every model file; the digit is the format version. Version 2 writes the
// scheme after the labels; a BIO model is written as version 1, so its bytes are those
// of the models before schemes.
const (
	magic  = "govkg-tagger 1\n"
	magic2 = "govkg-tagger 2\n"
)

// Encode writes the model in a compact, deterministic form: gzip (no name, no time) of
// the labels, the transitions and the non-zero feature rows, bucket numbers
// delta-encoded. The same model always gives the same bytes.
func (m *Model) Encode(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	f32 := func(x float32) {
		binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(x))
		bw.Write(buf[:4])
	}
	if m.Scheme == SchemeBIO {
		bw.WriteString(magic)
	} else {
		bw.WriteString(magic2)
	}
	uv(uint64(len(m.Labels)))
	for _, l := range m.Labels {
		uv(uint64(len(l)))
		bw.WriteString(l)
	}
	if m.Scheme != SchemeBIO {
		uv(uint64(m.Scheme))
	}
	uv(uint64(m.Bits))
	f32(m.Bias)
	for _, x := range m.Trans {
		f32(x)
	}
	n := m.NumTags
	rows := 0
	for b := 0; b < 1<<m.Bits; b++ {
		if !zeroRow(m.W[b*n : (b+1)*n]) {
			rows++
		}
	}
	uv(uint64(rows))
	last := -1
	for b := 0; b < 1<<m.Bits; b++ {
		row := m.W[b*n : (b+1)*n]
		if zeroRow(row) {
			continue
		}
		uv(uint64(b - last))
		last = b
		for _, x := range row {
			f32(x)
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func zeroRow(r []float32) bool {
	for _, x := range r {
		if x != 0 {
			return false
		}
	}
	return true
}

// Bytes returns the encoded model.
func (m *Model) Bytes() []byte {
	var b bytes.Buffer
	_ = m.Encode(&b) // writes to memory cannot fail
	return b.Bytes()
}

// openModel opens a gzipped model file and reads its header: magic, which names the
// kind of model and its format version.
// It returns the index of the magic it found among those given (all of one length).
func openModel(r io.Reader, kind string, magics ...string) (*bufio.Reader, int, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, 0, fmt.Errorf("%s model: %w", kind, err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magics[0]))
	if _, err := io.ReadFull(br, head); err == nil {
		for i, m := range magics {
			if string(head) == m {
				return br, i, nil
			}
		}
	}
	return nil, 0, fmt.Errorf("%s model: not a govkg %s model (bad header)", kind, kind)
}

// Decode reads a model written by Encode.
func Decode(r io.Reader) (*Model, error) {
	br, which, err := openModel(r, "tagger", magic, magic2)
	if err != nil {
		return nil, err
	}
	var bad error
	uv := func() uint64 {
		x, err := binary.ReadUvarint(br)
		if err != nil && bad == nil {
			bad = err
		}
		return x
	}
	var b4 [4]byte
	f32 := func() float32 {
		if _, err := io.ReadFull(br, b4[:]); err != nil && bad == nil {
			bad = err
		}
		return math.Float32frombits(binary.LittleEndian.Uint32(b4[:]))
	}
	nl := uv()
	if nl > 64 {
		return nil, errors.New("tagger model: too many labels")
	}
	labels := make([]string, nl)
	for i := range labels {
		l := uv()
		if l > 256 {
			return nil, errors.New("tagger model: label too long")
		}
		s := make([]byte, l)
		if _, err := io.ReadFull(br, s); err != nil {
			return nil, fmt.Errorf("tagger model: %w", err)
		}
		labels[i] = string(s)
	}
	scheme := SchemeBIO
	if which == 1 { // magic2: the scheme follows the labels
		switch sc := uv(); sc {
		case uint64(SchemeBIOES):
			scheme = Scheme(sc)
		default:
			return nil, fmt.Errorf("tagger model: unknown tag scheme %d", sc)
		}
	}
	bits := uv()
	if bits == 0 || bits > 26 {
		return nil, fmt.Errorf("tagger model: %d feature bits", bits)
	}
	m := NewSchemeModel(labels, uint(bits), scheme)
	m.Bias = f32()
	for i := range m.Trans {
		m.Trans[i] = f32()
	}
	rows := uv()
	b := -1
	n := m.NumTags
	for r := uint64(0); r < rows && bad == nil; r++ {
		b += int(uv())
		if b < 0 || b >= 1<<m.Bits {
			return nil, errors.New("tagger model: bucket out of range")
		}
		for t := 0; t < n; t++ {
			m.W[b*n+t] = f32()
		}
	}
	if bad != nil {
		return nil, fmt.Errorf("tagger model: truncated: %w", bad)
	}
	return m, nil
}
