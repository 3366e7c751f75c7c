// Package export writes research exports of the unit co-assignment network:
// GraphML, GEXF 1.3 (for Gephi), CSV (nodes.csv + edges.csv, zipped when one
// stream is wanted) and JSON. With task records, the leader–unit–task
// assignment graph is added to the same graph: nodes carry a "type" (unit,
// leader, task) and edges a "relation" (co-assignment, leader, lead,
// responsible), so that a tool can filter either layer.
//
// Every export carries what a reader needs to cite and interpret it: the
// definition of every attribute, the documents it was built from with their
// content hashes, a data version derived from them, and the generation time.
// Text drops characters that XML 1.0 does not allow, in every format but
// JSON, so that a file written here always parses.
package export

import (
	"io"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"govgraph/graph"
	"govgraph/graph/analytics"
)

// Formats.
const (
	FormatGraphML = "graphml"
	FormatGEXF    = "gexf"
	FormatCSV     = "csv"
	FormatJSON    = "json"
)

// Formats lists every export format of a Dataset (Write). Format also
// accepts FormatPanel, which WritePanel writes (panel.go).
var Formats = []string{FormatGraphML, FormatGEXF, FormatCSV, FormatJSON}

// Dataset is what an export holds.
type Dataset struct {
	// Network is the unit co-assignment network; node Metrics become
	// attributes. Required.
	Network *graph.UnitNetwork
	// Documents are the documents the network was built from.
	Documents []graph.DocumentMeta
	// Definitions say what each metric key means (analytics.Report.Definitions).
	// When nil, analytics.Definitions describes the metrics.
	Definitions map[string]string
	// GraphMetrics are whole-network measures (density, modularity, …),
	// written as graph-level data where the format has it.
	GraphMetrics map[string]float64
	// Tasks, when given, add the leader–unit–task assignment graph.
	Tasks []graph.TaskRecord
	// Description is a sentence on what the network is, e.g. its filter.
	Description string
	// Version is the store's data version the dataset was read from
	// (graph.Store.Version).
	Version string
	// Generated is when the export was made; zero means now.
	Generated time.Time
}

// Node types and edge relations.
const (
	TypeUnit   = "unit"
	TypeLeader = "leader"
	TypeTask   = "task"

	RelationCoAssignment = "co-assignment" // two units share tasks
	RelationLeader       = "leader"        // a leader supervises a task
	RelationLead         = "lead"          // a unit leads a task
	RelationResponsible  = "responsible"   // a unit shares a task
)

// Attribute types, named as in GraphML.
const (
	TypeString  = "string"
	TypeInt     = "int"
	TypeDouble  = "double"
	TypeBoolean = "boolean"
)

// Attribute keys that every export may carry besides the metrics.
const (
	AttrType         = "type"
	AttrJurisdiction = "jurisdiction"
	AttrKind         = "kind"
	AttrCollective   = "collective"
	AttrTasks        = "tasks"
	AttrLeadTasks    = "leadTasks"
	AttrLeaders      = "leaders"
	AttrDocument     = "document"
	AttrIndex        = "index"
	AttrSection      = "section"
	AttrSectionTitle = "sectionTitle"
	AttrTheme        = "theme"
	AttrDeadline     = "deadline"
	AttrText         = "text"
	AttrRelation     = "relation"
	AttrWeight       = "weight"
	AttrTaskIDs      = "taskIds"
)

// baseDefinitions describe the attributes that are not metrics.
var baseDefinitions = map[string]string{
	"label":          "unit or leader name; first 30 characters of a task's text",
	AttrType:         "node type: unit, leader or task",
	AttrJurisdiction: "jurisdiction (行政区划) that the unit or leader belongs to",
	AttrKind:         "unit kind: " + strings.Join(graph.UnitKinds, ", "),
	AttrCollective:   "true for a collective name standing for many units, such as 各街道办事处",
	AttrTasks:        "tasks of the network the unit is involved in, as lead or responsible unit",
	AttrLeadTasks:    "of those, tasks the unit leads",
	AttrLeaders:      "distinct leaders supervising the unit's tasks",
	AttrDocument:     "id of the task's document",
	AttrIndex:        "task number within its document, from 0",
	AttrSection:      "index of the task's section within its document",
	AttrSectionTitle: "title of the task's section",
	AttrTheme:        "the theme (lead sentence) the task belongs to",
	AttrDeadline:     "deadline stated in the task's annotation",
	AttrText:         "full text of the task",
	AttrRelation:     "edge relation: co-assignment (two units share tasks), leader (leader–task), lead (lead unit–task), responsible (responsible unit–task)",
	AttrWeight:       "co-assignment: number of tasks the two units share; 1 for assignment edges",
	AttrTaskIDs:      "ids (document:index) of the tasks the two units share, separated by spaces",
}

