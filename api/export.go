package api

import (
	"bytes"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/gin-gonic/gin"

	"govgraph/graph"
	"govgraph/graph/analytics"
	"govgraph/graph/export"
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
		s.exportPanel(c, f.Documents)
		return
	}
	net, err := s.store.UnitNetwork(ctx, f)
	if err != nil {
		s.fail(c, err)
		return
	}
	tasks, err := s.networkTasks(ctx, f)
	if err != nil {
		s.fail(c, err)
		return
	}
	rep, err := analytics.Units(net, tasks, analytics.Options{Groups: analytics.GroupByKind})
	if err == nil {
		err = analytics.Annotate(net, rep)
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	infos, err := s.store.Documents(ctx)
	if err != nil {
		s.fail(c, err)
		return
	}
	var docs []graph.DocumentMeta
	for _, d := range infos {
		if len(f.Documents) == 0 || slices.Contains(f.Documents, d.ID) {
			docs = append(docs, d.DocumentMeta)
		}
	}
	ds := export.Dataset{
		Network:     net,
		Documents:   docs,
		Definitions: rep.Definitions,
		GraphMetrics: map[string]float64{
			analytics.MetricDensity:              rep.Network.Density,
			analytics.MetricDegreeCentralisation: rep.Network.DegreeCentralisation,
			analytics.MetricModularity:           rep.Network.Modularity,
			analytics.MetricCommunities:          float64(rep.Network.Communities),
			analytics.MetricComponents:           float64(rep.Network.Components),
		},
		Description: exportDescription(f),
	}
	if withTasks {
		ds.Tasks = tasks
	}
	var buf bytes.Buffer
	if err := export.Write(&buf, format, ds); err != nil {
		s.fail(c, err)
		return
	}
	c.Header("Content-Disposition", fmt.Sprintf("attachment; filename=%q", export.FileName(format)))
	c.Data(http.StatusOK, export.ContentType(format), buf.Bytes())
}

// exportDescription says in one sentence which network an export holds.
func exportDescription(f graph.NetworkFilter) string {
	parts := []string{"Unit co-assignment network: units linked by the tasks they share"}
	if len(f.Documents) > 0 {
		parts = append(parts, "documents "+strings.Join(f.Documents, ", "))
	}
	if f.Section != nil {
		parts = append(parts, fmt.Sprintf("section %d", *f.Section))
	}
	if f.Leader != "" {
		parts = append(parts, "leader "+f.Leader)
	}
	if f.Role != "" && f.Role != graph.RoleAny {
		parts = append(parts, "units as "+f.Role+" units")
	}
	if f.MinWeight > 1 {
		parts = append(parts, fmt.Sprintf("links of weight ≥ %d", f.MinWeight))
	}
	if f.Limit > 0 {
		parts = append(parts, fmt.Sprintf("the %d heaviest links", f.Limit))
	}
	return strings.Join(parts, "; ") + "."
}
