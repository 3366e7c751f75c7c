package analytics

import (
	"math"
	"slices"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"
)

// adjacency is the network as node indexes 0..n-1 (units sorted by id) with
// sorted neighbour lists and the shared-task count of each tie.
type adjacency struct {
	nbr    [][]int     // nbr[i] sorted ascending
	weight [][]float64 // weight[i][k] is the weight of the tie i–nbr[i][k]
}

func (a *adjacency) len() int { return len(a.nbr) }

// tie returns the weight of the tie i–j, 0 when there is none.
func (a *adjacency) tie(i, j int) float64 {
	if k, ok := slices.BinarySearch(a.nbr[i], j); ok {
		return a.weight[i][k]
	}
	return 0
}

// strength is the sum of i's tie weights.
func (a *adjacency) strength(i int) float64 {
	var s float64
	for _, w := range a.weight[i] {
		s += w
	}
	return s
}

// weighted is a gonum graph.WeightedUndirected over an adjacency whose
// iterators run in index order, so that gonum's results (sums, Louvain's tie
// breaks) never depend on Go's map order as they would with simple's graphs.
// cost maps a tie's shared-task count to the edge weight gonum sees.
type weighted struct {
	adj   *adjacency
	nodes []gg.Node   // nodes[i] = simple.Node(i)
	from  [][]gg.Node // from[i] = nodes of adj.nbr[i]
	cost  [][]float64
}

var (
	_ gg.WeightedUndirected = (*weighted)(nil)
	_ gg.WeightedDirected   = directed{}
)

// newWeighted views adj as a gonum graph with edge weights cost(weight).
func newWeighted(adj *adjacency, cost func(float64) float64) *weighted {
	n := adj.len()
	g := &weighted{adj: adj, nodes: make([]gg.Node, n), from: make([][]gg.Node, n), cost: make([][]float64, n)}
	for i := range n {
		g.nodes[i] = simple.Node(i)
	}
	for i, nbr := range adj.nbr {
		g.from[i] = make([]gg.Node, len(nbr))
		g.cost[i] = make([]float64, len(nbr))
		for k, j := range nbr {
			g.from[i][k] = g.nodes[j]
			g.cost[i][k] = cost(adj.weight[i][k])
		}
	}
	return g
}

func (g *weighted) index(id int64) (int, bool) {
	return int(id), id >= 0 && id < int64(len(g.nodes))
}

func (g *weighted) Node(id int64) gg.Node {
	if i, ok := g.index(id); ok {
		return g.nodes[i]
	}
	return nil
}

func (g *weighted) Nodes() gg.Nodes { return iterator.NewOrderedNodes(g.nodes) }

func (g *weighted) From(id int64) gg.Nodes {
	if i, ok := g.index(id); ok && len(g.from[i]) > 0 {
		return iterator.NewOrderedNodes(g.from[i])
	}
	return gg.Empty
}

func (g *weighted) Weight(xid, yid int64) (float64, bool) {
	if xid == yid {
		return 0, true
	}
	x, ok := g.index(xid)
	y, ok2 := g.index(yid)
	if !ok || !ok2 {
		return math.Inf(1), false
	}
	if k, found := slices.BinarySearch(g.adj.nbr[x], y); found {
		return g.cost[x][k], true
	}
	return math.Inf(1), false
}

func (g *weighted) HasEdgeBetween(xid, yid int64) bool {
	_, ok := g.Weight(xid, yid)
	return ok && xid != yid
}

func (g *weighted) WeightedEdge(uid, vid int64) gg.WeightedEdge {
	if !g.HasEdgeBetween(uid, vid) {
		return nil
	}
	w, _ := g.Weight(uid, vid)
	return simple.WeightedEdge{F: g.nodes[uid], T: g.nodes[vid], W: w}
}

func (g *weighted) Edge(uid, vid int64) gg.Edge {
	if e := g.WeightedEdge(uid, vid); e != nil {
		return e
	}
	return nil
}

func (g *weighted) EdgeBetween(xid, yid int64) gg.Edge { return g.Edge(xid, yid) }

func (g *weighted) WeightedEdgeBetween(xid, yid int64) gg.WeightedEdge {
	return g.WeightedEdge(xid, yid)
}

// directed is the symmetric directed view that gonum's PageRank asks for:
// every undirected tie is an arc each way with the same weight.
type directed struct{ *weighted }

func (g directed) HasEdgeFromTo(uid, vid int64) bool { return g.HasEdgeBetween(uid, vid) }
func (g directed) To(id int64) gg.Nodes              { return g.From(id) }
