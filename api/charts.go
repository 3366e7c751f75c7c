package api

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"govgraph/graph"
	"govgraph/graph/analytics"
)

// The chart builders turn domain data into ECharts options with
// go-echarts. They are pure: the same data gives the same option. An Option
// is the decoded JSON of the go-echarts chart, so that the few settings
// go-echarts has no field for (label overflow, emphasis focus) can be added.

// Option is an ECharts option, ready to be encoded as JSON.
type Option = map[string]any

// Chart views of GET /charts/{view}.
const (
	ChartNetwork    = "network"
	ChartMatrix     = "matrix"
	ChartPortfolio  = "portfolio"
	ChartSankey     = "sankey"
	ChartBottleneck = "bottleneck"
	ChartStructure  = "structure"
)

// ChartViews lists every chart view.
var ChartViews = []string{ChartNetwork, ChartMatrix, ChartPortfolio, ChartSankey, ChartBottleneck, ChartStructure}

// Languages of chart text.
const (
	LangZH = "zh"
	LangEN = "en"
)

// LargeGraph is the node count above which a graph chart is laid out on
// the server (layout "none") instead of by ECharts' force layout.
const LargeGraph = 300

// tr picks the text of lang.
func tr(lang, zh, en string) string {
	if lang == LangEN {
		return en
	}
	return zh
}

var kindLabels = map[string][2]string{
	graph.KindDepartment:  {"政府部门", "Department"},
	graph.KindPartyOrgan:  {"党委机构", "Party organ"},
	graph.KindEnterprise:  {"企业", "Enterprise"},
	graph.KindStreet:      {"街道", "Street office"},
	graph.KindCommittee:   {"管委会", "Committee"},
	graph.KindInstitution: {"事业单位", "Institution"},
	graph.KindBranch:      {"派驻机构", "Branch office"},
	graph.KindMass:        {"群团组织", "Mass organisation"},
	graph.KindCollective:  {"统称", "Collective"},
}

// KindLabel is a unit kind's name in lang; unknown kinds stay as they are.
func KindLabel(lang, kind string) string {
	l, ok := kindLabels[kind]
	if !ok {
		if kind == "" {
			return tr(lang, "未分类", "Unclassified")
		}
		return kind
	}
	return tr(lang, l[0], l[1])
}

// toOption validates a go-echarts chart and decodes its JSON.
func toOption(chart interface {
	Validate()
	JSON() map[string]interface{}
}) Option {
	chart.Validate()
	raw, err := json.Marshal(chart.JSON())
	if err != nil {
		panic(fmt.Sprintf("api: chart option does not encode: %v", err)) // options are built from plain values
	}
	var o Option
	if err := json.Unmarshal(raw, &o); err != nil {
		panic(fmt.Sprintf("api: chart option does not decode: %v", err))
	}
	return o
}

// firstSeries is the option's first series, to add settings to.
func firstSeries(o Option) map[string]any {
	list, _ := o["series"].([]any)
	if len(list) == 0 {
		return map[string]any{}
	}
	s, _ := list[0].(map[string]any)
	return s
}

func title(text, sub string) charts.GlobalOpts {
	return charts.WithTitleOpts(opts.Title{Title: text, Subtitle: sub, Left: "center"})
}

// displayNames gives each unit a name to show: its name, or name（jurisdiction）
// when units of several jurisdictions share the name.
func displayNames(nodes []graph.UnitNode) map[string]string {
	jurisdictions := map[string]map[string]bool{}
	for _, n := range nodes {
		if jurisdictions[n.Name] == nil {
			jurisdictions[n.Name] = map[string]bool{}
		}
		jurisdictions[n.Name][n.Jurisdiction] = true
	}
	out := make(map[string]string, len(nodes))
	for _, n := range nodes {
		if len(jurisdictions[n.Name]) > 1 {
			out[n.ID] = n.Name + "（" + n.Jurisdiction + "）"
		} else {
			out[n.ID] = n.Name
		}
	}
	return out
}

// graphNode is a node of a graph series: go-echarts' GraphNode with the id
// that links refer to, so that names need not be unique.
type graphNode struct {
	ID string `json:"id"`
	opts.GraphNode
}

