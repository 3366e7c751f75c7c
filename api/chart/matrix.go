package chart

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
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
	Progressive int         `json:"progressive,omitempty"`
	Emphasis    *itemStates `json:"emphasis,omitempty"`
}

// MatrixTop is how many units the matrix shows unless asked otherwise.
const MatrixTop = 40

// dataZoomAxis is a dataZoom of one axis.
type dataZoomAxis struct {
	Type       string `json:"type"`
	XAxisIndex *int   `json:"xAxisIndex,omitempty"`
	YAxisIndex *int   `json:"yAxisIndex,omitempty"`
	Left       string `json:"left,omitempty"`
	Right      string `json:"right,omitempty"`
	Top        string `json:"top,omitempty"`
	Bottom     string `json:"bottom,omitempty"`
	Width      string `json:"width,omitempty"`
	Height     string `json:"height,omitempty"`
	FilterMode string `json:"filterMode"`
	ShowDetail bool   `json:"showDetail"`
}

// Matrix is the co-assignment heatmap of the top units of a unit network
// by tasks (all of them when top is 0 or more than there are): units on
// both axes ordered by community, a cell per linked pair and direction
// holding the tasks the two share, named after both units for the
// tooltip. The diagonal is left empty. Axis labels are cut to a width
// (full names in the tooltip); both axes zoom.
func Matrix(net *graph.UnitNetwork, communities map[string]int, top int, lang string) Option {
	names := displayNames(net.Nodes)
	shown := topUnits(net.Nodes, top)
	order := communityOrder(shown, communities)
	axis := make([]string, len(order))
	index := make(map[string]int, len(order))
	for i, n := range order {
		axis[i] = names[n.ID]
		index[n.ID] = i
	}
	data := make([]opts.HeatMapData, 0, 2*len(net.Links))
	maxWeight := 1
	cell := tr(lang, "%s — %s：%d 项共同任务", "%s — %s: %d shared tasks")
	for _, l := range net.Links {
		a, okA := index[l.Source]
		b, okB := index[l.Target]
		if !okA || !okB {
			continue
		}
		data = append(data,
			opts.HeatMapData{Name: fmt.Sprintf(cell, axis[a], axis[b], l.Weight), Value: [3]int{a, b, l.Weight}},
			opts.HeatMapData{Name: fmt.Sprintf(cell, axis[b], axis[a], l.Weight), Value: [3]int{b, a, l.Weight}})
		maxWeight = max(maxWeight, l.Weight)
	}
	// Up to 60 units every axis label is shown; above, as many as fit.
	interval := "0"
	if len(axis) > 60 {
		interval = "auto"
	}
	// Names that repeat across jurisdictions carry their jurisdiction, which
	// is what tells them apart: their labels get room for it.
	labelWidth := 90
	for _, n := range order {
		if names[n.ID] != n.Name {
			labelWidth = 170
			break
		}
	}
	axisLabel := func(rotate float64) *opts.AxisLabel {
		return &opts.AxisLabel{Rotate: rotate, Interval: interval, FontSize: 10, Overflow: "truncate", Width: labelWidth}
	}
	sub := tr(lang, "%d 个单位，按社区排列；格值为共同任务数", "%d units ordered by community; a cell is the tasks two units share")
	subtitle := fmt.Sprintf(sub, len(order))
	if len(order) < len(net.Nodes) {
		subtitle = fmt.Sprintf(tr(lang, "任务最多的 %d 个单位（共 %d 个），按社区排列；格值为共同任务数", "the %d units with most tasks (of %d), ordered by community; a cell is the tasks two units share"), len(order), len(net.Nodes))
	}
	h := charts.NewHeatMap()
	h.SetGlobalOptions(
		title(tr(lang, "协同矩阵", "Co-assignment matrix"), subtitle),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Formatter: "{b}"}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: axis, SplitArea: &opts.SplitArea{Show: opts.Bool(true)}, AxisLabel: axisLabel(60)}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: axis, Inverse: opts.Bool(true), SplitArea: &opts.SplitArea{Show: opts.Bool(true)}, AxisLabel: axisLabel(0)}),
		charts.WithVisualMapOpts(opts.VisualMap{Type: "continuous", Calculable: opts.Bool(true), Min: 1, Max: float32(maxWeight),
			Orient: "horizontal", Left: "center", Bottom: "0", InRange: &opts.VisualMapInRange{Color: []string{"#e0f3f8", "#fee090", "#d73027"}}}),
		charts.WithGridOpts(opts.Grid{Top: "80", Bottom: strconv.Itoa(labelWidth + 70), Left: strconv.Itoa(labelWidth + 50), Right: "56"}),
	)
	h.AddSeries(tr(lang, "共同任务", "Shared tasks"), data)
	zero := 0
	f := finish{noLegend: true, top: map[string]any{
		// Sliders below and right of the grid, and the wheel and drag inside it.
		"dataZoom": []dataZoomAxis{
			{Type: "slider", XAxisIndex: &zero, Bottom: "48", Height: "16", Left: strconv.Itoa(labelWidth + 50), Right: "56", FilterMode: "empty"},
			{Type: "slider", YAxisIndex: &zero, Right: "16", Width: "16", Top: "80", Bottom: strconv.Itoa(labelWidth + 70), FilterMode: "empty"},
			{Type: "inside", XAxisIndex: &zero, FilterMode: "empty"},
			{Type: "inside", YAxisIndex: &zero, FilterMode: "empty"},
		},
	}}
	f.series = func(_ int, s charts.SingleSeries) any {
		// A hovered cell or a picked unit's row and column are outlined.
		out := heatmapSeries{SingleSeries: s, Emphasis: &itemStates{ItemStyle: &opts.ItemStyle{BorderColor: "#111", BorderWidth: 1}}}
		if len(data) > progressiveCells {
			out.Progressive = 2000
		}
		return out
	}
	if len(data) > progressiveCells {
		f.top["animation"] = false
	}
	return encode(h, f)
}

// topUnits is the top units by tasks (ties: name, then id); all of them
// when top is 0 or at least their number.
func topUnits(nodes []graph.UnitNode, top int) []graph.UnitNode {
	if top <= 0 || top >= len(nodes) {
		return nodes
	}
	out := slices.Clone(nodes)
	slices.SortStableFunc(out, func(a, b graph.UnitNode) int {
		return cmp.Or(b.Tasks-a.Tasks, strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	return out[:top]
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
