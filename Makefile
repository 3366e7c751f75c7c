# govgraph — `make run` serves the UI on the embedded store with the seeds;
# `make test` runs every test, starting and stopping a local Neo4j itself.
ADDR ?= 127.0.0.1:8080
DATA ?= ./data
GO   ?= go

.PHONY: run build frontend frontend-deps test test-go test-frontend test-e2e check neo4j-start neo4j-stop neo4j-bulk-load bench clean

run: build
	./bin/govgraph serve --addr $(ADDR) --data $(DATA)

build: frontend
	$(GO) build -o bin/govgraph ./cmd/govgraph

frontend-deps: frontend/node_modules/.package-lock.json

frontend/node_modules/.package-lock.json: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund

frontend: frontend-deps
	cd frontend && npm run build

test:
	scripts/test

# The parts of `make test`, for quicker loops.
check:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo "gofmt needed"; exit 1; }
	$(GO) vet ./...

test-go: check
	$(GO) test -count=1 ./...

test-frontend: frontend-deps
	cd frontend && npm test

test-e2e: build
	cd frontend && npm run e2e

neo4j-start:
	scripts/neo4j-local start

neo4j-stop:
	scripts/neo4j-local stop

# A new local database from a corpus, offline (docs/neo4j-local.md), e.g.
# make neo4j-stop neo4j-bulk-load FILES='corpus/*.txt'
neo4j-bulk-load:
	@test -n "$(FILES)" || { echo "usage: make neo4j-bulk-load FILES='DOCUMENT...'"; exit 2; }
	scripts/neo4j-local bulk-load $(FILES)

bench:
	scripts/bench

clean:
	rm -rf bin frontend/node_modules
	find frontend/dist -mindepth 1 ! -name .gitkeep -delete
