package analytics_test

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"govgraph/graph"
	"govgraph/graph/analytics"
)

const jurisdiction = "测试区"

// id is the node id of the unit named name.
func id(name string) string {
	return graph.NodeID(graph.NodeUnit, graph.EntityKey(jurisdiction, name))
}

// unit is a department with one task and one leader; tests change what they need.
func unit(name string) graph.UnitNode {
	return graph.UnitNode{ID: id(name), Name: name, Jurisdiction: jurisdiction, Kind: graph.KindDepartment, Tasks: 1, Leaders: 1}
}

func kindOf(name, kind string) graph.UnitNode {
	u := unit(name)
	u.Kind = kind
	return u
}

func link(a, b string, weight int) graph.UnitLink {
	return graph.UnitLink{Source: id(a), Target: id(b), Weight: weight}
}

// analyse runs analytics.Units, failing the test on error, and checks that
// the report encodes as JSON (so no NaN or Inf slipped through).
func analyse(tb testing.TB, net *graph.UnitNetwork, tasks []graph.TaskRecord, opts analytics.Options) *analytics.Report {
	tb.Helper()
	rep, err := analytics.Units(net, tasks, opts)
	if err != nil {
		tb.Fatalf("Units: %v", err)
	}
	if _, err := json.Marshal(rep); err != nil {
		tb.Fatalf("report does not encode as JSON: %v", err)
	}
	return rep
}

// byName indexes a report's units by name.
func byName(tb testing.TB, rep *analytics.Report) map[string]analytics.UnitMetrics {
	tb.Helper()
	out := make(map[string]analytics.UnitMetrics, len(rep.Units))
	for _, u := range rep.Units {
		out[u.Name] = u
	}
	return out
}

const tolerance = 1e-9

func near(tb testing.TB, what string, got, want float64) {
	tb.Helper()
	if math.Abs(got-want) > tolerance {
		tb.Errorf("%s = %.12g, want %.12g", what, got, want)
	}
}

// metric checks one metric of several units: want maps unit name to value.
func metric(tb testing.TB, rep *analytics.Report, key string, want map[string]float64) {
	tb.Helper()
	units := byName(tb, rep)
	for name, w := range want {
		u, ok := units[name]
		if !ok {
			tb.Errorf("unit %s is missing from the report", name)
			continue
		}
		near(tb, key+"("+name+")", u.Values()[key], w)
	}
}

// synthetic builds a task corpus and its unit network the way the stores do
// (docs/store-semantics.md): units in blocks of 100 that mostly work
// together, 2–5 units per task (the first leads), one or two of 30 leaders
// per task; tasks are added until the network has at least links links.
func synthetic(tb testing.TB, units, links int, seed uint64) (*graph.UnitNetwork, []graph.TaskRecord) {
	tb.Helper()
	r := rand.New(rand.NewPCG(seed, 1))
	const block, leaders = 100, 30
	name := func(u int) string { return fmt.Sprintf("单位%04d", u) }
	leader := func(l int) string { return fmt.Sprintf("领导%02d", l) }

	var tasks []graph.TaskRecord
	pairs := map[[2]int][]string{}
	for len(pairs) < links {
		home := r.IntN((units + block - 1) / block)
		size := 2 + r.IntN(4)
		var involved []int
		for len(involved) < size {
			u := home*block + r.IntN(block)
			if r.Float64() < 0.15 || u >= units {
				u = r.IntN(units)
			}
			if !slices.Contains(involved, u) {
				involved = append(involved, u)
			}
		}
		t := graph.TaskRecord{Document: "synthetic", Jurisdiction: jurisdiction}
		t.Index = len(tasks)
		t.ID = graph.TaskID("synthetic", t.Index)
		t.Leaders = []string{leader(home % leaders)}
		if r.Float64() < 0.2 {
			if extra := leader(r.IntN(leaders)); extra != t.Leaders[0] {
				t.Leaders = append(t.Leaders, extra)
			}
		}
		for k, u := range involved {
			if k == 0 {
				t.LeadUnits = append(t.LeadUnits, name(u))
			} else {
				t.Units = append(t.Units, name(u))
			}
			for _, v := range involved[k+1:] {
				p := [2]int{min(u, v), max(u, v)}
				pairs[p] = append(pairs[p], t.ID)
			}
		}
		tasks = append(tasks, t)
	}

	nodes := map[string]*graph.UnitNode{}
	leadersOf := map[string]map[string]bool{}
	for _, t := range tasks {
		for _, n := range t.Involved() {
			node := nodes[n]
			if node == nil {
				kind := graph.UnitKinds[len(nodes)%len(graph.UnitKinds)]
				node = &graph.UnitNode{ID: id(n), Name: n, Jurisdiction: jurisdiction, Kind: kind}
				nodes[n] = node
				leadersOf[n] = map[string]bool{}
			}
			node.Tasks++
			if slices.Contains(t.LeadUnits, n) {
				node.LeadTasks++
			}
			for _, l := range t.Leaders {
				leadersOf[n][l] = true
			}
			node.TaskIDs = append(node.TaskIDs, t.ID)
		}
	}
	net := &graph.UnitNetwork{}
	for n, node := range nodes {
		node.Leaders = len(leadersOf[n])
		net.Nodes = append(net.Nodes, *node)
	}
	for p, ids := range pairs {
		net.Links = append(net.Links, graph.UnitLink{Source: id(name(p[0])), Target: id(name(p[1])), Weight: len(ids), Tasks: ids})
	}
	graph.FinishUnitNetwork(net, graph.NetworkFilter{MinWeight: 1})
	return net, tasks
}
