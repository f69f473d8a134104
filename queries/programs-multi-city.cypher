// name: programs-multi-city
// question: Which programs are named by the reports of at least $min_places cities (or districts or provinces: $level), which places are they, and which districts and cities implement them?
// param: program = '' | only this program (its name or an alias, e.g. 百千万工程); empty for all
// param: min_places = 2 | fewest places whose reports must name the program
// param: level = 'city' | the level places are counted at: city (a district's report counts for its city), province, or district (a city's own report counts for the city)
// param: limit = 100 | most programs returned, those named by the most places first
// choices: level = district, city, province
// columns: program, places, implementers, reports, years
//
// A city names a program when its own report or a report of one of its districts does.
//
// Neo4j Browser: set the parameters first, then run the query.
// :param program => ''
// :param min_places => 2
// :param level => 'city'
// :param limit => 100
MATCH (p:Program)
WHERE size(p.reports) >= $min_places AND ($program = '' OR p.name = $program OR $program IN p.aliases)
UNWIND p.reports AS rid
WITH rid, collect(p) AS programs
MATCH (r:Report {id: rid})
WITH CASE $level WHEN 'city' THEN r.city WHEN 'province' THEN r.province ELSE r.place END AS place,
     coalesce(r.plan_year, r.year) AS year, programs
WHERE place IS NOT NULL
UNWIND programs AS p
WITH p, collect(DISTINCT place) AS places, collect(DISTINCT year) AS years
WHERE size(places) >= $min_places
WITH p, places, years ORDER BY size(places) DESC, p.name LIMIT $limit
RETURN p.name AS program,
       COLLECT { UNWIND places AS x RETURN x ORDER BY x } AS places,
       COLLECT { MATCH (x:Entity)-[:IMPLEMENTS]->(p) WHERE x:District OR x:City RETURN DISTINCT x.name AS n ORDER BY n } AS implementers,
       size(p.reports) AS reports,
       COLLECT { UNWIND years AS y RETURN y ORDER BY y } AS years
ORDER BY size(places) DESC, program
