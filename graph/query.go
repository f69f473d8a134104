package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/govkg/govkg"
	"github.com/govkg/govkg/schema"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// ReadTable is Read with every value turned into plain Go (string, int64, float64, bool,
// []any, map[string]any, nil), so commands can print tables, JSON and CSV without
// knowing the driver's types: a node becomes its name (else its id), a relationship its
// type, a path the names along it, a temporal or spatial value its text.
func (c *Client) ReadTable(ctx context.Context, cypher string, params map[string]any) ([]string, [][]any, error) {
	cols, rows, err := c.Read(ctx, cypher, params)
	if err != nil {
		return nil, nil, err
	}
	for _, r := range rows {
		for i, v := range r {
			r[i] = Plain(v)
		}
	}
	return cols, rows, nil
}

// Plain converts one driver value to plain Go; see ReadTable.
func Plain(v any) any {
	switch x := v.(type) {
	case nil, string, bool, int64, float64:
		return x
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = Plain(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = Plain(e)
		}
		return out
	case dbtype.Node:
		return nodeName(x)
	case dbtype.Relationship:
		return x.Type
	case dbtype.Path:
		var b strings.Builder
		for i, n := range x.Nodes {
			if i > 0 && i-1 < len(x.Relationships) {
				fmt.Fprintf(&b, " -[%s]- ", x.Relationships[i-1].Type)
			}
			b.WriteString(nodeName(n))
		}
		return b.String()
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case []byte:
		return fmt.Sprintf("%x", x)
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprint(v)
}

func nodeName(n dbtype.Node) string {
	if s, ok := n.Props["name"].(string); ok {
		return s
	}
	if s, ok := n.Props["id"].(string); ok {
		return s
	}
	return n.ElementId
}

// EntityRef is an entity found by name, with how it was found, so a command can say
// which of several candidates it picked and why.
type EntityRef struct {
	ID      string   `json:"id"`
	Type    string   `json:"type"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	Reports int      `json:"reports"` // number of reports supporting the entity
	Match   string   `json:"match"`   // "name", "alias" or "fulltext"
}

// String renders the reference for messages: name (Type).
func (e EntityRef) String() string { return e.Name + " (" + e.Type + ")" }

const resolveReturn = ` RETURN n.id AS id, n.type AS type, n.name AS name, coalesce(n.aliases, []) AS aliases, size(coalesce(n.reports, [])) AS reports`

// Cypher of the three resolution steps; $types filters entity types (empty: any).
const (
	resolveByName = `MATCH (n:Entity {name: $name}) WHERE size($types) = 0 OR n.type IN $types` + resolveReturn
	// The phrase query only narrows the search; the alias must match exactly.
	resolveByAlias = `CALL db.index.fulltext.queryNodes($index, $phrase) YIELD node AS n
WHERE $name IN n.aliases AND (size($types) = 0 OR n.type IN $types)` + resolveReturn
	resolveByText = `CALL db.index.fulltext.queryNodes($index, $terms, {limit: 50}) YIELD node AS n, score
WHERE size($types) = 0 OR n.type IN $types
WITH n, score ORDER BY score DESC, n.name LIMIT 10` + resolveReturn
)

// Resolve finds the one entity a user means by name: first by exact canonical name,
// then by exact alias, then through the full-text index entity_names (CJK bigrams, so
// 坪山 finds 坪山区 and 14号线 finds 深圳地铁14号线). types, if given, restricts the
// entity types. When a step finds several entities, the one supported by the most
// reports wins if it is alone at the top; the others come back as alternatives so the
// caller can mention them. A full-text search wins only when exactly one hit contains
// the name (or there is a single hit). Otherwise the error (code ENOTFOUND) lists the
// candidates.
func (c *Client) Resolve(ctx context.Context, name string, types ...string) (EntityRef, []EntityRef, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return EntityRef{}, nil, govkg.Errorf(govkg.EUSAGE, "an entity name is required")
	}
	if types == nil {
		types = []string{}
	}
	for _, t := range types {
		if !schema.IsEntityLabel(t) {
			return EntityRef{}, nil, govkg.Errorf(govkg.EUSAGE, "unknown entity type %q (want one of %s)", t, strings.Join(schema.EntityLabels, ", "))
		}
	}
	params := map[string]any{"name": name, "types": types, "index": schema.FulltextEntityNames,
		"phrase": `"` + LuceneEscape(name) + `"`, "terms": LuceneEscape(name)}
	for _, step := range []struct{ match, cypher string }{{"name", resolveByName}, {"alias", resolveByAlias}} {
		refs, err := c.resolveStep(ctx, step.cypher, params, step.match)
		if err != nil {
			return EntityRef{}, nil, err
		}
		switch {
		case len(refs) == 1:
			return refs[0], nil, nil
		case len(refs) > 1:
			slices.SortFunc(refs, func(a, b EntityRef) int {
				return cmp.Or(cmp.Compare(b.Reports, a.Reports), cmp.Compare(a.Type, b.Type), cmp.Compare(a.ID, b.ID))
			})
			if refs[0].Reports > refs[1].Reports {
				return refs[0], refs[1:], nil
			}
			return EntityRef{}, refs, ambiguous(name, refs)
		}
	}
	refs, err := c.resolveStep(ctx, resolveByText, params, "fulltext")
	if err != nil {
		return EntityRef{}, nil, err
	}
	var containing []EntityRef
	for _, r := range refs {
		if strings.Contains(strings.ToLower(r.Name), strings.ToLower(name)) {
			containing = append(containing, r)
		}
	}
	switch {
	case len(refs) == 0:
		return EntityRef{}, nil, govkg.Errorf(govkg.ENOTFOUND, "no entity named %q%s", name, typeHint(types))
	case len(containing) == 1:
		return containing[0], nil, nil
	case len(refs) == 1:
		return refs[0], nil, nil
	case len(containing) > 1:
		return EntityRef{}, containing, ambiguous(name, containing)
	}
	return EntityRef{}, refs, ambiguous(name, refs)
}

func typeHint(types []string) string {
	if len(types) == 0 {
		return ""
	}
	return " of type " + strings.Join(types, " or ")
}

func ambiguous(name string, refs []EntityRef) error {
	parts := make([]string, len(refs))
	for i, r := range refs {
		parts[i] = r.String()
	}
	return govkg.Errorf(govkg.ENOTFOUND, "%q is ambiguous: it could be %s; give the full name, or the type too as in %s:%s", name, strings.Join(parts, ", "), refs[0].Type, refs[0].Name)
}

func (c *Client) resolveStep(ctx context.Context, cypher string, params map[string]any, match string) ([]EntityRef, error) {
	res, err := c.read(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	out := make([]EntityRef, 0, len(res.Records))
	for _, r := range res.Records {
		out = append(out, EntityRef{Match: match, ID: get[string](r, "id"), Type: get[string](r, "type"), Name: get[string](r, "name"),
			Aliases: stringList(get[[]any](r, "aliases")), Reports: int(get[int64](r, "reports"))})
	}
	return out, nil
}

// LuceneEscape makes user text safe inside a Lucene query string: operators and
// syntax characters are escaped and the text is lower-cased (so AND, OR and NOT are
// words, not operators; the CJK analyzer lower-cases the index anyway).
func LuceneEscape(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if strings.ContainsRune(`\+-!():^[]"{}~*?|&/`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
