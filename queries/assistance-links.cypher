// name: assistance-links
// question: Which districts and cities assist which places (paired assistance, east–west cooperation, industrial cooperation), of what kind, according to which report and sentence, with the assisting side shown at $level?
// param: place = '' | only links from this place or from places in it (a district, city or province, e.g. 龙岗区, 深圳市); empty for all
// param: level = 'district' | the level of the assisting side shown in place: district (a city assisting counts as itself), city or province
// choices: level = district, city, province
// columns: place, assisting, assisted, province, kind, reports, years, evidence
//
// Neo4j Browser: set the parameters first, then run the query.
// :param place => ''
// :param level => 'district'
MATCH (d:Entity)-[a:ASSISTS]->(t:Entity)
WHERE $place = '' OR $place IN [d.name, d.city, d.province]
RETURN CASE $level WHEN 'city' THEN coalesce(d.city, d.name) WHEN 'province' THEN coalesce(d.province, d.name) ELSE d.name END AS place,
       d.name AS assisting,
       t.name AS assisted,
       t.province AS province,
       coalesce(a.kind, '') AS kind,
       COLLECT { UNWIND a.reports AS rid RETURN rid ORDER BY rid } AS reports,
       COLLECT { UNWIND a.reports AS rid MATCH (r:Report {id: rid}) RETURN DISTINCT coalesce(r.plan_year, r.year) AS y ORDER BY y } AS years,
       COLLECT { UNWIND a.evidence_sentences AS sid MATCH (s:Sentence {id: sid}) RETURN DISTINCT s.text AS text ORDER BY text LIMIT 3 } AS evidence
ORDER BY place, assisting, assisted, kind
