package document

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	govkg "github.com/govkg/govkg"
)

type para struct {
	lo, hi    int // rune range in text
	mdHeading bool
	bold      bool
}

type sent struct {
	lo, hi  int
	para    int
	section []string // shared between the sentences of one section; never mutated
	levels  [3]string
	stance  govkg.Stance
	part    bool    // a part of an over-long sentence (see MaxSentenceRunes)
	cut     cutKind // where the part ends (cutNone: where the sentence ends)
}

// cutKind says where capSpans cut an over-long sentence.
type cutKind uint8

const (
	cutNone   cutKind = iota
	cutLine           // at a line end (a table row, a line the reader joined)
	cutClause         // after clause punctuation: , ; : 、 or a space
	cutLength         // at the length limit: nothing better in the last half
)

type pairOpen struct {
	idx   int
	close rune
}

// Sentence splitting constants.
const (
	// maxQuoteRunes: a quote or bracket longer than this does not protect its inside
	// from splitting (it is probably unbalanced, or a long citation).
	maxQuoteRunes = 300
	// semicolonSplitRunes: sentences longer than this are also split after ";".
	semicolonSplitRunes = 200
	// MaxSentenceRunes bounds a sentence. A longer one (table rows the reader joined, a
	// line with no full stop, a list of thousands of names) is cut into parts of at most
	// this many runes: at the last line end in the second half of the part, else after
	// the last clause punctuation there, else at the limit. The longest sentence of the
	// reports of the corpora is 805 runes, so real reports are never cut; the bound
	// keeps the extractor's work on one sentence, and so on any file, linear.
	MaxSentenceRunes = 1000
)

// structure finds headings and sentences paragraph by paragraph and records each
// sentence's section path.
func (p *parser) structure() {
	var levels [3]string
	var section []string
	for pi, pa := range p.paras {
		rs := p.text[pa.lo:pa.hi]
		level := headingLevel(rs)
		if level == 0 && isSpecialHeading(rs) {
			level = 1
		}
		if level == 0 && (pa.mdHeading || pa.bold) && isStanceHeading(rs) {
			level = 1
		}
		var whole []sentSpan
		if pa.mdHeading {
			whole = append(p.whole[:0], sentSpan{a: 0, b: len(rs)})
		} else {
			whole = p.splitParagraph(rs)
		}
		p.whole = whole
		spans := p.capSpans(pa.lo, whole)
		if level > 0 && len(spans) > 0 {
			h := strings.TrimRight(string(rs[spans[0].a:spans[0].b]), "。")
			levels[level-1] = h
			for k := level; k < 3; k++ {
				levels[k] = ""
			}
			section = nil
			for _, x := range levels {
				if x != "" {
					section = append(section, x)
				}
			}
		}
		for _, sp := range spans {
			p.sents = append(p.sents, sent{lo: pa.lo + sp.a, hi: pa.lo + sp.b, para: pi, section: section, levels: levels, part: sp.part, cut: sp.cut})
		}
	}
}

// sentSpan is a sentence of a paragraph (rune offsets within it) or a part of an
// over-long one, with the kind of cut that ends the part.
type sentSpan struct {
	a, b int
	part bool
	cut  cutKind
}

// splitWindow bounds the stretch of a paragraph splitSentences looks at at once (its
// work arrays grow with it). A longer paragraph (no real report has one) is split a
// window at a time, each window ending after the last full stop in its second half,
// or at the window's end, which then cuts a sentence.
const splitWindow = 1 << 16

// splitParagraph is splitSentences over a paragraph of any length (see splitWindow).
func (p *parser) splitParagraph(r []rune) []sentSpan {
	out := p.whole[:0]
	cont := false // the window starts inside a sentence that the last one cut
	for w0 := 0; w0 < len(r); {
		w1, forced := len(r), false
		if w1-w0 > splitWindow {
			w1 = w0 + splitWindow
			k := w1
			for k > w0+splitWindow/2 && r[k-1] != '。' && r[k-1] != '!' && r[k-1] != '?' {
				k--
			}
			if k > w0+splitWindow/2 {
				for k < len(r) && isCloser(r[k]) {
					k++
				}
				w1 = k
			} else {
				forced = true
			}
		}
		spans := p.splitSentences(r[w0:w1])
		for i, sp := range spans {
			s := sentSpan{a: w0 + sp[0], b: w0 + sp[1]}
			if i == 0 && cont {
				s.part = true
			}
			if i == len(spans)-1 && forced {
				s.part, s.cut = true, cutLength
			}
			out = append(out, s)
		}
		w0, cont = w1, forced
	}
	return out
}

