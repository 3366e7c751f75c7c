package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"slices"
	"strings"
	"testing"

	"govgraph/api"
	"govgraph/graph"
	"govgraph/graph/analytics"
)

// decoded is an option as the browser receives it.
func decoded(tb testing.TB, o api.Option) map[string]any {
	tb.Helper()
	raw, err := json.Marshal(o)
	if err != nil {
		tb.Fatalf("option does not encode: %v", err)
	}
	if strings.Contains(string(raw), "function") || strings.Contains(string(raw), "__f__") {
		tb.Fatalf("option carries JavaScript: %s", raw)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		tb.Fatal(err)
	}
	return m
}

// series returns the option's i-th series after checking its type.
func series(tb testing.TB, o map[string]any, i int, typ string) map[string]any {
	tb.Helper()
	list, _ := o["series"].([]any)
	if len(list) <= i {
		tb.Fatalf("option has %d series, want at least %d", len(list), i+1)
	}
	s := list[i].(map[string]any)
	if s["type"] != typ {
		tb.Fatalf("series %d has type %v, want %s", i, s["type"], typ)
	}
	return s
}

func list(v any) []any { l, _ := v.([]any); return l }

func titleOf(o map[string]any) string {
	t, _ := o["title"].(map[string]any)
	s, _ := t["text"].(string)
	return s
}

func seedNetwork(tb testing.TB, e *env, f graph.NetworkFilter) *graph.UnitNetwork {
	tb.Helper()
	net, err := e.store.UnitNetwork(context.Background(), f)
	if err != nil {
		tb.Fatal(err)
	}
	return net
}

func communities(tb testing.TB, net *graph.UnitNetwork) map[string]int {
	tb.Helper()
	rep, err := analytics.Units(net, nil, analytics.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string]int{}
	for _, u := range rep.Units {
		out[u.ID] = u.Community
	}
	return out
}

func TestNetworkChart(t *testing.T) {
	e := newEnv(t, true)
	net := seedNetwork(t, e, graph.NetworkFilter{})
	kinds := map[string]bool{}
	ids := map[string]bool{}
	for _, n := range net.Nodes {
		kinds[n.Kind] = true
		ids[n.ID] = true
	}

	t.Run("by kind", func(t *testing.T) {
		o := decoded(t, api.NetworkChart(net, "kind", nil, api.LangZH))
		s := series(t, o, 0, "graph")
		data, links := list(s["data"]), list(s["links"])
		if len(data) != len(net.Nodes) || len(links) != len(net.Links) {
			t.Fatalf("chart has %d nodes and %d links; the network %d and %d", len(data), len(links), len(net.Nodes), len(net.Links))
		}
		if titleOf(o) != "协同网络" || s["layout"] != "force" || len(list(s["categories"])) != len(kinds) {
			t.Errorf("title %q layout %v categories %v", titleOf(o), s["layout"], s["categories"])
		}
		maxSize := 0.0
		for i, d := range data {
			n := d.(map[string]any)
			if !ids[n["id"].(string)] || n["name"] != net.Nodes[i].Name || n["value"] != float64(net.Nodes[i].Tasks) {
				t.Fatalf("node %d = %v, want %s", i, n, net.Nodes[i].Name)
			}
			maxSize = max(maxSize, n["symbolSize"].(float64))
		}
		// The busiest unit is drawn largest (nodes come by tasks descending).
		if data[0].(map[string]any)["symbolSize"].(float64) != maxSize {
			t.Error("the node with most tasks is not the largest")
		}
		for _, l := range links {
			l := l.(map[string]any)
			if !ids[l["source"].(string)] || !ids[l["target"].(string)] {
				t.Fatalf("link %v refers to no node", l)
			}
		}
		label := s["label"].(map[string]any)
		if label["overflow"] != "truncate" || s["labelLayout"].(map[string]any)["hideOverlap"] != true {
			t.Errorf("label %v, labelLayout %v", label, s["labelLayout"])
		}
	})

	t.Run("by community, in English", func(t *testing.T) {
		comm := communities(t, net)
		distinct := map[int]bool{}
		for _, c := range comm {
			distinct[c] = true
		}
		o := decoded(t, api.NetworkChart(net, "community", comm, api.LangEN))
		s := series(t, o, 0, "graph")
		if titleOf(o) != "Coordination network" || len(list(s["categories"])) != len(distinct) {
			t.Errorf("title %q, %d categories for %d communities", titleOf(o), len(list(s["categories"])), len(distinct))
		}
		cats := list(s["categories"])
		for i, d := range list(s["data"]) {
			c := int(d.(map[string]any)["category"].(float64))
			if want := fmt.Sprintf("Community %d", comm[net.Nodes[i].ID]); cats[c].(map[string]any)["name"] != want {
				t.Fatalf("node %s in category %v, want %s", net.Nodes[i].Name, cats[c], want)
			}
		}
	})

	t.Run("large network laid out on the server", func(t *testing.T) {
		big := ringNetwork(api.LargeGraph + 50)
		o := decoded(t, api.NetworkChart(big, "kind", nil, api.LangZH))
		s := series(t, o, 0, "graph")
		if s["layout"] != "none" || o["animation"] != false {
			t.Fatalf("layout %v animation %v, want none/false", s["layout"], o["animation"])
		}
		seen := map[[2]float64]bool{}
		for _, d := range list(s["data"]) {
			n := d.(map[string]any)
			x, okX := n["x"].(float64)
			y, okY := n["y"].(float64)
			if !okX || !okY || x <= 0 || y <= 0 || seen[[2]float64{x, y}] {
				t.Fatalf("node %v has no distinct positive position", n)
			}
			seen[[2]float64{x, y}] = true
		}
		if len(list(s["data"])) != len(big.Nodes) {
			t.Errorf("%d nodes drawn of %d", len(list(s["data"])), len(big.Nodes))
		}
	})
}

