package embedded_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"govgraph/graph"
	"govgraph/graph/embedded"
)

// Corpus shape for the benchmarks.
const (
	benchJurisdictions = 10
	benchUnits         = 60 // per jurisdiction
	benchLeaders       = 8  // per jurisdiction
	benchTasks         = 150
	benchSections      = 6
)

// benchDoc generates document i with a fixed seed: jurisdiction i mod 10,
// 150 tasks over 6 sections, each with 1–2 leaders and 2–4 units (1–2 of
// them leading).
func benchDoc(i int) *graph.Document {
	rng := rand.New(rand.NewPCG(2023, uint64(i)))
	j := fmt.Sprintf("测试市第%d区", i%benchJurisdictions)
	id := fmt.Sprintf("bench-%04d", i)
	d := &graph.Document{Meta: graph.DocumentMeta{
		ID: id, Title: id, Jurisdiction: j, Year: 2000 + i/benchJurisdictions, Format: "txt",
		Date: fmt.Sprintf("%04d-02-01", 2000+i/benchJurisdictions),
	}}
	for s := range benchSections {
		d.Sections = append(d.Sections, graph.Section{Index: s, Title: fmt.Sprintf("第%d部分", s+1), Kind: "numbered"})
	}
	for l := range benchLeaders {
		d.Leaders = append(d.Leaders, graph.Leader{Name: fmt.Sprintf("领导%d", l), Title: "副区长"})
	}
	for u := range benchUnits {
		d.Units = append(d.Units, graph.Unit{Name: fmt.Sprintf("单位%02d", u), Kind: graph.KindDepartment})
	}
	var src strings.Builder
	for t := range benchTasks {
		units := rng.Perm(benchUnits)[:2+rng.IntN(3)]
		leads := 1 + rng.IntN(2)
		task := graph.Task{
			ID: graph.TaskID(id, t), Index: t, Section: t * benchSections / benchTasks, ThemeIndex: -1,
			Text:    fmt.Sprintf("第%d项任务：推进第%d类重点工作", t+1, rng.IntN(40)),
			Leaders: []string{d.Leaders[rng.IntN(benchLeaders)].Name},
		}
		if rng.IntN(4) == 0 {
			if other := d.Leaders[rng.IntN(benchLeaders)].Name; other != task.Leaders[0] {
				task.Leaders = append(task.Leaders, other)
			}
		}
		for k, u := range units {
			if k < leads {
				task.LeadUnits = append(task.LeadUnits, d.Units[u].Name)
			} else {
				task.Units = append(task.Units, d.Units[u].Name)
			}
		}
		d.Tasks = append(d.Tasks, task)
		src.WriteString(task.Text)
		src.WriteByte('\n')
	}
	d.Source = src.String()
	d.Meta.Hash = graph.Hash(d.Source)
	return d
}

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
			{"leader", graph.NetworkFilter{Leader: "领导3"}},
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
			ref := graph.EntityRef{Jurisdiction: "测试市第0区", Name: "领导3"}
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
