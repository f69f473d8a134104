// Package reloadtest holds the tests that load govkg's exports into a fresh Neo4j and
// expect the same graph back: the CSV export through the real neo4j-admin import, the
// Cypher export through govkg cypher. They run a scratch Neo4j of their own on ports
// chosen free at run time, so they need neither the test server nor its lock, and go
// test runs them beside the packages that take turns on the test server. The package
// has no code of its own.
package reloadtest
