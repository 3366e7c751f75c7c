package graph_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"govgraph/graph"
	"govgraph/graph/extract"
)

// seedDocument is the seed document parsed with the seed tables, as
// govgraph serve loads it.
func seedDocument(tb testing.TB) *graph.Document {
	tb.Helper()
	const name = "2023-jinan-lixia-government-work-report-tasks.txt"
	data, err := os.ReadFile(filepath.Join("..", "seeds", "documents", name))
	if err != nil {
		tb.Fatal(err)
	}
	opts, err := extract.LoadTables(filepath.Join("..", "seeds"))
	if err != nil {
		tb.Fatalf("load seed tables: %v", err)
	}
	doc, err := extract.Parse(name, data, opts)
	if err != nil {
		tb.Fatalf("parse seed: %v", err)
	}
	return doc
}

func seedRecords(doc *graph.Document) []graph.TaskRecord {
	out := make([]graph.TaskRecord, len(doc.Tasks))
	for i, t := range doc.Tasks {
		out[i] = graph.TaskRecord{Task: t, Document: doc.Meta.ID, Jurisdiction: doc.Meta.Jurisdiction}
	}
	return out
}

func task(id string, leaders, lead, resp []string) graph.TaskRecord {
	return graph.TaskRecord{Task: graph.Task{ID: "d:" + id, Leaders: leaders, LeadUnits: lead, Units: resp}, Document: "d", Jurisdiction: "区"}
}

