package graph_test

import (
	"slices"
	"testing"

	"govgraph/graph"
)

func TestTaskIDs(t *testing.T) {
	id := graph.TaskID("8277ee0d660ee16d", 12)
	doc, index, ok := graph.SplitTaskID(id)
	if !ok || doc != "8277ee0d660ee16d" || index != 12 {
		t.Fatalf("SplitTaskID(%q) = %q, %d, %v", id, doc, index, ok)
	}
	ids := []string{"b:1", "a:10", "a:9", "a:100", "b:0", "a:0"}
	graph.SortTaskIDs(ids)
	want := []string{"a:0", "a:9", "a:10", "a:100", "b:0", "b:1"}
	if !slices.Equal(ids, want) {
		t.Errorf("sorted = %v, want %v", ids, want)
	}
	for _, bad := range []string{"nocolon", "a:x", "a:-1"} {
		if _, _, ok := graph.SplitTaskID(bad); ok {
			t.Errorf("SplitTaskID(%q) ok, want not", bad)
		}
	}
}

func TestParseNodeID(t *testing.T) {
	tests := []struct {
		id, kind, key string
		ok            bool
	}{
		{"unit:济南市历下区/区财政局", graph.NodeUnit, "济南市历下区/区财政局", true},
		{"task:abc:3", graph.NodeTask, "abc:3", true},
		{graph.NodeID(graph.NodeLeader, graph.EntityKey("济南市历下区", "武毅")), graph.NodeLeader, "济南市历下区/武毅", true},
		{"planet:x", "", "", false},
		{"nokind", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			kind, key, err := graph.ParseNodeID(tt.id)
			if (err == nil) != tt.ok || kind != tt.kind || key != tt.key {
				t.Errorf("ParseNodeID(%q) = %q, %q, %v", tt.id, kind, key, err)
			}
			if err != nil && graph.ErrorCode(err) != graph.EINVALID {
				t.Errorf("code = %q, want invalid", graph.ErrorCode(err))
			}
		})
	}
}

func TestFinishUnitNetwork(t *testing.T) {
	net := &graph.UnitNetwork{
		Nodes: []graph.UnitNode{{ID: "unit:j/b", Name: "b", Tasks: 1}, {ID: "unit:j/a", Name: "a", Tasks: 2}, {ID: "unit:j/c", Name: "c", Tasks: 2}},
		Links: []graph.UnitLink{
			{Source: "unit:j/c", Target: "unit:j/a", Weight: 2, Tasks: []string{"d:10", "d:2"}},
			{Source: "unit:j/a", Target: "unit:j/b", Weight: 1, Tasks: []string{"d:2"}},
		},
	}
	f, err := graph.NormalizeNetworkFilter(graph.NetworkFilter{MinWeight: 2})
	if err != nil {
		t.Fatal(err)
	}
	graph.FinishUnitNetwork(net, f)
	if len(net.Links) != 1 || net.Links[0].Source != "unit:j/a" || net.Links[0].Target != "unit:j/c" || !slices.Equal(net.Links[0].Tasks, []string{"d:2", "d:10"}) {
		t.Errorf("links = %+v", net.Links)
	}
	if len(net.Nodes) != 2 || net.Nodes[0].Name != "a" || net.Nodes[1].Name != "c" {
		t.Errorf("nodes = %+v, want a, c (b lost its only link)", net.Nodes)
	}
	if _, err := graph.NormalizeNetworkFilter(graph.NetworkFilter{Role: "boss"}); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("unknown role: err = %v", err)
	}
}

func TestErrorMessageHidesInternals(t *testing.T) {
	err := &graph.Error{Code: graph.EINTERNAL, Message: "neo4j said: secret", Err: nil}
	if got := graph.ErrorMessage(err); got != "internal error" {
		t.Errorf("ErrorMessage = %q", got)
	}
	if got := graph.ErrorMessage(graph.Errorf(graph.ENOTFOUND, "no unit %q", "x")); got != `no unit "x"` {
		t.Errorf("ErrorMessage = %q", got)
	}
}