// ringNetwork is n units of three kinds in a ring.
func ringNetwork(n int) *graph.UnitNetwork {
	net := &graph.UnitNetwork{}
	kinds := []string{graph.KindDepartment, graph.KindStreet, graph.KindEnterprise}
	for i := range n {
		net.Nodes = append(net.Nodes, graph.UnitNode{ID: fmt.Sprintf("unit:x/u%03d", i), Name: fmt.Sprintf("单位%03d", i),
			Jurisdiction: "x", Kind: kinds[i%3], Tasks: 1 + i%7})
		net.Links = append(net.Links, graph.UnitLink{Source: fmt.Sprintf("unit:x/u%03d", i), Target: fmt.Sprintf("unit:x/u%03d", (i+1)%n), Weight: 1 + i%4})
	}
	return net
}

func TestGroupedLayout(t *testing.T) {
	group := []int{0, 0, 0, 1, 1, 2, 0, 1, 2, 2, 2, 2}
	weight := []float64{5, 1, 3, 2, 2, 9, 1, 1, 1, 1, 1, 1}
	pos := api.GroupedLayout(group, weight)
	if len(pos) != len(group) {
		t.Fatalf("%d positions for %d nodes", len(pos), len(group))
	}
	centroid := map[int]api.Point{}
	size := map[int]float64{}
	for i, p := range pos {
		if p.X <= 0 || p.Y <= 0 {
			t.Fatalf("node %d at %v", i, p)
		}
		c := centroid[group[i]]
		centroid[group[i]] = api.Point{X: c.X + p.X, Y: c.Y + p.Y}
		size[group[i]]++
	}
	for g := range centroid {
		centroid[g] = api.Point{X: centroid[g].X / size[g], Y: centroid[g].Y / size[g]}
	}
	// Every node is nearer its own group's centre than any other group's.
	for i, p := range pos {
		own := math.Hypot(p.X-centroid[group[i]].X, p.Y-centroid[group[i]].Y)
		for g, c := range centroid {
			if g != group[i] && math.Hypot(p.X-c.X, p.Y-c.Y) <= own {
				t.Errorf("node %d (group %d) is nearer group %d", i, group[i], g)
			}
		}
	}
	if fmt.Sprint(api.GroupedLayout(group, weight)) != fmt.Sprint(pos) {
		t.Error("layout is not deterministic")
	}
}

