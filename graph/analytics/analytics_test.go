package analytics_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"govgraph/graph"
	"govgraph/graph/analytics"
)

// star: centre c linked to leaves l1..l4 (n = 5).
func star() *graph.UnitNetwork {
	return &graph.UnitNetwork{
		Nodes: []graph.UnitNode{unit("c"), unit("l1"), unit("l2"), unit("l3"), unit("l4")},
		Links: []graph.UnitLink{link("c", "l1", 1), link("c", "l2", 1), link("c", "l3", 1), link("c", "l4", 1)},
	}
}

func TestStar(t *testing.T) {
	rep := analyse(t, star(), nil, analytics.Options{})
	leaves := func(v float64) map[string]float64 {
		return map[string]float64{"l1": v, "l2": v, "l3": v, "l4": v}
	}
	with := func(m map[string]float64, centre float64) map[string]float64 {
		m["c"] = centre
		return m
	}
	tests := []struct {
		key  string
		want map[string]float64
	}{
		// c is on the one shortest path of all C(4,2) = 6 leaf pairs: 6/6 = 1.
		{analytics.MetricBetweenness, with(leaves(0), 1)},
		// p_c,leaf = 1/4 and leaves are not linked: 4 × (1/4)² = 1/4.
		// A leaf spends everything on c: (1)² = 1.
		{analytics.MetricConstraint, with(leaves(1), 0.25)},
		// Four partners with no ties among them: 4 − 0 = 4 = n − 1; a leaf has 1.
		{analytics.MetricEffectiveSize, with(leaves(1), 4)},
		// c: distances 1,1,1,1 → (4/4)·(4/4) = 1. A leaf: 1 + 2+2+2 = 7 → 4/7.
		{analytics.MetricCloseness, with(leaves(4.0/7), 1)},
		// Ax = λx: 4l = λc and c = λl, so λ = 2, c = 2l; c² + 4l² = 1 → l = 1/(2√2).
		{analytics.MetricEigenvector, with(leaves(1/(2*math.Sqrt2)), 1/math.Sqrt2)},
		// PageRank, d = 0.85, n = 5: l = 0.15/5 + 0.85·c/4 and c = 0.15/5 + 0.85·4l
		// → c = 0.03 + 3.4(0.03 + 0.2125c) → 0.2775c = 0.132 → c = 0.132/0.2775;
		// l = (1 − c)/4.
		{analytics.MetricPageRank, with(leaves((1-0.132/0.2775)/4), 0.132/0.2775)},
		{analytics.MetricDegree, with(leaves(1), 4)},
		{analytics.MetricCoreNumber, with(leaves(1), 1)},
		// All departments: each of the 6 leaf pairs at c is a coordinator path.
		{analytics.MetricBrokerCoordinator, with(leaves(0), 6)},
		{analytics.MetricBrokerTotal, with(leaves(0), 6)},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) { metric(t, rep, tt.key, tt.want) })
	}
	// 4 links of C(5,2) = 10; centralisation Σ(4 − d) = 4·3 = 12 over (n−1)(n−2) = 12.
	near(t, "density", rep.Network.Density, 0.4)
	near(t, "degreeCentralisation", rep.Network.DegreeCentralisation, 1)
	if rep.Network.Nodes != 5 || rep.Network.Links != 4 || rep.Network.Components != 1 {
		t.Errorf("network = %+v, want 5 nodes, 4 links, 1 component", rep.Network)
	}
}

