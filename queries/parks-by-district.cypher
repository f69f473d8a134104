// name: parks-by-district
// question: How many parks of each kind (industrial park, public park, zone) does each place (district, city or province: $level) have, and which are they?
// param: place = '' | only parks in this place or in places in it (a district, city or province, e.g. 坪山区, 深圳市); empty for all
// param: level = 'district' | the level parks are counted at: district (a park a city's report places in no district counts for the city), city or province
// param: kind = '' | only this kind: industrial, public or zone; empty for all
// choices: level = district, city, province
// columns: place, kind, parks, names
//
// A park counts for the place it is located in (LOCATED_IN a district, or a city when
// the city's report names no district), or else for the places whose reports name it.
//
// Neo4j Browser: set the parameters first, then run the query.
// :param place => ''
// :param level => 'district'
// :param kind => ''
CALL () {
  MATCH (r:Report) WHERE $place <> '' AND $place IN [r.place, r.city, r.province]
  RETURN collect(r.id) AS ids
}
CALL (ids) {
  MATCH (k:Park) WHERE $place = '' RETURN k
  UNION
  MATCH (k:Park) WHERE $place <> '' AND any(rid IN k.reports WHERE rid IN ids) RETURN k
  UNION
  MATCH (d:District) WHERE $place <> '' AND $place IN [d.name, d.city, d.province]
  MATCH (d)<-[:LOCATED_IN]-(k:Park) RETURN k
  UNION
  MATCH (d:City) WHERE $place <> '' AND $place IN [d.name, d.province]
  MATCH (d)<-[:LOCATED_IN]-(k:Park) RETURN k
}
WITH k WHERE $kind = '' OR k.kind = $kind
CALL (k) {
  MATCH (k)-[:LOCATED_IN]->(d:Entity) WHERE d:District OR d:City
  RETURN collect(DISTINCT d) AS located
}
CALL (k, located) {
  WITH k, located WHERE size(located) > 0
  UNWIND located AS d
  WITH d WHERE $place = '' OR $place IN [d.name, d.city, d.province]
  RETURN CASE $level WHEN 'city' THEN coalesce(d.city, d.name) WHEN 'province' THEN coalesce(d.province, d.name) ELSE d.name END AS place
  UNION
  WITH k, located WHERE size(located) = 0
  UNWIND k.reports AS rid
  MATCH (r:Report {id: rid})
  WITH r WHERE $place = '' OR $place IN [r.place, r.city, r.province]
  RETURN CASE $level WHEN 'city' THEN r.city WHEN 'province' THEN r.province ELSE r.place END AS place
}
WITH place, k
WHERE place IS NOT NULL
WITH place, coalesce(k.kind, 'unknown') AS kind, collect(DISTINCT k.name) AS names
RETURN place, kind, size(names) AS parks,
       COLLECT { UNWIND names AS n RETURN n ORDER BY n } AS names
ORDER BY place, kind
