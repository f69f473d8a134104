// Package schema is the govkg graph schema written down once, as data and as Cypher
// text: labels, relationship types, constraints and indexes. It imports no driver so
// that the CLI can show the schema and tests can check it without a database; package
// graph applies it and validates every label and type it writes against it.
package schema

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/govkg/govkg"
)

// Version is the schema version stored in the database. Bump it when a label,
// relationship type, property or index changes meaning, so an older govkg can refuse a
// newer graph instead of silently corrupting it.
const Version = 3

// Node labels that are not entity types.
const (
	LabelReport   = "Report"
	LabelSentence = "Sentence"
	// LabelEntity is carried by every entity node besides its type label, so one
	// constraint and one index cover ids and names of all types.
	LabelEntity = "Entity"
	// LabelSchema marks the singleton node that records the schema version.
	LabelSchema = "GovkgSchema"
)

// SchemaNodeID is the id of the singleton (:GovkgSchema) node.
const SchemaNodeID = "schema"

// Relationship types that are not extracted relations.
const (
	RelAbout       = "ABOUT"        // Report → District, or City for a city's report
	RelHasSentence = "HAS_SENTENCE" // Report → Sentence
	RelMentions    = "MENTIONS"     // Sentence → entity
)

// Full-text index names, used by queries that search names or sentences.
const (
	FulltextEntityNames  = "entity_names"
	FulltextSentenceText = "sentence_text"
	// Analyzer is the Lucene analyzer for Chinese text: CJK bigrams let 坪山 match 坪山区.
	Analyzer = "cjk"
)

// EntityLabels are the entity type labels, in the fixed order of govkg.EntityTypes.
var EntityLabels = entityLabels()

// Labels are all node labels govkg writes (besides the GovkgSchema singleton); nothing
// else may be used as a label in generated Cypher.
var Labels = append(append([]string{LabelReport, LabelSentence}, EntityLabels...), LabelEntity)

// Relationship describes one relationship type: which labels it connects, which
// properties it carries and whether it is an extracted fact supported by reports.
type Relationship struct {
	Type  string
	From  []string // allowed start labels
	To    []string // allowed end labels ("Entity" means any entity label)
	Props []string
	// Fact is true for relations extracted from text: they carry a deterministic key,
	// the ids of the reports that support them and parallel evidence lists, and are
	// deleted when the last supporting report goes away.
	Fact bool
	Doc  string
}

// factProps are the bookkeeping properties of every fact relationship.
var factProps = []string{"key", "reports", "evidence_reports", "evidence_sentences", "evidence_starts", "evidence_ends", "(relation properties)"}

// Relationships lists every relationship type with its endpoints, in a fixed order.
var Relationships = []Relationship{
	{Type: RelAbout, From: []string{LabelReport}, To: []string{string(govkg.TypeDistrict), string(govkg.TypeCity)}, Doc: "the place a report is about: its district, or for a city's report its city"},
	{Type: RelHasSentence, From: []string{LabelReport}, To: []string{LabelSentence}, Doc: "a report's sentences"},
	{Type: RelMentions, From: []string{LabelSentence}, To: []string{LabelEntity}, Props: []string{"start", "end", "text", "report", "(mention properties)"}, Doc: "an entity named in a sentence; start/end are rune offsets in the sentence"},
	{Type: string(govkg.RelLocatedIn), From: []string{LabelEntity}, To: []string{LabelEntity}, Props: factProps, Fact: true, Doc: "a thing located in a place"},
	{Type: string(govkg.RelInPark), From: []string{LabelEntity}, To: []string{string(govkg.TypePark)}, Props: factProps, Fact: true, Doc: "a company or project in an industrial park"},
	{Type: string(govkg.RelInvolves), From: []string{LabelEntity}, To: []string{LabelEntity}, Props: factProps, Fact: true, Doc: "a company involved in a project or park"},
	{Type: string(govkg.RelServes), From: []string{LabelEntity}, To: []string{LabelEntity}, Props: factProps, Fact: true, Doc: "infrastructure (e.g. a metro line) serving a place"},
	{Type: string(govkg.RelImplements), From: []string{LabelEntity}, To: []string{string(govkg.TypeProgram)}, Props: factProps, Fact: true, Doc: "a district implementing a program (百千万工程)"},
	{Type: string(govkg.RelPartOf), From: []string{LabelEntity}, To: []string{LabelEntity}, Props: factProps, Fact: true, Doc: "a project that is part of a program"},
	{Type: string(govkg.RelAssists), From: []string{LabelEntity}, To: []string{LabelEntity}, Props: factProps, Fact: true, Doc: "counterpart assistance (对口帮扶)"},
	{Type: string(govkg.RelInDistrict), From: []string{string(govkg.TypeStreet)}, To: []string{string(govkg.TypeDistrict)}, Props: factProps, Fact: true, Doc: "a street (街道) in its district"},
	{Type: string(govkg.RelStatus), From: []string{LabelReport}, To: []string{string(govkg.TypeProject), string(govkg.TypePark), string(govkg.TypeMetroLine)}, Props: factProps, Fact: true, Doc: "the status a report gives a project, park or metro line; one per sentence"},
	{Type: string(govkg.RelHasIndicator), From: []string{string(govkg.TypeDistrict), string(govkg.TypeCity)}, To: []string{string(govkg.TypeIndicator)}, Props: factProps, Fact: true, Doc: "an indicator value of a district or city"},
	{Type: string(govkg.RelInCity), From: []string{string(govkg.TypeDistrict), string(govkg.TypeStreet)}, To: []string{string(govkg.TypeCity)}, Props: factProps, Fact: true, Doc: "a district in its prefecture-level city or municipality, or a street in a city without districts (东莞市) (from the gazetteer)"},
	{Type: string(govkg.RelInProvince), From: []string{string(govkg.TypeCity)}, To: []string{string(govkg.TypeProvince)}, Props: factProps, Fact: true, Doc: "a city in its province (from the gazetteer)"},
	{Type: string(govkg.RelPartOfGroup), From: []string{string(govkg.TypeCompany)}, To: []string{string(govkg.TypeCompany)}, Props: factProps, Fact: true, Doc: "a business unit, product line or subsidiary of a company group (比亚迪储能 → 比亚迪)"},
}