func TestPathBetweenness(t *testing.T) {
	// a–b–c–d–e. Pairs through b: (a,c) (a,d) (a,e) = 3 of C(4,2) = 6 → 0.5;
	// through c: (a,d) (a,e) (b,d) (b,e) = 4 → 2/3; d mirrors b.
	net := &graph.UnitNetwork{
		Nodes: []graph.UnitNode{unit("a"), unit("b"), unit("c"), unit("d"), unit("e")},
		Links: []graph.UnitLink{link("a", "b", 1), link("b", "c", 1), link("c", "d", 1), link("d", "e", 1)},
	}
	rep := analyse(t, net, nil, analytics.Options{})
	metric(t, rep, analytics.MetricBetweenness, map[string]float64{"a": 0, "b": 0.5, "c": 2.0 / 3, "d": 0.5, "e": 0})
	// a: 1+2+3+4 = 10 → 4/10; b: 1+1+2+3 = 7 → 4/7; c: 1+1+2+2 = 6 → 4/6.
	metric(t, rep, analytics.MetricCloseness, map[string]float64{"a": 0.4, "b": 4.0 / 7, "c": 2.0 / 3, "d": 4.0 / 7, "e": 0.4})
	// Degrees 1,2,2,2,1: Σ(2 − d) = 2 over 4·3 = 12.
	near(t, "degreeCentralisation", rep.Network.DegreeCentralisation, 1.0/6)
	if want := (analytics.PathSampling{Sources: 5, Confidence: 0.95}); rep.Paths != want {
		t.Errorf("paths = %+v, want exact %+v", rep.Paths, want)
	}
	for _, u := range rep.Units {
		if u.BetweennessStdErr != 0 {
			t.Errorf("%s: standard error %g of an exact betweenness", u.Name, u.BetweennessStdErr)
		}
	}
}

// TestSampledBetweenness analyses a network too large to search from every
// unit: 4,000 separate chains a–b–c, 12,000 units and 8,000 links, so
// 12,000 × 20,000 exceeds the work of 10⁸ and 10⁸ / 20,000 = 5,000 sources
// are drawn, ⌈3 · 5,000 / 12,000⌉ = 2 of each chain. Exactly, each middle
// unit has betweenness 2/((n−1)(n−2)) and the ends 0; sampled, a middle
// unit gets 3/2 · (δa + δc) with δ 1 from an end and 0 from itself: 3 or
// 1.5, each within the reported bound, with the standard error of its two
// sources.
func TestSampledBetweenness(t *testing.T) {
	const chains = 4000
	net := &graph.UnitNetwork{}
	name := func(c int, end string) string { return fmt.Sprintf("%s%04d", end, c) }
	for c := range chains {
		net.Nodes = append(net.Nodes, unit(name(c, "a")), unit(name(c, "b")), unit(name(c, "c")))
		net.Links = append(net.Links, link(name(c, "a"), name(c, "b"), 1), link(name(c, "b"), name(c, "c"), 1))
	}
	rep := analyse(t, net, nil, analytics.Options{Seed: 7})
	if !rep.Paths.Sampled || rep.Paths.Sources != 2*chains || rep.Paths.Confidence != 0.95 {
		t.Fatalf("paths = %+v, want sampled from %d sources", rep.Paths, 2*chains)
	}
	n := float64(3 * chains)
	norm := (n - 1) * (n - 2)
	// The bound of a 3-unit component: 3 · sqrt((1 − 1/3) · ln(2n/0.05) / 4) / norm.
	near(t, "betweenness error", rep.Paths.BetweennessError*norm, 3*math.Sqrt(2.0/3*math.Log(2*n/0.05)/4))
	if len(rep.Warnings) != 1 || !strings.Contains(rep.Warnings[0], "estimated from 8000 of 12000 source units") {
		t.Errorf("warnings = %q, want one saying the estimate's sources", rep.Warnings)
	}
	// Standard errors ×norm: 0 when both ends are drawn (δ 1 and 1), else
	// 3·sqrt((1 − 2/3) · S²/2) with S² of 1 and 0 = ½: 3·sqrt(1/12).
	seMixed := 3 * math.Sqrt(1.0/12)
	near(t, "largest standard error", rep.Paths.BetweennessStdErr*norm, seMixed)
	counts := map[float64]int{}
	for _, u := range rep.Units {
		got, se := u.Betweenness*norm, u.BetweennessStdErr*norm
		switch u.Name[0] {
		case 'b':
			if math.Abs(got-2) > rep.Paths.BetweennessError*norm {
				t.Fatalf("%s: betweenness ×norm %g, exact 2, outside the bound", u.Name, got)
			}
			if wantSE := map[bool]float64{true: 0, false: seMixed}[got == 3]; math.Abs(se-wantSE) > 1e-9 {
				t.Fatalf("%s: betweenness ×norm %g, standard error ×norm %g, want %g", u.Name, got, se, wantSE)
			}
			counts[math.Round(got*2)/2]++
		default:
			if got != 0 || se != 0 {
				t.Fatalf("%s: betweenness %g ± %g, want 0 ± 0", u.Name, got, se)
			}
		}
	}
	// Chains are sampled {a,c} (3) or with b (1.5), about a third and two thirds.
	if counts[3]+counts[1.5] != chains || counts[3] < chains/4 || counts[3] > chains/2 {
		t.Errorf("middle units' estimates ×norm: %v", counts)
	}
}

