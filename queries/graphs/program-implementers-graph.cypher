// name: program-implementers-graph
// question: Who implements the program $program (matched by name or alias), drawn as a graph: the districts that implement it and the projects that are part of it?
// param: program = '百千万工程' | the program's name or one of its aliases
// columns: link
//
// Neo4j Browser: set the parameters first, then run the query.
// :param program => '百千万工程'
MATCH (p:Program)
WHERE p.name = $program OR $program IN p.aliases
MATCH link = (x:Entity)-[:IMPLEMENTS|PART_OF]->(p)
WHERE x <> p
RETURN link
