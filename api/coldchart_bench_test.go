package api_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"testing"
	"time"

	"govgraph/api"
	"govgraph/graph"
	"govgraph/graph/neo4j"
)

// BenchmarkColdBottleneckChart times GET /charts/bottleneck with empty
// caches: the unit network, the tasks behind it and the analytics, computed
// once per iteration by a new handler over the same loaded store, and
// reports the median, fastest and slowest answer. Skipped unless
// GOVGRAPH_LOAD=1 (knobs as for BenchmarkStoreLoad). On Neo4j the corpus
// must be imported already (`govgraph import`), and reads may take up to
// 10 minutes, so that a slow answer is measured rather than cut off:
//
//	NEO4J_URI=bolt://... govgraph import --tables seeds DIR/*.txt
//	GOVGRAPH_LOAD=1 GOVGRAPH_CORPUS=DIR NEO4J_URI=bolt://... \
//	  go test -run '^$' -bench ColdBottleneckChart -benchtime 3x ./api/
func BenchmarkColdBottleneckChart(b *testing.B) {
	s := loadEnv(b)
	docs := loadDocuments(b, s.corpus)
	ctx := context.Background()
	var store graph.Store
	if s.neo4jURI == "" {
		store = openLoadStore(b, s, docs)
		for _, d := range docs {
			if _, err := store.Import(ctx, d); err != nil {
				b.Fatalf("import %s: %v", d.Meta.ID, err)
			}
		}
	} else {
		n4j, err := neo4j.Open(ctx, neo4j.Config{URI: s.neo4jURI, User: os.Getenv("NEO4J_USER"), Password: os.Getenv("NEO4J_PASSWORD"),
			Database: os.Getenv("NEO4J_DATABASE"), QueryTimeout: 10 * time.Minute})
		if err != nil {
			b.Fatal(err)
		}
		defer n4j.Close()
		counts, err := n4j.Counts(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if counts.Documents != len(docs) {
			b.Fatalf("Neo4j holds %d documents, the corpus %d: import the corpus alone first", counts.Documents, len(docs))
		}
		store = n4j
	}
	cfg := api.Config{Store: store, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), RequestTimeout: 10 * time.Minute}
	var times []time.Duration
	for b.Loop() {
		start := time.Now()
		rec := httptest.NewRecorder()
		api.NewHandler(cfg).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/v1/charts/bottleneck", nil))
		if rec.Code != http.StatusOK {
			b.Fatalf("GET /charts/bottleneck: %d %.300s", rec.Code, rec.Body)
		}
		times = append(times, time.Since(start))
	}
	slices.Sort(times)
	b.ReportMetric(times[len(times)/2].Seconds(), "median-s")
	b.ReportMetric(times[0].Seconds(), "min-s")
	b.ReportMetric(times[len(times)-1].Seconds(), "max-s")
}
