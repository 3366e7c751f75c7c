package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"govgraph/api"
	"govgraph/graph"
	"govgraph/graph/analytics"
)

// tasksWith counts the seed tasks for which keep is true.
func tasksWith(doc *graph.Document, keep func(t *graph.Task) bool) int {
	n := 0
	for i := range doc.Tasks {
		if keep(&doc.Tasks[i]) {
			n++
		}
	}
	return n
}

// busiestLeader is the seed leader with the most tasks (the first by name on a tie).
func busiestLeader(doc *graph.Document) string {
	count := map[string]int{}
	for _, t := range doc.Tasks {
		for _, l := range t.Leaders {
			count[l]++
		}
	}
	best := ""
	for l, c := range count {
		if best == "" || c > count[best] || c == count[best] && l < best {
			best = l
		}
	}
	return best
}

func TestHealth(t *testing.T) {
	e := newEnv(t, true)
	var h api.Health
	e.get(t, u("/health")).status(t, http.StatusOK).decode(t, &h)
	counts, err := e.store.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if h.Status != "ok" || h.Store != "embedded" || h.Ping != "ok" || !h.ReadOnly || h.Cypher || h.Counts != counts {
		t.Errorf("health = %+v, want ok/embedded/read-only/no cypher with counts %+v", h, counts)
	}
	if h.Counts.Tasks != len(e.doc.Tasks) || h.Counts.Documents != 1 {
		t.Errorf("counts = %+v, want 1 document with %d tasks", h.Counts, len(e.doc.Tasks))
	}

	t.Run("unreachable store", func(t *testing.T) {
		e := newEnv(t, false)
		e.store.Close()
		p := e.get(t, u("/health")).problem(t, http.StatusServiceUnavailable)
		if p.Code != graph.EUNAVAILABLE || !strings.Contains(p.Detail, "embedded") {
			t.Errorf("problem = %+v, want unavailable naming the store", p)
		}
	})
}

func TestOpenAPIDocument(t *testing.T) {
	e := newEnv(t, false)
	var doc map[string]any
	e.get(t, u("/openapi.json")).status(t, http.StatusOK).decode(t, &doc)
	if doc["openapi"] != "3.0.3" {
		t.Errorf("openapi = %v", doc["openapi"])
	}
	yaml := e.get(t, u("/openapi.yaml")).status(t, http.StatusOK)
	if !strings.Contains(yaml.Body.String(), "openapi: 3.0.3") {
		t.Error("openapi.yaml is not the YAML document")
	}
	// Every route the server has is described, and nothing else.
	paths := doc["paths"].(map[string]any)
	for _, p := range []string{"/health", "/documents", "/documents/{id}", "/documents/{id}/source", "/tasks", "/leaders",
		"/leaders/{name}/portfolio", "/units", "/units/{name}", "/projects", "/projects/{name}", "/networks/units",
		"/networks/leaders", "/networks/bipartite", "/metrics/units", "/paths", "/neighbours", "/neighbours/{id}",
		"/search", "/charts/{view}", "/export", "/cypher", "/capabilities", "/openapi.json", "/openapi.yaml"} {
		if paths[p] == nil {
			t.Errorf("path %s is not described", p)
		}
	}
}

