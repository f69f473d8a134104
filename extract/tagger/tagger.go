// Package tagger is a character-level sequence tagger: an averaged structured
// perceptron over hashed features with first-order tag transitions, decoded by Viterbi
// under BIO constraints. It knows nothing of Chinese or of reports: callers turn each
// position of a sentence into feature hashes (see Hasher) and read back one tag per
// position. Training is deterministic: the same examples in the same order give a
// byte-identical model.
package tagger

import (
	"math"
	"slices"
)

// Tag is a BIO tag: 0 is O (outside), then B and I for each label in the model's order.
// Whatever scheme a model tags in inside, callers read and write BIO tags.
type Tag uint8

// Scheme is how a model writes a label's spans as tags while it trains and decodes.
type Scheme uint8

const (
	// SchemeBIO has a begin and an inside tag per label.
	SchemeBIO Scheme = iota
	// SchemeBIOES adds an end tag and a single-position tag per label, so that the
	// features of a name's last position (a suffix word, the word after it) score its
	// end directly instead of through the next position's O.
	SchemeBIOES
)

// width is the number of tags per label.
func (s Scheme) width() int {
	if s == SchemeBIOES {
		return 4
	}
	return 2
}

// String names the scheme as the train command's flag does.
func (s Scheme) String() string {
	if s == SchemeBIOES {
		return "bioes"
	}
	return "bio"
}

// ParseScheme reads a scheme's name ("bio" or "bioes").
func ParseScheme(name string) (Scheme, bool) {
	switch name {
	case "bio":
		return SchemeBIO, true
	case "bioes":
		return SchemeBIOES, true
	}
	return SchemeBIO, false
}

// The kinds of a label's tags, in their order within the label's tags.
const (
	kindB = iota
	kindI
	kindE
	kindS
)

// O is the outside tag.
const O Tag = 0

// Label returns the label index of a B or I tag (-1 for O) and whether it begins a span.
func (t Tag) Label() (label int, begin bool) {
	if t == O {
		return -1, false
	}
	return int(t-1) / 2, (t-1)%2 == 0
}

// B returns the begin tag of a label; I the inside tag.
func B(label int) Tag { return Tag(1 + 2*label) }

// I returns the inside tag of a label.
func I(label int) Tag { return Tag(2 + 2*label) }

// Sentence is one training or tagging unit: the feature hashes of each position.
type Sentence struct {
	Feats [][]uint32 // Feats[i]: bucket indices of position i's features
}

// Example is a sentence with its gold tags.
type Example struct {
	Sentence
	Gold []Tag
}

// Span is a labelled stretch of positions [Start, End).
type Span struct {
	Label      int
	Start, End int
}

// Spans reads the spans off a BIO tag sequence; an I without its B starts a span.
func Spans(tags []Tag) []Span {
	var out []Span
	cur := Span{Label: -1}
	flush := func(end int) {
		if cur.Label >= 0 {
			cur.End = end
			out = append(out, cur)
		}
		cur = Span{Label: -1}
	}
	for i, t := range tags {
		l, begin := t.Label()
		switch {
		case l < 0:
			flush(i)
		case begin || l != cur.Label:
			flush(i)
			cur = Span{Label: l, Start: i}
		}
	}
	flush(len(tags))
	return out
}

// Tags writes spans as BIO tags over n positions; later spans do not overwrite earlier
// ones.
func Tags(n int, spans []Span) []Tag {
	tags := make([]Tag, n)
	for _, s := range spans {
		free := true
		for i := s.Start; i < s.End; i++ {
			if tags[i] != O {
				free = false
				break
			}
		}
		if !free || s.Start >= s.End {
			continue
		}
		tags[s.Start] = B(s.Label)
		for i := s.Start + 1; i < s.End; i++ {
			tags[i] = I(s.Label)
		}
	}
	return tags
}

// Model holds the weights: per feature bucket one weight per tag, and tag transitions.
// Its tags are those of its Scheme; Decode gives BIO tags whatever the scheme.
type Model struct {
	Labels  []string  // span labels, in tag order
	Scheme  Scheme    // the tags it trains and decodes with
	Bits    uint      // feature buckets: 1 << Bits
	W       []float32 // W[bucket*NumTags + tag]
	Trans   []float32 // Trans[prev*NumTags + tag]; prev = NumTags is the sentence start
	NumTags int
	// Bias is added to every B tag's score when decoding. Perceptrons trained on sparse
	// spans favour O; a bias chosen on held-out data trades precision for recall.
	Bias float32
}

