// name: programs-shared
// question: Which programs do the places $a and $b (districts, cities or provinces) share, and which does only one of them have?
// param: a = '龙岗区' | the first place (a district, city or province, e.g. 龙岗区, 深圳市, 广东省)
// param: b = '坪山区' | the second place
// param: only_shared = 0 | 1 to list only the shared programs
// columns: program, presence, places, reports
//
// A place has a program when it, or a district or city in it, implements it
// (IMPLEMENTS), or when a report of it or of a place in it names it. presence is
// "both", "only <a>" or "only <b>".
//
// Neo4j Browser: set the parameters first, then run the query.
// :param a => '龙岗区'
// :param b => '坪山区'
// :param only_shared => 0
UNWIND [$a, $b] AS place
CALL (place) {
  MATCH (d:Entity)-[:IMPLEMENTS]->(p:Program)
  WHERE (d:District OR d:City) AND place IN [d.name, d.city, d.province]
  RETURN p
  UNION
  MATCH (r:Report) WHERE place IN [r.place, r.city, r.province]
  MATCH (r)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(p:Program)
  RETURN p
}
WITH p, collect(DISTINCT place) AS places
WITH p, places,
     CASE WHEN size(places) = 2 THEN 'both' ELSE 'only ' + places[0] END AS presence
WHERE $only_shared = 0 OR presence = 'both'
RETURN p.name AS program,
       presence,
       COLLECT { UNWIND places AS d RETURN d ORDER BY d } AS places,
       COLLECT {
         UNWIND p.reports AS rid
         MATCH (r:Report {id: rid}) WHERE any(x IN places WHERE x IN [r.place, r.city, r.province])
         RETURN rid ORDER BY rid
       } AS reports
ORDER BY CASE presence WHEN 'both' THEN 0 WHEN 'only ' + $a THEN 1 ELSE 2 END, program