func TestDocuments(t *testing.T) {
	e := newEnv(t, true)
	id := e.doc.Meta.ID

	var list []graph.DocumentInfo
	e.get(t, u("/documents")).status(t, http.StatusOK).decode(t, &list)
	if len(list) != 1 || list[0].ID != id || list[0].Title != e.doc.Meta.Title || list[0].Stats.Tasks != len(e.doc.Tasks) {
		t.Fatalf("documents = %+v, want the seed with %d tasks", list, len(e.doc.Tasks))
	}

	var detail struct {
		graph.Document
		Stats graph.DocumentStats `json:"stats"`
	}
	e.get(t, u("/documents/"+id)).status(t, http.StatusOK).decode(t, &detail)
	if detail.Meta != e.doc.Meta || len(detail.Tasks) != len(e.doc.Tasks) || len(detail.Sections) != len(e.doc.Sections) ||
		len(detail.Themes) != len(e.doc.Themes) || len(detail.Diagnostics) != len(e.doc.Diagnostics) || detail.Stats != list[0].Stats {
		t.Errorf("document detail differs from the seed: meta %+v stats %+v", detail.Meta, detail.Stats)
	}
	for i, task := range detail.Tasks {
		if task.Text != e.doc.Tasks[i].Text || !slices.Equal(task.Units, e.doc.Tasks[i].Units) {
			t.Fatalf("task %d = %+v, want %+v", i, task, e.doc.Tasks[i])
		}
	}

	var src api.DocumentSource
	e.get(t, u("/documents/"+id+"/source")).status(t, http.StatusOK).decode(t, &src)
	if src.Source != e.doc.Source || len(src.Tasks) != len(e.doc.Tasks) || len(src.Sections) != len(e.doc.Sections) {
		t.Fatalf("source: %d tasks, %d sections; want %d, %d", len(src.Tasks), len(src.Sections), len(e.doc.Tasks), len(e.doc.Sections))
	}
	points := []rune(src.Source)
	for i, span := range src.Tasks {
		want := e.doc.Tasks[i]
		if span.ID != want.ID || span.Annotation != want.Annotation || string(points[span.Start:span.End]) != want.Text {
			t.Errorf("span %d = %+v does not locate %q", i, span, want.Text)
		}
	}

	t.Run("unknown", func(t *testing.T) {
		for _, path := range []string{"/documents/0000000000000000", "/documents/0000000000000000/source"} {
			p := e.get(t, u(path)).problem(t, http.StatusNotFound)
			if p.Code != graph.ENOTFOUND {
				t.Errorf("%s: code %s", path, p.Code)
			}
		}
	})
}

func TestTasks(t *testing.T) {
	e := newEnv(t, true)
	doc := e.doc
	id := doc.Meta.ID
	leader := busiestLeader(doc)
	unit := doc.Tasks[0].Involved()[0]
	total := len(doc.Tasks)
	word := "项目"
	tests := []struct {
		name      string
		query     []string
		total     int
		page      int
		firstTask int
	}{
		{"all, default page", nil, total, min(total, api.DefaultTaskPage), 0},
		{"all at once", []string{"limit", "1000"}, total, total, 0},
		{"second page", []string{"limit", "50", "offset", "50"}, total, min(50, total-50), 50},
		{"past the end", []string{"offset", fmt.Sprint(total + 5)}, total, 0, -1},
		{"document repeated", []string{"document", id, "document", id, "limit", "1000"}, total, total, 0},
		{"document comma-separated", []string{"document", id + ",other", "limit", "1000"}, total, total, 0},
		{"unknown document", []string{"document", "nope"}, 0, 0, -1},
		{"leader", []string{"leader", leader, "limit", "1000"},
			tasksWith(doc, func(t *graph.Task) bool { return slices.Contains(t.Leaders, leader) }), -1, -1},
		{"unit", []string{"unit", unit, "limit", "1000"},
			tasksWith(doc, func(t *graph.Task) bool { return slices.Contains(t.Involved(), unit) }), -1, -1},
		{"section 0", []string{"section", "0", "document", id, "limit", "1000"},
			tasksWith(doc, func(t *graph.Task) bool { return t.Section == 0 }), -1, 0},
		{"text", []string{"q", word, "limit", "1000"},
			tasksWith(doc, func(t *graph.Task) bool { return strings.Contains(t.Text, word) }), -1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var page api.TaskList
			e.get(t, u("/tasks", tt.query...)).status(t, http.StatusOK).decode(t, &page)
			if page.Total != tt.total {
				t.Errorf("total = %d, want %d", page.Total, tt.total)
			}
			if tt.page >= 0 && len(page.Tasks) != tt.page {
				t.Errorf("page has %d tasks, want %d", len(page.Tasks), tt.page)
			}
			if tt.page < 0 && len(page.Tasks) != tt.total {
				t.Errorf("page has %d tasks, want all %d", len(page.Tasks), tt.total)
			}
			if tt.firstTask >= 0 && len(page.Tasks) > 0 && page.Tasks[0].Index != tt.firstTask {
				t.Errorf("first task %d, want %d", page.Tasks[0].Index, tt.firstTask)
			}
			for i := 1; i < len(page.Tasks); i++ {
				if page.Tasks[i-1].Index >= page.Tasks[i].Index {
					t.Fatalf("tasks out of order at %d", i)
				}
			}
		})
	}
	if tests[7].total == 0 || tests[8].total == 0 || tests[10].total == 0 {
		t.Fatalf("the seed should give non-empty leader, unit and text filters: %d %d %d", tests[7].total, tests[8].total, tests[10].total)
	}
}