// NewModel makes an empty BIO model for labels with 1<<bits feature buckets.
func NewModel(labels []string, bits uint) *Model { return NewSchemeModel(labels, bits, SchemeBIO) }

// NewSchemeModel makes an empty model that tags in the given scheme.
func NewSchemeModel(labels []string, bits uint, scheme Scheme) *Model {
	n := 1 + scheme.width()*len(labels)
	return &Model{Labels: labels, Scheme: scheme, Bits: bits, NumTags: n,
		W: make([]float32, (1<<bits)*n), Trans: make([]float32, (n+1)*n)}
}

// kind is the kind (kindB …) and label of a non-O tag of the model's scheme.
func (m *Model) kind(t int) (kind, label int) {
	w := m.Scheme.width()
	return (t - 1) % w, (t - 1) / w
}

// allowed says whether tag t may follow prev (NumTags: the sentence start). BIO: an I-X
// only after B-X or I-X. BIOES: an I-X or E-X only after B-X or I-X, and O, B or S only
// where no span is open.
func (m *Model) allowed(prev, t int) bool {
	open := false // a span is open before t
	pk, pl := -1, -1
	if prev != m.NumTags && prev != 0 {
		pk, pl = m.kind(prev)
		open = pk == kindB || pk == kindI
	}
	if m.Scheme == SchemeBIO {
		if t == 0 || (t-1)%2 == 0 {
			return true
		}
		return pl >= 0 && pl == (t-1)/2
	}
	if t == 0 {
		return !open
	}
	k, l := m.kind(t)
	if k == kindB || k == kindS {
		return !open
	}
	return open && pl == l
}

// final says whether tag t may end a sentence: in BIOES no span may be left open.
func (m *Model) final(t int) bool {
	if m.Scheme == SchemeBIO || t == 0 {
		return true
	}
	k, _ := m.kind(t)
	return k == kindE || k == kindS
}

// begins says whether tag t starts a span (B, or S in BIOES): where Bias applies.
func (m *Model) begins(t int) bool {
	if t == 0 {
		return false
	}
	k, _ := m.kind(t)
	return k == kindB || k == kindS
}

// toBIO rewrites the model's tags as BIO tags, in place.
func (m *Model) toBIO(tags []Tag) {
	if m.Scheme == SchemeBIO {
		return
	}
	for i, t := range tags {
		if t == O {
			continue
		}
		k, l := m.kind(int(t))
		if k == kindB || k == kindS {
			tags[i] = B(l)
		} else {
			tags[i] = I(l)
		}
	}
}

// fromBIO returns BIO tags as the model's tags: a span's last position is E (S if it
// is its only one). An I without its B begins a span, as Spans reads it.
func (m *Model) fromBIO(tags []Tag) []Tag {
	if m.Scheme == SchemeBIO {
		return tags
	}
	out := make([]Tag, len(tags))
	for i, t := range tags {
		l, begin := t.Label()
		if l < 0 {
			continue
		}
		if i > 0 {
			if pl, _ := tags[i-1].Label(); pl != l {
				begin = true
			}
		} else {
			begin = true
		}
		last := true
		if i+1 < len(tags) {
			if nl, nb := tags[i+1].Label(); nl == l && !nb {
				last = false
			}
		}
		k := kindI
		switch {
		case begin && last:
			k = kindS
		case begin:
			k = kindB
		case last:
			k = kindE
		}
		out[i] = Tag(1 + 4*l + k)
	}
	return out
}

