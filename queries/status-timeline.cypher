// Generated from queries/relations.go by go generate ./queries. Edit that file, not this one.
// name: status-timeline
// question: What has every report said about the status of the project, park or metro line $name, in time order, results and plans apart?
// param: name | the project's, park's or metro line's canonical name or alias, e.g. 深圳地铁16号线 or 16号线
// columns: item, type, year, status, stance, place, report, sentence
//
// Neo4j Browser: set the parameters first, then run the query.
// :param name => '深圳地铁16号线'
CALL () {
  MATCH (n:Entity {name: $name}) RETURN n
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WITH node WHERE $name IN node.aliases
  RETURN node AS n
}
MATCH (rep:Report)-[st:STATUS]->(n)
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
