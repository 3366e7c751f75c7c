package storetest

import (
	"testing"

	"govgraph/graph"
)

// Other node ids of the fixture.
var (
	docCID    = graph.NodeID(graph.NodeDocument, idC)
	secA2ID   = graph.NodeID(graph.NodeSection, idA+"/2")
	secC0ID   = graph.NodeID(graph.NodeSection, idC+"/0")
	themeA0ID = graph.NodeID(graph.NodeTheme, idA+"/0")
	themeB0ID = graph.NodeID(graph.NodeTheme, idB+"/0")
	targetA2  = graph.NodeID(graph.NodeTarget, a2+"/0")
	targetC0  = graph.NodeID(graph.NodeTarget, c0+"/0")
)

// labelled is an expected node: its id and label.
type labelled struct{ id, label string }

// subgraph builds an expected subgraph from nodes and (source, type, target)
// triples, in the canonical order.
func subgraph(tb testing.TB, truncated bool, nodes []labelled, edges [][3]string) *graph.Subgraph {
	tb.Helper()
	g := &graph.Subgraph{Truncated: truncated}
	for _, n := range nodes {
		kind, _, err := graph.ParseNodeID(n.id)
		if err != nil {
			tb.Fatal(err)
		}
		g.Nodes = append(g.Nodes, graph.Node{ID: n.id, Kind: kind, Label: n.label})
	}
	for _, e := range edges {
		g.Edges = append(g.Edges, graph.Edge{Source: e[0], Type: e[1], Target: e[2]})
	}
	graph.FinishSubgraph(g)
	return g
}

