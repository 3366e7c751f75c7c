package api

import (
	"bytes"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"

	"govgraph/graph/compare"
	"govgraph/graph/export"
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
	s.serveCached(c, cacheKey("compare", from, to), func() string {
		var sides [2]*compare.Side
		for i, id := range []string{from, to} {
			side, err := compare.Snapshot(ctx, s.survey, id)
			if err != nil {
				s.fail(c, err)
				return ""
			}
			sides[i] = side
		}
		r, err := compare.Documents(sides[0], sides[1], s.lineage())
		if err != nil {
			s.fail(c, err)
			return ""
		}
		s.ok(c, r)
		return compare.Version(sides[:]...)
	})
}

// trends answers GET /trends?jurisdiction=J (docs/compare.md).
func (s *server) trends(c *gin.Context) {
	p := query(c)
	jurisdiction := p.required("jurisdiction")
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	s.serveCached(c, cacheKey("trends", jurisdiction), func() string {
		sides, version, err := compare.Snapshots(c.Request.Context(), s.survey, jurisdiction)
		if err != nil {
			s.fail(c, err)
			return ""
		}
		t, err := compare.Trend(sides, s.lineage())
		if err != nil {
			s.fail(c, err)
			return ""
		}
		s.ok(c, t)
		return version
	})
}

// exportPanel answers GET /export?format=panel: the research panel of the
// documents (all when none are named), as govgraph export --format panel
// writes it, and returns the data version it was read from ("" when a
// write came between, and then the file names the version read after).
func (s *server) exportPanel(c *gin.Context, scope compare.PanelScope) string {
	ctx := c.Request.Context()
	docs, version, err := compare.Panel(ctx, s.survey, s.lineage(), scope)
	if err != nil {
		s.fail(c, err)
		return ""
	}
	named := version
	if named == "" {
		if named, err = s.store.Version(ctx); err != nil {
			s.fail(c, err)
			return ""
		}
	}
	var buf bytes.Buffer
	if err := export.WritePanel(&buf, named, docs); err != nil {
		s.fail(c, err)
		return ""
	}
	c.Header("Content-Disposition", fmt.Sprintf("attachment; filename=%q", export.PanelFileName))
	c.Data(http.StatusOK, export.ContentType(export.FormatPanel), buf.Bytes())
	return version
}
