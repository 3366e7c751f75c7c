package analytics_test

import (
	"fmt"
	"testing"

	"govgraph/graph/analytics"
)

// BenchmarkUnits times a whole analysis on synthetic corpora of growing
// size, ten links per unit; the largest is about 2,000 units and 20,000
// links. Weighted betweenness (gonum's all-pairs Dijkstra plus path
// enumeration) dominates and grows faster than n².
//
//	go test -run '^$' -bench Units -benchmem -benchtime 1x ./graph/analytics/
func BenchmarkUnits(b *testing.B) {
	for _, units := range []int{100, 250, 500, 1000, 2000} {
		net, tasks := synthetic(b, units, 10*units, 2023)
		b.Run(fmt.Sprintf("units=%d/links=%d", len(net.Nodes), len(net.Links)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := analytics.Units(net, tasks, analytics.Options{Groups: analytics.GroupByLeader, Seed: 1}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
