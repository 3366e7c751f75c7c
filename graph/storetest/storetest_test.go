package storetest_test

import (
	"testing"

	"govgraph/graph"
	"govgraph/graph/embedded"
	"govgraph/graph/storetest"
)

// TestSuite runs the suite on the embedded store in memory only, so that
// the suite itself is exercised where it lives; graph/embedded runs it on
// a persisted store and graph/neo4j on a real server.
func TestSuite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) graph.Store {
		s, err := embedded.Open("")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}
