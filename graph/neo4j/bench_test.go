package neo4j_test

import (
	"context"
	"testing"

	"govgraph/graph"
	"govgraph/graph/storetest"
)

// BenchmarkImport compares the batched import (one transaction, one UNWIND
// statement per kind of node and relationship) with one auto-commit
// statement per node and per relationship, on the same document.
//
//	NEO4J_URI=bolt://127.0.0.1:7687 go test -run '^$' -bench Import -benchtime 3x ./graph/neo4j/
func BenchmarkImport(b *testing.B) {
	s := open(b)
	ctx := context.Background()
	doc := storetest.Generate(81, lixia, 2023, 500)
	// Warm up: the first import pays for planning its statements.
	if _, err := s.Import(ctx, storetest.Generate(82, lixia, 2022, 50)); err != nil {
		b.Fatal(err)
	}
	for _, bm := range []struct {
		name string
		run  func(context.Context, *graph.Document) (graph.ImportResult, error)
	}{
		{"batched", s.Import},
		{"naive", s.ImportNaive},
	} {
		b.Run(bm.name, func(b *testing.B) {
			rels, nodes := 0, 0
			for range b.N {
				b.StopTimer()
				if err := s.DeleteDocument(ctx, doc.Meta.ID); err != nil && graph.ErrorCode(err) != graph.ENOTFOUND {
					b.Fatal(err)
				}
				b.StartTimer()
				res, err := bm.run(ctx, doc)
				if err != nil {
					b.Fatal(err)
				}
				rels += res.Rels
				nodes += res.Nodes
			}
			secs := b.Elapsed().Seconds()
			b.ReportMetric(float64(rels)/secs, "rels/s")
			b.ReportMetric(float64(nodes)/secs, "nodes/s")
		})
	}
}

// loadCorpus imports six generated documents of 200 tasks each, in two
// jurisdictions.
func loadCorpus(b *testing.B, s graph.Store) {
	b.Helper()
	for i := range 6 {
		j := lixia
		if i%2 == 1 {
			j = "济南市市中区"
		}
		if _, err := s.Import(context.Background(), storetest.Generate(uint64(200+i), j, 2018+i, 200)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUnitNetwork(b *testing.B) {
	s := open(b)
	loadCorpus(b, s)
	ctx := context.Background()
	section := 1
	for _, bm := range []struct {
		name string
		f    graph.NetworkFilter
	}{
		{"all", graph.NetworkFilter{}},
		{"lead role", graph.NetworkFilter{Role: graph.RoleLead}},
		{"leader", graph.NetworkFilter{Leader: "王宏"}},
		{"section, min weight 2", graph.NetworkFilter{Section: &section, MinWeight: 2}},
	} {
		b.Run(bm.name, func(b *testing.B) {
			// Warm up: the first call pays for planning the query.
			if _, err := s.UnitNetwork(ctx, bm.f); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			links := 0
			for range b.N {
				net, err := s.UnitNetwork(ctx, bm.f)
				if err != nil {
					b.Fatal(err)
				}
				links = len(net.Links)
			}
			b.ReportMetric(float64(links), "links")
		})
	}
}

func BenchmarkPortfolio(b *testing.B) {
	s := open(b)
	loadCorpus(b, s)
	ctx := context.Background()
	ref := graph.EntityRef{Jurisdiction: lixia, Name: "王宏"}
	if _, err := s.Portfolio(ctx, ref, nil); err != nil { // warm up
		b.Fatal(err)
	}
	b.ResetTimer()
	tasks := 0
	for range b.N {
		p, err := s.Portfolio(ctx, ref, nil)
		if err != nil {
			b.Fatal(err)
		}
		tasks = len(p.Tasks)
	}
	b.ReportMetric(float64(tasks), "tasks")
}
