package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/cmd/cmdutil"
	"github.com/govkg/govkg/graph"
	"github.com/govkg/govkg/queries"
	"github.com/govkg/govkg/schema"
)

// queryCommands are the saved-query and relation commands (query, related, path,
// evidence, timeline).
func queryCommands(f *cmdutil.Factory) []*cobra.Command {
	return []*cobra.Command{
		NewCmdQuery(f, nil, nil),
		NewCmdRelated(f, nil),
		NewCmdPath(f, nil),
		NewCmdEvidence(f, nil),
		NewCmdTimeline(f, nil),
	}
}

// tableFormats are the output formats of every command in this file.
var tableFormats = []string{"table", "json", "csv"}

// entityRelTypes are the extracted relations between two entities: what related, path
// and evidence walk. STATUS (report → item) is timeline's business, MENTIONS is text.
var entityRelTypes = func() []string {
	var out []string
	for _, t := range schema.FactRelTypes {
		if t != string(govkg.RelStatus) {
			out = append(out, t)
		}
	}
	return out
}()

// entityRelPattern is entityRelTypes as a Cypher relationship-type alternation. It is
// built from package schema's constants, never from user input.
var entityRelPattern = strings.Join(entityRelTypes, "|")

// QueryListOptions are the inputs of `govkg query list`.
type QueryListOptions struct {
	IO     *cmdutil.IOStreams
	Format string
}

// QueryRunOptions are the inputs of `govkg query run`.
type QueryRunOptions struct {
	IO      *cmdutil.IOStreams
	Factory *cmdutil.Factory
	Name    string
	Params  []string // key=value
	Format  string
	// Lookup finds a saved query by name; queries.Get unless a test injects another.
	Lookup func(string) (queries.Query, bool)
}

// NewCmdQuery builds `govkg query list|run`.
func NewCmdQuery(f *cmdutil.Factory, listF func(*QueryListOptions) error, runF func(*QueryRunOptions) error) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "query",
		Short: "List and run the saved cross-district queries",
		Long: `Saved queries are plain .cypher files (see queries/ in the source tree) that answer
cross-district questions: metro lines and companies named by several districts, who
implements a program, promises kept, parks, assistance links, indicators side by side.
They run read-only; parameters have defaults and are set with --param key=value.`,
	}
	lo := &QueryListOptions{IO: f.IO}
	list := &cobra.Command{
		Use:   "list",
		Short: "List the saved queries with the question each answers",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if listF != nil {
				return listF(lo)
			}
			return queryListRun(lo)
		},
	}
	cmdutil.AddFormatFlag(list, &lo.Format, tableFormats...)
	cmd.AddCommand(list)

	ro := &QueryRunOptions{IO: f.IO, Factory: f, Lookup: queries.Get}
	run := &cobra.Command{
		Use:   "run NAME",
		Short: "Run a saved query (read-only) and print its rows",
		Example: `  govkg query run metro-lines-shared
  govkg query run program-implementers --param program=百千万工程
  govkg query run promise-tracking --param district=龙岗区 --format csv > promises.csv`,
		Args: usageArgs(cobra.ExactArgs(1)),
		ValidArgsFunction: func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var out []string
			for _, q := range queries.All() {
				if strings.HasPrefix(q.Name, toComplete) {
					out = append(out, q.Name+"\t"+q.Question)
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			ro.Name = args[0]
			if runF != nil {
				return runF(ro)
			}
			return queryRunRun(cmd.Context(), ro)
		},
	}
	run.Flags().StringArrayVarP(&ro.Params, "param", "p", nil, "query parameter `key=value` (repeatable)")
	_ = run.RegisterFlagCompletionFunc("param", func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		if len(args) == 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		q, ok := queries.Get(args[0])
		if !ok {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []string
		for _, p := range q.Params {
			out = append(out, p.Name+"=\t"+p.Description)
		}
		return out, cobra.ShellCompDirectiveNoSpace | cobra.ShellCompDirectiveNoFileComp
	})
	cmdutil.AddFormatFlag(run, &ro.Format, tableFormats...)
	cmd.AddCommand(run)
	return cmd
}

