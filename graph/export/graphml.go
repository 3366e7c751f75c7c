package export

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"strconv"
	"time"
)

// GraphML (http://graphml.graphdrawing.org). Node and edge ids are the
// schema's NMTOKENs n0, n1, … and e0, e1, …; the govgraph node id is the
// "nodeId" attribute. Every attribute is declared by a typed <key> whose
// <desc> is its definition.

const (
	graphMLNS     = "http://graphml.graphdrawing.org/xmlns"
	graphMLSchema = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
	xsiNS         = "http://www.w3.org/2001/XMLSchema-instance"
)

// Attribute keys of GraphML only.
const (
	AttrLabel       = "label"
	AttrNodeID      = "nodeId"
	AttrGenerator   = "generator"
	AttrGenerated   = "generated"
	AttrDataVersion = "dataVersion"
	AttrDocuments   = "documents"
)

type graphMLDoc struct {
	XMLName        xml.Name     `xml:"graphml"`
	XMLNS          string       `xml:"xmlns,attr"`
	XSI            string       `xml:"xmlns:xsi,attr"`
	SchemaLocation string       `xml:"xsi:schemaLocation,attr"`
	Desc           string       `xml:"desc,omitempty"`
	Keys           []graphMLKey `xml:"key"`
	Graph          graphMLGraph `xml:"graph"`
}

type graphMLKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
	Desc string `xml:"desc,omitempty"`
}

type graphMLGraph struct {
	ID          string        `xml:"id,attr"`
	EdgeDefault string        `xml:"edgedefault,attr"`
	Desc        string        `xml:"desc,omitempty"`
	Data        []graphMLData `xml:"data"`
	Nodes       []graphMLNode `xml:"node"`
	Edges       []graphMLEdge `xml:"edge"`
}

type graphMLData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type graphMLNode struct {
	ID   string        `xml:"id,attr"`
	Data []graphMLData `xml:"data"`
}

type graphMLEdge struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr"`
	Target string        `xml:"target,attr"`
	Data   []graphMLData `xml:"data"`
}

// DocumentRef is a document as exports cite it.
type DocumentRef struct {
	ID           string `json:"id"`
	Title        string `json:"title"`
	Jurisdiction string `json:"jurisdiction"`
	Year         int    `json:"year"`
	Date         string `json:"date,omitempty"`
	Hash         string `json:"hash"`
}

func (m *model) documentRefs() []DocumentRef {
	out := make([]DocumentRef, len(m.Documents))
	for i, d := range m.Documents {
		out[i] = DocumentRef{ID: d.ID, Title: d.Title, Jurisdiction: d.Jurisdiction, Year: d.Year, Date: d.Date, Hash: d.Hash}
	}
	return out
}

func writeGraphML(w io.Writer, m *model) error {
	doc := graphMLDoc{
		XMLNS: graphMLNS, XSI: xsiNS, SchemaLocation: graphMLSchema,
		Desc:  "govgraph unit co-assignment network",
		Graph: graphMLGraph{ID: "units", EdgeDefault: "undirected", Desc: clean(m.summary())},
	}
	next := 0
	declare := func(domain, name, typ, desc string) string {
		id := "d" + strconv.Itoa(next)
		next++
		doc.Keys = append(doc.Keys, graphMLKey{ID: id, For: domain, Name: clean(name), Type: typ, Desc: clean(desc)})
		return id
	}

	docs, err := json.Marshal(m.documentRefs())
	if err != nil {
		return err
	}
	graphData := []struct{ name, value, desc string }{
		{AttrGenerator, "govgraph", "program that wrote the file"},
		{AttrGenerated, m.Generated.Format(time.RFC3339), "generation time (UTC, RFC 3339)"},
		{AttrDataVersion, m.DataVersion, "the data version of the store the export was read from"},
		{AttrDocuments, string(docs), "the documents the network was built from, as a JSON array (id, title, jurisdiction, year, date, sha256 hash of the source text)"},
	}
	for _, g := range graphData {
		id := declare("graph", g.name, TypeString, g.desc)
		doc.Graph.Data = append(doc.Graph.Data, graphMLData{Key: id, Value: clean(g.value)})
	}
	for _, k := range m.graphMetricKeys() {
		id := declare("graph", k, TypeDouble, m.Definitions[k])
		doc.Graph.Data = append(doc.Graph.Data, graphMLData{Key: id, Value: formatFloat(m.GraphMetrics[k])})
	}

	labelKey := declare("node", AttrLabel, TypeString, m.Definitions[AttrLabel])
	nodeIDKey := declare("node", AttrNodeID, TypeString, "govgraph node id: unit:jurisdiction/name, leader:jurisdiction/name or task:document:index")
	nodeKeys := make([]string, len(m.NodeAttrs))
	for i, a := range m.NodeAttrs {
		nodeKeys[i] = declare("node", a.Key, a.Type, a.Description)
	}
	edgeKeys := make([]string, len(m.EdgeAttrs))
	for i, a := range m.EdgeAttrs {
		edgeKeys[i] = declare("edge", a.Key, a.Type, a.Description)
	}

	local := make(map[string]string, len(m.Nodes))
	for i, n := range m.Nodes {
		gn := graphMLNode{ID: "n" + strconv.Itoa(i), Data: []graphMLData{
			{Key: labelKey, Value: clean(n.Label)},
			{Key: nodeIDKey, Value: clean(n.ID)},
		}}
		local[n.ID] = gn.ID
		for j, a := range m.NodeAttrs {
			if s, ok := formatValue(n.Values[a.Key]); ok {
				gn.Data = append(gn.Data, graphMLData{Key: nodeKeys[j], Value: s})
			}
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, gn)
	}
	for _, e := range m.Edges {
		ge := graphMLEdge{ID: e.ID, Source: local[e.Source], Target: local[e.Target]}
		for j, a := range m.EdgeAttrs {
			if s, ok := formatValue(e.Values[a.Key]); ok {
				ge.Data = append(ge.Data, graphMLData{Key: edgeKeys[j], Value: s})
			}
		}
		doc.Graph.Edges = append(doc.Graph.Edges, ge)
	}
	return encodeXML(w, doc)
}

// encodeXML writes the XML declaration and v, indented.
func encodeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
