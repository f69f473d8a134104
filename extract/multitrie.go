package extract

import (
	"math/bits"
	"slices"
)

// multiTrie matches several tries in one walk: from a start position it follows the
// text as long as any of them has a key going on, and notes for each the longest key
// that starts there. The tagger's features look up nine dictionaries at every position
// of every sentence; one walk instead of nine saves most of the root lookups and the
// repeated steps over shared prefixes. Built once, read concurrently.
type multiTrie struct {
	tries  int
	root   []int32 // child of the root for each BMP rune, or -1
	nodes  []mtNode
	runes  []rune // edges: a node's in order, or its hash table (hashEdges)
	target []int32
	vals   []int32 // per node from its vOff: the payloads of the set bits, lowest bit first
}

// mtNode is one node of a multiTrie, its fields side by side: a walk's step reads one
// cache line for the node instead of one per field.
type mtNode struct {
	first int32  // index of its first edge
	count int32  // number of edges
	has   uint32 // bit k set when a key of trie k ends here
	vOff  int32
}

// newMultiTrie merges the tries ts (at most 32) into one. Their payloads are kept:
// match k of a walk is what ts[k].longest returns.
func newMultiTrie(ts ...*trie) *multiTrie {
	m := &multiTrie{tries: len(ts), root: make([]int32, 0x10000)}
	for i := range m.root {
		m.root[i] = -1
	}
	cs := make([]*compiled, len(ts))
	for k, t := range ts {
		cs[k] = t.compile()
	}
	// ns[k] is the node of trie k for the prefix at hand, -1 when it has none
	var walk func(ns []int32, depth int) int32
	walk = func(ns []int32, depth int) int32 {
		if depth > maxKeyRunes {
			panic("extract: a multiTrie key is longer than maxKeyRunes runes")
		}
		id := int32(len(m.nodes))
		var has uint32
		var vals []int32
		var keys []rune
		for k, n := range ns {
			if n < 0 {
				continue
			}
			nd := cs[k].nodes[n]
			if nd.value > 0 {
				if nd.value >= 1<<24 {
					panic("extract: a multiTrie payload does not fit in 24 bits")
				}
				has |= 1 << k
				vals = append(vals, nd.value-1)
			}
			for _, r := range cs[k].runes[nd.first : nd.first+nd.count] {
				if r >= 0 { // not an empty slot of a hashed node
					keys = append(keys, r)
				}
			}
		}
		slices.Sort(keys)
		keys = slices.Compact(keys)
		m.nodes = append(m.nodes, mtNode{has: has, vOff: int32(len(m.vals))})
		m.vals = append(m.vals, vals...)
		children := make([]int32, len(keys))
		next := make([]int32, len(ns))
		for i, r := range keys {
			for k, n := range ns {
				next[k] = -1
				if n >= 0 {
					next[k] = cs[k].child(n, r)
				}
			}
			children[i] = walk(next, depth+1)
		}
		m.nodes[id].first = int32(len(m.runes))
		m.nodes[id].count = int32(len(keys))
		m.runes = append(m.runes, keys...)
		m.target = append(m.target, children...)
		return id
	}
	root := make([]int32, len(ts)) // node 0 of every trie
	walk(root, 0)
	m.breadthFirst()
	for e := m.nodes[0].first; e < m.nodes[0].first+m.nodes[0].count; e++ {
		if r := m.runes[e]; r >= 0 && r < 0x10000 {
			m.root[r] = m.target[e]
		}
	}
	m.runes, m.target = hashEdges(len(m.nodes), func(i int) (*int32, *int32) {
		return &m.nodes[i].first, &m.nodes[i].count
	}, m.runes, m.target)
	return m
}

// breadthFirst renumbers the nodes, and lays their edges out, in breadth-first order:
// the nodes one rune from the root, where every walk goes first, sit side by side
// instead of among the deep nodes of their words (the order walk made them in).
func (m *multiTrie) breadthFirst() {
	order := []int32{0}
	for k := 0; k < len(order); k++ {
		nd := m.nodes[order[k]]
		order = append(order, m.target[nd.first:nd.first+nd.count]...)
	}
	newID := make([]int32, len(m.nodes))
	for k, old := range order {
		newID[old] = int32(k)
	}
	nodes := make([]mtNode, len(m.nodes))
	runes := make([]rune, 0, len(m.runes))
	target := make([]int32, 0, len(m.target))
	for k, old := range order {
		nd := m.nodes[old]
		es, ts := m.runes[nd.first:nd.first+nd.count], m.target[nd.first:nd.first+nd.count]
		nodes[k] = mtNode{first: int32(len(runes)), count: nd.count, has: nd.has, vOff: nd.vOff}
		runes = append(runes, es...)
		for _, t := range ts {
			target = append(target, newID[t])
		}
	}
	m.nodes, m.runes, m.target = nodes, runes, target
}

// maxLinearEdges is the most edges a node keeps in a list it searches in order; a node
// with more keeps them in a hash table of its own (hashEdges).
const maxLinearEdges = 8