// integerMetrics are the metric keys whose values are counts or labels.
var integerMetrics = map[string]bool{
	analytics.MetricTasks: true, analytics.MetricLeadTasks: true, analytics.MetricLeaders: true,
	analytics.MetricDegree: true, analytics.MetricCommunity: true, analytics.MetricCoreNumber: true,
	analytics.MetricBrokerCoordinator: true, analytics.MetricBrokerGatekeeperRepr: true,
	analytics.MetricBrokerItinerant: true, analytics.MetricBrokerLiaison: true, analytics.MetricBrokerTotal: true,
	analytics.MetricComponents: true, analytics.MetricCommunities: true,
}

// Format checks a format name, case-insensitively, and returns its canonical form.
func Format(name string) (string, error) {
	f := strings.ToLower(strings.TrimSpace(name))
	if slices.Contains(Formats, f) || f == FormatPanel {
		return f, nil
	}
	return "", graph.Errorf(graph.EINVALID, "unknown export format %q (want one of %s, %s)", name, strings.Join(Formats, ", "), FormatPanel)
}

// ContentType is the media type of a format's single-stream export, or ""
// for an unknown format.
func ContentType(format string) string {
	switch strings.ToLower(format) {
	case FormatGraphML:
		return "application/graphml+xml; charset=utf-8"
	case FormatGEXF:
		return "application/gexf+xml; charset=utf-8"
	case FormatCSV, FormatPanel:
		return "application/zip"
	case FormatJSON:
		return "application/json; charset=utf-8"
	}
	return ""
}

// FileName is the file name of a format's single-stream export, or "" for
// an unknown format.
func FileName(format string) string {
	switch f := strings.ToLower(format); f {
	case FormatGraphML, FormatGEXF, FormatJSON:
		return "govgraph-units." + f
	case FormatCSV:
		return "govgraph-units-csv.zip"
	case FormatPanel:
		return PanelFileName
	}
	return ""
}

// Write writes ds in format as one stream (CSV as a zip archive).
func Write(w io.Writer, format string, ds Dataset) error {
	f, err := Format(format)
	if err != nil {
		return err
	}
	if f == FormatPanel {
		return graph.Errorf(graph.EINVALID, "the panel is written from many documents' reports (WritePanel), not from one network")
	}
	m, err := build(ds)
	if err != nil {
		return err
	}
	switch f {
	case FormatGraphML:
		return writeGraphML(w, m)
	case FormatGEXF:
		return writeGEXF(w, m)
	case FormatCSV:
		return writeCSVZip(w, m)
	default:
		return writeJSON(w, m)
	}
}

// Attribute is one declared node or edge attribute.
type Attribute struct {
	Key         string `json:"key"`
	Type        string `json:"type"`
	Description string `json:"description,omitempty"`
}

// node and edge are format-neutral; values hold string, int, float64 or bool.
type node struct {
	ID, Label string
	Values    map[string]any
}

type edge struct {
	ID, Source, Target string
	Weight             int
	Values             map[string]any
}

// model is a dataset flattened into declared attributes, nodes and edges.
type model struct {
	Generated    time.Time
	DataVersion  string
	Description  string
	Documents    []graph.DocumentMeta
	Definitions  map[string]string
	GraphMetrics map[string]float64
	NodeAttrs    []Attribute
	EdgeAttrs    []Attribute
	Nodes        []node
	Edges        []edge
}

