package chart

import (
	"fmt"
	"math"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"govgraph/graph"
)

// Portfolio draws a leader's portfolio as a graph: the leader, their
// tasks, and the units of those tasks; lead units link to tasks with thick
// lines. Node ids are the store's node ids.
func Portfolio(p *graph.Portfolio, lang string) Option {
	cats := []string{tr(lang, "领导", "Leader"), tr(lang, "任务", "Task"), tr(lang, "牵头单位", "Lead unit"), tr(lang, "责任单位", "Responsible unit")}
	const (
		catLeader = iota
		catTask
		catLead
		catUnit
	)
	leaderID := graph.NodeID(graph.NodeLeader, graph.EntityKey(p.Jurisdiction, p.Leader.Name))
	nodes := []graphNode{{ID: leaderID, GraphNode: opts.GraphNode{Name: p.Leader.Name, Value: float32(len(p.Tasks)), Category: catLeader, SymbolSize: 44.0}}}
	links := []opts.GraphLink{}
	type unitUse struct{ lead, resp int }
	uses := map[string]*unitUse{}
	var unitOrder []string
	unitName := map[string]string{}
	for _, t := range p.Tasks {
		taskID := graph.NodeID(graph.NodeTask, t.ID)
		nodes = append(nodes, graphNode{ID: taskID, GraphNode: opts.GraphNode{Name: graph.TaskLabel(t.Text), Value: 1, Category: catTask, SymbolSize: 10.0}})
		links = append(links, opts.GraphLink{Source: leaderID, Target: taskID, Value: 1})
		for _, role := range []struct {
			units []string
			lead  bool
		}{{t.LeadUnits, true}, {t.Units, false}} {
			for _, u := range graph.Distinct(role.units) {
				id := graph.NodeID(graph.NodeUnit, graph.EntityKey(t.Jurisdiction, u))
				if uses[id] == nil {
					uses[id] = &unitUse{}
					unitOrder = append(unitOrder, id)
					unitName[id] = u
				}
				width := float32(1)
				if role.lead {
					uses[id].lead++
					width = 3
				} else {
					uses[id].resp++
				}
				links = append(links, opts.GraphLink{Source: taskID, Target: id, Value: 1, LineStyle: &opts.LineStyle{Width: width}})
			}
		}
	}
	for _, id := range unitOrder {
		u := uses[id]
		cat := catUnit
		if u.lead > 0 {
			cat = catLead
		}
		n := u.lead + u.resp
		nodes = append(nodes, graphNode{ID: id, GraphNode: opts.GraphNode{Name: unitName[id], Value: float32(n), Category: cat,
			SymbolSize: roundTo(8+4*math.Sqrt(float64(n)), 1)}})
	}
	categories := make([]*opts.GraphCategory, len(cats))
	for i, c := range cats {
		categories[i] = &opts.GraphCategory{Name: c}
	}
	layout := opts.GraphChart{Layout: "force", Roam: opts.Bool(true), Draggable: opts.Bool(true), Categories: categories,
		Force: &opts.GraphForce{Repulsion: float32(forceRepulsion(len(nodes))), Gravity: 0.1, EdgeLength: []int{30, 120}}}
	if len(nodes) > LargeGraph {
		layout = opts.GraphChart{Layout: "circular", Roam: opts.Bool(true), Categories: categories}
	}
	g := charts.NewGraph()
	g.SetGlobalOptions(
		title(tr(lang, "领导分工", "Leader portfolio")+" · "+p.Leader.Name,
			fmt.Sprintf(tr(lang, "%d 项任务，%d 个单位", "%d tasks, %d units"), len(p.Tasks), len(unitOrder))),
		charts.WithLegendOpts(opts.Legend{Top: titleRoom, Data: cats}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true)}),
	)
	g.AddSeries(tr(lang, "分工", "Portfolio"), nil, links,
		charts.WithGraphChartOpts(layout),
		charts.WithLabelLayoutOpts(opts.LabelLayout{HideOverlap: opts.Bool(true)}),
		charts.WithEmphasisOpts(opts.Emphasis{Focus: "adjacency"}),
		charts.WithSeriesOpts(func(s *charts.SingleSeries) { s.Data = nodes }),
	)
	return encode(g, finishGraph(nodes, animationThreshold, nil))
}
