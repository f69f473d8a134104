// name: industrial-parks
// question: Which industrial parks have companies or projects, in which district, and which companies and projects are they?
// param: district = '' | only parks located in or named by this district (e.g. 坪山区); empty for all
// param: limit = 100 | most parks returned, those with the most companies and projects first
// columns: park, districts, companies, projects, reports
//
// Neo4j Browser: set the parameters first, then run the query.
// :param district => ''
// :param limit => 100
MATCH (k:Park {kind: 'industrial'})
WITH k,
     COLLECT { MATCH (c:Company)-[:INVOLVES]->(k) RETURN DISTINCT c.name AS n ORDER BY n } AS companies,
     COLLECT {
       CALL (k) {
         MATCH (p:Project)-[:IN_PARK]->(k) RETURN p.name AS n
         UNION
         MATCH (k)<-[:LOCATED_IN]-(p:Project) RETURN p.name AS n
       }
       RETURN DISTINCT n ORDER BY n
     } AS projects
WHERE size(companies) + size(projects) > 0
WITH k, companies, projects,
     COLLECT {
       CALL (k) {
         MATCH (k)-[:LOCATED_IN]->(d:District) RETURN d.name AS n
         UNION
         UNWIND k.reports AS rid MATCH (r:Report {id: rid}) RETURN r.district AS n
       }
       RETURN DISTINCT n ORDER BY n
     } AS districts
WHERE $district = '' OR $district IN districts
RETURN k.name AS park, districts, companies, projects,
       COLLECT { UNWIND k.reports AS rid RETURN rid ORDER BY rid } AS reports
ORDER BY size(companies) + size(projects) DESC, park
LIMIT $limit
