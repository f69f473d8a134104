package document

import (
	"slices"
	"unicode"
)

// FingerprintSize is the number of shingle hashes a Fingerprint keeps.
const FingerprintSize = 64

// shingleRunes is the length of the runs of Chinese characters a Fingerprint hashes.
const shingleRunes = 8

// Fingerprint is a bottom-k sketch of a document's text: the FingerprintSize smallest
// hashes of its 8-character shingles, counting Han characters only (punctuation,
// digits, Latin letters, spaces and markup are left out, so a file saved again with
// other front matter, spacing or number formatting keeps its fingerprint). Two
// fingerprints estimate how much text two documents share (Similarity), so the same
// report stored twice under two names is recognised without keeping either text.
type Fingerprint []uint64

// Fingerprint computes the document's fingerprint.
func (d *Document) Fingerprint() Fingerprint { return fingerprintOf(d.Text) }

func fingerprintOf(text string) Fingerprint {
	// the FingerprintSize smallest distinct hashes, kept in a max-heap: memory stays
	// FingerprintSize words whatever the length of the text
	h := make(maxHeap, 0, FingerprintSize)
	var win [shingleRunes]rune
	n := 0
	for _, r := range text {
		if !unicode.Is(unicode.Han, r) {
			continue
		}
		win[n%shingleRunes] = r
		n++
		if n < shingleRunes {
			continue
		}
		x := uint64(14695981039346656037) // FNV-1a over the shingle's runes, in order
		for i := range shingleRunes {
			x = (x ^ uint64(win[(n+i)%shingleRunes])) * 1099511628211
		}
		h.offer(mix(x))
	}
	fp := Fingerprint(h)
	slices.Sort(fp)
	return fp
}

// maxHeap holds the smallest hashes offered, at most its capacity, largest on top.
type maxHeap []uint64

func (h *maxHeap) offer(x uint64) {
	s := *h
	if len(s) == cap(s) && x >= s[0] {
		return
	}
	if slices.Contains(s, x) {
		return
	}
	if len(s) < cap(s) {
		s = append(s, x)
		for i := len(s) - 1; i > 0; { // sift up
			p := (i - 1) / 2
			if s[p] >= s[i] {
				break
			}
			s[p], s[i] = s[i], s[p]
			i = p
		}
		*h = s
		return
	}
	s[0] = x
	for i := 0; ; { // sift down
		l, r, big := 2*i+1, 2*i+2, i
		if l < len(s) && s[l] > s[big] {
			big = l
		}
		if r < len(s) && s[r] > s[big] {
			big = r
		}
		if big == i {
			break
		}
		s[i], s[big] = s[big], s[i]
		i = big
	}
}

// mix is splitmix64's finalizer: it spreads FNV's low-entropy bits over the word.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Similarity estimates the Jaccard similarity of the two documents' shingle sets: of
// the FingerprintSize smallest hashes of the union of both sketches, the share that
// both hold. The same report saved twice scores near 1; two years' reports of one
// city score under 0.1. It is 0 when either text has no shingle.
func (f Fingerprint) Similarity(g Fingerprint) float64 {
	if len(f) == 0 || len(g) == 0 {
		return 0
	}
	k := min(FingerprintSize, max(len(f), len(g)))
	i, j, n, both := 0, 0, 0, 0
	for n < k && (i < len(f) || j < len(g)) {
		switch {
		case j >= len(g) || (i < len(f) && f[i] < g[j]):
			i++
		case i >= len(f) || g[j] < f[i]:
			j++
		default:
			i, j = i+1, j+1
			both++
		}
		n++
	}
	return float64(both) / float64(n)
}
