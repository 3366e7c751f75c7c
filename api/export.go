package api

import (
	"bytes"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"

	"govgraph/graph"
	"govgraph/graph/analytics"
	"govgraph/graph/compare"
	"govgraph/graph/export"
	"govgraph/graph/survey"
)

// exportNetwork answers GET /export: the unit network with its metrics in a
// research format (graph/export), as a download.
func (s *server) exportNetwork(c *gin.Context) {
	ctx := c.Request.Context()
	p := query(c)
	f := p.networkFilter()
	format := p.str("format")
	if format == "" {
		format = export.FormatGraphML
	}
	format, err := export.Format(format)
	if err != nil {
		p.fail("parameter format: %s", graph.ErrorMessage(err))
	}
	withTasks := p.bool("tasks")
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	if format == export.FormatPanel {
		scope := compare.PanelScope{Documents: f.Documents, Jurisdiction: f.Jurisdiction, Year: f.Year}
		s.serveCached(c, cacheKey("export/panel", taskKey(graph.TaskFilter{Documents: f.Documents}).Documents, scope.Jurisdiction, scope.Year), func() string {
			return s.exportPanel(c, scope)
		})
		return
	}
	s.serveCached(c, cacheKey("export", survey.Key(f, nil), format, withTasks), func() string {
		sv, err := s.survey.Analyse(ctx, f, analytics.Options{Groups: analytics.GroupByKind, Seed: survey.Seed})
		if err != nil {
			s.fail(c, err)
			return ""
		}
		var buf bytes.Buffer
		if err := export.Write(&buf, format, sv.Dataset(withTasks)); err != nil {
			s.fail(c, err)
			return ""
		}
		c.Header("Content-Disposition", fmt.Sprintf("attachment; filename=%q", export.FileName(format)))
		c.Data(http.StatusOK, export.ContentType(format), buf.Bytes())
		return sv.Version
	})
}
