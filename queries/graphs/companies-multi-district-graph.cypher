// name: companies-multi-district-graph
// question: Which companies are named by the reports of at least $min_districts districts, drawn as a graph: each district, its report and the sentence that names the company, and the projects and parks the company is involved in?
// param: min_districts = 2 | fewest districts whose reports must name the company
// columns: about, named, involves
//
// Neo4j Browser: set the parameters first, then run the query.
// :param min_districts => 2
MATCH (c:Company)
WHERE size(COLLECT { UNWIND c.reports AS rid MATCH (:Report {id: rid})-[:ABOUT]->(d:District) RETURN DISTINCT d }) >= $min_districts
UNWIND c.reports AS rid
MATCH about = (r:Report {id: rid})-[:ABOUT]->(:District)
RETURN about,
       COLLECT { MATCH p = (r)-[:HAS_SENTENCE]->(s:Sentence)-[:MENTIONS]->(c) RETURN p ORDER BY s.id LIMIT 1 } AS named,
       COLLECT { MATCH p = (c)-[:INVOLVES|LOCATED_IN]->(:Entity) RETURN p } AS involves