func TestBadParameters(t *testing.T) {
	e := newEnv(t, true)
	id := e.doc.Meta.ID
	tests := []struct {
		path  string
		query []string
		param string // the message must name it
	}{
		{"/tasks", []string{"limit", "abc"}, "limit"},
		{"/tasks", []string{"limit", "1001"}, "limit"},
		{"/tasks", []string{"limit", "0"}, "limit"},
		{"/tasks", []string{"offset", "-1"}, "offset"},
		{"/tasks", []string{"section", "first"}, "section"},
		{"/tasks", []string{"q", strings.Repeat("长", api.MaxQueryLength+1)}, "q"},
		{"/networks/units", []string{"role", "owner"}, "role"},
		{"/networks/units", []string{"min_weight", "0"}, "min_weight"},
		{"/networks/units", []string{"metrics", "maybe"}, "metrics"},
		{"/networks/units", []string{"limit", "-3"}, "limit"},
		{"/networks/leaders", []string{"role", "boss"}, "role"},
		{"/networks/bipartite", []string{"limit", "1001"}, "limit"},
		{"/metrics/units", []string{"groups", "colour"}, "groups"},
		{"/neighbours", []string{"id", "unit:x/y", "depth", "4"}, "depth"},
		{"/neighbours", []string{"id", "unit:x/y", "depth", "0"}, "depth"},
		{"/neighbours", []string{"id", "unit:x/y", "limit", "501"}, "limit"},
		{"/neighbours", nil, "id"},
		{"/neighbours", []string{"id", "nonsense"}, "id"},
		{"/neighbours/nonsense", nil, "node id"},
		{"/paths", []string{"from", "unit:a/b"}, "to"},
		{"/paths", []string{"from", "bogus:a", "to", "unit:a/b"}, "from"},
		{"/search", nil, "q"},
		{"/search", []string{"q", "区", "limit", "101"}, "limit"},
		{"/charts/network", []string{"lang", "fr"}, "lang"},
		{"/charts/network", []string{"colour", "rainbow"}, "colour"},
		{"/charts/portfolio", nil, "leader"},
		{"/charts/bottleneck", []string{"top", "0"}, "top"},
		{"/charts/structure", []string{"document", id + ",other"}, "document"},
		{"/export", []string{"format", "pdf"}, "format"},
		{"/export", []string{"tasks", "sometimes"}, "tasks"},
	}
	for _, tt := range tests {
		t.Run(strings.TrimPrefix(tt.path, "/")+"?"+strings.Join(tt.query, "="), func(t *testing.T) {
			p := e.get(t, u(tt.path, tt.query...)).problem(t, http.StatusBadRequest)
			if p.Code != graph.EINVALID || !strings.Contains(p.Detail, tt.param) {
				t.Errorf("problem %q (%s) does not name %q", p.Detail, p.Code, tt.param)
			}
		})
	}
}

