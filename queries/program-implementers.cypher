// name: program-implementers
// question: Who implements the program $program (matched by name or alias): which districts or cities, grouped by the place of the report that says so ($level), through which projects, with the sentences that say so?
// param: program = '百千万工程' | the program's name or one of its aliases
// param: level = 'district' | the level the reports' places are grouped at: district (a city's own report counts for the city), city or province
// param: max_evidence = 5 | most evidence sentences shown per place
// choices: level = district, city, province
// columns: program, place, implementers, projects, reports, evidence
//
// Neo4j Browser: set the parameters first, then run the query.
// :param program => '百千万工程'
// :param level => 'district'
// :param max_evidence => 5
CALL () {
  MATCH (p:Entity {name: $program}) WHERE p:Program RETURN p
  UNION
  MATCH (p:Program) WHERE $program IN p.aliases RETURN p
}
MATCH (x:Entity)-[r:IMPLEMENTS|PART_OF]->(p)
WHERE x <> p
UNWIND range(0, size(r.evidence_reports) - 1) AS i
WITH p, x, r, r.evidence_reports[i] AS rid, r.evidence_sentences[i] AS sid
MATCH (rep:Report {id: rid})
WITH p, CASE $level WHEN 'city' THEN rep.city WHEN 'province' THEN rep.province ELSE rep.place END AS place, x, r, rid, sid
WITH p, place,
     collect(DISTINCT CASE WHEN type(r) = 'IMPLEMENTS' THEN x.name END) AS implementers,
     collect(DISTINCT CASE WHEN type(r) = 'PART_OF' THEN x.name END) AS projects,
     collect(DISTINCT rid) AS reports,
     collect(DISTINCT sid) AS sids
RETURN p.name AS program,
       place,
       COLLECT { UNWIND implementers AS n RETURN n ORDER BY n } AS implementers,
       COLLECT { UNWIND projects AS n RETURN n ORDER BY n } AS projects,
       COLLECT { UNWIND reports AS n RETURN n ORDER BY n } AS reports,
       COLLECT { UNWIND sids AS sid MATCH (s:Sentence {id: sid}) RETURN s.text AS t ORDER BY s.id LIMIT $max_evidence } AS evidence
ORDER BY program, place
