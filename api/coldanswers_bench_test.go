package api_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"testing"
	"time"

	"govgraph/api"
	"govgraph/graph"
	"govgraph/graph/neo4j"
)

// BenchmarkColdAnswers times the corpus answers of issue 12 item 8 with
// empty caches: the unit network with each role filter, the unit metrics,
// the bottleneck chart and the comparison of two documents. Every
// iteration builds a new handler (empty response and report caches) over
// the same loaded store and asks one route once; each sub-benchmark reports
// the median, fastest and slowest answer. Skipped unless GOVGRAPH_LOAD=1
// (knobs as for BenchmarkStoreLoad). On Neo4j the corpus must be imported
// already, alone (`govgraph import`); reads may take up to 10 minutes:
//
//	GOVGRAPH_LOAD=1 GOVGRAPH_CORPUS=DIR [NEO4J_URI=bolt://...] \
//	  go test -run '^$' -bench ColdAnswers -benchtime 5x ./api/
func BenchmarkColdAnswers(b *testing.B) {
	s := loadEnv(b)
	docs, store := coldCorpusStore(b, s)
	// Two documents of one jurisdiction, the first in corpus order and the
	// next of its jurisdiction (the seed alone: itself twice).
	from, to := docs[0].Meta.ID, docs[0].Meta.ID
	for _, d := range docs[1:] {
		if d.Meta.Jurisdiction == docs[0].Meta.Jurisdiction {
			to = d.Meta.ID
			break
		}
	}
	routes := []struct{ name, path string }{
		{"network-any", "/api/v1/networks/units?role=any"},
		{"network-lead", "/api/v1/networks/units?role=lead"},
		{"network-responsible", "/api/v1/networks/units?role=responsible"},
		{"metrics", "/api/v1/metrics/units"},
		{"bottleneck-chart", "/api/v1/charts/bottleneck"},
		{"compare", "/api/v1/compare?from=" + url.QueryEscape(from) + "&to=" + url.QueryEscape(to)},
	}
	cfg := api.Config{Store: store, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), RequestTimeout: 10 * time.Minute}
	for _, r := range routes {
		b.Run("route="+r.name, func(b *testing.B) { timeColdRoute(b, cfg, r.path) })
	}
}

// coldCorpusStore is the store the cold benchmarks read: the embedded store
// with the corpus imported, or the Neo4j at NEO4J_URI, which must hold the
// corpus alone.
func coldCorpusStore(b *testing.B, s loadSettings) ([]*graph.Document, graph.Store) {
	docs := loadDocuments(b, s.corpus)
	ctx := context.Background()
	if s.neo4jURI == "" {
		store := openLoadStore(b, s, docs)
		for _, d := range docs {
			if _, err := store.Import(ctx, d); err != nil {
				b.Fatalf("import %s: %v", d.Meta.ID, err)
			}
		}
		return docs, store
	}
	n4j, err := neo4j.Open(ctx, neo4j.Config{URI: s.neo4jURI, User: os.Getenv("NEO4J_USER"), Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"), QueryTimeout: 10 * time.Minute})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { n4j.Close() })
	counts, err := n4j.Counts(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if counts.Documents != len(docs) {
		b.Fatalf("Neo4j holds %d documents, the corpus %d: import the corpus alone first", counts.Documents, len(docs))
	}
	return docs, n4j
}

// timeColdRoute asks path once per iteration of a new handler (empty
// caches) and reports the median, fastest and slowest answer in ms.
func timeColdRoute(b *testing.B, cfg api.Config, path string) {
	var times []time.Duration
	for b.Loop() {
		h := api.NewHandler(cfg)
		start := time.Now()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusOK {
			b.Fatalf("GET %s: %d %.300s", path, rec.Code, rec.Body)
		}
		times = append(times, time.Since(start))
	}
	slices.Sort(times)
	b.ReportMetric(times[len(times)/2].Seconds()*1000, "median-ms")
	b.ReportMetric(times[0].Seconds()*1000, "min-ms")
	b.ReportMetric(times[len(times)-1].Seconds()*1000, "max-ms")
}
