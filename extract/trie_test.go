package extract

import "testing"

func TestTrie(t *testing.T) {
	tr := newTrie()
	for i, k := range []string{"龙岗", "龙岗区", "坪山区", "深圳地铁", "𠀀字", "a"} {
		tr.add(k, i)
	}
	rev := newTrie()
	for i, k := range []string{"产业园", "园", "产业园区"} {
		rev.add(reverse(k), i)
	}
	tests := []struct {
		text   string
		at     int
		idx, n int
		suffix bool
	}{
		{"在龙岗区建设", 1, 1, 3, false},
		{"在龙岗建设", 1, 0, 2, false},
		{"在龙建设", 1, -1, 0, false},
		{"坪山区", 0, 2, 3, false},
		{"𠀀字号", 0, 4, 2, false}, // outside the BMP
		{"xa", 1, 5, 1, false},
		{"深港产业园区", 6, 2, 4, true},
		{"深港产业园", 5, 0, 3, true},
		{"公园", 2, 1, 1, true},
		{"公司", 2, -1, 0, true},
	}
	for _, tt := range tests {
		rs := []rune(tt.text)
		var idx, n int
		if tt.suffix {
			idx, n = rev.longestSuffix(rs, tt.at)
		} else {
			idx, n = tr.longest(rs, tt.at)
		}
		if idx != tt.idx || n != tt.n {
			t.Errorf("%q at %d: got %d,%d want %d,%d", tt.text, tt.at, idx, n, tt.idx, tt.n)
		}
	}
}
