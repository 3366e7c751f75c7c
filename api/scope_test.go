package api_test

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"

	"govgraph/graph"
	"govgraph/graph/analytics"
)

// The jurisdiction and year parameters select documents on every route
// that takes a network or task filter.
func TestJurisdictionAndYearScope(t *testing.T) {
	e, docs := compareEnv(t)
	lixia, shizhong := docs[0].Meta.Jurisdiction, docs[3].Meta.Jurisdiction

	var scoped, byDoc graph.UnitNetwork
	e.get(t, u("/networks/units", "jurisdiction", shizhong)).status(t, http.StatusOK).decode(t, &scoped)
	e.get(t, u("/networks/units", "document", docs[3].Meta.ID)).status(t, http.StatusOK).decode(t, &byDoc)
	if len(scoped.Nodes) == 0 || len(scoped.Nodes) != len(byDoc.Nodes) || len(scoped.Links) != len(byDoc.Links) {
		t.Errorf("network of %s: %d nodes %d links; of its document %d nodes %d links", shizhong, len(scoped.Nodes), len(scoped.Links), len(byDoc.Nodes), len(byDoc.Links))
	}
	for _, n := range scoped.Nodes {
		if n.Jurisdiction != shizhong {
			t.Errorf("unit %s in the network of %s", n.ID, shizhong)
		}
	}

	var rep analytics.Report
	e.get(t, u("/metrics/units", "jurisdiction", lixia, "year", "2024")).status(t, http.StatusOK).decode(t, &rep)
	if len(rep.Units) == 0 {
		t.Fatal("no metrics for 历下区 2024")
	}
	for _, m := range rep.Units {
		if m.Jurisdiction != lixia {
			t.Errorf("metrics of %s (%s) in the scope of %s", m.ID, m.Jurisdiction, lixia)
		}
	}

	var page graph.TaskPage
	e.get(t, u("/tasks", "jurisdiction", lixia, "year", "2025")).status(t, http.StatusOK).decode(t, &page)
	if page.Total != len(docs[2].Tasks) {
		t.Errorf("tasks of 历下区 2025: %d, want %d", page.Total, len(docs[2].Tasks))
	}
	e.get(t, u("/tasks", "year", "2025", "jurisdiction", shizhong)).status(t, http.StatusOK).decode(t, &page)
	if page.Total != 0 {
		t.Errorf("tasks of 市中区 2025: %d, want none", page.Total)
	}

	// The bottleneck ranking: scoped, only bare names of that district;
	// unscoped, the names both districts use are told apart.
	axis := func(target string) []string {
		var o map[string]any
		e.get(t, target).status(t, http.StatusOK).decode(t, &o)
		var out []string
		for _, v := range o["yAxis"].([]any)[0].(map[string]any)["data"].([]any) {
			out = append(out, v.(string))
		}
		return out
	}
	for _, name := range axis(u("/charts/bottleneck", "jurisdiction", shizhong, "top", "500")) {
		if strings.Contains(name, "（") {
			t.Errorf("scoped bottleneck ranking names %q with a jurisdiction", name)
		}
	}
	all := axis(u("/charts/bottleneck", "top", "500"))
	suffixed := 0
	for i, name := range all {
		if slices.Contains(all[:i], name) {
			t.Errorf("unscoped bottleneck ranking names %q twice", name)
		}
		if strings.HasSuffix(name, "（"+shizhong+"）") {
			suffixed++
		}
	}
	if suffixed == 0 {
		t.Errorf("no unit of %s is told apart in the unscoped ranking %v", shizhong, all)
	}

	e.get(t, u("/export", "format", "json", "jurisdiction", shizhong, "year", "2024")).status(t, http.StatusOK)
	e.get(t, u("/networks/leaders", "jurisdiction", shizhong)).status(t, http.StatusOK)
	e.get(t, u("/charts/sankey", "jurisdiction", shizhong)).status(t, http.StatusOK)
	for _, year := range []string{"abc", "3000", strconv.Itoa(graph.MinYear - 1)} {
		p := e.get(t, u("/networks/units", "year", year)).problem(t, http.StatusBadRequest)
		if !strings.Contains(p.Detail, "year") {
			t.Errorf("year %s: problem %q does not name the parameter", year, p.Detail)
		}
	}
}

// Search in a jurisdiction finds its units only.
func TestSearchInJurisdiction(t *testing.T) {
	e, docs := compareEnv(t)
	shizhong := docs[3].Meta.Jurisdiction
	var all, in []graph.SearchHit
	e.get(t, u("/search", "q", "区商务局", "limit", "100")).status(t, http.StatusOK).decode(t, &all)
	e.get(t, u("/search", "q", "区商务局", "limit", "100", "jurisdiction", shizhong)).status(t, http.StatusOK).decode(t, &in)
	units := 0
	for _, h := range all {
		if h.Kind == graph.NodeUnit {
			units++
		}
	}
	if units < 2 {
		t.Fatalf("unscoped search finds %d units 区商务局, want one per district", units)
	}
	for _, h := range in {
		if h.Kind == graph.NodeUnit && h.ID != graph.NodeID(graph.NodeUnit, graph.EntityKey(shizhong, "区商务局")) {
			t.Errorf("search in %s finds %s", shizhong, h.ID)
		}
	}
	if len(in) == 0 || len(in) >= len(all) {
		t.Errorf("search in %s: %d hits of %d", shizhong, len(in), len(all))
	}
}
