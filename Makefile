# govkg — the two set-up commands of the README are `make demo` and `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
GO      ?= go
BIN     := bin/govkg
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
export NEO4J_URI ?=

.PHONY: all build demo test unit fuzz tidy neo4j neo4j-stop eval bench fmt vet clean

all: build

build:
	$(GO) build -trimpath -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/govkg

# Start the project's own Neo4j unless NEO4J_URI points somewhere else.
neo4j:
	@if [ -z "$(NEO4J_URI)" ]; then scripts/neo4j start; else echo "using NEO4J_URI=$(NEO4J_URI)"; fi

neo4j-stop:
	scripts/neo4j stop

# The main job end to end: a real Neo4j, the five reports, saved queries answered.
demo: build neo4j
	scripts/demo

# Every test, integration tests against the real Neo4j included. Packages run one at a
# time (-p 1) because the integration tests share the one database of Neo4j Community.
# GOVKG_IMPORT_TEST: ports of a scratch Neo4j that the neo4j-admin CSV import test starts.
GOVKG_IMPORT_TEST ?= 17688:17475
export GOVKG_IMPORT_TEST

test: neo4j tidy
	$(GO) vet ./...
	NEO4J_URI="$${NEO4J_URI:-bolt://127.0.0.1:7687}" $(GO) test -p 1 -count=1 -timeout 30m ./...
	$(MAKE) fuzz

# Bounded fuzzing of the reader and the extractor, seeded with their f.Add inputs (the
# seed reports and the hostile shapes of issue 17) and testdata/fuzz; a crash is saved
# there as a new regression input. FUZZTIME per target (about a minute in all, with the
# instrumented builds).
FUZZTIME ?= 15s
fuzz:
	$(GO) test -run='^$$' -fuzz='^FuzzParse$$' -fuzztime=$(FUZZTIME) ./extract/document/
	$(GO) test -run='^$$' -fuzz='^FuzzExtract$$' -fuzztime=$(FUZZTIME) ./extract/

# go.mod and go.sum must be what go mod tidy writes (direct dependencies not marked
# indirect, no stale sums); run `go mod tidy` to fix.
tidy:
	$(GO) mod tidy -diff

# Unit tests only: no database needed.
unit:
	$(GO) test -short ./...

eval: build
	$(BIN) eval testdata/gold

bench: build neo4j
	scripts/bench

fmt:
	gofmt -w $$(git ls-files '*.go')

vet:
	$(GO) vet ./...

clean:
	rm -rf bin