func TestStrongTiesShortenDistance(t *testing.T) {
	// a–b share 1 task (distance 1); a–c and b–c share 4 (distance 1/4 each).
	// The shortest a–b path is a–c–b (0.5 < 1), so c is on the only path of
	// the only pair of the others: betweenness 1 (unweighted it would be 0).
	net := &graph.UnitNetwork{
		Nodes: []graph.UnitNode{unit("a"), unit("b"), unit("c")},
		Links: []graph.UnitLink{link("a", "b", 1), link("a", "c", 4), link("b", "c", 4)},
	}
	rep := analyse(t, net, nil, analytics.Options{})
	metric(t, rep, analytics.MetricBetweenness, map[string]float64{"a": 0, "b": 0, "c": 1})
	// a: d(a,b) = 0.5, d(a,c) = 0.25 → 2/0.75; c: 0.25 + 0.25 → 2/0.5.
	metric(t, rep, analytics.MetricCloseness, map[string]float64{"a": 2 / 0.75, "b": 2 / 0.75, "c": 4})
	// Weighted degree is the sum of shared tasks: a 1+4, c 4+4.
	metric(t, rep, analytics.MetricWeightedDegree, map[string]float64{"a": 5, "b": 5, "c": 8})
}

func TestTwoTrianglesJoinedByABridge(t *testing.T) {
	// a–b–c–a and d–e–f–d, bridge c–d.
	net := &graph.UnitNetwork{
		Nodes: []graph.UnitNode{unit("a"), unit("b"), unit("c"), unit("d"), unit("e"), unit("f")},
		Links: []graph.UnitLink{
			link("a", "b", 1), link("b", "c", 1), link("a", "c", 1),
			link("d", "e", 1), link("e", "f", 1), link("d", "f", 1),
			link("c", "d", 1),
		},
	}
	for seed := range int64(10) {
		rep := analyse(t, net, nil, analytics.Options{Seed: seed})
		units := byName(t, rep)
		if rep.Network.Communities != 2 {
			t.Fatalf("seed %d: %d communities, want 2", seed, rep.Network.Communities)
		}
		for _, group := range [][]string{{"a", "b", "c"}, {"d", "e", "f"}} {
			for _, n := range group[1:] {
				if units[n].Community != units[group[0]].Community {
					t.Errorf("seed %d: %s in community %d, %s in %d", seed, n, units[n].Community, group[0], units[group[0]].Community)
				}
			}
		}
		if units["a"].Community == units["d"].Community {
			t.Errorf("seed %d: the triangles share community %d", seed, units["a"].Community)
		}
		// m = 7, degree sums 2+2+3 = 7 per triangle, 3 links inside each:
		// Q = Σ_c [3/7 − (7/14)²] = 2 × (12/28 − 7/28) = 10/28 = 5/14.
		near(t, "modularity", rep.Network.Modularity, 5.0/14)
	}
	rep := analyse(t, net, nil, analytics.Options{})
	// c carries the 2 × 3 pairs {a,b} × {d,e,f} of C(5,2) = 10; d mirrors it.
	metric(t, rep, analytics.MetricBetweenness, map[string]float64{"a": 0, "b": 0, "c": 0.6, "d": 0.6, "e": 0, "f": 0})
	// Every unit has two partners in its triangle, none has three in a 3-core.
	metric(t, rep, analytics.MetricCoreNumber, map[string]float64{"a": 2, "c": 2, "d": 2, "f": 2})
	// Bridge ends top the bottleneck ranking (equal load and leaders, so
	// betweenness decides), c before d by name.
	if rep.Units[0].Name != "c" || rep.Units[1].Name != "d" {
		t.Errorf("bottleneck order starts %s, %s; want c, d", rep.Units[0].Name, rep.Units[1].Name)
	}
	near(t, "density", rep.Network.Density, 7.0/15)
}

