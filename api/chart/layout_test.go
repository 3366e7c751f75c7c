package chart_test

import (
	"fmt"
	"math"
	"testing"

	"govgraph/api/chart"
)

func TestForceLayoutOfNothing(t *testing.T) {
	if pos := chart.ForceLayout(0, nil); len(pos) != 0 {
		t.Errorf("an empty graph got positions %v", pos)
	}
}

func TestForceLayout(t *testing.T) {
	// Two triangles joined by one edge, a pair, and two isolated nodes.
	edges := []chart.Edge{{0, 1, 3}, {1, 2, 1}, {0, 2, 1}, {3, 4, 1}, {4, 5, 2}, {3, 5, 1}, {2, 3, 1}, {6, 7, 1}}
	const n = 10
	pos := chart.ForceLayout(n, edges)
	if len(pos) != n {
		t.Fatalf("%d positions for %d nodes", len(pos), n)
	}
	seen := map[chart.Point]bool{}
	for i, p := range pos {
		if p.X <= 0 || p.Y <= 0 || seen[p] {
			t.Fatalf("node %d at %v: not a distinct positive position", i, p)
		}
		seen[p] = true
	}
	dist := func(a, b int) float64 { return math.Hypot(pos[a].X-pos[b].X, pos[a].Y-pos[b].Y) }
	// Linked nodes lie nearer each other than the far ends of the chain of triangles.
	if dist(0, 1) >= dist(0, 5) || dist(4, 5) >= dist(0, 5) {
		t.Errorf("linked nodes 0–1 %.1f, 4–5 %.1f apart; the chain's ends 0–5 %.1f", dist(0, 1), dist(4, 5), dist(0, 5))
	}
	// Isolated nodes stay near the rest: within the width of the whole picture.
	var lo, hi chart.Point = pos[0], pos[0]
	for _, p := range pos[:8] {
		lo = chart.Point{X: min(lo.X, p.X), Y: min(lo.Y, p.Y)}
		hi = chart.Point{X: max(hi.X, p.X), Y: max(hi.Y, p.Y)}
	}
	span := math.Max(hi.X-lo.X, hi.Y-lo.Y)
	for _, i := range []int{8, 9} {
		if pos[i].X > hi.X+span || pos[i].Y > hi.Y+span {
			t.Errorf("isolated node %d at %v drifted off a picture of span %.0f", i, pos[i], span)
		}
	}
	// Seeded: the same graph gets the same picture, every time.
	for range 3 {
		if again := chart.ForceLayout(n, edges); fmt.Sprint(again) != fmt.Sprint(pos) {
			t.Fatalf("layout differs between runs:\n%v\n%v", pos, again)
		}
	}
}