func queryListRun(opts *QueryListOptions) error {
	if err := cmdutil.CheckFormat(opts.Format, tableFormats...); err != nil {
		return err
	}
	if err := queries.LoadError(); err != nil {
		return &govkg.Error{Code: govkg.EINTERNAL, Message: "a saved query is broken", Err: err}
	}
	t := cmdutil.Table{Columns: []string{"name", "question"}}
	if opts.Format != "table" {
		t.Columns = append(t.Columns, "params", "columns")
	}
	for _, q := range queries.All() {
		row := []any{q.Name, q.Question}
		if opts.Format != "table" {
			var ps []string
			for _, p := range q.Params {
				if p.Required {
					ps = append(ps, p.Name)
				} else {
					ps = append(ps, p.Name+"="+p.Default)
				}
			}
			row = append(row, ps, q.Columns)
		}
		t.Rows = append(t.Rows, row)
	}
	if opts.Format == "table" {
		return printWide(opts.IO, t)
	}
	return t.Print(opts.IO.Out, opts.Format)
}

// printWide prints a table whose last column is prose: on a terminal the shared
// printer would cut it at 60 characters, so the last column is written out in full.
func printWide(io *cmdutil.IOStreams, t cmdutil.Table) error {
	if len(t.Columns) < 2 {
		return t.Print(io.Out, "table")
	}
	last := len(t.Columns) - 1
	w := cmdutil.DisplayWidth(t.Columns[0])
	for _, r := range t.Rows {
		w = max(w, cmdutil.DisplayWidth(cmdutil.Cell(r[0])))
	}
	pad := func(s string) string { return s + strings.Repeat(" ", w-cmdutil.DisplayWidth(s)+2) }
	fmt.Fprintln(io.Out, pad(t.Columns[0])+t.Columns[last])
	fmt.Fprintln(io.Out, pad(strings.Repeat("-", w))+strings.Repeat("-", cmdutil.DisplayWidth(t.Columns[last])))
	for _, r := range t.Rows {
		fmt.Fprintln(io.Out, pad(cmdutil.Cell(r[0]))+cmdutil.Cell(r[last]))
	}
	return nil
}

// parseParams splits repeated key=value flags; a key given twice is a usage error.
func parseParams(kvs []string) (map[string]string, error) {
	out := map[string]string{}
	for _, kv := range kvs {
		k, v, ok := strings.Cut(kv, "=")
		k = strings.TrimSpace(k)
		if !ok || k == "" {
			return nil, govkg.Errorf(govkg.EUSAGE, "--param %q: want key=value", kv)
		}
		if _, dup := out[k]; dup {
			return nil, govkg.Errorf(govkg.EUSAGE, "--param %s given twice", k)
		}
		out[k] = v
	}
	return out, nil
}

func queryRunRun(ctx context.Context, opts *QueryRunOptions) error {
	if err := cmdutil.CheckFormat(opts.Format, tableFormats...); err != nil {
		return err
	}
	lookup := opts.Lookup
	if lookup == nil {
		lookup = queries.Get
	}
	q, ok := lookup(opts.Name)
	if !ok {
		msg := fmt.Sprintf("no saved query %q", opts.Name)
		if s := queries.Suggest(opts.Name); len(s) > 0 {
			msg += "; did you mean " + strings.Join(s, " or ") + "?"
		}
		msg += "; saved queries: " + strings.Join(queries.Names(), ", ") + " (see govkg query list)"
		return govkg.Errorf(govkg.ENOTFOUND, "%s", msg)
	}
	given, err := parseParams(opts.Params)
	if err != nil {
		return err
	}
	params, err := queries.Bind(q, given)
	if err != nil {
		return err
	}
	c, err := opts.Factory.Graph(ctx)
	if err != nil {
		return err
	}
	cols, rows, err := c.ReadTable(ctx, q.Cypher, params)
	if err != nil {
		return err
	}
	return printRows(opts.IO, opts.Format, cols, rows)
}

// printRows prints result rows; on a terminal an empty result says so on stderr, so
// an empty table is not mistaken for a hang or an error.
func printRows(io *cmdutil.IOStreams, format string, cols []string, rows [][]any) error {
	if rows == nil {
		rows = [][]any{}
	}
	t := cmdutil.Table{Columns: cols, Rows: rows}
	if err := t.Print(io.Out, format); err != nil {
		return err
	}
	if format == "table" && len(rows) == 0 {
		fmt.Fprintln(io.ErrOut, "(no rows)")
	}
	return nil
}

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

