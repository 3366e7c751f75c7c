package analytics

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"
)

// randomGraph is an Erdős–Rényi graph G(n, p) on gonum's own graph type,
// with node ids 3i+5 (not dense, not from 0), plus isolated nodes.
// weight draws each edge's weight.
func randomGraph(n, isolated int, p float64, seed uint64, weight func(*rand.Rand) float64) *simple.WeightedUndirectedGraph {
	r := rand.New(rand.NewPCG(seed, 7))
	g := simple.NewWeightedUndirectedGraph(0, math.Inf(1))
	for i := range n + isolated {
		g.AddNode(simple.Node(3*i + 5))
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			if r.Float64() < p {
				g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(3*i+5), simple.Node(3*j+5), weight(r)))
			}
		}
	}
	return g
}

// TestBrandesAgreesWithGonum compares betweenness and distance sums with
// gonum's BetweennessWeighted and Closeness over DijkstraAllPaths on random
// graphs: real-valued weights, small integers (many equal-length paths),
// the project's 1/shared-tasks distances (ties between float sums such as
// 1/3+1/3+1/3 and 1), sparse graphs falling into several components.
func TestBrandesAgreesWithGonum(t *testing.T) {
	weights := map[string]func(*rand.Rand) float64{
		"uniform":   func(r *rand.Rand) float64 { return 0.1 + r.Float64() },
		"integer":   func(r *rand.Rand) float64 { return float64(1 + r.IntN(3)) },
		"unit":      func(*rand.Rand) float64 { return 1 },
		"1/shared":  func(r *rand.Rand) float64 { return 1 / float64(1+r.IntN(4)) },
		"1/shared2": func(r *rand.Rand) float64 { return 1 / float64(1+r.IntN(2)) },
	}
	sizes := []struct {
		n, isolated int
		p           float64
	}{
		{2, 0, 1}, {3, 1, 1}, {12, 2, 0.3}, {40, 3, 0.08}, {60, 0, 0.05}, {80, 5, 0.04}, {150, 4, 0.03},
	}
	for name, weight := range weights {
		for _, size := range sizes {
			for seed := range uint64(3) {
				t.Run(fmt.Sprintf("%s/n=%d/p=%g/seed=%d", name, size.n, size.p, seed), func(t *testing.T) {
					g := randomGraph(size.n, size.isolated, size.p, seed, weight)
					paths := path.DijkstraAllPaths(g)
					wantB := network.BetweennessWeighted(g, paths)
					wantC := network.Closeness(g, paths)
					got := brandes(g, math.MaxInt, 1)
					if got.sampling.Sampled || got.sampling.Sources != size.n+size.isolated {
						t.Fatalf("sampling = %+v, want exact from all %d nodes", got.sampling, size.n+size.isolated)
					}
					for i := range size.n + size.isolated {
						id := int64(3*i + 5)
						agree(t, fmt.Sprintf("betweenness(%d)", id), got.betweenness[i], wantB[id])
						if c := wantC[id]; !math.IsInf(c, 1) {
							agree(t, fmt.Sprintf("closeness(%d)", id), 1/got.distanceSum[i], c)
						} else if got.distanceSum[i] != 0 {
							t.Errorf("distance sum of isolated %d = %g, want 0", id, got.distanceSum[i])
						}
					}
				})
			}
		}
	}
}

// agree fails unless got and want agree to 1e-9, relative to want when it
// is larger than 1.
func agree(t *testing.T, what string, got, want float64) {
	t.Helper()
	if math.Abs(got-want) > 1e-9*math.Max(1, math.Abs(want)) {
		t.Errorf("%s = %.15g, gonum says %.15g", what, got, want)
	}
}

// TestBrandesHandWorked checks a graph small enough to count by hand: the
// square a–b–c–d–a with unit weights plus a pendant e on a. Pairs through
// b: (a,c) half the time → ½, twice (ordered) = 1; through a: (e,b), (e,d)
// whole, (e,c) not (e–a–b–c and e–a–d–c both pass a: 1), (b,d) half:
// 1+1+1+½ = 3.5, ordered 7.
func TestBrandesHandWorked(t *testing.T) {
	g := simple.NewWeightedUndirectedGraph(0, math.Inf(1))
	for _, e := range [][2]int64{{0, 1}, {1, 2}, {2, 3}, {3, 0}, {0, 4}} {
		g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(e[0]), simple.Node(e[1]), 1))
	}
	got := brandes(g, math.MaxInt, 1)
	want := []float64{7, 2, 1, 2, 0} // c: (b,d) ½ ×2 = 1; b: (a,c) ½, (e,c) ½ → 1 ×2 = 2
	if !slices.Equal(got.betweenness, want) {
		t.Errorf("betweenness = %v, want %v", got.betweenness, want)
	}
	// Distances to c (index 2): a 2, b 1, d 1, e 3 → 7.
	if got.distanceSum[2] != 7 {
		t.Errorf("distance sum of c = %g, want 7", got.distanceSum[2])
	}
}