func testNeighbours(t *testing.T, s graph.Store) {
	loadFixtures(t, s)
	yj := labelled{nYJJD, yjjd}
	tasksOfYJ := []labelled{{taskID(a2), textA2}, {taskID(a3), textA3}, {taskID(a5), textA5}, {taskID(b1), textB1}}
	edgesOfYJ := [][3]string{
		{nYJJD, "SUPPORTS", taskID(a2)},
		{nYJJD, "LEADS", taskID(a3)},
		{nYJJD, "SUPPORTS", taskID(a5)},
		{nYJJD, "SUPPORTS", taskID(b1)},
	}
	zhangJ1 := labelled{leaderID(j1, zhangWei), zhangWei}
	// Depth 2 from 姚家街道 adds what its four tasks touch: A2 (theme A/0,
	// 张伟, 住建, 财政, 历下新城, a target), A3 (theme A/0, 张伟, 武毅, 住建,
	// 发改, 泉城路改造), A5 (section A/2, 张伟, 住建, 教体), B1 (theme B/0,
	// 李娜, 科技, 发改, 历下新城). None of these 14 nodes are linked to each other.
	depth2 := append(append([]labelled{yj}, tasksOfYJ...),
		labelled{themeA0ID, themeA0}, labelled{themeB0ID, themeB0}, labelled{secA2ID, secA2},
		zhangJ1, labelled{leaderID(j1, wuYi), wuYi}, labelled{leaderID(j1, liNa), liNa},
		labelled{nZJJ, zjj}, labelled{nCZJ, czj}, labelled{nFGJ, fgj}, labelled{nJTJ, jtj}, labelled{nKJJ, kjj},
		labelled{projectID(j1, xinCheng), xinCheng}, labelled{projectID(j1, quanCheng), quanCheng},
		labelled{targetA2, "征收 100万平方米"},
	)
	edges2 := append(append([][3]string{}, edgesOfYJ...),
		[3]string{taskID(a2), "IN", themeA0ID},
		[3]string{zhangJ1.id, "LEADS", taskID(a2)},
		[3]string{nZJJ, "LEADS", taskID(a2)},
		[3]string{nCZJ, "SUPPORTS", taskID(a2)},
		[3]string{taskID(a2), "MENTIONS", projectID(j1, xinCheng)},
		[3]string{taskID(a2), "SETS", targetA2},
		[3]string{taskID(a3), "IN", themeA0ID},
		[3]string{zhangJ1.id, "LEADS", taskID(a3)},
		[3]string{leaderID(j1, wuYi), "LEADS", taskID(a3)},
		[3]string{nZJJ, "LEADS", taskID(a3)},
		[3]string{nFGJ, "SUPPORTS", taskID(a3)},
		[3]string{taskID(a3), "MENTIONS", projectID(j1, quanCheng)},
		[3]string{taskID(a5), "IN", secA2ID},
		[3]string{zhangJ1.id, "LEADS", taskID(a5)},
		[3]string{nZJJ, "LEADS", taskID(a5)},
		[3]string{nJTJ, "SUPPORTS", taskID(a5)},
		[3]string{taskID(b1), "IN", themeB0ID},
		[3]string{leaderID(j1, liNa), "LEADS", taskID(b1)},
		[3]string{nKJJ, "LEADS", taskID(b1)},
		[3]string{nFGJ, "SUPPORTS", taskID(b1)},
		[3]string{taskID(b1), "MENTIONS", projectID(j1, xinCheng)},
	)
	// Document C within depth 3 is the whole document: its graph has the
	// 10 nodes and 12 relationships its ImportResult counts.
	docCNodes := []labelled{
		{docCID, titleC}, {secC0ID, secC0}, {taskID(c0), textC0}, {taskID(c1), textC1},
		{leaderID(j2, zhangWei), zhangWei}, {nSWJ, swj}, {nCZJ2, czj}, {nQXJD, qxjd},
		{projectID(j2, quanCheng), quanCheng}, {targetC0, "社会消费品零售总额 5%"},
	}
	docCEdges := [][3]string{
		{secC0ID, "IN", docCID},
		{taskID(c0), "IN", secC0ID},
		{taskID(c1), "IN", secC0ID},
		{leaderID(j2, zhangWei), "LEADS", taskID(c0)},
		{nSWJ, "LEADS", taskID(c0)},
		{nCZJ2, "SUPPORTS", taskID(c0)},
		{taskID(c0), "SETS", targetC0},
		{leaderID(j2, zhangWei), "LEADS", taskID(c1)},
		{nQXJD, "LEADS", taskID(c1)},
		{nSWJ, "SUPPORTS", taskID(c1)},
		{nCZJ2, "SUPPORTS", taskID(c1)},
		{taskID(c1), "MENTIONS", projectID(j2, quanCheng)},
	}

	tests := []struct {
		name  string
		id    string
		depth int
		limit int
		want  *graph.Subgraph
	}{
		{"unit depth 1", nYJJD, 1, 0, subgraph(t, false, append([]labelled{yj}, tasksOfYJ...), edgesOfYJ)},
		{"unit depth 2", nYJJD, 2, 0, subgraph(t, false, depth2, edges2)},
		{"limit above the maximum", nYJJD, 2, graph.MaxSubgraphNodes + 1, subgraph(t, false, depth2, edges2)},
		{"limit equal to the subgraph", nYJJD, 2, 19, subgraph(t, false, depth2, edges2)},
		// The start node, the four tasks at distance 1 and the first node at
		// distance 2 by id: leader:济南市历下区/张伟 (leader < project < …;
		// 张 U+5F20 < 李 U+674E < 武 U+6B66).
		{"truncated", nYJJD, 2, 6, subgraph(t, true,
			append(append([]labelled{yj}, tasksOfYJ...), zhangJ1),
			append(append([][3]string{}, edgesOfYJ...),
				[3]string{zhangJ1.id, "LEADS", taskID(a2)},
				[3]string{zhangJ1.id, "LEADS", taskID(a3)},
				[3]string{zhangJ1.id, "LEADS", taskID(a5)}))},
		{"truncated at a level's end", nYJJD, 2, 5, subgraph(t, true, append([]labelled{yj}, tasksOfYJ...), edgesOfYJ)},
		{"task depth 1", taskID(a3), 1, 0, subgraph(t, false,
			[]labelled{{taskID(a3), textA3}, {themeA0ID, themeA0}, zhangJ1, {leaderID(j1, wuYi), wuYi},
				{nZJJ, zjj}, yj, {nFGJ, fgj}, {projectID(j1, quanCheng), quanCheng}},
			[][3]string{
				{taskID(a3), "IN", themeA0ID},
				{zhangJ1.id, "LEADS", taskID(a3)},
				{leaderID(j1, wuYi), "LEADS", taskID(a3)},
				{nZJJ, "LEADS", taskID(a3)},
				{nYJJD, "LEADS", taskID(a3)},
				{nFGJ, "SUPPORTS", taskID(a3)},
				{taskID(a3), "MENTIONS", projectID(j1, quanCheng)},
			})},
		{"document depth 1", docCID, 1, 0, subgraph(t, false, docCNodes[:2], docCEdges[:1])},
		{"document depth 2", docCID, 2, 0, subgraph(t, false, docCNodes[:4], docCEdges[:3])},
		{"document depth 3", docCID, 3, 0, subgraph(t, false, docCNodes, docCEdges)},
		{"target depth 1", targetC0, 1, 0, subgraph(t, false,
			[]labelled{{targetC0, "社会消费品零售总额 5%"}, {taskID(c0), textC0}},
			[][3]string{{taskID(c0), "SETS", targetC0}})},
		{"placeholder leader", leaderID(j1, someoneJ1), 1, 0, subgraph(t, false,
			[]labelled{{leaderID(j1, someoneJ1), someoneJ1}, {taskID(a4), textA4}},
			[][3]string{{leaderID(j1, someoneJ1), "LEADS", taskID(a4)}})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Neighbours(t.Context(), tt.id, tt.depth, tt.limit)
			must(t, "Neighbours", err)
			same(t, "Neighbours", got, tt.want)
		})
	}
}

