package chart_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"govgraph/api/chart"
	"govgraph/graph"
)

func TestNetwork(t *testing.T) {
	store, _ := seedStore(t)
	net := seedNetwork(t, store)
	kinds := map[string]bool{}
	ids := map[string]bool{}
	for _, n := range net.Nodes {
		kinds[n.Kind] = true
		ids[n.ID] = true
	}

	t.Run("by kind", func(t *testing.T) {
		o := decoded(t, chart.Network(net, "kind", nil, chart.ZH))
		s := series(t, o, 0, "graph")
		data, links := list(s["data"]), list(s["links"])
		if len(data) != len(net.Nodes) || len(links) != len(net.Links) {
			t.Fatalf("chart has %d nodes and %d links; the network %d and %d", len(data), len(links), len(net.Nodes), len(net.Links))
		}
		if titleOf(o) != "协同网络" || s["layout"] != "none" || len(list(s["categories"])) != len(kinds) {
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
		if label["show"] != true || label["overflow"] != "truncate" || label["width"] != 96.0 || s["labelLayout"].(map[string]any)["hideOverlap"] != true {
			t.Errorf("label %v, labelLayout %v", label, s["labelLayout"])
		}
		graphStates(t, s)
		// The legend lists every category below the subtitle, so that the browser can keep hidden ones in the URL.
		legend := object(o["legend"])
		if len(list(legend["data"])) != len(kinds) || legend["top"] != "64" {
			t.Errorf("legend %v", legend)
		}
		if o["animationThreshold"] != float64(chart.LargeGraph) || o["animationDuration"] != 0.0 || s["preserveAspect"] != true {
			t.Errorf("animationThreshold %v, animationDuration %v, preserveAspect %v", o["animationThreshold"], o["animationDuration"], s["preserveAspect"])
		}
	})

	t.Run("kinds named in the language asked", func(t *testing.T) {
		for lang, want := range map[string]string{chart.ZH: "政府部门", chart.EN: "Department"} {
			s := series(t, decoded(t, chart.Network(net, "kind", nil, lang)), 0, "graph")
			if first := object(list(s["categories"])[0])["name"]; first != want {
				t.Errorf("%s: first category %v, want %s (departments come first)", lang, first, want)
			}
		}
	})

	t.Run("by community, in English", func(t *testing.T) {
		comm := communities(t, net)
		distinct := map[int]bool{}
		for _, c := range comm {
			distinct[c] = true
		}
		o := decoded(t, chart.Network(net, "community", comm, chart.EN))
		if !slices.ContainsFunc(list(object(o["legend"])["data"]), func(v any) bool { return strings.HasPrefix(v.(string), "Community ") }) {
			t.Errorf("legend %v names no community in English", o["legend"])
		}
		s := series(t, o, 0, "graph")
		if titleOf(o) != "Coordination network" || len(list(s["categories"])) != len(distinct) {
			t.Errorf("title %q, %d categories for %d communities", titleOf(o), len(list(s["categories"])), len(distinct))
		}
		cats := list(s["categories"])
		for i, d := range list(s["data"]) {
			c := int(d.(map[string]any)["category"].(float64))
			if want := fmt.Sprintf("Community %d · ", comm[net.Nodes[i].ID]); !strings.HasPrefix(cats[c].(map[string]any)["name"].(string), want) {
				t.Fatalf("node %s in category %v, want %s", net.Nodes[i].Name, cats[c], want)
			}
		}
	})

	t.Run("communities named by their biggest members and size, coloured apart", func(t *testing.T) {
		comm := communities(t, net)
		size := map[int]int{}
		biggest := map[int]graph.UnitNode{}
		for _, n := range net.Nodes { // nodes come by tasks descending
			c := comm[n.ID]
			if size[c] == 0 {
				biggest[c] = n
			}
			size[c]++
		}
		s := series(t, decoded(t, chart.Network(net, "community", comm, chart.ZH)), 0, "graph")
		colours := map[any]string{}
		for _, cat := range list(s["categories"]) {
			name := object(cat)["name"].(string)
			var c int
			if _, err := fmt.Sscanf(name, "社区 %d", &c); err != nil {
				t.Fatalf("category %q: %v", name, err)
			}
			if !strings.Contains(name, biggest[c].Name) || !strings.HasSuffix(name, fmt.Sprintf("（%d 个）", size[c])) {
				t.Errorf("category %q: want its biggest member %s and its size %d", name, biggest[c].Name, size[c])
			}
			colour := object(object(cat)["itemStyle"])["color"]
			if other, ok := colours[colour]; ok {
				t.Errorf("%q and %q share colour %v", name, other, colour)
			}
			colours[colour] = name
			if colour != chart.CommunityColour(c) {
				t.Errorf("%q coloured %v, want %s", name, colour, chart.CommunityColour(c))
			}
		}
	})

	t.Run("kind colours do not depend on the filter", func(t *testing.T) {
		colourOf := func(n *graph.UnitNetwork) map[string]any {
			out := map[string]any{}
			for _, cat := range list(series(t, decoded(t, chart.Network(n, "kind", nil, chart.ZH)), 0, "graph")["categories"]) {
				out[object(cat)["name"].(string)] = object(object(cat)["itemStyle"])["color"]
			}
			return out
		}
		all := colourOf(net)
		// Without the departments (the first kind), every other kind keeps its colour.
		rest := &graph.UnitNetwork{}
		for _, n := range net.Nodes {
			if n.Kind != graph.KindDepartment {
				rest.Nodes = append(rest.Nodes, n)
			}
		}
		part := colourOf(rest)
		if _, ok := part["政府部门"]; ok || len(part) == 0 {
			t.Fatalf("categories without departments: %v", part)
		}
		for name, c := range part {
			if all[name] != c {
				t.Errorf("%s is %v in the whole network, %v without departments", name, all[name], c)
			}
		}
	})

	t.Run("positions on the server, the same on every build", func(t *testing.T) {
		pos := func() []string {
			var out []string
			for _, d := range list(series(t, decoded(t, chart.Network(net, "kind", nil, chart.ZH)), 0, "graph")["data"]) {
				n := object(d)
				x, okX := n["x"].(float64)
				y, okY := n["y"].(float64)
				if !okX || !okY || x <= 0 || y <= 0 {
					t.Fatalf("node %v has no position", n)
				}
				out = append(out, fmt.Sprintf("%s@%v,%v", n["id"], x, y))
			}
			return out
		}
		first := pos()
		if again := pos(); !slices.Equal(first, again) {
			t.Errorf("positions differ between builds: %v… and %v…", first[:3], again[:3])
		}
		// Colouring by community moves no node.
		comm := communities(t, net)
		for i, d := range list(series(t, decoded(t, chart.Network(net, "community", comm, chart.ZH)), 0, "graph")["data"]) {
			n := object(d)
			if got := fmt.Sprintf("%s@%v,%v", n["id"], n["x"], n["y"]); got != first[i] {
				t.Fatalf("by community %s, by kind %s", got, first[i])
			}
		}
		// The series is drawn below the title and legend.
		if s := series(t, decoded(t, chart.Network(net, "kind", nil, chart.ZH)), 0, "graph"); s["top"] != "108" {
			t.Errorf("graph box top %v: under the legend", s["top"])
		}
	})

	t.Run("large network laid out on the server", func(t *testing.T) {
		big := ringNetwork(chart.LargeGraph + 50)
		o := decoded(t, chart.Network(big, "kind", nil, chart.ZH))
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
		// Only the biggest nodes keep a label.
		if label := object(s["label"]); label["show"] != false || label["width"] != 60.0 || s["animation"] != false {
			t.Errorf("label %v, series animation %v", label, s["animation"])
		}
		var labelled, unlabelled []float64
		for _, d := range list(s["data"]) {
			n := object(d)
			if object(n["label"])["show"] == true {
				labelled = append(labelled, n["symbolSize"].(float64))
			} else {
				unlabelled = append(unlabelled, n["symbolSize"].(float64))
			}
		}
		if len(labelled) != chart.LabelledNodes || slices.Min(labelled) < slices.Max(unlabelled) {
			t.Errorf("%d nodes labelled, the smallest of size %v; the biggest unlabelled %v", len(labelled), slices.Min(labelled), slices.Max(unlabelled))
		}
		graphStates(t, s)
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

// graphStates checks the hover and selection looks of a graph series.
func graphStates(tb testing.TB, s map[string]any) {
	tb.Helper()
	blur, sel := object(s["blur"]), object(s["select"])
	if object(blur["itemStyle"])["opacity"] != 0.15 || object(blur["lineStyle"])["opacity"] != 0.05 {
		tb.Errorf("blur %v", blur)
	}
	if object(sel["itemStyle"])["borderWidth"] != 2.0 || s["selectedMode"] != "single" || object(s["emphasis"])["focus"] != "adjacency" {
		tb.Errorf("select %v, selectedMode %v, emphasis %v", sel, s["selectedMode"], s["emphasis"])
	}
}

func TestCommunityColours(t *testing.T) {
	if len(chart.CommunityColours) < 20 {
		t.Fatalf("%d community colours; want at least 20", len(chart.CommunityColours))
	}
	seen := map[string]int{}
	for c := range len(chart.CommunityColours) {
		colour := chart.CommunityColour(c)
		if other, ok := seen[colour]; ok {
			t.Errorf("communities %d and %d share %s", other, c, colour)
		}
		seen[colour] = c
	}
	if chart.CommunityColour(0) == chart.CommunityColour(9) {
		t.Error("communities 0 and 9 share a colour")
	}
	for _, k := range graph.UnitKinds {
		if chart.KindColour(k) == chart.KindColour("no such kind") {
			t.Errorf("kind %s has no colour of its own in palette.json", k)
		}
		for _, other := range graph.UnitKinds {
			if k != other && chart.KindColour(k) == chart.KindColour(other) {
				t.Errorf("kinds %s and %s share %s", k, other, chart.KindColour(k))
			}
		}
	}
}
