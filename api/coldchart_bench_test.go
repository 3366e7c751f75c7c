package api_test

import (
	"io"
	"log/slog"
	"testing"
	"time"

	"govgraph/api"
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
	_, store := coldCorpusStore(b, loadEnv(b))
	cfg := api.Config{Store: store, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), RequestTimeout: 10 * time.Minute}
	timeColdRoute(b, cfg, "/api/v1/charts/bottleneck")
}
