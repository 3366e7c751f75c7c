package chart_test

import (
	"math"
	"testing"

	"govgraph/api/chart"
	"govgraph/graph/analytics"
)

func TestBottleneck(t *testing.T) {
	store, doc := seedStore(t)
	net := seedNetwork(t, store)
	rep, err := analytics.Units(net, records(doc), analytics.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, top := range []int{5, len(rep.Units) + 10} {
		o := decoded(t, chart.Bottleneck(rep, top, chart.ZH))
		want := min(top, len(rep.Units))
		names := []string{"瓶颈分数", "负荷", "中介", "约束"}
		for i, name := range names {
			s := series(t, o, i, "bar")
			if s["name"] != name || len(list(s["data"])) != want {
				t.Fatalf("series %d %v has %d bars, want %s with %d", i, s["name"], len(list(s["data"])), name, want)
			}
		}
		first := list(series(t, o, 0, "bar")["data"])[0].(map[string]any)
		if first["name"] != rep.Units[0].Name || math.Abs(first["value"].(float64)-rep.Units[0].Bottleneck.Score) > 1e-4 {
			t.Errorf("first bar %v, want %s %.4f", first, rep.Units[0].Name, rep.Units[0].Bottleneck.Score)
		}
		if y := list(list(o["yAxis"])[0].(map[string]any)["data"]); len(y) != want {
			t.Errorf("%d unit names on the axis, want %d", len(y), want)
		}
		// Four series: a legend, below the subtitle, and the grid below it.
		if object(o["legend"])["top"] != "64" || object(list(o["grid"])[0])["top"] != "96" {
			t.Errorf("legend %v, grid %v", o["legend"], o["grid"])
		}
		if titleOf(o) != "瓶颈分析" {
			t.Errorf("title %q", titleOf(o))
		}
	}
}

// Units of one name in two jurisdictions are two bars, told apart by their
// jurisdiction; a name found once stays bare.
func TestBottleneckRepeatedNames(t *testing.T) {
	rep := &analytics.Report{Units: []analytics.UnitMetrics{
		{ID: "unit:济南市历下区/区商务局", Name: "区商务局", Jurisdiction: "济南市历下区"},
		{ID: "unit:济南市市中区/区商务局", Name: "区商务局", Jurisdiction: "济南市市中区"},
		{ID: "unit:济南市市中区/区民政局", Name: "区民政局", Jurisdiction: "济南市市中区"},
	}}
	o := decoded(t, chart.Bottleneck(rep, 10, chart.ZH))
	y := list(list(o["yAxis"])[0].(map[string]any)["data"])
	want := []any{"区商务局（济南市历下区）", "区商务局（济南市市中区）", "区民政局"}
	if len(y) != len(want) {
		t.Fatalf("axis %v, want %v", y, want)
	}
	for i := range want {
		if y[i] != want[i] {
			t.Errorf("axis name %d is %v, want %v", i, y[i], want[i])
		}
	}
	if bar := list(series(t, o, 0, "bar")["data"])[1].(map[string]any); bar["name"] != want[1] {
		t.Errorf("second bar is named %v, want %v", bar["name"], want[1])
	}
}
