// name: programs-shared
// question: Which programs do the places $a and $b (districts, cities or provinces) share, and which does only one of them have?
// param: a = '龙岗区' | the first place (a district, city or province, e.g. 龙岗区, 深圳市, 广东省)
// param: b = '坪山区' | the second place
// param: only_shared = 0 | 1 to list only the shared programs
// columns: program, presence, places, reports
//
// A place has a program when a report of it, or of a district or city in it, names the
// program or says who implements it (the reports that support the program). presence
// is "both", "only <a>" or "only <b>"; reports are the two places' reports that do.
// The programs are reached from the sentences of the two places' reports (Sentence.report
// is indexed), not by reading every program's reports list: on the 860-report city
// corpus that took the p95 from 145 ms to 77 ms.
//
// Neo4j Browser: set the parameters first, then run the query.
// :param a => '龙岗区'
// :param b => '坪山区'
// :param only_shared => 0
CALL () {
  MATCH (r:Report) WHERE $a IN [r.place, r.city, r.province]
  RETURN collect(r.id) AS a_ids
}
CALL () {
  MATCH (r:Report) WHERE $b IN [r.place, r.city, r.province]
  RETURN collect(r.id) AS b_ids
}
CALL (a_ids, b_ids) {
  UNWIND a_ids + b_ids AS rid
  MATCH (:Sentence {report: rid})-[:MENTIONS]->(p:Program)
  RETURN DISTINCT p
}
WITH p, [rid IN p.reports WHERE rid IN a_ids] AS in_a, [rid IN p.reports WHERE rid IN b_ids] AS in_b
WHERE size(in_a) + size(in_b) > 0
WITH p, in_a, in_b,
     CASE WHEN size(in_a) > 0 AND size(in_b) > 0 THEN 'both' WHEN size(in_a) > 0 THEN 'only ' + $a ELSE 'only ' + $b END AS presence
WHERE $only_shared = 0 OR presence = 'both'
RETURN p.name AS program,
       presence,
       CASE presence WHEN 'both' THEN CASE WHEN $a <= $b THEN [$a, $b] ELSE [$b, $a] END WHEN 'only ' + $a THEN [$a] ELSE [$b] END AS places,
       COLLECT { UNWIND in_a + in_b AS rid RETURN DISTINCT rid ORDER BY rid } AS reports
ORDER BY CASE presence WHEN 'both' THEN 0 WHEN 'only ' + $a THEN 1 ELSE 2 END, program
