package chart

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"govgraph/graph"
)

// sankeySeries is a sankey series with its margins and labels cut to a
// width.
type sankeySeries struct {
	charts.SingleSeries
	Top    int   `json:"top"`
	Bottom int   `json:"bottom"`
	Left   int   `json:"left"`
	Right  int   `json:"right"`
	Label  label `json:"label"`
}

// SankeyTop is how many flows the sankey keeps unless asked otherwise.
const SankeyTop = 60

// flowKey is a node of the sankey: a layer and an entity (EntityKey).
type flowKey struct {
	layer int
	ref   string
}

// flowPair is a link of the sankey.
type flowPair struct{ from, to flowKey }

// otherRef is the ref of a layer's "others" node.
const otherRef = "\x00other"

// Sankey is the flow of responsibility: leader → lead unit → responsible
// unit, each link counting tasks. A name that would appear in two layers
// (a unit both leading and supporting, a leader named like a unit) is
// prefixed by its layer, so that the flow has no cycle. Past top flows,
// only the ends of the top flows are drawn, with every flow between them;
// the rest of each layer is one node "其他…" carrying the other flows.
func Sankey(tasks []graph.TaskRecord, top int, lang string) Option {
	const (
		layerLeader = iota
		layerLead
		layerResp
	)
	prefixes := [3]string{tr(lang, "领导·", "Leader · "), tr(lang, "牵头·", "Lead · "), tr(lang, "责任·", "Resp. · ")}
	display := map[flowKey]string{}
	var order []flowKey
	note := func(layer int, jurisdiction, name string) flowKey {
		k := flowKey{layer, graph.EntityKey(jurisdiction, name)}
		if _, ok := display[k]; !ok {
			display[k] = name
			order = append(order, k)
		}
		return k
	}
	flows := map[flowPair]int{}
	var pairs []flowPair
	flow := func(a, b flowKey) {
		p := flowPair{a, b}
		if flows[p] == 0 {
			pairs = append(pairs, p)
		}
		flows[p]++
	}
	for _, t := range tasks {
		leaders := graph.Distinct(t.Leaders)
		leads := graph.Distinct(t.LeadUnits)
		var resps []string
		for _, u := range graph.Distinct(t.Units) {
			if !slices.Contains(leads, u) {
				resps = append(resps, u)
			}
		}
		var leadKeys, respKeys []flowKey
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
	name := map[flowKey]string{}
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
	if top > 0 && len(pairs) > top {
		order, pairs, flows = aggregateFlows(order, pairs, flows, top, name, lang)
	}
	slices.SortStableFunc(order, func(a, b flowKey) int { return a.layer - b.layer })
	nodes := make([]opts.SankeyNode, len(order))
	for i, k := range order {
		depth := k.layer
		nodes[i] = opts.SankeyNode{Name: name[k], Depth: &depth}
	}
	slices.SortFunc(pairs, func(a, b flowPair) int {
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
		charts.WithLabelLayoutOpts(opts.LabelLayout{HideOverlap: opts.Bool(true)}),
		charts.WithLineStyleOpts(opts.LineStyle{Color: "source", Opacity: opts.Float(0.4), Curveness: 0.5}),
		charts.WithEmphasisOpts(opts.Emphasis{Focus: "adjacency"}),
	)
	f := finish{noLegend: true, series: func(_ int, s charts.SingleSeries) any {
		return sankeySeries{SingleSeries: s, Top: 60, Bottom: 20, Left: 20, Right: 160,
			Label: label{Show: true, Position: "right", Overflow: "truncate", Width: 110}}
	}}
	// Not animated: the entry animation, and the one of the resize when the
	// filter bar fills, held the first picture back by a second.
	f.top = map[string]any{"animation": false}
	return encode(sk, f)
}

// aggregateFlows keeps the nodes at the ends of the top flows (by tasks,
// then names) and merges every other node of a layer into one "others"
// node, summing the flows that then join the same two nodes. name gets the
// names of the "others" nodes.
func aggregateFlows(order []flowKey, pairs []flowPair, flows map[flowPair]int, top int, name map[flowKey]string, lang string) ([]flowKey, []flowPair, map[flowPair]int) {
	byFlow := slices.Clone(pairs)
	slices.SortStableFunc(byFlow, func(a, b flowPair) int {
		return cmp.Or(flows[b]-flows[a], strings.Compare(name[a.from], name[b.from]), strings.Compare(name[a.to], name[b.to]))
	})
	kept := map[flowKey]bool{}
	for _, p := range byFlow[:top] {
		kept[p.from], kept[p.to] = true, true
	}
	merged := [3]int{}
	var out []flowKey
	for _, k := range order {
		if kept[k] {
			out = append(out, k)
		} else {
			merged[k.layer]++
		}
	}
	labels := [3]string{tr(lang, "其他领导（%d）", "Other leaders (%d)"), tr(lang, "其他牵头（%d）", "Other leads (%d)"), tr(lang, "其他责任（%d）", "Other resp. (%d)")}
	for layer, n := range merged {
		if n > 0 {
			k := flowKey{layer, otherRef}
			name[k] = fmt.Sprintf(labels[layer], n)
			out = append(out, k)
		}
	}
	end := func(k flowKey) flowKey {
		if kept[k] {
			return k
		}
		return flowKey{k.layer, otherRef}
	}
	sums := map[flowPair]int{}
	var outPairs []flowPair
	for _, p := range pairs {
		q := flowPair{end(p.from), end(p.to)}
		if sums[q] == 0 {
			outPairs = append(outPairs, q)
		}
		sums[q] += flows[p]
	}
	return out, outPairs, sums
}