// NetworkChart draws a unit network (graph.UnitNetwork): node size by
// tasks, colour by unit kind, or by community when colour is "community"
// (communities maps node ids to analytics communities), link width by
// weight. Up to LargeGraph nodes ECharts lays it out by force; above, nodes
// get server-computed positions grouped by colour.
func NetworkChart(net *graph.UnitNetwork, colour string, communities map[string]int, lang string) Option {
	names := displayNames(net.Nodes)

	// Categories: kinds in display order, or communities in number order.
	var catNames []string
	catOf := make([]int, len(net.Nodes))
	if colour == "community" {
		var ids []int
		for _, n := range net.Nodes {
			if c, ok := communities[n.ID]; ok && !slices.Contains(ids, c) {
				ids = append(ids, c)
			}
		}
		slices.Sort(ids)
		for _, c := range ids {
			catNames = append(catNames, tr(lang, "社区 ", "Community ")+strconv.Itoa(c))
		}
		for i, n := range net.Nodes {
			c, ok := communities[n.ID]
			if !ok {
				catOf[i] = len(ids) // an extra category for nodes without one
				continue
			}
			catOf[i] = slices.Index(ids, c)
		}
		if slices.Contains(catOf, len(ids)) {
			catNames = append(catNames, "-")
		}
	} else {
		kinds := unitKindsOf(net.Nodes)
		for _, k := range kinds {
			catNames = append(catNames, KindLabel(lang, k))
		}
		for i, n := range net.Nodes {
			catOf[i] = slices.Index(kinds, n.Kind)
		}
	}
	categories := make([]*opts.GraphCategory, len(catNames))
	for i, name := range catNames {
		categories[i] = &opts.GraphCategory{Name: name}
	}

	maxTasks := 1
	for _, n := range net.Nodes {
		maxTasks = max(maxTasks, n.Tasks)
	}
	large := len(net.Nodes) > LargeGraph
	var pos []Point
	if large {
		pos = GroupedLayout(catOf, nodeWeights(net.Nodes))
	}
	nodes := make([]graphNode, len(net.Nodes))
	for i, n := range net.Nodes {
		nodes[i] = graphNode{ID: n.ID, GraphNode: opts.GraphNode{
			Name:       names[n.ID],
			Value:      float32(n.Tasks),
			Category:   catOf[i],
			SymbolSize: roundTo(6+30*math.Sqrt(float64(n.Tasks)/float64(maxTasks)), 1),
		}}
		if large {
			nodes[i].X, nodes[i].Y = float32(pos[i].X), float32(pos[i].Y)
		}
	}
	maxWeight := 1
	for _, l := range net.Links {
		maxWeight = max(maxWeight, l.Weight)
	}
	links := make([]opts.GraphLink, len(net.Links))
	for i, l := range net.Links {
		width := 1.0
		if maxWeight > 1 {
			width = 1 + 5*float64(l.Weight-1)/float64(maxWeight-1)
		}
		links[i] = opts.GraphLink{Source: l.Source, Target: l.Target, Value: float32(l.Weight),
			LineStyle: &opts.LineStyle{Width: float32(roundTo(width, 2))}}
	}

	layout := opts.GraphChart{Layout: "force", Roam: opts.Bool(true), Draggable: opts.Bool(true), Categories: categories,
		Force: &opts.GraphForce{Repulsion: float32(forceRepulsion(len(nodes))), Gravity: 0.08, EdgeLength: []int{40, 180}}}
	if large {
		layout = opts.GraphChart{Layout: "none", Roam: opts.Bool(true), Categories: categories}
	}
	g := charts.NewGraph()
	g.SetGlobalOptions(
		title(tr(lang, "协同网络", "Coordination network"),
			fmt.Sprintf(tr(lang, "%d 个单位，%d 条协同关系", "%d units, %d links"), len(net.Nodes), len(net.Links))),
		charts.WithLegendOpts(opts.Legend{Type: "scroll", Top: "48", Data: catNames}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true)}),
	)
	g.AddSeries(tr(lang, "单位", "Units"), nil, links,
		charts.WithGraphChartOpts(layout),
		charts.WithLabelLayoutOpts(opts.LabelLayout{HideOverlap: opts.Bool(true)}),
		charts.WithLineStyleOpts(opts.LineStyle{Color: "source", Opacity: opts.Float(0.5), Curveness: 0.1}),
		charts.WithEmphasisOpts(opts.Emphasis{Focus: "adjacency"}),
		charts.WithSeriesOpts(func(s *charts.SingleSeries) { s.Data = nodes }),
	)
	o := toOption(g)
	s := firstSeries(o)
	s["label"] = map[string]any{"show": true, "position": "right", "overflow": "truncate", "width": 96, "ellipsis": "…"}
	if large {
		o["animation"] = false
	}
	return o
}

