package extract

import (
	"sort"
	"sync"
)

// trie is a rune trie for longest-match dictionary lookup. Keys are added with a map per
// node; on first lookup it is compiled into flat arrays (a dense table for the root's
// children, sorted edge lists below), because a lookup runs at every rune of every
// sentence, and the maps are dropped. It is built once and read concurrently; no key
// may be added after the first lookup.
type trie struct {
	next  map[rune]*trie
	value int // index+1 into the owner's payload; 0 = no key ends here

	once sync.Once
	c    *compiled
}

// compiled is the flat form of a trie: node 0 is the root.
type compiled struct {
	root   []int32 // child of the root for each BMP rune, or -1
	nodes  []cNode
	runes  []rune // edges: a node's in order, or its hash table (hashEdges)
	target []int32
}

// cNode is one node of a compiled trie, its fields side by side (one cache line read
// per step of a walk).
type cNode struct {
	first int32 // index of its first edge
	count int32 // number of edges
	value int32 // payload index+1, 0 = none
}

func newTrie() *trie { return &trie{next: map[rune]*trie{}} }

// add stores key with payload index v (≥ 0). A later add of the same key wins. All adds
// happen before the first lookup.
func (t *trie) add(key string, v int) {
	n := t
	for _, r := range key {
		c, ok := n.next[r]
		if !ok {
			c = newTrie()
			n.next[r] = c
		}
		n = c
	}
	n.value = v + 1
}

func (t *trie) compile() *compiled {
	t.once.Do(func() {
		c := &compiled{root: make([]int32, 0x10000)}
		for i := range c.root {
			c.root[i] = -1
		}
		var walk func(n *trie) int32
		walk = func(n *trie) int32 {
			id := int32(len(c.nodes))
			c.nodes = append(c.nodes, cNode{value: int32(n.value)})
			keys := make([]rune, 0, len(n.next))
			for r := range n.next {
				keys = append(keys, r)
			}
			sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
			children := make([]int32, len(keys))
			for i, r := range keys {
				children[i] = walk(n.next[r])
			}
			c.nodes[id].first = int32(len(c.runes))
			c.nodes[id].count = int32(len(keys))
			c.runes = append(c.runes, keys...)
			c.target = append(c.target, children...)
			return id
		}
		walk(t)
		for e := c.nodes[0].first; e < c.nodes[0].first+c.nodes[0].count; e++ {
			if r := c.runes[e]; r < 0x10000 {
				c.root[r] = c.target[e]
			}
		}
		c.runes, c.target = hashEdges(len(c.nodes), func(i int) (*int32, *int32) {
			return &c.nodes[i].first, &c.nodes[i].count
		}, c.runes, c.target)
		t.c = c
		// the maps are garbage now: left alive, they were a third of the extractor's
		// heap objects, which every collection marks
		t.next = nil
	})
	return t.c
}

// child returns the node reached from node n by rune r, or -1.
func (c *compiled) child(n int32, r rune) int32 {
	if n == 0 && r >= 0 && r < 0x10000 {
		return c.root[r]
	}
	nd := &c.nodes[n]
	return edgeChild(nd.first, nd.count, r, c.runes, c.target)
}

// longest returns the payload index and rune length of the longest key starting at
// rs[i], or -1, 0.
func (t *trie) longest(rs []rune, i int) (int, int) {
	c := t.compile()
	n, best, bestLen := int32(0), -1, 0
	for j := i; j < len(rs); j++ {
		n = c.child(n, rs[j])
		if n < 0 {
			break
		}
		if v := c.nodes[n].value; v > 0 {
			best, bestLen = int(v)-1, j-i+1
		}
	}
	return best, bestLen
}

// holds reports whether rs, whole, is a key.
func (t *trie) holds(rs []rune) bool {
	idx, n := t.longest(rs, 0)
	return idx >= 0 && n == len(rs)
}

// each calls f(payload index, length in runes) for every key that starts at rs[i],
// shortest first.
func (t *trie) each(rs []rune, i int, f func(v, n int)) {
	c := t.compile()
	n := int32(0)
	for j := i; j < len(rs); j++ {
		if n = c.child(n, rs[j]); n < 0 {
			return
		}
		if v := c.nodes[n].value; v > 0 {
			f(int(v)-1, j-i+1)
		}
	}
}

// longestSuffix returns the payload index and rune length of the longest key ending at
// rs[end-1], using a trie built from reversed keys.
func (t *trie) longestSuffix(rs []rune, end int) (int, int) {
	c := t.compile()
	n, best, bestLen := int32(0), -1, 0
	for j := end - 1; j >= 0; j-- {
		n = c.child(n, rs[j])
		if n < 0 {
			break
		}
		if v := c.nodes[n].value; v > 0 {
			best, bestLen = int(v)-1, end-j
		}
	}
	return best, bestLen
}

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}