func TestEntities(t *testing.T) {
	e := newEnv(t, true)
	doc := e.doc
	ctx := context.Background()

	t.Run("leaders", func(t *testing.T) {
		var list []graph.LeaderInfo
		e.get(t, u("/leaders")).status(t, http.StatusOK).decode(t, &list)
		want, _ := e.store.Leaders(ctx, graph.EntityFilter{})
		if len(list) == 0 || len(list) != len(want) {
			t.Fatalf("%d leaders, want %d", len(list), len(want))
		}
		for _, l := range list {
			n := tasksWith(doc, func(t *graph.Task) bool { return slices.Contains(t.Leaders, l.Name) })
			if l.Tasks != n {
				t.Errorf("leader %s: %d tasks, the seed has %d", l.Name, l.Tasks, n)
			}
		}
		var filtered []graph.LeaderInfo
		e.get(t, u("/leaders", "document", "nope")).status(t, http.StatusOK).decode(t, &filtered)
		if len(filtered) != 0 {
			t.Errorf("leaders of an unknown document: %d", len(filtered))
		}
	})

	t.Run("portfolio", func(t *testing.T) {
		leader := busiestLeader(doc)
		var pf graph.Portfolio
		e.get(t, u("/leaders/"+esc(leader)+"/portfolio", "jurisdiction", doc.Meta.Jurisdiction, "document", doc.Meta.ID)).
			status(t, http.StatusOK).decode(t, &pf)
		n := tasksWith(doc, func(t *graph.Task) bool { return slices.Contains(t.Leaders, leader) })
		if pf.Leader.Name != leader || len(pf.Tasks) != n || len(pf.Sections) == 0 {
			t.Errorf("portfolio of %s: %d tasks, %d sections; want %d tasks", leader, len(pf.Tasks), len(pf.Sections), n)
		}
		e.get(t, u("/leaders/"+esc("无此人")+"/portfolio")).problem(t, http.StatusNotFound)
	})

	t.Run("units", func(t *testing.T) {
		var list []graph.UnitInfo
		e.get(t, u("/units")).status(t, http.StatusOK).decode(t, &list)
		if len(list) == 0 {
			t.Fatal("no units")
		}
		for i := 1; i < len(list); i++ {
			if list[i-1].Tasks < list[i].Tasks {
				t.Fatalf("units not ordered by tasks at %d", i)
			}
		}
		top := list[0]
		var detail graph.UnitDetail
		e.get(t, u("/units/"+esc(top.Name), "jurisdiction", top.Jurisdiction)).status(t, http.StatusOK).decode(t, &detail)
		n := tasksWith(doc, func(t *graph.Task) bool { return slices.Contains(t.Involved(), top.Name) })
		if detail.Name != top.Name || len(detail.TaskList) != top.Tasks || top.Tasks != n {
			t.Errorf("unit %s: %d tasks listed, %d counted, the seed has %d", top.Name, len(detail.TaskList), top.Tasks, n)
		}
		e.get(t, u("/units/"+esc("无此单位"))).problem(t, http.StatusNotFound)
	})

	t.Run("projects", func(t *testing.T) {
		var list []graph.ProjectInfo
		e.get(t, u("/projects")).status(t, http.StatusOK).decode(t, &list)
		want, _ := e.store.Projects(ctx, graph.EntityFilter{})
		if len(list) != len(want) {
			t.Fatalf("%d projects, want %d", len(list), len(want))
		}
		if len(list) == 0 {
			t.Fatal("the seed names projects; none listed")
		}
		var detail graph.ProjectDetail
		e.get(t, u("/projects/"+esc(list[0].Name))).status(t, http.StatusOK).decode(t, &detail)
		if detail.Name != list[0].Name || len(detail.TaskList) != list[0].Tasks {
			t.Errorf("project %s: %d tasks, want %d", list[0].Name, len(detail.TaskList), list[0].Tasks)
		}
		e.get(t, u("/projects/"+esc("无此项目"))).problem(t, http.StatusNotFound)
	})
}

