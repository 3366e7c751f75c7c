package api

import (
	"slices"

	"github.com/gin-gonic/gin"

	"govgraph/graph"
	"govgraph/graph/analytics"
	"govgraph/graph/survey"
)

// taskKey is the normalised form of a task filter in cache keys.
func taskKey(f graph.TaskFilter) graph.TaskFilter {
	f.Documents = slices.Clone(f.Documents)
	slices.Sort(f.Documents)
	f.Limit, f.Offset = 0, 0
	return f
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
	s.serveCached(c, cacheKey("networks/units", survey.Key(f, nil), withMetrics), func() string {
		var sv *survey.Survey
		var err error
		if withMetrics {
			sv, err = s.survey.Analyse(ctx, f, analytics.Options{Groups: analytics.GroupByKind, Seed: survey.Seed})
		} else {
			sv, err = s.survey.Network(ctx, f)
		}
		if err != nil {
			s.fail(c, err)
			return ""
		}
		s.ok(c, sv.Network)
		return sv.Version
	})
}

func (s *server) unitMetrics(c *gin.Context) {
	ctx := c.Request.Context()
	p := query(c)
	f := p.networkFilter()
	groups := p.enum("groups", analytics.GroupByKind, analytics.GroupByLeader)
	seed := p.int("seed", survey.Seed, 0, 1<<31-1)
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	opts := analytics.Options{Groups: groups, Seed: int64(seed)}
	s.serveCached(c, cacheKey("metrics/units", survey.Key(f, opts)), func() string {
		sv, err := s.survey.Analyse(ctx, f, opts)
		if err != nil {
			s.fail(c, err)
			return ""
		}
		s.ok(c, sv.Report)
		return sv.Version
	})
}

func (s *server) leaderNetwork(c *gin.Context) {
	ctx := c.Request.Context()
	p := query(c)
	f := p.taskFilter()
	role := p.enum("role", graph.RoleAny, graph.RoleLead, graph.RoleResponsible)
	minWeight := p.int("min_weight", 1, 1, 1<<30)
	limit := p.int("limit", 0, 0, 100000)
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	s.serveCached(c, cacheKey("networks/leaders", taskKey(f), role, minWeight, limit), func() string {
		sel, err := s.store.TaskSelection(ctx, f, maxAnalysedTask)
		if err != nil {
			s.fail(c, err)
			return ""
		}
		s.ok(c, graph.LeaderNetworkOf(sel.Tasks, role, minWeight, limit))
		return sel.Version
	})
}

func (s *server) bipartiteNetwork(c *gin.Context) {
	ctx := c.Request.Context()
	p := query(c)
	f := p.taskFilter()
	limit := p.int("limit", graph.MaxPageSize, 1, graph.MaxPageSize)
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	s.serveCached(c, cacheKey("networks/bipartite", taskKey(f), limit), func() string {
		sel, err := s.store.TaskSelection(ctx, f, 0)
		if err != nil {
			s.fail(c, err)
			return ""
		}
		g := graph.BipartiteOf(sel.Tasks[:min(limit, len(sel.Tasks))])
		g.Truncated = len(sel.Tasks) > limit
		s.ok(c, g)
		return sel.Version
	})
}

// assignmentMetrics analyses the leader–unit–task graph of the tasks the
// ledger's filters select, as /networks/bipartite draws it; more than
// analytics.MaxAssignmentTasks tasks is a 413 before any is analysed.
func (s *server) assignmentMetrics(c *gin.Context) {
	ctx := c.Request.Context()
	p := query(c)
	f := p.taskFilter()
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	s.serveCached(c, cacheKey("metrics/assignment", taskKey(f)), func() string {
		sel, err := s.store.TaskSelection(ctx, f, analytics.MaxAssignmentTasks)
		if err == nil {
			err = ctx.Err()
		}
		if err != nil {
			s.fail(c, err)
			return ""
		}
		rep, err := analytics.Assignment(sel.Tasks, analytics.Options{})
		if err != nil {
			s.fail(c, err)
			return ""
		}
		s.ok(c, rep)
		return sel.Version
	})
}
