// name: status-graph
// question: What has every report said about the status of the project, park or metro line $name over the years, drawn as a graph: the reports, their districts, and one STATUS arrow per statement, captioned with its year and status?
// param: name = '龙岗国际艺术中心' | the project's, park's or metro line's canonical name or alias
// columns: about, status
//
// Neo4j Browser: set the parameters first, then run the query.
// :param name => '龙岗国际艺术中心'
MATCH (n:Entity)
WHERE (n:Project OR n:Park OR n:MetroLine) AND (n.name = $name OR $name IN n.aliases)
MATCH status = (r:Report)-[:STATUS]->(n)
MATCH about = (r)-[:ABOUT]->(:District)
RETURN about, status
