package api_test

import (
	"context"
	"net/http"
	"testing"

	"govgraph/graph"
	"govgraph/graph/analytics"
)

// A report is reused while the data stays the same and recomputed once a
// document changes, so cached analytics never describe old data.
func TestMetricsFollowImports(t *testing.T) {
	e := newEnv(t, true)
	var first, again, after analytics.Report
	e.get(t, "/api/v1/metrics/units").status(t, http.StatusOK).decode(t, &first)
	e.get(t, "/api/v1/metrics/units").status(t, http.StatusOK).decode(t, &again)
	if first.Network != again.Network || len(first.Units) != len(again.Units) {
		t.Fatalf("the same question gave different reports: %+v, %+v", first.Network, again.Network)
	}

	// Drop the seed's heaviest unit from every task of a new version.
	doc := *e.doc
	doc.Source += "\n"
	doc.Meta.Hash = graph.Hash(doc.Source)
	top := first.Units[0].Name
	doc.Tasks = append([]graph.Task(nil), doc.Tasks...)
	for i := range doc.Tasks {
		t := &doc.Tasks[i]
		t.LeadUnits = without(t.LeadUnits, top)
		t.Units = without(t.Units, top)
	}
	var units []graph.Unit
	for _, u := range doc.Units {
		if u.Name != top {
			units = append(units, u)
		}
	}
	doc.Units = units
	if _, err := e.store.Import(context.Background(), &doc); err != nil {
		t.Fatal(err)
	}
	e.get(t, "/api/v1/metrics/units").status(t, http.StatusOK).decode(t, &after)
	if after.Network.Nodes != first.Network.Nodes-1 {
		t.Errorf("after the import the report has %d units, want %d", after.Network.Nodes, first.Network.Nodes-1)
	}
	for _, u := range after.Units {
		if u.Name == top {
			t.Errorf("the report still lists %s, which the new version dropped", top)
		}
	}
}

func without(names []string, drop string) []string {
	var out []string
	for _, n := range names {
		if n != drop {
			out = append(out, n)
		}
	}
	return out
}
