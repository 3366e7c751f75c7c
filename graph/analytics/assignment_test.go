package analytics_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/graph/topo"

	"govgraph/graph"
	"govgraph/graph/analytics"
	"govgraph/graph/extract"
)

// assigned is a task of the test jurisdiction.
func assigned(id string, leaders, lead, responsible []string) graph.TaskRecord {
	return graph.TaskRecord{
		Task:     graph.Task{ID: "d:" + id, Leaders: leaders, LeadUnits: lead, Units: responsible},
		Document: "d", Jurisdiction: jurisdiction,
	}
}

// assignment runs analytics.Assignment, failing the test on error, and
// checks that the report encodes as JSON (no NaN or Inf).
func assignment(tb testing.TB, tasks []graph.TaskRecord) *analytics.AssignmentReport {
	tb.Helper()
	rep, err := analytics.Assignment(tasks, analytics.Options{})
	if err != nil {
		tb.Fatalf("Assignment: %v", err)
	}
	if _, err := json.Marshal(rep); err != nil {
		tb.Fatalf("report does not encode as JSON: %v", err)
	}
	return rep
}

// nodeNamed finds a leader or unit of the report by kind and name.
func nodeNamed(tb testing.TB, rep *analytics.AssignmentReport, kind, name string) analytics.AssignmentMetrics {
	tb.Helper()
	for _, m := range rep.Nodes {
		if m.Kind == kind && m.Name == name {
			return m
		}
	}
	tb.Fatalf("%s %s is not in the report", kind, name)
	return analytics.AssignmentMetrics{}
}

// order is the report's nodes as "Kind:name".
func order(rep *analytics.AssignmentReport) []string {
	out := make([]string, len(rep.Nodes))
	for i, m := range rep.Nodes {
		out[i] = m.Kind + ":" + m.Name
	}
	return out
}

type want struct {
	kind, name                       string
	tasks, leadTasks                 int
	betweenness, closeness, pageRank float64
	eigenvector                      float64
}

func checkNodes(t *testing.T, rep *analytics.AssignmentReport, wants []want) {
	t.Helper()
	for _, w := range wants {
		m := nodeNamed(t, rep, w.kind, w.name)
		what := w.kind + " " + w.name
		if m.Tasks != w.tasks || m.Degree != w.tasks || m.LeadTasks != w.leadTasks || len(m.TaskIDs) != w.tasks {
			t.Errorf("%s: tasks %d, degree %d, leadTasks %d, taskIds %v; want %d tasks and degree, %d leadTasks",
				what, m.Tasks, m.Degree, m.LeadTasks, m.TaskIDs, w.tasks, w.leadTasks)
		}
		if m.ID != graph.NodeID(w.kind, graph.EntityKey(jurisdiction, w.name)) {
			t.Errorf("%s: id %q", what, m.ID)
		}
		near(t, what+" betweenness", m.Betweenness, w.betweenness)
		near(t, what+" closeness", m.Closeness, w.closeness)
		near(t, what+" pageRank", m.PageRank, w.pageRank)
		near(t, what+" eigenvector", m.Eigenvector, w.eigenvector)
	}
}

