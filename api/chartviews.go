package api

import (
	"context"
	"strings"

	"github.com/gin-gonic/gin"

	"govgraph/api/chart"
	"govgraph/graph"
	"govgraph/graph/analytics"
)

// Chart views of GET /charts/{view}; package chart builds each option.
const (
	ChartNetwork    = "network"
	ChartMatrix     = "matrix"
	ChartPortfolio  = "portfolio"
	ChartSankey     = "sankey"
	ChartBottleneck = "bottleneck"
	ChartStructure  = "structure"
)

// maxChartTop bounds the top units of the matrix and the top flows of the sankey.
const maxChartTop = 5000

// ChartViews lists every chart view.
var ChartViews = []string{ChartNetwork, ChartMatrix, ChartPortfolio, ChartSankey, ChartBottleneck, ChartStructure}

// chart answers GET /charts/{view} with the ECharts option the view's
// builder encodes, sent as it is.
func (s *server) chart(c *gin.Context) {
	ctx := c.Request.Context()
	view := c.Param("view")
	p := query(c)
	lang := p.enum("lang", chart.ZH, chart.EN)
	var build func() (chart.Option, error)
	switch view {
	case ChartNetwork:
		f := p.networkFilter()
		colour := p.enum("colour", "kind", "community")
		build = func() (chart.Option, error) {
			net, err := s.store.UnitNetwork(ctx, f)
			if err != nil {
				return nil, err
			}
			var communities map[string]int
			if colour == "community" {
				if communities, err = communitiesOf(ctx, net); err != nil {
					return nil, err
				}
			}
			return chart.Network(net, colour, communities, lang), nil
		}
	case ChartMatrix:
		f := p.networkFilter()
		top := p.int("top", chart.MatrixTop, 1, maxChartTop)
		build = func() (chart.Option, error) {
			net, err := s.store.UnitNetwork(ctx, f)
			if err != nil {
				return nil, err
			}
			communities, err := communitiesOf(ctx, net)
			if err != nil {
				return nil, err
			}
			return chart.Matrix(net, communities, top, lang), nil
		}
	case ChartPortfolio:
		ref := graph.EntityRef{Name: p.required("leader"), Jurisdiction: p.str("jurisdiction")}
		docs := p.list("document")
		build = func() (chart.Option, error) {
			pf, err := s.store.Portfolio(ctx, ref, docs)
			if err != nil {
				return nil, err
			}
			return chart.Portfolio(pf, lang), nil
		}
	case ChartSankey:
		f := p.taskFilter()
		top := p.int("top", chart.SankeyTop, 1, maxChartTop)
		build = func() (chart.Option, error) {
			tasks, err := s.allTasks(ctx, f, maxAnalysedTask)
			if err != nil {
				return nil, err
			}
			return chart.Sankey(tasks, top, lang), nil
		}
	case ChartBottleneck:
		f := p.networkFilter()
		top := p.int("top", 20, 1, 500)
		build = func() (chart.Option, error) {
			net, err := s.store.UnitNetwork(ctx, f)
			if err != nil {
				return nil, err
			}
			rep, err := s.analyse(ctx, net, f, analytics.Options{Groups: analytics.GroupByKind})
			if err != nil {
				return nil, err
			}
			return chart.Bottleneck(rep, top, lang), nil
		}
	case ChartStructure:
		docs := p.list("document")
		if len(docs) > 1 {
			p.fail("parameter document: the structure chart shows one document; got %d", len(docs))
		}
		build = func() (chart.Option, error) {
			id, err := s.oneDocument(ctx, docs)
			if err != nil {
				return nil, err
			}
			doc, err := s.store.Document(ctx, id)
			if err != nil {
				return nil, err
			}
			return chart.Structure(doc, lang), nil
		}
	default:
		s.fail(c, graph.Errorf(graph.ENOTFOUND, "no chart view %q; the views are %s", view, strings.Join(ChartViews, ", ")))
		return
	}
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	o, err := build()
	if err != nil {
		s.fail(c, err)
		return
	}
	s.ok(c, o)
}

// oneDocument is the document asked for, or the only one stored.
func (s *server) oneDocument(ctx context.Context, ids []string) (string, error) {
	if len(ids) == 1 {
		return ids[0], nil
	}
	docs, err := s.store.Documents(ctx)
	if err != nil {
		return "", err
	}
	switch len(docs) {
	case 0:
		return "", graph.Errorf(graph.ENOTFOUND, "no document is stored")
	case 1:
		return docs[0].ID, nil
	}
	return "", invalid("parameter document is required: %d documents are stored", len(docs))
}

// communitiesOf runs the analytics for the Louvain communities of net.
func communitiesOf(ctx context.Context, net *graph.UnitNetwork) (map[string]int, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rep, err := analytics.Units(net, nil, analytics.Options{Groups: analytics.GroupByKind})
	if err != nil {
		return nil, err
	}
	out := make(map[string]int, len(rep.Units))
	for _, u := range rep.Units {
		out[u.ID] = u.Community
	}
	return out, nil
}