// RelTypes are the names of all relationship types; nothing else may be used as a
// relationship type in generated Cypher.
var RelTypes = relTypes(false)

// FactRelTypes are the relationship types of extracted relations (see Relationship.Fact).
var FactRelTypes = relTypes(true)

// NodeProps documents the properties of each kind of node, for Describe.
var NodeProps = map[string][]string{
	LabelReport:   {"id", "path", "level", "place", "district", "district_code", "city", "city_code", "province", "province_code", "year", "plan_year", "meeting", "kind", "title", "caption", "sha256", "encoding", "format", "warnings"},
	LabelSentence: {"id", "report", "index", "paragraph", "section", "stance", "text", "start", "end"},
	LabelEntity:   {"id", "type", "name", "caption", "aliases", "aliases_text", "reports", "(entity properties, flattened)"},
	LabelSchema:   {"id", "version"},
}

// Constraint is a uniqueness constraint on one property of one label.
type Constraint struct {
	Name     string
	Label    string
	Property string
}

// Cypher returns the idempotent CREATE CONSTRAINT statement.
func (c Constraint) Cypher() string {
	return fmt.Sprintf("CREATE CONSTRAINT %s IF NOT EXISTS FOR (n:%s) REQUIRE n.%s IS UNIQUE",
		Quote(c.Name), Quote(c.Label), Quote(c.Property))
}

// IndexKind is RANGE or FULLTEXT, as SHOW INDEXES names them.
type IndexKind string

// Index kinds.
const (
	KindRange    IndexKind = "RANGE"
	KindFulltext IndexKind = "FULLTEXT"
)

// Index is a node index; Analyzer is set for full-text indexes only.
type Index struct {
	Name       string
	Kind       IndexKind
	Labels     []string
	Properties []string
	Analyzer   string
}

// Cypher returns the idempotent CREATE INDEX statement.
func (ix Index) Cypher() string {
	labels := make([]string, len(ix.Labels))
	for i, l := range ix.Labels {
		labels[i] = Quote(l)
	}
	props := make([]string, len(ix.Properties))
	for i, p := range ix.Properties {
		props[i] = "n." + Quote(p)
	}
	if ix.Kind == KindFulltext {
		return fmt.Sprintf("CREATE FULLTEXT INDEX %s IF NOT EXISTS FOR (n:%s) ON EACH [%s] OPTIONS {indexConfig: {`fulltext.analyzer`: '%s'}}",
			Quote(ix.Name), strings.Join(labels, "|"), strings.Join(props, ", "), ix.Analyzer)
	}
	return fmt.Sprintf("CREATE INDEX %s IF NOT EXISTS FOR (n:%s) ON (%s)",
		Quote(ix.Name), labels[0], strings.Join(props, ", "))
}

// Constraints returns a uniqueness constraint on id for every label in Labels and for
// the schema singleton, so MERGE on id is safe under concurrent writers.
func Constraints() []Constraint {
	var out []Constraint
	for _, l := range append(slices.Clone(Labels), LabelSchema) {
		out = append(out, Constraint{Name: "govkg_" + strings.ToLower(l) + "_id", Label: l, Property: "id"})
	}
	return out
}

// Indexes returns the range and full-text indexes that the build and saved queries rely on.
func Indexes() []Index {
	return []Index{
		{Name: "govkg_entity_name", Kind: KindRange, Labels: []string{LabelEntity}, Properties: []string{"name"}},
		{Name: "govkg_report_district", Kind: KindRange, Labels: []string{LabelReport}, Properties: []string{"district"}},
		{Name: "govkg_report_place", Kind: KindRange, Labels: []string{LabelReport}, Properties: []string{"place"}},
		{Name: "govkg_report_city", Kind: KindRange, Labels: []string{LabelReport}, Properties: []string{"city"}},
		{Name: "govkg_report_province", Kind: KindRange, Labels: []string{LabelReport}, Properties: []string{"province"}},
		{Name: "govkg_report_plan_year", Kind: KindRange, Labels: []string{LabelReport}, Properties: []string{"plan_year"}},
		{Name: "govkg_sentence_report", Kind: KindRange, Labels: []string{LabelSentence}, Properties: []string{"report"}},
		{Name: FulltextEntityNames, Kind: KindFulltext, Labels: slices.Clone(EntityLabels), Properties: []string{"name", "aliases_text"}, Analyzer: Analyzer},
		{Name: FulltextSentenceText, Kind: KindFulltext, Labels: []string{LabelSentence}, Properties: []string{"text"}, Analyzer: Analyzer},
	}
}