// TestBrandesDeterministic runs the same graph on one and on four
// goroutines: the sums must be bit for bit the same.
func TestBrandesDeterministic(t *testing.T) {
	g := randomGraph(300, 0, 0.02, 9, func(r *rand.Rand) float64 { return 1 / float64(1+r.IntN(5)) })
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	one := brandes(g, math.MaxInt, 1)
	runtime.GOMAXPROCS(4)
	four := brandes(g, math.MaxInt, 1)
	if !slices.Equal(one.betweenness, four.betweenness) || !slices.Equal(one.distanceSum, four.distanceSum) {
		t.Error("results differ between GOMAXPROCS 1 and 4")
	}
}

// TestBrandesSampled estimates from about a quarter of the sources on a
// graph with two components: the estimate is reproducible for a seed,
// differs for another, takes sources from both components in proportion,
// stays within the reported bound of the exact answer, and its mean over
// seeds is close to it (the estimator is unbiased).
func TestBrandesSampled(t *testing.T) {
	g := randomGraph(400, 0, 0.015, 3, func(r *rand.Rand) float64 { return 1 / float64(1+r.IntN(4)) })
	for i := range 39 { // a second component: a path of 40 nodes
		g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(10000+i), simple.Node(10001+i), 1))
	}
	n := g.Nodes().Len()
	exact := brandes(g, math.MaxInt, 1)
	norm := float64((n - 1) * (n - 2))

	est := brandes(g, workFor(g, n/4), 1)
	if !est.sampling.Sampled || est.sampling.Confidence != pathConfidence {
		t.Fatalf("sampling = %+v, want sampled", est.sampling)
	}
	// Each component's share is rounded up.
	if s := est.sampling.Sources; s < n/4 || s > n/4+2 {
		t.Errorf("sources = %d, want about %d", s, n/4)
	}
	again := brandes(g, workFor(g, n/4), 1)
	if !slices.Equal(est.betweenness, again.betweenness) {
		t.Error("same seed, different estimates")
	}
	if other := brandes(g, workFor(g, n/4), 2); slices.Equal(est.betweenness, other.betweenness) {
		t.Error("different seeds, same estimates")
	}
	bound := est.sampling.BetweennessError
	if !(bound > 0 && bound < 1) {
		t.Fatalf("error bound = %g", bound)
	}
	var worst float64
	for v := range n {
		worst = max(worst, math.Abs(est.betweenness[v]-exact.betweenness[v])/norm)
	}
	if worst > bound {
		t.Errorf("largest error %g exceeds the bound %g", worst, bound)
	}
	t.Logf("largest error %.4g, bound %.4g", worst, bound)
	// The standard errors: estimated from the drawn sources, they miss what
	// the draw misses (a few sources with large dependencies), so fewer
	// than the normal 95% of units are within two of them; here 81%.
	if len(est.stdErr) != n || slices.Max(est.stdErr)/norm != est.sampling.BetweennessStdErr {
		t.Fatalf("standard errors: %d, largest %g, reported %g", len(est.stdErr), slices.Max(est.stdErr)/norm, est.sampling.BetweennessStdErr)
	}
	var within int
	for v := range n {
		if math.Abs(est.betweenness[v]-exact.betweenness[v]) <= 2*est.stdErr[v] {
			within++
		}
	}
	if share := float64(within) / float64(n); share < 0.75 {
		t.Errorf("%.2f of the units within two standard errors, want at least 0.75", share)
	} else {
		t.Logf("%.3f of the units within two standard errors (largest %.3g)", share, est.sampling.BetweennessStdErr)
	}

	mean := make([]float64, n)
	const seeds = 40
	for seed := range int64(seeds) {
		e := brandes(g, workFor(g, n/4), 100+seed)
		for v := range n {
			mean[v] += e.betweenness[v] / seeds
		}
	}
	var meanWorst float64
	for v := range n {
		meanWorst = max(meanWorst, math.Abs(mean[v]-exact.betweenness[v])/norm)
	}
	if meanWorst > worst/3 {
		t.Errorf("mean of %d estimates is off by %g, a single one by %g: not converging", seeds, meanWorst, worst)
	}
	// Sampling all sources is exact.
	if all := brandes(g, workFor(g, n), 1); all.sampling.Sampled || !slices.Equal(all.betweenness, exact.betweenness) || all.stdErr != nil {
		t.Error("sampling every source is not the exact answer")
	}
}
