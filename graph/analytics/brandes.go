package analytics

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	gg "gonum.org/v1/gonum/graph"
)

// Parameters of the shortest-path measures (docs/metrics.md).
const (
	// pathWork bounds the work of betweenness and closeness, counted as
	// sources × (units + links): networks within it are measured from every
	// unit (3,000 units with the corpus' ten links per unit fit), larger ones
	// are estimated from pathWork / (units + links) sampled sources, but
	// never fewer than pathMinSources. BENCHMARKS.md has the timings.
	pathWork       = 100_000_000
	pathMinSources = 100
	// pathConfidence is the probability with which the reported error
	// bound holds for every unit at once.
	pathConfidence = 0.95
	// sourceBlocks is how many fixed blocks the sources are split into;
	// blocks are summed in order, so results do not depend on scheduling
	// or on GOMAXPROCS.
	sourceBlocks = 64
)

// shortestPaths is the result of Brandes' algorithm over a weighted
// undirected graph, indexed like the graph's nodes sorted by id.
type shortestPaths struct {
	// betweenness[v] is Σ over ordered pairs s ≠ v ≠ t of σst(v)/σst,
	// counting each unordered pair twice as gonum's BetweennessWeighted does.
	betweenness []float64
	// distanceSum[v] is Σ over units s reaching v of d(s, v).
	distanceSum []float64
	// stdErr[v] is the standard error of betweenness[v] when sampled, on
	// the same scale; nil when exact.
	stdErr []float64
	// When sampled, both are estimates scaled up from the sources; see
	// PathSampling.
	sampling PathSampling
}

// csr is a weighted undirected graph as dense indexes 0..n-1 (gonum node ids
// in ascending order) with sorted neighbour lists in one array.
type csr struct {
	start []int32   // neighbours of i are to[start[i]:start[i+1]]
	to    []int32   // neighbour index
	cost  []float64 // edge weight (a distance)
}

func (g *csr) len() int { return len(g.start) - 1 }

// newCSR copies an undirected weighted gonum graph. Weights must be
// positive and the same both ways; self-loops are ignored.
func newCSR(g gg.Weighted) *csr {
	nodes := gg.NodesOf(g.Nodes())
	slices.SortFunc(nodes, func(a, b gg.Node) int { return cmp.Compare(a.ID(), b.ID()) })
	index := make(map[int64]int32, len(nodes))
	for i, u := range nodes {
		index[u.ID()] = int32(i)
	}
	c := &csr{start: make([]int32, len(nodes)+1)}
	type arc struct {
		to   int32
		cost float64
	}
	var arcs []arc
	for i, u := range nodes {
		arcs = arcs[:0]
		for it := g.From(u.ID()); it.Next(); {
			v := it.Node()
			if v.ID() == u.ID() {
				continue
			}
			w, ok := g.Weight(u.ID(), v.ID())
			if !ok || !(w > 0) || math.IsInf(w, 1) {
				panic(fmt.Sprintf("analytics: edge %d–%d has weight %v; shortest paths need positive finite weights", u.ID(), v.ID(), w))
			}
			arcs = append(arcs, arc{index[v.ID()], w})
		}
		slices.SortFunc(arcs, func(a, b arc) int { return cmp.Compare(a.to, b.to) })
		for _, a := range arcs {
			c.to = append(c.to, a.to)
			c.cost = append(c.cost, a.cost)
		}
		c.start[i+1] = int32(len(c.to))
	}
	return c
}

// components labels each node with its connected component, numbered in
// order of their smallest node, and returns the labels and the sizes.
func (g *csr) components() (label []int32, size []int) {
	n := g.len()
	label = make([]int32, n)
	for i := range label {
		label[i] = -1
	}
	var queue []int32
	for s := range n {
		if label[s] >= 0 {
			continue
		}
		c := int32(len(size))
		label[s] = c
		queue = append(queue[:0], int32(s))
		for k := 0; k < len(queue); k++ {
			u := queue[k]
			for _, v := range g.to[g.start[u]:g.start[u+1]] {
				if label[v] < 0 {
					label[v] = c
					queue = append(queue, v)
				}
			}
		}
		size = append(size, len(queue))
	}
	return label, size
}