func testNeighboursInvalid(t *testing.T, s graph.Store) {
	ctx := t.Context()
	loadFixtures(t, s)
	tests := []struct {
		name  string
		id    string
		depth int
		limit int
		code  string
	}{
		{"depth 0", nYJJD, 0, 0, graph.EINVALID},
		{"depth above the maximum", nYJJD, graph.MaxDepth + 1, 0, graph.EINVALID},
		{"negative limit", nYJJD, 1, -1, graph.EINVALID},
		{"malformed id", "姚家街道", 1, 0, graph.EINVALID},
		{"unknown kind", "street:" + j1 + "/" + yjjd, 1, 0, graph.EINVALID},
		{"unknown unit", unitID(j1, "区不存在局"), 1, 0, graph.ENOTFOUND},
		{"unit named by no task", unitID(j1, sjj), 1, 0, graph.ENOTFOUND},
		{"unknown task", taskID(idA + ":99"), 1, 0, graph.ENOTFOUND},
		{"unknown section", graph.NodeID(graph.NodeSection, idA+"/9"), 1, 0, graph.ENOTFOUND},
		{"unknown target", graph.NodeID(graph.NodeTarget, a3+"/0"), 1, 0, graph.ENOTFOUND},
		{"unknown document", graph.NodeID(graph.NodeDocument, "no-such-document"), 1, 0, graph.ENOTFOUND},
	}
	for _, tt := range tests {
		_, err := s.Neighbours(ctx, tt.id, tt.depth, tt.limit)
		wantCode(t, "Neighbours: "+tt.name, err, tt.code)
	}
}

