// name: project-status-by-district
// question: How many projects, parks and metro lines does each place (district, city or province: $level) report per year and status, achieved (done) versus planned (promised), and which are they?
// param: place = '' | only reports of this place or of places in it (a district, city or province, e.g. 龙岗区, 深圳市, 广东省); empty for all
// param: level = 'district' | the level the reports are grouped at: district (a city's own report counts for the city), city or province
// param: year = 0 | only this status year; 0 for all
// choices: level = district, city, province
// columns: place, year, status, stance, items, names
//
// Neo4j Browser: set the parameters first, then run the query.
// :param place => ''
// :param level => 'district'
// :param year => 0
MATCH (r:Report)
WHERE $place = '' OR $place IN [r.place, r.city, r.province]
WITH r, CASE $level WHEN 'city' THEN r.city WHEN 'province' THEN r.province ELSE r.place END AS place
WHERE place IS NOT NULL
MATCH (r)-[s:STATUS]->(x)
WITH place, s.year AS year, s.status AS status, s.stance AS stance, x
WHERE $year = 0 OR year = $year
WITH place, year, status, stance, collect(DISTINCT x) AS xs
WITH place, year, status, stance, [e IN xs | e.name] AS names
RETURN place, year, status, stance, size(names) AS items,
       COLLECT { UNWIND names AS n RETURN n ORDER BY n } AS names
ORDER BY place, year, stance, status
