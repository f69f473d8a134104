package extract

// trie is a rune trie for longest-match dictionary lookup. It is built once and read
// concurrently; matching a position costs at most the length of the longest key.
type trie struct {
	next  map[rune]*trie
	value int // index+1 into the owner's payload; 0 = no key ends here
}

func newTrie() *trie { return &trie{next: map[rune]*trie{}} }

// add stores key with payload index v (≥ 0). A later add of the same key wins.
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

// longest returns the payload index and rune length of the longest key starting at
// rs[i], or -1, 0.
func (t *trie) longest(rs []rune, i int) (int, int) {
	n, best, bestLen := t, -1, 0
	for j := i; j < len(rs); j++ {
		c, ok := n.next[rs[j]]
		if !ok {
			break
		}
		n = c
		if n.value > 0 {
			best, bestLen = n.value-1, j-i+1
		}
	}
	return best, bestLen
}

// longestSuffix returns the payload index and rune length of the longest key ending at
// rs[end-1], using a trie built from reversed keys.
func (t *trie) longestSuffix(rs []rune, end int) (int, int) {
	n, best, bestLen := t, -1, 0
	for j := end - 1; j >= 0; j-- {
		c, ok := n.next[rs[j]]
		if !ok {
			break
		}
		n = c
		if n.value > 0 {
			best, bestLen = n.value-1, end-j
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
