package chart_test

import (
	"fmt"
	"math"
	"testing"

	"govgraph/api/chart"
)

func TestGroupedLayout(t *testing.T) {
	group := []int{0, 0, 0, 1, 1, 2, 0, 1, 2, 2, 2, 2}
	weight := []float64{5, 1, 3, 2, 2, 9, 1, 1, 1, 1, 1, 1}
	pos := chart.GroupedLayout(group, weight)
	if len(pos) != len(group) {
		t.Fatalf("%d positions for %d nodes", len(pos), len(group))
	}
	centroid := map[int]chart.Point{}
	size := map[int]float64{}
	for i, p := range pos {
		if p.X <= 0 || p.Y <= 0 {
			t.Fatalf("node %d at %v", i, p)
		}
		c := centroid[group[i]]
		centroid[group[i]] = chart.Point{X: c.X + p.X, Y: c.Y + p.Y}
		size[group[i]]++
	}
	for g := range centroid {
		centroid[g] = chart.Point{X: centroid[g].X / size[g], Y: centroid[g].Y / size[g]}
	}
	// Every node is nearer its own group's centre than any other group's.
	for i, p := range pos {
		own := math.Hypot(p.X-centroid[group[i]].X, p.Y-centroid[group[i]].Y)
		for g, c := range centroid {
			if g != group[i] && math.Hypot(p.X-c.X, p.Y-c.Y) <= own {
				t.Errorf("node %d (group %d) is nearer group %d", i, group[i], g)
			}
		}
	}
	if fmt.Sprint(chart.GroupedLayout(group, weight)) != fmt.Sprint(pos) {
		t.Error("layout is not deterministic")
	}
}