// checkPath checks that g is a path of hops relationships from one node to
// the other, each relationship one that Neighbours shows.
func checkPath(t *testing.T, s graph.Store, g *graph.Subgraph, from, to string, hops int) {
	t.Helper()
	if len(g.Nodes) != hops+1 || len(g.Edges) != hops {
		t.Fatalf("path from %s to %s has %d nodes and %d edges, want %d and %d", from, to, len(g.Nodes), len(g.Edges), hops+1, hops)
	}
	nodes := make(map[string]bool)
	for _, n := range g.Nodes {
		nodes[n.ID] = true
	}
	if !nodes[from] || !nodes[to] {
		t.Fatalf("path from %s to %s lacks an end: %v", from, to, g.Nodes)
	}
	// Walk from the start over unused edges.
	used := make([]bool, len(g.Edges))
	at := from
	for range hops {
		next := ""
		for i, e := range g.Edges {
			if used[i] {
				continue
			}
			if e.Source == at {
				next = e.Target
			} else if e.Target == at {
				next = e.Source
			} else {
				continue
			}
			used[i] = true
			around, err := s.Neighbours(t.Context(), e.Source, 1, graph.MaxSubgraphNodes)
			must(t, "Neighbours", err)
			if !containsEdge(around.Edges, e) {
				t.Errorf("path edge %v is not a relationship of the graph", e)
			}
			break
		}
		if next == "" || !nodes[next] {
			t.Fatalf("path from %s to %s breaks at %s: %v", from, to, at, g.Edges)
		}
		at = next
	}
	if at != to {
		t.Errorf("path from %s ends at %s, want %s", from, at, to)
	}
}

func containsEdge(edges []graph.Edge, e graph.Edge) bool {
	for _, x := range edges {
		if x == e {
			return true
		}
	}
	return false
}

func testShortestPath(t *testing.T, s graph.Store) {
	ctx := t.Context()
	loadFixtures(t, s)
	tests := []struct {
		name     string
		from, to string
		hops     int
	}{
		{"same node", nYJJD, nYJJD, 0},
		{"unit to task", nYJJD, taskID(a3), 1},
		// 各街道 - A4 - 教体 - A5 - 姚家 - B1 - 科技; A4's neighbours touch no
		// task of 科技, so there is no shorter path.
		{"across documents", nGJD, nKJJ, 6},
		// A0 - 武毅 - B2 - 李娜, or A0 - 发改 - B1 - 李娜.
		{"task to leader", taskID(a0), leaderID(j1, liNa), 3},
		// target - A0 - 武毅 or 发改 - B0 - target.
		{"target to target", graph.NodeID(graph.NodeTarget, a0+"/0"), graph.NodeID(graph.NodeTarget, b0+"/0"), 4},
		{"document to its target", docCID, targetC0, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := s.ShortestPath(ctx, tt.from, tt.to)
			must(t, "ShortestPath", err)
			checkPath(t, s, g, tt.from, tt.to, tt.hops)
			back, err := s.ShortestPath(ctx, tt.to, tt.from)
			must(t, "ShortestPath backwards", err)
			checkPath(t, s, back, tt.to, tt.from, tt.hops)
		})
	}
	_, err := s.ShortestPath(ctx, nGJD, nSWJ)
	wantCode(t, "ShortestPath between jurisdictions that share nothing", err, graph.ENOTFOUND)
	_, err = s.ShortestPath(ctx, nGJD, unitID(j1, "区不存在局"))
	wantCode(t, "ShortestPath to an unknown node", err, graph.ENOTFOUND)
	_, err = s.ShortestPath(ctx, "bogus", nGJD)
	wantCode(t, "ShortestPath from a malformed id", err, graph.EINVALID)
}

func testShortestPathBound(t *testing.T, s graph.Store) {
	ctx := t.Context()
	importAll(t, s, chain()...)
	from := graph.NodeID(graph.NodeTarget, "chain-1:0/0")
	for _, tt := range []struct {
		to   string
		hops int
	}{
		{taskID("chain-2:1"), 7},
		{unitID("测试市", "乙局"), 8},
	} {
		g, err := s.ShortestPath(ctx, from, tt.to)
		must(t, "ShortestPath to "+tt.to, err)
		checkPath(t, s, g, from, tt.to, tt.hops)
	}
	for _, to := range []string{taskID("chain-3:0"), graph.NodeID(graph.NodeTarget, "chain-3:0/0")} {
		_, err := s.ShortestPath(ctx, from, to)
		wantCode(t, "ShortestPath over more than 8 hops to "+to, err, graph.ENOTFOUND)
	}
}
