package analytics_test

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/mat"

	"govgraph/graph"
	"govgraph/graph/analytics"
)

// shuffled returns a copy of net and tasks with every slice in another order.
func shuffled(net *graph.UnitNetwork, tasks []graph.TaskRecord, seed uint64) (*graph.UnitNetwork, []graph.TaskRecord) {
	r := rand.New(rand.NewPCG(seed, 7))
	out := &graph.UnitNetwork{
		Nodes: append([]graph.UnitNode(nil), net.Nodes...),
		Links: append([]graph.UnitLink(nil), net.Links...),
	}
	r.Shuffle(len(out.Nodes), func(i, j int) { out.Nodes[i], out.Nodes[j] = out.Nodes[j], out.Nodes[i] })
	r.Shuffle(len(out.Links), func(i, j int) { out.Links[i], out.Links[j] = out.Links[j], out.Links[i] })
	for i, l := range out.Links {
		if i%2 == 0 {
			out.Links[i].Source, out.Links[i].Target = l.Target, l.Source
		}
	}
	ts := append([]graph.TaskRecord(nil), tasks...)
	r.Shuffle(len(ts), func(i, j int) { ts[i], ts[j] = ts[j], ts[i] })
	return out, ts
}

// TestDeterministic checks that one seed gives one report whatever the
// order of the input, except PageRank, which gonum starts from an unseeded
// random vector and so agrees only to its tolerance.
func TestDeterministic(t *testing.T) {
	net, tasks := synthetic(t, 300, 1500, 42)
	for _, groups := range []string{analytics.GroupByKind, analytics.GroupByLeader} {
		t.Run(groups, func(t *testing.T) {
			opts := analytics.Options{Groups: groups, Seed: 7}
			first := analyse(t, net, tasks, opts)
			for round := range uint64(3) {
				n, ts := shuffled(net, tasks, round)
				again := analyse(t, n, ts, opts)
				for i := range first.Units {
					near(t, "pageRank of "+first.Units[i].Name, again.Units[i].PageRank, first.Units[i].PageRank)
					again.Units[i].PageRank = first.Units[i].PageRank
				}
				if !reflect.DeepEqual(first, again) {
					t.Fatalf("round %d: reports differ for the same network in another order", round)
				}
			}
		})
	}
}

// TestSyntheticNetwork checks what must hold on any network, on one with
// planted blocks of units that mostly work together.
func TestSyntheticNetwork(t *testing.T) {
	net, tasks := synthetic(t, 300, 1500, 1)
	rep := analyse(t, net, tasks, analytics.Options{Groups: analytics.GroupByLeader, Seed: 1})
	if rep.Network.Nodes != len(net.Nodes) || rep.Network.Links != len(net.Links) {
		t.Errorf("network = %+v, want %d nodes and %d links", rep.Network, len(net.Nodes), len(net.Links))
	}
	// Three planted blocks of 100 with 85% of members drawn inside: Louvain
	// should find clear community structure.
	if rep.Network.Communities < 3 || rep.Network.Modularity < 0.3 {
		t.Errorf("communities = %d, Q = %.3f; want at least 3 with Q ≥ 0.3", rep.Network.Communities, rep.Network.Modularity)
	}
	var pageRank float64
	communities := map[int]bool{}
	for i, u := range rep.Units {
		pageRank += u.PageRank
		communities[u.Community] = true
		for what, v := range map[string]float64{"betweenness": u.Betweenness, "bottleneck": u.Bottleneck.Score, "eigenvector": u.Eigenvector} {
			if v < 0 || v > 1 {
				t.Errorf("%s: %s = %g, outside [0, 1]", u.Name, what, v)
			}
		}
		if u.CoreNumber > u.Degree {
			t.Errorf("%s: core number %d above degree %d", u.Name, u.CoreNumber, u.Degree)
		}
		b := u.Brokerage
		if b.Coordinator+b.GatekeeperRepresentative+b.Itinerant+b.Liaison != b.Total {
			t.Errorf("%s: brokerage roles %+v do not add up", u.Name, b)
		}
		if u.Degree > 0 && (u.EffectiveSize < 1-tolerance || u.EffectiveSize > float64(u.Degree)+tolerance) {
			t.Errorf("%s: effective size %g outside [1, degree %d]", u.Name, u.EffectiveSize, u.Degree)
		}
		if i > 0 && u.Bottleneck.Score > rep.Units[i-1].Bottleneck.Score {
			t.Errorf("units not sorted by bottleneck score at %d", i)
		}
	}
	near(t, "sum of PageRank", pageRank, 1)
	if len(communities) != rep.Network.Communities {
		t.Errorf("units are in %d communities, network says %d", len(communities), rep.Network.Communities)
	}
	leaders := map[string]int{}
	for _, task := range tasks {
		for _, l := range task.Leaders {
			leaders[l]++
		}
	}
	if len(rep.Leaders) != len(leaders) {
		t.Errorf("%d leaders, want the %d of the corpus", len(rep.Leaders), len(leaders))
	}
	for _, l := range rep.Leaders {
		if l.Tasks != leaders[l.Name] || l.Span == 0 || l.MultiLeaderTasks > l.Tasks {
			t.Errorf("leader %s: %d tasks (corpus %d), span %d, %d shared", l.Name, l.Tasks, leaders[l.Name], l.Span, l.MultiLeaderTasks)
		}
	}
}

// TestAgreesWithIndependentComputations compares hand-written and gonum
// measures with other ways of computing them on a random network with all
// weights 1: gonum's dense symmetric eigendecomposition for eigenvector
// centrality, gonum's unweighted Brandes betweenness for the weighted one,
// and Borgatti's n − 2t/n for effective size.
func TestAgreesWithIndependentComputations(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	const n = 60
	name := func(i int) string { return string(rune('A'+i/26)) + string(rune('a'+i%26)) }
	net := &graph.UnitNetwork{}
	g := simple.NewUndirectedGraph()
	adj := mat.NewSymDense(n, nil)
	for i := range n {
		net.Nodes = append(net.Nodes, unit(name(i)))
		g.AddNode(simple.Node(i))
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			// a ring keeps it connected; random chords make it interesting
			if j == i+1 || r.Float64() < 0.08 {
				net.Links = append(net.Links, link(name(i), name(j), 1))
				g.SetEdge(simple.Edge{F: simple.Node(i), T: simple.Node(j)})
				adj.SetSym(i, j, 1)
			}
		}
	}
	rep := analyse(t, net, nil, analytics.Options{})
	units := byName(t, rep)

	var eig mat.EigenSym
	if !eig.Factorize(adj, true) {
		t.Fatal("EigenSym did not factorise")
	}
	var vectors mat.Dense
	eig.VectorsTo(&vectors)
	lead := n - 1 // eigenvalues ascend
	brandes := network.Betweenness(g)
	for i := range n {
		u := units[name(i)]
		near(t, "eigenvector of "+u.Name, u.Eigenvector, math.Abs(vectors.At(i, lead)))
		near(t, "betweenness of "+u.Name, u.Betweenness, brandes[int64(i)]/float64((n-1)*(n-2)))
		partners := gg.NodesOf(g.From(int64(i)))
		ties := 0
		for a, p := range partners {
			for _, q := range partners[a+1:] {
				if g.HasEdgeBetween(p.ID(), q.ID()) {
					ties++
				}
			}
		}
		d := float64(len(partners))
		near(t, "effective size of "+u.Name, u.EffectiveSize, d-2*float64(ties)/d)
	}
}