func TestUnitNetwork(t *testing.T) {
	e := newEnv(t, true)
	doc := e.doc
	var net graph.UnitNetwork
	e.get(t, u("/networks/units")).status(t, http.StatusOK).decode(t, &net)

	// Nodes: every unit involved in a task; links: pairs sharing tasks.
	units := map[string]bool{}
	pairs := map[[2]string]int{}
	for _, task := range doc.Tasks {
		inv := task.Involved()
		for i, a := range inv {
			units[a] = true
			for _, b := range inv[i+1:] {
				k := [2]string{min(a, b), max(a, b)}
				pairs[k]++
			}
		}
	}
	if len(net.Nodes) != len(units) || len(net.Links) != len(pairs) {
		t.Fatalf("network has %d nodes and %d links; the seed has %d units and %d pairs", len(net.Nodes), len(net.Links), len(units), len(pairs))
	}
	name := map[string]string{}
	for _, n := range net.Nodes {
		name[n.ID] = n.Name
	}
	for i, l := range net.Links {
		a, b := name[l.Source], name[l.Target]
		if l.Weight != pairs[[2]string{min(a, b), max(a, b)}] || l.Weight != len(l.Tasks) {
			t.Errorf("link %s–%s weight %d, the seed has %d", a, b, l.Weight, pairs[[2]string{min(a, b), max(a, b)}])
		}
		if i > 0 && net.Links[i-1].Weight < l.Weight {
			t.Fatalf("links not sorted by weight at %d", i)
		}
	}

	t.Run("metrics", func(t *testing.T) {
		var withMetrics graph.UnitNetwork
		e.get(t, u("/networks/units", "metrics", "1")).status(t, http.StatusOK).decode(t, &withMetrics)
		if len(withMetrics.Nodes) != len(net.Nodes) {
			t.Fatalf("%d nodes with metrics, %d without", len(withMetrics.Nodes), len(net.Nodes))
		}
		for _, n := range withMetrics.Nodes {
			if _, ok := n.Metrics[analytics.MetricBetweenness]; !ok || n.Metrics[analytics.MetricTasks] != float64(n.Tasks) {
				t.Fatalf("node %s metrics %v", n.Name, n.Metrics)
			}
		}
	})

	t.Run("min_weight and limit", func(t *testing.T) {
		var heavy graph.UnitNetwork
		e.get(t, u("/networks/units", "min_weight", "2", "limit", "10")).status(t, http.StatusOK).decode(t, &heavy)
		if len(heavy.Links) == 0 || len(heavy.Links) > 10 {
			t.Fatalf("%d links, want 1..10", len(heavy.Links))
		}
		for _, l := range heavy.Links {
			if l.Weight < 2 {
				t.Errorf("link of weight %d kept", l.Weight)
			}
		}
	})

	t.Run("role lead", func(t *testing.T) {
		var lead graph.UnitNetwork
		e.get(t, u("/networks/units", "role", "lead")).status(t, http.StatusOK).decode(t, &lead)
		leads := map[string]bool{}
		for _, task := range doc.Tasks {
			for _, l := range task.LeadUnits {
				leads[l] = true
			}
		}
		if len(lead.Nodes) != len(leads) {
			t.Errorf("%d lead-unit nodes, the seed has %d lead units", len(lead.Nodes), len(leads))
		}
	})
}

func TestLeaderAndBipartiteNetworks(t *testing.T) {
	e := newEnv(t, true)
	doc := e.doc

	var ln graph.LeaderNetwork
	e.get(t, u("/networks/leaders", "document", doc.Meta.ID)).status(t, http.StatusOK).decode(t, &ln)
	want := graph.LeaderNetworkOf(recordsOf(doc), graph.RoleAny, 1, 0)
	if len(ln.Nodes) == 0 || len(ln.Nodes) != len(want.Nodes) || len(ln.Links) != len(want.Links) {
		t.Fatalf("leader network %d nodes %d links; built from the seed %d, %d", len(ln.Nodes), len(ln.Links), len(want.Nodes), len(want.Links))
	}

	var bp graph.Subgraph
	e.get(t, u("/networks/bipartite")).status(t, http.StatusOK).decode(t, &bp)
	kinds := map[string]int{}
	for _, n := range bp.Nodes {
		kinds[n.Kind]++
	}
	if kinds[graph.NodeTask] != len(doc.Tasks) || bp.Truncated {
		t.Errorf("bipartite: %v, truncated %v; want %d tasks", kinds, bp.Truncated, len(doc.Tasks))
	}
	var cut graph.Subgraph
	e.get(t, u("/networks/bipartite", "limit", "5")).status(t, http.StatusOK).decode(t, &cut)
	if !cut.Truncated {
		t.Error("5 of 144 tasks is not marked truncated")
	}
}