// emissions fills e[i*NumTags+t] with position i's feature score for tag t. Each tag's
// sum adds the features in their order, so the scores are the same to the bit whatever
// the loop's shape; the common model size (four labels, nine tags) sums in registers.
func (m *Model) emissions(s Sentence, e []float32) {
	n := m.NumTags
	if n == 17 {
		// two passes over the features, nine and eight sums, so that each pass's sums
		// stay in registers; the second pass finds the rows in the cache
		for i, fs := range s.Feats {
			var a0, a1, a2, a3, a4, a5, a6, a7, a8 float32
			for _, f := range fs {
				w := (*[17]float32)(m.W[int(f)*17:])
				a0 += w[0]
				a1 += w[1]
				a2 += w[2]
				a3 += w[3]
				a4 += w[4]
				a5 += w[5]
				a6 += w[6]
				a7 += w[7]
				a8 += w[8]
			}
			var b0, b1, b2, b3, b4, b5, b6, b7 float32
			for _, f := range fs {
				w := (*[17]float32)(m.W[int(f)*17:])
				b0 += w[9]
				b1 += w[10]
				b2 += w[11]
				b3 += w[12]
				b4 += w[13]
				b5 += w[14]
				b6 += w[15]
				b7 += w[16]
			}
			row := (*[17]float32)(e[i*17:])
			row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8] = a0, a1, a2, a3, a4, a5, a6, a7, a8
			row[9], row[10], row[11], row[12], row[13], row[14], row[15], row[16] = b0, b1, b2, b3, b4, b5, b6, b7
		}
		return
	}
	if n == 9 {
		for i, fs := range s.Feats {
			var a0, a1, a2, a3, a4, a5, a6, a7, a8 float32
			for _, f := range fs {
				w := (*[9]float32)(m.W[int(f)*9:])
				a0 += w[0]
				a1 += w[1]
				a2 += w[2]
				a3 += w[3]
				a4 += w[4]
				a5 += w[5]
				a6 += w[6]
				a7 += w[7]
				a8 += w[8]
			}
			row := (*[9]float32)(e[i*9:])
			row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8] = a0, a1, a2, a3, a4, a5, a6, a7, a8
		}
		return
	}
	for i, fs := range s.Feats {
		row := e[i*n : (i+1)*n]
		for t := range row {
			row[t] = 0
		}
		for _, f := range fs {
			w := m.W[int(f)*n : int(f)*n+n]
			for t := range row {
				row[t] += w[t]
			}
		}
	}
}

// Decoder tags sentences with a model; it keeps scratch buffers, so use one per goroutine.
type Decoder struct {
	m     *Model
	emit  []float32
	score []float32
	back  []int16
	// prevs[t] are the tags that may precede t, in increasing order; start[t] says
	// whether t may open a sentence (the BIO constraints of allowed, computed once).
	prevs [][]int
	start []bool
	end   []bool // end[t]: t may close a sentence (final)
	// transT9[t][p] is Trans[p*9+t] for a nine-tag model (four labels), whose step
	// decode9 unrolls; filled by each Decode.
	transT9 *[9][9]float32
	// transT17 is the same for a seventeen-tag model (four labels in BIOES), whose step
	// decode17 unrolls.
	transT17 *[17][17]float32
	tags     []Tag // DecodeTemp's result
	// the last decoded sentence's length, its best path's score, and its backward
	// scores once SpanGap asks for them
	lastL    int
	lastBest float32
	beta     []float32
	betaOK   bool
}

// NewDecoder returns a decoder for m.
func NewDecoder(m *Model) *Decoder {
	n := m.NumTags
	d := &Decoder{m: m, prevs: make([][]int, n), start: make([]bool, n), end: make([]bool, n)}
	for t := 0; t < n; t++ {
		d.start[t] = m.allowed(n, t)
		d.end[t] = m.final(t)
		for p := 0; p < n; p++ {
			if m.allowed(p, t) {
				d.prevs[t] = append(d.prevs[t], p)
			}
		}
	}
	if n == 9 && m.Scheme == SchemeBIO {
		d.transT9 = new([9][9]float32)
	}
	if n == 17 && m.Scheme == SchemeBIOES {
		d.transT17 = new([17][17]float32)
	}
	return d
}

// Decode returns the best tag sequence for s under the scheme's constraints, as BIO tags.
func (d *Decoder) Decode(s Sentence) []Tag {
	tags := d.decode(s, nil)
	d.m.toBIO(tags)
	return tags
}

// DecodeTemp is Decode into the decoder's own buffer: the tags are valid until the next
// call, for a caller that reads them at once (tagging a report sentence by sentence).
func (d *Decoder) DecodeTemp(s Sentence) []Tag {
	d.tags = d.decode(s, d.tags[:0])
	d.m.toBIO(d.tags)
	return d.tags
}

