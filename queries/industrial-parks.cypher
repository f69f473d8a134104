// name: industrial-parks
// question: Which industrial parks have companies or projects, in which places (districts, cities or provinces: $level), and which companies and projects are they?
// param: place = '' | only parks located in or named by this place or places in it (a district, city or province, e.g. 坪山区, 常州市); empty for all
// param: level = 'district' | the level of the places shown: district (a city's own report counts for the city), city or province
// param: limit = 100 | most parks returned, those with the most companies and projects first
// choices: level = district, city, province
// columns: park, places, companies, projects, reports
//
// Neo4j Browser: set the parameters first, then run the query.
// :param place => ''
// :param level => 'district'
// :param limit => 100
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
WITH k WHERE k.kind = 'industrial'
WITH k,
     COLLECT { MATCH (c:Company)-[:INVOLVES]->(k) RETURN DISTINCT c.name AS n ORDER BY n } AS companies,
     COLLECT {
       CALL (k) {
         MATCH (p:Project)-[:IN_PARK]->(k) RETURN p.name AS n
         UNION
         MATCH (k)<-[:LOCATED_IN]-(p:Project) RETURN p.name AS n
       }
       RETURN DISTINCT n ORDER BY n
     } AS projects
WHERE size(companies) + size(projects) > 0
WITH k, companies, projects ORDER BY size(companies) + size(projects) DESC, k.name LIMIT $limit
RETURN k.name AS park,
       COLLECT {
         CALL (k) {
           MATCH (k)-[:LOCATED_IN]->(d:Entity) WHERE d:District OR d:City
           RETURN [d.name, coalesce(d.city, d.name), coalesce(d.province, d.name)] AS at
           UNION
           UNWIND k.reports AS rid MATCH (r:Report {id: rid})
           RETURN [r.place, r.city, r.province] AS at
         }
         WITH CASE $level WHEN 'city' THEN at[1] WHEN 'province' THEN at[2] ELSE at[0] END AS p
         WHERE p IS NOT NULL
         RETURN DISTINCT p ORDER BY p
       } AS places,
       companies, projects,
       k.reports AS reports
ORDER BY size(companies) + size(projects) DESC, park