// RelatedOptions are the inputs of `govkg related`.
type RelatedOptions struct {
	IO      *cmdutil.IOStreams
	Factory *cmdutil.Factory
	Name    string
	Types   []string // relation types to follow; empty for all
	Label   string   // entity type of Name, to disambiguate
	Depth   int
	Limit   int
	Format  string
}

// NewCmdRelated builds `govkg related NAME`.
func NewCmdRelated(f *cmdutil.Factory, runF func(*RelatedOptions) error) *cobra.Command {
	opts := &RelatedOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "related NAME",
		Short: "Show what an entity is linked to, grouped by relation type, with reports and years",
		Long: `Related resolves NAME by exact canonical name, then alias, then the full-text index
(坪山 finds 坪山区, 14号线 finds 深圳地铁14号线) and lists the entities linked to it by
extracted relations, grouped by relation type, with the reports that support each link.
With --depth 2 or 3 it goes further out, one ring at a time; "via" names the entity of
the previous ring the link starts from.`,
		Example: `  govkg related 坪山
  govkg related 14号线 --type SERVES
  govkg related 比亚迪 --depth 2 --format json`,
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			if runF != nil {
				return runF(opts)
			}
			return relatedRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringSliceVarP(&opts.Types, "type", "t", nil, "follow only these relation types (e.g. SERVES,ASSISTS)")
	cmd.Flags().StringVarP(&opts.Label, "label", "l", "", "entity type of NAME when the name is ambiguous (e.g. Program)")
	cmd.Flags().IntVarP(&opts.Depth, "depth", "d", 1, "how many links out to go (1–3)")
	cmd.Flags().IntVar(&opts.Limit, "limit", 500, "most rows printed")
	cmdutil.AddFormatFlag(cmd, &opts.Format, tableFormats...)
	_ = cmd.RegisterFlagCompletionFunc("type", fixedCompletion(entityRelTypes))
	_ = cmd.RegisterFlagCompletionFunc("label", fixedCompletion(schema.EntityLabels))
	return cmd
}

func fixedCompletion(choices []string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return choices, cobra.ShellCompDirectiveNoFileComp
	}
}

// relatedRing follows one ring of links out of the entities in $ids.
var relatedRing = `UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r:` + entityRelPattern + `]-(m:Entity)
WHERE size($types) = 0 OR type(r) IN $types
RETURN n.name AS via, type(r) AS relation,
       CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       m.id AS id, m.type AS type, m.name AS name,
       coalesce(r.kind, r.section, '') AS detail,
       COLLECT { UNWIND r.reports AS rid RETURN rid ORDER BY rid } AS reports,
       COLLECT { UNWIND r.reports AS rid MATCH (rep:Report {id: rid}) RETURN DISTINCT coalesce(rep.plan_year, rep.year) AS y ORDER BY y } AS years
ORDER BY relation, via, direction, type, name, detail`

func relatedRun(ctx context.Context, opts *RelatedOptions) error {
	if err := cmdutil.CheckFormat(opts.Format, tableFormats...); err != nil {
		return err
	}
	if opts.Depth < 1 || opts.Depth > 3 {
		return govkg.Errorf(govkg.EUSAGE, "--depth %d: want 1, 2 or 3", opts.Depth)
	}
	if opts.Limit < 1 {
		return govkg.Errorf(govkg.EUSAGE, "--limit %d: want a positive number", opts.Limit)
	}
	types := []string{}
	for _, t := range opts.Types {
		t = strings.ToUpper(strings.TrimSpace(t))
		if !slices.Contains(entityRelTypes, t) {
			return govkg.Errorf(govkg.EUSAGE, "--type %s: want one of %s", t, strings.Join(entityRelTypes, ", "))
		}
		types = append(types, t)
	}
	var labels []string
	if opts.Label != "" {
		labels = []string{opts.Label}
	}
	c, err := opts.Factory.Graph(ctx)
	if err != nil {
		return err
	}
	ref, err := resolveEntity(ctx, opts.IO, c, opts.Name, labels...)
	if err != nil {
		return err
	}
	cols := []string{"relation", "direction", "type", "name", "detail", "reports", "years"}
	if opts.Depth > 1 {
		cols = append([]string{"depth", "via"}, cols...)
	}
	seen := map[string]bool{ref.ID: true}
	frontier := []string{ref.ID}
	var rows [][]any
	truncated := false
	for depth := 1; depth <= opts.Depth && len(frontier) > 0 && !truncated; depth++ {
		_, ring, err := c.ReadTable(ctx, relatedRing, map[string]any{"ids": frontier, "types": types})
		if err != nil {
			return err
		}
		var next []string
		for _, r := range ring {
			id, _ := r[3].(string)
			if seen[id] && depth > 1 {
				continue // reached by a shorter way already
			}
			if len(rows) >= opts.Limit {
				truncated = true
				break
			}
			row := []any{r[1], r[2], r[4], r[5], r[6], r[7], r[8]}
			if opts.Depth > 1 {
				row = append([]any{int64(depth), r[0]}, row...)
			}
			rows = append(rows, row)
			if !seen[id] {
				next = append(next, id)
			}
		}
		for _, id := range next {
			seen[id] = true
		}
		frontier = next
	}
	if truncated {
		fmt.Fprintf(opts.IO.ErrOut, "showing the first %d links (raise --limit for more)\n", opts.Limit)
	}
	return printRows(opts.IO, opts.Format, cols, rows)
}

