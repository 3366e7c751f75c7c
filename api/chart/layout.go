package chart

import (
	"cmp"
	"math"
	"slices"
)

// Point is a node position of a graph drawn with layout "none".
type Point struct{ X, Y float64 }

// goldenAngle spreads the points of a sunflower (Vogel's model) evenly.
var goldenAngle = math.Pi * (3 - math.Sqrt(5))

// spacing is the distance scale between neighbouring nodes.
const spacing = 14.0

// GroupedLayout places nodes for a large graph without running a force
// layout in the browser: each group (group[i] is node i's group) is a
// sunflower disc, heaviest nodes at its centre; discs are placed on a
// circle, largest first, far enough apart not to overlap. Every coordinate
// is positive, so that none is lost as a zero value.
func GroupedLayout(group []int, weight []float64) []Point {
	members := map[int][]int{}
	for i, g := range group {
		members[g] = append(members[g], i)
	}
	groups := make([]int, 0, len(members))
	for g, m := range members {
		groups = append(groups, g)
		slices.SortFunc(m, func(a, b int) int {
			return cmp.Or(cmp.Compare(weight[b], weight[a]), a-b)
		})
	}
	slices.SortFunc(groups, func(a, b int) int { return cmp.Or(len(members[b])-len(members[a]), a-b) })

	radius := make([]float64, len(groups))
	var circumference, largest float64
	for k, g := range groups {
		radius[k] = spacing * math.Sqrt(float64(len(members[g])))
		circumference += 2*radius[k] + 2*spacing
		largest = max(largest, radius[k])
	}
	ring := 0.0 // radius of the circle the disc centres lie on
	if len(groups) > 1 {
		ring = max(circumference/(2*math.Pi), largest+spacing)
	}

	pos := make([]Point, len(group))
	offset := ring + largest + spacing // shifts everything to positive coordinates
	angle := 0.0
	for k, g := range groups {
		// Each disc takes a share of the ring proportional to its width.
		share := (2*radius[k] + 2*spacing) / circumference * 2 * math.Pi
		centre := angle + share/2
		angle += share
		cx, cy := offset+ring*math.Cos(centre), offset+ring*math.Sin(centre)
		for j, i := range members[g] {
			r := spacing * math.Sqrt(float64(j)+0.5)
			a := float64(j) * goldenAngle
			pos[i] = Point{X: roundTo(cx+r*math.Cos(a), 1), Y: roundTo(cy+r*math.Sin(a), 1)}
		}
	}
	return pos
}
