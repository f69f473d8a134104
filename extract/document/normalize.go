package document

import (
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// nr is one normalized rune and the Source byte span [s,e) it came from.
type nr struct {
	r    rune
	s, e int
}

// line is what assemble needs to know of a source line besides its runes.
type line struct {
	mdHeading bool // a Markdown "#" heading: never joined
	bold      bool // the whole line is **bold**: an unnumbered heading, never joined
	list      bool // a list bullet ("- ", "* ") was stripped
}

type parser struct {
	path, src, format string
	md                bool
	bodyStart         int      // byte offset of the body (after front matter)
	warnings          []string // for Report.Warnings (an HTML page read tag by tag)
	metaTitle         string   // front-matter or <title> title
	inComment         bool     // inside a multi-line <!-- --> (Markdown)

	nfkc  map[rune][]rune
	one   []nr   // normRune's output for one source rune
	pend  []nr   // the runes of the line being read, until it is known not to be page furniture
	head  []rune // the same for isChrome, each run of spaces as one space
	head2 []rune // a line's first runes for startsMarker

	// state of assemble between lines
	open         bool // a paragraph is open
	prevJoinable bool // the last line looks cut off mid-sentence
	blanks       int  // blank (or dropped) lines since the last line with text

	// output of assemble
	text  []rune
	offs  offsetMap // where each rune of text came from
	paras []para

	// joins are the text offsets where assemble joined a line to the one before (the
	// first rune of the joined line), in order: where capSpans prefers to cut.
	joins []int

	// output of structure
	sents     []sent
	whole     []sentSpan // a paragraph's sentences (splitParagraph)
	sentSpans []sentSpan // the same, over-long ones cut (capSpans)
	cross     []int32
	quoteEnd  []bool
	stack     []pairOpen
}

func newParser(path, text string) *parser {
	p := &parser{path: path, nfkc: map[rune][]rune{}}
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case ext == ".html" || ext == ".htm" || ext == ".xhtml" || (ext != ".md" && ext != ".markdown" && looksLikeHTML(text)):
		p.format = FormatHTML
		var warning string
		p.src, p.metaTitle, warning = htmlText(text)
		if warning != "" {
			p.warnings = append(p.warnings, warning)
		}
	case ext == ".md" || ext == ".markdown":
		p.format, p.md, p.src = FormatMarkdown, true, text
		p.frontMatter()
	default:
		p.format, p.src = FormatText, text
		if strings.HasPrefix(strings.TrimLeft(text, "\ufeff"), "---") && p.frontMatter() {
			p.format, p.md = FormatMarkdown, true
		}
	}
	return p
}

// frontMatter recognises a leading "---" … "---" block, records its title and sets
// bodyStart after it. It reports whether there was one.
func (p *parser) frontMatter() bool {
	s := p.src
	start := 0
	if strings.HasPrefix(s, "\ufeff") {
		start = 3
	}
	first, next := lineAt(s, start)
	if strings.TrimRight(first, " \t\r") != "---" {
		return false
	}
	title := ""
	for i, n := next, 0; i < len(s) && n < 200; n++ {
		l, nx := lineAt(s, i)
		t := strings.TrimRight(l, " \t\r")
		if t == "---" || t == "..." {
			p.bodyStart, p.metaTitle = nx, title
			return true
		}
		if k, v, ok := strings.Cut(t, ":"); ok && strings.TrimSpace(strings.ToLower(k)) == "title" {
			title = strings.Trim(strings.TrimSpace(v), `"'`)
		}
		i = nx
	}
	return false
}

func lineAt(s string, i int) (string, int) {
	if i >= len(s) {
		return "", len(s)
	}
	j := strings.IndexByte(s[i:], '\n')
	if j < 0 {
		return s[i:], len(s)
	}
	return s[i : i+j], i + j + 1
}

func (p *parser) run() {
	p.normalizeLines()
	p.structure()
}

// normalizeLines splits the body into lines (LF, CRLF, U+2028, U+2029; in Markdown
// also <br>), normalizes each straight into text and assembles the paragraphs. Only
// text and its offset map grow with the file: no line is held twice.
func (p *parser) normalizeLines() {
	s := p.src
	n := utf8.RuneCountInString(s[p.bodyStart:])
	n += n/16 + 16 // NFKC may expand a rune; paragraph breaks are added
	p.text = make([]rune, 0, n)
	p.offs = newOffsetMap(n)
	start := p.bodyStart
	for k := start; k <= len(s); k++ {
		if k == len(s) {
			p.physicalLine(start, k)
			break
		}
		c := s[k]
		if c == '\n' {
			p.physicalLine(start, k)
			start = k + 1
		} else if c == 0xe2 && k+2 < len(s) && s[k+1] == 0x80 && (s[k+2] == 0xa8 || s[k+2] == 0xa9) {
			p.physicalLine(start, k)
			start = k + 3
			k += 2
		}
	}
	if p.open {
		p.closePara()
	}
}

