package document

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlDropped are elements whose content is never report text: code, styling and the
// navigation, header, footer and form furniture of government web sites.
var htmlDropped = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Iframe: true, atom.Svg: true, atom.Nav: true,
	atom.Header: true, atom.Footer: true, atom.Form: true, atom.Select: true,
	atom.Button: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Audio: true, atom.Video: true, atom.Math: true,
}

// htmlBlocks are elements that start a new line of text.
var htmlBlocks = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Br: true, atom.Caption: true, atom.Center: true, atom.Dd: true,
	atom.Details: true, atom.Dialog: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Hr: true, atom.Html: true, atom.Li: true, atom.Main: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Tr: true,
	atom.Ul: true, atom.Title: true,
}

// looksLikeHTML reports whether content (not the extension) says HTML.
func looksLikeHTML(s string) bool {
	s = strings.TrimLeft(s, " \t\r\n\ufeff")
	if len(s) > 32 {
		s = s[:32]
	}
	s = strings.ToLower(s)
	return strings.HasPrefix(s, "<!doctype html") || strings.HasPrefix(s, "<html")
}

// htmlWriter collects the visible text of a page: block elements on their own lines,
// runs of HTML whitespace collapsed to one space.
type htmlWriter struct {
	b                       strings.Builder
	lineEmpty, pendingSpace bool
}

func (w *htmlWriter) newline() {
	if !w.lineEmpty {
		w.b.WriteByte('\n')
	}
	w.lineEmpty, w.pendingSpace = true, false
}

func (w *htmlWriter) text(s string) {
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\f':
			w.pendingSpace = true
		default:
			if w.pendingSpace && !w.lineEmpty {
				w.b.WriteByte(' ')
			}
			w.b.WriteRune(r)
			w.lineEmpty, w.pendingSpace = false, false
		}
	}
}

// htmlNestingWarning is the warning of a page the HTML parser refuses for its depth.
const htmlNestingWarning = "HTML nested deeper than 512 elements, which the HTML parser refuses (%v): read tag by tag instead, without the parser's repairs"

// htmlText extracts the visible text of an HTML page: dropped elements skipped, block
// elements on their own lines, runs of HTML whitespace collapsed to one space. It also
// returns the <title>, a metadata hint. A page the parser refuses (it stops at 512
// nested elements, common where unclosed <font> or <div> tags pile up) is read tag by
// tag (htmlTokens), and warning says so.
func htmlText(src string) (text, title, warning string) {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil || root == nil {
		text, title = htmlTokens(src)
		return text, title, fmt.Sprintf(htmlNestingWarning, err)
	}
	w := &htmlWriter{lineEmpty: true}
	w.b.Grow(len(src) / 2)
	type frame struct {
		n     *html.Node
		leave bool
	}
	stack := []frame{{n: root}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		if f.leave {
			w.newline()
			continue
		}
		switch n.Type {
		case html.TextNode:
			w.text(n.Data)
			continue
		case html.ElementNode:
			if n.DataAtom == atom.Title && title == "" && n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
				title = strings.TrimSpace(n.FirstChild.Data)
			}
			if htmlDropped[n.DataAtom] {
				if n.DataAtom == atom.Head {
					// the title lives in head; find it without emitting text
					for c := n.FirstChild; c != nil; c = c.NextSibling {
						if c.Type == html.ElementNode && c.DataAtom == atom.Title && c.FirstChild != nil && title == "" {
							title = strings.TrimSpace(c.FirstChild.Data)
						}
					}
				}
				continue
			}
			if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
				w.pendingSpace = true
			}
			if htmlBlocks[n.DataAtom] {
				w.newline()
				stack = append(stack, frame{n: n, leave: true})
			}
		case html.CommentNode, html.DoctypeNode:
			continue
		}
		// push children in reverse so the first child is handled first
		var kids []*html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			kids = append(kids, c)
		}
		for i := len(kids) - 1; i >= 0; i-- {
			stack = append(stack, frame{n: kids[i]})
		}
	}
	return strings.TrimSpace(w.b.String()), title, ""
}

// htmlTokens is htmlText without a parse tree, for pages the parser refuses: the same
// elements are dropped and start lines, tracked tag by tag. <head> ends at <body> even
// without its end tag; an element left open drops or holds what follows it.
func htmlTokens(src string) (text, title string) {
	z := html.NewTokenizer(strings.NewReader(src))
	w := &htmlWriter{lineEmpty: true}
	w.b.Grow(len(src) / 2)
	dropped := 0 // dropped elements open
	inTitle := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken: // io.EOF, or the tokenizer's own limit
			return strings.TrimSpace(w.b.String()), title
		case html.TextToken:
			if inTitle {
				if title == "" {
					title = strings.TrimSpace(string(z.Text()))
				}
				continue
			}
			if dropped == 0 {
				w.text(string(z.Text()))
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			start := tt != html.EndTagToken
			switch {
			case a == atom.Title:
				inTitle = tt == html.StartTagToken
				continue
			case a == atom.Body && start:
				dropped = 0 // an unclosed <head> ends here
			case htmlDropped[a]:
				if tt == html.StartTagToken {
					dropped++
				} else if tt == html.EndTagToken && dropped > 0 {
					dropped--
				}
				continue
			}
			if dropped > 0 {
				continue
			}
			if (a == atom.Td || a == atom.Th) && start {
				w.pendingSpace = true
			}
			if htmlBlocks[a] {
				w.newline()
			}
		}
	}
}
