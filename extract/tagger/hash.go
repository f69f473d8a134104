package tagger

import "slices"

// Features collects one position's feature hashes. A feature is a template number and a
// few runes or a string, hashed with FNV-1a and folded into the model's buckets; nothing
// is allocated per feature, so computing features costs about what reading the text does.
type Features struct {
	mask uint32
	out  []uint32
}

// NewFeatures returns a collector for a model with 1<<bits buckets.
func NewFeatures(bits uint) *Features { return &Features{mask: 1<<bits - 1} }

// Reset starts a new position.
func (f *Features) Reset() { f.out = f.out[:0] }

// Take returns the position's features (a copy the caller keeps) and starts a new one.
func (f *Features) Take() []uint32 {
	out := append([]uint32(nil), f.out...)
	f.out = f.out[:0]
	return out
}

// Len is the number of features collected since the last Reset; positions can share one
// buffer by recording Len after each and slicing All at the end (one allocation a
// sentence instead of one a position).
func (f *Features) Len() int { return len(f.out) }

// All returns every feature collected since the last Reset.
func (f *Features) All() []uint32 { return f.out }

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	// fnvPrime to the powers 3 and 4 (mod 2⁶⁴): a zero byte only multiplies by the
	// prime, so the zero high bytes of a small rune fold into one multiply.
	fnvPrime3 = 624165263380053675
	fnvPrime4 = 11527715348014283921
)

// mix is FNV-1a over x's four little-endian bytes. Most feature values are BMP runes or
// small codes, whose high bytes are zero: those take one or two multiplies instead of
// four and give the same hash (mixBytes is the plain byte-wise loop).
func mix(h uint64, x uint32) uint64 {
	if x < 0x100 {
		return (h ^ uint64(x)) * fnvPrime4
	}
	h = (h ^ uint64(x&0xff)) * fnvPrime
	if x < 0x10000 {
		return (h ^ uint64(x>>8)) * fnvPrime3
	}
	return mixBytes(h, x>>8, 3)
}

// mixBytes is FNV-1a over the n low bytes of x, least significant first.
func mixBytes(h uint64, x uint32, n int) uint64 {
	for k := 0; k < n; k++ {
		h ^= uint64(byte(x >> (8 * k)))
		h *= fnvPrime
	}
	return h
}

func (f *Features) put(h uint64) { f.out = append(f.out, uint32(h^h>>32)&f.mask) }

// Hash is a feature's hash in progress: Start a template, Mix its values, Put it. A
// caller that adds the same template and leading values at every position (a template
// with an offset) starts the hash once and mixes only what changes; the buckets are
// those of Add with the same values.
type Hash uint64

// Start begins the hash of template tpl.
func Start(tpl uint16) Hash { return Hash(mix(fnvOffset, uint32(tpl))) }

// Mix adds one value to the hash.
func (h Hash) Mix(r rune) Hash { return Hash(mix(uint64(h), uint32(r))) }

// Put adds the finished feature h.
func (f *Features) Put(h Hash) { f.put(uint64(h)) }

// Grow makes room for n more features without reallocating.
func (f *Features) Grow(n int) { f.out = slices.Grow(f.out, n) }

// Add adds the feature of template tpl over the runes rs (at most a few).
func (f *Features) Add(tpl uint16, rs ...rune) {
	h := mix(fnvOffset, uint32(tpl))
	for _, r := range rs {
		h = mix(h, uint32(r))
	}
	f.put(h)
}

// AddString adds the feature of template tpl over s.
func (f *Features) AddString(tpl uint16, s string) {
	h := mix(fnvOffset, uint32(tpl)|1<<16)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	f.put(h)
}
