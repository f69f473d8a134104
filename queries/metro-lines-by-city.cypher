// name: metro-lines-by-city
// question: Which metro lines does each city have, which of its districts do they serve or name them, which sections are named, and in which reports and years?
// param: place = '' | only lines of this city, or of the cities of this province (e.g. 深圳市, 江苏省); empty for all
// columns: city, line, districts, sections, reports, years
//
// A line's city is the city it belongs to (深圳地铁14号线: 深圳市). districts are the
// districts of that city the line serves (SERVES) and those whose own reports name it.
//
// Neo4j Browser: set the parameters first, then run the query.
// :param place => ''
MATCH (m:MetroLine)
WHERE m.city IS NOT NULL
OPTIONAL MATCH (c:Entity {name: m.city}) WHERE c:City
WITH m, m.city AS city, coalesce(c.province, m.city) AS province
WHERE $place = '' OR $place IN [city, province]
RETURN city,
       m.name AS line,
       COLLECT {
         CALL (m, city) {
           MATCH (m)-[:SERVES]->(d:District) WHERE d.city = city RETURN d.name AS d
           UNION
           UNWIND m.reports AS rid
           MATCH (r:Report {id: rid}) WHERE r.district IS NOT NULL AND r.city = city
           RETURN r.district AS d
         }
         RETURN DISTINCT d ORDER BY d
       } AS districts,
       COLLECT {
         CALL (m) {
           MATCH (:Sentence)-[x:MENTIONS]->(m) RETURN x.section AS s
           UNION
           MATCH (m)-[x:SERVES]->() RETURN x.section AS s
         }
         WITH s WHERE s IS NOT NULL RETURN DISTINCT s ORDER BY s
       } AS sections,
       COLLECT { UNWIND m.reports AS rid RETURN rid ORDER BY rid } AS reports,
       COLLECT { UNWIND m.reports AS rid MATCH (r:Report {id: rid}) RETURN DISTINCT coalesce(r.plan_year, r.year) AS y ORDER BY y } AS years
ORDER BY city, line
