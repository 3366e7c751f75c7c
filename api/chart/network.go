package chart

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"govgraph/graph"
)

// Network draws a unit network (graph.UnitNetwork): node size by tasks,
// colour by unit kind, or by community when colour is "community"
// (communities maps node ids to analytics communities), link width by
// weight. Up to LargeGraph nodes ECharts lays it out by force; above, nodes
// get server-computed positions grouped by colour.
func Network(net *graph.UnitNetwork, colour string, communities map[string]int, lang string) Option {
	names := displayNames(net.Nodes)

	// Categories: kinds in display order, or communities in number order.
	var catNames []string
	catOf := make([]int, len(net.Nodes))
	if colour == "community" {
		var ids []int
		for _, n := range net.Nodes {
			if c, ok := communities[n.ID]; ok && !slices.Contains(ids, c) {
				ids = append(ids, c)
			}
		}
		slices.Sort(ids)
		for _, c := range ids {
			catNames = append(catNames, tr(lang, "社区 ", "Community ")+strconv.Itoa(c))
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
			catNames = append(catNames, "-")
		}
	} else {
		kinds := unitKindsOf(net.Nodes)
		for _, k := range kinds {
			catNames = append(catNames, kindLabel(lang, k))
		}
		for i, n := range net.Nodes {
			catOf[i] = slices.Index(kinds, n.Kind)
		}
	}
	categories := make([]*opts.GraphCategory, len(catNames))
	for i, name := range catNames {
		categories[i] = &opts.GraphCategory{Name: name}
	}

	maxTasks := 1
	for _, n := range net.Nodes {
		maxTasks = max(maxTasks, n.Tasks)
	}
	large := len(net.Nodes) > LargeGraph
	var pos []Point
	if large {
		pos = GroupedLayout(catOf, nodeWeights(net.Nodes))
	}
	nodes := make([]graphNode, len(net.Nodes))
	for i, n := range net.Nodes {
		nodes[i] = graphNode{ID: n.ID, GraphNode: opts.GraphNode{
			Name:       names[n.ID],
			Value:      float32(n.Tasks),
			Category:   catOf[i],
			SymbolSize: roundTo(6+30*math.Sqrt(float64(n.Tasks)/float64(maxTasks)), 1),
		}}
		if large {
			nodes[i].X, nodes[i].Y = float32(pos[i].X), float32(pos[i].Y)
		}
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

	layout := opts.GraphChart{Layout: "force", Roam: opts.Bool(true), Draggable: opts.Bool(true), Categories: categories,
		Force: &opts.GraphForce{Repulsion: float32(forceRepulsion(len(nodes))), Gravity: 0.08, EdgeLength: []int{40, 180}}}
	if large {
		layout = opts.GraphChart{Layout: "none", Roam: opts.Bool(true), Categories: categories}
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
		charts.WithGraphChartOpts(layout),
		charts.WithLabelLayoutOpts(opts.LabelLayout{HideOverlap: opts.Bool(true)}),
		charts.WithLineStyleOpts(opts.LineStyle{Color: "source", Opacity: opts.Float(0.5), Curveness: 0.1}),
		charts.WithEmphasisOpts(opts.Emphasis{Focus: "adjacency"}),
		charts.WithSeriesOpts(func(s *charts.SingleSeries) { s.Data = nodes }),
	)
	return encode(g, finishGraph(nodes, LargeGraph))
}

// displayNames gives each unit a name to show: its name, or name（jurisdiction）
// when units of several jurisdictions share the name.
func displayNames(nodes []graph.UnitNode) map[string]string {
	jurisdictions := map[string]map[string]bool{}
	for _, n := range nodes {
		if jurisdictions[n.Name] == nil {
			jurisdictions[n.Name] = map[string]bool{}
		}
		jurisdictions[n.Name][n.Jurisdiction] = true
	}
	out := make(map[string]string, len(nodes))
	for _, n := range nodes {
		if len(jurisdictions[n.Name]) > 1 {
			out[n.ID] = n.Name + "（" + n.Jurisdiction + "）"
		} else {
			out[n.ID] = n.Name
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

func nodeWeights(nodes []graph.UnitNode) []float64 {
	w := make([]float64, len(nodes))
	for i, n := range nodes {
		w[i] = float64(n.Tasks)
	}
	return w
}

// forceRepulsion grows with the node count so that bigger networks spread.
func forceRepulsion(n int) float64 {
	return roundTo(60+8*math.Sqrt(float64(n)), 0)
}
