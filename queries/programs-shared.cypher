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
//
// Neo4j Browser: set the parameters first, then run the query.
// :param a => '龙岗区'
// :param b => '坪山区'
// :param only_shared => 0
UNWIND [$a, $b] AS place
CALL (place) {
  MATCH (r:Report) WHERE place IN [r.place, r.city, r.province]
  RETURN collect(r.id) AS ids
}
MATCH (p:Program) WHERE any(rid IN p.reports WHERE rid IN ids)
WITH p, collect(place) AS places, collect(ids) AS idss
WITH p, places, idss,
     CASE WHEN size(places) = 2 THEN 'both' ELSE 'only ' + places[0] END AS presence
WHERE $only_shared = 0 OR presence = 'both'
RETURN p.name AS program,
       presence,
       COLLECT { UNWIND places AS d RETURN d ORDER BY d } AS places,
       [rid IN p.reports WHERE any(ids IN idss WHERE rid IN ids)] AS reports
ORDER BY CASE presence WHEN 'both' THEN 0 WHEN 'only ' + $a THEN 1 ELSE 2 END, program