// capSpans cuts the sentences of the paragraph starting at text offset lo that are
// longer than MaxSentenceRunes (see there). Each part is found by looking back at most
// half the limit from its end, so the work is linear in the sentence's length.
func (p *parser) capSpans(lo int, whole []sentSpan) []sentSpan {
	out := p.sentSpans[:0]
	for _, w := range whole {
		a, b := w.a, w.b
		for b-a > MaxSentenceRunes {
			end, how := p.cutPoint(lo, a, a+MaxSentenceRunes)
			out = append(out, sentSpan{a: a, b: end, part: true, cut: how})
			a = end
		}
		out = append(out, sentSpan{a: a, b: b, part: w.part || a != w.a, cut: w.cut})
	}
	p.sentSpans = out
	return out
}

// cutPoint picks where the part [a, limit) of a paragraph starting at text offset lo
// ends: the last line end in its second half, else the rune after the last clause
// punctuation there, else limit.
func (p *parser) cutPoint(lo, a, limit int) (int, cutKind) {
	half := a + (limit-a)/2
	// p.joins is sorted: the last join at or before lo+limit
	i, j := 0, len(p.joins)
	for i < j {
		h := int(uint(i+j) >> 1)
		if p.joins[h] <= lo+limit {
			i = h + 1
		} else {
			j = h
		}
	}
	if i > 0 && p.joins[i-1]-lo > half {
		return p.joins[i-1] - lo, cutLine
	}
	for k := limit; k > half; k-- {
		switch p.text[lo+k-1] {
		case ',', ';', ':', '、', ' ', '!', '?', '|', ')', '”', '》':
			return k, cutClause
		}
	}
	return limit, cutLength
}

// headingLevel recognises numbered headings at the start of a normalized paragraph:
// 1 for 一、 (and 第一部分/第一章), 2 for (一), 3 for 1. or 1、 followed by a non-digit
// (so 3.1% is not a heading).
func headingLevel(r []rune) int {
	if len(r) < 2 {
		return 0
	}
	n := 0
	for n < len(r) && n < 5 && isCNum(r[n]) {
		n++
	}
	if n > 0 && n < len(r) && r[n] == '、' {
		return 1
	}
	if r[0] == '第' {
		n = 1
		for n < len(r) && n < 5 && isCNum(r[n]) {
			n++
		}
		if n > 1 && n < len(r) && (r[n] == '章' || r[n] == '篇' || (r[n] == '部' && n+1 < len(r) && r[n+1] == '分')) {
			return 1
		}
	}
	if r[0] == '(' {
		n = 1
		for n < len(r) && n < 6 && isCNum(r[n]) {
			n++
		}
		if n > 1 && n < len(r) && r[n] == ')' {
			return 2
		}
	}
	n = 0
	for n < len(r) && n < 3 && r[n] >= '0' && r[n] <= '9' {
		n++
	}
	if n > 0 && r[0] != '0' && n+1 < len(r) && (r[n] == '.' || r[n] == '、') && !(r[n+1] >= '0' && r[n+1] <= '9') {
		return 3
	}
	return 0
}

func isCNum(r rune) bool {
	return strings.ContainsRune("一二三四五六七八九十百零〇", r)
}

// isStanceHeading recognises an unnumbered Markdown or bold heading that opens a
// review or plan part ("“十三五”时期及2020年工作回顾"): short, no full stop, not the
// title, and worded like a stance heading.
func isStanceHeading(r []rune) bool {
	if len(r) > 40 {
		return false
	}
	s := string(r)
	return !strings.Contains(s, "。") && !isTitleLike(s) && classifyHeading(s, 0, 0) != ""
}

