package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/govkg/govkg/graph/property"
)

// GraphML writes a directed GraphML document that Gephi and yEd open. GraphML wants
// every <key> declared before the graph, but the keys are only known once every record
// has been seen, so nodes and edges are spooled to a temporary file and copied after
// the declarations on Close. Lists are JSON text; a property whose type varies is a
// string. Node labels are the "labels" key (":Project:Entity"), the relationship type
// the edge's "label" key (Gephi shows it).
type GraphML struct {
	out   io.Writer
	spool *os.File
	w     *bufio.Writer
	keys  map[string]*gmlKey // "node\x00name" or "edge\x00name"
	order []*gmlKey
}

type gmlKey struct {
	id, domain, name string
	types            typeSet
}

// NewGraphML returns a GraphML writer on out that spools into a temporary file in
// spoolDir (os.TempDir() if empty).
func NewGraphML(out io.Writer, spoolDir string) (*GraphML, error) {
	f, err := os.CreateTemp(spoolDir, ".govkg-graphml-*")
	if err != nil {
		return nil, err
	}
	return &GraphML{out: out, spool: f, w: bufio.NewWriterSize(f, 1<<16), keys: map[string]*gmlKey{}}, nil
}

func (g *GraphML) key(domain, name string) *gmlKey {
	k := g.keys[domain+"\x00"+name]
	if k == nil {
		k = &gmlKey{id: fmt.Sprintf("%s%d", domain[:1], len(g.order)), domain: domain, name: name, types: typeSet{}}
		g.keys[domain+"\x00"+name] = k
		g.order = append(g.order, k)
	}
	return k
}

// esc writes s XML-escaped (encoding/xml: quotes, <>&, newlines as character
// references, characters XML cannot hold as U+FFFD).
func (g *GraphML) esc(s string) {
	_ = xml.EscapeText(g.w, []byte(s))
}

func (g *GraphML) data(domain string, props map[string]any) {
	p := normalizeProps(props)
	for _, name := range sortedKeys(p) {
		v := p[name]
		k := g.key(domain, name)
		k.types[kindOf(v)] = true
		g.w.WriteString(`<data key="`)
		g.esc(k.id)
		g.w.WriteString(`">`)
		if isList(v) {
			g.esc(property.JSON(v))
		} else {
			g.esc(scalarText(v))
		}
		g.w.WriteString("</data>")
	}
}

func isList(v any) bool {
	switch v.(type) {
	case []string, []int64, []float64, []bool:
		return true
	}
	return false
}

// WriteNode spools one <node>.
func (g *GraphML) WriteNode(n Node) error {
	g.w.WriteString(`    <node id="`)
	g.esc(n.ID)
	g.w.WriteString(`"><data key="labels">`)
	if len(n.Labels) > 0 {
		g.esc(":" + strings.Join(n.Labels, ":"))
	}
	g.w.WriteString("</data>")
	g.data("node", n.Props)
	_, err := g.w.WriteString("</node>\n")
	return err
}

// WriteRelationship spools one directed <edge>.
func (g *GraphML) WriteRelationship(r Relationship) error {
	g.w.WriteString(`    <edge id="`)
	g.esc(r.ID)
	g.w.WriteString(`" source="`)
	g.esc(r.Start)
	g.w.WriteString(`" target="`)
	g.esc(r.End)
	g.w.WriteString(`"><data key="label">`)
	g.esc(r.Type)
	g.w.WriteString("</data>")
	g.data("edge", r.Props)
	_, err := g.w.WriteString("</edge>\n")
	return err
}

// gmlType maps a resolved kind to a GraphML attr.type; lists are strings.
func gmlType(kind string) string {
	switch kind {
	case kInt, kLong, kDouble, kBool:
		return kind
	}
	return "string"
}

// Close writes the header with every <key>, the spooled graph and the footer.
func (g *GraphML) Close() error {
	defer g.Abort()
	if err := g.w.Flush(); err != nil {
		return err
	}
	if _, err := g.spool.Seek(0, io.SeekStart); err != nil {
		return err
	}
	bw := bufio.NewWriterSize(g.out, 1<<16)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="labels" for="node" attr.name="labels" attr.type="string"/>
  <key id="label" for="edge" attr.name="label" attr.type="string"/>
`)
	for _, k := range g.order {
		bw.WriteString(`  <key id="`)
		_ = xml.EscapeText(bw, []byte(k.id))
		bw.WriteString(`" for="` + k.domain + `" attr.name="`)
		_ = xml.EscapeText(bw, []byte(k.name))
		bw.WriteString(`" attr.type="` + gmlType(k.types.resolve()) + "\"/>\n")
	}
	bw.WriteString(`  <graph id="govkg" edgedefault="directed">` + "\n")
	if _, err := io.Copy(bw, g.spool); err != nil {
		return err
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

// Abort removes the spool file.
func (g *GraphML) Abort() {
	if g.spool != nil {
		g.spool.Close()
		os.Remove(g.spool.Name())
		g.spool = nil
	}
}
