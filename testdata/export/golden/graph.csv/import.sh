#!/bin/sh
# Written by govkg export --format csv. Imports these files into a Neo4j database,
# REPLACING it; the server must be stopped first. NEO4J_ADMIN is the neo4j-admin
# command (default neo4j-admin; e.g. "scripts/neo4j admin"), DATABASE the database
# (default neo4j). Afterwards start Neo4j, run: govkg schema apply, and if there is an
# after-import.cypher (it restores empty list properties): govkg cypher --write -f it.
set -eu
D=$(cd "$(dirname "$0")" && pwd)
exec ${NEO4J_ADMIN:-neo4j-admin} database import full "${DATABASE:-neo4j}" \
  --overwrite-destination \
  --id-type=string \
  --array-delimiter=U+001F \
  --multiline-fields=true \
  --report-file="$D/import.report" \
  --nodes="$D/nodes_District.csv" \
  --nodes="$D/nodes_MetroLine.csv" \
  --nodes="$D/nodes_Project.csv" \
  --nodes="$D/nodes_Report.csv" \
  --nodes="$D/nodes_Sentence.csv" \
  --nodes="$D/nodes_Term.csv" \
  --relationships="$D/rels_ABOUT.csv" \
  --relationships="$D/rels_HAS_SENTENCE.csv" \
  --relationships="$D/rels_LOCATED_IN.csv" \
  --relationships="$D/rels_MENTIONS.csv" \
  --relationships="$D/rels_SERVES.csv" \
  --relationships="$D/rels_STATUS.csv"
