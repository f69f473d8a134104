// name: metro-lines-shared
// question: Which metro lines are named by the reports of at least $min_places places (districts, cities or provinces: $level), with those places, the sections they name and the places the lines serve?
// param: min_places = 2 | fewest places whose reports must name the line
// param: level = 'district' | the level places are counted at: district (a city's own report counts for the city), city or province
// choices: level = district, city, province
// columns: line, places, sections, serves, reports
//
// Neo4j Browser: set the parameters first, then run the query.
// :param min_places => 2
// :param level => 'district'
MATCH (m:MetroLine)
WHERE size(m.reports) >= $min_places
UNWIND m.reports AS rid
WITH rid, collect(m) AS lines
MATCH (r:Report {id: rid})
WITH CASE $level WHEN 'city' THEN r.city WHEN 'province' THEN r.province ELSE r.place END AS place, lines
WHERE place IS NOT NULL
UNWIND lines AS m
WITH m, collect(DISTINCT place) AS places
WHERE size(places) >= $min_places
RETURN m.name AS line,
       COLLECT { UNWIND places AS x RETURN x ORDER BY x } AS places,
       COLLECT {
         CALL (m) {
           MATCH (:Sentence)-[x:MENTIONS]->(m) RETURN x.section AS s
           UNION
           MATCH (m)-[x:SERVES]->() RETURN x.section AS s
         }
         WITH s WHERE s IS NOT NULL RETURN DISTINCT s ORDER BY s
       } AS sections,
       COLLECT { MATCH (m)-[:SERVES]->(p:Entity) RETURN DISTINCT p.name AS p ORDER BY p } AS serves,
       m.reports AS reports
ORDER BY size(places) DESC, line
