package queries

import (
	"strconv"
	"strings"

	govkg "github.com/govkg/govkg"
	"github.com/govkg/govkg/schema"
)

//go:generate go run ./internal/gencypher

// The relation queries: what the relation commands (govkg related, path, evidence,
// timeline) and four saved queries ask about named entities. Their Cypher is written
// here, once: the saved .cypher files of the four are generated from it (go generate
// ./queries; a test fails when a file is stale), and the commands run the same
// queries with the entities given by id (ByID), since they resolve names themselves
// (graph.Client.Resolve). Edit this file, not the generated .cypher files.

// Names of the generated saved queries.
const (
	EntityNeighbourhood = "entity-neighbourhood"
	ShortestPath        = "shortest-path"
	RelationEvidence    = "relation-evidence"
	StatusTimeline      = "status-timeline"
)

// EntityRelTypes are the extracted relations between two entities, from
// schema.FactRelTypes: what the relation queries walk. STATUS (report → item) is the
// timeline's business; MENTIONS is text, not a relation.
var EntityRelTypes = func() []string {
	var out []string
	for _, t := range schema.FactRelTypes {
		if t != string(govkg.RelStatus) {
			out = append(out, t)
		}
	}
	return out
}()

// entityRels is EntityRelTypes as a Cypher relationship-type alternation; it is built
// from package schema's names, never from user input.
var entityRels = strings.Join(EntityRelTypes, "|")

// leafRels reach nodes that have no other relationship: an Indicator (HAS_INDICATOR
// from its one place) and a Street (IN_DISTRICT to its one district). Such a node can
// end a path but never lies inside one, so a path search between two other entities
// leaves them out: a city's hundreds of indicators are hundreds of dead ends per step.
var leafRels = map[string]bool{string(govkg.RelHasIndicator): true, string(govkg.RelInDistrict): true}

// innerRels is entityRels without leafRels.
var innerRels = func() string {
	var out []string
	for _, t := range EntityRelTypes {
		if !leafRels[t] {
			out = append(out, t)
		}
	}
	return strings.Join(out, "|")
}()

// relationRank orders relation types from the most specific link between two things (a
// line serving a district, a project located in it) to the most generic (a district
// implementing a program, holding an indicator, lying in a city): what `related` and the
// neighbourhood show first.
var relationRank = []string{
	string(govkg.RelServes), string(govkg.RelLocatedIn), string(govkg.RelInvolves), string(govkg.RelInPark),
	string(govkg.RelPartOf), string(govkg.RelPartOfGroup), string(govkg.RelAssists), string(govkg.RelInDistrict),
	string(govkg.RelImplements), string(govkg.RelHasIndicator), string(govkg.RelInCity), string(govkg.RelInProvince),
}

// typeRank orders entity types from the specific (a metro line, a project, a company) to
// the generic (a program, an indicator, a term).
var typeRank = []string{
	string(govkg.TypeMetroLine), string(govkg.TypeProject), string(govkg.TypeCompany), string(govkg.TypePark),
	string(govkg.TypeInstitution), string(govkg.TypeStreet), string(govkg.TypeDistrict), string(govkg.TypeCity),
	string(govkg.TypeProvince), string(govkg.TypeProgram), string(govkg.TypeIndicator), string(govkg.TypeTerm),
}

// rankOf renders a Cypher expression giving expr's position in list (len(list) when it is
// not there). The list holds package names, never user input.
func rankOf(expr string, list []string) string {
	var b strings.Builder
	b.WriteString("CASE " + expr)
	for i, v := range list {
		b.WriteString(" WHEN '" + v + "' THEN " + strconv.Itoa(i))
	}
	b.WriteString(" ELSE " + strconv.Itoa(len(list)) + " END")
	return b.String()
}

// Expressions the relation queries share, about a relationship r from the point of
// view of an entity n.
const (
	detailOf    = `coalesce(r.kind, r.section, '')`
	directionOf = `CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END`
	reportsOf   = `COLLECT { UNWIND r.reports AS rid RETURN rid ORDER BY rid }`
)

// binding is an entity a relation query is about: the Cypher variable and the
// parameter that names it.
type binding struct{ variable, param string }

// byName binds an entity the way saved queries do, where people type names: the
// entity whose canonical name is $param, or whose aliases hold it exactly (the
// full-text index only narrows the search; the phrase is quoted for Lucene).
func (b binding) byName() string {
	v, p := b.variable, "$"+b.param
	return `CALL () {
  MATCH (` + v + `:Entity {name: ` + p + `}) RETURN ` + v + `
  UNION
  CALL db.index.fulltext.queryNodes('` + schema.FulltextEntityNames + `', '"' + replace(replace(` + p + `, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WITH node WHERE ` + p + ` IN node.aliases
  RETURN node AS ` + v + `
}
`
}

// byID binds an entity by its id, for callers that resolved the name already.
func (b binding) byID() string {
	return "MATCH (" + b.variable + ":Entity {id: $" + b.param + "})\n"
}

// relationQuery is one relation query: the header of its saved file, the entities it
// is about and the Cypher that follows their binding.
type relationQuery struct {
	header   string
	entities []binding
	body     string
}