// recordsOf turns a document's tasks into task records, as the store does.
func recordsOf(doc *graph.Document) []graph.TaskRecord {
	out := make([]graph.TaskRecord, len(doc.Tasks))
	for i, t := range doc.Tasks {
		out[i] = graph.TaskRecord{Task: t, Document: doc.Meta.ID, Jurisdiction: doc.Meta.Jurisdiction}
	}
	return out
}

func TestUnitMetrics(t *testing.T) {
	e := newEnv(t, true)
	for _, groups := range []string{"kind", "leader"} {
		t.Run(groups, func(t *testing.T) {
			var rep analytics.Report
			e.get(t, u("/metrics/units", "groups", groups, "seed", "7")).status(t, http.StatusOK).decode(t, &rep)
			counts, _ := e.store.Counts(context.Background())
			if rep.Groups != groups || rep.Seed != 7 || len(rep.Units) == 0 || len(rep.Units) > counts.Units ||
				len(rep.Leaders) == 0 || rep.Definitions[analytics.MetricBottleneck] == "" {
				t.Fatalf("report: groups %s, %d units, %d leaders", rep.Groups, len(rep.Units), len(rep.Leaders))
			}
			for i := 1; i < len(rep.Units); i++ {
				if rep.Units[i-1].Bottleneck.Score < rep.Units[i].Bottleneck.Score {
					t.Fatalf("units not ranked by bottleneck at %d", i)
				}
			}
		})
	}
}

func TestGraphQueries(t *testing.T) {
	e := newEnv(t, true)
	doc := e.doc
	jur := doc.Meta.Jurisdiction
	unitA := doc.Tasks[0].Involved()[0]
	unitID := graph.NodeID(graph.NodeUnit, graph.EntityKey(jur, unitA))
	taskID := graph.NodeID(graph.NodeTask, doc.Tasks[0].ID)

	t.Run("neighbours", func(t *testing.T) {
		var byQuery, byPath, unescaped graph.Subgraph
		e.get(t, u("/neighbours", "id", unitID, "depth", "1")).status(t, http.StatusOK).decode(t, &byQuery)
		e.get(t, u("/neighbours/"+esc(unitID), "depth", "1")).status(t, http.StatusOK).decode(t, &byPath)
		e.sendRaw(t, httptest.NewRequest(http.MethodGet, u("/neighbours/unit:"+esc(jur)+"/"+esc(unitA)), nil)).
			status(t, http.StatusOK).decode(t, &unescaped)
		if len(byQuery.Nodes) < 2 || !slices.ContainsFunc(byQuery.Nodes, func(n graph.Node) bool { return n.ID == unitID }) {
			t.Fatalf("neighbours of %s: %+v", unitID, byQuery.Nodes)
		}
		if fmt.Sprint(byQuery) != fmt.Sprint(byPath) || fmt.Sprint(byQuery) != fmt.Sprint(unescaped) {
			t.Error("the query, escaped-path and plain-path forms differ")
		}
		var task graph.Subgraph
		e.get(t, u("/neighbours/"+esc(taskID), "depth", "2", "limit", "5")).status(t, http.StatusOK).decode(t, &task)
		if len(task.Nodes) != 5 || !task.Truncated {
			t.Errorf("limit 5: %d nodes, truncated %v", len(task.Nodes), task.Truncated)
		}
		e.get(t, u("/neighbours", "id", "unit:"+jur+"/无此单位")).problem(t, http.StatusNotFound)
	})

	t.Run("paths", func(t *testing.T) {
		other := doc.Tasks[len(doc.Tasks)-1].Involved()[0]
		to := graph.NodeID(graph.NodeUnit, graph.EntityKey(jur, other))
		var path graph.Subgraph
		e.get(t, u("/paths", "from", unitID, "to", to)).status(t, http.StatusOK).decode(t, &path)
		ids := map[string]bool{}
		for _, n := range path.Nodes {
			ids[n.ID] = true
		}
		if !ids[unitID] || !ids[to] || len(path.Edges) != len(path.Nodes)-1 {
			t.Errorf("path %s → %s: %d nodes, %d edges", unitID, to, len(path.Nodes), len(path.Edges))
		}
		e.get(t, u("/paths", "from", unitID, "to", "unit:"+jur+"/无此单位")).problem(t, http.StatusNotFound)
	})

	t.Run("search", func(t *testing.T) {
		var hits []graph.SearchHit
		e.get(t, u("/search", "q", unitA, "limit", "50")).status(t, http.StatusOK).decode(t, &hits)
		if !slices.ContainsFunc(hits, func(h graph.SearchHit) bool { return h.ID == unitID && h.Kind == graph.NodeUnit }) {
			t.Errorf("search %q: %+v lacks the unit", unitA, hits)
		}
		var none []graph.SearchHit
		e.get(t, u("/search", "q", "zzzz-nothing")).status(t, http.StatusOK).decode(t, &none)
		if none == nil || len(none) != 0 {
			t.Errorf("no hits should be [], got %v", none)
		}
	})
}

