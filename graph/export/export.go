// Package export writes a govkg graph as JSON Lines, GraphML, neo4j-admin import CSV
// or a Cypher script. It imports no driver: records come from the database (package
// graph streams them) or from an in-memory build of the reports, and the writers take
// one record at a time, so neither side holds the whole graph.
package export

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/govkg/govkg/graph/property"
	"github.com/govkg/govkg/schema"
)

// Node is one node of the graph: its id property, its labels (sorted, Entity last) and
// every property, id included.
type Node struct {
	ID     string
	Labels []string
	Props  map[string]any
}

// Relationship is one directed relationship. ID is synthetic (relationships have no id
// property) but stable: see RelID. StartLabel and EndLabel are the key labels of the
// endpoints (Report, Sentence or Entity) so a Cypher script can MATCH them by index.
type Relationship struct {
	ID         string
	Type       string
	Start, End string
	StartLabel string
	EndLabel   string
	Props      map[string]any
}

// Writer receives the graph: every node first, then every relationship, each in the
// order of CompareNodes / CompareRelationships. Close finishes the output; Abort drops
// it (no half-written file is left behind either way).
type Writer interface {
	WriteNode(Node) error
	WriteRelationship(Relationship) error
	Close() error
	Abort()
}

// Formats lists the export formats in the order the CLI shows them.
var Formats = []string{"jsonl", "graphml", "csv", "cypher"}

// KeyLabel is the label whose id constraint identifies n: Entity for entities, else
// the first label (Report, Sentence).
func KeyLabel(labels []string) string {
	if slices.Contains(labels, schema.LabelEntity) {
		return schema.LabelEntity
	}
	if len(labels) == 0 {
		return ""
	}
	return labels[0]
}

// SortLabels sorts labels alphabetically with Entity last, so an entity reads
// [Type, Entity] whichever order the database returned.
func SortLabels(labels []string) []string {
	out := slices.Clone(labels)
	slices.SortFunc(out, func(a, b string) int {
		ae, be := a == schema.LabelEntity, b == schema.LabelEntity
		if ae != be {
			if ae {
				return 1
			}
			return -1
		}
		return cmp.Compare(a, b)
	})
	return slices.Compact(out)
}

// IdentityKeys are the properties that tell two relationships of the same type between
// the same nodes apart, the ones govkg MERGEs on: key for extracted facts, start and
// end for MENTIONS, none for ABOUT and HAS_SENTENCE.
func IdentityKeys(relType string) []string {
	switch {
	case schema.IsFactRelType(relType):
		return []string{"key"}
	case relType == schema.RelMentions:
		return []string{"start", "end"}
	}
	return nil
}

// RelID builds the stable id of a relationship, START|TYPE|END, followed by the
// identity properties when there are any (|key, or |start:end for MENTIONS). The same
// relationship gets the same id from the database and from the reports.
func RelID(relType, start, end string, props map[string]any) string {
	id := start + "|" + relType + "|" + end
	keys := IdentityKeys(relType)
	if len(keys) == 0 {
		return id
	}
	parts := make([]string, len(keys))
	empty := true
	for i, k := range keys {
		if v, ok := props[k]; ok {
			parts[i] = scalarText(property.Portable(v))
			if parts[i] != "" {
				empty = false
			}
		}
	}
	if empty {
		return id
	}
	return id + "|" + strings.Join(parts, ":")
}

// CompareNodes orders nodes by id, then key label. Go compares strings bytewise, which
// is code-point order, the order Neo4j's ORDER BY uses: both sources sort alike.
func CompareNodes(a, b Node) int {
	return cmp.Or(cmp.Compare(a.ID, b.ID), cmp.Compare(KeyLabel(a.Labels), KeyLabel(b.Labels)))
}

// CompareRelationships orders relationships by start id and label, type, end id and
// label, then identity (key, start, end): the ORDER BY of graph.StreamRelationships.
func CompareRelationships(a, b Relationship) int {
	return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.StartLabel, b.StartLabel),
		cmp.Compare(a.Type, b.Type), cmp.Compare(a.End, b.End), cmp.Compare(a.EndLabel, b.EndLabel),
		cmp.Compare(propString(a.Props, "key"), propString(b.Props, "key")),
		cmpInt(a.Props, b.Props, "start"), cmpInt(a.Props, b.Props, "end"))
}

func propString(p map[string]any, k string) string {
	s, _ := p[k].(string)
	return s
}

// cmpInt compares integer properties with nulls last, as ORDER BY does.
func cmpInt(a, b map[string]any, k string) int {
	ai, aok := intOf(a[k])
	bi, bok := intOf(b[k])
	switch {
	case aok && bok:
		return cmp.Compare(ai, bi)
	case aok:
		return -1
	case bok:
		return 1
	}
	return 0
}

func intOf(v any) (int64, bool) {
	switch x := property.Portable(v).(type) {
	case int64:
		return x, true
	}
	return 0, false
}

// Counter counts what passed through a Writer, for the CLI summary.
type Counter struct {
	Writer
	Nodes, Relationships int
}

// WriteNode counts and forwards.
func (c *Counter) WriteNode(n Node) error {
	c.Nodes++
	return c.Writer.WriteNode(n)
}

// WriteRelationship counts and forwards.
func (c *Counter) WriteRelationship(r Relationship) error {
	c.Relationships++
	return c.Writer.WriteRelationship(r)
}

// fileName turns a label or type into a safe file-name part: identifiers stay, other
// characters become _XXXX_ code points.
func fileName(s string) string {
	if schema.IsIdentifier(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r < 128 && (r == '_' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, "_%04X_", r)
		}
	}
	if b.Len() == 0 {
		return "_"
	}
	return b.String()
}

// scalarText is the plain text of a normalized scalar (strings as is).
func scalarText(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return formatFloat(x)
	case bool:
		return strconv.FormatBool(x)
	}
	return property.JSON(v)
}
