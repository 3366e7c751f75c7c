package api_test

import (
	"testing"
	"time"
)

// The bulk-loaded cost curve reads its tasks, relationships, parse and
// importer CPU from the line `govgraph import --bulk` ends with.
func TestParseBulkSummary(t *testing.T) {
	line := "5000 documents: 5000 new, 0 replaced, 0 unchanged, 0 failed; 708208 tasks, 3441344 relationships in 1m27.7s " +
		"(neo4j bulk import: parse 41.9s, neo4j-admin 45.8s, its CPU 1m18.8s)\n" +
		"database neo4j of /tmp/home is loaded; start the server\n"
	got, err := parseBulkSummary(line)
	if err != nil {
		t.Fatal(err)
	}
	if got.tasks != 708208 || got.rels != 3441344 || got.parse != 41900*time.Millisecond || got.adminCPU != 78800*time.Millisecond {
		t.Errorf("parseBulkSummary = %+v", got)
	}
	if _, err := parseBulkSummary("3 documents: 3 new; 12 tasks, 40 relationships in 2s (embedded store)\n"); err == nil {
		t.Error("a transactional import's summary was read as a bulk load's")
	}
}
