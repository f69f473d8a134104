// Package document is the first step of the govkg pipeline: it turns a report file
// (plain text, Markdown or HTML, in any of the encodings Chinese government sites and
// PDF converters produce) into a normalized Document: clean text, paragraphs,
// sentences with their section path and stance, and the report's metadata.
//
// Everything downstream points back at sentences by rune offsets into Document.Text,
// so the text is normalized once, here, and every normalized rune keeps the byte
// span of the Source rune it came from; Original uses that map to show an analyst
// exactly what the file said.
//
// The rules, in order:
//
//   - Decoding (see decode.go): UTF-8 (with or without BOM, a truncated final
//     sequence dropped with a warning), UTF-16 LE/BE (BOM, or guessed from the
//     NUL-byte pattern), GB18030/GBK. Binary files are refused by magic number or
//     NUL bytes, naming the kind.
//   - Format: Markdown markup and HTML tags are removed (see stripMarkup in normalize.go, and html.go).
//   - Per rune (normalize.go): NFKC, so full-width digits, letters and most
//     punctuation become half-width (，→, ：→: （→( ) while 。、“” stay; control and
//     zero-width and private-use (icon-font) characters are dropped; horizontal whitespace is dropped unless
//     both neighbours are ASCII letters or digits (地铁 19 号线→地铁19号线, Micro LED
//     stays).
//   - Per line: page furniture of the government web sites (chromeWords and friends)
//     is removed, and lines a PDF conversion broke mid-sentence are joined.
//   - Structure (structure.go): paragraphs, sentences, headings, section paths and
//     stance; metadata (meta.go): title, kind, district, years, ID.
package document

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"unicode/utf8"

	govkg "github.com/govkg/govkg"
)

// DefaultMaxBytes is the size limit used when Options.MaxBytes is 0. Real reports are
// well under 1 MiB; the limit only stops a mistaken path (a disk image, a video) from
// being read into memory.
const DefaultMaxBytes int64 = 64 << 20

// Options overrides what Parse would detect. The zero value detects everything; an
// override exists because some files (scans, excerpts) do not say who wrote them or when.
type Options struct {
	District       string           // override detected district (canonical name, e.g. 龙岗区)
	Year, PlanYear int              // overrides; 0 = detect. Setting one alone implies the other (±1).
	Kind           govkg.ReportKind // override; "" = detect
	MaxBytes       int64            // refuse larger files; 0 = DefaultMaxBytes
}

// Document is one report after normalization: the unit the extractor works on.
type Document struct {
	Report    govkg.Report     // metadata
	Text      string           // normalized text; paragraphs separated by "\n"
	Sentences []govkg.Sentence // in order; Start/End are rune offsets into Text
	Source    string           // the decoded original text (for HTML: the visible text)

	offs    offsetMap // the Source byte span of each rune of Text
	textLen int       // number of runes in Text
	runes   []rune    // Text as runes (the parser's buffer), nil when it has an invalid rune
}

// Format names recorded in Report.Format.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
)

// ReadFile reads and parses the report at path. It checks the size before reading so
// that a huge file is refused without being loaded.
func ReadFile(path string, opts Options) (*Document, error) {
	max := opts.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	// Stat before Open: opening a named pipe with no writer would block forever.
	st, err := os.Stat(path)
	if err != nil {
		return nil, ioError(path, err)
	}
	if st.IsDir() {
		return nil, inputErr(path, "is a directory, not a report file")
	}
	if !st.Mode().IsRegular() {
		return nil, inputErr(path, fmt.Sprintf("is a %s, not a regular file", fileKind(st.Mode())))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, ioError(path, err)
	}
	defer f.Close()
	if st, err = f.Stat(); err != nil {
		return nil, ioError(path, err)
	}
	if st.Mode().IsRegular() && st.Size() > max {
		return nil, tooLarge(path, st.Size(), max)
	}
	// one buffer of the size the file says (plus one byte, to see a file that grew),
	// rather than ReadAll's doubling, which would hold up to twice the file
	data := make([]byte, 0, min(st.Size(), max)+1)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, ioError(path, err)
		}
		if int64(len(data)) > max {
			return nil, tooLarge(path, -1, max)
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)] // the file grew since Stat
		}
	}
	return Parse(path, data, opts)
}

