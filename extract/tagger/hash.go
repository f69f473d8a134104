package tagger

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
)

func mix(h uint64, x uint32) uint64 {
	for k := 0; k < 4; k++ {
		h ^= uint64(byte(x >> (8 * k)))
		h *= fnvPrime
	}
	return h
}

func (f *Features) put(h uint64) { f.out = append(f.out, uint32(h^h>>32)&f.mask) }

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
