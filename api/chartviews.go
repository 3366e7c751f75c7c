package api

import (
	"context"
	"strings"

	"github.com/gin-gonic/gin"

	"govgraph/api/chart"
	"govgraph/graph"
	"govgraph/graph/analytics"
	"govgraph/graph/survey"
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
// builder encodes, sent as it is. Each view's build returns the data version its option was computed from; views whose
// data carries none (portfolio, structure) are computed every time.
func (s *server) chart(c *gin.Context) {
	ctx := c.Request.Context()
	view := c.Param("view")
	p := query(c)
	lang := p.enum("lang", chart.ZH, chart.EN)
	var key []any
	var build func() (chart.Option, string, error)
	switch view {
	case ChartNetwork:
		f := p.networkFilter()
		colour := p.enum("colour", "kind", "community")
		key = []any{survey.Key(f, nil), colour}
		build = func() (chart.Option, string, error) {
			if colour != "community" {
				sv, err := s.survey.Network(ctx, f)
				if err != nil {
					return nil, "", err
				}
				return chart.Network(sv.Network, colour, nil, lang), sv.Version, nil
			}
			sv, err := s.analyse(ctx, f)
			if err != nil {
				return nil, "", err
			}
			return chart.Network(withoutMetrics(sv.Network), colour, sv.Communities(), lang), sv.Version, nil
		}
	case ChartMatrix:
		f := p.networkFilter()
		top := p.int("top", chart.MatrixTop, 1, maxChartTop)
		key = []any{survey.Key(f, nil), top}
		build = func() (chart.Option, string, error) {
			sv, err := s.analyse(ctx, f)
			if err != nil {
				return nil, "", err
			}
			return chart.Matrix(withoutMetrics(sv.Network), sv.Communities(), top, lang), sv.Version, nil
		}
	case ChartPortfolio:
		ref := graph.EntityRef{Name: p.required("leader"), Jurisdiction: p.str("jurisdiction")}
		docs := p.list("document")
		build = func() (chart.Option, string, error) {
			pf, err := s.store.Portfolio(ctx, ref, docs)
			if err != nil {
				return nil, "", err
			}
			return chart.Portfolio(pf, lang), "", nil
		}
	case ChartSankey:
		f := p.taskFilter()
		top := p.int("top", chart.SankeyTop, 1, maxChartTop)
		key = []any{taskKey(f), top}
		build = func() (chart.Option, string, error) {
			sel, err := s.store.TaskSelection(ctx, f, maxAnalysedTask)
			if err != nil {
				return nil, "", err
			}
			return chart.Sankey(sel.Tasks, top, lang), sel.Version, nil
		}
	case ChartBottleneck:
		f := p.networkFilter()
		top := p.int("top", 20, 1, 500)
		key = []any{survey.Key(f, nil), top}
		build = func() (chart.Option, string, error) {
			sv, err := s.analyse(ctx, f)
			if err != nil {
				return nil, "", err
			}
			return chart.Bottleneck(sv.Report, top, lang), sv.Version, nil
		}
	case ChartStructure:
		docs := p.list("document")
		if len(docs) > 1 {
			p.fail("parameter document: the structure chart shows one document; got %d", len(docs))
		}
		build = func() (chart.Option, string, error) {
			id, err := s.oneDocument(ctx, docs)
			if err != nil {
				return nil, "", err
			}
			doc, err := s.store.Document(ctx, id)
			if err != nil {
				return nil, "", err
			}
			return chart.Structure(doc, lang), "", nil
		}
	default:
		s.fail(c, graph.Errorf(graph.ENOTFOUND, "no chart view %q; the views are %s", view, strings.Join(ChartViews, ", ")))
		return
	}
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	answer := func() string {
		o, version, err := build()
		if err != nil {
			s.fail(c, err)
			return ""
		}
		s.ok(c, o)
		return version
	}
	if key == nil {
		s.compute(c, answer)
		return
	}
	s.serveCached(c, cacheKey("charts/"+view, append(key, lang)...), answer)
}

// analyse is the survey of the chart views: groups by kind, the one seed.
func (s *server) analyse(ctx context.Context, f graph.NetworkFilter) (*survey.Survey, error) {
	return s.survey.Analyse(ctx, f, analytics.Options{Groups: analytics.GroupByKind, Seed: survey.Seed})
}

// withoutMetrics drops the metrics an analysis annotated, which the network
// and matrix charts do not show.
func withoutMetrics(net *graph.UnitNetwork) *graph.UnitNetwork {
	for i := range net.Nodes {
		net.Nodes[i].Metrics = nil
	}
	return net
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
