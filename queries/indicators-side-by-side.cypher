// name: indicators-side-by-side
// question: How do districts and cities compare on an indicator (GDP by default): the reported value and growth for each year, next to the growth target set for that year?
// param: metric = '地区生产总值' | the indicator, e.g. 地区生产总值 (GDP), 固定资产投资, 社会消费品零售总额; empty for all
// param: place = '' | only this place and the places in it (a district, city or province, e.g. 龙岗区, 深圳市, 广东省); empty for all
// columns: metric, place, level, year, value, unit, growth_pct, target_growth_pct, reports
//
// place is the district or city the values are of (level says which); a city's own
// report gives the city's values. growth_pct is what a report says was achieved in that
// year; target_growth_pct what a report set as the target for that year (often an
// earlier report). Values are as written in the report (text), so nothing is lost to
// rounding.
//
// Neo4j Browser: set the parameters first, then run the query.
// :param metric => '地区生产总值'
// :param place => ''
MATCH (d:Entity)-[:HAS_INDICATOR]->(i:Indicator)
WHERE (d:District OR d:City)
  AND ($metric = '' OR i.metric = $metric)
  AND ($place = '' OR $place IN [d.name, d.city, d.province])
WITH i.metric AS metric, d.name AS place, CASE WHEN d:City THEN 'city' ELSE 'district' END AS level, i.year AS year, collect(i) AS values
WITH metric, place, level, year,
     [v IN values WHERE v.kind = 'actual'] AS actual,
     [v IN values WHERE v.kind = 'target'] AS target,
     COLLECT { UNWIND values AS v RETURN DISTINCT v.report AS r ORDER BY r } AS reports
RETURN metric, place, level, year,
       actual[0].value AS value,
       actual[0].unit AS unit,
       actual[0].growth_pct AS growth_pct,
       target[0].growth_pct AS target_growth_pct,
       reports
ORDER BY metric, year, level, place