func TestClique(t *testing.T) {
	names := []string{"a", "b", "c", "d"}
	net := &graph.UnitNetwork{}
	for i, a := range names {
		net.Nodes = append(net.Nodes, unit(a))
		for _, b := range names[i+1:] {
			net.Links = append(net.Links, link(a, b, 1))
		}
	}
	rep := analyse(t, net, nil, analytics.Options{})
	near(t, "density", rep.Network.Density, 1)
	near(t, "degreeCentralisation", rep.Network.DegreeCentralisation, 0)
	all := func(v float64) map[string]float64 { return map[string]float64{"a": v, "b": v, "c": v, "d": v} }
	metric(t, rep, analytics.MetricBetweenness, all(0))
	// p = 1/3 each; through the two other partners 2·(1/3·1/3) = 2/9:
	// 3 × (1/3 + 2/9)² = 3 × 25/81 = 25/27.
	metric(t, rep, analytics.MetricConstraint, all(25.0/27))
	// Borgatti: n − 2t/n = 3 − 2·3/3 = 1.
	metric(t, rep, analytics.MetricEffectiveSize, all(1))
	metric(t, rep, analytics.MetricCoreNumber, all(3))
	metric(t, rep, analytics.MetricBrokerTotal, all(0)) // no open two-paths
	metric(t, rep, analytics.MetricEigenvector, all(0.5))
	if rep.Network.Communities != 1 {
		t.Errorf("communities = %d, want 1", rep.Network.Communities)
	}
	near(t, "modularity", rep.Network.Modularity, 0)
}

func TestWeightedConstraintAndEffectiveSize(t *testing.T) {
	// i–j share 2 tasks, i–q and j–q share 1.
	net := &graph.UnitNetwork{
		Nodes: []graph.UnitNode{unit("i"), unit("j"), unit("q")},
		Links: []graph.UnitLink{link("i", "j", 2), link("i", "q", 1), link("j", "q", 1)},
	}
	rep := analyse(t, net, nil, analytics.Options{})
	// p_ij = 2/3, p_iq = 1/3, p_jq = 1/3, p_qi = p_qj = 1/2.
	// i: (p_ij + p_iq·p_qj)² + (p_iq + p_ij·p_jq)² = (2/3 + 1/6)² + (1/3 + 2/9)²
	//    = 25/36 + 25/81 = 325/324.
	// q: 2 × (1/2 + 1/2·2/3)² = 2 × 25/36 = 25/18.
	metric(t, rep, analytics.MetricConstraint, map[string]float64{"i": 325.0 / 324, "j": 325.0 / 324, "q": 25.0 / 18})
	// i: partner j is redundant by p_iq·m_jq = 1/3 · (1/2) → 5/6; partner q by
	//    p_ij·m_qj = 2/3 · 1 → 1/3; total 7/6.
	// q: partner i by p_qj·m_ij = 1/2 · 2/2 → 1/2, likewise j: total 1.
	metric(t, rep, analytics.MetricEffectiveSize, map[string]float64{"i": 7.0 / 6, "j": 7.0 / 6, "q": 1})
}

