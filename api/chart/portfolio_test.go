package chart_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"govgraph/api/chart"
	"govgraph/graph"
)

func TestPortfolio(t *testing.T) {
	store, doc := seedStore(t)
	leader := busiestLeader(doc)
	pf, err := store.Portfolio(context.Background(), graph.EntityRef{Name: leader}, nil)
	if err != nil {
		t.Fatal(err)
	}
	units := map[string]bool{}
	edges := len(pf.Tasks)
	for _, task := range pf.Tasks {
		lead := distinct(task.LeadUnits)
		resp := distinct(task.Units)
		edges += len(lead) + len(resp)
		for _, u := range append(lead, resp...) {
			units[u] = true
		}
	}
	o := decoded(t, chart.Portfolio(pf, chart.ZH))
	s := series(t, o, 0, "graph")
	if !strings.HasPrefix(titleOf(o), "领导分工") || !strings.Contains(titleOf(o), leader) {
		t.Errorf("title %q", titleOf(o))
	}
	if got, want := len(list(s["data"])), 1+len(pf.Tasks)+len(units); got != want {
		t.Errorf("%d nodes, want leader + %d tasks + %d units = %d", got, len(pf.Tasks), len(units), want)
	}
	if got := len(list(s["links"])); got != edges {
		t.Errorf("%d links, want %d", got, edges)
	}
	graphStates(t, s)
	if label := object(s["label"]); label["width"] != 96.0 || label["overflow"] != "truncate" {
		t.Errorf("label %v", label)
	}
	if legend := object(o["legend"]); len(list(legend["data"])) != 4 || legend["top"] != "64" {
		t.Errorf("legend %v", legend)
	}
	if list(s["data"])[0].(map[string]any)["id"] != graph.NodeID(graph.NodeLeader, graph.EntityKey(pf.Jurisdiction, leader)) {
		t.Errorf("first node %v is not the leader", list(s["data"])[0])
	}
}

func distinct(s []string) []string {
	var out []string
	for _, v := range s {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// busiestLeader is the leader named by most tasks (ties: the first name).
func busiestLeader(doc *graph.Document) string {
	count := map[string]int{}
	for _, t := range doc.Tasks {
		for _, l := range t.Leaders {
			count[l]++
		}
	}
	best := ""
	for l, c := range count {
		if best == "" || c > count[best] || c == count[best] && l < best {
			best = l
		}
	}
	return best
}
