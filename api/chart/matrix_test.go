package chart_test

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"govgraph/api/chart"
	"govgraph/graph"
)

func TestMatrix(t *testing.T) {
	store, _ := seedStore(t)
	net := seedNetwork(t, store)
	comm := communities(t, net)
	o := decoded(t, chart.Matrix(net, comm, 0, chart.ZH)) // all units
	s := series(t, o, 0, "heatmap")
	if titleOf(o) != "协同矩阵" || len(list(s["data"])) != 2*len(net.Links) {
		t.Fatalf("title %q, %d cells for %d links", titleOf(o), len(list(s["data"])), len(net.Links))
	}
	axis := list(list(o["xAxis"])[0].(map[string]any)["data"])
	if len(axis) != len(net.Nodes) || len(list(list(o["yAxis"])[0].(map[string]any)["data"])) != len(net.Nodes) {
		t.Fatalf("axes have %d units, the network %d", len(axis), len(net.Nodes))
	}
	byName := map[string]graph.UnitNode{}
	for _, n := range net.Nodes {
		byName[n.Name] = n
	}
	for i := 1; i < len(axis); i++ {
		if comm[byName[axis[i-1].(string)].ID] > comm[byName[axis[i].(string)].ID] {
			t.Fatalf("units not ordered by community at %d", i)
		}
	}
	// A cell holds the weight of its link, both ways round.
	weight := map[[2]string]float64{}
	for _, l := range net.Links {
		weight[[2]string{l.Source, l.Target}] = float64(l.Weight)
		weight[[2]string{l.Target, l.Source}] = float64(l.Weight)
	}
	for _, c := range list(s["data"]) {
		v := list(c.(map[string]any)["value"])
		a, b := byName[axis[int(v[0].(float64))].(string)], byName[axis[int(v[1].(float64))].(string)]
		if weight[[2]string{a.ID, b.ID}] != v[2].(float64) {
			t.Fatalf("cell %v: %s–%s weight %v", v, a.Name, b.Name, weight[[2]string{a.ID, b.ID}])
		}
	}
	noLegend(t, o)
	for _, a := range []string{"xAxis", "yAxis"} {
		// Past 60 units the axis shows as many labels as fit.
		if l := object(object(list(o[a])[0])["axisLabel"]); l["overflow"] != "truncate" || l["width"] != 90.0 || l["interval"] != "auto" {
			t.Errorf("%s label %v", a, l)
		}
	}
	if _, progressive := s["progressive"]; progressive || o["animation"] == false {
		t.Errorf("a small matrix is drawn progressively (%v) or without animation (%v)", s["progressive"], o["animation"])
	}
	if len(list(o["visualMap"])) != 1 {
		t.Error("no visual map")
	}
	// Both axes zoom; the tooltip names both units and the count.
	if zooms := list(o["dataZoom"]); len(zooms) != 4 {
		t.Errorf("dataZoom %v", zooms)
	}
	first := object(list(s["data"])[0])
	v := list(first["value"])
	want := fmt.Sprintf("%s — %s：%v 项共同任务", axis[int(v[0].(float64))], axis[int(v[1].(float64))], v[2])
	if first["name"] != want || object(o["tooltip"])["formatter"] != "{b}" {
		t.Errorf("cell named %q, want %q; tooltip %v", first["name"], want, o["tooltip"])
	}
}

func TestMatrixTop(t *testing.T) {
	store, _ := seedStore(t)
	net := seedNetwork(t, store)
	const top = 12
	o := decoded(t, chart.Matrix(net, communities(t, net), top, chart.ZH))
	axis := list(object(list(o["xAxis"])[0])["data"])
	if l := object(object(list(o["xAxis"])[0])["axisLabel"]); l["interval"] != "0" {
		t.Errorf("%d units and not every label shown: %v", top, l)
	}
	if len(axis) != top {
		t.Fatalf("%d units on the axis, want %d", len(axis), top)
	}
	// The shown units are those with most tasks: none left out has more than the least shown.
	tasks := map[string]int{}
	for _, n := range net.Nodes {
		tasks[n.Name] = n.Tasks
	}
	shown := map[string]bool{}
	least := math.MaxInt
	for _, a := range axis {
		shown[a.(string)] = true
		least = min(least, tasks[a.(string)])
	}
	for _, n := range net.Nodes {
		if !shown[n.Name] && n.Tasks > least {
			t.Errorf("%s (%d tasks) left out while a unit of %d tasks is shown", n.Name, n.Tasks, least)
		}
	}
	// Every cell is between two shown units, and every link between two shown units has its cells.
	index := map[string]int{}
	for _, n := range net.Nodes {
		index[n.ID] = -1
	}
	for i, a := range axis {
		for _, n := range net.Nodes {
			if n.Name == a {
				index[n.ID] = i
			}
		}
	}
	want := 0
	for _, l := range net.Links {
		if index[l.Source] >= 0 && index[l.Target] >= 0 {
			want += 2
		}
	}
	s := series(t, o, 0, "heatmap")
	if len(list(s["data"])) != want || want == 0 {
		t.Errorf("%d cells, want %d", len(list(s["data"])), want)
	}
	if !strings.Contains(object(o["title"])["subtext"].(string), fmt.Sprintf("%d 个单位（共 %d 个）", top, len(net.Nodes))) {
		t.Errorf("subtitle %v", o["title"])
	}
}

func TestMatrixLarge(t *testing.T) {
	big := ringNetwork(3000) // 6,000 cells
	o := decoded(t, chart.Matrix(big, nil, 0, chart.EN))
	s := series(t, o, 0, "heatmap")
	if len(list(s["data"])) != 2*len(big.Links) || s["progressive"] != 2000.0 || o["animation"] != false {
		t.Errorf("%d cells, progressive %v, animation %v", len(list(s["data"])), s["progressive"], o["animation"])
	}
}

// TestMatrixRepeatedNames: where one name is a unit of two jurisdictions,
// the labels carry the jurisdiction and get the room to show it.
func TestMatrixRepeatedNames(t *testing.T) {
	node := func(j, name string, tasks int) graph.UnitNode {
		return graph.UnitNode{ID: "unit:" + j + "/" + name, Name: name, Jurisdiction: j, Kind: graph.KindDepartment, Tasks: tasks}
	}
	net := &graph.UnitNetwork{
		Nodes: []graph.UnitNode{node("甲区", "区商务局", 3), node("乙区", "区商务局", 2), node("甲区", "区财政局", 2)},
		Links: []graph.UnitLink{{Source: "unit:甲区/区商务局", Target: "unit:甲区/区财政局", Weight: 2}},
	}
	o := decoded(t, chart.Matrix(net, nil, 0, chart.ZH))
	axis := list(list(o["yAxis"])[0].(map[string]any)["data"])
	if !slices.Contains(axis, any("区商务局（甲区）")) || !slices.Contains(axis, any("区商务局（乙区）")) {
		t.Fatalf("axis %v", axis)
	}
	label := object(object(list(o["yAxis"])[0])["axisLabel"])
	grid := object(list(o["grid"])[0])
	if label["width"] != 170.0 || grid["left"] != "220" {
		t.Errorf("label width %v, grid left %v: no room for the jurisdiction", label["width"], grid["left"])
	}
}
