// name: programs-shared
// question: Which programs do districts $a and $b share, and which does only one of them have?
// param: a = '龙岗区' | the first district (canonical name)
// param: b = '坪山区' | the second district (canonical name)
// param: only_shared = 0 | 1 to list only the shared programs
// columns: program, presence, districts, reports
//
// A district has a program when it implements it (IMPLEMENTS) or one of its reports
// names it. presence is "both", "only <a>" or "only <b>".
//
// Neo4j Browser: set the parameters first, then run the query.
// :param a => '龙岗区'
// :param b => '坪山区'
// :param only_shared => 0
UNWIND [$a, $b] AS district
CALL (district) {
  MATCH (d:Entity {name: district})-[:IMPLEMENTS]->(p:Program)
  WHERE d:District
  RETURN p
  UNION
  MATCH (r:Report {district: district})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(p:Program)
  RETURN p
}
WITH p, collect(DISTINCT district) AS districts
WITH p, districts,
     CASE WHEN size(districts) = 2 THEN 'both' ELSE 'only ' + districts[0] END AS presence
WHERE $only_shared = 0 OR presence = 'both'
RETURN p.name AS program,
       presence,
       COLLECT { UNWIND districts AS d RETURN d ORDER BY d } AS districts,
       COLLECT {
         UNWIND p.reports AS rid
         MATCH (r:Report {id: rid}) WHERE r.district IN districts
         RETURN rid ORDER BY rid
       } AS reports
ORDER BY CASE presence WHEN 'both' THEN 0 WHEN 'only ' + $a THEN 1 ELSE 2 END, program
