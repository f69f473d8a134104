package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/graph"
	"github.com/govkg/govkg/queries"
	"github.com/govkg/govkg/schema"
)

// The relation commands (related, path, evidence, timeline) take entity names: they
// resolve them here, then run the relation queries of package queries with the ids.

// resolveEntity resolves a name and, when it is not literally the entity's name or
// other entities were set aside, says on stderr what it picked. A name may carry its
// entity type, as in Program:百千万工程, to settle an ambiguity.
func resolveEntity(ctx context.Context, io *cmdutil.IOStreams, c *graph.Client, name string, types ...string) (graph.EntityRef, error) {
	if label, rest, ok := strings.Cut(name, ":"); ok && schema.IsEntityLabel(label) && strings.TrimSpace(rest) != "" {
		if len(types) > 0 && !slices.Contains(types, label) {
			return graph.EntityRef{}, govkg.Errorf(govkg.EUSAGE, "%s: want one of %s here", name, strings.Join(types, ", "))
		}
		name, types = rest, []string{label}
	}
	ref, others, err := c.Resolve(ctx, name, types...)
	if err != nil {
		return ref, err
	}
	if ref.Name != strings.TrimSpace(name) {
		fmt.Fprintf(io.ErrOut, "%s: using %s (matched by %s)\n", name, ref, ref.Match)
	}
	if len(others) > 0 {
		alts := make([]string, len(others))
		for i, o := range others {
			alts[i] = o.String()
		}
		fmt.Fprintf(io.ErrOut, "%s: using %s, mentioned by the most reports; also: %s\n", name, ref, strings.Join(alts, ", "))
	}
	return ref, nil
}

// pairRun resolves two entity names, runs the relation query about the pair ($a and
// $b by id, plus extra) and prints its rows, or says on stderr that there are none.
func pairRun(ctx context.Context, f *cmdutil.Factory, ios *cmdutil.IOStreams, format, from, to, query string,
	extra map[string]any, none string, distinct bool) error {
	cypher, ok := queries.ByID(query)
	if !ok {
		return govkg.Errorf(govkg.EINTERNAL, "no relation query %s", query)
	}
	c, err := f.Graph(ctx)
	if err != nil {
		return err
	}
	a, err := resolveEntity(ctx, ios, c, from)
	if err != nil {
		return err
	}
	b, err := resolveEntity(ctx, ios, c, to)
	if err != nil {
		return err
	}
	if distinct && a.ID == b.ID {
		return govkg.Errorf(govkg.EUSAGE, "%q and %q are the same entity, %s", from, to, a)
	}
	params := map[string]any{"a": a.ID, "b": b.ID}
	for k, v := range extra {
		params[k] = v
	}
	cols, rows, err := c.ReadTable(ctx, cypher, params)
	if err != nil {
		return err
	}
	if len(rows) == 0 {
		fmt.Fprintf(ios.ErrOut, none, a, b)
	}
	keep := append(append([]string{a.Name, b.Name}, a.Aliases...), b.Aliases...)
	return cmdutil.PrintTable(ios, format, cmdutil.Table{Columns: cols, Rows: rows, Keep: keep})
}
