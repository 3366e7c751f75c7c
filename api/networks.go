package api

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/gin-gonic/gin"

	"govgraph/graph"
	"govgraph/graph/analytics"
)

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

// unitsByRole are the task's units that count for role.
func unitsByRole(t *graph.Task, role string) []string {
	switch role {
	case graph.RoleLead:
		return t.LeadUnits
	case graph.RoleResponsible:
		return t.Units
	}
	return t.Involved()
}

// BuildLeaderNetwork links the leaders of tasks by the units their tasks
// involve in role (graph.RoleAny, RoleLead, RoleResponsible). Links below
// minWeight are dropped, at most limit links are kept (heaviest first; 0:
// all), and when either prunes, leaders left without a link are dropped.
// Nodes are ordered by tasks descending then name then id, links by weight
// descending then source then target.
func BuildLeaderNetwork(tasks []graph.TaskRecord, role string, minWeight, limit int) *LeaderNetwork {
	type leader struct {
		node  LeaderNode
		units map[string]string // unit key -> name
	}
	byID := map[string]*leader{}
	for i := range tasks {
		t := &tasks[i]
		units := unitsByRole(&t.Task, role)
		for _, name := range distinctStrings(t.Leaders) {
			id := graph.NodeID(graph.NodeLeader, graph.EntityKey(t.Jurisdiction, name))
			l := byID[id]
			if l == nil {
				l = &leader{node: LeaderNode{ID: id, Name: name, Jurisdiction: t.Jurisdiction, TaskIDs: []string{}}, units: map[string]string{}}
				byID[id] = l
			}
			l.node.Tasks++
			l.node.TaskIDs = append(l.node.TaskIDs, t.ID)
			for _, u := range units {
				l.units[graph.EntityKey(t.Jurisdiction, u)] = u
			}
		}
	}
	ids := make([]string, 0, len(byID))
	for id, l := range byID {
		ids = append(ids, id)
		l.node.Units = len(l.units)
		graph.SortTaskIDs(l.node.TaskIDs)
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

// BuildBipartite is the graph of leaders, units and tasks: leaders and lead
// units LEADS tasks, responsible units SUPPORTS them; node ids and labels
// as in the store's subgraphs (graph.FinishSubgraph order).
func BuildBipartite(tasks []graph.TaskRecord) *graph.Subgraph {
	g := &graph.Subgraph{}
	seen := map[string]bool{}
	add := func(kind, key, label string) string {
		id := graph.NodeID(kind, key)
		if !seen[id] {
			seen[id] = true
			g.Nodes = append(g.Nodes, graph.Node{ID: id, Kind: kind, Label: label})
		}
		return id
	}
	for i := range tasks {
		t := &tasks[i]
		task := add(graph.NodeTask, t.ID, graph.TaskLabel(t.Text))
		for _, l := range t.Leaders {
			g.Edges = append(g.Edges, graph.Edge{Source: add(graph.NodeLeader, graph.EntityKey(t.Jurisdiction, l), l), Target: task, Type: "LEADS"})
		}
		for _, u := range t.LeadUnits {
			g.Edges = append(g.Edges, graph.Edge{Source: add(graph.NodeUnit, graph.EntityKey(t.Jurisdiction, u), u), Target: task, Type: "LEADS"})
		}
		for _, u := range t.Units {
			g.Edges = append(g.Edges, graph.Edge{Source: add(graph.NodeUnit, graph.EntityKey(t.Jurisdiction, u), u), Target: task, Type: "SUPPORTS"})
		}
	}
	graph.FinishSubgraph(g)
	return g
}

func distinctStrings(s []string) []string {
	out := make([]string, 0, len(s))
	for _, v := range s {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// allTasks reads every task matching f, up to most; more is a
// graph.ETOOLARGE error.
func (s *server) allTasks(ctx context.Context, f graph.TaskFilter, most int) ([]graph.TaskRecord, error) {
	return graph.AllTasks(ctx, s.store, f, most)
}

// networkTasks are the tasks behind a unit network.
func (s *server) networkTasks(ctx context.Context, f graph.NetworkFilter) ([]graph.TaskRecord, error) {
	return s.allTasks(ctx, graph.TaskFilter{Documents: f.Documents, Section: f.Section, Leader: f.Leader}, maxAnalysedTask)
}

// analyse runs the network analytics over the unit network of f, or
// returns the cached report of the same network.
func (s *server) analyse(ctx context.Context, net *graph.UnitNetwork, f graph.NetworkFilter, opts analytics.Options) (*analytics.Report, error) {
	key, err := s.reportKey(ctx, f, opts)
	if err != nil {
		return nil, err
	}
	if rep, ok := s.reports.get(key); ok {
		return rep, nil
	}
	tasks, err := s.networkTasks(ctx, f)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rep, err := analytics.Units(net, tasks, opts)
	if err != nil {
		return nil, err
	}
	s.reports.put(key, rep)
	return rep, nil
}

func (s *server) unitNetwork(c *gin.Context) {
	ctx := c.Request.Context()
	p := query(c)
	f := p.networkFilter()
	withMetrics := p.bool("metrics")
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	net, err := s.store.UnitNetwork(ctx, f)
	if err != nil {
		s.fail(c, err)
		return
	}
	if withMetrics {
		rep, err := s.analyse(ctx, net, f, analytics.Options{Groups: analytics.GroupByKind})
		if err == nil {
			err = analytics.Annotate(net, rep)
		}
		if err != nil {
			s.fail(c, err)
			return
		}
	}
	s.ok(c, net)
}

func (s *server) unitMetrics(c *gin.Context) {
	ctx := c.Request.Context()
	p := query(c)
	f := p.networkFilter()
	groups := p.enum("groups", analytics.GroupByKind, analytics.GroupByLeader)
	seed := p.int("seed", 0, 0, 1<<31-1)
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	net, err := s.store.UnitNetwork(ctx, f)
	if err != nil {
		s.fail(c, err)
		return
	}
	rep, err := s.analyse(ctx, net, f, analytics.Options{Groups: groups, Seed: int64(seed)})
	if err != nil {
		s.fail(c, err)
		return
	}
	s.ok(c, rep)
}

func (s *server) leaderNetwork(c *gin.Context) {
	p := query(c)
	f := p.taskFilter()
	role := p.enum("role", graph.RoleAny, graph.RoleLead, graph.RoleResponsible)
	minWeight := p.int("min_weight", 1, 1, 1<<30)
	limit := p.int("limit", 0, 0, 100000)
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	tasks, err := s.allTasks(c.Request.Context(), f, maxAnalysedTask)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.ok(c, BuildLeaderNetwork(tasks, role, minWeight, limit))
}

func (s *server) bipartiteNetwork(c *gin.Context) {
	p := query(c)
	f := p.taskFilter()
	f.Limit = p.int("limit", graph.MaxPageSize, 1, graph.MaxPageSize)
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	page, err := s.store.Tasks(c.Request.Context(), f)
	if err != nil {
		s.fail(c, err)
		return
	}
	g := BuildBipartite(page.Tasks)
	g.Truncated = page.Total > len(page.Tasks)
	s.ok(c, g)
}

// assignmentMetrics analyses the leader–unit–task graph of the tasks the
// ledger's filters select, as /networks/bipartite draws it; more than
// analytics.MaxAssignmentTasks tasks is a 413 before any is read.
func (s *server) assignmentMetrics(c *gin.Context) {
	ctx := c.Request.Context()
	p := query(c)
	f := p.taskFilter()
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	tasks, err := s.allTasks(ctx, f, analytics.MaxAssignmentTasks)
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	rep, err := analytics.Assignment(tasks, analytics.Options{})
	if err != nil {
		s.fail(c, err)
		return
	}
	s.ok(c, rep)
}
