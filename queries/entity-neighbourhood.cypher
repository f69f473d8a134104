// Generated from queries/relations.go by go generate ./queries. Edit that file, not this one.
// name: entity-neighbourhood
// question: What is the entity $name (canonical name or alias) directly linked to, by which relation, in the reports of which places (districts, or cities for their own reports), with how much evidence?
// param: name | the entity's canonical name or an alias, e.g. 坪山区 or 比亚迪
// param: limit = 200 | most links returned
// columns: entity, type, relation, detail, direction, neighbour, neighbour_type, places, reports, evidence
//
// Neo4j Browser: set the parameters first, then run the query.
// :param name => '坪山区'
// :param limit => 200
CALL () {
  MATCH (n:Entity {name: $name}) RETURN n
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WITH node WHERE $name IN node.aliases
  RETURN node AS n
}
MATCH (n)-[r:LOCATED_IN|IN_PARK|INVOLVES|SERVES|IMPLEMENTS|PART_OF|ASSISTS|IN_DISTRICT|HAS_INDICATOR|IN_CITY|IN_PROVINCE|PART_OF_GROUP]-(m:Entity)
RETURN n.name AS entity,
       n.type AS type,
       type(r) AS relation,
       coalesce(r.kind, r.section, '') AS detail,
       CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       m.name AS neighbour,
       m.type AS neighbour_type,
       COLLECT { UNWIND r.reports AS rid MATCH (rep:Report {id: rid}) RETURN DISTINCT rep.place AS d ORDER BY d } AS places,
       COLLECT { UNWIND r.reports AS rid RETURN rid ORDER BY rid } AS reports,
       size(r.evidence_sentences) AS evidence
ORDER BY entity, type, relation, direction, neighbour, detail
LIMIT $limit