// unitKindsOf lists the kinds of nodes, known kinds in display order first.
func unitKindsOf(nodes []graph.UnitNode) []string {
	present := map[string]bool{}
	for _, n := range nodes {
		present[n.Kind] = true
	}
	var kinds []string
	for _, k := range graph.UnitKinds {
		if present[k] {
			kinds = append(kinds, k)
			delete(present, k)
		}
	}
	var rest []string
	for k := range present {
		rest = append(rest, k)
	}
	slices.Sort(rest)
	return append(kinds, rest...)
}

func nodeWeights(nodes []graph.UnitNode) []float64 {
	w := make([]float64, len(nodes))
	for i, n := range nodes {
		w[i] = float64(n.Tasks)
	}
	return w
}

// forceRepulsion grows with the node count so that bigger networks spread.
func forceRepulsion(n int) float64 {
	return roundTo(60+8*math.Sqrt(float64(n)), 0)
}

func roundTo(v float64, digits int) float64 {
	p := math.Pow10(digits)
	return math.Round(v*p) / p
}

// communityOrder orders nodes by community (0 first), then tasks
// descending, then name, then id.
func communityOrder(nodes []graph.UnitNode, communities map[string]int) []graph.UnitNode {
	out := slices.Clone(nodes)
	slices.SortFunc(out, func(a, b graph.UnitNode) int {
		ca, okA := communities[a.ID]
		cb, okB := communities[b.ID]
		if !okA {
			ca = math.MaxInt
		}
		if !okB {
			cb = math.MaxInt
		}
		return cmp.Or(cmp.Compare(ca, cb), b.Tasks-a.Tasks, strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	return out
}

// MatrixChart is the co-assignment heatmap of a unit network: units on
// both axes ordered by community, a cell per linked pair and direction
// holding the tasks the two share. The diagonal is left empty.
func MatrixChart(net *graph.UnitNetwork, communities map[string]int, lang string) Option {
	names := displayNames(net.Nodes)
	order := communityOrder(net.Nodes, communities)
	axis := make([]string, len(order))
	index := make(map[string]int, len(order))
	for i, n := range order {
		axis[i] = names[n.ID]
		index[n.ID] = i
	}
	data := make([]opts.HeatMapData, 0, 2*len(net.Links))
	maxWeight := 1
	for _, l := range net.Links {
		a, b := index[l.Source], index[l.Target]
		data = append(data,
			opts.HeatMapData{Value: [3]int{a, b, l.Weight}},
			opts.HeatMapData{Value: [3]int{b, a, l.Weight}})
		maxWeight = max(maxWeight, l.Weight)
	}
	h := charts.NewHeatMap()
	h.SetGlobalOptions(
		title(tr(lang, "协同矩阵", "Co-assignment matrix"),
			fmt.Sprintf(tr(lang, "%d 个单位，按社区排列；格值为共同任务数", "%d units ordered by community; a cell is the tasks two units share"), len(order))),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Data: axis, SplitArea: &opts.SplitArea{Show: opts.Bool(true)},
			AxisLabel: &opts.AxisLabel{Rotate: 60, Interval: "0", FontSize: 10}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: axis, Inverse: opts.Bool(true), SplitArea: &opts.SplitArea{Show: opts.Bool(true)},
			AxisLabel: &opts.AxisLabel{Interval: "0", FontSize: 10}}),
		charts.WithVisualMapOpts(opts.VisualMap{Type: "continuous", Calculable: opts.Bool(true), Min: 1, Max: float32(maxWeight),
			Orient: "horizontal", Left: "center", Bottom: "0", InRange: &opts.VisualMapInRange{Color: []string{"#e0f3f8", "#fee090", "#d73027"}}}),
		charts.WithGridOpts(opts.Grid{Top: "80", Bottom: "140", Left: "140", Right: "40"}),
	)
	h.AddSeries(tr(lang, "共同任务", "Shared tasks"), data)
	return toOption(h)
}

// PortfolioChart draws a leader's portfolio as a graph: the leader, their
// tasks, and the units of those tasks; lead units link to tasks with thick
// lines. Node ids are the store's node ids.
func PortfolioChart(p *graph.Portfolio, lang string) Option {
	cats := []string{tr(lang, "领导", "Leader"), tr(lang, "任务", "Task"), tr(lang, "牵头单位", "Lead unit"), tr(lang, "责任单位", "Responsible unit")}
	const (
		catLeader = iota
		catTask
		catLead
		catUnit
	)
	leaderID := graph.NodeID(graph.NodeLeader, graph.EntityKey(p.Jurisdiction, p.Leader.Name))
	nodes := []graphNode{{ID: leaderID, GraphNode: opts.GraphNode{Name: p.Leader.Name, Value: float32(len(p.Tasks)), Category: catLeader, SymbolSize: 44}}}
	var links []opts.GraphLink
	type unitUse struct{ lead, resp int }
	uses := map[string]*unitUse{}
	var unitOrder []string
	unitName := map[string]string{}
	for _, t := range p.Tasks {
		taskID := graph.NodeID(graph.NodeTask, t.ID)
		nodes = append(nodes, graphNode{ID: taskID, GraphNode: opts.GraphNode{Name: graph.TaskLabel(t.Text), Value: 1, Category: catTask, SymbolSize: 10}})
		links = append(links, opts.GraphLink{Source: leaderID, Target: taskID, Value: 1})
		for _, role := range []struct {
			units []string
			lead  bool
		}{{t.LeadUnits, true}, {t.Units, false}} {
			for _, u := range distinctStrings(role.units) {
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
		charts.WithLegendOpts(opts.Legend{Top: "48", Data: cats}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true)}),
	)
	g.AddSeries(tr(lang, "分工", "Portfolio"), nil, nonNil(links),
		charts.WithGraphChartOpts(layout),
		charts.WithLabelLayoutOpts(opts.LabelLayout{HideOverlap: opts.Bool(true)}),
		charts.WithEmphasisOpts(opts.Emphasis{Focus: "adjacency"}),
		charts.WithSeriesOpts(func(s *charts.SingleSeries) { s.Data = nodes }),
	)
	o := toOption(g)
	firstSeries(o)["label"] = map[string]any{"show": true, "position": "right", "overflow": "truncate", "width": 110, "ellipsis": "…"}
	return o
}

// SankeyChart is the flow of responsibility: leader → lead unit →
// responsible unit, each link counting tasks. A name that would appear in
// two layers (a unit both leading and supporting, a leader named like a
// unit) is prefixed by its layer, so that the flow has no cycle.
func SankeyChart(tasks []graph.TaskRecord, lang string) Option {
	const (
		layerLeader = iota
		layerLead
		layerResp
	)
	prefixes := [3]string{tr(lang, "领导·", "Leader · "), tr(lang, "牵头·", "Lead · "), tr(lang, "责任·", "Resp. · ")}
	type key struct {
		layer int
		ref   string // EntityKey
	}
	display := map[key]string{}
	var order []key
	note := func(layer int, jurisdiction, name string) key {
		k := key{layer, graph.EntityKey(jurisdiction, name)}
		if _, ok := display[k]; !ok {
			display[k] = name
			order = append(order, k)
		}
		return k
	}
	type pair struct{ from, to key }
	flows := map[pair]int{}
	var pairs []pair
	flow := func(a, b key) {
		p := pair{a, b}
		if flows[p] == 0 {
			pairs = append(pairs, p)
		}
		flows[p]++
	}
	for _, t := range tasks {
		leaders := distinctStrings(t.Leaders)
		leads := distinctStrings(t.LeadUnits)
		var resps []string
		for _, u := range distinctStrings(t.Units) {
			if !slices.Contains(leads, u) {
				resps = append(resps, u)
			}
		}
		var leadKeys, respKeys []key
		for _, u := range leads {
			leadKeys = append(leadKeys, note(layerLead, t.Jurisdiction, u))
		}
		for _, u := range resps {
			respKeys = append(respKeys, note(layerResp, t.Jurisdiction, u))
		}
		for _, l := range leaders {
			lk := note(layerLeader, t.Jurisdiction, l)
			targets := leadKeys
			if len(targets) == 0 {
				targets = respKeys // no lead unit: the leader hands the task straight on
			}
			for _, tk := range targets {
				flow(lk, tk)
			}
		}
		for _, lk := range leadKeys {
			for _, rk := range respKeys {
				flow(lk, rk)
			}
		}
	}

	// Names must be unique across layers: prefix every clash by layer, and
	// add the jurisdiction where one layer holds two units of one name.
	count := map[string]int{}
	perLayer := map[[2]string]int{}
	for _, k := range order {
		count[display[k]]++
		perLayer[[2]string{strconv.Itoa(k.layer), display[k]}]++
	}
	name := map[key]string{}
	for _, k := range order {
		n := display[k]
		if perLayer[[2]string{strconv.Itoa(k.layer), n}] > 1 {
			n += "（" + strings.SplitN(k.ref, "/", 2)[0] + "）"
		}
		if count[display[k]] > perLayer[[2]string{strconv.Itoa(k.layer), display[k]}] {
			n = prefixes[k.layer] + n
		}
		name[k] = n
	}
	slices.SortStableFunc(order, func(a, b key) int { return a.layer - b.layer })
	nodes := make([]opts.SankeyNode, len(order))
	for i, k := range order {
		depth := k.layer
		nodes[i] = opts.SankeyNode{Name: name[k], Depth: &depth}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		return cmp.Or(a.from.layer-b.from.layer, flows[b]-flows[a], strings.Compare(name[a.from], name[b.from]), strings.Compare(name[a.to], name[b.to]))
	})
	links := make([]opts.SankeyLink, len(pairs))
	for i, p := range pairs {
		links[i] = opts.SankeyLink{Source: name[p.from], Target: name[p.to], Value: float32(flows[p])}
	}
	sk := charts.NewSankey()
	sk.SetGlobalOptions(
		title(tr(lang, "责任流", "Responsibility flow"),
			tr(lang, "牵头领导 → 牵头单位 → 责任单位（宽度为任务数）", "leader → lead unit → responsible unit (width: tasks)")),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}),
	)
	sk.AddSeries(tr(lang, "责任流", "Flow"), nodes, links,
		charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: "right"}),
		charts.WithLineStyleOpts(opts.LineStyle{Color: "source", Opacity: opts.Float(0.4), Curveness: 0.5}),
		charts.WithEmphasisOpts(opts.Emphasis{Focus: "adjacency"}),
	)
	o := toOption(sk)
	s := firstSeries(o)
	s["top"], s["bottom"], s["left"], s["right"] = 60, 20, 20, 160
	return o
}

