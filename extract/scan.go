package extract

// sentenceScan holds the matches of the merged feature dictionaries (featureTries) in
// every sentence of one report, scanned once before the rules run. The tagger's
// features read them, and so do the rules that look up the same dictionaries at every
// position of a sentence (districts, companies, programs): one walk per position of the
// report instead of one per rule and one for the features. The arenas go back to the
// extractor's pool after Extract, so a worker allocates them about once.
type sentenceScan struct {
	arena       []uint32  // the matches below are views of it
	words, ends []matches // per sentence: featureTries.words from each start, .ends to each end
}

// scanSentences fills r.scan for every sentence of r.runes.
func (r *report) scanSentences() {
	ft := r.x.featureTries()
	sc, _ := r.x.scanPool.Get().(*sentenceScan)
	if sc == nil {
		sc = &sentenceScan{}
	}
	total := 0
	for _, rs := range r.runes {
		total += len(rs)
	}
	size := total * (ft.words.tries + ft.ends.tries)
	sc.arena = sized(sc.arena, size)
	sc.words, sc.ends = sized(sc.words, len(r.runes)), sized(sc.ends, len(r.runes))
	off := 0
	view := func(k int) matches {
		m := matches{v: sc.arena[off : off+k : off+k]}
		off += k
		return m
	}
	for i, rs := range r.runes {
		sc.words[i] = view(ft.words.tries * len(rs))
		ft.words.scan(rs, &sc.words[i])
		sc.ends[i] = view(ft.ends.tries * len(rs))
		ft.ends.scanSuffix(rs, &sc.ends[i])
	}
	r.scan = sc
}

// releaseScan gives the report's scan back to the extractor's pool.
func (r *report) releaseScan() {
	if r.scan != nil {
		r.x.scanPool.Put(r.scan)
		r.scan = nil
	}
}

// scannedSentence returns the index of the scanned sentence whose runes rs is — the
// same slice, not merely the same text — trying hint first (the sentence a loop is at),
// or -1.
func (r *report) scannedSentence(rs []rune, hint int) int {
	if r.scan == nil || len(rs) == 0 || hint < 0 || hint >= len(r.runes) {
		return -1
	}
	if s := r.runes[hint]; len(s) == len(rs) && &s[0] == &rs[0] {
		return hint
	}
	return -1
}

// longestAt is featureTries list[k].longest(rs, i), read from the scan when rs is the
// sentence the rules are at (r.cur).
func (r *report) longestAt(k int, rs []rune, i int) (int, int) {
	if si := r.scannedSentence(rs, r.cur); si >= 0 && i >= 0 && i < len(rs) {
		return r.scan.words[si].at(k, i)
	}
	return r.x.featureTries().list[k].longest(rs, i)
}

// nextMatch returns the first position from i on where featureTries list[k] has a key
// in rs, read from the scan when rs is the sentence the rules are at; i itself when it
// is not (the caller then looks at every position, as without a scan). A loop that does
// nothing where longestAt finds no key may jump to it.
func (r *report) nextMatch(k int, rs []rune, i int) int {
	if si := r.scannedSentence(rs, r.cur); si >= 0 && i >= 0 && i < len(rs) {
		return r.scan.words[si].next(k, i)
	}
	return i
}

// longestSuffixAt is the ends trie k's longestSuffix(rs, e) (ftSuffixes: x.suffixes,
// ftMarkers: x.markers), read from the scan when rs is the sentence the rules are at.
func (r *report) longestSuffixAt(k int, rs []rune, e int) (int, int) {
	if si := r.scannedSentence(rs, r.cur); si >= 0 && e >= 1 && e <= len(rs) {
		return r.scan.ends[si].at(k, e-1)
	}
	if k == ftSuffixes {
		return r.x.suffixes.longestSuffix(rs, e)
	}
	return r.x.markers.longestSuffix(rs, e)
}

// endsInSuffix reports whether name ends in a word of the suffix table (码头, 产业园,
// 高速公路): a facility's whole name, or a head that names a kind of facility.
func (r *report) endsInSuffix(name []rune) bool {
	idx, _ := r.longestSuffixAt(ftSuffixes, name, len(name))
	return idx >= 0
}

// endsInListHead reports whether t ends as a head a list's items share: a suffix word or
// a work term (综合治理, 改造).
func (r *report) endsInListHead(t []rune) bool {
	return r.endsInSuffix(t) || hasAnySuffix(string(t), listWorkTerms...)
}