func TestCoreNumbers(t *testing.T) {
	// K4 on a, b, c, d; e linked to a and b; f linked to e; g alone.
	net := &graph.UnitNetwork{
		Nodes: []graph.UnitNode{unit("a"), unit("b"), unit("c"), unit("d"), unit("e"), unit("f"), unit("g")},
		Links: []graph.UnitLink{
			link("a", "b", 1), link("a", "c", 1), link("a", "d", 1), link("b", "c", 1), link("b", "d", 1), link("c", "d", 1),
			link("a", "e", 1), link("b", "e", 1), link("e", "f", 1),
		},
	}
	rep := analyse(t, net, nil, analytics.Options{})
	// Peel f (degree 1): core 1. Then e has degree 2 < 3: core 2. The K4
	// keeps degree 3: core 3. g has no partner: core 0.
	metric(t, rep, analytics.MetricCoreNumber, map[string]float64{"a": 3, "b": 3, "c": 3, "d": 3, "e": 2, "f": 1, "g": 0})
	if rep.Network.Components != 2 {
		t.Errorf("components = %d, want 2", rep.Network.Components)
	}
	// An isolated unit has no constraint, effective size, closeness or
	// betweenness: all 0.
	metric(t, rep, analytics.MetricConstraint, map[string]float64{"g": 0})
	metric(t, rep, analytics.MetricCloseness, map[string]float64{"g": 0})
	// Closeness inside the 6-unit component of n = 7 is scaled by (r−1)/(n−1) = 5/6:
	// a reaches b, c, d, e at 1 and f at 2 (Σ 6) → 5/6 · 5/6; f reaches e at 1,
	// a, b at 2, c, d at 3 (Σ 11) → 5/6 · 5/11.
	metric(t, rep, analytics.MetricCloseness, map[string]float64{"a": 25.0 / 36, "f": 25.0 / 66})
}

func TestBrokerageByKind(t *testing.T) {
	// Departments v, a, b, y; streets c, d; mass organisation z.
	//   v–a, v–b, v–c, v–d, c–d, c–y, d–z
	net := &graph.UnitNetwork{
		Nodes: []graph.UnitNode{
			kindOf("v", graph.KindDepartment), kindOf("a", graph.KindDepartment), kindOf("b", graph.KindDepartment),
			kindOf("y", graph.KindDepartment), kindOf("c", graph.KindStreet), kindOf("d", graph.KindStreet),
			kindOf("z", graph.KindMass),
		},
		Links: []graph.UnitLink{
			link("v", "a", 1), link("v", "b", 1), link("v", "c", 1), link("v", "d", 1),
			link("c", "d", 1), link("c", "y", 1), link("d", "z", 1),
		},
	}
	rep := analyse(t, net, nil, analytics.Options{Groups: analytics.GroupByKind})
	units := byName(t, rep)
	tests := []struct {
		unit string
		want analytics.Brokerage
	}{
		// v (dept) partners a, b (dept), c, d (street); c–d linked, so the open
		// pairs are (a,b): coordinator; (a,c) (a,d) (b,c) (b,d): one side in
		// v's group → gatekeeper/representative.
		{"v", analytics.Brokerage{Coordinator: 1, GatekeeperRepresentative: 4, Total: 5}},
		// c (street) partners v, d, y; v–d linked. (v,y): both dept, c not →
		// itinerant; (d,y): d street like c, y not → gatekeeper/representative.
		{"c", analytics.Brokerage{Itinerant: 1, GatekeeperRepresentative: 1, Total: 2}},
		// d (street) partners v, c, z; v–c linked. (v,z): dept and mass, neither
		// street → liaison; (c,z): c street → gatekeeper/representative.
		{"d", analytics.Brokerage{Liaison: 1, GatekeeperRepresentative: 1, Total: 2}},
		{"a", analytics.Brokerage{}}, {"y", analytics.Brokerage{}}, {"z", analytics.Brokerage{}},
	}
	for _, tt := range tests {
		t.Run(tt.unit, func(t *testing.T) {
			if got := units[tt.unit].Brokerage; got != tt.want {
				t.Errorf("brokerage = %+v, want %+v", got, tt.want)
			}
		})
	}
	if units["c"].Group != graph.KindStreet {
		t.Errorf("group of c = %q, want %q", units["c"].Group, graph.KindStreet)
	}
}

