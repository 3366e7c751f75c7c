package chart

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"govgraph/graph"
)

// progressiveCells is the cell count above which the heatmap is drawn in
// chunks of that size, without animation.
const progressiveCells = 5000

// heatmapSeries is a heatmap series drawn progressively.
type heatmapSeries struct {
	charts.SingleSeries
	Progressive int `json:"progressive,omitempty"`
}

// Matrix is the co-assignment heatmap of a unit network: units on both
// axes ordered by community, a cell per linked pair and direction holding
// the tasks the two share. The diagonal is left empty.
func Matrix(net *graph.UnitNetwork, communities map[string]int, lang string) Option {
	names := displayNames(net.Nodes)
	order := communityOrder(net.Nodes, communities)
	axis := make([]string, len(order))
	index := make(map[string]int, len(order))
	for i, n := range order {
		axis[i] = names[n.ID]
		index[n.ID] = i
	}
	data := make([]opts.HeatMapData, 0, 2*len(net.Links))
	maxWeight := 1
	for _, l := range net.Links {
		a, b := index[l.Source], index[l.Target]
		data = append(data,
			opts.HeatMapData{Value: [3]int{a, b, l.Weight}},
			opts.HeatMapData{Value: [3]int{b, a, l.Weight}})
		maxWeight = max(maxWeight, l.Weight)
	}
	// Many units: every axis label is shown, rotated and cut to a width.
	axisLabel := func(rotate float64) *opts.AxisLabel {
		return &opts.AxisLabel{Rotate: rotate, Interval: "0", FontSize: 10, Overflow: "truncate", Width: 90}
	}
	h := charts.NewHeatMap()
	h.SetGlobalOptions(
		title(tr(lang, "协同矩阵", "Co-assignment matrix"),
			fmt.Sprintf(tr(lang, "%d 个单位，按社区排列；格值为共同任务数", "%d units ordered by community; a cell is the tasks two units share"), len(order))),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: axis, SplitArea: &opts.SplitArea{Show: opts.Bool(true)}, AxisLabel: axisLabel(60)}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: axis, Inverse: opts.Bool(true), SplitArea: &opts.SplitArea{Show: opts.Bool(true)}, AxisLabel: axisLabel(0)}),
		charts.WithVisualMapOpts(opts.VisualMap{Type: "continuous", Calculable: opts.Bool(true), Min: 1, Max: float32(maxWeight),
			Orient: "horizontal", Left: "center", Bottom: "0", InRange: &opts.VisualMapInRange{Color: []string{"#e0f3f8", "#fee090", "#d73027"}}}),
		charts.WithGridOpts(opts.Grid{Top: "80", Bottom: "140", Left: "140", Right: "40"}),
	)
	h.AddSeries(tr(lang, "共同任务", "Shared tasks"), data)
	f := finish{noLegend: true}
	if len(data) > progressiveCells {
		f.top = map[string]any{"animation": false}
		f.series = func(_ int, s charts.SingleSeries) any { return heatmapSeries{SingleSeries: s, Progressive: 2000} }
	}
	return encode(h, f)
}

// communityOrder orders nodes by community (0 first), then tasks
// descending, then name, then id.
func communityOrder(nodes []graph.UnitNode, communities map[string]int) []graph.UnitNode {
	out := slices.Clone(nodes)
	slices.SortFunc(out, func(a, b graph.UnitNode) int {
		ca, okA := communities[a.ID]
		cb, okB := communities[b.ID]
		if !okA {
			ca = math.MaxInt
		}
		if !okB {
			cb = math.MaxInt
		}
		return cmp.Or(cmp.Compare(ca, cb), b.Tasks-a.Tasks, strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	return out
}