func build(ds Dataset) (*model, error) {
	if ds.Network == nil {
		return nil, graph.Errorf(graph.EINVALID, "export: a unit network is required")
	}
	m := &model{
		Generated:    ds.Generated,
		Documents:    slices.Clone(ds.Documents),
		GraphMetrics: ds.GraphMetrics,
	}
	if m.Generated.IsZero() {
		m.Generated = time.Now()
	}
	m.Generated = m.Generated.UTC().Truncate(time.Second)
	slices.SortFunc(m.Documents, func(a, b graph.DocumentMeta) int { return strings.Compare(a.ID, b.ID) })
	m.DataVersion = ds.Version
	m.Description = ds.Description
	if m.Description == "" {
		m.Description = "Unit co-assignment network: units linked by the tasks they share."
	}

	metricKeys := map[string]bool{}
	for _, n := range ds.Network.Nodes {
		for k := range n.Metrics {
			metricKeys[k] = true
		}
	}
	defs := ds.Definitions
	if defs == nil && (len(metricKeys) > 0 || len(ds.GraphMetrics) > 0) {
		defs = analytics.Definitions
	}
	m.Definitions = maps.Clone(baseDefinitions)
	maps.Copy(m.Definitions, defs)

	nodeAttrs := []Attribute{
		{Key: AttrType, Type: TypeString},
		{Key: AttrJurisdiction, Type: TypeString},
		{Key: AttrKind, Type: TypeString},
		{Key: AttrCollective, Type: TypeBoolean},
		{Key: AttrTasks, Type: TypeInt},
		{Key: AttrLeadTasks, Type: TypeInt},
		{Key: AttrLeaders, Type: TypeInt},
	}
	// Metrics that repeat a base attribute (tasks, leadTasks, leaders) are
	// the same numbers: they are written once. No metric may take the name
	// of another built-in attribute.
	base := map[string]bool{"label": true, "id": true, AttrNodeID: true}
	for _, k := range []string{AttrType, AttrJurisdiction, AttrKind, AttrCollective, AttrTasks, AttrLeadTasks, AttrLeaders,
		AttrDocument, AttrIndex, AttrSection, AttrSectionTitle, AttrTheme, AttrDeadline, AttrText} {
		base[k] = true
	}
	for _, k := range slices.Sorted(maps.Keys(metricKeys)) {
		if base[k] {
			continue
		}
		t := TypeDouble
		if integerMetrics[k] {
			t = TypeInt
		}
		nodeAttrs = append(nodeAttrs, Attribute{Key: k, Type: t})
	}
	if len(ds.Tasks) > 0 {
		nodeAttrs = append(nodeAttrs,
			Attribute{Key: AttrDocument, Type: TypeString},
			Attribute{Key: AttrIndex, Type: TypeInt},
			Attribute{Key: AttrSection, Type: TypeInt},
			Attribute{Key: AttrSectionTitle, Type: TypeString},
			Attribute{Key: AttrTheme, Type: TypeString},
			Attribute{Key: AttrDeadline, Type: TypeString},
			Attribute{Key: AttrText, Type: TypeString},
		)
	}
	edgeAttrs := []Attribute{
		{Key: AttrRelation, Type: TypeString},
		{Key: AttrWeight, Type: TypeInt},
		{Key: AttrTaskIDs, Type: TypeString},
	}
	for i := range nodeAttrs {
		nodeAttrs[i].Description = m.Definitions[nodeAttrs[i].Key]
	}
	for i := range edgeAttrs {
		edgeAttrs[i].Description = m.Definitions[edgeAttrs[i].Key]
	}
	m.NodeAttrs, m.EdgeAttrs = nodeAttrs, edgeAttrs

	seen, written := map[string]bool{}, map[string]bool{}
	for i, n := range ds.Network.Nodes {
		if clean(n.ID) == "" {
			return nil, graph.Errorf(graph.EINVALID, "export: unit %d (%q) has no id", i, n.Name)
		}
		// Ids are unique as written, after dropping characters XML forbids.
		if written[clean(n.ID)] {
			return nil, graph.Errorf(graph.EINVALID, "export: unit id %q appears twice", n.ID)
		}
		seen[n.ID], written[clean(n.ID)] = true, true
		v := map[string]any{
			AttrType: TypeUnit, AttrJurisdiction: n.Jurisdiction, AttrKind: n.Kind, AttrCollective: n.Collective,
			AttrTasks: n.Tasks, AttrLeadTasks: n.LeadTasks, AttrLeaders: n.Leaders,
		}
		for k, x := range n.Metrics {
			if base[k] {
				continue
			}
			switch {
			case !integerMetrics[k]:
				v[k] = x
			case !math.IsNaN(x) && !math.IsInf(x, 0):
				v[k] = int(math.Round(x))
			} // an undefined count is left out
		}
		m.Nodes = append(m.Nodes, node{ID: n.ID, Label: n.Name, Values: v})
	}
	for i, l := range ds.Network.Links {
		if !seen[l.Source] || !seen[l.Target] {
			return nil, graph.Errorf(graph.EINVALID, "export: link %d (%s – %s) names a unit that is not in the network", i, l.Source, l.Target)
		}
		m.Edges = append(m.Edges, edge{
			ID: "e" + strconv.Itoa(len(m.Edges)), Source: l.Source, Target: l.Target, Weight: l.Weight,
			Values: map[string]any{AttrRelation: RelationCoAssignment, AttrWeight: l.Weight, AttrTaskIDs: strings.Join(l.Tasks, " ")},
		})
	}
	if len(ds.Tasks) > 0 {
		addAssignments(m, ds.Tasks, seen)
	}
	return m, nil
}