// leaderNetwork: a–b–c–d with tasks t0 {a, b; 张三}, t1 {b, c; 张三, 李四},
// t2 {c, d; 李四}, t3 {c; 李四}.
func leaderNetwork() (*graph.UnitNetwork, []graph.TaskRecord) {
	task := func(i int, leaders []string, lead string, units ...string) graph.TaskRecord {
		t := graph.TaskRecord{Document: "doc", Jurisdiction: jurisdiction}
		t.ID, t.Index, t.Leaders, t.LeadUnits, t.Units = graph.TaskID("doc", i), i, leaders, []string{lead}, units
		return t
	}
	tasks := []graph.TaskRecord{
		task(0, []string{"张三"}, "a", "b"),
		task(1, []string{"张三", "李四"}, "b", "c"),
		task(2, []string{"李四"}, "c", "d"),
		task(3, []string{"李四"}, "c"),
	}
	node := func(name string, tasks, leaders int, ids ...int) graph.UnitNode {
		u := unit(name)
		u.Tasks, u.Leaders = tasks, leaders
		for _, i := range ids {
			u.TaskIDs = append(u.TaskIDs, graph.TaskID("doc", i))
		}
		return u
	}
	net := &graph.UnitNetwork{
		Nodes: []graph.UnitNode{node("a", 1, 1, 0), node("b", 2, 2, 0, 1), node("c", 3, 2, 1, 2, 3), node("d", 1, 1, 2)},
		Links: []graph.UnitLink{link("a", "b", 1), link("b", "c", 1), link("c", "d", 1)},
	}
	return net, tasks
}

func TestLeaders(t *testing.T) {
	net, tasks := leaderNetwork()
	rep := analyse(t, net, tasks, analytics.Options{})
	if len(rep.Leaders) != 2 {
		t.Fatalf("%d leaders, want 2: %+v", len(rep.Leaders), rep.Leaders)
	}
	// 李四: tasks t1 t2 t3 (3), shared t1 (1), units b c d (3).
	// 张三: tasks t0 t1 (2), shared t1 (1), units a b c (3). Equal spans: more tasks first.
	want := []struct {
		name               string
		span, tasks, multi int
		overlapWith        string
		shared             string
	}{
		{"李四", 3, 3, 1, "张三", "b c"},
		{"张三", 3, 2, 1, "李四", "b c"},
	}
	for i, w := range want {
		l := rep.Leaders[i]
		t.Run(w.name, func(t *testing.T) {
			if l.Name != w.name || l.Span != w.span || l.Tasks != w.tasks || l.MultiLeaderTasks != w.multi {
				t.Errorf("leader %d = %s span %d tasks %d multi %d; want %s %d %d %d", i, l.Name, l.Span, l.Tasks, l.MultiLeaderTasks, w.name, w.span, w.tasks, w.multi)
			}
			if len(l.Overlap) != 1 || l.Overlap[0].Leader != w.overlapWith || strings.Join(l.Overlap[0].SharedUnits, " ") != w.shared {
				t.Errorf("overlap = %+v, want %s sharing %s", l.Overlap, w.overlapWith, w.shared)
			}
			if wantID := graph.NodeID(graph.NodeLeader, graph.EntityKey(jurisdiction, w.name)); l.ID != wantID {
				t.Errorf("id = %q, want %q", l.ID, wantID)
			}
		})
	}
}

