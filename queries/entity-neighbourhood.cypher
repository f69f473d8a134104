// Generated from queries/relations.go by go generate ./queries. Edit that file, not this one.
// name: entity-neighbourhood
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
ORDER BY entity, type, CASE relation WHEN 'SERVES' THEN 0 WHEN 'LOCATED_IN' THEN 1 WHEN 'INVOLVES' THEN 2 WHEN 'IN_PARK' THEN 3 WHEN 'PART_OF' THEN 4 WHEN 'PART_OF_GROUP' THEN 5 WHEN 'ASSISTS' THEN 6 WHEN 'IN_DISTRICT' THEN 7 WHEN 'IMPLEMENTS' THEN 8 WHEN 'HAS_INDICATOR' THEN 9 WHEN 'IN_CITY' THEN 10 WHEN 'IN_PROVINCE' THEN 11 ELSE 12 END, relation, direction, CASE neighbour_type WHEN 'MetroLine' THEN 0 WHEN 'Project' THEN 1 WHEN 'Company' THEN 2 WHEN 'Park' THEN 3 WHEN 'Institution' THEN 4 WHEN 'Street' THEN 5 WHEN 'District' THEN 6 WHEN 'City' THEN 7 WHEN 'Province' THEN 8 WHEN 'Program' THEN 9 WHEN 'Indicator' THEN 10 WHEN 'Term' THEN 11 ELSE 12 END, evidence DESC, neighbour, detail
LIMIT $limit