// addAssignments adds task and leader nodes and the edges that tie leaders
// and units to tasks. Units that only the tasks name are added bare.
func addAssignments(m *model, tasks []graph.TaskRecord, seen map[string]bool) {
	tasks = slices.Clone(tasks)
	graph.SortTaskRecords(tasks)
	link := func(source, target, relation string) {
		m.Edges = append(m.Edges, edge{
			ID: "e" + strconv.Itoa(len(m.Edges)), Source: source, Target: target, Weight: 1,
			Values: map[string]any{AttrRelation: relation, AttrWeight: 1},
		})
	}
	entity := func(kind, typ, jurisdiction, name string) string {
		id := graph.NodeID(kind, graph.EntityKey(jurisdiction, name))
		if !seen[id] {
			seen[id] = true
			m.Nodes = append(m.Nodes, node{ID: id, Label: name, Values: map[string]any{AttrType: typ, AttrJurisdiction: jurisdiction}})
		}
		return id
	}
	for _, t := range tasks {
		id := graph.NodeID(graph.NodeTask, t.ID)
		if seen[id] {
			continue
		}
		seen[id] = true
		m.Nodes = append(m.Nodes, node{ID: id, Label: graph.TaskLabel(t.Text), Values: map[string]any{
			AttrType: TypeTask, AttrJurisdiction: t.Jurisdiction, AttrDocument: t.Document, AttrIndex: t.Index,
			AttrSection: t.Section, AttrSectionTitle: t.SectionTitle, AttrTheme: t.Theme,
			AttrDeadline: t.Deadline, AttrText: t.Text,
		}})
		for _, name := range t.Leaders {
			link(entity(graph.NodeLeader, TypeLeader, t.Jurisdiction, name), id, RelationLeader)
		}
		for _, name := range t.LeadUnits {
			link(entity(graph.NodeUnit, TypeUnit, t.Jurisdiction, name), id, RelationLead)
		}
		for _, name := range t.Units {
			if slices.Contains(t.LeadUnits, name) {
				continue
			}
			link(entity(graph.NodeUnit, TypeUnit, t.Jurisdiction, name), id, RelationResponsible)
		}
	}
}

// definitionKeys are the definitions in key order.
func (m *model) definitionKeys() []string { return slices.Sorted(maps.Keys(m.Definitions)) }

// graphMetricKeys are the whole-network measures in key order.
func (m *model) graphMetricKeys() []string { return slices.Sorted(maps.Keys(m.GraphMetrics)) }

// summary is a plain-text account of the export for descriptions and READMEs.
func (m *model) summary() string {
	var b strings.Builder
	b.WriteString(clean(m.Description))
	b.WriteString("\n\nGenerated by govgraph at " + m.Generated.Format(time.RFC3339))
	b.WriteString("; data version " + m.DataVersion + ".\n")
	units, others := 0, 0
	for _, n := range m.Nodes {
		if n.Values[AttrType] == TypeUnit {
			units++
		} else {
			others++
		}
	}
	b.WriteString(strconv.Itoa(len(m.Nodes)) + " nodes (" + strconv.Itoa(units) + " units")
	if others > 0 {
		b.WriteString(", " + strconv.Itoa(others) + " leaders and tasks")
	}
	b.WriteString("), " + strconv.Itoa(len(m.Edges)) + " edges; undirected.\n")
	b.WriteString("\nDocuments (id, sha256 of the source text, jurisdiction, year, title):\n")
	for _, d := range m.Documents {
		b.WriteString("- " + clean(d.ID) + " " + clean(d.Hash) + " " + clean(d.Jurisdiction) + " " + strconv.Itoa(d.Year) + " " + clean(d.Title) + "\n")
	}
	if len(m.GraphMetrics) > 0 {
		b.WriteString("\nNetwork measures:\n")
		for _, k := range m.graphMetricKeys() {
			b.WriteString("- " + clean(k) + " = " + formatFloat(m.GraphMetrics[k]) + "\n")
		}
	}
	b.WriteString("\nDefinitions:\n")
	for _, k := range m.definitionKeys() {
		b.WriteString("- " + clean(k) + ": " + clean(m.Definitions[k]) + "\n")
	}
	return b.String()
}

// formatValue renders a value as text for XML and CSV; ok is false when the
// value is absent.
func formatValue(v any) (string, bool) {
	switch x := v.(type) {
	case nil:
		return "", false
	case string:
		return clean(x), true
	case int:
		return strconv.Itoa(x), true
	case bool:
		return strconv.FormatBool(x), true
	case float64:
		return formatFloat(x), true
	}
	return "", false
}

// formatFloat writes a double in XML Schema's lexical form (INF, -INF, NaN).
func formatFloat(x float64) string {
	switch {
	case math.IsInf(x, 1):
		return "INF"
	case math.IsInf(x, -1):
		return "-INF"
	case math.IsNaN(x):
		return "NaN"
	}
	return strconv.FormatFloat(x, 'g', -1, 64)
}

// clean drops invalid UTF-8 and the characters that XML 1.0 does not allow
// (controls other than TAB, LF and CR; surrogates; U+FFFE and U+FFFF).
func clean(s string) string {
	ok := utf8.ValidString(s)
	if ok {
		for _, r := range s {
			if !xmlChar(r) {
				ok = false
				break
			}
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "") {
		if xmlChar(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}