// TestAssignmentOneLeader works one leader's portfolio out by hand.
//
// L leads t1 and t2; unit A leads t1; B is responsible on t1 and t2; C is
// responsible on t2. Six nodes, six edges:
//
//	A — t1 — L — t2 — C        (L–t1, L–t2, A–t1, B–t1, B–t2, C–t2)
//	     \        /
//	      —— B ——
//
// Betweenness, each of the 15 unordered pairs with its shortest paths and
// the share each intermediate node gets:
//
//	L–A  L t1 A               t1 1
//	L–B  L t1 B | L t2 B      t1 ½, t2 ½
//	L–C  L t2 C               t2 1
//	A–B  A t1 B               t1 1
//	A–C  A t1 L t2 C | A t1 B t2 C    t1 1, t2 1, L ½, B ½
//	A–t2 A t1 L t2 | A t1 B t2        t1 1, L ½, B ½
//	C–t1 C t2 L t1 | C t2 B t1        t2 1, L ½, B ½
//	t1–t2 t1 L t2 | t1 B t2           L ½, B ½
//	L–t1, L–t2, A–t1, B–t1, B–t2, C–t2, B–C (t2 1): the rest
//
// So L = B = 4 × ½ = 2, A = C = 0 (t1 = t2 = 4.5; tasks are not reported).
// Check: Σ (d − 1) over the pairs = 13 = 2 + 2 + 4.5 + 4.5. Normalised by
// C(n−1, 2) = C(5, 2) = 10: L 0.2, B 0.2, A 0, C 0.
//
// Closeness, one component of r = n = 6, so (r−1)/(n−1)·(r−1)/Σd = 5/Σd:
// L: 2 (A) + 2 (B) + 2 (C) + 1 + 1 = 8 → 5/8; B likewise 5/8;
// A: 2 (L) + 2 (B) + 4 (C) + 1 (t1) + 3 (t2) = 12 → 5/12; C likewise.
//
// PageRank, d = 0.85, n = 6; by symmetry L = B = x, A = C = a, t1 = t2 = t
// (degrees 2, 1, 3):
//
//	x = 0.025 + 0.85 · 2t/3,  a = 0.025 + 0.85 · t/3,  t = 0.025 + 0.85 (x + a)
//	→ x + a = 0.05 + 0.85t → 0.2775t = 0.0675 → t = 9/37,
//	x = 241/1480, a = 139/1480 (2x + 2a + 2t = 1).
//
// Eigenvector: λx = 2t, λa = t, λt = 2x + a → λ² = 5, x = 2t/√5,
// a = t/√5; 2x² + 2a² + 2t² = 4t² = 1 → t = ½, x = 1/√5, a = 1/(2√5).
func TestAssignmentOneLeader(t *testing.T) {
	tasks := []graph.TaskRecord{
		assigned("1", []string{"L"}, []string{"A"}, []string{"B"}),
		assigned("2", []string{"L"}, nil, []string{"B", "C"}),
	}
	rep := assignment(t, tasks)
	checkNodes(t, rep, []want{
		{graph.NodeLeader, "L", 2, 2, 0.2, 5.0 / 8, 241.0 / 1480, 1 / math.Sqrt(5)},
		{graph.NodeUnit, "B", 2, 0, 0.2, 5.0 / 8, 241.0 / 1480, 1 / math.Sqrt(5)},
		{graph.NodeUnit, "A", 1, 1, 0, 5.0 / 12, 139.0 / 1480, 1 / (2 * math.Sqrt(5))},
		{graph.NodeUnit, "C", 1, 0, 0, 5.0 / 12, 139.0 / 1480, 1 / (2 * math.Sqrt(5))},
	})
	// Betweenness descending, then kind (Leader before Unit), then name.
	if got, w := order(rep), []string{"Leader:L", "Unit:B", "Unit:A", "Unit:C"}; !slices.Equal(got, w) {
		t.Errorf("order %v, want %v", got, w)
	}
	if w := (analytics.AssignmentNetwork{Leaders: 1, Units: 3, Tasks: 2, Nodes: 6, Edges: 6, Components: 1}); rep.Network != w {
		t.Errorf("network %+v, want %+v", rep.Network, w)
	}
	if got := nodeNamed(t, rep, graph.NodeUnit, "B").TaskIDs; !slices.Equal(got, []string{"d:1", "d:2"}) {
		t.Errorf("B's taskIds %v", got)
	}
	for _, key := range []string{analytics.MetricTasks, analytics.MetricLeadTasks, analytics.MetricDegree, analytics.MetricBetweenness,
		analytics.MetricCloseness, analytics.MetricPageRank, analytics.MetricEigenvector, analytics.MetricComponents} {
		if rep.Definitions[key] == "" {
			t.Errorf("no definition of %s", key)
		}
	}
}