// hashEdges lays the edges of every node with more than maxLinearEdges of them out as
// an open-addressing table (a power of two of slots, at most half full, -1 runes for
// empty slots) in the node's stretch of the edge arrays: a step from a node with dozens
// of edges (the first rune of the common words) is one or two probes instead of a
// binary search. Such a node's count is its table size, which is more than
// maxLinearEdges, so edgeChild tells the two layouts apart. span(i) gives node i's
// first and count, which it rewrites; nodes is the number of nodes.
func hashEdges(nodes int, span func(i int) (first, count *int32), runes []rune, target []int32) ([]rune, []int32) {
	var rs []rune
	var tg []int32
	for n := range nodes {
		first, count := span(n)
		es, ts := runes[*first:*first+*count], target[*first:*first+*count]
		*first = int32(len(rs))
		if len(es) <= maxLinearEdges {
			rs, tg = append(rs, es...), append(tg, ts...)
			continue
		}
		size := 1
		for size < 2*len(es) {
			size *= 2
		}
		base := len(rs)
		for range size {
			rs, tg = append(rs, -1), append(tg, -1)
		}
		for k, r := range es {
			for h := edgeHash(r, size); ; h = (h + 1) & (size - 1) {
				if rs[base+h] < 0 {
					rs[base+h], tg[base+h] = r, ts[k]
					break
				}
			}
		}
		*count = int32(size)
	}
	return rs, tg
}

// edgeHash is the first slot of rune r in a node's table of size slots.
func edgeHash(r rune, size int) int {
	return int(uint32(r)*0x9E3779B1>>16) & (size - 1)
}

// edgeChild is the target of the edge for rune r among a node's edges laid out by
// hashEdges, or -1.
func edgeChild(first, count int32, r rune, runes []rune, target []int32) int32 {
	if count <= maxLinearEdges {
		for e := first; e < first+count; e++ {
			if runes[e] == r {
				return target[e]
			}
		}
		return -1
	}
	size := int(count)
	for h := edgeHash(r, size); ; h = (h + 1) & (size - 1) {
		switch e := int(first) + h; runes[e] {
		case r:
			return target[e]
		case -1:
			return -1
		}
	}
}

// child returns the node reached from node n by rune r, or -1 (the root's table is
// for the BMP; this is the lookup below it and for the rest).
func (m *multiTrie) child(n int32, r rune) int32 {
	nd := &m.nodes[n]
	return edgeChild(nd.first, nd.count, r, m.runes, m.target)
}

// matches are the longest keys of each trie of a multiTrie at every position of a
// sentence, packed one word per trie and position, a trie's positions side by side (the
// rules read one dictionary along a sentence; next skips to its matches): v[k*n+i] is
// (payload+1)<<8 | rune length for trie k's key at i, 0 for none.
type matches struct {
	n int
	v []uint32
}

// maxKeyRunes is the longest key a multiTrie takes: its length is a byte of a match.
const maxKeyRunes = 255

// at returns what tries[k].longest(rs, i) returns for the scanned sentence rs.
func (ms *matches) at(k, i int) (int, int) {
	v := ms.v[k*ms.n+i]
	return int(v>>8) - 1, int(v & 0xff)
}

// next returns the first position from i on where trie k has a key, or n.
func (ms *matches) next(k, i int) int {
	row := ms.v[k*ms.n : (k+1)*ms.n]
	for i < len(row) && row[i] == 0 {
		i++
	}
	return i
}

// reset sizes ms for n positions of m's tries, with no match anywhere.
func (ms *matches) reset(m *multiTrie, n int) {
	ms.n = n
	ms.v = sized(ms.v, m.tries*n)
	clear(ms.v)
}

// scan finds the longest key of every trie at every position of rs, reusing ms's
// buffers.
func (m *multiTrie) scan(rs []rune, ms *matches) {
	n := len(rs)
	ms.reset(m, n)
	for i := 0; i < n; i++ {
		var node int32
		if r := rs[i]; r >= 0 && r < 0x10000 {
			node = m.root[r]
		} else {
			node = m.child(0, r)
		}
		for j := i; node >= 0; {
			if nd := &m.nodes[node]; nd.has != 0 {
				has, off := nd.has, nd.vOff
				for has != 0 {
					k := bits.TrailingZeros32(has)
					has &= has - 1
					ms.v[k*n+i] = uint32(m.vals[off]+1)<<8 | uint32(j-i+1)
					off++
				}
			}
			j++
			if j >= n {
				break
			}
			node = m.child(node, rs[j])
		}
	}
}

// scanSuffix is scan for tries of reversed keys: at(k, e-1) is what
// tries[k].longestSuffix(rs, e) returns, the longest key ending at rs[e-1].
func (m *multiTrie) scanSuffix(rs []rune, ms *matches) {
	n := len(rs)
	ms.reset(m, n)
	for e := n - 1; e >= 0; e-- {
		var node int32
		if r := rs[e]; r >= 0 && r < 0x10000 {
			node = m.root[r]
		} else {
			node = m.child(0, r)
		}
		for j := e; node >= 0; {
			if nd := &m.nodes[node]; nd.has != 0 {
				has, off := nd.has, nd.vOff
				for has != 0 {
					k := bits.TrailingZeros32(has)
					has &= has - 1
					ms.v[k*n+e] = uint32(m.vals[off]+1)<<8 | uint32(e-j+1)
					off++
				}
			}
			j--
			if j < 0 {
				break
			}
			node = m.child(node, rs[j])
		}
	}
}
