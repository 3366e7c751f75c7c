package export_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"govgraph/graph"
	"govgraph/graph/analytics"
	"govgraph/graph/embedded"
	"govgraph/graph/export"
	"govgraph/graph/extract"
)

// hostile is a unit name with markup, quotes and control characters; XML
// formats must drop the controls that XML 1.0 forbids and keep the rest.
const hostile = "区<财政>&\"局'\x01\x0b\x1f\ufffe]]>\t\n\r 尾"

// hostileClean is what survives in XML and CSV.
const hostileClean = "区<财政>&\"局']]>\t\n\r 尾"

var generated = time.Date(2024, 3, 5, 6, 7, 8, 0, time.UTC)

// fixture is a small network with hostile strings, integer and double
// metrics, a NaN, and the tasks behind it.
func fixture() export.Dataset {
	const jur = "济南市历下区"
	uid := func(name string) string { return graph.NodeID(graph.NodeUnit, graph.EntityKey(jur, name)) }
	a, b, c := "区发展和改革局", hostile, "各街道办事处"
	doc := "d1"
	tid := func(i int) string { return graph.TaskID(doc, i) }
	net := &graph.UnitNetwork{
		Nodes: []graph.UnitNode{
			{ID: uid(a), Name: a, Jurisdiction: jur, Kind: graph.KindDepartment, Tasks: 3, LeadTasks: 2, Leaders: 2,
				TaskIDs: []string{tid(0), tid(1), tid(2)},
				Metrics: map[string]float64{"tasks": 3, "betweenness": 0.25, "community": 2, "closeness": math.NaN(), "pageRank": 1.0 / 3}},
			{ID: uid(b), Name: b, Jurisdiction: jur, Kind: graph.KindDepartment, Tasks: 3, Leaders: 1,
				TaskIDs: []string{tid(0), tid(1), tid(2)},
				Metrics: map[string]float64{"tasks": 3, "betweenness": 0, "community": 2, "closeness": 1, "pageRank": 1.0 / 3}},
			{ID: uid(c), Name: c, Jurisdiction: jur, Kind: graph.KindStreet, Collective: true, Tasks: 1, Leaders: 1,
				TaskIDs: []string{tid(2)},
				Metrics: map[string]float64{"tasks": 1, "betweenness": 0, "community": 0, "closeness": 0.5, "pageRank": 1.0 / 3}},
		},
		Links: []graph.UnitLink{
			{Source: uid(a), Target: uid(b), Weight: 3, Tasks: []string{tid(0), tid(1), tid(2)}},
			{Source: uid(a), Target: uid(c), Weight: 1, Tasks: []string{tid(2)}},
		},
	}
	task := func(i int, text string, leaders, leads, units []string) graph.TaskRecord {
		return graph.TaskRecord{
			Task:     graph.Task{ID: tid(i), Index: i, Section: 1, Text: text, Leaders: leaders, LeadUnits: leads, Units: units, Theme: "主题&<>"},
			Document: doc, Jurisdiction: jur, SectionTitle: "（一）统筹",
		}
	}
	return export.Dataset{
		Network: net,
		Documents: []graph.DocumentMeta{{ID: doc, Title: "2023年《济南市历下区政府工作报告》目标任务分解", Jurisdiction: jur, Year: 2023,
			Hash: "ab12cd34"}},
		Definitions:  map[string]string{"betweenness": "share of shortest paths <through> the unit & more", "community": "Louvain community", "closeness": "closeness", "pageRank": "PageRank", "tasks": "load", "density": "links / possible links"},
		GraphMetrics: map[string]float64{"density": 2.0 / 3},
		Version:      "5f0e7d2c-41",
		Tasks: []graph.TaskRecord{
			task(0, "推进\x02第一项任务", []string{"武毅"}, []string{a}, []string{b}),
			task(1, "第二项任务", []string{"武毅"}, []string{a}, []string{b}),
			task(2, "第三项任务", []string{"洪露", "武毅"}, []string{}, []string{a, b, c}),
		},
		Generated: generated,
	}
}

// Expected totals of the fixture: 3 units + 2 leaders + 3 tasks; 2
// co-assignment edges + 4 leader edges + 2 lead + 5 responsible edges.
const (
	fixtureNodes = 8
	fixtureEdges = 13
)

