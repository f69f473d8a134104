package document

import (
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

// htmlText extracts the visible text of an HTML page: dropped elements skipped, block
// elements on their own lines, runs of HTML whitespace collapsed to one space. It also
// returns the <title>, a metadata hint.
func htmlText(src string) (text, title string) {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil || root == nil {
		return "", ""
	}
	var b strings.Builder
	b.Grow(len(src) / 2)
	lineEmpty, pendingSpace := true, false
	newline := func() {
		if !lineEmpty {
			b.WriteByte('\n')
		}
		lineEmpty, pendingSpace = true, false
	}
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
			newline()
			continue
		}
		switch n.Type {
		case html.TextNode:
			for _, r := range n.Data {
				switch r {
				case ' ', '\t', '\n', '\r', '\f':
					pendingSpace = true
				default:
					if pendingSpace && !lineEmpty {
						b.WriteByte(' ')
					}
					b.WriteRune(r)
					lineEmpty, pendingSpace = false, false
				}
			}
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
				pendingSpace = true
			}
			if htmlBlocks[n.DataAtom] {
				newline()
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
	return strings.TrimSpace(b.String()), title
}
