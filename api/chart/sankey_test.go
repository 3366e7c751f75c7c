package chart_test

import (
	"slices"
	"strings"
	"testing"

	"govgraph/api/chart"
)

func TestSankey(t *testing.T) {
	_, doc := seedStore(t)
	records := records(doc)
	o := decoded(t, chart.Sankey(records, 0, chart.ZH)) // every flow
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

func TestSankeyTop(t *testing.T) {
	_, doc := seedStore(t)
	records := records(doc)
	all := series(t, decoded(t, chart.Sankey(records, 0, chart.ZH)), 0, "sankey")
	total := func(s map[string]any) (sum float64) {
		for _, l := range list(s["links"]) {
			sum += object(l)["value"].(float64)
		}
		return sum
	}
	const top = 10
	if len(list(all["links"])) <= top {
		t.Fatalf("the seed has %d flows: too few to cut to %d", len(list(all["links"])), top)
	}
	s := series(t, decoded(t, chart.Sankey(records, top, chart.ZH)), 0, "sankey")
	// The flows are kept whole: the tasks summed over links are the same.
	if total(s) != total(all) {
		t.Errorf("%v tasks flow with top %d, %v with every flow", total(s), top, total(all))
	}
	// The heaviest flows are there as they are; the others land on "其他…" nodes.
	heaviest := object(list(all["links"])[0])
	weights := map[[2]string]float64{}
	depth := map[string]int{}
	var others []string
	for _, n := range list(s["data"]) {
		name := object(n)["name"].(string)
		depth[name] = int(object(n)["depth"].(float64))
		if strings.HasPrefix(name, "其他") {
			others = append(others, name)
		}
	}
	for _, l := range list(s["links"]) {
		l := object(l)
		weights[[2]string{l["source"].(string), l["target"].(string)}] = l["value"].(float64)
		if depth[l["source"].(string)] >= depth[l["target"].(string)] {
			t.Fatalf("link %v breaks the layers", l)
		}
	}
	if weights[[2]string{heaviest["source"].(string), heaviest["target"].(string)}] != heaviest["value"] {
		t.Errorf("the heaviest flow %v is not kept", heaviest)
	}
	if len(others) == 0 || len(list(s["data"])) >= len(list(all["data"])) {
		t.Errorf("%d nodes of %d, others %v", len(list(s["data"])), len(list(all["data"])), others)
	}
}
