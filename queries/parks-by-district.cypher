// name: parks-by-district
// question: How many parks of each kind (industrial park, public park, zone) does each district have, and which are they?
// param: district = '' | only this district (e.g. 坪山区); empty for all
// param: kind = '' | only this kind: industrial, public or zone; empty for all
// columns: district, kind, parks, names
//
// A park counts for the district it is located in (LOCATED_IN), or else for the
// districts whose reports name it.
//
// Neo4j Browser: set the parameters first, then run the query.
// :param district => ''
// :param kind => ''
MATCH (k:Park)
WHERE $kind = '' OR k.kind = $kind
CALL (k) {
  MATCH (k)-[:LOCATED_IN]->(d:District)
  RETURN collect(DISTINCT d.name) AS located
}
CALL (k, located) {
  WITH k, located WHERE size(located) > 0
  UNWIND located AS district RETURN district
  UNION
  WITH k, located WHERE size(located) = 0
  UNWIND k.reports AS rid
  MATCH (r:Report {id: rid})
  RETURN DISTINCT r.district AS district
}
WITH district, k
WHERE $district = '' OR district = $district
WITH district, coalesce(k.kind, 'unknown') AS kind, collect(DISTINCT k.name) AS names
RETURN district, kind, size(names) AS parks,
       COLLECT { UNWIND names AS n RETURN n ORDER BY n } AS names
ORDER BY district, kind
