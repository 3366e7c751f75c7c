package storetest

import (
	"testing"

	"govgraph/graph"
)

// Network node ids of the fixture's units.
var (
	nFGJ   = unitID(j1, fgj)
	nCZJ   = unitID(j1, czj)
	nZJJ   = unitID(j1, zjj)
	nYJJD  = unitID(j1, yjjd)
	nGJD   = unitID(j1, gjd)
	nJTJ   = unitID(j1, jtj)
	nKJJ   = unitID(j1, kjj)
	nSWJ   = unitID(j2, swj)
	nCZJ2  = unitID(j2, czj)
	nQXJD  = unitID(j2, qxjd)
	nUnits = map[string]struct {
		j string
		u graph.Unit
	}{
		nFGJ: {j1, unitFGJ}, nCZJ: {j1, unitCZJ}, nZJJ: {j1, unitZJJ}, nYJJD: {j1, unitYJJD}, nGJD: {j1, unitGJD},
		nJTJ: {j1, unitJTJ}, nKJJ: {j1, unitKJJ}, nSWJ: {j2, unitSWJ}, nCZJ2: {j2, unitCZJ}, nQXJD: {j2, unitQXJD},
	}
)

// unitNode is an expected network node.
func unitNode(id string, tasks, lead, leaders int, taskIDs ...string) graph.UnitNode {
	u := nUnits[id]
	return graph.UnitNode{
		ID: id, Name: u.u.Name, Jurisdiction: u.j, Kind: u.u.Kind, Collective: u.u.Collective,
		Tasks: tasks, LeadTasks: lead, Leaders: leaders, TaskIDs: taskIDs,
	}
}

// unitLink is an expected link; the pair is put in order here.
func unitLink(a, b string, weight int, tasks ...string) graph.UnitLink {
	if a > b {
		a, b = b, a
	}
	return graph.UnitLink{Source: a, Target: b, Weight: weight, Tasks: tasks}
}

// network puts hand-written nodes and links into the canonical order.
func network(nodes []graph.UnitNode, links []graph.UnitLink) *graph.UnitNetwork {
	net := &graph.UnitNetwork{Nodes: nodes, Links: links}
	graph.FinishUnitNetwork(net, graph.NetworkFilter{MinWeight: 1})
	return net
}

// The whole network. Involved units per task (lead first):
// A0 发改 | A1 财政 发改 | A2 住建 姚家 财政 | A3 住建 姚家 发改 | A4 教体 各街道 |
// A5 住建 教体 姚家 | B0 发改 财政 | B1 科技 姚家 发改 | B2 科技 发改 财政 |
// C0 商务 财政(J2) | C1 七贤 商务 财政(J2).
var (
	fullNodes = []graph.UnitNode{
		unitNode(nFGJ, 6, 2, 3, a0, a1, a3, b0, b1, b2),
		unitNode(nCZJ, 4, 1, 3, a1, a2, b0, b2),
		unitNode(nYJJD, 4, 1, 3, a2, a3, a5, b1),
		unitNode(nZJJ, 3, 3, 2, a2, a3, a5),
		unitNode(nSWJ, 2, 1, 1, c0, c1),
		unitNode(nJTJ, 2, 1, 2, a4, a5),
		unitNode(nKJJ, 2, 2, 2, b1, b2),
		unitNode(nCZJ2, 2, 0, 1, c0, c1),
		unitNode(nQXJD, 1, 1, 1, c1),
		unitNode(nGJD, 1, 0, 1, a4),
	}
	fullLinks = []graph.UnitLink{
		unitLink(nFGJ, nCZJ, 3, a1, b0, b2),
		unitLink(nZJJ, nYJJD, 3, a2, a3, a5),
		unitLink(nYJJD, nFGJ, 2, a3, b1),
		unitLink(nKJJ, nFGJ, 2, b1, b2),
		unitLink(nSWJ, nCZJ2, 2, c0, c1),
		unitLink(nZJJ, nCZJ, 1, a2),
		unitLink(nYJJD, nCZJ, 1, a2),
		unitLink(nZJJ, nFGJ, 1, a3),
		unitLink(nJTJ, nGJD, 1, a4),
		unitLink(nZJJ, nJTJ, 1, a5),
		unitLink(nJTJ, nYJJD, 1, a5),
		unitLink(nKJJ, nYJJD, 1, b1),
		unitLink(nKJJ, nCZJ, 1, b2),
		unitLink(nQXJD, nSWJ, 1, c1),
		unitLink(nQXJD, nCZJ2, 1, c1),
	}
)

