// name: new-entities
// question: What does the latest report of district $district name that none of its earlier reports named?
// param: district = '龙岗区' | the district (canonical name)
// param: type = '' | only entities of this type (Project, Park, MetroLine, Company, Program, …); empty for all
// columns: district, latest_report, earlier_reports, type, name, first_sentence
//
// Nothing is returned for a district with a single report: there is nothing to compare.
//
// Neo4j Browser: set the parameters first, then run the query.
// :param district => '龙岗区'
// :param type => ''
MATCH (r:Report {district: $district})
WITH r ORDER BY coalesce(r.plan_year, r.year + 1) DESC, r.id DESC
WITH collect(r) AS reports
WHERE size(reports) > 1
WITH reports[0] AS latest, [x IN reports[1..] | x.id] AS earlier
MATCH (latest)-[:HAS_SENTENCE]->(s:Sentence)-[:MENTIONS]->(e:Entity)
WHERE ($type = '' OR e.type = $type)
  AND e.type <> 'Indicator'
  AND none(rid IN e.reports WHERE rid IN earlier)
WITH latest, earlier, e, s ORDER BY s.index
WITH latest, earlier, e, head(collect(s.text)) AS first_sentence
RETURN $district AS district,
       latest.id AS latest_report,
       COLLECT { UNWIND earlier AS x RETURN x ORDER BY x } AS earlier_reports,
       e.type AS type,
       e.name AS name,
       first_sentence
ORDER BY type, name