func (p *parser) physicalLine(a, b int) {
	if !p.md {
		p.addLine(a, b)
		return
	}
	for {
		k, end := indexBR(p.src[a:b])
		if k < 0 {
			p.addLine(a, b)
			return
		}
		p.addLine(a, a+k)
		a += end
	}
}

// indexBR finds an HTML <br>, <br/> or <br /> tag (any case) and returns its start
// and end. It looks only a few bytes past each "<", so it stays linear.
func indexBR(s string) (start, end int) {
	off := 0
	for {
		i := strings.IndexByte(s[off:], '<')
		if i < 0 {
			return -1, -1
		}
		i += off
		if i+3 < len(s) && (s[i+1] == 'b' || s[i+1] == 'B') && (s[i+2] == 'r' || s[i+2] == 'R') {
			for k := i + 3; k < len(s) && k < i+6; k++ {
				if s[k] == '>' {
					return i, k + 1
				}
				if s[k] != ' ' && s[k] != '/' {
					break
				}
			}
		}
		off = i + 1
	}
}

// addLine normalizes source line [a,b) into text (see normRune; whitespace is kept
// only as one space between two ASCII letters or digits), drops it if it is page
// furniture (isChrome), and assembles it (see startLine). The line's first runes wait
// in pend until the line is too long to be furniture, the rest go straight to text, so
// a line of any length is held once.
func (p *parser) addLine(a, b int) {
	pend, head := p.pend[:0], p.head[:0]
	nonSpace := 0
	flushed, lineStart := false, 0
	pending, spaceS, spaceE := false, 0, 0 // a run of spaces waits for the next rune
	hasOut, lastOut := false, rune(0)
	l := line{bold: isBoldLine(p.src[a:b])}
	out := func(r rune, s, e int) {
		hasOut, lastOut = true, r
		if flushed {
			p.push(r, s, e)
		} else {
			pend = append(pend, nr{r, s, e})
		}
	}
	drop := p.stripMarkup(a, b, &l, func(sa, sb int) {
		for i := sa; i < sb; {
			r, n := utf8.DecodeRuneInString(p.src[i:sb])
			p.one = p.normRune(p.one[:0], r, i, i+n)
			for _, x := range p.one {
				if x.r == ' ' {
					if !pending {
						pending, spaceS, spaceE = true, x.s, x.e
						if nonSpace <= chromeMaxRunes {
							head = append(head, ' ')
						}
					}
					continue
				}
				if pending {
					if hasOut && isASCIIAlnum(lastOut) && isASCIIAlnum(x.r) {
						out(' ', spaceS, spaceE) // the first space of the run
					}
					pending = false
				}
				nonSpace++
				if nonSpace <= chromeMaxRunes {
					head = append(head, x.r)
				}
				out(x.r, x.s, x.e)
				if !flushed && nonSpace > chromeMaxRunes {
					lineStart, flushed = p.startLine(l, pend), true
				}
			}
			i += n
		}
	})
	p.pend, p.head = pend, head
	if !flushed {
		if drop || len(pend) == 0 || isChrome(head) { // blank, dropped or page furniture
			p.blanks++
			return
		}
		lineStart = p.startLine(l, pend)
	}
	p.prevJoinable = p.joinable(l, p.text[lineStart:])
	p.blanks = 0
}

// startLine assembles a line whose first runes are pend: joined to the paragraph
// before when that was cut off mid-sentence (joinable) and the line opens no new block,
// else opening a new paragraph. It writes pend into text and returns where the line
// starts in text.
func (p *parser) startLine(l line, pend []nr) int {
	first := p.head2[:0] // startsMarker looks at 16 runes at most
	for i := 0; i < len(pend) && i < 17; i++ {
		first = append(first, pend[i].r)
	}
	p.head2 = first
	if p.open && p.blanks <= 1 && p.prevJoinable && !p.startsMarker(l, first) {
		if isASCIIAlnum(p.text[len(p.text)-1]) && isASCIIAlnum(pend[0].r) {
			p.push(' ', p.offs.lastEnd, p.offs.lastEnd)
		}
		p.joins = append(p.joins, len(p.text))
	} else {
		if p.open {
			p.closePara()
		}
		if len(p.paras) > 0 {
			p.push('\n', p.offs.lastEnd, p.offs.lastEnd)
		}
		p.paras = append(p.paras, para{lo: len(p.text), mdHeading: l.mdHeading, bold: l.bold})
		p.open = true
	}
	start := len(p.text)
	for _, x := range pend {
		p.push(x.r, x.s, x.e)
	}
	return start
}