// Statements returns every schema statement, constraints first (their backing indexes
// must exist before MERGE relies on them). All are IF NOT EXISTS, so applying them
// again is a no-op.
func Statements() []string {
	var out []string
	for _, c := range Constraints() {
		out = append(out, c.Cypher())
	}
	for _, ix := range Indexes() {
		out = append(out, ix.Cypher())
	}
	return out
}

// SetVersionCypher records the schema version on the singleton node; $version is Version.
const SetVersionCypher = "MERGE (s:GovkgSchema {id: 'schema'}) SET s.version = $version"

// GetVersionCypher reads the stored schema version (no row when never applied).
const GetVersionCypher = "MATCH (s:GovkgSchema {id: 'schema'}) RETURN s.version AS version"

var identRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// IsIdentifier reports whether s is a plain Cypher identifier that needs no quoting.
func IsIdentifier(s string) bool { return identRE.MatchString(s) }

// Quote returns s as a Cypher identifier, backtick-quoted when it is not a plain one.
// Generated Cypher only ever quotes names from this package, never user data.
func Quote(s string) string {
	if IsIdentifier(s) {
		return s
	}
	return "`" + strings.ReplaceAll(s, "`", "``") + "`"
}

// IsLabel reports whether l is a node label of the schema (entity labels included).
func IsLabel(l string) bool { return slices.Contains(Labels, l) }

// IsEntityLabel reports whether l is an entity type label.
func IsEntityLabel(l string) bool { return slices.Contains(EntityLabels, l) }

// IsRelType reports whether t is a relationship type of the schema.
func IsRelType(t string) bool { return slices.Contains(RelTypes, t) }

// IsFactRelType reports whether t is an extracted-relation type (see Relationship.Fact).
func IsFactRelType(t string) bool { return slices.Contains(FactRelTypes, t) }

// Rel returns the description of relationship type t.
func Rel(t string) (Relationship, bool) {
	for _, r := range Relationships {
		if r.Type == t {
			return r, true
		}
	}
	return Relationship{}, false
}

// Describe renders the schema for `govkg schema show`: labels with their properties,
// relationship types with endpoints, constraints and indexes.
func Describe() string {
	var b strings.Builder
	fmt.Fprintf(&b, "govkg graph schema, version %d\n\n", Version)
	b.WriteString("Node labels\n")
	fmt.Fprintf(&b, "  %-12s %s\n", LabelReport, strings.Join(NodeProps[LabelReport], ", "))
	fmt.Fprintf(&b, "  %-12s %s\n", LabelSentence, strings.Join(NodeProps[LabelSentence], ", "))
	fmt.Fprintf(&b, "  %-12s %s\n", "Entity", strings.Join(NodeProps[LabelEntity], ", "))
	fmt.Fprintf(&b, "  %-12s one of %s (always with :Entity)\n", "", strings.Join(EntityLabels, ", "))
	fmt.Fprintf(&b, "  %-12s %s (singleton id '%s')\n", LabelSchema, strings.Join(NodeProps[LabelSchema], ", "), SchemaNodeID)
	b.WriteString("\nRelationship types\n")
	for _, r := range Relationships {
		fmt.Fprintf(&b, "  (:%s)-[:%s]->(:%s)  %s\n", strings.Join(r.From, "|"), r.Type, strings.Join(r.To, "|"), r.Doc)
		if len(r.Props) > 0 {
			fmt.Fprintf(&b, "      props: %s\n", strings.Join(r.Props, ", "))
		}
	}
	b.WriteString("\nConstraints\n")
	for _, c := range Constraints() {
		fmt.Fprintf(&b, "  %-28s UNIQUE (:%s).%s\n", c.Name, c.Label, c.Property)
	}
	b.WriteString("\nIndexes\n")
	for _, ix := range Indexes() {
		extra := ""
		if ix.Analyzer != "" {
			extra = " analyzer " + ix.Analyzer
		}
		fmt.Fprintf(&b, "  %-28s %-8s (:%s) [%s]%s\n", ix.Name, ix.Kind, strings.Join(ix.Labels, "|"), strings.Join(ix.Properties, ", "), extra)
	}
	return b.String()
}

func entityLabels() []string {
	out := make([]string, len(govkg.EntityTypes))
	for i, t := range govkg.EntityTypes {
		out[i] = string(t)
	}
	return out
}

func relTypes(factOnly bool) []string {
	var out []string
	for _, r := range Relationships {
		if !factOnly || r.Fact {
			out = append(out, r.Type)
		}
	}
	return out
}