func TestBrokerageByLeader(t *testing.T) {
	net, tasks := leaderNetwork()
	// Main leaders: a 张三 (t0); b 张三 (t0, t1: 张三 2, 李四 1); c 李四 (t1–t3: 李四 3, 张三 1);
	// d 李四. Open two-paths: a–b–c (b's group 张三: a in, c out) and b–c–d
	// (c's group 李四: d in, b out): gatekeeper/representative each.
	rep := analyse(t, net, tasks, analytics.Options{Groups: analytics.GroupByLeader})
	units := byName(t, rep)
	for name, group := range map[string]string{"a": "张三", "b": "张三", "c": "李四", "d": "李四"} {
		if units[name].Group != group {
			t.Errorf("group of %s = %q, want %q", name, units[name].Group, group)
		}
	}
	for _, name := range []string{"b", "c"} {
		if got, want := units[name].Brokerage, (analytics.Brokerage{GatekeeperRepresentative: 1, Total: 1}); got != want {
			t.Errorf("brokerage of %s = %+v, want %+v", name, got, want)
		}
	}
	// By kind all four are departments: both paths are coordinator paths.
	rep = analyse(t, net, tasks, analytics.Options{Groups: analytics.GroupByKind})
	if got := byName(t, rep)["b"].Brokerage; got != (analytics.Brokerage{Coordinator: 1, Total: 1}) {
		t.Errorf("brokerage of b by kind = %+v, want one coordinator path", got)
	}
}

func TestBottleneck(t *testing.T) {
	// The star with loads c 4, l1 2, others 1 and leaders c 1, l1 3, others 1.
	net := star()
	net.Nodes[0].Tasks = 4
	net.Nodes[1].Tasks, net.Nodes[1].Leaders = 2, 3
	rep := analyse(t, net, nil, analytics.Options{})
	// load: c (4−1)/3 = 1, l1 1/3; betweenness: c 1; leaders: l1 (3−1)/2 = 1.
	// c = (1 + 1 + 0)/3 = 2/3; l1 = (1/3 + 0 + 1)/3 = 4/9; others 0.
	metric(t, rep, analytics.MetricBottleneck, map[string]float64{"c": 2.0 / 3, "l1": 4.0 / 9, "l2": 0, "l3": 0, "l4": 0})
	metric(t, rep, analytics.MetricBottleneckLoad, map[string]float64{"c": 1, "l1": 1.0 / 3})
	metric(t, rep, analytics.MetricBottleneckLeaders, map[string]float64{"c": 0, "l1": 1})
	var order []string
	for _, u := range rep.Units {
		order = append(order, u.Name)
	}
	if got := strings.Join(order, " "); got != "c l1 l2 l3 l4" {
		t.Errorf("order = %s, want c l1 l2 l3 l4 (score, then name)", got)
	}
}

func TestTaskIDsExplainTheScore(t *testing.T) {
	net, tasks := leaderNetwork()
	rep := analyse(t, net, tasks, analytics.Options{})
	c := byName(t, rep)["c"]
	if got := strings.Join(c.TaskIDs, " "); got != "doc:1 doc:2 doc:3" {
		t.Errorf("task ids of c = %s, want doc:1 doc:2 doc:3", got)
	}
}

func TestEmptyAndLinklessNetworks(t *testing.T) {
	tests := []struct {
		name string
		net  *graph.UnitNetwork
	}{
		{"empty", &graph.UnitNetwork{}},
		{"one unit", &graph.UnitNetwork{Nodes: []graph.UnitNode{unit("a")}}},
		{"no links", &graph.UnitNetwork{Nodes: []graph.UnitNode{unit("a"), unit("b"), unit("c")}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := analyse(t, tt.net, nil, analytics.Options{}) // also checks JSON encoding
			if len(rep.Units) != len(tt.net.Nodes) || rep.Network.Communities != len(tt.net.Nodes) || rep.Network.Modularity != 0 {
				t.Errorf("network = %+v with %d units; want every unit its own community, Q 0", rep.Network, len(rep.Units))
			}
			for _, u := range rep.Units {
				if u.Betweenness != 0 || u.Closeness != 0 || u.Eigenvector != 0 || u.Constraint != 0 || u.Bottleneck.Score != 0 {
					t.Errorf("unit %s = %+v, want zero measures", u.Name, u)
				}
			}
		})
	}
}