// normRune appends the normalized form of r (source bytes [s,e)) to out: spaces as
// ' ', control and zero-width characters dropped, everything else NFKC.
func (p *parser) normRune(out []nr, r rune, s, e int) []nr {
	switch {
	case r >= 0x4e00 && r <= 0x9fff, r > 0x20 && r < 0x7f,
		r == '。', r == '、', r == '“', r == '”', r >= 0x3008 && r <= 0x3011:
		return append(out, nr{r, s, e}) // fast path: NFKC-stable
	case r == ' ' || r == '\t' || r == 0x3000 || r == 0xa0:
		return append(out, nr{' ', s, e})
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == utf8.RuneError:
		return out
	case isZeroWidth(r), r >= 0xe000 && r <= 0xf8ff: // private use: icon-font glyphs of web pages
		return out
	case unicode.Is(unicode.Zs, r):
		return append(out, nr{' ', s, e})
	}
	rs, ok := p.nfkc[r]
	if !ok {
		rs = []rune(norm.NFKC.String(string(r)))
		p.nfkc[r] = rs
	}
	for _, x := range rs {
		if x == ' ' || unicode.Is(unicode.Zs, x) {
			out = append(out, nr{' ', s, e})
		} else if x >= 0x20 && !isZeroWidth(x) {
			out = append(out, nr{x, s, e})
		}
	}
	return out
}

func isZeroWidth(r rune) bool {
	switch r {
	case 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e, 0x200e, 0x200f:
		return true
	}
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || (r > 0x7f && unicode.Is(unicode.Cf, r))
}

func isASCIIAlnum(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')
}

func isHSpaceByte(s string, i int) (int, bool) {
	switch {
	case s[i] == ' ' || s[i] == '\t' || s[i] == '\r':
		return 1, true
	case strings.HasPrefix(s[i:], "\u3000"):
		return 3, true
	case strings.HasPrefix(s[i:], "\u00a0"):
		return 2, true
	}
	return 0, false
}

// stripMarkup returns the byte segments of line [a,b) that carry text. Markdown:
// "#" heading markers, "> " quotes, "- "/"* "/"+ " bullets, **, __, links [t](u) → t,
// images, HTML comments, table pipes at the ends, rules and table separators. Plain
// text (often converted from PDF with a Markdown-ish tool): "- "/"* " bullets and **.
//
// Each segment is passed to emit as soon as it is found, in order; l's mdHeading and
// list are set before the first.
func (p *parser) stripMarkup(a, b int, l *line, emit func(a, b int)) (drop bool) {
	s := p.src
	i := a
	skipSpace := func() {
		for i < b {
			n, ok := isHSpaceByte(s, i)
			if !ok {
				return
			}
			i += n
		}
	}
	skipSpace()
	if p.md && !p.inComment {
		if i < b && s[i] == '#' {
			j := i
			for j < b && s[j] == '#' && j-i < 6 {
				j++
			}
			if j == b || s[j] == ' ' || s[j] == '\t' || s[j] >= 0x80 {
				l.mdHeading = true
				i = j
				skipSpace()
				for b > i && (s[b-1] == '#' || s[b-1] == ' ' || s[b-1] == '\r') { // closing hashes
					b--
				}
			}
		}
		if isRule(s[i:b]) {
			return true
		}
		if i < b && s[i] == '|' {
			i++
			e := b
			for e > i && (s[e-1] == ' ' || s[e-1] == '\r' || s[e-1] == '\t') {
				e--
			}
			if e > i && s[e-1] == '|' {
				b = e - 1
			}
		}
	}
	for n := 0; n < 4 && i+1 < b && !p.inComment; n++ {
		c := s[i]
		if p.md && c == '>' {
			i++
			skipSpace()
			continue
		}
		if (c == '-' || c == '*' || (p.md && c == '+')) && (s[i+1] == ' ' || s[i+1] == '\t') {
			i += 2
			l.list = true
			skipSpace()
			continue
		}
		break
	}
	segStart := i
	flush := func(end int) {
		if end > segStart {
			emit(segStart, end)
		}
	}
	linkClose, linkEnd := -1, -1
	for i < b {
		if p.inComment {
			k := strings.Index(s[i:b], "-->")
			if k < 0 {
				i = b
				segStart = b
				break
			}
			i += k + 3
			segStart = i
			p.inComment = false
			continue
		}
		c := s[i]
		switch {
		case c == '*' && i+1 < b && s[i+1] == '*':
			flush(i)
			i += 2
			segStart = i
			continue
		case !p.md:
		case c == '_' && i+1 < b && s[i+1] == '_':
			flush(i)
			i += 2
			segStart = i
			continue
		case c == '<' && strings.HasPrefix(s[i:b], "<!--"):
			flush(i)
			p.inComment = true
			i += 4
			segStart = i
			continue
		case i == linkClose:
			flush(i)
			i = linkEnd
			segStart = i
			linkClose = -1
			continue
		case c == '[' || (c == '!' && i+1 < b && s[i+1] == '['):
			o := i
			if c == '!' {
				o++
			}
			if cl, end, ok := findLink(s, o, b); ok && linkClose < 0 {
				flush(i)
				i = o + 1
				segStart = i
				linkClose, linkEnd = cl, end
				continue
			}
		}
		i++
	}
	flush(i)
	return false
}

