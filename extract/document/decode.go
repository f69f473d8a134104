package document

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Encoding names recorded in Report.Encoding.
const (
	EncUTF8    = "utf-8"
	EncUTF8BOM = "utf-8-bom"
	EncUTF16LE = "utf-16le"
	EncUTF16BE = "utf-16be"
	EncGB18030 = "gb18030"
)

// magic numbers of the binary files people mistake for reports (the PDF itself, a
// scan, the .docx). Checked before anything else so the error names the kind.
var binaryMagic = []struct {
	prefix string
	kind   string
}{
	{"%PDF", "PDF"},
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"PK\x03\x04", "ZIP archive, e.g. .docx/.xlsx"},
	{"PK\x05\x06", "ZIP archive"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office OLE, e.g. .doc"},
	{"\x1f\x8b", "gzip"},
	{"Rar!\x1a\x07", "RAR archive"},
	{"7z\xbc\xaf\x27\x1c", "7z archive"},
	{"{\\rtf", "RTF"},
	{"\xff\xfe\x00\x00", "UTF-32 text (unsupported)"},
	{"\x00\x00\xfe\xff", "UTF-32 text (unsupported)"},
}

type decoded struct {
	text     string
	encoding string
	warnings []string
}

// decode turns raw bytes into UTF-8 text. A non-empty reason means the bytes are not a
// text report; it is phrased for the user.
func decode(data []byte) (decoded, string) {
	if len(data) == 0 {
		return decoded{}, "empty file"
	}
	for _, m := range binaryMagic {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return decoded{}, fmt.Sprintf("binary file (%s), not a text report", m.kind)
		}
	}
	var out decoded
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		out.encoding = EncUTF8BOM
		text, warn, ok := decodeUTF8(data[3:])
		if !ok {
			return decoded{}, invalidUTF8(data[3:], 3)
		}
		out.text, out.warnings = text, warn
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		out.encoding = EncUTF16LE
		out.text, out.warnings = decodeUTF16(data[2:], false)
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		out.encoding = EncUTF16BE
		out.text, out.warnings = decodeUTF16(data[2:], true)
	case bytes.IndexByte(data, 0) >= 0:
		text, warn, be, ok := guessUTF16(data)
		if !ok {
			return decoded{}, "binary file (contains NUL bytes), not a text report"
		}
		out.encoding = EncUTF16LE
		if be {
			out.encoding = EncUTF16BE
		}
		out.text, out.warnings = text, warn
	default:
		if text, warn, ok := decodeUTF8(data); ok {
			out.encoding, out.text, out.warnings = EncUTF8, text, warn
			break
		}
		text, warn, ok := decodeGB18030(data)
		if !ok {
			return decoded{}, invalidUTF8(data, 0)
		}
		out.encoding, out.text, out.warnings = EncGB18030, text, warn
	}
	if isBlank(out.text) {
		return decoded{}, "empty file"
	}
	return out, ""
}

// decodeUTF8 accepts valid UTF-8, and valid UTF-8 whose only fault is an incomplete
// final sequence (a download or copy cut short), which is dropped with a warning.
func decodeUTF8(b []byte) (string, []string, bool) {
	if utf8.Valid(b) {
		return string(b), nil, true
	}
	// Find the start of the last rune: at most 3 bytes back.
	for k := 1; k <= 3 && k <= len(b); k++ {
		i := len(b) - k
		if utf8.RuneStart(b[i]) {
			if b[i] >= 0xc0 && !utf8.FullRune(b[i:]) && utf8.Valid(b[:i]) {
				return string(b[:i]), []string{fmt.Sprintf("file ends in an incomplete UTF-8 sequence; %d trailing byte(s) dropped", k)}, true
			}
			break
		}
	}
	return "", nil, false
}

