package analytics

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/topo"
)

// Parameters of the measures (docs/metrics.md).
const (
	pageRankDamping   = 0.85
	pageRankTolerance = 1e-12 // 2-norm of the change between iterations
	louvainResolution = 1.0
)

// measure fills the per-unit and network metrics of rep, whose Units are
// still in input order. It returns warnings about results to read with care.
func measure(in *input, opts Options, rep *Report) (warnings []string) {
	n := in.adj.len()
	units := rep.Units
	// Two gonum views of the same ties: strength (shared tasks) for PageRank,
	// Louvain, k-cores and components; distance (1 / shared tasks) for paths,
	// so that units sharing many tasks are close.
	strength := newWeighted(in.adj, func(w float64) float64 { return w })
	distance := newWeighted(in.adj, func(w float64) float64 { return 1 / w })

	components := topo.ConnectedComponents(strength)
	rep.Network.Components = len(components)
	reach := make([]int, n) // size of each unit's component
	for _, c := range components {
		for _, v := range c {
			reach[v.ID()] = len(c)
		}
	}

	paths := brandes(distance, pathWork, opts.Seed)
	rep.Paths = paths.sampling
	if paths.sampling.Sampled {
		warnings = append(warnings, fmt.Sprintf("betweenness and closeness are estimated from %d of %d source units (seed %d); with probability %g every unit's betweenness is within %.2g of its exact value (largest standard error %.2g)",
			paths.sampling.Sources, n, opts.Seed, paths.sampling.Confidence, paths.sampling.BetweennessError, paths.sampling.BetweennessStdErr))
	}
	for i := range units {
		// Brandes counts each unordered pair twice on undirected graphs, as
		// gonum does, so (n-1)(n-2) = 2·C(n-1, 2) normalises to [0, 1].
		if n > 2 {
			units[i].Betweenness = paths.betweenness[i] / float64((n-1)*(n-2))
			if paths.stdErr != nil {
				units[i].BetweennessStdErr = paths.stdErr[i] / float64((n-1)*(n-2))
			}
		}
		// Closeness is 1/Σd over reachable units (gonum's definition);
		// Wasserman–Faust scale it by (r-1)² / (n-1) so that units in small
		// components do not look central. Isolated units get 0.
		if r := reach[i]; r > 1 && paths.distanceSum[i] > 0 {
			units[i].Closeness = float64(r-1) * float64(r-1) / float64(n-1) / paths.distanceSum[i]
		}
	}

	// gonum starts PageRank from a random vector (math/rand/v2's global
	// source, which cannot be seeded), so the last digits can differ
	// between runs; the tolerance keeps them below about 1e-10.
	rank := network.PageRankSparse(directed{strength}, pageRankDamping, pageRankTolerance)
	var total float64
	for i := range n {
		total += rank[int64(i)]
	}
	for i := range units {
		units[i].PageRank = rank[int64(i)] / total
	}

	eigen, converged := eigenvector(in.adj)
	for i := range units {
		units[i].Eigenvector = eigen[i]
	}
	if !converged {
		warnings = append(warnings, fmt.Sprintf("eigenvector centrality did not converge in %d iterations; treat it as approximate", eigenvectorMaxIterations))
	}

	communities := louvain(strength, in.links, opts.Seed)
	rep.Network.Communities = len(communities)
	if in.links > 0 {
		rep.Network.Modularity = community.Q(strength, communities, louvainResolution)
	}
	for c, members := range communities {
		for _, v := range members {
			units[v.ID()].Community = c
		}
	}

	_, cores := topo.DegeneracyOrdering(strength)
	for k, core := range cores {
		for _, v := range core {
			units[v.ID()].CoreNumber = k
		}
	}

	constraint, effective := burt(in.adj)
	roles := brokerage(in.adj, in.groupKey)
	for i := range units {
		units[i].Constraint = constraint[i]
		units[i].EffectiveSize = effective[i]
		units[i].Brokerage = roles[i]
	}
	return warnings
}

// louvain partitions the network with gonum's Louvain modularisation, seeded
// for reproducibility, and numbers the communities by size descending, then
// by their first unit id. With no links every unit is its own community.
func louvain(g *weighted, links int, seed int64) [][]gg.Node {
	var communities [][]gg.Node
	if links == 0 {
		for _, v := range g.nodes {
			communities = append(communities, []gg.Node{v})
		}
		return communities
	}
	src := rand.NewPCG(uint64(seed), 0)
	communities = community.Modularize(g, louvainResolution, src).Communities()
	communities = slices.DeleteFunc(communities, func(c []gg.Node) bool { return len(c) == 0 })
	for _, c := range communities {
		slices.SortFunc(c, func(a, b gg.Node) int { return cmp.Compare(a.ID(), b.ID()) })
	}
	slices.SortFunc(communities, func(a, b []gg.Node) int {
		return cmp.Or(len(b)-len(a), cmp.Compare(a[0].ID(), b[0].ID()))
	})
	return communities
}
