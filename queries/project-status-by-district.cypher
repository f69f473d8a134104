// name: project-status-by-district
// question: How many projects, parks and metro lines does each district report per year and status, achieved (done) versus planned (promised), and which are they?
// param: district = '' | only this district (canonical name, e.g. 龙岗区); empty for all
// param: year = 0 | only this status year; 0 for all
// columns: district, year, status, stance, items, names
//
// Neo4j Browser: set the parameters first, then run the query.
// :param district => ''
// :param year => 0
MATCH (r:Report)
WHERE $district = '' OR r.district = $district
WITH r, r.district AS district
MATCH (r)-[s:STATUS]->(x)
WITH district, s.year AS year, s.status AS status, s.stance AS stance, x
WHERE $year = 0 OR year = $year
WITH district, year, status, stance, collect(DISTINCT x) AS xs
WITH district, year, status, stance, [e IN xs | e.name] AS names
RETURN district, year, status, stance, size(names) AS items,
       COLLECT { UNWIND names AS n RETURN n ORDER BY n } AS names
ORDER BY district, year, stance, status