// isBoldLine reports a line wholly wrapped in ** (after bullets and spaces), the way
// converted reports mark unnumbered headings.
func isBoldLine(s string) bool {
	s = strings.TrimLeft(strings.TrimSpace(s), "#>-+ \t")
	return len(s) > 4 && strings.HasPrefix(s, "**") && strings.HasSuffix(s, "**") &&
		!strings.Contains(s[2:len(s)-2], "**")
}

// findLink checks for "[text](url)" starting at s[o]=='[' within [o,b), looking no
// further than 256 bytes for "](" and 1024 for ")" so that lines full of brackets
// stay linear.
func findLink(s string, o, b int) (closeIdx, end int, ok bool) {
	lim := min(b, o+256)
	depth := 0
	for k := o; k < lim; k++ {
		switch s[k] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				if k+1 < lim && s[k+1] == '(' {
					if m := strings.IndexByte(s[k+2:min(b, k+2+1024)], ')'); m >= 0 {
						return k, k + 2 + m + 1, true
					}
				}
				return 0, 0, false
			}
		}
	}
	return 0, 0, false
}

// isRule reports a Markdown horizontal rule, setext underline or table separator row.
func isRule(s string) bool {
	marks := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '-', '*', '_', '=':
			marks++
		case '|', ':', ' ', '\t', '\r':
		default:
			return false
		}
	}
	return marks >= 3
}

// Page furniture of Chinese government web sites, removed from short lines. A line
// is chrome when it starts with one of chromePrefixes, or every space-separated token
// of it is one of chromeWords or starts with one of chromeTokenPrefixes, or it is
// short and ends with one of chromeSuffixes. Matching is on the NFKC form, so ":"
// covers "：".
var (
	chromeWords = []string{
		"无障碍", "长者助手", "长者模式", "我的收藏", "收藏", "政府信息公开", "规章库",
		"扫一扫在手机上打开当前页", "文件已失效", "知识图谱", "相关信息和服务",
		"当前展示专题专栏信息类别内容", "返回", "点击标签名称查看更多信息", "分享到",
		"打印本页", "关闭窗口", "返回顶部", "打印", "关闭", "【打印】", "【关闭】", "【关闭窗口】",
		"[打印]", "[关闭]", "【大】", "【中】", "【小】", "大", "中", "小", "【大中小】",
		"字体:", "字号:", "视力保护色", "繁體", "繁体", "简体", "English", "首页", "登录", "注册",
		"微信", "微博", "分享", "网站地图", "联系我们", "智能问答", "信息公开", "政务公开",
	}
	chromeTokenPrefixes = []string{"【字体", "【字号", "浏览次数", "分享到", "【打印", "【关闭", "访问量"}
	chromePrefixes      = []string{
		"索引号:", "分类:", "发布机构:", "成文日期:", "名称:", "文号:", "发布日期:", "主题词:",
		"【打印】", "【字体", "浏览次数", "当前位置:", "您当前的位置", "您的位置:", "当前位置", "来源:",
		"信息来源:", "发布时间:", "日期:", "字号:", "责任编辑:", "编辑:", "分享到", "扫一扫",
		"打印本页", "关闭窗口", "返回顶部", "访问量", "点击数:", "阅读次数", "主题分类:", "体裁分类:",
		"公开方式:", "公开范围:", "效力状态:", "生效日期:", "废止日期:", "文件编号:", "发文机关:",
	}
	chromeSuffixes = []string{"信息公开", "网站", "门户网站"}
)

