// name: companies-multi-district
// question: Which companies are named in the reports of at least $min_places places (districts, cities or provinces: $level), with the projects and parks they are involved in?
// param: min_places = 2 | fewest places whose reports must name the company
// param: level = 'district' | the level places are counted at: district (a city's own report counts for the city), city or province
// choices: level = district, city, province
// columns: company, places, projects, parks, reports
//
// Neo4j Browser: set the parameters first, then run the query.
// :param min_places => 2
// :param level => 'district'
MATCH (c:Company)
WHERE size(c.reports) >= $min_places
UNWIND c.reports AS rid
WITH rid, collect(c) AS companies
MATCH (r:Report {id: rid})
WITH CASE $level WHEN 'city' THEN r.city WHEN 'province' THEN r.province ELSE r.place END AS place, companies
WHERE place IS NOT NULL
UNWIND companies AS c
WITH c, collect(DISTINCT place) AS places
WHERE size(places) >= $min_places
RETURN c.name AS company,
       COLLECT { UNWIND places AS x RETURN x ORDER BY x } AS places,
       COLLECT { MATCH (c)-[:INVOLVES]->(p:Project) RETURN DISTINCT p.name AS p ORDER BY p } AS projects,
       COLLECT {
         CALL (c) {
           MATCH (c)-[:INVOLVES]->(k:Park) RETURN k.name AS k
           UNION
           MATCH (c)-[:INVOLVES]->(:Project)-[:IN_PARK]->(k:Park) RETURN k.name AS k
         }
         RETURN DISTINCT k ORDER BY k
       } AS parks,
       c.reports AS reports
ORDER BY size(places) DESC, company
