package api

import (
	"context"

	"github.com/gin-gonic/gin"

	"govgraph/graph"
	"govgraph/graph/analytics"
)

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
	s.ok(c, graph.LeaderNetworkOf(tasks, role, minWeight, limit))
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
	g := graph.BipartiteOf(page.Tasks)
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
