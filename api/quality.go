package api

import (
	"github.com/gin-gonic/gin"

	"govgraph/graph"
	"govgraph/graph/lineage"
)

// quality answers GET /documents/{id}/quality: the document's data-quality
// queue (docs/quality.md).
func (s *server) quality(c *gin.Context) {
	p, err := s.qualityParams(c, "id")
	if err != nil {
		s.fail(c, err)
		return
	}
	id := p[0]
	r, err := s.cfg.Quality.Queue(c.Request.Context(), id)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.ok(c, r)
}

// qualityParams reads the named path parameters of a quality route, then
// checks that the server has a quality queue (ENOTIMPLEMENTED when not).
func (s *server) qualityParams(c *gin.Context, names ...string) ([]string, error) {
	out := make([]string, len(names))
	for i, name := range names {
		v, err := pathName(c, name)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	if s.cfg.Quality == nil {
		return nil, graph.Errorf(graph.ENOTIMPLEMENTED, "this server has no tables directory configured; the quality queue is not available")
	}
	return out, nil
}

// qualityDecision answers POST /documents/{id}/quality/{item}/accept and
// …/dismiss (admin).
func (s *server) qualityDecision(accept bool) gin.HandlerFunc {
	return func(c *gin.Context) {
		p, err := s.qualityParams(c, "id", "item")
		if err != nil {
			s.fail(c, err)
			return
		}
		id, item := p[0], p[1]
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
		s.answerBookmarks(c) // the re-derived documents were written
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
