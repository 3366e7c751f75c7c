package neo4j

import (
	"context"

	"govgraph/graph"
)

// ReadCypherUnchecked runs a console query without its plan check, so that
// tests can show the read transaction refusing writes on its own.
func (s *Store) ReadCypherUnchecked(ctx context.Context, query string, params map[string]any, maxRows int) (*graph.CypherResult, error) {
	return s.readCypher(ctx, query, params, maxRows, false)
}

// ImporterJVMFlags exposes the importer's JVM flags for a home.
var ImporterJVMFlags = importerJVMFlags
