// Generated from queries/relations.go by go generate ./queries. Edit that file, not this one.
// name: shortest-path
// question: How are the entities $a and $b connected: the shortest chains of extracted relations between them, hop by hop, each with the sentence that supports it?
// param: a | the first entity's canonical name or alias, e.g. 坪山区
// param: b | the second entity's canonical name or alias, e.g. 比亚迪
// param: max_paths = 5 | most paths returned
// columns: path, hop, from, relation, to, report, evidence
//
// Paths are at most 6 hops long and use only extracted relations (not MENTIONS).
//
// Neo4j Browser: set the parameters first, then run the query.
// :param a => '坪山区'
// :param b => '比亚迪'
// :param max_paths => 5
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
WITH x, y WHERE x <> y
MATCH p = allShortestPaths((x)-[:LOCATED_IN|IN_PARK|INVOLVES|SERVES|IMPLEMENTS|PART_OF|ASSISTS|IN_DISTRICT|HAS_INDICATOR|IN_CITY|IN_PROVINCE|PART_OF_GROUP*..6]-(y))
WITH p, [n IN nodes(p) | n.name] AS names
ORDER BY length(p), names
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
       v.name AS to,
       r.evidence_reports[0] AS report,
       COLLECT { MATCH (s:Sentence {id: r.evidence_sentences[0]}) RETURN s.text AS text }[0] AS evidence
ORDER BY path, hop
