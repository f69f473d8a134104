// name: new-entities
// question: What does the latest report of the place $place (a district, or a city for its own reports) name that none of its earlier reports named?
// param: place = '龙岗区' | the place whose reports are compared: a district (canonical name), or a city (深圳市) for the city's own reports
// param: type = '' | only entities of this type (Project, Park, MetroLine, Company, Program, …); empty for all
// columns: place, latest_report, earlier_reports, type, name, first_sentence
//
// Nothing is returned for a place with a single report: there is nothing to compare.
//
// Neo4j Browser: set the parameters first, then run the query.
// :param place => '龙岗区'
// :param type => ''
MATCH (r:Report {place: $place})
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
RETURN $place AS place,
       latest.id AS latest_report,
       COLLECT { UNWIND earlier AS x RETURN x ORDER BY x } AS earlier_reports,
       e.type AS type,
       e.name AS name,
       first_sentence
ORDER BY type, name
