// name: assistance-links
// question: Which districts assist which counties (paired assistance, east–west cooperation, industrial cooperation), of what kind, according to which report and sentence?
// param: district = '' | only links from this district (e.g. 龙岗区); empty for all
// columns: district, assisted, province, kind, reports, years, evidence
//
// Neo4j Browser: set the parameters first, then run the query.
// :param district => ''
MATCH (d:Entity)-[a:ASSISTS]->(t:Entity)
WHERE $district = '' OR d.name = $district
RETURN d.name AS district,
       t.name AS assisted,
       t.province AS province,
       coalesce(a.kind, '') AS kind,
       COLLECT { UNWIND a.reports AS rid RETURN rid ORDER BY rid } AS reports,
       COLLECT { UNWIND a.reports AS rid MATCH (r:Report {id: rid}) RETURN DISTINCT coalesce(r.plan_year, r.year) AS y ORDER BY y } AS years,
       COLLECT { UNWIND a.evidence_sentences AS sid MATCH (s:Sentence {id: sid}) RETURN DISTINCT s.text AS text ORDER BY text LIMIT 3 } AS evidence
ORDER BY district, assisted, kind