func invalidUTF8(b []byte, base int) string {
	off := 0
	for off < len(b) {
		r, n := utf8.DecodeRune(b[off:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		off += n
	}
	return fmt.Sprintf("invalid text encoding: not UTF-8 (bad byte 0x%02x at offset %d) and not GB18030", b[min(off, len(b)-1)], base+off)
}

// decodeGB18030 accepts bytes that decode as GB18030 without replacement characters
// and look like Chinese text. A single broken character at the very end is dropped
// with a warning, like a truncated UTF-8 file.
func decodeGB18030(b []byte) (string, []string, bool) {
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	if err != nil {
		return "", nil, false
	}
	s := string(out)
	var warn []string
	if i := bytes.IndexRune(out, utf8.RuneError); i >= 0 {
		// Allow only a trailing replacement caused by a cut-off double/quad-byte char.
		trimmed := bytes.TrimRight(out, "\ufffd")
		if bytes.ContainsRune(trimmed, utf8.RuneError) || len(out)-len(trimmed) > 3*2 {
			return "", nil, false
		}
		s = string(trimmed)
		warn = append(warn, "file ends in an incomplete GB18030 character; trailing bytes dropped")
	}
	if !plausibleText(s) {
		return "", nil, false
	}
	return s, warn, true
}

// guessUTF16 decides whether BOM-less data with NUL bytes is UTF-16, and in which
// byte order, by decoding it both ways and keeping the one that reads as text (ASCII,
// CJK, CJK and full-width punctuation). NUL parity alone is not enough: many CJK
// characters (U+3000, U+4E00) have a zero low byte.
func guessUTF16(b []byte) (text string, warn []string, be, ok bool) {
	sample := b[:min(len(b), 1<<16)&^1]
	le, _ := decodeUTF16(sample, false)
	bes, _ := decodeUTF16(sample, true)
	sl, sb := textScore(le), textScore(bes)
	switch {
	case sl >= 0.9 && sl >= sb:
		be = false
	case sb >= 0.9:
		be = true
	default:
		return "", nil, false, false
	}
	text, warn = decodeUTF16(b, be)
	return text, warn, be, true
}

// textScore is the share of runes of s that are common in Chinese reports.
func textScore(s string) float64 {
	var total, good int
	for _, r := range s {
		total++
		switch {
		case r >= 0x20 && r < 0x7f, r == '\n', r == '\r', r == '\t',
			r >= 0x4e00 && r <= 0x9fff, r >= 0x3000 && r <= 0x303f, r >= 0xff00 && r <= 0xffef,
			r >= 0x2000 && r <= 0x206f, r >= 0xa0 && r <= 0xff:
			good++
		}
	}
	if total == 0 {
		return 0
	}
	return float64(good) / float64(total)
}

func decodeUTF16(b []byte, be bool) (string, []string) {
	var warn []string
	if len(b)%2 == 1 {
		b = b[:len(b)-1]
		warn = append(warn, "UTF-16 file has an odd number of bytes; last byte dropped")
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		if be {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	if len(u) > 0 && u[len(u)-1] >= 0xd800 && u[len(u)-1] < 0xdc00 {
		u = u[:len(u)-1]
		warn = append(warn, "UTF-16 file ends in half a surrogate pair; dropped")
	}
	s := string(utf16.Decode(u))
	if len(s) > 0 && s[0] == 0xef && len(s) >= 3 && s[:3] == "\ufeff" {
		s = s[3:]
	}
	return s, warn
}

// plausibleText rejects decodings that produced mostly control characters, unpaired
// surrogates or rare planes: a sign that the bytes were not text in this encoding.
func plausibleText(s string) bool {
	var total, bad int
	for _, r := range s {
		total++
		switch {
		case r == utf8.RuneError, r == 0:
			bad++
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f':
			bad++
		case r >= 0xe000 && r <= 0xf8ff: // private use: GB18030 user-defined areas
			bad++
		case r > 0xffff && !unicode.Is(unicode.Han, r):
			bad++
		}
		if total >= 1<<16 {
			break
		}
	}
	return total > 0 && bad*50 <= total
}

func isBlank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !isZeroWidth(r) && r != 0 {
			return false
		}
	}
	return true
}
