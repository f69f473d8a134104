// name: promise-tracking
// question: What did a district's report plan for year N, and did a later report of the same district report it started, completed or operating, only mention it again, or never mention it again?
// param: district = '' | only this district (e.g. 龙岗区); empty for all
// param: year = 0 | only promises for this plan year N; 0 for all
// columns: district, item, type, planned_in, plan_year, planned_status, outcome, later_report, later_status, later_evidence
//
// outcome is one of: done (a later report says completed or operating), progressed
// (started, under construction, topped out or landed), planned again (later reports
// only plan it again), mentioned (named but given no status), not mentioned again.
// Only reports followed by a later report of the same district are considered.
//
// Neo4j Browser: set the parameters first, then run the query.
// :param district => ''
// :param year => 0
MATCH (r1:Report)
WHERE $district = '' OR r1.district = $district
WITH r1, coalesce(r1.plan_year, r1.year + 1) AS t1
MATCH (r1)-[s1:STATUS {stance: 'planned'}]->(x:Entity)
WHERE $year = 0 OR s1.year = $year
WITH r1, t1, x, min(s1.year) AS plan_year, collect(DISTINCT s1.status) AS planned
MATCH (r2:Report {district: r1.district})
WHERE coalesce(r2.plan_year, r2.year + 1) > t1
WITH r1, x, plan_year, planned, collect(r2.id) AS later
WHERE size(later) > 0
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
WITH r1, x, plan_year, planned, later, later_report, later_status, sid,
     [rid IN later WHERE rid IN x.reports] AS mentioned_in,
     rank
WITH r1, x, plan_year, planned, later_status, mentioned_in,
     CASE WHEN rank = 9 AND size(mentioned_in) > 0 THEN 4 WHEN rank = 9 THEN 5 ELSE rank END AS rank,
     coalesce(later_report, mentioned_in[0]) AS later_report,
     coalesce(sid, COLLECT { MATCH (s:Sentence)-[:MENTIONS]->(x) WHERE s.report IN mentioned_in RETURN s.id AS id ORDER BY id }[0]) AS sid
RETURN r1.district AS district,
       x.name AS item,
       x.type AS type,
       r1.id AS planned_in,
       plan_year,
       COLLECT { UNWIND planned AS p RETURN p ORDER BY p } AS planned_status,
       ['done', 'progressed', 'planned again', 'mentioned', 'not mentioned again'][rank - 1] AS outcome,
       later_report,
       later_status,
       COLLECT { MATCH (s:Sentence {id: sid}) RETURN s.text AS t }[0] AS later_evidence
ORDER BY district, planned_in, rank, item
