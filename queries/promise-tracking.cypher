// name: promise-tracking
// question: What did a place's report plan for year N, and did a later report of the same place (district, city or province: $level) report it started, completed or operating, only mention it again, or never mention it again?
// param: place = '' | only reports of this place or of places in it (a district, city or province, e.g. 龙岗区, 深圳市); empty for all
// param: level = 'district' | which reports count as the same place's: district (a report's own district, or a city's own report for the city), city or province
// param: year = 0 | only promises for this plan year N; 0 for all
// choices: level = district, city, province
// columns: place, item, type, planned_in, plan_year, planned_status, outcome, later_report, later_status, later_evidence
//
// outcome is one of: done (a later report says completed or operating), progressed
// (started, under construction, topped out or landed), planned again (later reports
// only plan it again), mentioned (named but given no status), not mentioned again.
// Only reports followed by a later report of the same place are considered; with
// level=city a district's promise may be kept in its city's later report.
//
// Neo4j Browser: set the parameters first, then run the query.
// :param place => ''
// :param level => 'district'
// :param year => 0
MATCH (r:Report)
WITH CASE $level WHEN 'city' THEN r.city WHEN 'province' THEN r.province ELSE r.place END AS place, r
WHERE place IS NOT NULL
WITH place, collect(r) AS reports
UNWIND reports AS r1
WITH place, reports, r1, coalesce(r1.plan_year, r1.year + 1) AS t1
WHERE $place = '' OR $place IN [r1.place, r1.city, r1.province]
WITH place, r1, [r2 IN reports WHERE coalesce(r2.plan_year, r2.year + 1) > t1 | r2.id] AS later
WHERE size(later) > 0
MATCH (r1)-[s1:STATUS {stance: 'planned'}]->(x:Entity)
WHERE $year = 0 OR s1.year = $year
WITH place, r1, later, x, min(s1.year) AS plan_year, collect(DISTINCT s1.status) AS planned
CALL (x, later) {
  OPTIONAL MATCH (r2:Report)-[s2:STATUS]->(x)
  WHERE r2.id IN later
  WITH r2, s2,
       CASE
         WHEN s2 IS NULL THEN 9
         WHEN s2.stance = 'achieved' AND s2.status IN ['completed', 'operating'] THEN 1
         WHEN s2.stance = 'achieved' THEN 2
         ELSE 3
       END AS rank
  ORDER BY rank, r2.id DESC, s2.sentence
  LIMIT 1
  RETURN rank, r2.id AS later_report,
         CASE WHEN s2 IS NULL THEN null ELSE s2.status + ' (' + s2.stance + ', ' + toString(s2.year) + ')' END AS later_status,
         s2.sentence AS sid
}
WITH place, r1, x, plan_year, planned, later, later_report, later_status, sid,
     [rid IN later WHERE rid IN x.reports] AS mentioned_in,
     rank
WITH place, r1, x, plan_year, planned, later_status, mentioned_in,
     CASE WHEN rank = 9 AND size(mentioned_in) > 0 THEN 4 WHEN rank = 9 THEN 5 ELSE rank END AS rank,
     coalesce(later_report, mentioned_in[0]) AS later_report,
     coalesce(sid, COLLECT { MATCH (s:Sentence)-[:MENTIONS]->(x) WHERE s.report IN mentioned_in RETURN s.id AS id ORDER BY id }[0]) AS sid
RETURN place,
       x.name AS item,
       x.type AS type,
       r1.id AS planned_in,
       plan_year,
       COLLECT { UNWIND planned AS p RETURN p ORDER BY p } AS planned_status,
       ['done', 'progressed', 'planned again', 'mentioned', 'not mentioned again'][rank - 1] AS outcome,
       later_report,
       later_status,
       COLLECT { MATCH (s:Sentence {id: sid}) RETURN s.text AS t }[0] AS later_evidence
ORDER BY place, planned_in, rank, item