func TestLeaderNetworkOf(t *testing.T) {
	// 甲 and 乙 share 财政局 and 教体局; 乙 and 丙 share 教体局 only as a
	// responsible unit; 丁 shares nothing.
	tasks := []graph.TaskRecord{
		task("0", []string{"甲"}, []string{"财政局"}, []string{"教体局"}),
		task("1", []string{"乙", "乙"}, []string{"财政局"}, nil),
		task("2", []string{"乙"}, []string{"住建局"}, []string{"教体局"}),
		task("3", []string{"丙"}, []string{"卫健局"}, []string{"教体局"}),
		task("4", []string{"丁"}, []string{"文旅局"}, nil),
		task("5", nil, []string{"财政局"}, nil),
	}
	id := func(name string) string { return graph.NodeID(graph.NodeLeader, graph.EntityKey("区", name)) }
	type link struct {
		a, b  string
		units []string
	}
	tests := []struct {
		name      string
		role      string
		minWeight int
		limit     int
		nodes     []string // by tasks descending, then name
		links     []link   // by weight descending
	}{
		{"any role", graph.RoleAny, 1, 0, []string{"乙", "丁", "丙", "甲"}, []link{
			{"乙", "甲", []string{"教体局", "财政局"}}, {"丙", "乙", []string{"教体局"}}, {"丙", "甲", []string{"教体局"}}}},
		{"lead units only", graph.RoleLead, 1, 0, []string{"乙", "丁", "丙", "甲"}, []link{
			{"乙", "甲", []string{"财政局"}}}},
		{"weight at least 2", graph.RoleAny, 2, 0, []string{"乙", "甲"}, []link{
			{"乙", "甲", []string{"教体局", "财政局"}}}},
		{"one link", graph.RoleAny, 1, 1, []string{"乙", "甲"}, []link{
			{"乙", "甲", []string{"教体局", "财政局"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			net := graph.LeaderNetworkOf(tasks, tt.role, tt.minWeight, tt.limit)
			var names []string
			for _, n := range net.Nodes {
				names = append(names, n.Name)
				if n.ID != id(n.Name) || n.Tasks != len(n.TaskIDs) {
					t.Errorf("node %+v", n)
				}
			}
			if !slices.Equal(names, tt.nodes) {
				t.Errorf("nodes %v, want %v", names, tt.nodes)
			}
			if len(net.Links) != len(tt.links) {
				t.Fatalf("links %+v, want %+v", net.Links, tt.links)
			}
			for i, want := range tt.links {
				got := net.Links[i]
				a, b := min(id(want.a), id(want.b)), max(id(want.a), id(want.b))
				if got.Source != a || got.Target != b || got.Weight != len(want.units) || !slices.Equal(got.Units, want.units) {
					t.Errorf("link %d = %+v, want %s–%s %v", i, got, want.a, want.b, want.units)
				}
			}
		})
	}
	// 乙 leads task 1 once although named twice; 乙's units are 财政局, 住建局, 教体局.
	for _, n := range graph.LeaderNetworkOf(tasks, graph.RoleAny, 1, 0).Nodes {
		if n.Name == "乙" && (n.Tasks != 2 || n.Units != 3) {
			t.Errorf("乙: %d tasks, %d units; want 2 and 3", n.Tasks, n.Units)
		}
	}
}

func TestLeaderNetworkOfSeed(t *testing.T) {
	doc := seedDocument(t)
	net := graph.LeaderNetworkOf(seedRecords(doc), graph.RoleAny, 1, 0)
	unitsOf := map[string]map[string]bool{}
	for _, task := range doc.Tasks {
		for _, l := range task.Leaders {
			if unitsOf[l] == nil {
				unitsOf[l] = map[string]bool{}
			}
			for _, u := range task.Involved() {
				unitsOf[l][u] = true
			}
		}
	}
	if len(net.Nodes) != len(unitsOf) {
		t.Fatalf("%d leaders, the seed has %d", len(net.Nodes), len(unitsOf))
	}
	name := map[string]string{}
	for _, n := range net.Nodes {
		name[n.ID] = n.Name
		if n.Units != len(unitsOf[n.Name]) {
			t.Errorf("%s: %d units, the seed has %d", n.Name, n.Units, len(unitsOf[n.Name]))
		}
	}
	pairs := 0
	for a := range unitsOf {
		for b := range unitsOf {
			if a < b {
				shared := 0
				for u := range unitsOf[a] {
					if unitsOf[b][u] {
						shared++
					}
				}
				if shared > 0 {
					pairs++
				}
			}
		}
	}
	if len(net.Links) != pairs {
		t.Errorf("%d links, the seed has %d leader pairs sharing units", len(net.Links), pairs)
	}
	for _, l := range net.Links {
		for _, u := range l.Units {
			if !unitsOf[name[l.Source]][u] || !unitsOf[name[l.Target]][u] {
				t.Errorf("link %s–%s lists %s, which they do not share", name[l.Source], name[l.Target], u)
			}
		}
	}
}

func TestBipartiteOf(t *testing.T) {
	tasks := []graph.TaskRecord{
		task("0", []string{"甲"}, []string{"财政局"}, []string{"教体局", "财政局"}),
		task("1", []string{"甲", "乙"}, nil, []string{"教体局"}),
	}
	tasks[0].Text, tasks[1].Text = "第一项任务", "第二项任务"
	g := graph.BipartiteOf(tasks)
	kinds := map[string]int{}
	for _, n := range g.Nodes {
		kinds[n.Kind]++
	}
	if kinds[graph.NodeLeader] != 2 || kinds[graph.NodeUnit] != 2 || kinds[graph.NodeTask] != 2 {
		t.Errorf("nodes by kind %v", kinds)
	}
	types := map[string]int{}
	for _, e := range g.Edges {
		types[e.Type]++
	}
	// LEADS: 甲→0, 财政局→0, 甲→1, 乙→1; SUPPORTS: 教体局→0, 财政局→0, 教体局→1.
	if types["LEADS"] != 4 || types["SUPPORTS"] != 3 {
		t.Errorf("edges by type %v", types)
	}
	if !slices.IsSortedFunc(g.Nodes, func(a, b graph.Node) int { return strings.Compare(a.ID, b.ID) }) {
		t.Error("nodes not in id order")
	}
}
