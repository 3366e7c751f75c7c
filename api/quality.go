package api

import (
	"github.com/gin-gonic/gin"

	"govgraph/graph"
	"govgraph/graph/lineage"
)

// quality answers GET /documents/{id}/quality: the document's data-quality
// queue (docs/quality.md).
func (s *server) quality(c *gin.Context) {
	id, err := pathName(c, "id")
	if err != nil {
		s.fail(c, err)
		return
	}
	if s.cfg.Quality == nil {
		s.fail(c, graph.Errorf(graph.ENOTIMPLEMENTED, "this server has no tables directory configured; the quality queue is not available"))
		return
	}
	r, err := s.cfg.Quality.Queue(c.Request.Context(), id)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.ok(c, r)
}

// qualityDecision answers POST /documents/{id}/quality/{item}/accept and
// …/dismiss (admin).
func (s *server) qualityDecision(accept bool) gin.HandlerFunc {
	return func(c *gin.Context) {
		id, err := pathName(c, "id")
		if err != nil {
			s.fail(c, err)
			return
		}
		item, err := pathName(c, "item")
		if err != nil {
			s.fail(c, err)
			return
		}
		if s.cfg.Quality == nil {
			s.fail(c, graph.Errorf(graph.ENOTIMPLEMENTED, "this server has no tables directory configured; the quality queue is not available"))
			return
		}
		ctx := c.Request.Context()
		if !accept {
			it, err := s.cfg.Quality.Dismiss(ctx, id, item)
			if err != nil {
				s.fail(c, err)
				return
			}
			s.log.Info("quality item dismissed", "requestId", requestID(c), "document", id, "item", it.ID)
			s.ok(c, gin.H{"item": it, "dismissed": true})
			return
		}
		res, err := s.cfg.Quality.Accept(ctx, id, item)
		if err != nil {
			s.fail(c, err)
			return
		}
		s.log.Info("quality item accepted", "requestId", requestID(c), "document", id, "item", res.Item.ID,
			"file", res.File, "rederived", len(res.Rederived))
		s.ok(c, res)
	}
}

// lineage is the lineage table comparisons use: the tables of the quality
// queue (they change with accepted suggestions) when configured, else
// Config.Lineage.
func (s *server) lineage() *lineage.Table {
	if s.cfg.Quality != nil {
		return s.cfg.Quality.Tables.Lineage()
	}
	return s.cfg.Lineage
}

// tablesVersion names the tables behind the answers; "" without them.
func (s *server) tablesVersion() string {
	if s.cfg.Quality != nil {
		return s.cfg.Quality.Tables.Version()
	}
	return ""
}
