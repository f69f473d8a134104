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

// TestHashEdges checks edgeChild on edge lists laid out by hashEdges, below and above
// maxLinearEdges edges, against a plain search of the original lists: every rune of a
// list and runes of none.
func TestHashEdges(t *testing.T) {
	type node struct{ first, count int32 }
	var runes []rune
	var target []int32
	var nodes []node
	lists := [][]rune{{}, {'中'}, {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'}}
	for n := 9; n <= 300; n = n*2 + 1 {
		var l []rune
		for k := range n {
			l = append(l, rune(0x4E00+k*37), rune(0x20000+k))
		}
		lists = append(lists, l)
	}
	for _, l := range lists {
		nodes = append(nodes, node{int32(len(runes)), int32(len(l))})
		for k, r := range l {
			runes, target = append(runes, r), append(target, int32(1000*len(nodes)+k))
		}
	}
	want := func(n int, r rune) int32 {
		for k, x := range lists[n] {
			if x == r {
				return int32(1000*(n+1) + k)
			}
		}
		return -1
	}
	hr, ht := hashEdges(len(nodes), func(i int) (*int32, *int32) { return &nodes[i].first, &nodes[i].count }, runes, target)
	for n, l := range lists {
		probes := append([]rune{'z', 0, 0x4E01, 0x10FFFF}, l...)
		for _, r := range probes {
			if got := edgeChild(nodes[n].first, nodes[n].count, r, hr, ht); got != want(n, r) {
				t.Fatalf("list %d (%d edges), rune %U: %d, want %d", n, len(l), r, got, want(n, r))
			}
		}
	}
}
