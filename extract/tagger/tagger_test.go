package tagger

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

func TestSpansTags(t *testing.T) {
	tests := []struct {
		name  string
		tags  []Tag
		spans []Span
	}{
		{"empty", nil, nil},
		{"outside", []Tag{O, O}, nil},
		{"one", []Tag{O, B(0), I(0), O}, []Span{{0, 1, 3}}},
		{"adjacent", []Tag{B(1), B(1), I(1)}, []Span{{1, 0, 1}, {1, 1, 3}}},
		{"to the end", []Tag{O, B(2), I(2)}, []Span{{2, 1, 3}}},
		{"two labels", []Tag{B(0), I(0), B(3)}, []Span{{0, 0, 2}, {3, 2, 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Spans(tt.tags); !reflect.DeepEqual(got, tt.spans) {
				t.Errorf("Spans = %v, want %v", got, tt.spans)
			}
			if got := Tags(len(tt.tags), tt.spans); len(tt.tags) > 0 && !reflect.DeepEqual(got, tt.tags) {
				t.Errorf("Tags = %v, want %v", got, tt.tags)
			}
		})
	}
	// an I after O starts a span of its own; overlapping spans keep the first
	if got := Spans([]Tag{O, I(1), I(1)}); !reflect.DeepEqual(got, []Span{{1, 1, 3}}) {
		t.Errorf("stray I: %v", got)
	}
	if got := Tags(4, []Span{{0, 0, 3}, {1, 2, 4}}); !reflect.DeepEqual(got, []Tag{B(0), I(0), I(0), O}) {
		t.Errorf("overlap: %v", got)
	}
}

// toy is a tiny language: a word starting with 'A' names label 0 until a space; 'Z'
// starts label 1. Features are the rune itself and the previous rune.
func toy(s string, bits uint) Example {
	rs := []rune(s)
	f := NewFeatures(bits)
	ex := Example{Gold: make([]Tag, len(rs))}
	label := -1
	for i, r := range rs {
		f.Add(1, r)
		if i > 0 {
			f.Add(2, rs[i-1])
		} else {
			f.Add(2, 0)
		}
		ex.Feats = append(ex.Feats, f.Take())
		switch {
		case r == ' ':
			label = -1
			ex.Gold[i] = O
		case r == 'A' && (i == 0 || rs[i-1] == ' '):
			label = 0
			ex.Gold[i] = B(0)
		case r == 'Z' && (i == 0 || rs[i-1] == ' '):
			label = 1
			ex.Gold[i] = B(1)
		case label >= 0:
			ex.Gold[i] = I(label)
		}
	}
	return ex
}

func TestTrainLearnsAndIsDeterministic(t *testing.T) {
	var train []Example
	for _, s := range []string{"Abc def Zxy", "q Aa Zz r", "Zk Ab", "xx Abcd yy", "Zq w"} {
		train = append(train, toy(s, 12))
	}
	m := Train([]string{"a", "z"}, 12, train, TrainOptions{Epochs: 10, Seed: 1})
	test := toy("r Abcd Zxy q", 12)
	if got := NewDecoder(m).Decode(test.Sentence); !reflect.DeepEqual(got, test.Gold) {
		t.Errorf("decode %v, want %v", got, test.Gold)
	}
	again := Train([]string{"a", "z"}, 12, train, TrainOptions{Epochs: 10, Seed: 1})
	if !bytes.Equal(m.Bytes(), again.Bytes()) {
		t.Error("two trainings on the same data gave different models")
	}
	m.Bias = 1.5
	back, err := Decode(bytes.NewReader(m.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.W, m.W) || !reflect.DeepEqual(back.Trans, m.Trans) || !reflect.DeepEqual(back.Labels, m.Labels) || back.Bias != m.Bias {
		t.Error("model changed through Encode/Decode")
	}
}

// TestDecodeBIO: whatever the weights, an I never follows O or another label's tag.
func TestDecodeBIO(t *testing.T) {
	m := NewModel([]string{"a", "b"}, 4)
	for i := range m.W {
		m.W[i] = float32((i*7)%5) - 2 // arbitrary, favouring I tags in places
	}
	s := Sentence{Feats: [][]uint32{{1}, {2, 3}, {4}, {5}, {6, 7}, {8}}}
	tags := NewDecoder(m).Decode(s)
	prev := -1
	for i, tg := range tags {
		l, begin := tg.Label()
		if l >= 0 && !begin && prev != l {
			t.Fatalf("tag %d at %d follows label %d: %v", tg, i, prev, tags)
		}
		prev = l
	}
}

func TestDecodeModelErrors(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("not gzip"), {0x1f, 0x8b}} {
		if _, err := Decode(bytes.NewReader(in)); err == nil {
			t.Errorf("Decode(%q): no error", in)
		}
	}
	m := NewModel([]string{"a"}, 4)
	b := m.Bytes()
	if _, err := Decode(bytes.NewReader(b[:len(b)/2])); err == nil {
		t.Error("truncated model: no error")
	}
}

func TestAverage(t *testing.T) {
	mk := func(w0, t0 float32) *Model {
		m := NewModel([]string{"X"}, 1)
		m.W[0], m.Trans[0] = w0, t0
		return m
	}
	tests := []struct {
		name   string
		models []*Model
		w, tr  float32
	}{
		{"one model is itself", []*Model{mk(3, 1)}, 3, 1},
		{"two", []*Model{mk(1, 0), mk(3, 2)}, 2, 1},
		{"three, signs cancel", []*Model{mk(1, -1), mk(-1, 1), mk(3, 3)}, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Average(tt.models)
			if got.W[0] != tt.w || got.Trans[0] != tt.tr || got.W[1] != 0 {
				t.Errorf("Average: W[0] %v Trans[0] %v W[1] %v, want %v %v 0", got.W[0], got.Trans[0], got.W[1], tt.w, tt.tr)
			}
		})
	}
	// the same models give the same bytes
	a, b := Average([]*Model{mk(1, 0), mk(0.3, 0.7)}), Average([]*Model{mk(1, 0), mk(0.3, 0.7)})
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("Average is not deterministic")
	}
}