func TestRoutingAndMiddleware(t *testing.T) {
	e := newEnv(t, true)

	t.Run("unknown API route", func(t *testing.T) {
		r := e.sendRaw(t, httptest.NewRequest(http.MethodGet, u("/nothing/here"), nil))
		if p := r.problem(t, http.StatusNotFound); !strings.Contains(p.Detail, "/api/v1/nothing/here") {
			t.Errorf("detail %q", p.Detail)
		}
	})
	t.Run("method not allowed", func(t *testing.T) {
		r := e.sendRaw(t, httptest.NewRequest(http.MethodPut, u("/documents"), nil))
		r.problem(t, http.StatusMethodNotAllowed)
		if allow := r.Header().Get("Allow"); !strings.Contains(allow, "GET") || !strings.Contains(allow, "POST") {
			t.Errorf("Allow = %q", allow)
		}
	})
	t.Run("request id", func(t *testing.T) {
		r := e.get(t, u("/documents"), "X-Request-ID", "trace-42")
		if got := r.Header().Get("X-Request-ID"); got != "trace-42" {
			t.Errorf("request id %q, want the client's", got)
		}
		r = e.get(t, u("/documents"), "X-Request-ID", "bad id\twith tab")
		if got := r.Header().Get("X-Request-ID"); got == "" || strings.ContainsAny(got, " \t") {
			t.Errorf("request id %q, want a fresh one", got)
		}
		if !strings.Contains(e.logs.String(), `"requestId":"trace-42"`) || !strings.Contains(e.logs.String(), `"msg":"http request"`) {
			t.Errorf("access log lacks the request: %s", e.logs.String())
		}
	})
	t.Run("security headers", func(t *testing.T) {
		r := e.get(t, u("/health"))
		if r.Header().Get("X-Content-Type-Options") != "nosniff" || !strings.Contains(r.Header().Get("Content-Security-Policy"), "default-src 'self'") ||
			strings.Contains(r.Header().Get("Content-Security-Policy"), "script-src 'self' 'unsafe-inline'") {
			t.Errorf("headers %v", r.Header())
		}
	})
}

// failingStore is the real embedded store with one method made to fail in
// a given way, to see how the API reports failures it cannot cause itself.
type failingStore struct {
	graph.Store
	documents func(ctx context.Context) ([]graph.DocumentInfo, error)
}

func (f failingStore) Documents(ctx context.Context) ([]graph.DocumentInfo, error) {
	return f.documents(ctx)
}

