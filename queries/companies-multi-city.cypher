// name: companies-multi-city
// question: Which companies appear in the reports of at least $min_places cities (or districts or provinces: $level), and in each of those places, in which districts' reports, with which projects and parks?
// param: min_places = 2 | fewest places whose reports must name the company
// param: level = 'city' | the level places are counted at: city (a district's report counts for its city), province, or district (a city's own report counts for the city)
// choices: level = district, city, province
// columns: company, place, places, districts, projects, parks, reports
//
// One row per company and place; places is how many places name the company. districts
// are the districts of that place whose own reports name it; projects and parks those
// it is involved in that a report of that place names.
//
// Neo4j Browser: set the parameters first, then run the query.
// :param min_places => 2
// :param level => 'city'
MATCH (c:Company)
WHERE size(c.reports) >= $min_places
UNWIND c.reports AS rid
WITH rid, collect(c) AS companies
MATCH (r:Report {id: rid})
WITH r, CASE $level WHEN 'city' THEN r.city WHEN 'province' THEN r.province ELSE r.place END AS place, companies
WHERE place IS NOT NULL
UNWIND companies AS c
WITH c, place, collect({id: r.id, district: r.district}) AS here
WITH c, collect({place: place, here: here}) AS ats
WHERE size(ats) >= $min_places
UNWIND ats AS at
WITH c, at.place AS place, size(ats) AS n, at.here AS here, [x IN at.here | x.id] AS ids
RETURN c.name AS company,
       place,
       n AS places,
       COLLECT { UNWIND here AS x WITH x.district AS d WHERE d IS NOT NULL RETURN DISTINCT d ORDER BY d } AS districts,
       COLLECT { MATCH (c)-[:INVOLVES]->(x:Project) WHERE any(rid IN x.reports WHERE rid IN ids) RETURN DISTINCT x.name AS x ORDER BY x } AS projects,
       COLLECT { MATCH (c)-[:INVOLVES]->(x:Park) WHERE any(rid IN x.reports WHERE rid IN ids) RETURN DISTINCT x.name AS x ORDER BY x } AS parks,
       COLLECT { UNWIND ids AS rid RETURN rid ORDER BY rid } AS reports
ORDER BY n DESC, company, place