// decode appends the tags of s, in the model's scheme, to buf.
func (d *Decoder) decode(s Sentence, buf []Tag) []Tag {
	m := d.m
	n, L := m.NumTags, len(s.Feats)
	d.lastL, d.betaOK = 0, false
	if L == 0 {
		return nil
	}
	if cap(d.emit) < L*n {
		d.emit = make([]float32, L*n)
		d.score = make([]float32, L*n)
		d.back = make([]int16, L*n)
	}
	emit, score, back := d.emit[:L*n], d.score[:L*n], d.back[:L*n]
	m.emissions(s, emit)
	if m.Bias != 0 {
		for i := 0; i < L; i++ {
			for t := 1; t < n; t++ {
				if m.begins(t) {
					emit[i*n+t] += m.Bias
				}
			}
		}
	}
	neg := float32(math.Inf(-1))
	for t := 0; t < n; t++ {
		if d.start[t] {
			score[t] = emit[t] + m.Trans[n*n+t]
		} else {
			score[t] = neg
		}
		back[t] = -1
	}
	trans := m.Trans[:n*n]
	if d.transT9 != nil {
		// copied at every call: training changes the transitions between sentences
		for t := range 9 {
			for p := range 9 {
				d.transT9[t][p] = trans[p*9+t]
			}
		}
		d.decode9(emit, score, L)
	}
	if d.transT17 != nil {
		for t := range 17 {
			for p := range 17 {
				d.transT17[t][p] = trans[p*17+t]
			}
		}
		d.decode17(emit, score, L)
	}
	for i := 1; i < L && d.transT9 == nil && d.transT17 == nil; i++ {
		prev, cur := score[(i-1)*n:i*n], score[i*n:(i+1)*n]
		em, bk := emit[i*n:(i+1)*n], back[i*n:(i+1)*n]
		for t := range cur {
			best, arg := neg, -1
			for _, p := range d.prevs[t] {
				if v := prev[p] + trans[p*n+t]; v > best || arg < 0 {
					best, arg = v, p
				}
			}
			cur[t] = best + em[t]
			bk[t] = int16(arg)
		}
	}
	tags := slices.Grow(buf, L)[len(buf) : len(buf)+L]
	best, arg := neg, 0
	for t := 0; t < n; t++ {
		if v := score[(L-1)*n+t]; v > best && d.end[t] {
			best, arg = v, t
		}
	}
	d.lastL, d.lastBest = L, best
	for i := L - 1; i >= 0; i-- {
		tags[i] = Tag(arg)
		if d.transT9 != nil {
			if i > 0 {
				arg = d.prev9((*[9]float32)(score[(i-1)*9:]), arg)
			}
			continue
		}
		if d.transT17 != nil {
			if i > 0 {
				arg = d.prev17((*[17]float32)(score[(i-1)*17:]), arg)
			}
			continue
		}
		arg = int(back[i*n+arg])
	}
	return tags
}

// decode9 is Decode's forward pass for nine tags (O, then B and I of four labels),
// unrolled: O and every B may follow any tag, an I only its label's B or I (allowed).
// It keeps only the best scores, a tree of fmax; prev9 finds the back pointer of the
// one tag the best path takes at each position. The sums and their order are the
// general loop's, so the scores are equal to it (of a -0 and a +0 fmax may keep
// either, which no comparison and no later sum tells apart) and so are the tags.
func (d *Decoder) decode9(emit, score []float32, L int) {
	tt := d.transT9
	for i := 1; i < L; i++ {
		prev := (*[9]float32)(score[(i-1)*9:])
		cur := (*[9]float32)(score[i*9:])
		em := (*[9]float32)(emit[i*9:])
		for _, t := range [...]int{0, 1, 3, 5, 7} { // O and the B tags
			tr := &tt[t]
			// a tree of maxes: four steps of latency instead of eight
			b := fmax(fmax(fmax(prev[0]+tr[0], prev[1]+tr[1]), fmax(prev[2]+tr[2], prev[3]+tr[3])),
				fmax(fmax(fmax(prev[4]+tr[4], prev[5]+tr[5]), fmax(prev[6]+tr[6], prev[7]+tr[7])), prev[8]+tr[8]))
			cur[t] = b + em[t]
		}
		for t := 2; t < 9; t += 2 { // the I tags
			tr := &tt[t]
			cur[t] = fmax(prev[t-1]+tr[t-1], prev[t]+tr[t]) + em[t]
		}
	}
}

// prev9 is the back pointer of tag t at the position after prev's: the first allowed
// predecessor whose sum is the best, as the general loop's strict comparison keeps it.
func (d *Decoder) prev9(prev *[9]float32, t int) int {
	tr := &d.transT9[t]
	if t > 0 && t%2 == 0 {
		if prev[t]+tr[t] > prev[t-1]+tr[t-1] {
			return t
		}
		return t - 1
	}
	best, arg := prev[0]+tr[0], 0
	for p := 1; p < 9; p++ {
		if v := prev[p] + tr[p]; v > best {
			best, arg = v, p
		}
	}
	return arg
}

