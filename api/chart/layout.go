package chart

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
)

// Point is a node position of a graph drawn with layout "none".
type Point struct{ X, Y float64 }

// Edge joins nodes A and B (indices) with a weight.
type Edge struct {
	A, B   int
	Weight float64
}

// LayoutSeed seeds every force layout: one picture per data.
const LayoutSeed = 20240611

// layoutUpdates is the number of spring embedder steps of a component.
const layoutUpdates = 120

// spacing is the distance between packed components, in the units of a
// component of one node.
const spacing = 1.0

// ForceLayout places the n nodes of a graph by a spring embedder seeded
// with LayoutSeed: the same
// graph gets the same positions. Each connected component is laid out on
// its own and scaled to an area proportional to its size; components are
// then packed on rows, largest first, so that isolated units do not drift
// off and squeeze the rest. Every coordinate is positive.
func ForceLayout(n int, edges []Edge) []Point {
	if n == 0 {
		return nil // an empty network (a filter that leaves no link) has nothing to place
	}
	comps := components(n, edges)
	local := make([][]Point, len(comps))
	for k, members := range comps {
		local[k] = componentLayout(members, edges)
	}
	return pack(n, comps, local)
}

// components lists the connected components of a graph of n nodes, each
// component's nodes ascending, components largest first (ties: lowest
// node first).
func components(n int, edges []Edge) [][]int {
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, e := range edges {
		a, b := find(e.A), find(e.B)
		if a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	byRoot := map[int][]int{}
	var roots []int
	for i := range n {
		r := find(i)
		if byRoot[r] == nil {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], i)
	}
	out := make([][]int, len(roots))
	for k, r := range roots {
		out[k] = byRoot[r]
	}
	slices.SortStableFunc(out, func(a, b []int) int { return cmp.Or(len(b)-len(a), a[0]-b[0]) })
	return out
}

// componentLayout lays out one component by Fruchterman and Reingold's
// spring embedder (the grid variant of their paper: repulsion only within
// 2k, so that it stays linear in the nodes), from a seeded random start,
// then centres it on 0 and scales it to a disc of radius
// sqrt(len(members))/2: the area grows with the node count. gonum's Eades
// layout was tried first; it diverges on some starts and is quadratic in
// practice on 300 nodes.
func componentLayout(members []int, edges []Edge) []Point {
	m := len(members)
	if m == 1 {
		return []Point{{}}
	}
	local := make(map[int]int, m)
	for i, v := range members {
		local[v] = i
	}
	type spring struct {
		a, b int
		w    float64
	}
	var springs []spring
	for _, e := range edges {
		a, okA := local[e.A]
		b, okB := local[e.B]
		if okA && okB && a != b {
			// Log-scaled weights: heavy links pull closer without collapsing.
			springs = append(springs, spring{a, b, 1 + math.Log(max(e.Weight, 1))})
		}
	}
	const k = 1.0 // ideal distance
	side := math.Sqrt(float64(m)) * k
	rnd := rand.New(rand.NewPCG(LayoutSeed, uint64(m)))
	pts := make([]Point, m)
	for i := range pts {
		pts[i] = Point{rnd.Float64() * side, rnd.Float64() * side}
	}
	disp := make([]Point, m)
	cell := func(p Point) [2]int { return [2]int{int(math.Floor(p.X / (2 * k))), int(math.Floor(p.Y / (2 * k)))} }
	temperature := side / 10
	for it := range layoutUpdates {
		grid := map[[2]int][]int{}
		for i, p := range pts {
			c := cell(p)
			grid[c] = append(grid[c], i)
		}
		for i := range disp {
			disp[i] = Point{}
		}
		for i, p := range pts {
			c := cell(p)
			for dx := -1; dx <= 1; dx++ {
				for dy := -1; dy <= 1; dy++ {
					for _, j := range grid[[2]int{c[0] + dx, c[1] + dy}] {
						if j == i {
							continue
						}
						vx, vy := p.X-pts[j].X, p.Y-pts[j].Y
						d2 := vx*vx + vy*vy
						if d2 >= 4*k*k {
							continue
						}
						if d2 < 1e-18 { // coincident: push apart along a direction fixed by the indices
							vx, vy = float64(i-j), 1
							d2 = vx*vx + vy*vy
						}
						// Force k²/d along v/d: v·k²/d².
						disp[i].X += vx * k * k / d2
						disp[i].Y += vy * k * k / d2
					}
				}
			}
		}
		for _, s := range springs {
			vx, vy := pts[s.a].X-pts[s.b].X, pts[s.a].Y-pts[s.b].Y
			d := math.Hypot(vx, vy)
			if d < 1e-9 {
				continue
			}
			f := d * d / k * s.w
			disp[s.a].X -= vx / d * f
			disp[s.a].Y -= vy / d * f
			disp[s.b].X += vx / d * f
			disp[s.b].Y += vy / d * f
		}
		for i := range pts {
			d := math.Hypot(disp[i].X, disp[i].Y)
			if d < 1e-9 {
				continue
			}
			step := min(d, temperature)
			pts[i].X += disp[i].X / d * step
			pts[i].Y += disp[i].Y / d * step
		}
		temperature = side / 10 * (1 - float64(it+1)/float64(layoutUpdates+1))
	}
	var cx, cy float64
	for _, p := range pts {
		cx += p.X
		cy += p.Y
	}
	cx /= float64(m)
	cy /= float64(m)
	far := 0.0
	for i := range pts {
		pts[i].X -= cx
		pts[i].Y -= cy
		far = max(far, math.Hypot(pts[i].X, pts[i].Y))
	}
	if far == 0 {
		far = 1
	}
	radius := math.Sqrt(float64(m)) / 2
	for i := range pts {
		pts[i].X *= radius / far
		pts[i].Y *= radius / far
	}
	return pts
}

// pack puts components, each a disc around 0, on rows of about the
// width of the whole, largest first.
func pack(n int, comps [][]int, local [][]Point) []Point {
	radius := make([]float64, len(comps))
	area := 0.0
	for k, pts := range local {
		for _, p := range pts {
			radius[k] = max(radius[k], math.Hypot(p.X, p.Y))
		}
		radius[k] = max(radius[k], 0.5) + spacing/2
		area += 4 * radius[k] * radius[k]
	}
	width := max(math.Sqrt(area)*1.3, 2*radius[0])
	pos := make([]Point, n)
	x, y, rowHeight := 0.0, 0.0, 0.0
	for k, members := range comps {
		d := 2 * radius[k]
		if x > 0 && x+d > width {
			x, y, rowHeight = 0, y+rowHeight, 0
		}
		cx, cy := x+radius[k], y+radius[k]
		for i, m := range members {
			// Scaled so that a unit is 20 px apart at zoom 1 on a typical screen; ECharts fits the box anyway.
			pos[m] = Point{X: roundTo(20*(cx+local[k][i].X)+10, 1), Y: roundTo(20*(cy+local[k][i].Y)+10, 1)}
		}
		x += d
		rowHeight = max(rowHeight, d)
	}
	return pos
}
