package tagger

import (
	"bytes"
	"math/rand/v2"
	"reflect"
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

// TestDecode9: the unrolled nine-tag pass gives the general loop's tags, ties included
// (weights of a few small values make equal scores common), also when the transitions
// change between two decodes (as in training).
func TestDecode9(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, weights := range [][]float32{{-1, 0, 1}, {-2.5, 0.5, 0.25, 3}, {0}} {
		m := NewModel([]string{"A", "B", "C", "D"}, 6)
		for i := range m.W {
			m.W[i] = weights[rng.IntN(len(weights))]
		}
		for i := range m.Trans {
			m.Trans[i] = weights[rng.IntN(len(weights))]
		}
		fast, slow := NewDecoder(m), NewDecoder(m)
		slow.transT9 = nil
		for range 200 {
			s := Sentence{Feats: make([][]uint32, 1+rng.IntN(30))}
			for i := range s.Feats {
				for range rng.IntN(5) {
					s.Feats[i] = append(s.Feats[i], uint32(rng.IntN(1<<6)))
				}
			}
			want := slow.Decode(s)
			if got := fast.Decode(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("weights %v: decode9 %v, general %v", weights, got, want)
			}
			if got := fast.DecodeTemp(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("weights %v: DecodeTemp %v, Decode %v", weights, got, want)
			}
			// training changes the transitions between the decodes of one decoder
			m.Trans[rng.IntN(len(m.Trans))] = weights[rng.IntN(len(weights))] + 1
		}
	}
}
