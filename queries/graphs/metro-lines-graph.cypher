// name: metro-lines-graph
// question: Which metro lines are named by the reports of at least $min_districts districts, drawn as a graph: each district, its report, and the status the report gives the line (or, without one, the sentence that names it)?
// param: min_districts = 2 | fewest districts whose reports must name the line
// columns: about, links
//
// Neo4j Browser: set the parameters first, then run the query.
// :param min_districts => 2
MATCH (m:MetroLine)
WHERE size(COLLECT { UNWIND m.reports AS rid MATCH (:Report {id: rid})-[:ABOUT]->(d:District) RETURN DISTINCT d }) >= $min_districts
UNWIND m.reports AS rid
MATCH about = (r:Report {id: rid})-[:ABOUT]->(:District)
WITH m, r, about, COLLECT { MATCH p = (r)-[:STATUS]->(m) RETURN p } AS statuses
RETURN about,
       CASE WHEN statuses = []
            THEN COLLECT { MATCH p = (r)-[:HAS_SENTENCE]->(s:Sentence)-[:MENTIONS]->(m) RETURN p ORDER BY s.id LIMIT 1 }
            ELSE statuses END AS links