// brandes computes betweenness and distance sums on g (indexed by node id
// order) in parallel across source units. When searching from every unit
// would exceed work (sources × (nodes + edges)), it samples sources within
// the work, seeded, from each connected component in proportion to its size
// (see PathSampling).
func brandes(g gg.Weighted, work int, seed int64) *shortestPaths {
	c := newCSR(g)
	n := c.len()
	perSource := n + len(c.to)/2
	sources := max(pathMinSources, work/max(perSource, 1))
	label, size := c.components()
	members := make([][]int32, len(size))
	for v := range n {
		members[label[v]] = append(members[label[v]], int32(v))
	}

	// Sources of each component: all of it, or a seeded sample of the same
	// share of it, at least one unit.
	sampled := sources < n
	picked := make([]int, len(size)) // sources taken in each component
	var from []int32
	r := rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15))
	for k, m := range members {
		take := len(m)
		if sampled {
			take = min(len(m), max(1, (len(m)*sources+n-1)/n))
		}
		picked[k] = take
		if take == len(m) {
			from = append(from, m...)
			continue
		}
		perm := r.Perm(len(m))
		chosen := make([]int32, take)
		for i := range take {
			chosen[i] = m[perm[i]]
		}
		slices.Sort(chosen)
		from = append(from, chosen...)
	}
	slices.Sort(from)
	sampled = len(from) < n // small components may have been taken whole

	sum := accumulate(c, from)

	out := &shortestPaths{betweenness: sum.between, distanceSum: sum.dist,
		sampling: PathSampling{Sampled: sampled, Sources: len(from), Confidence: pathConfidence}}
	if !sampled {
		return out
	}
	// Scale each unit's sums by its component's size over its sources.
	// With k of the r sources of a component drawn without replacement,
	// the estimate r·mean has standard error r·sqrt((1−k/r)·S²/k), S² the
	// sample variance of δs(v) over the k sources (with one source, the
	// largest variance of values in [0, r−2], (r−2)²/4).
	out.stdErr = make([]float64, n)
	for v := range n {
		k := label[v]
		r, kk := float64(size[k]), float64(picked[k])
		mean := sum.between[v] / kk
		out.betweenness[v] *= r / kk
		out.distanceSum[v] *= r / kk
		if picked[k] == size[k] {
			continue
		}
		variance := (r - 2) * (r - 2) / 4
		if kk > 1 {
			variance = max(0, sum.squares[v]-kk*mean*mean) / (kk - 1)
		}
		out.stdErr[v] = r * math.Sqrt((1-kk/r)*variance/kk)
	}
	// The bound: Hoeffding–Serfling, union over the n units.
	logTerm := math.Log(2 * float64(n) / (1 - pathConfidence))
	for k, r := range size {
		if picked[k] == r || r < 3 {
			continue // exact
		}
		kk, rr := float64(picked[k]), float64(r)
		// A source s adds δs(v) ∈ [0, r−2] to v's betweenness; the mean of
		// kk of the rr values, drawn without replacement, is within
		// t = (r−2)·sqrt((1−(kk−1)/rr)·ln(2n/α)/(2kk)) of the true mean for
		// all n units with probability 1−α. Normalised: rr·t/((n−1)(n−2)).
		t := (rr - 2) * math.Sqrt((1-(kk-1)/rr)*logTerm/(2*kk))
		bound := rr * t / (float64(n-1) * float64(n-2))
		out.sampling.BetweennessError = max(out.sampling.BetweennessError, bound)
	}
	if n > 2 {
		out.sampling.BetweennessStdErr = slices.Max(out.stdErr) / (float64(n-1) * float64(n-2))
	}
	return out
}

// sums are the per-node sums of Brandes' searches over some sources.
type sums struct {
	between []float64 // Σs δs(v), s ≠ v
	squares []float64 // Σs δs(v)², s ≠ v
	dist    []float64 // Σs d(s, v)
}

func newSums(n int) sums {
	return sums{between: make([]float64, n), squares: make([]float64, n), dist: make([]float64, n)}
}

