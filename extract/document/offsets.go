package document

// offsetMap maps each rune of the normalized text to the Source bytes it came from,
// in about one byte a rune, so that a file of 64 MiB of ASCII does not need half a
// gigabyte for it. A rune comes from one Source rune (1 to 4 bytes) or is inserted
// (length 0). Rune i is stored as one step byte, gap<<3 | length, where gap is how
// far its start lies past the end of rune i-1 (markup, spaces and line ends that
// normalization dropped); a start that is not 0 to 30 bytes past it (a long link, a
// dropped line, the second rune of an NFKC expansion) is kept in far instead. Every
// markEvery-th rune's start is stored whole, so a lookup walks at most markEvery steps.
type offsetMap struct {
	steps   []uint8
	marks   []uint32    // marks[k]: start of rune k*markEvery
	far     map[int]int // rune → start, when its gap does not fit in a step
	lastEnd int         // end of the last rune added
}

const (
	markEvery = 64
	farGap    = 31 // the step's gap field saying "see far"
	// maxSourceBytes is what offsetMap can address (marks are 32-bit).
	maxSourceBytes = 1 << 31
)

func newOffsetMap(capacity int) offsetMap {
	return offsetMap{steps: make([]uint8, 0, capacity), marks: make([]uint32, 0, capacity/markEvery+1)}
}

// len is the number of runes mapped.
func (m *offsetMap) len() int { return len(m.steps) }

// add maps the next rune to Source bytes [s,e); e-s is at most 4.
func (m *offsetMap) add(s, e int) {
	i := len(m.steps)
	if i%markEvery == 0 {
		m.marks = append(m.marks, uint32(s))
	}
	gap := s - m.lastEnd
	if i == 0 || i%markEvery == 0 {
		gap = 0 // the mark holds the start
	} else if gap < 0 || gap >= farGap {
		if m.far == nil {
			m.far = map[int]int{}
		}
		m.far[i] = s
		gap = farGap
	}
	m.steps = append(m.steps, uint8(gap<<3|(e-s)))
	m.lastEnd = e
}

// span returns the Source bytes [s,e) rune i came from.
func (m *offsetMap) span(i int) (s, e int) {
	k := i / markEvery
	s = int(m.marks[k])
	j := k * markEvery
	for {
		n := int(m.steps[j] & 7)
		if j == i {
			return s, s + n
		}
		j++
		end := s + n
		switch g := int(m.steps[j] >> 3); g {
		case farGap:
			s = m.far[j]
		default:
			s = end + g
		}
	}
}
