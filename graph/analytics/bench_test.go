package analytics_test

import (
	"fmt"
	"math"
	"os"
	"slices"
	"syscall"
	"testing"
	"time"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"

	"govgraph/graph/analytics"
)

// BenchmarkUnits times a whole analysis on synthetic corpora of growing
// size, ten links per unit; the largest is about 2,000 units and 20,000
// links.
//
//	go test -run '^$' -bench Units -benchmem -benchtime 1x ./graph/analytics/
func BenchmarkUnits(b *testing.B) {
	for _, units := range []int{100, 250, 500, 1000, 2000, 4000} {
		net, tasks := synthetic(b, units, 10*units, 2023)
		b.Run(fmt.Sprintf("units=%d/links=%d", len(net.Nodes), len(net.Links)), func(b *testing.B) {
			b.ReportAllocs()
			defer reportCPU(b)()
			for b.Loop() {
				if _, err := analytics.Units(net, tasks, analytics.Options{Groups: analytics.GroupByLeader, Seed: 1}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBetweenness times weighted betweenness alone on the same
// synthetic networks (distance 1/shared tasks): gonum's all-pairs Dijkstra
// plus BetweennessWeighted; the project's Brandes from every unit (exact);
// and Brandes as Units runs it (exact within the work bound, sampled beyond,
// as at 4,000 units). gonum takes minutes at 2,000 units on this machine, so
// it runs there only with GOVGRAPH_BENCH_GONUM_2000=1:
//
//	go test -run '^$' -bench Betweenness -benchtime 1x -count 5 -timeout 30m ./graph/analytics/
//	GOVGRAPH_BENCH_GONUM_2000=1 go test -run '^$' -bench Betweenness -benchtime 1x -count 1 -timeout 30m ./graph/analytics/
func BenchmarkBetweenness(b *testing.B) {
	for _, units := range []int{500, 1000, 2000, 4000} {
		net, _ := synthetic(b, units, 10*units, 2023)
		g := analytics.DistanceGraph(b, net)
		name := fmt.Sprintf("units=%d/links=%d", len(net.Nodes), len(net.Links))
		if units < 2000 || units == 2000 && os.Getenv("GOVGRAPH_BENCH_GONUM_2000") == "1" {
			b.Run(name+"/gonum", func(b *testing.B) {
				b.ReportAllocs()
				defer reportCPU(b)()
				for b.Loop() {
					network.BetweennessWeighted(g, path.DijkstraAllPaths(g))
				}
			})
		}
		b.Run(name+"/brandes-exact", func(b *testing.B) {
			b.ReportAllocs()
			defer reportCPU(b)()
			for b.Loop() {
				analytics.Brandes(g)
			}
		})
		if units > 2000 {
			exact := analytics.Brandes(g)
			norm := float64((len(exact) - 1) * (len(exact) - 2))
			b.Run(name+"/brandes-as-units", func(b *testing.B) {
				b.ReportAllocs()
				defer reportCPU(b)()
				var est, stdErr []float64
				var sampling analytics.PathSampling
				for b.Loop() {
					est, stdErr, sampling = analytics.PathsAsUnits(g, 1)
				}
				// The estimate's largest error against the exact betweenness, the
				// bound and the largest standard error reported for it (all
				// normalised), and the share of units within two standard errors.
				var worst float64
				var within int
				for v := range est {
					worst = max(worst, math.Abs(est[v]-exact[v])/norm)
					if math.Abs(est[v]-exact[v]) <= 2*stdErr[v] {
						within++
					}
				}
				b.ReportMetric(sampling.BetweennessStdErr, "max-stderr")
				b.ReportMetric(float64(within)/float64(len(est)), "within-2stderr")
				b.ReportMetric(float64(sampling.Sources), "sources")
				b.ReportMetric(worst, "max-error")
				b.ReportMetric(sampling.BetweennessError, "error-bound")
				b.ReportMetric(slices.Max(exact)/norm, "max-betweenness")
			})
		}
	}
}

// reportCPU reports the process's CPU time (user + system, all threads) per
// iteration as cpu-ns/op: on a shared machine, wall time says how long a
// user waits and CPU time how much work was done. Call as defer
// reportCPU(b)().
func reportCPU(b *testing.B) func() {
	start := cpuTime(b)
	return func() {
		b.ReportMetric(float64((cpuTime(b)-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

func cpuTime(b *testing.B) time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		b.Fatal(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