// accumulate runs Dijkstra from every source in from and accumulates the
// dependencies (Brandes 2001) and the distances onto the other nodes. Each
// of GOMAXPROCS workers takes fixed blocks of sources in turn; the blocks'
// sums are added in block order, so the result is the same on any schedule.
func accumulate(g *csr, from []int32) sums {
	n := g.len()
	total := newSums(n)
	blocks := min(sourceBlocks, len(from))
	part := make([]sums, blocks)
	var next atomic.Int32
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), blocks) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := newSearch(n)
			for {
				b := int(next.Add(1)) - 1
				if b >= blocks {
					return
				}
				part[b] = newSums(n)
				for _, s := range from[b*len(from)/blocks : (b+1)*len(from)/blocks] {
					w.run(g, s, part[b])
				}
			}
		}()
	}
	wg.Wait()
	for _, p := range part {
		for v := range n {
			total.between[v] += p.between[v]
			total.squares[v] += p.squares[v]
			total.dist[v] += p.dist[v]
		}
	}
	return total
}

// search is one worker's scratch space for single-source searches.
type search struct {
	dist  []float64 // +Inf when not reached
	sigma []float64 // number of shortest paths from the source
	delta []float64 // dependency of the source on the node
	order []int32   // nodes in order of non-decreasing distance
	heap  distanceHeap
}

func newSearch(n int) *search {
	s := &search{dist: make([]float64, n), sigma: make([]float64, n), delta: make([]float64, n)}
	for i := range s.dist {
		s.dist[i] = math.Inf(1)
	}
	return s
}

// run adds the source's dependencies and distances to sum.
// Path lengths are compared exactly as gonum's DijkstraAllPaths compares
// them (d(u)+w against d(v), in float64), so ties agree with gonum.
func (w *search) run(g *csr, s int32, sum sums) {
	w.order = w.order[:0]
	w.dist[s], w.sigma[s] = 0, 1
	w.heap.push(0, s)
	for len(w.heap) > 0 {
		d, u := w.heap.pop()
		if d > w.dist[u] {
			continue // a stale entry: u was reached more cheaply since
		}
		w.order = append(w.order, u)
		for k := g.start[u]; k < g.start[u+1]; k++ {
			v, nd := g.to[k], d+g.cost[k]
			switch {
			case nd < w.dist[v]:
				w.dist[v], w.sigma[v] = nd, w.sigma[u]
				w.heap.push(nd, v)
			case nd == w.dist[v]:
				w.sigma[v] += w.sigma[u]
			}
		}
	}
	// Dependencies, farthest first: v precedes u on a shortest path when
	// d(v) + w(v, u) = d(u).
	for i := len(w.order) - 1; i >= 0; i-- {
		u := w.order[i]
		share := (1 + w.delta[u]) / w.sigma[u]
		du := w.dist[u]
		for k := g.start[u]; k < g.start[u+1]; k++ {
			if v := g.to[k]; w.dist[v]+g.cost[k] == du {
				w.delta[v] += w.sigma[v] * share
			}
		}
		if u != s {
			sum.between[u] += w.delta[u]
			sum.squares[u] += w.delta[u] * w.delta[u]
		}
		sum.dist[u] += du
	}
	for _, u := range w.order {
		w.dist[u], w.sigma[u], w.delta[u] = math.Inf(1), 0, 0
	}
}

// distanceHeap is a binary min-heap of (distance, node) without decrease-key:
// a node is pushed again when its distance drops and stale entries are
// skipped when popped.
type distanceHeap []heapEntry

type heapEntry struct {
	dist float64
	node int32
}

func (h *distanceHeap) push(d float64, v int32) {
	*h = append(*h, heapEntry{d, v})
	q := *h
	i := len(q) - 1
	for i > 0 {
		p := (i - 1) / 2
		if q[p].dist <= q[i].dist {
			break
		}
		q[p], q[i] = q[i], q[p]
		i = p
	}
}

func (h *distanceHeap) pop() (float64, int32) {
	q := *h
	top := q[0]
	last := len(q) - 1
	q[0] = q[last]
	q = q[:last]
	i := 0
	for {
		l, small := 2*i+1, i
		if l < len(q) && q[l].dist < q[small].dist {
			small = l
		}
		if r := l + 1; r < len(q) && q[r].dist < q[small].dist {
			small = r
		}
		if small == i {
			break
		}
		q[i], q[small] = q[small], q[i]
		i = small
	}
	*h = q
	return top.dist, top.node
}
