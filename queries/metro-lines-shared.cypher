// name: metro-lines-shared
// question: Which metro lines are named by the reports of at least $min_districts districts, with those districts, the sections they name and the places the lines serve?
// param: min_districts = 2 | fewest districts whose reports must name the line
// columns: line, districts, sections, serves, reports
//
// Neo4j Browser: set the parameters first, then run the query.
// :param min_districts => 2
MATCH (m:MetroLine)
WITH m, COLLECT { UNWIND m.reports AS rid MATCH (r:Report {id: rid}) RETURN DISTINCT r.district AS d ORDER BY d } AS districts
WHERE size(districts) >= $min_districts
RETURN m.name AS line,
       districts,
       COLLECT {
         CALL (m) {
           MATCH (:Sentence)-[x:MENTIONS]->(m) RETURN x.section AS s
           UNION
           MATCH (m)-[x:SERVES]->() RETURN x.section AS s
         }
         WITH s WHERE s IS NOT NULL RETURN DISTINCT s ORDER BY s
       } AS sections,
       COLLECT { MATCH (m)-[:SERVES]->(p:Entity) RETURN DISTINCT p.name AS p ORDER BY p } AS serves,
       COLLECT { UNWIND m.reports AS rid RETURN DISTINCT rid ORDER BY rid } AS reports
ORDER BY size(districts) DESC, line
