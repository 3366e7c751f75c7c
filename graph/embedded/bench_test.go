package embedded_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"govgraph/graph"
	"govgraph/graph/embedded"
	"govgraph/graph/storetest"
)

// Corpus shape for the benchmarks.
const (
	benchJurisdictions = 10
	benchTasks         = 150
)

// benchDoc is document i of the benchmark corpus, from the generator the
// Neo4j benchmarks use too (storetest.Generate): jurisdiction i mod 10,
// 150 tasks.
func benchDoc(i int) *graph.Document {
	return storetest.Generate(uint64(i), fmt.Sprintf("测试市第%d区", i%benchJurisdictions), 2000+i/benchJurisdictions, benchTasks)
}

// benchLeader is a leader of every generated document.
var benchLeader = storetest.LeaderNames[3]

var (
	benchMu     sync.Mutex
	benchStores = map[int]*embedded.Store{}
)

// benchStore returns an in-memory store holding n generated documents,
// built once per n.
func benchStore(b *testing.B, n int) *embedded.Store {
	b.Helper()
	benchMu.Lock()
	defer benchMu.Unlock()
	if s := benchStores[n]; s != nil {
		return s
	}
	s, err := embedded.Open("")
	if err != nil {
		b.Fatal(err)
	}
	for i := range n {
		if _, err := s.Import(context.Background(), benchDoc(i)); err != nil {
			b.Fatal(err)
		}
	}
	benchStores[n] = s
	return s
}

func BenchmarkUnitNetwork(b *testing.B) {
	for _, n := range []int{1, 1000} {
		for _, bc := range []struct {
			name   string
			filter graph.NetworkFilter
		}{
			{"all", graph.NetworkFilter{}},
			{"leader", graph.NetworkFilter{Leader: benchLeader}},
			{"lead-minweight", graph.NetworkFilter{Role: graph.RoleLead, MinWeight: 2, Limit: 100}},
		} {
			b.Run(fmt.Sprintf("docs=%d/%s", n, bc.name), func(b *testing.B) {
				s := benchStore(b, n)
				ctx := context.Background()
				b.ReportAllocs()
				for b.Loop() {
					if _, err := s.UnitNetwork(ctx, bc.filter); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func BenchmarkPortfolio(b *testing.B) {
	for _, n := range []int{1, 1000} {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			s := benchStore(b, n)
			ctx := context.Background()
			ref := graph.EntityRef{Jurisdiction: "测试市第0区", Name: benchLeader}
			b.ReportAllocs()
			for b.Loop() {
				p, err := s.Portfolio(ctx, ref, nil)
				if err != nil || len(p.Tasks) == 0 {
					b.Fatalf("Portfolio: %v", err)
				}
			}
		})
	}
}