const chromeMaxRunes = 60

// isChrome reports whether a line is page furniture; l is the line's normalized
// runes, spaces as ' ' (runs of them may be collapsed into one).
func isChrome(l []rune) bool {
	n := 0
	for _, r := range l {
		if r != ' ' {
			n++
		}
	}
	if n == 0 || n > chromeMaxRunes {
		return false
	}
	s := strings.TrimSpace(string(l))
	compact := strings.ReplaceAll(s, " ", "")
	for _, pre := range chromePrefixes {
		if strings.HasPrefix(compact, pre) {
			return true
		}
	}
	if n <= 20 {
		for _, suf := range chromeSuffixes {
			if strings.HasSuffix(compact, suf) && !strings.ContainsAny(compact, "。,") {
				return true
			}
		}
	}
	for _, tok := range strings.Fields(s) {
		if !chromeToken(tok) {
			return false
		}
	}
	return true
}

func chromeToken(t string) bool {
	for _, w := range chromeWords {
		if t == w {
			return true
		}
	}
	for _, pre := range chromeTokenPrefixes {
		if strings.HasPrefix(t, pre) {
			return true
		}
	}
	return false
}

// push appends a rune and the Source span [s,e) it came from to text.
func (p *parser) push(r rune, s, e int) {
	p.text = append(p.text, r)
	p.offs.add(s, e)
}

func (p *parser) closePara() { p.paras[len(p.paras)-1].hi = len(p.text) }

// joinMinRunes: shorter lines are headings, signatures, dates — never broken prose.
const joinMinRunes = 15

// joinable reports whether line l, whose normalized runes are rs, looks cut off
// mid-sentence: at least joinMinRunes runes, not ending in sentence-final or clause
// punctuation (closing quotes and brackets skipped), and not a heading, title,
// Markdown heading or meeting line.
func (p *parser) joinable(l line, rs []rune) bool {
	if l.mdHeading || l.bold || len(rs) < joinMinRunes {
		return false
	}
	k := len(rs) - 1
	for k > 0 && isCloser(rs[k]) {
		k--
	}
	switch rs[k] {
	case '。', '!', '?', ';', ':', '…':
		return false
	}
	hasStop, hasColon := false, false
	for _, r := range rs {
		switch r {
		case '。', '!', '?':
			hasStop = true
		case ':':
			hasColon = true
		}
	}
	// A numbered line without a full stop is a heading, unless it has a colon: then it
	// is a glossary entry or list item ("7.“1+11+111+N”…体系:1个"). A title is at
	// most 100 runes (isTitleLike).
	if !hasStop && ((headingLevel(rs) > 0 && !hasColon) || len(rs) <= 100 && isTitleLike(string(rs))) {
		return false
	}
	const meeting = "会议上"
	return len(rs) < 3 || string(rs[len(rs)-3:]) != meeting
}

// startsMarker reports whether a line begins a new block: a heading number, a list
// bullet, a dash item, a Markdown heading or a glossary heading.
func (p *parser) startsMarker(l line, rs []rune) bool {
	if l.mdHeading || l.list {
		return true
	}
	if headingLevel(rs[:min(len(rs), 8)]) > 0 {
		return true
	}
	switch rs[0] {
	case '—', '•', '●', '■', '◆', '▪', '○', '◇', '□', '※', '·', '-', '*':
		return true
	}
	if len(rs) <= 16 {
		return isSpecialHeading(rs)
	}
	return false
}

// isTitleLike reports a report title line: names the report genre, no sentence
// punctuation, not long.
func isTitleLike(s string) bool {
	if runeLen(s) > 100 || strings.ContainsAny(s, "。,;") || strings.Contains(s, "我代表") {
		return false
	}
	if strings.Contains(s, "政府工作报告") {
		return true
	}
	return (strings.Contains(s, "计划") || strings.Contains(s, "规划")) &&
		(strings.Contains(s, "报告") || strings.Contains(s, "执行情况"))
}

func isCloser(r rune) bool {
	switch r {
	case '”', '’', '」', '』', ')', '》', '】', ']', '〕', '〉', '"', '\'':
		return true
	}
	return false
}
