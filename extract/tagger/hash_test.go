package tagger

import (
	"slices"
	"testing"
)

// TestMixIsFNV checks the shortcut mix against plain byte-wise FNV-1a: the buckets, and
// so the committed model, depend on the exact hash.
func TestMixIsFNV(t *testing.T) {
	for _, x := range []uint32{0, 1, 2, 3, 0x7f, 0xff, 0x100, 0x3001, '、', '项', 0xffff, 0x10000, 0x20b9f, 0xfffffffe, 0xffffffff} {
		for _, h := range []uint64{fnvOffset, 0, 1, 0xdeadbeefcafebabe} {
			if got, want := mix(h, x), mixBytes(h, x, 4); got != want {
				t.Errorf("mix(%#x, %#x) = %#x, want %#x", h, x, got, want)
			}
		}
	}
	p := uint64(fnvPrime)
	if fnvPrime3 != p*p*p || fnvPrime4 != p*p*p*p {
		t.Error("fnvPrime3 or fnvPrime4 is not a power of fnvPrime")
	}
}

// TestHashIsAdd checks that Start, Mix and Put give Add's buckets.
func TestHashIsAdd(t *testing.T) {
	tests := []struct {
		tpl uint16
		rs  []rune
	}{
		{0, nil},
		{1, []rune{-2, '重'}},
		{2, []rune{1, '点', '项'}},
		{3, []rune{-1, 2, '目', 3}},
		{29, []rune{0x20b9f, 'a'}},
	}
	for _, tt := range tests {
		a, b := NewFeatures(16), NewFeatures(16)
		a.Add(tt.tpl, tt.rs...)
		h := Start(tt.tpl)
		for _, r := range tt.rs {
			h = h.Mix(r)
		}
		b.Put(h)
		if !slices.Equal(a.All(), b.All()) {
			t.Errorf("Add(%d, %q) = %v, Start/Mix/Put = %v", tt.tpl, tt.rs, a.All(), b.All())
		}
	}
}
