// name: companies-multi-district
// question: Which companies are named in the reports of at least $min_districts districts, with the projects and parks they are involved in?
// param: min_districts = 2 | fewest districts whose reports must name the company
// columns: company, districts, projects, parks, reports
//
// Neo4j Browser: set the parameters first, then run the query.
// :param min_districts => 2
MATCH (c:Company)
WHERE size(c.reports) >= $min_districts
WITH c, COLLECT { UNWIND c.reports AS rid MATCH (r:Report {id: rid}) RETURN DISTINCT r.district AS d ORDER BY d } AS districts
WHERE size(districts) >= $min_districts
RETURN c.name AS company,
       districts,
       COLLECT { MATCH (c)-[:INVOLVES]->(p:Project) RETURN DISTINCT p.name AS p ORDER BY p } AS projects,
       COLLECT {
         CALL (c) {
           MATCH (c)-[:INVOLVES]->(k:Park) RETURN k.name AS k
           UNION
           MATCH (c)-[:INVOLVES]->(:Project)-[:IN_PARK]->(k:Park) RETURN k.name AS k
         }
         RETURN DISTINCT k ORDER BY k
       } AS parks,
       COLLECT { UNWIND c.reports AS rid RETURN DISTINCT rid ORDER BY rid } AS reports
ORDER BY size(districts) DESC, company
