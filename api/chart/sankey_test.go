package chart_test

import (
	"slices"
	"testing"

	"govgraph/api/chart"
)

func TestSankey(t *testing.T) {
	_, doc := seedStore(t)
	records := records(doc)
	o := decoded(t, chart.Sankey(records, chart.ZH))
	s := series(t, o, 0, "sankey")
	noLegend(t, o)
	if l := object(s["label"]); l["overflow"] != "truncate" || l["width"] != 110.0 || object(s["labelLayout"])["hideOverlap"] != true || s["right"] != 160.0 {
		t.Errorf("label %v, labelLayout %v, right %v", l, s["labelLayout"], s["right"])
	}
	if titleOf(o) != "责任流" {
		t.Errorf("title %q", titleOf(o))
	}
	// One node per leader, lead unit, and responsible unit that does not
	// also lead the task; a unit in two layers is two nodes.
	layers := [3]map[string]bool{{}, {}, {}}
	for _, task := range doc.Tasks {
		for _, l := range task.Leaders {
			layers[0][l] = true
		}
		for _, u := range task.LeadUnits {
			layers[1][u] = true
		}
		for _, u := range task.Units {
			if !slices.Contains(task.LeadUnits, u) {
				layers[2][u] = true
			}
		}
	}
	nodes := list(s["data"])
	if want := len(layers[0]) + len(layers[1]) + len(layers[2]); len(nodes) != want {
		t.Fatalf("%d nodes, want %d", len(nodes), want)
	}
	depth := map[string]int{}
	for _, n := range nodes {
		n := n.(map[string]any)
		name := n["name"].(string)
		if _, dup := depth[name]; dup {
			t.Fatalf("node name %q twice", name)
		}
		depth[name] = int(n["depth"].(float64))
	}
	// Every link goes to a deeper layer: the flow has no cycle.
	total := 0.0
	for _, l := range list(s["links"]) {
		l := l.(map[string]any)
		src, okS := depth[l["source"].(string)]
		dst, okD := depth[l["target"].(string)]
		if !okS || !okD || src >= dst || l["value"].(float64) < 1 {
			t.Fatalf("link %v breaks the layers", l)
		}
		total += l["value"].(float64)
	}
	if total == 0 {
		t.Fatal("no flow")
	}
	bothLayers := false
	for u := range layers[1] {
		if layers[2][u] {
			bothLayers = true
			if _, ok := depth["牵头·"+u]; !ok {
				t.Errorf("unit %s in two layers is not prefixed", u)
			}
		}
	}
	if !bothLayers {
		t.Log("the seed has no unit both leading and supporting; prefixing untested here")
	}
}