// Parse parses report bytes; path is used for messages, the format (by extension) and
// the fallback ID only, never read.
func Parse(path string, data []byte, opts Options) (doc *Document, err error) {
	defer func() { // belt and braces: a parser bug must not take the whole run down
		if r := recover(); r != nil {
			doc, err = nil, &govkg.Error{Code: govkg.EINPUT, Message: fmt.Sprintf("%s: internal error while parsing: %v", govkg.Printable(path), r)}
		}
	}()
	max := opts.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	if int64(len(data)) > max {
		return nil, tooLarge(path, int64(len(data)), max)
	}
	sum := sha256.Sum256(data)
	dec, reason := decode(data)
	if reason != "" {
		return nil, inputErr(path, reason)
	}
	d := &Document{}
	d.Report.Path = path
	d.Report.SHA256 = hex.EncodeToString(sum[:])
	d.Report.Encoding = dec.encoding
	d.Report.Warnings = append(d.Report.Warnings, dec.warnings...)

	p := newParser(path, dec.text)
	d.Report.Warnings = append(d.Report.Warnings, p.warnings...)
	d.Report.Format = p.format
	d.Source = p.src
	if len(p.src) >= maxSourceBytes {
		return nil, tooLarge(path, int64(len(data)), maxSourceBytes)
	}
	p.run()
	if len(p.text) == 0 {
		return nil, inputErr(path, "no report text (only markup or web-page furniture)")
	}
	d.Text = string(p.text)
	d.textLen = len(p.text)
	d.runes = p.text
	for _, r := range p.text {
		if !utf8.ValidRune(r) { // string() made it U+FFFD: Text's runes are not these
			d.runes = nil
			break
		}
	}
	d.offs = p.offs

	p.detectMeta(d, opts)
	p.assignStance(d)
	d.Sentences = p.sentences(d.Report.ID, d.Text)
	if w := p.cutWarning(d.Sentences); w != "" {
		d.Report.Warnings = append(d.Report.Warnings, w)
	}
	return d, nil
}

// SentenceRunes returns []rune(d.Sentences[i].Text) without decoding the text again:
// a slice of the parser's runes, which the caller must not change (appending to it is
// safe: its capacity ends with the sentence).
func (d *Document) SentenceRunes(i int) []rune {
	s := d.Sentences[i]
	if d.runes != nil && s.Start >= 0 && s.Start <= s.End && s.End <= len(d.runes) && len(s.Text) >= s.End-s.Start {
		return d.runes[s.Start:s.End:s.End]
	}
	return []rune(s.Text)
}

// Original returns the Source text behind runes [start,end) of sentence s (offsets
// within s.Text), including whitespace and markup that normalization dropped inside
// that span, so that evidence can be quoted exactly as the file had it. Offsets are
// clamped; an empty or impossible span gives "".
func (d *Document) Original(s govkg.Sentence, start, end int) string {
	if d == nil {
		return ""
	}
	n := s.End - s.Start
	if start < 0 {
		start = 0
	}
	if end > n {
		end = n
	}
	a, b := s.Start+start, s.Start+end
	if a < 0 || b > d.textLen || a >= b || b > d.offs.len() {
		return ""
	}
	from, _ := d.offs.span(a)
	_, to := d.offs.span(b - 1)
	if from < 0 || to > len(d.Source) || from >= to {
		return ""
	}
	return d.Source[from:to]
}

// fileKind names a non-regular file mode for messages.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeCharDevice != 0:
		return "character device"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return "special file"
}

// inputErr is an input error naming the file (printably) and the reason.
func inputErr(path, reason string) *govkg.Error {
	return govkg.Errorf(govkg.EINPUT, "%s: %s", govkg.Printable(path), reason)
}

func tooLarge(path string, size, max int64) *govkg.Error {
	limit := fmt.Sprintf("the limit of %d bytes", max)
	if max >= 1<<20 {
		limit += fmt.Sprintf(" (%d MiB)", max>>20)
	}
	if size < 0 {
		return inputErr(path, "file is larger than "+limit+"; not a single report?")
	}
	return inputErr(path, fmt.Sprintf("file is %d bytes, larger than %s; not a single report?", size, limit))
}

func ioError(path string, err error) *govkg.Error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &govkg.Error{Code: govkg.EINPUT, Message: govkg.Printable(path) + ": cannot read file", Err: err}
}

// runeLen is utf8.RuneCountInString, named for readability at call sites.
func runeLen(s string) int { return utf8.RuneCountInString(s) }
