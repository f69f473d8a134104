// Generated from queries/relations.go by go generate ./queries. Edit that file, not this one.
// name: relation-evidence
// question: Which sentences support the relations between the entities $a and $b, in which report and year, and do they report results or plans?
// param: a | the first entity's canonical name or alias, e.g. 龙岗区
// param: b | the second entity's canonical name or alias, e.g. 靖西市
// columns: relation, detail, from, to, report, year, stance, sentence
//
// Neo4j Browser: set the parameters first, then run the query.
// :param a => '龙岗区'
// :param b => '靖西市'
CALL () {
  MATCH (x:Entity {name: $a}) RETURN x
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($a, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WITH node WHERE $a IN node.aliases
  RETURN node AS x
}
CALL () {
  MATCH (y:Entity {name: $b}) RETURN y
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($b, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WITH node WHERE $b IN node.aliases
  RETURN node AS y
}
MATCH (x)-[r:LOCATED_IN|IN_PARK|INVOLVES|SERVES|IMPLEMENTS|PART_OF|ASSISTS|IN_DISTRICT|HAS_INDICATOR|IN_CITY|IN_PROVINCE|PART_OF_GROUP]-(y)
UNWIND r.evidence_sentences AS sid
MATCH (s:Sentence {id: sid})
OPTIONAL MATCH (rep:Report {id: s.report})
RETURN DISTINCT type(r) AS relation,
       coalesce(r.kind, r.section, '') AS detail,
       startNode(r).name AS from,
       endNode(r).name AS to,
       s.report AS report,
       coalesce(rep.plan_year, rep.year) AS year,
       s.stance AS stance,
       s.text AS sentence
ORDER BY year, report, relation, detail, sentence
