package chart

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"govgraph/graph"
)

// Network draws a unit network (graph.UnitNetwork): node size by tasks,
// colour by unit kind (KindColours, the same whatever the filter), or by
// community when colour is "community" (communities maps node ids to
// analytics communities; CommunityColours, each named by its biggest
// members and its size), link width by weight. Nodes are placed on the
// server by ForceLayout (seeded: one picture per data) and drawn with layout
// "none" inside a box below the title and legend.
func Network(net *graph.UnitNetwork, colour string, communities map[string]int, lang string) Option {
	names := displayNames(net.Nodes)

	// Categories: kinds in display order, or communities in number order.
	var categories []*opts.GraphCategory
	catOf := make([]int, len(net.Nodes))
	if colour == "community" {
		var ids []int
		members := map[int][]graph.UnitNode{}
		for _, n := range net.Nodes {
			c, ok := communities[n.ID]
			if !ok {
				continue
			}
			if !slices.Contains(ids, c) {
				ids = append(ids, c)
			}
			members[c] = append(members[c], n)
		}
		slices.Sort(ids)
		for _, c := range ids {
			categories = append(categories, &opts.GraphCategory{Name: communityName(lang, c, members[c], names),
				ItemStyle: &opts.ItemStyle{Color: CommunityColour(c)}})
		}
		for i, n := range net.Nodes {
			c, ok := communities[n.ID]
			if !ok {
				catOf[i] = len(ids) // an extra category for nodes without one
				continue
			}
			catOf[i] = slices.Index(ids, c)
		}
		if slices.Contains(catOf, len(ids)) {
			categories = append(categories, &opts.GraphCategory{Name: "-", ItemStyle: &opts.ItemStyle{Color: unknownColour}})
		}
	} else {
		kinds := unitKindsOf(net.Nodes)
		for _, k := range kinds {
			categories = append(categories, &opts.GraphCategory{Name: kindLabel(lang, k), ItemStyle: &opts.ItemStyle{Color: KindColour(k)}})
		}
		for i, n := range net.Nodes {
			catOf[i] = slices.Index(kinds, n.Kind)
		}
	}
	catNames := make([]string, len(categories))
	for i, c := range categories {
		catNames[i] = c.Name
	}

	index := make(map[string]int, len(net.Nodes))
	for i, n := range net.Nodes {
		index[n.ID] = i
	}
	edges := make([]Edge, 0, len(net.Links))
	for _, l := range net.Links {
		a, okA := index[l.Source]
		b, okB := index[l.Target]
		if okA && okB {
			edges = append(edges, Edge{A: a, B: b, Weight: float64(l.Weight)})
		}
	}
	pos := ForceLayout(len(net.Nodes), edges)

	maxTasks := 1
	for _, n := range net.Nodes {
		maxTasks = max(maxTasks, n.Tasks)
	}
	nodes := make([]graphNode, len(net.Nodes))
	for i, n := range net.Nodes {
		nodes[i] = graphNode{ID: n.ID, GraphNode: opts.GraphNode{
			Name:       names[n.ID],
			X:          float32(pos[i].X),
			Y:          float32(pos[i].Y),
			Value:      float32(n.Tasks),
			Category:   catOf[i],
			SymbolSize: roundTo(6+30*math.Sqrt(float64(n.Tasks)/float64(maxTasks)), 1),
		}}
	}
	maxWeight := 1
	for _, l := range net.Links {
		maxWeight = max(maxWeight, l.Weight)
	}
	links := make([]opts.GraphLink, len(net.Links))
	for i, l := range net.Links {
		width := 1.0
		if maxWeight > 1 {
			width = 1 + 5*float64(l.Weight-1)/float64(maxWeight-1)
		}
		links[i] = opts.GraphLink{Source: l.Source, Target: l.Target, Value: float32(l.Weight),
			LineStyle: &opts.LineStyle{Width: float32(roundTo(width, 2))}}
	}

	g := charts.NewGraph()
	g.SetGlobalOptions(
		title(tr(lang, "协同网络", "Coordination network"),
			fmt.Sprintf(tr(lang, "%d 个单位，%d 条协同关系", "%d units, %d links"), len(net.Nodes), len(net.Links))),
		// The legend lists every category, so that the browser can keep the hidden ones in the URL.
		charts.WithLegendOpts(opts.Legend{Type: "scroll", Top: titleRoom, Left: "8", Right: "8", Data: catNames}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true)}),
	)
	g.AddSeries(tr(lang, "单位", "Units"), nil, links,
		charts.WithGraphChartOpts(opts.GraphChart{Layout: "none", Roam: opts.Bool(true), Categories: categories}),
		charts.WithLabelLayoutOpts(opts.LabelLayout{HideOverlap: opts.Bool(true)}),
		charts.WithLineStyleOpts(opts.LineStyle{Color: "source", Opacity: opts.Float(0.5), Curveness: 0.1}),
		charts.WithEmphasisOpts(opts.Emphasis{Focus: "adjacency"}),
		charts.WithSeriesOpts(func(s *charts.SingleSeries) { s.Data = nodes }),
	)
	return encode(g, finishGraph(nodes, LargeGraph, &graphBox))
}

// graphBox keeps a server-placed graph clear of the title and legend above
// it and room for the labels at its right.
var graphBox = box{top: "108", bottom: "24", left: "24", right: "110"}

// communityName names a community by its two biggest members (by tasks)
// and its size: "社区 3 · 区发展和改革局、区财政局等 12 个".
func communityName(lang string, c int, members []graph.UnitNode, names map[string]string) string {
	byTasks := slices.Clone(members)
	slices.SortStableFunc(byTasks, func(a, b graph.UnitNode) int { return b.Tasks - a.Tasks })
	var top []string
	for _, n := range byTasks[:min(2, len(byTasks))] {
		top = append(top, names[n.ID])
	}
	if lang == EN {
		return fmt.Sprintf("Community %d · %s (%d)", c, strings.Join(top, ", "), len(members))
	}
	return fmt.Sprintf("社区 %d · %s（%d 个）", c, strings.Join(top, "、"), len(members))
}

// displayNames gives each unit a name to show: its name, or name（jurisdiction）
// when units of several jurisdictions share the name.
func displayNames(nodes []graph.UnitNode) map[string]string {
	return distinctNames(nodes, func(n graph.UnitNode) (string, string, string) { return n.ID, n.Name, n.Jurisdiction })
}

// distinctNames is displayNames for any list of units, known by their id,
// name and jurisdiction.
func distinctNames[T any](items []T, unit func(T) (id, name, jurisdiction string)) map[string]string {
	jurisdictions := map[string]map[string]bool{}
	for _, it := range items {
		_, name, j := unit(it)
		if jurisdictions[name] == nil {
			jurisdictions[name] = map[string]bool{}
		}
		jurisdictions[name][j] = true
	}
	out := make(map[string]string, len(items))
	for _, it := range items {
		id, name, j := unit(it)
		if len(jurisdictions[name]) > 1 {
			out[id] = name + "（" + j + "）"
		} else {
			out[id] = name
		}
	}
	return out
}

// unitKindsOf lists the kinds of nodes, known kinds in display order first.
func unitKindsOf(nodes []graph.UnitNode) []string {
	present := map[string]bool{}
	for _, n := range nodes {
		present[n.Kind] = true
	}
	var kinds []string
	for _, k := range graph.UnitKinds {
		if present[k] {
			kinds = append(kinds, k)
			delete(present, k)
		}
	}
	var rest []string
	for k := range present {
		rest = append(rest, k)
	}
	slices.Sort(rest)
	return append(kinds, rest...)
}