func TestFormatNames(t *testing.T) {
	for _, f := range export.Formats {
		t.Run(f, func(t *testing.T) {
			if got, err := export.Format(strings.ToUpper(f)); err != nil || got != f {
				t.Fatalf("Format(%q) = %q, %v", strings.ToUpper(f), got, err)
			}
			if export.ContentType(f) == "" || export.FileName(f) == "" {
				t.Fatalf("ContentType/FileName of %q empty", f)
			}
		})
	}
	var buf bytes.Buffer
	err := export.Write(&buf, "pajek", fixture())
	if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), "pajek") {
		t.Fatalf("unknown format: err = %v, want EINVALID naming it", err)
	}
	if export.ContentType("pajek") != "" || export.FileName("pajek") != "" {
		t.Fatal("unknown format has a content type or file name")
	}
	if err := export.Write(&buf, "json", export.Dataset{}); graph.ErrorCode(err) != graph.EINVALID {
		t.Fatalf("no network: err = %v, want EINVALID", err)
	}
	bad := fixture()
	bad.Network.Links = append(bad.Network.Links, graph.UnitLink{Source: "unit:x/y", Target: bad.Network.Nodes[0].ID, Weight: 1})
	if err := export.Write(&buf, "gexf", bad); graph.ErrorCode(err) != graph.EINVALID {
		t.Fatalf("dangling link: err = %v, want EINVALID", err)
	}
}

// readGraph is an export read back into one shape for comparison.
type readGraph struct {
	nodes       map[string]map[string]string // node id -> attribute -> value
	labels      map[string]string
	edges       []readEdge
	types       map[string]string // node attribute -> declared type
	definitions string            // all definition text found
	meta        string            // text holding generation time, version, documents
}

type readEdge struct {
	source, target string
	weight         string
	attrs          map[string]string
}

func (g readGraph) edge(tb testing.TB, source, target string) readEdge {
	tb.Helper()
	for _, e := range g.edges {
		if e.source == source && e.target == target || e.source == target && e.target == source {
			return e
		}
	}
	tb.Fatalf("no edge %s – %s", source, target)
	return readEdge{}
}

// assertWellFormed parses every token of an XML document.
func assertWellFormed(tb testing.TB, data []byte) {
	tb.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			tb.Fatalf("export is not well-formed XML: %v", err)
		}
	}
}

