// govkg export: run after the neo4j-admin import (govkg cypher --write -f after-import.cypher)
// to restore the empty list properties the import cannot express.
MATCH (n:Term) WHERE n.aliases IS NULL SET n.aliases = [];
MATCH ()-[r:LOCATED_IN]->() WHERE r.evidence_ends IS NULL SET r.evidence_ends = [];
MATCH ()-[r:LOCATED_IN]->() WHERE r.evidence_reports IS NULL SET r.evidence_reports = [];
MATCH ()-[r:LOCATED_IN]->() WHERE r.evidence_sentences IS NULL SET r.evidence_sentences = [];
MATCH ()-[r:LOCATED_IN]->() WHERE r.evidence_starts IS NULL SET r.evidence_starts = [];
