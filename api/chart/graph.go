package chart

import (
	"cmp"
	"math"
	"slices"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// Settings of the graph series (the network and the portfolio graph).

// graphNode is a node of a graph series: go-echarts' GraphNode with the id
// that links refer to, so that names need not be unique, and a label of
// its own for the labelled nodes of a large graph.
type graphNode struct {
	ID string `json:"id"`
	opts.GraphNode
	Label *label `json:"label,omitempty"`
}

// graphSeries is a graph series with the settings go-echarts has no field
// for: labels cut to a width, the look of the other nodes while one is
// hovered (blur) and of the selected node, single selection.
type graphSeries struct {
	charts.SingleSeries
	Label        label      `json:"label"`
	Blur         itemStates `json:"blur"`
	Select       itemStates `json:"select"`
	SelectedMode string     `json:"selectedMode"`
	Animation    *bool      `json:"animation,omitempty"`
	// PreserveAspect keeps a server-placed graph's proportions in its box (ECharts 6).
	PreserveAspect bool `json:"preserveAspect,omitempty"`
}

// box is where a series is drawn, in pixels from the chart's edges.
type box struct{ top, bottom, left, right string }

type itemStates struct {
	ItemStyle *opts.ItemStyle `json:"itemStyle,omitempty"`
	LineStyle *opts.LineStyle `json:"lineStyle,omitempty"`
}

// finishGraph gives a graph of nodes its labels and states. A large graph
// (more than LargeGraph nodes) labels only its LabelledNodes biggest nodes
// (by symbol size) and is not animated; a smaller one is animated up to
// threshold elements. A non-nil place is the box the series is drawn in.
func finishGraph(nodes []graphNode, threshold int, place *box) finish {
	large := len(nodes) > LargeGraph
	width := 96
	if large {
		width = 60
		order := make([]int, len(nodes))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(symbolSize(nodes[b]), symbolSize(nodes[a])) })
		for _, i := range order[:min(LabelledNodes, len(order))] {
			nodes[i].Label = &label{Show: true}
		}
	}
	f := finish{top: map[string]any{"animationThreshold": threshold}}
	if place != nil {
		// Placed on the server: drawn at once, no entry animation (hover and selection still animate).
		f.top["animationDuration"] = 0
	}
	if large {
		f.top = map[string]any{"animation": false}
	}
	f.series = func(_ int, s charts.SingleSeries) any {
		g := graphSeries{
			SingleSeries: s,
			Label: label{Show: !large, Position: "right", Overflow: "truncate", Width: width, Ellipsis: "…",
				TextBorderColor: "#fff", TextBorderWidth: 2},
			Blur:         itemStates{ItemStyle: &opts.ItemStyle{Opacity: opts.Float(0.15)}, LineStyle: &opts.LineStyle{Opacity: opts.Float(0.05)}},
			Select:       itemStates{ItemStyle: &opts.ItemStyle{BorderColor: "#111", BorderWidth: 2}},
			SelectedMode: "single",
		}
		if place != nil {
			g.Top, g.Bottom, g.Left, g.Right = place.top, place.bottom, place.left, place.right
			g.PreserveAspect = true
		}
		if large {
			g.Animation = opts.Bool(false)
		}
		return g
	}
	return f
}

func symbolSize(n graphNode) float64 {
	v, _ := n.SymbolSize.(float64)
	return v
}

// forceRepulsion grows with the node count so that bigger networks spread.
func forceRepulsion(n int) float64 {
	return roundTo(60+8*math.Sqrt(float64(n)), 0)
}
