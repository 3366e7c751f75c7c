package analytics

import (
	"math"

	gg "gonum.org/v1/gonum/graph"

	"govgraph/graph"
)

// DistanceGraph is the gonum graph that betweenness and closeness are
// computed on: the units in id order, ties at distance 1/shared tasks.
func DistanceGraph(tb interface{ Fatal(...any) }, net *graph.UnitNetwork) gg.Weighted {
	in, err := prepare(net, nil, Options{Groups: GroupByKind})
	if err != nil {
		tb.Fatal(err)
	}
	return newWeighted(in.adj, func(w float64) float64 { return 1 / w })
}

// Brandes is the exact betweenness of g as Units computes it, unnormalised.
func Brandes(g gg.Weighted) []float64 { return brandes(g, math.MaxInt, 1).betweenness }

// PathsAsUnits is betweenness as Units computes it, unnormalised: exact
// within the work bound, sampled beyond it, with standard errors; stdErr is
// nil when exact.
func PathsAsUnits(g gg.Weighted, seed int64) (betweenness, stdErr []float64, _ PathSampling) {
	p := brandes(g, pathWork, seed)
	return p.betweenness, p.stdErr, p.sampling
}

// workFor is the work budget that buys sources source units on g.
func workFor(g gg.Weighted, sources int) int {
	c := newCSR(g)
	return sources * (c.len() + len(c.to)/2)
}

// AssignmentUncapped is Assignment without MaxAssignmentTasks, for
// benchmarks beyond it.
func AssignmentUncapped(tasks []graph.TaskRecord) (*AssignmentReport, error) {
	return assignment(tasks)
}