// TestAssignmentUnitBridgesLeaders: L1 supervises t1 (led by A), L2
// supervises t2 (led by B), and U is responsible on both. The graph is the
// tree L1, A — t1 — U — t2 — L2, B (n = 7).
//
// Betweenness of U: every pair with one end in {L1, A, t1} and the other in
// {t2, L2, B} passes through U alone: 9 pairs of C(6, 2) = 15 → 0.6. The
// leaders and A, B are leaves: 0. U links the two leaders' portfolios.
//
// Closeness: U: t1 1, t2 1, L1 2, A 2, L2 2, B 2 → Σ 10 → 6/10;
// L1: t1 1, A 2, U 2, t2 3, L2 4, B 4 → Σ 16 → 6/16 (A, L2, B likewise).
//
// With a separate portfolio L3 — t3 — D added (n = 10, components of 7 and
// 3), the same counts are normalised by C(9, 2) = 36: U 9/36 = 0.25; and
// closeness is scaled by the component: U (6/9)·(6/10) = 0.4, L1
// (6/9)·(6/16) = 0.25, L3 and D: distances 1 + 2 = 3 → (2/9)·(2/3) = 4/27.
func TestAssignmentUnitBridgesLeaders(t *testing.T) {
	bridge := []graph.TaskRecord{
		assigned("1", []string{"L1"}, []string{"A"}, []string{"U"}),
		assigned("2", []string{"L2"}, []string{"B"}, []string{"U"}),
	}
	type paths struct {
		kind, name             string
		betweenness, closeness float64
	}
	check := func(t *testing.T, rep *analytics.AssignmentReport, wants []paths) {
		t.Helper()
		for _, w := range wants {
			m := nodeNamed(t, rep, w.kind, w.name)
			near(t, w.name+" betweenness", m.Betweenness, w.betweenness)
			near(t, w.name+" closeness", m.Closeness, w.closeness)
		}
	}
	t.Run("bridge", func(t *testing.T) {
		rep := assignment(t, bridge)
		check(t, rep, []paths{
			{graph.NodeUnit, "U", 0.6, 0.6},
			{graph.NodeLeader, "L1", 0, 6.0 / 16},
			{graph.NodeLeader, "L2", 0, 6.0 / 16},
			{graph.NodeUnit, "A", 0, 6.0 / 16},
		})
		if rep.Nodes[0].Name != "U" {
			t.Errorf("first node %s, want the bridging unit U (order %v)", rep.Nodes[0].Name, order(rep))
		}
		// The leaders are symmetric, and U's PageRank is above theirs.
		l1, l2, u := nodeNamed(t, rep, graph.NodeLeader, "L1"), nodeNamed(t, rep, graph.NodeLeader, "L2"), nodeNamed(t, rep, graph.NodeUnit, "U")
		near(t, "L1 − L2 pageRank", l1.PageRank-l2.PageRank, 0)
		if !(u.PageRank > l1.PageRank && u.Eigenvector > l1.Eigenvector) {
			t.Errorf("U pageRank %g eigenvector %g, L1 %g %g: U should lead", u.PageRank, u.Eigenvector, l1.PageRank, l1.Eigenvector)
		}
	})
	t.Run("with a separate portfolio", func(t *testing.T) {
		rep := assignment(t, append(slices.Clone(bridge), assigned("3", []string{"L3"}, nil, []string{"D"})))
		check(t, rep, []paths{
			{graph.NodeUnit, "U", 0.25, 0.4},
			{graph.NodeLeader, "L1", 0, 0.25},
			{graph.NodeLeader, "L3", 0, 4.0 / 27},
			{graph.NodeUnit, "D", 0, 4.0 / 27},
		})
		if rep.Network.Components != 2 || rep.Network.Nodes != 10 {
			t.Errorf("network %+v, want 10 nodes in 2 components", rep.Network)
		}
	})
}

func TestAssignmentEdgesAreDistinct(t *testing.T) {
	// 甲 named twice and 财政局 both lead and responsible on one task: one
	// edge each, 财政局's a LEADS edge.
	rep := assignment(t, []graph.TaskRecord{
		assigned("1", []string{"甲", "甲"}, []string{"财政局"}, []string{"财政局", "教体局"}),
	})
	if rep.Network.Edges != 3 || rep.Network.Nodes != 4 {
		t.Errorf("network %+v, want 4 nodes and 3 edges", rep.Network)
	}
	if m := nodeNamed(t, rep, graph.NodeUnit, "财政局"); m.Tasks != 1 || m.LeadTasks != 1 || m.Degree != 1 {
		t.Errorf("财政局 %+v, want 1 task, led", m)
	}
	if m := nodeNamed(t, rep, graph.NodeLeader, "甲"); m.Tasks != 1 || m.LeadTasks != 1 {
		t.Errorf("甲 %+v, want 1 task", m)
	}
}

func TestAssignmentEmpty(t *testing.T) {
	for _, tasks := range [][]graph.TaskRecord{nil, {}} {
		rep := assignment(t, tasks)
		if len(rep.Nodes) != 0 || rep.Nodes == nil || rep.Network != (analytics.AssignmentNetwork{}) {
			t.Errorf("empty input: %+v", rep)
		}
	}
	// A task nobody is assigned to is an isolated node and nothing else.
	rep := assignment(t, []graph.TaskRecord{assigned("1", nil, nil, nil)})
	if len(rep.Nodes) != 0 || rep.Network.Tasks != 1 || rep.Network.Components != 1 {
		t.Errorf("lone task: %+v", rep)
	}
}

