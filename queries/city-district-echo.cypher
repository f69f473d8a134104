// name: city-district-echo
// question: What do a city's report and the reports of its districts both name in the same year (projects, parks, metro lines, programs, companies, institutions), in which districts, with a sentence from each side?
// param: city = '' | only this city (e.g. 常州市); empty for all
// param: year = 0 | only this plan year; 0 for all
// param: type = '' | only this entity type (Project, Park, MetroLine, Program, Company, Institution); empty for all
// columns: city, year, type, name, districts, city_report, district_reports, city_sentence, district_sentence
//
// The year is the plan year of the reports (a report of 2025 reviews 2024 and plans
// 2025); the city's report and its districts' reports of one year are compared.
//
// Neo4j Browser: set the parameters first, then run the query.
// :param city => ''
// :param year => 0
// :param type => ''
MATCH (d:Report {level: 'district'})
WHERE ($city = '' OR d.city = $city) AND ($year = 0 OR d.plan_year = $year)
WITH d.city AS city, d.plan_year AS year, collect(d) AS ds
MATCH (c:Report {city: city})
WHERE c.level = 'city' AND c.plan_year = year
MATCH (c)-[:HAS_SENTENCE]->(cs:Sentence)-[:MENTIONS]->(e:Entity)
WHERE e.type IN ['Project', 'Park', 'MetroLine', 'Program', 'Company', 'Institution']
  AND ($type = '' OR e.type = $type)
WITH c, ds, e, min(cs.index) AS first
WITH c, e, first, [d IN ds WHERE d.id IN e.reports] AS here
WHERE size(here) > 0
WITH c, e, first, here, [d IN here | d.id] AS dids
RETURN c.city AS city,
       c.plan_year AS year,
       e.type AS type,
       e.name AS name,
       COLLECT { UNWIND here AS d RETURN DISTINCT d.district AS n ORDER BY n } AS districts,
       c.id AS city_report,
       COLLECT { UNWIND dids AS rid RETURN rid ORDER BY rid } AS district_reports,
       COLLECT { MATCH (s:Sentence {report: c.id, index: first}) RETURN s.text AS t }[0] AS city_sentence,
       COLLECT { MATCH (s:Sentence)-[:MENTIONS]->(e) WHERE s.report IN dids RETURN s.text AS t ORDER BY s.report, s.index LIMIT 1 }[0] AS district_sentence
ORDER BY city, year, type, name