// isSpecialHeading recognises the unnumbered headings that open a glossary or an
// appendix (附件, 名词解释, 有关名词解释, 注释, 名词说明): they are level-1 sections.
func isSpecialHeading(r []rune) bool {
	if len(r) == 0 || len(r) > 16 {
		return false
	}
	s := strings.TrimRight(string(r), ":")
	if strings.ContainsAny(s, "。,") {
		return false
	}
	for _, k := range []string{"名词解释", "名词说明", "注释", "术语解释", "有关说明"} {
		if strings.Contains(s, k) {
			return true
		}
	}
	switch s {
	case "附件", "附录", "附", "附表":
		return true
	}
	return strings.HasPrefix(s, "附件") && len([]rune(s)) <= 4
}

// splitSentences splits a paragraph after 。!? (with any closing quotes/brackets that
// follow), never inside a balanced quote or bracket pair, and splits sentences longer
// than semicolonSplitRunes after ";" too. Returns rune ranges within r.
func (p *parser) splitSentences(r []rune) [][2]int {
	n := len(r)
	if n == 0 {
		return nil
	}
	// cross[j] > 0: boundary j (between r[j-1] and r[j]) lies inside a pair.
	if cap(p.cross) < n+2 {
		p.cross = make([]int32, n+2)
		p.quoteEnd = make([]bool, n+2)
	}
	cross := p.cross[:n+2]
	quoteEnd := p.quoteEnd[:n+2]
	for i := range cross {
		cross[i] = 0
		quoteEnd[i] = false
	}
	st := p.stack[:0]
	for i, c := range r {
		if c == '"' {
			if len(st) > 0 && st[len(st)-1].close == '"' {
				o := st[len(st)-1].idx
				st = st[:len(st)-1]
				if i-o <= maxQuoteRunes {
					cross[o+1]++
					cross[i+1]--
					quoteEnd[i] = true
				}
			} else {
				st = append(st, pairOpen{i, '"'})
			}
			continue
		}
		if cl := closerOf(c); cl != 0 {
			st = append(st, pairOpen{i, cl})
			continue
		}
		if isCloser(c) {
			for k := len(st) - 1; k >= 0 && k >= len(st)-4; k-- {
				if st[k].close == c {
					o := st[k].idx
					st = st[:k]
					if i-o <= maxQuoteRunes {
						cross[o+1]++
						cross[i+1]--
					}
					break
				}
			}
		}
	}
	p.stack = st[:0]
	for i := 1; i < len(cross); i++ {
		cross[i] += cross[i-1]
	}
	var out [][2]int
	start := 0
	emit := func(a, b int) {
		if b <= a {
			return
		}
		if b-a > semicolonSplitRunes {
			s := a
			for k := a; k < b-1; k++ {
				if r[k] == ';' && cross[k+1] == 0 && k+1-s >= 10 {
					out = append(out, [2]int{s, k + 1})
					s = k + 1
				}
			}
			a = s
		}
		out = append(out, [2]int{a, b})
	}
	for i := 0; i < n; i++ {
		c := r[i]
		if c != '。' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < n && (r[j] == '。' || r[j] == '!' || r[j] == '?' || (isCloser(r[j]) && r[j] != '"') || quoteEnd[j]) {
			j++
		}
		if j < n && cross[j] == 0 && !(c != '。' && i > 0 && isASCIIAlnum(r[i-1]) && isASCIIAlnum(r[j])) {
			emit(start, j)
			start = j
		}
		i = j - 1
	}
	emit(start, n)
	return out
}

func closerOf(r rune) rune {
	switch r {
	case '“':
		return '”'
	case '‘':
		return '’'
	case '(':
		return ')'
	case '《':
		return '》'
	case '「':
		return '」'
	case '『':
		return '』'
	case '【':
		return '】'
	case '[':
		return ']'
	case '〔':
		return '〕'
	case '〈':
		return '〉'
	}
	return 0
}

// Stance keywords, checked on section headings from level 1 down. Order matters:
// glossary, then achieved, then planned, so 计划执行情况 is achieved.
var (
	glossaryKeys = []string{"名词解释", "附件", "注释", "名词说明", "术语解释", "附录"}
	achievedKeys = []string{"回顾", "执行情况", "完成情况", "工作总结", "过去一年", "主要成效", "过去五年", "工作成效"}
	plannedKeys  = []string{"工作安排", "计划", "主要目标", "总体要求", "预期目标", "重点任务", "主要任务",
		"工作任务", "思路", "展望", "今后", "工作部署", "奋斗目标", "目标任务", "发展目标"}
)

