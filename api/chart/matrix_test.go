package chart_test

import (
	"testing"

	"govgraph/api/chart"
	"govgraph/graph"
)

func TestMatrix(t *testing.T) {
	store, _ := seedStore(t)
	net := seedNetwork(t, store)
	comm := communities(t, net)
	o := decoded(t, chart.Matrix(net, comm, chart.ZH))
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
		if l := object(object(list(o[a])[0])["axisLabel"]); l["overflow"] != "truncate" || l["width"] != 90.0 || l["interval"] != "0" {
			t.Errorf("%s label %v", a, l)
		}
	}
	if _, progressive := s["progressive"]; progressive || o["animation"] == false {
		t.Errorf("a small matrix is drawn progressively (%v) or without animation (%v)", s["progressive"], o["animation"])
	}
	if len(list(o["visualMap"])) != 1 {
		t.Error("no visual map")
	}
}

func TestMatrixLarge(t *testing.T) {
	big := ringNetwork(3000) // 6,000 cells
	o := decoded(t, chart.Matrix(big, nil, chart.EN))
	s := series(t, o, 0, "heatmap")
	if len(list(s["data"])) != 2*len(big.Links) || s["progressive"] != 2000.0 || o["animation"] != false {
		t.Errorf("%d cells, progressive %v, animation %v", len(list(s["data"])), s["progressive"], o["animation"])
	}
}
