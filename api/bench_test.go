package api_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"govgraph/api/internal/loadgen"
)

// benchRoutes are the answers the UI asks for most, on the seed.
var benchRoutes = []struct{ name, path string }{
	{"documents", "/documents"},
	{"tasks", "/tasks?limit=1000"},
	{"network", "/networks/units"},
	{"network+metrics", "/networks/units?metrics=1"},
	{"metrics", "/metrics/units"},
	{"chart-network", "/charts/network"},
	{"chart-matrix", "/charts/matrix"},
	{"chart-sankey", "/charts/sankey"},
	{"chart-bottleneck", "/charts/bottleneck"},
	{"search", "/search?q=%E5%8C%BA"},
}

// BenchmarkRoutes measures one request at a time through the whole
// handler (middleware, store, analytics, JSON) on the seed.
func BenchmarkRoutes(b *testing.B) {
	e := newEnv(b, true)
	for _, r := range benchRoutes {
		b.Run(r.name, func(b *testing.B) {
			req := httptest.NewRequest(http.MethodGet, u(r.path), nil)
			b.ReportAllocs()
			for b.Loop() {
				rec := httptest.NewRecorder()
				e.handler.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("%s: status %d", r.path, rec.Code)
				}
			}
		})
	}
}

// BenchmarkLoad drives a real HTTP server with concurrent clients through
// loadgen and reports throughput and latency percentiles.
func BenchmarkLoad(b *testing.B) {
	e := newEnv(b, true)
	srv := httptest.NewServer(e.handler)
	defer srv.Close()
	urls := make([]string, len(benchRoutes))
	for i, r := range benchRoutes {
		urls[i] = srv.URL + u(r.path)
	}
	for b.Loop() {
		res, err := loadgen.RunTargets(context.Background(), urls, 8, 2*time.Second)
		if err != nil {
			b.Fatal(err)
		}
		if res.Errors > 0 {
			b.Fatalf("%d errors", res.Errors)
		}
		b.ReportMetric(res.RPS(), "req/s")
		b.ReportMetric(float64(res.P50.Microseconds()), "p50-µs")
		b.ReportMetric(float64(res.P99.Microseconds()), "p99-µs")
	}
}