// classifyHeading gives the stance a heading implies, or "" when it says nothing.
func classifyHeading(h string, year, planYear int) govkg.Stance {
	if h == "" {
		return ""
	}
	for _, k := range glossaryKeys {
		if strings.Contains(h, k) {
			return govkg.StanceGlossary
		}
	}
	for _, k := range achievedKeys {
		if strings.Contains(h, k) {
			return govkg.StanceAchieved
		}
	}
	for _, k := range plannedKeys {
		if strings.Contains(h, k) {
			return govkg.StancePlanned
		}
	}
	if year > 0 && strings.Contains(h, strconv.Itoa(year)+"年") && (strings.Contains(h, "工作") || strings.Contains(h, "成效")) {
		return govkg.StanceAchieved
	}
	if planYear > 0 && strings.Contains(h, strconv.Itoa(planYear)+"年") {
		return govkg.StancePlanned
	}
	return ""
}

// assignStance sets each sentence's stance from its section path: the level-1 heading
// decides if it can, then deeper ones; else context. A level-1 section that says
// nothing but follows a planned one (政府自身建设 after 工作安排) is planned too.
func (p *parser) assignStance(d *Document) {
	y, py := d.Report.Year, d.Report.PlanYear
	afterPlanned := false
	lastL1 := "\x00"
	var l1Stance govkg.Stance
	for i := range p.sents {
		s := &p.sents[i]
		if s.levels[0] != lastL1 {
			lastL1 = s.levels[0]
			l1Stance = classifyHeading(lastL1, y, py)
			switch {
			case l1Stance == govkg.StancePlanned:
				afterPlanned = true
			case l1Stance == "" && afterPlanned && lastL1 != "":
				l1Stance = govkg.StancePlanned
			case l1Stance != "":
				afterPlanned = false
			}
		}
		st := l1Stance
		for k := 1; k < 3 && st == ""; k++ {
			st = classifyHeading(s.levels[k], y, py)
		}
		if st == "" {
			st = govkg.StanceContext
		}
		s.stance = st
	}
}

// cutWarning states the over-long sentences capSpans cut, or "" when there were none.
func (p *parser) cutWarning(ss []govkg.Sentence) string {
	var whole, parts int
	var kinds [4]int
	var first []string
	for i, s := range p.sents {
		if !s.part {
			continue
		}
		parts++
		kinds[s.cut]++
		if s.cut == cutNone {
			whole++
		}
		if len(first) < 3 && (i == 0 || !p.sents[i-1].part || p.sents[i-1].cut == cutNone) {
			first = append(first, ss[i].ID)
		}
	}
	if parts == 0 {
		return ""
	}
	more := ""
	if whole > len(first) {
		more = ", …"
	}
	return fmt.Sprintf("%d sentence(s) longer than %d runes cut into %d parts (%d cuts at line ends, %d after punctuation, %d at the limit), starting at %s%s",
		whole, MaxSentenceRunes, parts, kinds[cutLine], kinds[cutClause], kinds[cutLength], strings.Join(first, ", "), more)
}

// sentences builds the exported sentences once the report ID is known. Each
// sentence's Text is a slice of text (the document's Text), not a copy. Ids carry the
// index zero-padded to 4 digits, or to as many as the last index has, so that ids
// sort in document order.
func (p *parser) sentences(id, text string) []govkg.Sentence {
	out := make([]govkg.Sentence, len(p.sents))
	idFormat := "%s/s%0" + strconv.Itoa(max(4, len(strconv.Itoa(len(p.sents)-1)))) + "d"
	r, b := 0, 0 // rune and byte offset in text
	advance := func(to int) int {
		for ; r < to && b < len(text); r++ {
			_, n := utf8.DecodeRuneInString(text[b:])
			b += n
		}
		return b
	}
	for i, s := range p.sents {
		lo := advance(s.lo)
		hi := advance(s.hi)
		out[i] = govkg.Sentence{
			ID:        fmt.Sprintf(idFormat, id, i),
			Index:     i,
			Paragraph: s.para,
			Section:   s.section,
			Stance:    s.stance,
			Text:      text[lo:hi],
			Start:     s.lo,
			End:       s.hi,
		}
	}
	return out
}
