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
// Each company's projects and parks are read once and then filtered per place (on the
// 860-report corpus: 42 thousand db hits instead of 205 thousand).
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
WITH c, ats, COLLECT { MATCH (c)-[:INVOLVES]->(x) WHERE x:Project OR x:Park RETURN {name: x.name, project: x:Project, park: x:Park, reports: x.reports} } AS things
UNWIND ats AS at
WITH c, at.place AS place, size(ats) AS n, at.here AS here, [x IN at.here | x.id] AS ids, things
RETURN c.name AS company,
       place,
       n AS places,
       COLLECT { UNWIND here AS x WITH x.district AS d WHERE d IS NOT NULL RETURN DISTINCT d ORDER BY d } AS districts,
       COLLECT { UNWIND things AS x WITH x WHERE x.project AND any(rid IN x.reports WHERE rid IN ids) RETURN DISTINCT x.name AS x ORDER BY x } AS projects,
       COLLECT { UNWIND things AS x WITH x WHERE x.park AND any(rid IN x.reports WHERE rid IN ids) RETURN DISTINCT x.name AS x ORDER BY x } AS parks,
       COLLECT { UNWIND ids AS rid RETURN rid ORDER BY rid } AS reports
ORDER BY n DESC, company, place