func TestMatrixChart(t *testing.T) {
	e := newEnv(t, true)
	net := seedNetwork(t, e, graph.NetworkFilter{})
	comm := communities(t, net)
	o := decoded(t, api.MatrixChart(net, comm, api.LangZH))
	s := series(t, o, 0, "heatmap")
	if titleOf(o) != "协同矩阵" || len(list(s["data"])) != 2*len(net.Links) {
		t.Fatalf("title %q, %d cells for %d links", titleOf(o), len(list(s["data"])), len(net.Links))
	}
	axis := list(list(o["xAxis"])[0].(map[string]any)["data"])
	if len(axis) != len(net.Nodes) || len(list(list(o["yAxis"])[0].(map[string]any)["data"])) != len(net.Nodes) {
		t.Fatalf("axes have %d units, the network %d", len(axis), len(net.Nodes))
	}
	byName := map[string]graph.UnitNode{}
	for _, n := range net.Nodes {
		byName[n.Name] = n
	}
	for i := 1; i < len(axis); i++ {
		if comm[byName[axis[i-1].(string)].ID] > comm[byName[axis[i].(string)].ID] {
			t.Fatalf("units not ordered by community at %d", i)
		}
	}
	// A cell holds the weight of its link, both ways round.
	weight := map[[2]string]float64{}
	for _, l := range net.Links {
		weight[[2]string{l.Source, l.Target}] = float64(l.Weight)
		weight[[2]string{l.Target, l.Source}] = float64(l.Weight)
	}
	for _, c := range list(s["data"]) {
		v := list(c.(map[string]any)["value"])
		a, b := byName[axis[int(v[0].(float64))].(string)], byName[axis[int(v[1].(float64))].(string)]
		if weight[[2]string{a.ID, b.ID}] != v[2].(float64) {
			t.Fatalf("cell %v: %s–%s weight %v", v, a.Name, b.Name, weight[[2]string{a.ID, b.ID}])
		}
	}
	if len(list(o["visualMap"])) != 1 {
		t.Error("no visual map")
	}
}

func TestPortfolioChart(t *testing.T) {
	e := newEnv(t, true)
	leader := busiestLeader(e.doc)
	pf, err := e.store.Portfolio(context.Background(), graph.EntityRef{Name: leader}, nil)
	if err != nil {
		t.Fatal(err)
	}
	units := map[string]bool{}
	edges := len(pf.Tasks)
	for _, task := range pf.Tasks {
		lead := distinct(task.LeadUnits)
		resp := distinct(task.Units)
		edges += len(lead) + len(resp)
		for _, u := range append(lead, resp...) {
			units[u] = true
		}
	}
	o := decoded(t, api.PortfolioChart(pf, api.LangZH))
	s := series(t, o, 0, "graph")
	if !strings.HasPrefix(titleOf(o), "领导分工") || !strings.Contains(titleOf(o), leader) {
		t.Errorf("title %q", titleOf(o))
	}
	if got, want := len(list(s["data"])), 1+len(pf.Tasks)+len(units); got != want {
		t.Errorf("%d nodes, want leader + %d tasks + %d units = %d", got, len(pf.Tasks), len(units), want)
	}
	if got := len(list(s["links"])); got != edges {
		t.Errorf("%d links, want %d", got, edges)
	}
	if list(s["data"])[0].(map[string]any)["id"] != graph.NodeID(graph.NodeLeader, graph.EntityKey(pf.Jurisdiction, leader)) {
		t.Errorf("first node %v is not the leader", list(s["data"])[0])
	}
}