func TestInvalidInput(t *testing.T) {
	_, tasks := leaderNetwork()
	two := func(links ...graph.UnitLink) *graph.UnitNetwork {
		return &graph.UnitNetwork{Nodes: []graph.UnitNode{unit("a"), unit("b")}, Links: links}
	}
	unknownTask := two()
	unknownTask.Nodes[0].TaskIDs = []string{"doc:99"}
	tests := []struct {
		name  string
		net   *graph.UnitNetwork
		tasks []graph.TaskRecord
		opts  analytics.Options
		want  string
	}{
		{"nil network", nil, nil, analytics.Options{}, "network is required"},
		{"unknown groups", two(), nil, analytics.Options{Groups: "colour"}, `got "colour"`},
		{"leader groups without tasks", two(), nil, analytics.Options{Groups: analytics.GroupByLeader}, "needs the tasks"},
		{"duplicate node", &graph.UnitNetwork{Nodes: []graph.UnitNode{unit("a"), unit("a")}}, nil, analytics.Options{}, "appears twice"},
		{"node without id", &graph.UnitNetwork{Nodes: []graph.UnitNode{{Name: "a"}}}, nil, analytics.Options{}, `node 0 ("a") has no id`},
		{"unknown endpoint", two(link("a", "x", 1)), nil, analytics.Options{}, `link 0 (` + id("a") + ` – ` + id("x") + `): unit "` + id("x") + `" is not a node`},
		{"self link", two(link("a", "a", 1)), nil, analytics.Options{}, "linked to itself"},
		{"zero weight", two(link("a", "b", 0)), nil, analytics.Options{}, "weight must be positive, got 0"},
		{"repeated link", two(link("a", "b", 1), link("b", "a", 2)), nil, analytics.Options{}, "repeats link 0"},
		{"task not given", unknownTask, tasks, analytics.Options{}, `task "doc:99" is not among the tasks given`},
		{"duplicate task", two(), append(tasks, tasks[0]), analytics.Options{}, `task 4: id "doc:0" appears twice`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := analytics.Units(tt.net, tt.tasks, tt.opts)
			if err == nil {
				t.Fatalf("Units succeeded with %+v; want an error", rep)
			}
			if code := graph.ErrorCode(err); code != graph.EINVALID {
				t.Errorf("code = %q, want %q (%v)", code, graph.EINVALID, err)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "analytics.Units: ") {
				t.Errorf("error = %q, want analytics.Units: …%s…", err, tt.want)
			}
		})
	}
}

func TestAnnotate(t *testing.T) {
	net := star()
	rep := analyse(t, net, nil, analytics.Options{})
	if err := analytics.Annotate(net, rep); err != nil {
		t.Fatal(err)
	}
	centre := net.Nodes[0]
	if centre.Name != "c" {
		t.Fatalf("Annotate reordered the nodes: first is %s", centre.Name)
	}
	for key := range centre.Metrics {
		if analytics.Definitions[key] == "" {
			t.Errorf("metric %q has no definition", key)
		}
	}
	if len(centre.Metrics) != len(rep.Units[0].Values()) {
		t.Errorf("centre has %d metrics, want %d", len(centre.Metrics), len(rep.Units[0].Values()))
	}
	near(t, "centre betweenness", centre.Metrics[analytics.MetricBetweenness], 1)
	near(t, "leaf constraint", net.Nodes[1].Metrics[analytics.MetricConstraint], 1)

	other := star()
	other.Nodes = append(other.Nodes, unit("new"))
	err := analytics.Annotate(other, rep)
	if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), id("new")) {
		t.Errorf("Annotate with a unit missing from the report: %v, want EINVALID naming it", err)
	}
	if other.Nodes[0].Metrics != nil {
		t.Error("a failed Annotate changed the network")
	}
}
