// Command gencypher writes the saved queries whose Cypher queries/relations.go owns
// into the queries directory; go generate ./queries runs it there.
package main

import (
	"log"
	"os"

	"github.com/govkg/govkg/queries"
)

func main() {
	for name, text := range queries.Generated() {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}
