package chart_test

import (
	"strings"
	"testing"

	"govgraph/api/chart"
)

func TestStructure(t *testing.T) {
	_, doc := seedStore(t)
	o := decoded(t, chart.Structure(doc, chart.ZH))
	s := series(t, o, 0, "treemap")
	var leaves, sum func(n map[string]any) int
	leaves = func(n map[string]any) int {
		kids := list(n["children"])
		if len(kids) == 0 {
			return 1
		}
		c := 0
		for _, k := range kids {
			c += leaves(k.(map[string]any))
		}
		return c
	}
	sum = func(n map[string]any) int {
		v, _ := n["value"].(float64)
		for _, k := range list(n["children"]) {
			v += float64(sum(k.(map[string]any)))
		}
		return int(v)
	}
	nLeaves, nValue := 0, 0
	for _, top := range list(s["data"]) {
		nLeaves += leaves(top.(map[string]any))
		nValue += sum(top.(map[string]any))
	}
	if nLeaves != len(doc.Tasks) || nValue != len(doc.Tasks) {
		t.Errorf("treemap has %d leaves worth %d; the document has %d tasks", nLeaves, nValue, len(doc.Tasks))
	}
	withTasks := map[int]bool{}
	for _, task := range doc.Tasks {
		withTasks[task.Section] = true
	}
	if len(list(s["data"])) != len(withTasks) {
		t.Errorf("%d sections drawn, %d have tasks", len(list(s["data"])), len(withTasks))
	}
	noLegend(t, o)
	if l := object(s["label"]); l["overflow"] != "truncate" || s["leafDepth"] != 2.0 || object(s["upperLabel"])["show"] != true {
		t.Errorf("label %v, leafDepth %v, upperLabel %v", l, s["leafDepth"], s["upperLabel"])
	}
	if !strings.HasPrefix(titleOf(o), "结构") {
		t.Errorf("title %q", titleOf(o))
	}
}