// PathOptions are the inputs of `govkg path`.
type PathOptions struct {
	IO       *cmdutil.IOStreams
	Factory  *cmdutil.Factory
	From, To string
	Max      int
	Format   string
}

// NewCmdPath builds `govkg path A B`.
func NewCmdPath(f *cmdutil.Factory, runF func(*PathOptions) error) *cobra.Command {
	opts := &PathOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "path A B",
		Short: "Show the shortest chains of relations between two entities, each hop with its evidence",
		Long: `Path finds the shortest paths (up to 6 hops) between two entities over extracted
relations and prints each hop with the sentence that supports it.`,
		Example: `  govkg path 坪山区 比亚迪
  govkg path 龙岗 靖西 --max 3 --format json`,
		Args: usageArgs(cobra.ExactArgs(2)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.From, opts.To = args[0], args[1]
			if runF != nil {
				return runF(opts)
			}
			return pathRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().IntVar(&opts.Max, "max", 5, "most paths shown")
	cmdutil.AddFormatFlag(cmd, &opts.Format, tableFormats...)
	return cmd
}

var pathCypher = `MATCH (x:Entity {id: $a}), (y:Entity {id: $b})
MATCH p = allShortestPaths((x)-[:` + entityRelPattern + `*..6]-(y))
WITH p, [n IN nodes(p) | n.name] AS names
ORDER BY names
LIMIT $max
WITH collect(p) AS paths
UNWIND range(0, size(paths) - 1) AS pi
WITH pi, paths[pi] AS p
UNWIND range(0, length(p) - 1) AS hop
WITH pi, hop, nodes(p)[hop] AS u, nodes(p)[hop + 1] AS v, relationships(p)[hop] AS r
RETURN pi + 1 AS path,
       hop + 1 AS hop,
       u.name AS from,
       CASE WHEN startNode(r) = u THEN type(r) + ' →' ELSE '← ' + type(r) END AS relation,
       v.name AS to,
       r.evidence_reports[0] AS report,
       COLLECT { MATCH (s:Sentence {id: r.evidence_sentences[0]}) RETURN s.text AS text }[0] AS evidence
ORDER BY path, hop`

func pathRun(ctx context.Context, opts *PathOptions) error {
	if err := cmdutil.CheckFormat(opts.Format, tableFormats...); err != nil {
		return err
	}
	if opts.Max < 1 {
		return govkg.Errorf(govkg.EUSAGE, "--max %d: want a positive number", opts.Max)
	}
	return pairRun(ctx, opts.Factory, opts.IO, opts.Format, opts.From, opts.To, pathCypher,
		map[string]any{"max": int64(opts.Max)}, "no path of at most 6 relations between %s and %s\n", true)
}

// pairRun resolves two entity names, runs a read query about the pair ($a, $b plus
// extra) and prints its rows, or says on stderr that there are none.
func pairRun(ctx context.Context, f *cmdutil.Factory, ios *cmdutil.IOStreams, format, from, to, cypher string,
	extra map[string]any, none string, distinct bool) error {
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
	return printRows(ios, format, cols, rows)
}

// EvidenceOptions are the inputs of `govkg evidence`.
type EvidenceOptions struct {
	IO       *cmdutil.IOStreams
	Factory  *cmdutil.Factory
	From, To string
	Format   string
}

// NewCmdEvidence builds `govkg evidence A B`.
func NewCmdEvidence(f *cmdutil.Factory, runF func(*EvidenceOptions) error) *cobra.Command {
	opts := &EvidenceOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "evidence A B",
		Short: "Show the sentences that support the relations between two entities",
		Example: `  govkg evidence 龙岗 靖西市
  govkg evidence 比亚迪 坪山区 --format csv`,
		Args: usageArgs(cobra.ExactArgs(2)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.From, opts.To = args[0], args[1]
			if runF != nil {
				return runF(opts)
			}
			return evidenceRun(cmd.Context(), opts)
		},
	}
	cmdutil.AddFormatFlag(cmd, &opts.Format, tableFormats...)
	return cmd
}