// decode17 is Decode's forward pass for seventeen tags (O, then B, I, E and S of four
// labels), unrolled as decode9 is: O, B and S follow a tag that closes or has no span
// (O, E, S), an I or an E its label's B or I. prev17 finds the back pointers.
func (d *Decoder) decode17(emit, score []float32, L int) {
	tt := d.transT17
	for i := 1; i < L; i++ {
		p := (*[17]float32)(score[(i-1)*17:])
		cur := (*[17]float32)(score[i*17:])
		em := (*[17]float32)(emit[i*17:])
		for _, t := range [...]int{0, 1, 4, 5, 8, 9, 12, 13, 16} { // O, B and S
			tr := &tt[t]
			b := fmax(fmax(fmax(p[0]+tr[0], p[3]+tr[3]), fmax(p[4]+tr[4], p[7]+tr[7])),
				fmax(fmax(fmax(p[8]+tr[8], p[11]+tr[11]), fmax(p[12]+tr[12], p[15]+tr[15])), p[16]+tr[16]))
			cur[t] = b + em[t]
		}
		for l := 0; l < 4; l++ { // I and E follow their label's B or I
			b, in := 1+4*l, 2+4*l
			for _, t := range [2]int{in, in + 1} {
				tr := &tt[t]
				cur[t] = fmax(p[b]+tr[b], p[in]+tr[in]) + em[t]
			}
		}
	}
}

// prev17 is prev9 for seventeen tags: the first allowed predecessor (prevs, in
// increasing order) whose sum is the best.
func (d *Decoder) prev17(prev *[17]float32, t int) int {
	tr := &d.transT17[t]
	ps := d.prevs[t]
	best, arg := prev[ps[0]]+tr[ps[0]], ps[0]
	for _, p := range ps[1:] {
		if v := prev[p] + tr[p]; v > best {
			best, arg = v, p
		}
	}
	return arg
}

// fmax is the greater of a and b, either of two equal ones (the scores have no NaN).
func fmax(a, b float32) float32 {
	if b > a {
		return b
	}
	return a
}

// SpanGap is how far the best path through the sentence last decoded scores above the
// best path that tags runes [start, end) as one span of label (BIO models only): 0
// when the best path is that one, larger the less the model believes in the span. ok
// is false for a model of another scheme or a span outside the sentence.
func (d *Decoder) SpanGap(start, end, label int) (gap float32, ok bool) {
	m := d.m
	n := m.NumTags
	if m.Scheme != SchemeBIO || d.lastL == 0 || start < 0 || end > d.lastL || start >= end || label < 0 || 1+2*label >= n {
		return 0, false
	}
	L := d.lastL
	emit, score := d.emit[:L*n], d.score[:L*n]
	trans := m.Trans[:n*n]
	neg := float32(math.Inf(-1))
	if !d.betaOK {
		// beta[i*n+t]: the best score of positions i+1… given tag t at i
		if cap(d.beta) < L*n {
			d.beta = make([]float32, L*n)
		}
		beta := d.beta[:L*n]
		for t := 0; t < n; t++ {
			beta[(L-1)*n+t] = 0
			if !d.end[t] {
				beta[(L-1)*n+t] = neg
			}
		}
		for i := L - 2; i >= 0; i-- {
			row, next := beta[i*n:(i+1)*n], (i+1)*n
			for t := range row {
				row[t] = neg
			}
			for u, ps := range d.prevs { // each tag u, from the tags that may precede it
				for _, p := range ps {
					row[p] = max(row[p], trans[p*n+u]+emit[next+u]+beta[next+u])
				}
			}
		}
		d.betaOK = true
	}
	beta := d.beta[:L*n]
	best := d.lastBest
	B, I := 1+2*label, 2+2*label
	var left float32
	if start == 0 {
		left = m.Trans[n*n+B]
	} else {
		left = neg
		for p := 0; p < n; p++ {
			if v := score[(start-1)*n+p] + trans[p*n+B]; v > left {
				left = v
			}
		}
	}
	mid := emit[start*n+B]
	last := B
	for k := start + 1; k < end; k++ {
		mid += trans[last*n+I] + emit[k*n+I]
		last = I
	}
	right := float32(0)
	if end < L {
		right = neg
		for t := 0; t < n; t++ {
			if t == I || !m.allowed(last, t) {
				continue
			}
			if v := trans[last*n+t] + emit[end*n+t] + beta[end*n+t]; v > right {
				right = v
			}
		}
	}
	return best - (left + mid + right), true
}
