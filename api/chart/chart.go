// Package chart builds the ECharts options of the chart views with
// go-echarts, one file per view. A builder takes domain values (networks,
// reports, documents) and returns the finished option: data, styling,
// labels and tooltips, encoded once into the JSON the browser passes to
// setOption. The browser adds only interaction (clicks, legend state in the
// URL, selection).
package chart

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// Option is a finished ECharts option: JSON, sent as it is.
type Option = json.RawMessage

// LargeGraph is the node count above which a graph chart is laid out on
// the server (layout "none") instead of by ECharts' force layout, drawn
// without animation, and labelled only at its LabelledNodes biggest nodes.
const LargeGraph = 300

// LabelledNodes is how many nodes of a large graph keep their labels:
// thousands of labels cost more than they tell.
const LabelledNodes = 80

// animationThreshold is the element count above which ECharts does not
// animate, for charts that do not set their own.
const animationThreshold = 2000

// titleRoom is the vertical room the centred title and its subtitle take:
// legends start below it, grids below the legend.
const (
	titleRoom  = "64"
	legendRoom = "96"
)

// encodable is a go-echarts chart.
type encodable interface {
	Validate()
	JSON() map[string]interface{}
	Accept(charts.ConfigurationVisitor)
}

// encode validates a go-echarts chart, lets f add what go-echarts has no
// field for, and encodes it, without escaping HTML (document text is text;
// the browser draws it on a canvas).
func encode(c encodable, f finish) Option {
	c.Validate()
	c.Accept(f)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(c.JSON()); err != nil {
		panic(fmt.Sprintf("chart: option does not encode: %v", err)) // options are built from plain values
	}
	return bytes.TrimRight(buf.Bytes(), "\n")
}

// finish is the go-echarts visitor that completes an option as it is
// encoded: tooltips confined to the chart and drawn as rich text (no HTML,
// so no markup from document text can run), the series' extra settings,
// top-level settings, and no legend for a chart that asks for none (an
// empty legend would list every series).
type finish struct {
	charts.BaseConfigurationVisitor
	noLegend bool
	series   func(i int, s charts.SingleSeries) any // nil: the series as go-echarts has them
	top      map[string]any
}

// tooltip is go-echarts' tooltip with the settings it has no field for.
type tooltip struct {
	opts.Tooltip
	Confine    bool   `json:"confine"`
	RenderMode string `json:"renderMode"`
}

func (f finish) VisitTooltipOpt(t opts.Tooltip) any {
	return tooltip{Tooltip: t, Confine: true, RenderMode: "richText"}
}

func (f finish) VisitSeriesOpt(list charts.MultiSeries) any {
	if f.series == nil {
		return list
	}
	out := make([]any, len(list))
	for i, s := range list {
		out[i] = f.series(i, s)
	}
	return out
}

func (f finish) Visit(o map[string]any) {
	if f.noLegend {
		delete(o, "legend")
	}
	o["animationThreshold"] = animationThreshold
	for k, v := range f.top {
		o[k] = v
	}
}

// label is a label with the text settings go-echarts' opts.Label lacks.
type label struct {
	Show     bool   `json:"show"`
	Position string `json:"position,omitempty"`
	Overflow string `json:"overflow,omitempty"`
	Width    int    `json:"width,omitempty"`
	Ellipsis string `json:"ellipsis,omitempty"`
	// A halo keeps a label readable where it lies over links and nodes.
	TextBorderColor string `json:"textBorderColor,omitempty"`
	TextBorderWidth int    `json:"textBorderWidth,omitempty"`
}

func title(text, sub string) charts.GlobalOpts {
	return charts.WithTitleOpts(opts.Title{Title: text, Subtitle: sub, Left: "center"})
}

func roundTo(v float64, digits int) float64 {
	p := math.Pow10(digits)
	return math.Round(v*p) / p
}
