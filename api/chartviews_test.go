package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"govgraph/api/chart"
	"govgraph/graph"
)

// The builders are tested in package chart; these are the routes that
// choose and serve them.

func decodeOption(tb testing.TB, o chart.Option) map[string]any {
	tb.Helper()
	var m map[string]any
	if err := json.Unmarshal(o, &m); err != nil {
		tb.Fatalf("option is not JSON: %v", err)
	}
	return m
}

// series returns the option's i-th series after checking its type.
func series(tb testing.TB, o map[string]any, i int, typ string) map[string]any {
	tb.Helper()
	list, _ := o["series"].([]any)
	if len(list) <= i {
		tb.Fatalf("option has %d series, want at least %d", len(list), i+1)
	}
	s := list[i].(map[string]any)
	if s["type"] != typ {
		tb.Fatalf("series %d has type %v, want %s", i, s["type"], typ)
	}
	return s
}

func list(v any) []any { l, _ := v.([]any); return l }

func seedNetwork(tb testing.TB, e *env, f graph.NetworkFilter) *graph.UnitNetwork {
	tb.Helper()
	net, err := e.store.UnitNetwork(context.Background(), f)
	if err != nil {
		tb.Fatal(err)
	}
	return net
}

func TestChartRoutes(t *testing.T) {
	e := newEnv(t, true)
	net := seedNetwork(t, e, graph.NetworkFilter{})
	leader := busiestLeader(e.doc)
	tests := []struct {
		view  string
		query []string
		typ   string
		items int // nodes or bars or cells expected
	}{
		{"network", nil, "graph", len(net.Nodes)},
		{"network", []string{"colour", "community", "lang", "en"}, "graph", len(net.Nodes)},
		{"matrix", []string{"top", "5000"}, "heatmap", 2 * len(net.Links)},
		{"matrix", nil, "heatmap", -1},
		{"portfolio", []string{"leader", leader}, "graph", -1},
		{"sankey", []string{"document", e.doc.Meta.ID}, "sankey", -1},
		{"bottleneck", []string{"top", "7"}, "bar", 7},
		{"structure", nil, "treemap", -1},
		{"structure", []string{"document", e.doc.Meta.ID}, "treemap", -1},
	}
	for _, tt := range tests {
		t.Run(tt.view+strings.Join(tt.query, "-"), func(t *testing.T) {
			var o map[string]any
			e.get(t, u("/charts/"+tt.view, tt.query...)).status(t, http.StatusOK).decode(t, &o)
			s := series(t, o, 0, tt.typ)
			if tt.items >= 0 && len(list(s["data"])) != tt.items {
				t.Errorf("%d data items, want %d", len(list(s["data"])), tt.items)
			}
			if len(list(s["data"])) == 0 {
				t.Error("series without data")
			}
		})
	}

	t.Run("same as the builder", func(t *testing.T) {
		var got map[string]any
		e.get(t, u("/charts/network")).status(t, http.StatusOK).decode(t, &got)
		if want := decodeOption(t, chart.Network(net, "kind", nil, chart.ZH)); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Error("the route's option differs from chart.Network on the store's network")
		}
	})
	t.Run("top units of the matrix", func(t *testing.T) {
		var o map[string]any
		e.get(t, u("/charts/matrix")).status(t, http.StatusOK).decode(t, &o)
		axis := list(list(o["xAxis"])[0].(map[string]any)["data"])
		if want := min(chart.MatrixTop, len(net.Nodes)); len(axis) != want {
			t.Errorf("%d units by default, want %d", len(axis), want)
		}
		e.get(t, u("/charts/matrix", "top", "5")).status(t, http.StatusOK).decode(t, &o)
		if axis := list(list(o["xAxis"])[0].(map[string]any)["data"]); len(axis) != 5 {
			t.Errorf("%d units with top=5", len(axis))
		}
		if p := e.get(t, u("/charts/matrix", "top", "0")).problem(t, http.StatusBadRequest); !strings.Contains(p.Detail, "top") {
			t.Errorf("detail %q does not name top", p.Detail)
		}
	})
	t.Run("unknown view", func(t *testing.T) {
		p := e.get(t, u("/charts/pie")).problem(t, http.StatusNotFound)
		if !strings.Contains(p.Detail, "network") {
			t.Errorf("detail %q does not list the views", p.Detail)
		}
	})
	t.Run("unknown leader", func(t *testing.T) {
		e.get(t, u("/charts/portfolio", "leader", "无此人")).problem(t, http.StatusNotFound)
	})
	t.Run("structure of an empty store", func(t *testing.T) {
		empty := newEnv(t, false)
		empty.get(t, u("/charts/structure")).problem(t, http.StatusNotFound)
	})
}
