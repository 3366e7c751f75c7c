package compare_test

import (
	"context"
	"io"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"govgraph/graph/compare"
	"govgraph/graph/embedded"
	"govgraph/graph/export"
	"govgraph/graph/extract"
	"govgraph/graph/lineage"
	"govgraph/graph/survey"
	"govgraph/graph/synth"
)

// BenchmarkCompare times a cold comparison of two synthetic documents of
// one district (fitted to the seed, about 150 tasks each) on the embedded
// store: both Snapshots (network, tasks, analytics) and Documents, nothing
// cached. It reports the median and the 99th percentile of the iterations.
//
//	go test -run '^$' -bench Compare -benchtime 200x -count 3 ./graph/compare/
func BenchmarkCompare(b *testing.B) {
	ctx := context.Background()
	opts, err := extract.LoadTables(filepath.Join("..", "..", "seeds"))
	if err != nil {
		b.Fatal(err)
	}
	lin, err := lineage.Load(filepath.Join("..", "..", "seeds"))
	if err != nil {
		b.Fatal(err)
	}
	seed, err := extract.ParseFile(filepath.Join("..", "..", "seeds", "documents", "2023-jinan-lixia-government-work-report-tasks.txt"), opts)
	if err != nil {
		b.Fatal(err)
	}
	model := synth.Fit(seed)
	store, err := embedded.Open("")
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	var ids []string
	tasks := 0
	for i, year := range []int{2023, 2024} {
		out := model.Compose(rand.New(rand.NewPCG(7, uint64(i))), synth.Spec{Jurisdiction: "济南市历下区", Year: year})
		doc, err := extract.Parse("synth.txt", out.Text, opts)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := store.Import(ctx, doc); err != nil {
			b.Fatal(err)
		}
		ids = append(ids, doc.Meta.ID)
		tasks += len(doc.Tasks)
	}
	b.Logf("two documents, %d tasks in all", tasks)
	var took []time.Duration
	b.ReportAllocs()
	for b.Loop() {
		start := time.Now()
		from, err := compare.Snapshot(ctx, survey.New(store), ids[0])
		if err != nil {
			b.Fatal(err)
		}
		to, err := compare.Snapshot(ctx, survey.New(store), ids[1])
		if err != nil {
			b.Fatal(err)
		}
		if _, err := compare.Documents(from, to, lin); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(start))
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(took[(len(took)*99)/100].Microseconds())/1000, "p99-ms")
}

// BenchmarkPanel times the research panel of a 100-document synthetic
// corpus (ten districts over ten years, fitted to the seed) on the embedded
// store: compare.Panel (every document's network, tasks and analytics) and
// export.WritePanel.
//
//	go test -run '^$' -bench Panel -benchtime 3x -count 5 ./graph/compare/
func BenchmarkPanel(b *testing.B) {
	ctx := context.Background()
	opts, err := extract.LoadTables(filepath.Join("..", "..", "seeds"))
	if err != nil {
		b.Fatal(err)
	}
	lin, err := lineage.Load(filepath.Join("..", "..", "seeds"))
	if err != nil {
		b.Fatal(err)
	}
	seed, err := extract.ParseFile(filepath.Join("..", "..", "seeds", "documents", "2023-jinan-lixia-government-work-report-tasks.txt"), opts)
	if err != nil {
		b.Fatal(err)
	}
	store, err := embedded.Open("")
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	tasks := 0
	for _, out := range synth.Corpus(synth.Fit(seed), synth.Specs(100, 10), 7) {
		doc, err := extract.Parse("synth.txt", out.Text, opts)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := store.Import(ctx, doc); err != nil {
			b.Fatal(err)
		}
		tasks += len(doc.Tasks)
	}
	b.Logf("100 documents, %d tasks", tasks)
	b.ReportAllocs()
	for b.Loop() {
		docs, _, err := compare.Panel(ctx, survey.New(store), lin, compare.PanelScope{})
		if err != nil {
			b.Fatal(err)
		}
		if len(docs) != 100 {
			b.Fatalf("%d documents in the panel", len(docs))
		}
		if err := export.WritePanel(io.Discard, "v1", docs); err != nil {
			b.Fatal(err)
		}
	}
}
