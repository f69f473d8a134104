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
// Each company's projects and parks are read once, in name order, and then filtered per
// place (on the 860-report corpus: 42 thousand db hits instead of 205 thousand); a
// place's report ids are collected in id order, so that only the districts need a
// sorting subquery per row (the server's part 57 → 43 ms on that corpus, the same rows).
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
WITH c, place, r ORDER BY r.id
WITH c, place, collect(r.id) AS ids, collect(r.district) AS ds
WITH c, collect({place: place, ids: ids, ds: ds}) AS ats
WHERE size(ats) >= $min_places
WITH c, ats,
     COLLECT { MATCH (c)-[:INVOLVES]->(x:Project) RETURN {name: x.name, reports: x.reports} AS x ORDER BY x.name } AS projects,
     COLLECT { MATCH (c)-[:INVOLVES]->(x:Park) RETURN {name: x.name, reports: x.reports} AS x ORDER BY x.name } AS parks
UNWIND ats AS at
WITH c, at, size(ats) AS n, projects, parks
RETURN c.name AS company,
       at.place AS place,
       n AS places,
       COLLECT { UNWIND at.ds AS d WITH d WHERE d IS NOT NULL RETURN DISTINCT d ORDER BY d } AS districts,
       reduce(acc = [], x IN [x IN projects WHERE any(rid IN x.reports WHERE rid IN at.ids) | x.name] | CASE WHEN size(acc) > 0 AND acc[-1] = x THEN acc ELSE acc + x END) AS projects,
       reduce(acc = [], x IN [x IN parks WHERE any(rid IN x.reports WHERE rid IN at.ids) | x.name] | CASE WHEN size(acc) > 0 AND acc[-1] = x THEN acc ELSE acc + x END) AS parks,
       at.ids AS reports
ORDER BY n DESC, company, place