// TestDecodeUnrolled: the unrolled passes (nine tags in BIO, seventeen in BIOES) give
// the general loop's tags, ties included (weights of a few small values make equal
// scores common), also when the transitions change between two decodes (as in training).
func TestDecodeUnrolled(t *testing.T) {
	for _, scheme := range []Scheme{SchemeBIO, SchemeBIOES} {
		t.Run(scheme.String(), func(t *testing.T) { testDecodeUnrolled(t, scheme) })
	}
}

func testDecodeUnrolled(t *testing.T, scheme Scheme) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, weights := range [][]float32{{-1, 0, 1}, {-2.5, 0.5, 0.25, 3}, {0}} {
		m := NewSchemeModel([]string{"A", "B", "C", "D"}, 6, scheme)
		for i := range m.W {
			m.W[i] = weights[rng.IntN(len(weights))]
		}
		for i := range m.Trans {
			m.Trans[i] = weights[rng.IntN(len(weights))]
		}
		fast, slow := NewDecoder(m), NewDecoder(m)
		if fast.transT9 == nil && fast.transT17 == nil {
			t.Fatal("no unrolled pass for four labels")
		}
		slow.transT9, slow.transT17 = nil, nil
		for range 200 {
			s := Sentence{Feats: make([][]uint32, 1+rng.IntN(30))}
			for i := range s.Feats {
				for range rng.IntN(5) {
					s.Feats[i] = append(s.Feats[i], uint32(rng.IntN(1<<6)))
				}
			}
			want := slow.Decode(s)
			if got := fast.Decode(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("weights %v: unrolled %v, general %v", weights, got, want)
			}
			if got := fast.DecodeTemp(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("weights %v: DecodeTemp %v, Decode %v", weights, got, want)
			}
			// training changes the transitions between the decodes of one decoder
			m.Trans[rng.IntN(len(m.Trans))] = weights[rng.IntN(len(weights))] + 1
		}
	}
}