// BottleneckChart ranks the top units of an analytics report by bottleneck
// score, with the normalised load and betweenness and Burt's constraint
// beside it.
func BottleneckChart(rep *analytics.Report, top int, lang string) Option {
	units := rep.Units // ordered by bottleneck score descending
	if top > 0 && len(units) > top {
		units = units[:top]
	}
	names := make([]string, len(units))
	score := make([]opts.BarData, len(units))
	load := make([]opts.BarData, len(units))
	betw := make([]opts.BarData, len(units))
	constraint := make([]opts.BarData, len(units))
	for i, u := range units {
		names[i] = u.Name
		score[i] = opts.BarData{Name: u.Name, Value: roundTo(u.Bottleneck.Score, 4)}
		load[i] = opts.BarData{Name: u.Name, Value: roundTo(u.Bottleneck.Load, 4)}
		betw[i] = opts.BarData{Name: u.Name, Value: roundTo(u.Bottleneck.Betweenness, 4)}
		constraint[i] = opts.BarData{Name: u.Name, Value: roundTo(u.Constraint, 4)}
	}
	b := charts.NewBar()
	b.SetGlobalOptions(
		title(tr(lang, "瓶颈分析", "Bottlenecks"),
			fmt.Sprintf(tr(lang, "瓶颈分数前 %d 的单位（负荷、中介、领导数归一化后的平均）", "top %d units by bottleneck score (mean of normalised load, betweenness, leaders)"), len(units))),
		charts.WithLegendOpts(opts.Legend{Top: "48"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value"}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Inverse: opts.Bool(true), AxisLabel: &opts.AxisLabel{Interval: "0"}}),
		charts.WithGridOpts(opts.Grid{Top: "80", Left: "160", Right: "40", Bottom: "30"}),
	)
	b.SetXAxis(names).XYReversal()
	b.AddSeries(tr(lang, "瓶颈分数", "Bottleneck score"), score).
		AddSeries(tr(lang, "负荷", "Load"), load).
		AddSeries(tr(lang, "中介", "Betweenness"), betw).
		AddSeries(tr(lang, "约束", "Constraint"), constraint)
	return toOption(b)
}

// StructureChart is the treemap of a document: sections, their themes, and
// the tasks under them, each task of value 1.
func StructureChart(doc *graph.Document, lang string) Option {
	sectionTitle := func(s graph.Section) string {
		if s.Title != "" {
			return s.Title
		}
		return fmt.Sprintf(tr(lang, "第 %d 部分", "Section %d"), s.Index+1)
	}
	sections := make([]opts.TreeMapNode, len(doc.Sections))
	sectionAt := map[int]int{}
	for i, s := range doc.Sections {
		sections[i] = opts.TreeMapNode{Name: sectionTitle(s)}
		sectionAt[s.Index] = i
	}
	themeAt := map[int]int{}      // theme index -> child position in its section
	themeSection := map[int]int{} // theme index -> section index
	for _, th := range doc.Themes {
		si, ok := sectionAt[th.Section]
		if !ok {
			continue
		}
		themeAt[th.Index], themeSection[th.Index] = len(sections[si].Children), th.Section
		sections[si].Children = append(sections[si].Children, opts.TreeMapNode{Name: graph.TaskLabel(th.Title)})
	}
	var orphans []opts.TreeMapNode // tasks of a section the document does not list
	for _, t := range doc.Tasks {
		leaf := opts.TreeMapNode{Name: graph.TaskLabel(t.Text), Value: 1}
		si, ok := sectionAt[t.Section]
		if !ok {
			orphans = append(orphans, leaf)
			continue
		}
		if ti, ok := themeAt[t.ThemeIndex]; ok && t.ThemeIndex >= 0 && themeSection[t.ThemeIndex] == t.Section {
			sections[si].Children[ti].Children = append(sections[si].Children[ti].Children, leaf)
			continue
		}
		sections[si].Children = append(sections[si].Children, leaf)
	}
	if len(orphans) > 0 {
		sections = append(sections, opts.TreeMapNode{Name: tr(lang, "其他", "Other"), Children: orphans})
	}
	// Themes without tasks would be empty boxes.
	for i := range sections {
		sections[i].Children = slices.DeleteFunc(sections[i].Children, func(n opts.TreeMapNode) bool { return n.Value == 0 && len(n.Children) == 0 })
	}
	sections = slices.DeleteFunc(sections, func(n opts.TreeMapNode) bool { return len(n.Children) == 0 })

	tm := charts.NewTreeMap()
	tm.SetGlobalOptions(
		title(tr(lang, "结构", "Structure")+" · "+doc.Meta.Title,
			fmt.Sprintf(tr(lang, "%d 个部分，%d 个主题，%d 项任务", "%d sections, %d themes, %d tasks"), len(doc.Sections), len(doc.Themes), len(doc.Tasks))),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true)}),
	)
	tm.AddSeries(doc.Meta.Title, sections,
		charts.WithTreeMapOpts(opts.TreeMapChart{Top: "70", Left: "10", Right: "10", Bottom: "30",
			UpperLabel: &opts.UpperLabel{Show: opts.Bool(true)}}),
	)
	o := toOption(tm)
	s := firstSeries(o)
	s["leafDepth"] = 2
	s["label"] = map[string]any{"show": true, "overflow": "truncate", "ellipsis": "…"}
	return o
}