// shuffledAssignment copies tasks in another order, with every name list
// reordered too.
func shuffledAssignment(tasks []graph.TaskRecord, seed uint64) []graph.TaskRecord {
	r := rand.New(rand.NewPCG(seed, 11))
	out := make([]graph.TaskRecord, len(tasks))
	for i, t := range tasks {
		t.Leaders, t.LeadUnits, t.Units = slices.Clone(t.Leaders), slices.Clone(t.LeadUnits), slices.Clone(t.Units)
		for _, list := range [][]string{t.Leaders, t.LeadUnits, t.Units} {
			r.Shuffle(len(list), func(i, j int) { list[i], list[j] = list[j], list[i] })
		}
		out[i] = t
	}
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// TestAssignmentDeterministic: the same tasks in any order give the same
// report, except PageRank's last digits (gonum starts it from an unseeded
// random vector).
func TestAssignmentDeterministic(t *testing.T) {
	_, tasks := synthetic(t, 200, 1000, 5)
	first := assignment(t, tasks)
	for round := range uint64(3) {
		again := assignment(t, shuffledAssignment(tasks, round))
		if len(again.Nodes) != len(first.Nodes) {
			t.Fatalf("round %d: %d nodes, first run %d", round, len(again.Nodes), len(first.Nodes))
		}
		for i := range first.Nodes {
			near(t, "pageRank of "+first.Nodes[i].Name, again.Nodes[i].PageRank, first.Nodes[i].PageRank)
			again.Nodes[i].PageRank = first.Nodes[i].PageRank
		}
		if !reflect.DeepEqual(first, again) {
			t.Fatalf("round %d: reports differ for the same tasks in another order", round)
		}
	}
}

func TestAssignmentInvalidInput(t *testing.T) {
	tests := []struct {
		name  string
		tasks []graph.TaskRecord
		code  string
		msg   string
	}{
		{"no id", []graph.TaskRecord{assigned("1", []string{"甲"}, nil, nil), {}}, graph.EINVALID, "task 1 has no id"},
		{"repeated id", []graph.TaskRecord{assigned("1", nil, nil, nil), assigned("1", nil, nil, nil)}, graph.EINVALID, `task 1: id "d:1" appears twice`},
		{"blank leader", []graph.TaskRecord{assigned("7", []string{"甲", " "}, nil, nil)}, graph.EINVALID, "task 0 (d:7): leader 2 has no name"},
		{"blank lead unit", []graph.TaskRecord{assigned("7", nil, []string{""}, nil)}, graph.EINVALID, "task 0 (d:7): lead unit 1 has no name"},
		{"blank responsible unit", []graph.TaskRecord{assigned("7", nil, nil, []string{"财政局", ""})}, graph.EINVALID, "task 0 (d:7): responsible unit 2 has no name"},
		{"too many tasks", make([]graph.TaskRecord, analytics.MaxAssignmentTasks+1), graph.ETOOLARGE,
			fmt.Sprintf("%d tasks is too many", analytics.MaxAssignmentTasks+1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := analytics.Assignment(tt.tasks, analytics.Options{})
			var e *graph.Error
			if rep != nil || !errors.As(err, &e) || e.Code != tt.code || e.Op != "analytics.Assignment" || !strings.Contains(e.Message, tt.msg) {
				t.Fatalf("got %v, %v; want a %s error saying %q", rep, err, tt.code, tt.msg)
			}
		})
	}
}

// seedTasks parses the real seed document into task records.
func seedTasks(tb testing.TB) (*graph.Document, []graph.TaskRecord) {
	tb.Helper()
	opts, err := extract.LoadTables(filepath.Join("..", "..", "seeds"))
	if err != nil {
		tb.Fatalf("load seed tables: %v", err)
	}
	doc, err := extract.ParseFile(filepath.Join("..", "..", "seeds", "documents", "2023-jinan-lixia-government-work-report-tasks.txt"), opts)
	if err != nil {
		tb.Fatalf("parse seed: %v", err)
	}
	records := make([]graph.TaskRecord, len(doc.Tasks))
	for i, t := range doc.Tasks {
		records[i] = graph.TaskRecord{Task: t, Document: doc.Meta.ID, Jurisdiction: doc.Meta.Jurisdiction}
	}
	return doc, records
}

func TestAssignmentOnSeed(t *testing.T) {
	doc, tasks := seedTasks(t)
	rep := assignment(t, tasks)

	// Count the seed by hand: tasks per leader and unit, lead tasks, edges.
	leaderTasks, unitTasks, unitLeads := map[string][]string{}, map[string][]string{}, map[string]int{}
	edges := 0
	for _, task := range doc.Tasks {
		for _, l := range distinctNames(task.Leaders) {
			leaderTasks[l] = append(leaderTasks[l], task.ID)
			edges++
		}
		for _, u := range task.Involved() {
			unitTasks[u] = append(unitTasks[u], task.ID)
			if slices.Contains(task.LeadUnits, u) {
				unitLeads[u]++
			}
			edges++
		}
	}
	if rep.Network.Tasks != len(doc.Tasks) || rep.Network.Leaders != len(leaderTasks) || rep.Network.Units != len(unitTasks) ||
		rep.Network.Edges != edges || rep.Network.Nodes != len(doc.Tasks)+len(leaderTasks)+len(unitTasks) {
		t.Errorf("network %+v; the seed has %d tasks, %d leaders, %d units, %d edges",
			rep.Network, len(doc.Tasks), len(leaderTasks), len(unitTasks), edges)
	}
	if len(rep.Nodes) != len(leaderTasks)+len(unitTasks) {
		t.Fatalf("%d nodes reported, want every leader and unit", len(rep.Nodes))
	}

	mostTasks := 0
	for _, ids := range leaderTasks {
		mostTasks = max(mostTasks, len(ids))
	}
	var topByDegree, busiest []string
	topDegree, pageRank := -1, 0.0
	for _, m := range rep.Nodes {
		var ids []string
		leads := 0
		if m.Kind == graph.NodeLeader {
			ids, leads = leaderTasks[m.Name], len(leaderTasks[m.Name])
			switch {
			case m.Degree > topDegree:
				topDegree, topByDegree = m.Degree, []string{m.Name}
			case m.Degree == topDegree:
				topByDegree = append(topByDegree, m.Name)
			}
			if len(ids) == mostTasks {
				busiest = append(busiest, m.Name)
			}
		} else {
			ids, leads = unitTasks[m.Name], unitLeads[m.Name]
		}
		graph.SortTaskIDs(ids)
		if m.Tasks != len(ids) || m.Degree != len(ids) || m.LeadTasks != leads || !slices.Equal(m.TaskIDs, ids) {
			t.Errorf("%s %s: tasks %d, degree %d, leadTasks %d; the seed has %d tasks, %d led",
				m.Kind, m.Name, m.Tasks, m.Degree, m.LeadTasks, len(ids), leads)
		}
		if m.Jurisdiction != doc.Meta.Jurisdiction || m.ID != graph.NodeID(m.Kind, graph.EntityKey(m.Jurisdiction, m.Name)) {
			t.Errorf("%s %s: id %q, jurisdiction %q", m.Kind, m.Name, m.ID, m.Jurisdiction)
		}
		if m.Betweenness < 0 || m.Betweenness > 1 || m.Closeness <= 0 || m.Closeness > 1 || m.PageRank <= 0 || m.Eigenvector < 0 {
			t.Errorf("%s %s: a measure out of range: %+v", m.Kind, m.Name, m)
		}
		pageRank += m.PageRank
	}
	slices.Sort(topByDegree)
	slices.Sort(busiest)
	if topDegree != mostTasks || !slices.Equal(topByDegree, busiest) {
		t.Errorf("top leaders by degree %v (%d), the seed's busiest leaders %v (%d tasks)", topByDegree, topDegree, busiest, mostTasks)
	}
	if len(rep.Warnings) > 0 {
		t.Errorf("warnings on the seed: %v", rep.Warnings)
	}
	if pageRank >= 1 {
		t.Errorf("leaders and units hold PageRank %g; the tasks must hold the rest of 1", pageRank)
	}
	if !slices.IsSortedFunc(rep.Nodes, func(a, b analytics.AssignmentMetrics) int {
		if a.Betweenness != b.Betweenness {
			return -cmpFloat(a.Betweenness, b.Betweenness)
		}
		return strings.Compare(a.Kind+"\x00"+a.Name, b.Kind+"\x00"+b.Name)
	}) {
		t.Error("nodes are not by betweenness descending, then kind, then name")
	}
	t.Logf("seed: %+v; top: %s %s betweenness %.4f", rep.Network, rep.Nodes[0].Kind, rep.Nodes[0].Name, rep.Nodes[0].Betweenness)
}

// TestAssignmentAgreesWithGonumOnTheWholeGraph checks the per-component
// betweenness and breadth-first closeness against gonum run the plain way
// on the whole seed graph: network.Betweenness on a simple graph, and
// network.Closeness over path.DijkstraAllPaths, Wasserman–Faust scaled.
func TestAssignmentAgreesWithGonumOnTheWholeGraph(t *testing.T) {
	_, tasks := seedTasks(t)
	// Two jurisdictions, so that there are several components.
	other := slices.Clone(tasks[:20])
	for i := range other {
		other[i].Jurisdiction = "另一区"
		other[i].ID = "other:" + other[i].ID
	}
	tasks = append(tasks, other...)
	rep := assignment(t, tasks)

	g := simple.NewUndirectedGraph()
	ids := map[string]int64{}
	node := func(id string) gg.Node {
		if _, ok := ids[id]; !ok {
			ids[id] = int64(len(ids))
			g.AddNode(simple.Node(ids[id]))
		}
		return simple.Node(ids[id])
	}
	for _, task := range tasks {
		tn := node(graph.NodeID(graph.NodeTask, task.ID))
		for _, l := range task.Leaders {
			g.SetEdge(g.NewEdge(node(graph.NodeID(graph.NodeLeader, graph.EntityKey(task.Jurisdiction, l))), tn))
		}
		for _, u := range task.Involved() {
			g.SetEdge(g.NewEdge(node(graph.NodeID(graph.NodeUnit, graph.EntityKey(task.Jurisdiction, u))), tn))
		}
	}
	n := float64(len(ids))
	between := network.Betweenness(g)
	closeness := network.Closeness(g, path.DijkstraAllPaths(g))
	reach := map[int64]int{}
	components := topo.ConnectedComponents(g)
	for _, c := range components {
		for _, v := range c {
			reach[v.ID()] = len(c)
		}
	}
	if rep.Network.Components != len(components) || len(components) < 2 {
		t.Errorf("%d components, gonum finds %d", rep.Network.Components, len(components))
	}
	for _, m := range rep.Nodes {
		v := ids[m.ID]
		r := float64(reach[v])
		near(t, m.ID+" betweenness", m.Betweenness, between[v]/((n-1)*(n-2)))
		near(t, m.ID+" closeness", m.Closeness, (r-1)*(r-1)/(n-1)*closeness[v])
	}
}

func distinctNames(s []string) []string {
	var out []string
	for _, v := range s {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// BenchmarkAssignment times the analysis on the seed, on the seed copied
// into ten districts, and on synthetic corpora whose graph is one component
// (the worst case: leaders span all blocks of units), up to about
// 4,900 tasks, beyond MaxAssignmentTasks.
//
//	go test -run '^$' -bench Assignment -benchmem -benchtime 1x ./graph/analytics/
func BenchmarkAssignment(b *testing.B) {
	_, seed := seedTasks(b)
	corpora := []struct {
		name  string
		tasks []graph.TaskRecord
	}{{"seed", seed}}
	// Ten districts with the seed's tasks: ten components, each measured on its own.
	var districts []graph.TaskRecord
	for d := range 10 {
		for _, t := range seed {
			t.Jurisdiction = fmt.Sprintf("区%02d", d)
			t.ID = fmt.Sprintf("%02d:%s", d, t.ID)
			districts = append(districts, t)
		}
	}
	corpora = append(corpora, struct {
		name  string
		tasks []graph.TaskRecord
	}{"seed×10 districts", districts})
	for _, units := range []int{100, 300, 700, 1000, 2300} {
		_, tasks := synthetic(b, units, 10*units, 2023)
		corpora = append(corpora, struct {
			name  string
			tasks []graph.TaskRecord
		}{fmt.Sprintf("synthetic/units=%d", units), tasks})
	}
	for _, c := range corpora {
		rep, err := analytics.AssignmentUncapped(c.tasks)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%s/tasks=%d/nodes=%d/edges=%d/components=%d", c.name, len(c.tasks), rep.Network.Nodes, rep.Network.Edges, rep.Network.Components), func(b *testing.B) {
			b.ReportAllocs()
			defer reportCPU(b)()
			for b.Loop() {
				if _, err := analytics.AssignmentUncapped(c.tasks); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
