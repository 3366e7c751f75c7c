package analytics

import (
	"math"

	"gonum.org/v1/gonum/floats"
)

// This file holds the measures gonum does not provide. Each works on the
// adjacency (units in id order) and is defined in docs/metrics.md.

// density is 2L / (n(n-1)), 0 below two units.
func density(n, links int) float64 {
	if n < 2 {
		return 0
	}
	return 2 * float64(links) / float64(n*(n-1))
}

// degreeCentralisation is Freeman's Σ(maxDegree − degree) / ((n−1)(n−2)):
// 1 for a star, 0 when every unit has the same degree; 0 below three units.
func degreeCentralisation(a *adjacency) float64 {
	n := a.len()
	if n < 3 {
		return 0
	}
	most := 0
	for _, nbr := range a.nbr {
		most = max(most, len(nbr))
	}
	var sum int
	for _, nbr := range a.nbr {
		sum += most - len(nbr)
	}
	return float64(sum) / float64((n-1)*(n-2))
}

const (
	eigenvectorMaxIterations = 10000
	eigenvectorTolerance     = 1e-12 // largest change of an entry between iterations
)

// eigenvector is eigenvector centrality: the leading eigenvector of the
// weighted adjacency matrix A, with unit Euclidean norm, by power iteration
// on A + I from the uniform vector (the shift keeps two-coloured networks,
// such as stars, from oscillating; it does not change the eigenvector).
// gonum has no eigenvector centrality and its dense EigenSym is O(n³).
// In a disconnected network the component with the largest leading
// eigenvalue takes the weight; units elsewhere tend to 0. With no links at
// all every unit gets 0. converged is false when the iteration limit ran out.
func eigenvector(a *adjacency) (x []float64, converged bool) {
	n := a.len()
	x = make([]float64, n)
	links := 0
	for _, nbr := range a.nbr {
		links += len(nbr)
	}
	if links == 0 {
		return x, true
	}
	for i := range x {
		x[i] = 1 / math.Sqrt(float64(n))
	}
	y := make([]float64, n)
	for range eigenvectorMaxIterations {
		for i, nbr := range a.nbr {
			s := x[i]
			for k, j := range nbr {
				s += a.weight[i][k] * x[j]
			}
			y[i] = s
		}
		floats.Scale(1/floats.Norm(y, 2), y)
		change := floats.Distance(x, y, math.Inf(1))
		x, y = y, x
		if change < eigenvectorTolerance {
			return x, true
		}
	}
	return x, false
}

// burt returns Burt's constraint and effective size of every unit on the
// weighted network (undirected: the mutual weight of i–j is w_ij).
//
//	p_ij = w_ij / Σ_k w_ik                       i's share of ties spent on j
//	m_jq = w_jq / max_k w_jk                     j's tie to q against j's strongest
//	constraint_i     = Σ_j (p_ij + Σ_q p_iq p_qj)²   q ≠ i, j linked to both
//	effectiveSize_i  = Σ_j (1 − Σ_q p_iq m_jq)
//
// Unweighted, the effective size is Borgatti's n − 2t/n (t ties among the n
// partners). Isolated units have neither; they get 0.
func burt(a *adjacency) (constraint, effective []float64) {
	n := a.len()
	constraint = make([]float64, n)
	effective = make([]float64, n)
	strength := make([]float64, n)
	strongest := make([]float64, n)
	for i := range n {
		strength[i] = a.strength(i)
		for _, w := range a.weight[i] {
			strongest[i] = max(strongest[i], w)
		}
	}
	p := make([]float64, n) // p[q] = p_iq for the current i, 0 off i's partners
	for i, partners := range a.nbr {
		for k, q := range partners {
			p[q] = a.weight[i][k] / strength[i]
		}
		for _, j := range partners {
			var indirect, redundancy float64
			for k, q := range a.nbr[j] {
				if q == i || p[q] == 0 {
					continue
				}
				w := a.weight[j][k]
				indirect += p[q] * w / strength[q]
				redundancy += p[q] * w / strongest[j]
			}
			constraint[i] += (p[j] + indirect) * (p[j] + indirect)
			effective[i] += 1 - redundancy
		}
		for _, q := range partners {
			p[q] = 0
		}
	}
	return constraint, effective
}

// brokerage counts Gould–Fernandez roles of every unit v over its open
// two-paths a–v–b (a, b partners of v that are not linked), each unordered
// pair once, classified by the groups of a, v and b. On an undirected network
// a path a–v–b is also b–v–a, so gatekeeper (a outside, b inside v's group)
// and representative (a inside, b outside) are one role.
func brokerage(a *adjacency, group []string) []Brokerage {
	n := a.len()
	roles := make([]Brokerage, n)
	mark := make([]int, n) // mark[y] == x when y is a partner of x
	for i := range mark {
		mark[i] = -1
	}
	for v, partners := range a.nbr {
		for k, x := range partners {
			for _, y := range a.nbr[x] {
				mark[y] = x
			}
			for _, y := range partners[k+1:] {
				if mark[y] == x {
					continue // x and y are linked: the triad is closed
				}
				r := &roles[v]
				gx, gv, gy := group[x], group[v], group[y]
				switch {
				case gx == gv && gy == gv:
					r.Coordinator++
				case gx == gy:
					r.Itinerant++
				case gx != gv && gy != gv:
					r.Liaison++
				default:
					r.GatekeeperRepresentative++
				}
				r.Total++
			}
		}
	}
	return roles
}

// bottleneck sets each unit's bottleneck score: the mean of its task load,
// betweenness and number of supervising leaders, each min-max normalised
// over the network (a part is 0 for every unit when all units share its value).
func bottleneck(units []UnitMetrics) {
	load := normalised(units, func(u *UnitMetrics) float64 { return float64(u.Tasks) })
	between := normalised(units, func(u *UnitMetrics) float64 { return u.Betweenness })
	leaders := normalised(units, func(u *UnitMetrics) float64 { return float64(u.Leaders) })
	for i := range units {
		units[i].Bottleneck = Bottleneck{
			Score:       (load[i] + between[i] + leaders[i]) / 3,
			Load:        load[i],
			Betweenness: between[i],
			Leaders:     leaders[i],
		}
	}
}

// normalised maps value(u) to (value − min) / (max − min) over units.
func normalised(units []UnitMetrics, value func(*UnitMetrics) float64) []float64 {
	out := make([]float64, len(units))
	if len(units) == 0 {
		return out
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for i := range units {
		v := value(&units[i])
		out[i] = v
		lo, hi = min(lo, v), max(hi, v)
	}
	for i := range out {
		if hi > lo {
			out[i] = (out[i] - lo) / (hi - lo)
		} else {
			out[i] = 0
		}
	}
	return out
}