// fullNode returns the whole network's node, for pruned networks.
func fullNode(id string) graph.UnitNode {
	for _, n := range fullNodes {
		if n.ID == id {
			return n
		}
	}
	panic("no node " + id)
}

func testUnitNetwork(t *testing.T, s graph.Store) {
	loadFixtures(t, s)
	tests := []struct {
		name   string
		filter graph.NetworkFilter
		want   *graph.UnitNetwork
	}{
		{"all", graph.NetworkFilter{}, network(fullNodes, fullLinks)},
		{"role any", graph.NetworkFilter{Role: graph.RoleAny, MinWeight: 1}, network(fullNodes, fullLinks)},
		{"one document", graph.NetworkFilter{Documents: []string{idC}}, network(
			[]graph.UnitNode{
				unitNode(nSWJ, 2, 1, 1, c0, c1),
				unitNode(nCZJ2, 2, 0, 1, c0, c1),
				unitNode(nQXJD, 1, 1, 1, c1),
			},
			[]graph.UnitLink{
				unitLink(nSWJ, nCZJ2, 2, c0, c1),
				unitLink(nQXJD, nSWJ, 1, c1),
				unitLink(nQXJD, nCZJ2, 1, c1),
			})},
		// A2 (张伟) and A3 (张伟, 武毅).
		{"section", graph.NetworkFilter{Documents: []string{idA}, Section: intp(1)}, network(
			[]graph.UnitNode{
				unitNode(nZJJ, 2, 2, 2, a2, a3),
				unitNode(nYJJD, 2, 1, 2, a2, a3),
				unitNode(nCZJ, 1, 0, 1, a2),
				unitNode(nFGJ, 1, 0, 2, a3),
			},
			[]graph.UnitLink{
				unitLink(nZJJ, nYJJD, 2, a2, a3),
				unitLink(nZJJ, nCZJ, 1, a2),
				unitLink(nYJJD, nCZJ, 1, a2),
				unitLink(nZJJ, nFGJ, 1, a3),
				unitLink(nYJJD, nFGJ, 1, a3),
			})},
		// B1 (李娜) and B2 (李娜, 武毅): Leaders counts every leader of a task.
		{"leader", graph.NetworkFilter{Leader: liNa}, network(
			[]graph.UnitNode{
				unitNode(nKJJ, 2, 2, 2, b1, b2),
				unitNode(nFGJ, 2, 0, 2, b1, b2),
				unitNode(nYJJD, 1, 0, 1, b1),
				unitNode(nCZJ, 1, 0, 2, b2),
			},
			[]graph.UnitLink{
				unitLink(nKJJ, nFGJ, 2, b1, b2),
				unitLink(nKJJ, nYJJD, 1, b1),
				unitLink(nYJJD, nFGJ, 1, b1),
				unitLink(nKJJ, nCZJ, 1, b2),
				unitLink(nFGJ, nCZJ, 1, b2),
			})},
		// Lead units only: only A3 has two.
		{"role lead", graph.NetworkFilter{Role: graph.RoleLead}, network(
			[]graph.UnitNode{
				unitNode(nFGJ, 2, 2, 1, a0, b0),
				unitNode(nCZJ, 1, 1, 1, a1),
				unitNode(nZJJ, 3, 3, 2, a2, a3, a5),
				unitNode(nYJJD, 1, 1, 2, a3),
				unitNode(nJTJ, 1, 1, 1, a4),
				unitNode(nKJJ, 2, 2, 2, b1, b2),
				unitNode(nSWJ, 1, 1, 1, c0),
				unitNode(nQXJD, 1, 1, 1, c1),
			},
			[]graph.UnitLink{unitLink(nZJJ, nYJJD, 1, a3)})},
		// A limit the network stays within cuts nothing: the unlinked units stay.
		{"role lead, limit above its links", graph.NetworkFilter{Role: graph.RoleLead, Limit: 5}, network(
			[]graph.UnitNode{
				unitNode(nFGJ, 2, 2, 1, a0, b0),
				unitNode(nCZJ, 1, 1, 1, a1),
				unitNode(nZJJ, 3, 3, 2, a2, a3, a5),
				unitNode(nYJJD, 1, 1, 2, a3),
				unitNode(nJTJ, 1, 1, 1, a4),
				unitNode(nKJJ, 2, 2, 2, b1, b2),
				unitNode(nSWJ, 1, 1, 1, c0),
				unitNode(nQXJD, 1, 1, 1, c1),
			},
			[]graph.UnitLink{unitLink(nZJJ, nYJJD, 1, a3)})},
		// Responsible units: A1 发改 | A2 姚家 财政 | A3 发改 | A4 各街道 |
		// A5 教体 姚家 | B0 财政 | B1 姚家 发改 | B2 发改 财政 | C0 财政(J2) |
		// C1 商务 财政(J2). 商务 leads C0, which is not among these tasks.
		{"role responsible", graph.NetworkFilter{Role: graph.RoleResponsible}, network(
			[]graph.UnitNode{
				unitNode(nFGJ, 4, 0, 3, a1, a3, b1, b2),
				unitNode(nCZJ, 3, 0, 3, a2, b0, b2),
				unitNode(nYJJD, 3, 0, 2, a2, a5, b1),
				unitNode(nGJD, 1, 0, 1, a4),
				unitNode(nJTJ, 1, 0, 1, a5),
				unitNode(nCZJ2, 2, 0, 1, c0, c1),
				unitNode(nSWJ, 1, 0, 1, c1),
			},
			[]graph.UnitLink{
				unitLink(nYJJD, nCZJ, 1, a2),
				unitLink(nJTJ, nYJJD, 1, a5),
				unitLink(nYJJD, nFGJ, 1, b1),
				unitLink(nFGJ, nCZJ, 1, b2),
				unitLink(nSWJ, nCZJ2, 1, c1),
			})},
		// 张伟 leads A2 A3 A5 in 历下区 and C0 C1 in 市中区.
		{"role lead and leader", graph.NetworkFilter{Role: graph.RoleLead, Leader: zhangWei}, network(
			[]graph.UnitNode{
				unitNode(nZJJ, 3, 3, 2, a2, a3, a5),
				unitNode(nYJJD, 1, 1, 2, a3),
				unitNode(nSWJ, 1, 1, 1, c0),
				unitNode(nQXJD, 1, 1, 1, c1),
			},
			[]graph.UnitLink{unitLink(nZJJ, nYJJD, 1, a3)})},
		{"min weight", graph.NetworkFilter{MinWeight: 2}, network(
			[]graph.UnitNode{fullNode(nFGJ), fullNode(nCZJ), fullNode(nYJJD), fullNode(nZJJ), fullNode(nKJJ), fullNode(nSWJ), fullNode(nCZJ2)},
			[]graph.UnitLink{
				unitLink(nFGJ, nCZJ, 3, a1, b0, b2),
				unitLink(nZJJ, nYJJD, 3, a2, a3, a5),
				unitLink(nYJJD, nFGJ, 2, a3, b1),
				unitLink(nKJJ, nFGJ, 2, b1, b2),
				unitLink(nSWJ, nCZJ2, 2, c0, c1),
			})},
		// Heaviest first, then by source and target id: 区住房… before
		// 区发展… (住 U+4F4F, 发 U+53D1), and 区科学技术局 before 姚家街道.
		{"limit", graph.NetworkFilter{Limit: 3}, network(
			[]graph.UnitNode{fullNode(nFGJ), fullNode(nCZJ), fullNode(nYJJD), fullNode(nZJJ), fullNode(nKJJ)},
			[]graph.UnitLink{
				unitLink(nZJJ, nYJJD, 3, a2, a3, a5),
				unitLink(nFGJ, nCZJ, 3, a1, b0, b2),
				unitLink(nKJJ, nFGJ, 2, b1, b2),
			})},
		{"min weight above every link", graph.NetworkFilter{Documents: []string{idC}, MinWeight: 3}, network(nil, nil)},
		{"unknown leader", graph.NetworkFilter{Leader: "王五"}, network(nil, nil)},
		{"unknown document", graph.NetworkFilter{Documents: []string{"no-such-document"}}, network(nil, nil)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.UnitNetwork(t.Context(), tt.filter)
			must(t, "UnitNetwork", err)
			same(t, "UnitNetwork", got, tt.want)
		})
	}
}

func testUnitNetworkInvalid(t *testing.T, s graph.Store) {
	loadFixtures(t, s)
	for _, f := range []graph.NetworkFilter{
		{Role: "boss"},
		{MinWeight: -1},
		{Limit: -1},
	} {
		_, err := s.UnitNetwork(t.Context(), f)
		wantCode(t, "UnitNetwork with a bad filter", err, graph.EINVALID)
	}
}