// text renders the query with its entities bound by name (saved) or by id.
func (q relationQuery) text(saved bool) string {
	var b strings.Builder
	if saved {
		b.WriteString(generatedNote)
		b.WriteString(q.header)
	}
	for _, e := range q.entities {
		if saved {
			b.WriteString(e.byName())
		} else {
			b.WriteString(e.byID())
		}
	}
	b.WriteString(q.body)
	return b.String()
}

// generatedNote heads every generated file (a header line without a key, which Parse
// skips).
const generatedNote = "// Generated from queries/relations.go by go generate ./queries. Edit that file, not this one.\n"

var relationQueries = map[string]relationQuery{
	EntityNeighbourhood: {
		header: `// name: entity-neighbourhood
// question: What is the entity $name (canonical name or alias) directly linked to, by which relation, in the reports of which places (districts, or cities for their own reports), with how much evidence?
// param: name | the entity's canonical name or an alias, e.g. 坪山区 or 比亚迪
// param: limit = 200 | most links returned
// columns: entity, type, relation, detail, direction, neighbour, neighbour_type, places, reports, evidence
//
// Specific links (a line serving it, a project located in it, a company) come before
// generic ones (programs it implements, indicators, the city it lies in).
//
// Neo4j Browser: set the parameters first, then run the query.
// :param name => '坪山区'
// :param limit => 200
`,
		entities: []binding{{"n", "name"}},
		body: `MATCH (n)-[r:` + entityRels + `]-(m:Entity)
RETURN n.name AS entity,
       n.type AS type,
       type(r) AS relation,
       ` + detailOf + ` AS detail,
       ` + directionOf + ` AS direction,
       m.name AS neighbour,
       m.type AS neighbour_type,
       COLLECT { UNWIND r.reports AS rid MATCH (rep:Report {id: rid}) RETURN DISTINCT rep.place AS d ORDER BY d } AS places,
       ` + reportsOf + ` AS reports,
       size(r.evidence_sentences) AS evidence
ORDER BY entity, type, ` + rankOf("relation", relationRank) + `, relation, direction, ` + rankOf("neighbour_type", typeRank) + `, evidence DESC, neighbour, detail
LIMIT $limit
`,
	},
	// The tiers use ALL SHORTEST (Neo4j 5.21+) with quantified path patterns, so the
	// specific-only tier's node labels are checked while the search runs:
	// allShortestPaths with a WHERE on its nodes falls back to an exhaustive search when
	// the shortest path fails the filter (16 s between two places of the whole city
	// corpus, against 0.9 s); and one query may not mix the two forms.
	ShortestPath: {
		header: `// name: shortest-path
// question: How are the entities $a and $b connected: the shortest chains of extracted relations between them, hop by hop, each with the sentence that supports it?
// param: a | the first entity's canonical name or alias, e.g. 坪山区
// param: b | the second entity's canonical name or alias, e.g. 比亚迪
// param: max_paths = 5 | most paths returned
// columns: path, hop, from, relation, detail, to, report, evidence
//
// Paths use only extracted relations (not MENTIONS). First the links an analyst looks for
// between two places: a metro line serving both, a company involved in a project of each
// (one path per company, the best supported); then the shortest paths through specific
// things only — metro lines, projects, companies, parks, institutions; at most 4 hops;
// then the shortest through anything (programs, districts, cities; at most 6 hops). Within
// a group, shortest first and, at one length, best supported first. Each hop says why it
// exists: its relation, the kind or status it carries, and its evidence sentence.
//
// Neo4j Browser: set the parameters first, then run the query.
// :param a => '坪山区'
// :param b => '比亚迪'
// :param max_paths => 5
`,
		entities: []binding{{"x", "a"}, {"y", "b"}},
		body: `WITH x, y WHERE x <> y
CALL (x, y) {
  MATCH p = (x)-[:SERVES]-(:MetroLine)-[:SERVES]-(y)
  RETURN p, 0 AS tier
  UNION
  MATCH p = (x)-[:LOCATED_IN]-(a)-[:INVOLVES]-(c:Company)-[:INVOLVES]-(b)-[:LOCATED_IN]-(y)
  WHERE a <> b
  WITH c, p ORDER BY reduce(ev = 0, r IN relationships(p) | ev + size(r.evidence_sentences)) DESC, [n IN nodes(p) | n.name]
  WITH c, collect(p)[0] AS p
  RETURN p, 0 AS tier
  UNION
  MATCH p = ALL SHORTEST (x)(()-[:` + entityRels + `]-(:MetroLine|Project|Company|Park|Institution)){0,3}()-[:` + entityRels + `]-(y)
  RETURN p, 1 AS tier
  UNION
  MATCH p = ALL SHORTEST (x)-[:` + innerRels + `]-{1,6}(y)
  RETURN p, 2 AS tier
  UNION
  WITH x, y WHERE x:Indicator OR x:Street OR y:Indicator OR y:Street
  MATCH p = ALL SHORTEST (x)-[:` + entityRels + `]-{1,6}(y)
  RETURN p, 2 AS tier
}
WITH p, min(tier) AS tier
WITH p, tier, [n IN nodes(p) | n.name] AS names,
     reduce(ev = 0, r IN relationships(p) | ev + size(r.evidence_sentences)) AS evidence
ORDER BY tier, length(p), evidence DESC, names
LIMIT $max_paths
WITH collect(p) AS paths
UNWIND range(0, size(paths) - 1) AS pi
WITH pi, paths[pi] AS p
UNWIND range(0, length(p) - 1) AS hop
WITH pi, hop, nodes(p)[hop] AS u, nodes(p)[hop + 1] AS v, relationships(p)[hop] AS r
RETURN pi + 1 AS path,
       hop + 1 AS hop,
       u.name AS from,
       CASE WHEN startNode(r) = u THEN type(r) + ' →' ELSE '← ' + type(r) END AS relation,
       coalesce(r.kind, r.status, r.section, '') AS detail,
       v.name AS to,
       r.evidence_reports[0] AS report,
       COLLECT { MATCH (s:Sentence {id: r.evidence_sentences[0]}) RETURN s.text AS text }[0] AS evidence
ORDER BY path, hop
`,
	},
	RelationEvidence: {
		header: `// name: relation-evidence
// question: Which sentences support the relations between the entities $a and $b, in which report and year, and do they report results or plans?
// param: a | the first entity's canonical name or alias, e.g. 龙岗区
// param: b | the second entity's canonical name or alias, e.g. 靖西市
// columns: relation, detail, from, to, report, year, stance, sentence
//
// Neo4j Browser: set the parameters first, then run the query.
// :param a => '龙岗区'
// :param b => '靖西市'
`,
		entities: []binding{{"x", "a"}, {"y", "b"}},
		body: `MATCH (x)-[r:` + entityRels + `]-(y)
UNWIND r.evidence_sentences AS sid
MATCH (s:Sentence {id: sid})
OPTIONAL MATCH (rep:Report {id: s.report})
RETURN DISTINCT type(r) AS relation,
       ` + detailOf + ` AS detail,
       startNode(r).name AS from,
       endNode(r).name AS to,
       s.report AS report,
       coalesce(rep.plan_year, rep.year) AS year,
       s.stance AS stance,
       s.text AS sentence
ORDER BY year, report, relation, detail, sentence
`,
	},
	StatusTimeline: {
		header: `// name: status-timeline
// question: What has every report said about the status of the project, park or metro line $name, in time order, results and plans apart?
// param: name | the project's, park's or metro line's canonical name or alias, e.g. 深圳地铁16号线 or 16号线
// columns: item, type, year, status, stance, place, report, sentence
//
// Neo4j Browser: set the parameters first, then run the query.
// :param name => '深圳地铁16号线'
`,
		entities: []binding{{"n", "name"}},
		body: `MATCH (rep:Report)-[st:STATUS]->(n)
OPTIONAL MATCH (s:Sentence {id: coalesce(st.sentence, st.evidence_sentences[0])})
RETURN n.name AS item,
       n.type AS type,
       st.year AS year,
       st.status AS status,
       st.stance AS stance,
       rep.place AS place,
       rep.id AS report,
       s.text AS sentence
ORDER BY item, year, CASE stance WHEN 'achieved' THEN 0 ELSE 1 END, report, s.index, status
`,
	},
}