func TestFailures(t *testing.T) {
	tests := []struct {
		name      string
		timeout   time.Duration
		documents func(ctx context.Context) ([]graph.DocumentInfo, error)
		status    int
		code      string
		detail    string
		logged    string
	}{
		{"internal error", 0, func(context.Context) ([]graph.DocumentInfo, error) {
			return nil, fmt.Errorf("disk on fire at sector 7")
		}, http.StatusInternalServerError, graph.EINTERNAL, "internal error", "disk on fire at sector 7"},
		{"panic", 0, func(context.Context) ([]graph.DocumentInfo, error) {
			panic("index out of range in the store")
		}, http.StatusInternalServerError, graph.EINTERNAL, "internal error", "index out of range in the store"},
		{"request timeout", 20 * time.Millisecond, func(ctx context.Context) ([]graph.DocumentInfo, error) {
			<-ctx.Done()
			return nil, ctx.Err()
		}, http.StatusGatewayTimeout, graph.ETIMEOUT, "time limit", "request failed"},
		{"store unavailable", 0, func(context.Context) ([]graph.DocumentInfo, error) {
			return nil, &graph.Error{Code: graph.EUNAVAILABLE, Message: "Neo4j at bolt://db:7687 does not answer", Err: fmt.Errorf("dial tcp: refused")}
		}, http.StatusServiceUnavailable, graph.EUNAVAILABLE, "does not answer", "dial tcp: refused"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, false)
			e.cfg.Store = failingStore{Store: e.store, documents: tt.documents}
			e.cfg.RequestTimeout = tt.timeout
			e.handler = api.NewHandler(e.cfg)
			p := e.get(t, u("/documents")).problem(t, tt.status)
			if p.Code != tt.code || !strings.Contains(p.Detail, tt.detail) {
				t.Errorf("problem %+v, want code %s and detail with %q", p, tt.code, tt.detail)
			}
			if tt.code == graph.EINTERNAL && strings.Contains(p.Detail, tt.logged) {
				t.Errorf("the client was told the internal detail %q", tt.logged)
			}
			if !strings.Contains(e.logs.String(), tt.logged) {
				t.Errorf("log lacks %q:\n%s", tt.logged, e.logs.String())
			}
		})
	}
}

func TestStaticUI(t *testing.T) {
	assets := fstest.MapFS{
		"index.html":             {Data: []byte(`<!doctype html><script type="module" src="./assets/index-abc123.js"></script>`)},
		"assets/index-abc123.js": {Data: []byte(`console.log("govgraph")`)},
	}
	e := newEnv(t, false, func(c *api.Config) { c.Assets = assets })
	tests := []struct {
		path, cache, body string
		status            int
	}{
		{"/", "no-cache", "<!doctype html>", http.StatusOK},
		{"/index.html", "no-cache", "<!doctype html>", http.StatusOK},
		{"/network/units", "no-cache", "<!doctype html>", http.StatusOK}, // a client-side route
		{"/assets/index-abc123.js", "immutable", `console.log("govgraph")`, http.StatusOK},
		{"/assets/index-gone.js", "", "", http.StatusNotFound},
		{"/favicon.ico", "", "", http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			r := e.sendRaw(t, httptest.NewRequest(http.MethodGet, tt.path, nil))
			if tt.status != http.StatusOK {
				r.problem(t, tt.status)
				return
			}
			r.status(t, tt.status)
			if !strings.Contains(r.Header().Get("Cache-Control"), tt.cache) || !strings.Contains(r.Body.String(), tt.body) {
				t.Errorf("cache %q body %q", r.Header().Get("Cache-Control"), r.Body.String())
			}
			if !strings.Contains(r.Header().Get("Content-Security-Policy"), "script-src 'self'") || r.Header().Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("UI without security headers: %v", r.Header())
			}
		})
	}
	if ct := e.sendRaw(t, httptest.NewRequest(http.MethodGet, "/assets/index-abc123.js", nil)).Header().Get("Content-Type"); !strings.Contains(ct, "javascript") {
		t.Errorf("script served as %q", ct)
	}
	e.sendRaw(t, httptest.NewRequest(http.MethodPost, "/", nil)).problem(t, http.StatusMethodNotAllowed)

	t.Run("no UI built", func(t *testing.T) {
		e := newEnv(t, false)
		p := e.sendRaw(t, httptest.NewRequest(http.MethodGet, "/", nil)).problem(t, http.StatusNotFound)
		if !strings.Contains(p.Detail, "/api/v1") {
			t.Errorf("detail %q", p.Detail)
		}
	})
}

func TestJSONIsUTF8AndUnescaped(t *testing.T) {
	e := newEnv(t, true)
	r := e.get(t, u("/units"))
	if ct := r.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("content type %q", ct)
	}
	var list []graph.UnitInfo
	r.decode(t, &list)
	if !strings.Contains(r.Body.String(), list[0].Name) {
		t.Error("Chinese names are escaped in the JSON")
	}
	if !json.Valid(r.Body.Bytes()) {
		t.Error("invalid JSON")
	}
}
