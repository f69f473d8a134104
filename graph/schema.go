package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/govkg/govkg"
	"github.com/govkg/govkg/schema"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// ApplySchema creates every constraint and index of package schema that is missing,
// waits until they are online (a build relies on them for MERGE) and records
// schema.Version. It is idempotent. It refuses a database whose stored version is newer
// than this govkg, which would not know what the newer schema means.
func (c *Client) ApplySchema(ctx context.Context) error {
	stored, err := c.storedVersion(ctx)
	if err != nil {
		return err
	}
	if stored > schema.Version {
		return govkg.Errorf(govkg.EDB, "database at %s has schema version %d, newer than this govkg's %d: upgrade govkg", c.cfg, stored, schema.Version)
	}
	if err := c.dropChangedIndexes(ctx); err != nil {
		return err
	}
	for _, stmt := range schema.Statements() {
		if err := c.writeOne(ctx, stmt, nil); err != nil {
			return c.cfg.wrap(err, "applying schema statement "+stmt)
		}
	}
	if err := c.writeOne(ctx, "CALL db.awaitIndexes(300)", nil); err != nil {
		return c.cfg.wrap(err, "waiting for indexes")
	}
	if err := c.writeOne(ctx, schema.SetVersionCypher, map[string]any{"version": schema.Version}); err != nil {
		return c.cfg.wrap(err, "recording schema version")
	}
	return nil
}

// dropChangedIndexes drops the indexes of govkg's names whose labels or properties are
// no longer what this version defines (a schema version added a label, so the full-text
// index over every entity label grew): CREATE … IF NOT EXISTS would keep the old one.
func (c *Client) dropChangedIndexes(ctx context.Context) error {
	idx, err := c.read(ctx, "SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties", nil)
	if err != nil {
		return c.cfg.wrap(err, "reading indexes")
	}
	for _, want := range schema.Indexes() {
		for _, r := range idx.Records {
			if get[string](r, "name") != want.Name {
				continue
			}
			if get[string](r, "type") == string(want.Kind) && sameSet(stringList(get[[]any](r, "labelsOrTypes")), want.Labels) &&
				slices.Equal(stringList(get[[]any](r, "properties")), want.Properties) {
				continue
			}
			if !schema.IsIdentifier(want.Name) {
				return govkg.Errorf(govkg.EINTERNAL, "index name %q is not an identifier", want.Name)
			}
			if err := c.writeOne(ctx, "DROP INDEX "+want.Name+" IF EXISTS", nil); err != nil {
				return c.cfg.wrap(err, "dropping the outdated index "+want.Name)
			}
		}
	}
	return nil
}

// writeOne runs one statement in its own managed write transaction and discards rows.
func (c *Client) writeOne(ctx context.Context, cypher string, params map[string]any) error {
	_, err := neo4j.ExecuteQuery(ctx, c.driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(c.cfg.Database), neo4j.ExecuteQueryWithWritersRouting())
	return err
}

func (c *Client) storedVersion(ctx context.Context) (int, error) {
	res, err := c.read(ctx, schema.GetVersionCypher, nil)
	if err != nil {
		return 0, err
	}
	if len(res.Records) == 0 {
		return 0, nil
	}
	return int(get[int64](res.Records[0], "version")), nil
}

// SchemaStatus compares the database with package schema, for `govkg schema status`
// and doctor. Items are matched by definition (label, properties, kind), not only by
// name, since an equivalent constraint under another name serves as well.
type SchemaStatus struct {
	CodeVersion   int
	StoredVersion int      // 0 when the schema was never applied
	Present       []string // names of constraints and indexes found
	Missing       []string // names of constraints and indexes to create (ApplySchema does)
	Problems      []string // e.g. an index not ONLINE or a full-text index with another analyzer
}

// OK reports whether nothing is missing or wrong and the stored version is current.
func (s SchemaStatus) OK() bool {
	return len(s.Missing) == 0 && len(s.Problems) == 0 && s.StoredVersion == s.CodeVersion
}

// String renders the status for the CLI.
func (s SchemaStatus) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "schema version: stored %d, govkg %d\n", s.StoredVersion, s.CodeVersion)
	fmt.Fprintf(&b, "present: %d\n", len(s.Present))
	for _, m := range s.Missing {
		fmt.Fprintf(&b, "missing: %s\n", m)
	}
	for _, p := range s.Problems {
		fmt.Fprintf(&b, "problem: %s\n", p)
	}
	return b.String()
}

// SchemaStatus reads SHOW CONSTRAINTS / SHOW INDEXES and the stored version.
func (c *Client) SchemaStatus(ctx context.Context) (SchemaStatus, error) {
	st := SchemaStatus{CodeVersion: schema.Version}
	v, err := c.storedVersion(ctx)
	if err != nil {
		return st, err
	}
	st.StoredVersion = v

	cons, err := c.read(ctx, "SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties RETURN name, type, entityType, labelsOrTypes, properties", nil)
	if err != nil {
		return st, err
	}
	for _, want := range schema.Constraints() {
		found := slices.ContainsFunc(cons.Records, func(r *neo4j.Record) bool {
			return get[string](r, "entityType") == "NODE" && strings.Contains(get[string](r, "type"), "UNIQUENESS") &&
				slices.Equal(stringList(get[[]any](r, "labelsOrTypes")), []string{want.Label}) &&
				slices.Equal(stringList(get[[]any](r, "properties")), []string{want.Property})
		})
		if found {
			st.Present = append(st.Present, want.Name)
		} else {
			st.Missing = append(st.Missing, want.Name)
		}
	}

	idx, err := c.read(ctx, "SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state, options RETURN name, type, entityType, labelsOrTypes, properties, state, options", nil)
	if err != nil {
		return st, err
	}
	for _, want := range schema.Indexes() {
		i := slices.IndexFunc(idx.Records, func(r *neo4j.Record) bool {
			return get[string](r, "entityType") == "NODE" && get[string](r, "type") == string(want.Kind) &&
				sameSet(stringList(get[[]any](r, "labelsOrTypes")), want.Labels) && slices.Equal(stringList(get[[]any](r, "properties")), want.Properties)
		})
		if i < 0 {
			st.Missing = append(st.Missing, want.Name)
			continue
		}
		hit := idx.Records[i]
		st.Present = append(st.Present, want.Name)
		if state := get[string](hit, "state"); state != "ONLINE" {
			st.Problems = append(st.Problems, fmt.Sprintf("index %s is %s", want.Name, state))
		}
		if want.Analyzer != "" {
			cfg, _ := get[map[string]any](hit, "options")["indexConfig"].(map[string]any)
			if a, _ := cfg["fulltext.analyzer"].(string); a != want.Analyzer {
				st.Problems = append(st.Problems, fmt.Sprintf("full-text index %s uses analyzer %q, want %q (drop it and apply the schema again)", want.Name, a, want.Analyzer))
			}
		}
	}
	if st.StoredVersion != st.CodeVersion {
		st.Problems = append(st.Problems, fmt.Sprintf("stored schema version %d, govkg expects %d", st.StoredVersion, st.CodeVersion))
	}
	return st, nil
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