var evidenceCypher = `MATCH (x:Entity {id: $a})-[r:` + entityRelPattern + `]-(y:Entity {id: $b})
UNWIND range(0, size(r.evidence_sentences) - 1) AS i
MATCH (s:Sentence {id: r.evidence_sentences[i]})
OPTIONAL MATCH (rep:Report {id: s.report})
RETURN DISTINCT type(r) AS relation,
       coalesce(r.kind, r.section, '') AS detail,
       startNode(r).name AS from,
       endNode(r).name AS to,
       s.report AS report,
       coalesce(rep.plan_year, rep.year) AS year,
       s.stance AS stance,
       s.text AS sentence
ORDER BY year, report, relation, detail, sentence`

func evidenceRun(ctx context.Context, opts *EvidenceOptions) error {
	if err := cmdutil.CheckFormat(opts.Format, tableFormats...); err != nil {
		return err
	}
	return pairRun(ctx, opts.Factory, opts.IO, opts.Format, opts.From, opts.To, evidenceCypher, nil,
		"no relation between %s and %s (try: govkg path)\n", false)
}

// TimelineOptions are the inputs of `govkg timeline`.
type TimelineOptions struct {
	IO      *cmdutil.IOStreams
	Factory *cmdutil.Factory
	Name    string
	Format  string
}

// timelineTypes are the entity types reports give a status to.
var timelineTypes = []string{string(govkg.TypeProject), string(govkg.TypePark), string(govkg.TypeMetroLine)}

// NewCmdTimeline builds `govkg timeline NAME`.
func NewCmdTimeline(f *cmdutil.Factory, runF func(*TimelineOptions) error) *cobra.Command {
	opts := &TimelineOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "timeline NAME",
		Short: "Show every status reports give a project, park or metro line, in time order",
		Long: `Timeline lists the STATUS facts of a project, park or metro line across all reports,
ordered by year: what was achieved (stance achieved) and what was promised (planned),
with the sentence that says so.`,
		Example: `  govkg timeline 16号线
  govkg timeline 龙岗国际艺术中心 --format json`,
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			if runF != nil {
				return runF(opts)
			}
			return timelineRun(cmd.Context(), opts)
		},
	}
	cmdutil.AddFormatFlag(cmd, &opts.Format, tableFormats...)
	return cmd
}

const timelineCypher = `MATCH (rep:Report)-[st:STATUS]->(n:Entity {id: $id})
OPTIONAL MATCH (s:Sentence {id: coalesce(st.sentence, st.evidence_sentences[0])})
RETURN st.year AS year, st.status AS status, st.stance AS stance,
       rep.district AS district, rep.id AS report, s.text AS sentence
ORDER BY year, CASE stance WHEN 'achieved' THEN 0 ELSE 1 END, report, s.index, status`

func timelineRun(ctx context.Context, opts *TimelineOptions) error {
	if err := cmdutil.CheckFormat(opts.Format, tableFormats...); err != nil {
		return err
	}
	c, err := opts.Factory.Graph(ctx)
	if err != nil {
		return err
	}
	ref, err := resolveEntity(ctx, opts.IO, c, opts.Name, timelineTypes...)
	if err != nil {
		return err
	}
	cols, rows, err := c.ReadTable(ctx, timelineCypher, map[string]any{"id": ref.ID})
	if err != nil {
		return err
	}
	if len(rows) == 0 {
		fmt.Fprintf(opts.IO.ErrOut, "no report gives %s a status\n", ref)
	}
	return printRows(opts.IO, opts.Format, cols, rows)
}