// Generated returns the text of every generated .cypher file, by file name; go
// generate ./queries writes them.
func Generated() map[string]string {
	out := make(map[string]string, len(relationQueries))
	for name, q := range relationQueries {
		out[name+".cypher"] = q.text(true)
	}
	return out
}

// ByID returns the Cypher of the relation query name (EntityNeighbourhood,
// ShortestPath, RelationEvidence, StatusTimeline) with its entity parameters ($name,
// or $a and $b) holding entity ids rather than names: the saved query as the relation
// commands run it, after resolving the names themselves. The other parameters and the
// columns are the saved query's.
func ByID(name string) (string, bool) {
	q, ok := relationQueries[name]
	if !ok {
		return "", false
	}
	return q.text(false), true
}

// RelatedRing follows one ring of extracted relations out of the entities whose ids
// are in $ids, only of the types in $types when that is not empty: what `govkg
// related` runs once per --depth. It is the neighbourhood of entity-neighbourhood,
// with the ids and years the command needs to go further out.
var RelatedRing = `UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r:` + entityRels + `]-(m:Entity)
WHERE size($types) = 0 OR type(r) IN $types
RETURN n.name AS via, type(r) AS relation,
       ` + directionOf + ` AS direction,
       m.id AS id, m.type AS type, m.name AS name,
       ` + detailOf + ` AS detail,
       ` + reportsOf + ` AS reports,
       COLLECT { UNWIND r.reports AS rid MATCH (rep:Report {id: rid}) RETURN DISTINCT coalesce(rep.plan_year, rep.year) AS y ORDER BY y } AS years
ORDER BY ` + rankOf("relation", relationRank) + `, relation, via, direction, ` + rankOf("type", typeRank) + `, type, name, detail
`