func distinct(s []string) []string {
	var out []string
	for _, v := range s {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

func TestSankeyChart(t *testing.T) {
	_, doc := seed(t)
	records := recordsOf(doc)
	o := decoded(t, api.SankeyChart(records, api.LangZH))
	s := series(t, o, 0, "sankey")
	if titleOf(o) != "责任流" {
		t.Errorf("title %q", titleOf(o))
	}
	// One node per leader, lead unit, and responsible unit that does not
	// also lead the task; a unit in two layers is two nodes.
	layers := [3]map[string]bool{{}, {}, {}}
	for _, task := range doc.Tasks {
		for _, l := range task.Leaders {
			layers[0][l] = true
		}
		for _, u := range task.LeadUnits {
			layers[1][u] = true
		}
		for _, u := range task.Units {
			if !slices.Contains(task.LeadUnits, u) {
				layers[2][u] = true
			}
		}
	}
	nodes := list(s["data"])
	if want := len(layers[0]) + len(layers[1]) + len(layers[2]); len(nodes) != want {
		t.Fatalf("%d nodes, want %d", len(nodes), want)
	}
	depth := map[string]int{}
	for _, n := range nodes {
		n := n.(map[string]any)
		name := n["name"].(string)
		if _, dup := depth[name]; dup {
			t.Fatalf("node name %q twice", name)
		}
		depth[name] = int(n["depth"].(float64))
	}
	// Every link goes to a deeper layer: the flow has no cycle.
	total := 0.0
	for _, l := range list(s["links"]) {
		l := l.(map[string]any)
		src, okS := depth[l["source"].(string)]
		dst, okD := depth[l["target"].(string)]
		if !okS || !okD || src >= dst || l["value"].(float64) < 1 {
			t.Fatalf("link %v breaks the layers", l)
		}
		total += l["value"].(float64)
	}
	if total == 0 {
		t.Fatal("no flow")
	}
	bothLayers := false
	for u := range layers[1] {
		if layers[2][u] {
			bothLayers = true
			if _, ok := depth["牵头·"+u]; !ok {
				t.Errorf("unit %s in two layers is not prefixed", u)
			}
		}
	}
	if !bothLayers {
		t.Log("the seed has no unit both leading and supporting; prefixing untested here")
	}
}

func TestBottleneckChart(t *testing.T) {
	e := newEnv(t, true)
	net := seedNetwork(t, e, graph.NetworkFilter{})
	rep, err := analytics.Units(net, recordsOf(e.doc), analytics.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, top := range []int{5, len(rep.Units) + 10} {
		o := decoded(t, api.BottleneckChart(rep, top, api.LangZH))
		want := min(top, len(rep.Units))
		names := []string{"瓶颈分数", "负荷", "中介", "约束"}
		for i, name := range names {
			s := series(t, o, i, "bar")
			if s["name"] != name || len(list(s["data"])) != want {
				t.Fatalf("series %d %v has %d bars, want %s with %d", i, s["name"], len(list(s["data"])), name, want)
			}
		}
		first := list(series(t, o, 0, "bar")["data"])[0].(map[string]any)
		if first["name"] != rep.Units[0].Name || math.Abs(first["value"].(float64)-rep.Units[0].Bottleneck.Score) > 1e-4 {
			t.Errorf("first bar %v, want %s %.4f", first, rep.Units[0].Name, rep.Units[0].Bottleneck.Score)
		}
		if y := list(list(o["yAxis"])[0].(map[string]any)["data"]); len(y) != want {
			t.Errorf("%d unit names on the axis, want %d", len(y), want)
		}
		if titleOf(o) != "瓶颈分析" {
			t.Errorf("title %q", titleOf(o))
		}
	}
}

func TestStructureChart(t *testing.T) {
	_, doc := seed(t)
	o := decoded(t, api.StructureChart(doc, api.LangZH))
	s := series(t, o, 0, "treemap")
	var leaves, sum func(n map[string]any) int
	leaves = func(n map[string]any) int {
		kids := list(n["children"])
		if len(kids) == 0 {
			return 1
		}
		c := 0
		for _, k := range kids {
			c += leaves(k.(map[string]any))
		}
		return c
	}
	sum = func(n map[string]any) int {
		v, _ := n["value"].(float64)
		for _, k := range list(n["children"]) {
			v += float64(sum(k.(map[string]any)))
		}
		return int(v)
	}
	nLeaves, nValue := 0, 0
	for _, top := range list(s["data"]) {
		nLeaves += leaves(top.(map[string]any))
		nValue += sum(top.(map[string]any))
	}
	if nLeaves != len(doc.Tasks) || nValue != len(doc.Tasks) {
		t.Errorf("treemap has %d leaves worth %d; the document has %d tasks", nLeaves, nValue, len(doc.Tasks))
	}
	withTasks := map[int]bool{}
	for _, task := range doc.Tasks {
		withTasks[task.Section] = true
	}
	if len(list(s["data"])) != len(withTasks) {
		t.Errorf("%d sections drawn, %d have tasks", len(list(s["data"])), len(withTasks))
	}
	if !strings.HasPrefix(titleOf(o), "结构") {
		t.Errorf("title %q", titleOf(o))
	}
}

func TestChartRoutes(t *testing.T) {
	e := newEnv(t, true)
	net := seedNetwork(t, e, graph.NetworkFilter{})
	leader := busiestLeader(e.doc)
	tests := []struct {
		view  string
		query []string
		typ   string
		items int // nodes or bars or cells expected
	}{
		{"network", nil, "graph", len(net.Nodes)},
		{"network", []string{"colour", "community", "lang", "en"}, "graph", len(net.Nodes)},
		{"matrix", nil, "heatmap", 2 * len(net.Links)},
		{"portfolio", []string{"leader", leader}, "graph", -1},
		{"sankey", []string{"document", e.doc.Meta.ID}, "sankey", -1},
		{"bottleneck", []string{"top", "7"}, "bar", 7},
		{"structure", nil, "treemap", -1},
		{"structure", []string{"document", e.doc.Meta.ID}, "treemap", -1},
	}
	for _, tt := range tests {
		t.Run(tt.view+strings.Join(tt.query, "-"), func(t *testing.T) {
			var o map[string]any
			e.get(t, u("/charts/"+tt.view, tt.query...)).status(t, http.StatusOK).decode(t, &o)
			s := series(t, o, 0, tt.typ)
			if tt.items >= 0 && len(list(s["data"])) != tt.items {
				t.Errorf("%d data items, want %d", len(list(s["data"])), tt.items)
			}
			if len(list(s["data"])) == 0 {
				t.Error("series without data")
			}
		})
	}

	t.Run("same as the builder", func(t *testing.T) {
		var got map[string]any
		e.get(t, u("/charts/network")).status(t, http.StatusOK).decode(t, &got)
		if want := decoded(t, api.NetworkChart(net, "kind", nil, api.LangZH)); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Error("the route's option differs from NetworkChart on the store's network")
		}
	})
	t.Run("unknown view", func(t *testing.T) {
		p := e.get(t, u("/charts/pie")).problem(t, http.StatusNotFound)
		if !strings.Contains(p.Detail, "network") {
			t.Errorf("detail %q does not list the views", p.Detail)
		}
	})
	t.Run("unknown leader", func(t *testing.T) {
		e.get(t, u("/charts/portfolio", "leader", "无此人")).problem(t, http.StatusNotFound)
	})
	t.Run("structure of an empty store", func(t *testing.T) {
		empty := newEnv(t, false)
		empty.get(t, u("/charts/structure")).problem(t, http.StatusNotFound)
	})
}
