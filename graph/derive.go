package graph

import (
	"cmp"
	"slices"
	"strings"
)

// Networks derived in memory from task records: the leader network and the
// leader–unit–task graph.

// LeaderNetwork links leaders whose tasks involve the same units.
type LeaderNetwork struct {
	Nodes []LeaderNode `json:"nodes"`
	Links []LeaderLink `json:"links"`
}

// LeaderNode is a leader with the tasks and units of their share.
type LeaderNode struct {
	ID           string   `json:"id"` // leader:jurisdiction/name
	Name         string   `json:"name"`
	Jurisdiction string   `json:"jurisdiction"`
	Tasks        int      `json:"tasks"`
	Units        int      `json:"units"` // distinct units in their tasks (by role)
	TaskIDs      []string `json:"taskIds"`
}

// LeaderLink is a pair of leaders (Source < Target); Weight is how many
// units they share, Units their names, sorted.
type LeaderLink struct {
	Source string   `json:"source"`
	Target string   `json:"target"`
	Weight int      `json:"weight"`
	Units  []string `json:"units"`
}

// LeaderNetworkOf links the leaders of tasks by the units their tasks
// involve in role (RoleAny, RoleLead, RoleResponsible). Links below
// minWeight are dropped, at most limit links are kept (heaviest first; 0:
// all), and when either prunes, leaders left without a link are dropped.
// Nodes are ordered by tasks descending then name then id, links by weight
// descending then source then target.
func LeaderNetworkOf(tasks []TaskRecord, role string, minWeight, limit int) *LeaderNetwork {
	type leader struct {
		node  LeaderNode
		units map[string]string // unit key -> name
	}
	byID := map[string]*leader{}
	for i := range tasks {
		t := &tasks[i]
		units := t.UnitsIn(role)
		for _, name := range Distinct(t.Leaders) {
			id := NodeID(NodeLeader, EntityKey(t.Jurisdiction, name))
			l := byID[id]
			if l == nil {
				l = &leader{node: LeaderNode{ID: id, Name: name, Jurisdiction: t.Jurisdiction, TaskIDs: []string{}}, units: map[string]string{}}
				byID[id] = l
			}
			l.node.Tasks++
			l.node.TaskIDs = append(l.node.TaskIDs, t.ID)
			for _, u := range units {
				l.units[EntityKey(t.Jurisdiction, u)] = u
			}
		}
	}
	ids := make([]string, 0, len(byID))
	for id, l := range byID {
		ids = append(ids, id)
		l.node.Units = len(l.units)
		SortTaskIDs(l.node.TaskIDs)
	}
	slices.Sort(ids)

	net := &LeaderNetwork{Nodes: []LeaderNode{}, Links: []LeaderLink{}}
	for i, a := range ids {
		for _, b := range ids[i+1:] {
			var shared []string
			for key, name := range byID[a].units {
				if _, ok := byID[b].units[key]; ok {
					shared = append(shared, name)
				}
			}
			if len(shared) >= max(minWeight, 1) {
				slices.Sort(shared)
				net.Links = append(net.Links, LeaderLink{Source: a, Target: b, Weight: len(shared), Units: shared})
			}
		}
	}
	slices.SortFunc(net.Links, func(x, y LeaderLink) int {
		return cmp.Or(y.Weight-x.Weight, strings.Compare(x.Source, y.Source), strings.Compare(x.Target, y.Target))
	})
	if limit > 0 && len(net.Links) > limit {
		net.Links = net.Links[:limit]
	}
	linked := map[string]bool{}
	for _, l := range net.Links {
		linked[l.Source], linked[l.Target] = true, true
	}
	for _, id := range ids {
		if minWeight > 1 || limit > 0 {
			if !linked[id] {
				continue
			}
		}
		net.Nodes = append(net.Nodes, byID[id].node)
	}
	slices.SortFunc(net.Nodes, func(x, y LeaderNode) int {
		return cmp.Or(y.Tasks-x.Tasks, strings.Compare(x.Name, y.Name), strings.Compare(x.ID, y.ID))
	})
	return net
}

// BipartiteOf is the graph of leaders, units and tasks: leaders and lead
// units LEADS tasks, responsible units SUPPORTS them; node ids and labels
// as in the store's subgraphs (FinishSubgraph order).
func BipartiteOf(tasks []TaskRecord) *Subgraph {
	g := &Subgraph{}
	seen := map[string]bool{}
	add := func(kind, key, label string) string {
		id := NodeID(kind, key)
		if !seen[id] {
			seen[id] = true
			g.Nodes = append(g.Nodes, Node{ID: id, Kind: kind, Label: label})
		}
		return id
	}
	for i := range tasks {
		t := &tasks[i]
		task := add(NodeTask, t.ID, TaskLabel(t.Text))
		for _, l := range t.Leaders {
			g.Edges = append(g.Edges, Edge{Source: add(NodeLeader, EntityKey(t.Jurisdiction, l), l), Target: task, Type: RelLeads})
		}
		for _, u := range t.LeadUnits {
			g.Edges = append(g.Edges, Edge{Source: add(NodeUnit, EntityKey(t.Jurisdiction, u), u), Target: task, Type: RelLeads})
		}
		for _, u := range t.Units {
			g.Edges = append(g.Edges, Edge{Source: add(NodeUnit, EntityKey(t.Jurisdiction, u), u), Target: task, Type: RelSupports})
		}
	}
	FinishSubgraph(g)
	return g
}

// Distinct is s without repeats, in first-seen order.
func Distinct(s []string) []string {
	out := make([]string, 0, len(s))
	for _, v := range s {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}
