// Generated from queries/relations.go by go generate ./queries. Edit that file, not this one.
// name: shortest-path
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
  MATCH p = ALL SHORTEST (x)(()-[:LOCATED_IN|IN_PARK|INVOLVES|SERVES|IMPLEMENTS|PART_OF|ASSISTS|IN_DISTRICT|HAS_INDICATOR|IN_CITY|IN_PROVINCE|PART_OF_GROUP]-(:MetroLine|Project|Company|Park|Institution)){0,3}()-[:LOCATED_IN|IN_PARK|INVOLVES|SERVES|IMPLEMENTS|PART_OF|ASSISTS|IN_DISTRICT|HAS_INDICATOR|IN_CITY|IN_PROVINCE|PART_OF_GROUP]-(y)
  RETURN p, 1 AS tier
  UNION
  MATCH p = ALL SHORTEST (x)-[:LOCATED_IN|IN_PARK|INVOLVES|SERVES|IMPLEMENTS|PART_OF|ASSISTS|IN_CITY|IN_PROVINCE|PART_OF_GROUP]-{1,6}(y)
  RETURN p, 2 AS tier
  UNION
  WITH x, y WHERE x:Indicator OR x:Street OR y:Indicator OR y:Street
  MATCH p = ALL SHORTEST (x)-[:LOCATED_IN|IN_PARK|INVOLVES|SERVES|IMPLEMENTS|PART_OF|ASSISTS|IN_DISTRICT|HAS_INDICATOR|IN_CITY|IN_PROVINCE|PART_OF_GROUP]-{1,6}(y)
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