// GraphML as the test reads it.
type gmlFile struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
		Desc string `xml:"desc"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string    `xml:"edgedefault,attr"`
		Desc        string    `xml:"desc"`
		Data        []gmlData `xml:"data"`
		Nodes       []struct {
			ID   string    `xml:"id,attr"`
			Data []gmlData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source string    `xml:"source,attr"`
			Target string    `xml:"target,attr"`
			Data   []gmlData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

func readGraphML(tb testing.TB, data []byte) readGraph {
	tb.Helper()
	assertWellFormed(tb, data)
	var f gmlFile
	if err := xml.Unmarshal(data, &f); err != nil {
		tb.Fatalf("GraphML: %v", err)
	}
	if f.Graph.EdgeDefault != "undirected" {
		tb.Fatalf("edgedefault = %q", f.Graph.EdgeDefault)
	}
	type key struct{ domain, name, typ string }
	keys := map[string]key{}
	g := readGraph{nodes: map[string]map[string]string{}, labels: map[string]string{}, types: map[string]string{}}
	var defs strings.Builder
	for _, k := range f.Keys {
		if _, dup := keys[k.ID]; dup {
			tb.Fatalf("key id %q declared twice", k.ID)
		}
		if !slices.Contains([]string{"string", "int", "double", "boolean"}, k.Type) {
			tb.Fatalf("key %q has type %q", k.Name, k.Type)
		}
		keys[k.ID] = key{k.For, k.Name, k.Type}
		if k.For == "node" {
			g.types[k.Name] = k.Type
		}
		defs.WriteString(k.Name + ": " + k.Desc + "\n")
	}
	g.definitions = defs.String() + f.Graph.Desc
	// Every value must be declared for its domain and parse as its type.
	value := func(domain string, d gmlData) (string, string) {
		k, ok := keys[d.Key]
		if !ok || k.domain != domain {
			tb.Fatalf("data key %q is not declared for %s", d.Key, domain)
		}
		checkType(tb, k.name, k.typ, d.Value)
		return k.name, d.Value
	}
	var meta strings.Builder
	for _, d := range f.Graph.Data {
		name, v := value("graph", d)
		meta.WriteString(name + "=" + v + "\n")
	}
	g.meta = meta.String()
	local := map[string]string{}
	for _, n := range f.Graph.Nodes {
		attrs := map[string]string{}
		for _, d := range n.Data {
			name, v := value("node", d)
			attrs[name] = v
		}
		id := attrs["nodeId"]
		local[n.ID] = id
		g.labels[id] = attrs["label"]
		g.nodes[id] = attrs
	}
	for _, e := range f.Graph.Edges {
		re := readEdge{source: local[e.Source], target: local[e.Target], attrs: map[string]string{}}
		if re.source == "" || re.target == "" {
			tb.Fatalf("edge %s – %s names an unknown node", e.Source, e.Target)
		}
		for _, d := range e.Data {
			name, v := value("edge", d)
			re.attrs[name] = v
		}
		re.weight = re.attrs["weight"]
		g.edges = append(g.edges, re)
	}
	return g
}

func checkType(tb testing.TB, name, typ, v string) {
	tb.Helper()
	var err error
	switch typ {
	case "int", "integer":
		_, err = strconv.Atoi(v)
	case "double":
		if v != "NaN" && v != "INF" && v != "-INF" {
			_, err = strconv.ParseFloat(v, 64)
		}
	case "boolean":
		_, err = strconv.ParseBool(v)
	}
	if err != nil {
		tb.Fatalf("attribute %s = %q is not a %s: %v", name, v, typ, err)
	}
}

// GEXF as the test reads it.
type gexfFile struct {
	XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
	Version string   `xml:"version,attr"`
	Meta    struct {
		Creator     string `xml:"creator"`
		Description string `xml:"description"`
	} `xml:"meta"`
	Graph struct {
		DefaultEdgeType string `xml:"defaultedgetype,attr"`
		Attributes      []struct {
			Class      string `xml:"class,attr"`
			Attributes []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes []struct {
			ID     string        `xml:"id,attr"`
			Label  string        `xml:"label,attr"`
			Values []gexfAttrVal `xml:"attvalues>attvalue"`
		} `xml:"nodes>node"`
		Edges []struct {
			Source string        `xml:"source,attr"`
			Target string        `xml:"target,attr"`
			Weight string        `xml:"weight,attr"`
			Values []gexfAttrVal `xml:"attvalues>attvalue"`
		} `xml:"edges>edge"`
	} `xml:"graph"`
}

type gexfAttrVal struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

func readGEXF(tb testing.TB, data []byte) readGraph {
	tb.Helper()
	assertWellFormed(tb, data)
	var f gexfFile
	if err := xml.Unmarshal(data, &f); err != nil {
		tb.Fatalf("GEXF: %v", err)
	}
	if f.Version != "1.3" || f.Graph.DefaultEdgeType != "undirected" || f.Meta.Creator != "govgraph" {
		tb.Fatalf("GEXF header: version %q, defaultedgetype %q, creator %q", f.Version, f.Graph.DefaultEdgeType, f.Meta.Creator)
	}
	type decl struct{ title, typ string }
	decls := map[string]map[string]decl{}
	g := readGraph{nodes: map[string]map[string]string{}, labels: map[string]string{}, types: map[string]string{},
		definitions: f.Meta.Description, meta: f.Meta.Description}
	for _, block := range f.Graph.Attributes {
		decls[block.Class] = map[string]decl{}
		for _, a := range block.Attributes {
			if !slices.Contains([]string{"string", "integer", "double", "boolean"}, a.Type) {
				tb.Fatalf("GEXF attribute %q has type %q", a.Title, a.Type)
			}
			decls[block.Class][a.ID] = decl{a.Title, a.Type}
			if block.Class == "node" {
				g.types[a.Title] = strings.Replace(a.Type, "integer", "int", 1)
			}
		}
	}
	values := func(class string, vs []gexfAttrVal) map[string]string {
		out := map[string]string{}
		for _, v := range vs {
			d, ok := decls[class][v.For]
			if !ok {
				tb.Fatalf("attvalue for %q is not declared for %s", v.For, class)
			}
			checkType(tb, d.title, d.typ, v.Value)
			out[d.title] = v.Value
		}
		return out
	}
	for _, n := range f.Graph.Nodes {
		g.nodes[n.ID] = values("node", n.Values)
		g.labels[n.ID] = n.Label
	}
	for _, e := range f.Graph.Edges {
		if g.nodes[e.Source] == nil || g.nodes[e.Target] == nil {
			tb.Fatalf("edge %s – %s names an unknown node", e.Source, e.Target)
		}
		g.edges = append(g.edges, readEdge{source: e.Source, target: e.Target, weight: e.Weight, attrs: values("edge", e.Values)})
	}
	return g
}

// readCSV reads the members of a CSV export.
func readCSV(tb testing.TB, files map[string][]byte) readGraph {
	tb.Helper()
	for _, name := range []string{export.NodesFile, export.EdgesFile, export.MetadataFile, export.ReadmeFile} {
		if _, ok := files[name]; !ok {
			tb.Fatalf("CSV export lacks %s", name)
		}
	}
	var md export.Metadata
	if err := json.Unmarshal(files[export.MetadataFile], &md); err != nil {
		tb.Fatalf("metadata.json: %v", err)
	}
	g := readGraph{nodes: map[string]map[string]string{}, labels: map[string]string{}, types: map[string]string{}}
	for _, a := range md.Attributes.Node {
		g.types[a.Key] = a.Type
	}
	metaJSON, _ := json.Marshal(md)
	g.meta = string(metaJSON) + string(files[export.ReadmeFile])
	var defs strings.Builder
	for k, v := range md.Definitions {
		defs.WriteString(k + ": " + v + "\n")
	}
	g.definitions = defs.String()

	rows := func(name string) ([]string, [][]string) {
		r := csv.NewReader(bytes.NewReader(files[name]))
		all, err := r.ReadAll()
		if err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
		if len(all) == 0 {
			tb.Fatalf("%s is empty", name)
		}
		return all[0], all[1:]
	}
	header, nodes := rows(export.NodesFile)
	if header[0] != "Id" || header[1] != "Label" {
		tb.Fatalf("nodes.csv header %v", header)
	}
	for _, row := range nodes {
		attrs := map[string]string{}
		for i, col := range header[2:] {
			if v := row[i+2]; v != "" {
				checkType(tb, col, g.types[col], v)
				attrs[col] = v
			}
		}
		g.nodes[row[0]] = attrs
		g.labels[row[0]] = row[1]
	}
	header, edges := rows(export.EdgesFile)
	if !slices.Equal(header[:5], []string{"Source", "Target", "Type", "Id", "Weight"}) {
		tb.Fatalf("edges.csv header %v", header)
	}
	for _, row := range edges {
		e := readEdge{source: row[0], target: row[1], weight: row[4], attrs: map[string]string{}}
		for i, col := range header[5:] {
			e.attrs[col] = row[i+5]
		}
		if row[2] != "Undirected" || g.nodes[e.source] == nil || g.nodes[e.target] == nil {
			tb.Fatalf("edges.csv row %v", row)
		}
		g.edges = append(g.edges, e)
	}
	return g
}

func readZip(tb testing.TB, data []byte) map[string][]byte {
	tb.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		tb.Fatalf("CSV export is not a zip archive: %v", err)
	}
	files := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			tb.Fatal(err)
		}
		files[f.Name], err = io.ReadAll(rc)
		rc.Close()
		if err != nil {
			tb.Fatal(err)
		}
	}
	return files
}

// jsonFile is the JSON export as the test reads it.
type jsonFile struct {
	export.Metadata
	Nodes []struct {
		ID         string         `json:"id"`
		Label      string         `json:"label"`
		Attributes map[string]any `json:"attributes"`
	} `json:"nodes"`
	Edges []struct {
		Source     string         `json:"source"`
		Target     string         `json:"target"`
		Weight     int            `json:"weight"`
		Attributes map[string]any `json:"attributes"`
	} `json:"edges"`
}

func readJSON(tb testing.TB, data []byte) readGraph {
	tb.Helper()
	var f jsonFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&f); err != nil {
		tb.Fatalf("JSON: %v", err)
	}
	g := readGraph{nodes: map[string]map[string]string{}, labels: map[string]string{}, types: map[string]string{}}
	for _, a := range f.Attributes.Node {
		g.types[a.Key] = a.Type
	}
	str := func(v any) string {
		switch x := v.(type) {
		case nil:
			return "NaN" // JSON writes an undefined number as null
		case string:
			return x
		case json.Number:
			return x.String()
		case bool:
			return strconv.FormatBool(x)
		}
		tb.Fatalf("unexpected JSON value %#v", v)
		return ""
	}
	for _, n := range f.Nodes {
		attrs := map[string]string{}
		for k, v := range n.Attributes {
			attrs[k] = str(v)
		}
		g.nodes[n.ID], g.labels[n.ID] = attrs, n.Label
	}
	for _, e := range f.Edges {
		re := readEdge{source: e.Source, target: e.Target, weight: strconv.Itoa(e.Weight), attrs: map[string]string{}}
		for k, v := range e.Attributes {
			re.attrs[k] = str(v)
		}
		g.edges = append(g.edges, re)
	}
	var defs strings.Builder
	for k, v := range f.Definitions {
		defs.WriteString(k + ": " + v + "\n")
	}
	g.definitions = defs.String()
	meta, _ := json.Marshal(f.Metadata)
	g.meta = string(meta)
	return g
}

// readers read each format's single-stream export.
var readers = map[string]func(testing.TB, []byte) readGraph{
	export.FormatGraphML: readGraphML,
	export.FormatGEXF:    readGEXF,
	export.FormatCSV:     func(tb testing.TB, data []byte) readGraph { return readCSV(tb, readZip(tb, data)) },
	export.FormatJSON:    readJSON,
}

func writeExport(tb testing.TB, format string, ds export.Dataset) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := export.Write(&buf, format, ds); err != nil {
		tb.Fatalf("Write %s: %v", format, err)
	}
	return buf.Bytes()
}

func TestRoundTrip(t *testing.T) {
	ds := fixture()
	a, b, c := ds.Network.Nodes[0].ID, ds.Network.Nodes[1].ID, ds.Network.Nodes[2].ID
	for _, format := range export.Formats {
		t.Run(format, func(t *testing.T) {
			data := writeExport(t, format, ds)
			g := readers[format](t, data)
			b := b
			if format != export.FormatJSON {
				b = strings.Replace(b, hostile, hostileClean, 1) // ids lose forbidden characters too
			}

			if len(g.nodes) != fixtureNodes || len(g.edges) != fixtureEdges {
				t.Fatalf("%d nodes, %d edges; want %d, %d", len(g.nodes), len(g.edges), fixtureNodes, fixtureEdges)
			}
			wantName := hostileClean
			if format == export.FormatJSON {
				wantName = hostile // JSON keeps text exactly
			}
			if g.labels[b] != wantName {
				t.Errorf("hostile label = %q, want %q", g.labels[b], wantName)
			}
			if e := g.edge(t, a, b); e.weight != "3" || e.attrs["relation"] != "co-assignment" || e.attrs["taskIds"] != "d1:0 d1:1 d1:2" {
				t.Errorf("edge a–b = %+v, want weight 3, co-assignment, d1:0 d1:1 d1:2", e)
			}
			if e := g.edge(t, a, c); e.weight != "1" {
				t.Errorf("edge a–c weight = %q, want 1", e.weight)
			}
			na := g.nodes[a]
			for attr, want := range map[string]string{
				"type": "unit", "betweenness": "0.25", "community": "2", "closeness": "NaN",
				"tasks": "3", "leadTasks": "2", "leaders": "2", "collective": "false", "kind": "department",
			} {
				if na[attr] != want {
					t.Errorf("unit a: %s = %q, want %q", attr, na[attr], want)
				}
			}
			if got, _ := strconv.ParseFloat(na["pageRank"], 64); math.Abs(got-1.0/3) > 1e-15 {
				t.Errorf("pageRank = %q, want 1/3", na["pageRank"])
			}
			if g.nodes[c]["collective"] != "true" {
				t.Errorf("collective unit: collective = %q", g.nodes[c]["collective"])
			}
			for attr, want := range map[string]string{"tasks": "int", "community": "int", "betweenness": "double", "collective": "boolean", "kind": "string", "text": "string"} {
				if g.types[attr] != want {
					t.Errorf("attribute %s declared %q, want %q", attr, g.types[attr], want)
				}
			}
			// The assignment layer: tasks and leaders with their edges.
			task0 := graph.NodeID(graph.NodeTask, "d1:0")
			leader := graph.NodeID(graph.NodeLeader, graph.EntityKey("济南市历下区", "武毅"))
			if g.nodes[task0]["type"] != "task" || g.nodes[leader]["type"] != "leader" {
				t.Fatalf("task node %v, leader node %v", g.nodes[task0], g.nodes[leader])
			}
			wantText := "推进第一项任务"
			if format == export.FormatJSON {
				wantText = "推进\x02第一项任务"
			}
			if g.nodes[task0]["text"] != wantText || g.nodes[task0]["theme"] != "主题&<>" {
				t.Errorf("task text %q, theme %q", g.nodes[task0]["text"], g.nodes[task0]["theme"])
			}
			if e := g.edge(t, leader, task0); e.attrs["relation"] != "leader" {
				t.Errorf("leader edge relation = %q", e.attrs["relation"])
			}
			if e := g.edge(t, a, task0); e.attrs["relation"] != "lead" {
				t.Errorf("lead edge relation = %q", e.attrs["relation"])
			}
			if e := g.edge(t, c, graph.NodeID(graph.NodeTask, "d1:2")); e.attrs["relation"] != "responsible" {
				t.Errorf("responsible edge relation = %q", e.attrs["relation"])
			}
			// Definitions, documents and generation time travel with the data.
			for _, want := range []string{"share of shortest paths <through> the unit & more", "Louvain community", "co-assignment", "leader–task"} {
				if !strings.Contains(g.definitions, want) {
					t.Errorf("definitions lack %q", want)
				}
			}
			for _, want := range []string{"ab12cd34", "d1", "2024-03-05", ds.Version} {
				if !strings.Contains(g.meta, want) {
					t.Errorf("metadata lacks %q", want)
				}
			}
		})
	}
}

func TestCSVDirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	paths, err := export.WriteDir(dir, "csv", fixture())
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(p)] = data
	}
	g := readCSV(t, files)
	if len(g.nodes) != fixtureNodes || len(g.edges) != fixtureEdges {
		t.Fatalf("%d nodes, %d edges; want %d, %d", len(g.nodes), len(g.edges), fixtureNodes, fixtureEdges)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 4 {
		t.Fatalf("directory holds %d files, want 4 (no temporary files left)", len(entries))
	}
	// Other formats write one file named FileName(format).
	paths, err = export.WriteDir(dir, "gexf", fixture())
	if err != nil || len(paths) != 1 || filepath.Base(paths[0]) != export.FileName("gexf") {
		t.Fatalf("WriteDir gexf = %v, %v", paths, err)
	}
	if _, err := export.WriteDir(dir, "xlsx", fixture()); graph.ErrorCode(err) != graph.EINVALID {
		t.Fatalf("WriteDir xlsx: err = %v", err)
	}
}

// TestUnitNetworkOnly checks an export without tasks: only units and
// co-assignment edges, no task attributes declared.
func TestUnitNetworkOnly(t *testing.T) {
	ds := fixture()
	ds.Tasks = nil
	for _, format := range export.Formats {
		t.Run(format, func(t *testing.T) {
			g := readers[format](t, writeExport(t, format, ds))
			if len(g.nodes) != 3 || len(g.edges) != 2 {
				t.Fatalf("%d nodes, %d edges; want 3, 2", len(g.nodes), len(g.edges))
			}
			if _, ok := g.types["text"]; ok {
				t.Error("task attributes declared without tasks")
			}
		})
	}
}

// TestDeterministic: the same dataset gives the same bytes.
func TestDeterministic(t *testing.T) {
	for _, format := range export.Formats {
		if !bytes.Equal(writeExport(t, format, fixture()), writeExport(t, format, fixture())) {
			t.Errorf("%s export differs between two runs", format)
		}
	}
}

type failingWriter struct{ n int }

var errWrite = errors.New("disk full")

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.n -= len(p); w.n < 0 {
		return 0, errWrite
	}
	return len(p), nil
}

func TestWriteErrorsPropagate(t *testing.T) {
	for _, format := range export.Formats {
		if err := export.Write(&failingWriter{n: 100}, format, fixture()); !errors.Is(err, errWrite) {
			t.Errorf("%s: err = %v, want the writer's error", format, err)
		}
	}
}

// TestSeedNetwork exports the seed document's real network with its
// analytics and checks that every format carries the same numbers.
func TestSeedNetwork(t *testing.T) {
	ctx := context.Background()
	opts, err := extract.LoadTables("../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := extract.ParseFile("../../seeds/documents/2023-jinan-lixia-government-work-report-tasks.txt", opts)
	if err != nil {
		t.Fatal(err)
	}
	store, err := embedded.Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if _, err := store.Import(ctx, doc); err != nil {
		t.Fatal(err)
	}
	net, err := store.UnitNetwork(ctx, graph.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	page, err := store.Tasks(ctx, graph.TaskFilter{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := analytics.Units(net, page.Tasks, analytics.Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if err := analytics.Annotate(net, rep); err != nil {
		t.Fatal(err)
	}
	ds := export.Dataset{Network: net, Documents: []graph.DocumentMeta{doc.Meta}, Definitions: rep.Definitions,
		GraphMetrics: map[string]float64{analytics.MetricDensity: rep.Network.Density}, Tasks: page.Tasks, Generated: generated}

	// Expected sizes, counted here: units + leaders + tasks; co-assignment
	// links + one edge per (leader, task) and (unit, task).
	leaders := map[string]bool{}
	assignment := 0
	for _, task := range page.Tasks {
		for _, l := range task.Leaders {
			leaders[l] = true
		}
		assignment += len(task.Leaders) + len(task.Involved())
	}
	wantNodes := len(net.Nodes) + len(leaders) + len(page.Tasks)
	wantEdges := len(net.Links) + assignment
	top, heaviest := net.Nodes[0], net.Links[0]
	for _, format := range export.Formats {
		t.Run(format, func(t *testing.T) {
			g := readers[format](t, writeExport(t, format, ds))
			if len(g.nodes) != wantNodes || len(g.edges) != wantEdges {
				t.Fatalf("%d nodes, %d edges; want %d, %d", len(g.nodes), len(g.edges), wantNodes, wantEdges)
			}
			if e := g.edge(t, heaviest.Source, heaviest.Target); e.weight != strconv.Itoa(heaviest.Weight) {
				t.Errorf("heaviest link weight %q, want %d", e.weight, heaviest.Weight)
			}
			for _, key := range []string{analytics.MetricBetweenness, analytics.MetricPageRank, analytics.MetricBottleneck} {
				got, err := strconv.ParseFloat(g.nodes[top.ID][key], 64)
				if want := top.Metrics[key]; err != nil || got != want {
					t.Errorf("%s of %s = %q, want %v", key, top.Name, g.nodes[top.ID][key], want)
				}
			}
			if g.nodes[top.ID]["community"] != strconv.Itoa(int(top.Metrics[analytics.MetricCommunity])) {
				t.Errorf("community = %q, want %v", g.nodes[top.ID]["community"], top.Metrics[analytics.MetricCommunity])
			}
			if !strings.Contains(g.meta, doc.Meta.Hash) || !strings.Contains(g.definitions, analytics.Definitions[analytics.MetricConstraint]) {
				t.Error("export lacks the document hash or a metric definition")
			}
		})
	}
}

// TestCSVDefusesFormulas checks that a name a spreadsheet would run as a
// formula is written as text, while negative numbers stay numbers.
func TestCSVDefusesFormulas(t *testing.T) {
	ds := fixture()
	const evil = `=HYPERLINK("http://x","点我")`
	ds.Network.Nodes[2].Name = evil
	ds.Network.Nodes[2].Metrics["closeness"] = -0.5
	dir := t.TempDir()
	paths, err := export.WriteDir(dir, "csv", ds)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		if filepath.Base(p) != "nodes.csv" {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		var label, closeness string
		for _, r := range rows[1:] {
			if strings.Contains(r[1], "HYPERLINK") {
				label = r[1]
				for i, h := range rows[0] {
					if h == "closeness" {
						closeness = r[i]
					}
				}
			}
		}
		if label != "'"+evil {
			t.Errorf("label = %q, want the formula defused with a leading apostrophe", label)
		}
		if closeness != "-0.5" {
			t.Errorf("closeness = %q, want the number -0.5 untouched", closeness)
		}
		return
	}
	t.Fatal("no nodes.csv written")
}