// TestSchemeBIOES: a BIOES model learns the toy language as a BIO one does, hands back
// BIO tags, keeps its scheme through Encode/Decode, and never leaves a span open or
// starts one inside another, whatever its weights.
func TestSchemeBIOES(t *testing.T) {
	var train []Example
	for _, s := range []string{"Abc def Zxy", "q Aa Zz r", "Zk Ab", "xx Abcd yy", "Zq w", "A Z"} {
		train = append(train, toy(s, 12))
	}
	m := Train([]string{"a", "z"}, 12, train, TrainOptions{Epochs: 10, Seed: 1, Scheme: SchemeBIOES})
	if m.NumTags != 9 || m.Scheme != SchemeBIOES {
		t.Fatalf("NumTags %d, scheme %v: want 9 tags of bioes", m.NumTags, m.Scheme)
	}
	for _, s := range []string{"r Abcd Zxy q", "A b Z"} {
		test := toy(s, 12)
		if got := NewDecoder(m).Decode(test.Sentence); !reflect.DeepEqual(got, test.Gold) {
			t.Errorf("%q: decode %v, want %v", s, got, test.Gold)
		}
	}
	back, err := Decode(bytes.NewReader(m.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if back.Scheme != SchemeBIOES || !reflect.DeepEqual(back.W, m.W) || !bytes.Equal(back.Bytes(), m.Bytes()) {
		t.Error("a bioes model changed through Encode/Decode")
	}

	w := NewSchemeModel([]string{"a", "b"}, 4, SchemeBIOES)
	for i := range w.W {
		w.W[i] = float32((i*7)%5) - 2
	}
	d := NewDecoder(w)
	for n := 1; n < 8; n++ {
		s := Sentence{Feats: make([][]uint32, n)}
		for i := range s.Feats {
			s.Feats[i] = []uint32{uint32(i*3) % 16, uint32(i*5+1) % 16}
		}
		tags := d.decode(s, nil)
		for i, tg := range tags {
			prev := w.NumTags
			if i > 0 {
				prev = int(tags[i-1])
			}
			if !w.allowed(prev, int(tg)) {
				t.Fatalf("length %d: tag %d at %d may not follow %d: %v", n, tg, i, prev, tags)
			}
		}
		if !w.final(int(tags[n-1])) {
			t.Fatalf("length %d: a span is left open: %v", n, tags)
		}
	}
}

// TestFromBIO: a span's tags in BIOES, single positions and adjacent spans included.
func TestFromBIO(t *testing.T) {
	m := NewSchemeModel([]string{"a", "b"}, 1, SchemeBIOES)
	bioes := func(kind, label int) Tag { return Tag(1 + 4*label + kind) }
	tests := []struct {
		name string
		in   []Tag
		want []Tag
	}{
		{"single", []Tag{O, B(0), O}, []Tag{O, bioes(kindS, 0), O}},
		{"three", []Tag{B(1), I(1), I(1)}, []Tag{bioes(kindB, 1), bioes(kindI, 1), bioes(kindE, 1)}},
		{"adjacent", []Tag{B(0), B(0), I(0)}, []Tag{bioes(kindS, 0), bioes(kindB, 0), bioes(kindE, 0)}},
		{"label change", []Tag{B(0), I(1)}, []Tag{bioes(kindS, 0), bioes(kindS, 1)}},
		{"I without B", []Tag{O, I(0), I(0)}, []Tag{O, bioes(kindB, 0), bioes(kindE, 0)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := m.fromBIO(tt.in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("fromBIO %v = %v, want %v", tt.in, got, tt.want)
			}
			m.toBIO(got)
			if !reflect.DeepEqual(Spans(got), Spans(tt.in)) {
				t.Errorf("back to BIO: spans %v, want %v", Spans(got), Spans(tt.in))
			}
		})
	}
}

// TestEmissionsUnrolled: the unrolled sums of nine and seventeen tags are the general
// loop's to the bit (each tag adds its features in their order).
func TestEmissionsUnrolled(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, scheme := range []Scheme{SchemeBIO, SchemeBIOES} {
		m := NewSchemeModel([]string{"A", "B", "C", "D"}, 6, scheme)
		for i := range m.W {
			m.W[i] = rng.Float32()*2 - 1
		}
		n := m.NumTags
		s := Sentence{Feats: make([][]uint32, 40)}
		for i := range s.Feats {
			for range rng.IntN(30) {
				s.Feats[i] = append(s.Feats[i], uint32(rng.IntN(1<<6)))
			}
		}
		got := make([]float32, len(s.Feats)*n)
		m.emissions(s, got)
		for i, fs := range s.Feats {
			for tg := 0; tg < n; tg++ {
				var want float32
				for _, f := range fs {
					want += m.W[int(f)*n+tg]
				}
				if got[i*n+tg] != want {
					t.Fatalf("%v: position %d tag %d: %v, want %v", scheme, i, tg, got[i*n+tg], want)
				}
			}
		}
	}
}

// TestSpanGap checks SpanGap against every tag sequence of short sentences: the gap of a
// span is the best sequence's score less the best score of a sequence that tags that
// span, as one span of its label, and nothing more is asked of the rest.
func TestSpanGap(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	labels := []string{"A", "B", "C", "D"}
	m := NewModel(labels, 5)
	n := m.NumTags
	for i := range m.W {
		m.W[i] = float32(rng.IntN(21)-10) / 4
	}
	for i := range m.Trans {
		m.Trans[i] = float32(rng.IntN(21)-10) / 4
	}
	m.Bias = 0.5
	d := NewDecoder(m)
	for range 30 {
		L := 1 + rng.IntN(4)
		s := Sentence{Feats: make([][]uint32, L)}
		for i := range s.Feats {
			for range 1 + rng.IntN(3) {
				s.Feats[i] = append(s.Feats[i], uint32(rng.IntN(1<<5)))
			}
		}
		emit := make([]float32, L*n)
		m.emissions(s, emit)
		for i := 0; i < L; i++ {
			for tg := 1; tg < n; tg++ {
				if m.begins(tg) {
					emit[i*n+tg] += m.Bias
				}
			}
		}
		// every valid sequence and its score
		type seq struct {
			tags  []int
			score float32
		}
		var all []seq
		var walk func(tags []int, score float32)
		walk = func(tags []int, score float32) {
			i := len(tags)
			if i == L {
				all = append(all, seq{append([]int(nil), tags...), score})
				return
			}
			prev := n // the sentence start
			if i > 0 {
				prev = tags[i-1]
			}
			for tg := 0; tg < n; tg++ {
				if m.allowed(prev, tg) {
					walk(append(tags, tg), score+m.Trans[prev*n+tg]+emit[i*n+tg])
				}
			}
		}
		walk(nil, 0)
		best := float32(math.Inf(-1))
		for _, q := range all {
			best = max(best, q.score)
		}
		d.Decode(s)
		for start := 0; start < L; start++ {
			for end := start + 1; end <= L; end++ {
				for label := range labels {
					b, in := 1+2*label, 2+2*label
					span := float32(math.Inf(-1))
					for _, q := range all {
						ok := q.tags[start] == b && (end == L || q.tags[end] != in)
						for k := start + 1; k < end && ok; k++ {
							ok = q.tags[k] == in
						}
						if ok {
							span = max(span, q.score)
						}
					}
					gap, ok := d.SpanGap(start, end, label)
					if !ok {
						t.Fatalf("SpanGap(%d, %d, %d) of a %d-rune sentence: not ok", start, end, label, L)
					}
					if want := best - span; math.Abs(float64(gap-want)) > 1e-4 {
						t.Fatalf("SpanGap(%d, %d, %d) = %g, every sequence gives %g", start, end, label, gap, want)
					}
				}
			}
		}
		for _, bad := range [][3]int{{-1, 1, 0}, {0, L + 1, 0}, {1, 1, 0}, {0, 1, len(labels)}} {
			if _, ok := d.SpanGap(bad[0], bad[1], bad[2]); ok {
				t.Errorf("SpanGap%v of a %d-rune sentence: ok, want not", bad, L)
			}
		}
	}
	bioes := NewSchemeModel(labels, 5, SchemeBIOES)
	db := NewDecoder(bioes)
	db.Decode(Sentence{Feats: [][]uint32{{1}, {2}}})
	if _, ok := db.SpanGap(0, 1, 0); ok {
		t.Error("SpanGap of a BIOES model: ok, want not (BIO models only)")
	}
}

// TestDropoutSentence: a training step keeps every feature at 0‰, none at 1000‰, and
// about half at 500‰, the same half for the same draws; positions keep their places.
func TestDropoutSentence(t *testing.T) {
	s := Sentence{Feats: [][]uint32{{1, 2, 3, 4}, {}, {5, 6, 7, 8, 9, 10}, {11, 12}}}
	count := func(s Sentence) (n int) {
		for _, fs := range s.Feats {
			n += len(fs)
		}
		return n
	}
	gen := func(seed uint64) func() uint64 {
		return func() uint64 { seed = seed*6364136223846793005 + 1442695040888963407; return seed >> 1 }
	}
	var d dropout
	for _, tc := range []struct {
		perMille int
		min, max int
	}{
		{0, 12, 12},
		{1000, 0, 0},
		{500, 2, 10},
	} {
		got := d.sentence(s, gen(7), tc.perMille)
		if len(got.Feats) != len(s.Feats) {
			t.Fatalf("%d‰: %d positions, want %d", tc.perMille, len(got.Feats), len(s.Feats))
		}
		if n := count(got); n < tc.min || n > tc.max {
			t.Errorf("%d‰: kept %d features, want %d…%d", tc.perMille, n, tc.min, tc.max)
		}
		for i, fs := range got.Feats {
			for _, f := range fs {
				if !slices.Contains(s.Feats[i], f) {
					t.Errorf("%d‰: feature %d moved to position %d", tc.perMille, f, i)
				}
			}
		}
	}
	a := fmt.Sprint(d.sentence(s, gen(3), 500).Feats)
	if b := fmt.Sprint(d.sentence(s, gen(3), 500).Feats); a != b {
		t.Errorf("the same draws kept %s, then %s", a, b)
	}
}

// TestTrainDropout: training with dropout still learns the toy language, gives the
// same model for the same seed, and another model than training without it.
func TestTrainDropout(t *testing.T) {
	var train []Example
	for _, s := range []string{"Abc def Zxy", "q Aa Zz r", "Zk Ab", "xx Abcd yy", "Zq w"} {
		train = append(train, toy(s, 12))
	}
	opts := TrainOptions{Epochs: 20, Seed: 1, DropoutPerMille: 200}
	m := Train([]string{"a", "z"}, 12, train, opts)
	test := toy("r Abcd Zxy q", 12)
	if got := NewDecoder(m).Decode(test.Sentence); !reflect.DeepEqual(got, test.Gold) {
		t.Errorf("decode %v, want %v", got, test.Gold)
	}
	if again := Train([]string{"a", "z"}, 12, train, opts); !bytes.Equal(m.Bytes(), again.Bytes()) {
		t.Error("two trainings with dropout on the same data gave different models")
	}
	opts.DropoutPerMille = 0
	if plain := Train([]string{"a", "z"}, 12, train, opts); bytes.Equal(m.Bytes(), plain.Bytes()) {
		t.Error("dropout changed nothing")
	}
}
