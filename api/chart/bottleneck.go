package chart

import (
	"fmt"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"govgraph/graph/analytics"
)

// Bottleneck ranks the top units of an analytics report by bottleneck
// score, with the normalised load and betweenness and Burt's constraint
// beside it.
func Bottleneck(rep *analytics.Report, top int, lang string) Option {
	units := rep.Units // ordered by bottleneck score descending
	if top > 0 && len(units) > top {
		units = units[:top]
	}
	names := make([]string, len(units))
	score := make([]opts.BarData, len(units))
	load := make([]opts.BarData, len(units))
	betw := make([]opts.BarData, len(units))
	constraint := make([]opts.BarData, len(units))
	// Over several jurisdictions, units of one name are told apart by it:
	// the category axis would merge equal names into one bar.
	shown := distinctNames(rep.Units, func(u analytics.UnitMetrics) (string, string, string) { return u.ID, u.Name, u.Jurisdiction })
	for i, u := range units {
		name := shown[u.ID]
		names[i] = name
		score[i] = opts.BarData{Name: name, Value: roundTo(u.Bottleneck.Score, 4)}
		load[i] = opts.BarData{Name: name, Value: roundTo(u.Bottleneck.Load, 4)}
		betw[i] = opts.BarData{Name: name, Value: roundTo(u.Bottleneck.Betweenness, 4)}
		constraint[i] = opts.BarData{Name: name, Value: roundTo(u.Constraint, 4)}
	}
	b := charts.NewBar()
	b.SetGlobalOptions(
		title(tr(lang, "瓶颈分析", "Bottlenecks"),
			fmt.Sprintf(tr(lang, "瓶颈分数前 %d 的单位（负荷、中介、领导数归一化后的平均）", "top %d units by bottleneck score (mean of normalised load, betweenness, leaders)"), len(units))),
		charts.WithLegendOpts(opts.Legend{Top: titleRoom}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value"}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Inverse: opts.Bool(true), AxisLabel: &opts.AxisLabel{Interval: "0"}}),
		charts.WithGridOpts(opts.Grid{Top: legendRoom, Left: "160", Right: "40", Bottom: "30"}),
	)
	b.SetXAxis(names).XYReversal()
	b.AddSeries(tr(lang, "瓶颈分数", "Bottleneck score"), score).
		AddSeries(tr(lang, "负荷", "Load"), load).
		AddSeries(tr(lang, "中介", "Betweenness"), betw).
		AddSeries(tr(lang, "约束", "Constraint"), constraint)
	// Not animated: the bars' entry animation held the first picture back by a second.
	return encode(b, finish{top: map[string]any{"animation": false}})
}
