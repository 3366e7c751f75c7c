package api

import (
	"github.com/gin-gonic/gin"

	"govgraph/graph/compare"
)

// compare answers GET /compare?from=DOC&to=DOC (docs/compare.md).
func (s *server) compare(c *gin.Context) {
	ctx := c.Request.Context()
	p := query(c)
	from, to := p.required("from"), p.required("to")
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	var sides [2]*compare.Side
	for i, id := range []string{from, to} {
		side, err := compare.Snapshot(ctx, s.store, id)
		if err != nil {
			s.fail(c, err)
			return
		}
		sides[i] = side
	}
	r, err := compare.Documents(sides[0], sides[1], s.cfg.Lineage)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.ok(c, r)
}

// trends answers GET /trends?jurisdiction=J (docs/compare.md).
func (s *server) trends(c *gin.Context) {
	p := query(c)
	jurisdiction := p.required("jurisdiction")
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	sides, err := compare.Snapshots(c.Request.Context(), s.store, jurisdiction)
	if err != nil {
		s.fail(c, err)
		return
	}
	t, err := compare.Trend(sides, s.cfg.Lineage)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.ok(c, t)
}
