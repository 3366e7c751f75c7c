package export

import (
	"encoding/xml"
	"io"
	"strconv"
)

// GEXF 1.3 (https://gexf.net), as Gephi opens it. Node ids are govgraph node
// ids; attributes are declared with GEXF types; edge weights are the native
// weight attribute. The <meta><description> holds the data version, the
// documents and every definition.

const (
	gexfNS     = "http://gexf.net/1.3"
	gexfSchema = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"
)

type gexfDoc struct {
	XMLName        xml.Name  `xml:"gexf"`
	XMLNS          string    `xml:"xmlns,attr"`
	XSI            string    `xml:"xmlns:xsi,attr"`
	SchemaLocation string    `xml:"xsi:schemaLocation,attr"`
	Version        string    `xml:"version,attr"`
	Meta           gexfMeta  `xml:"meta"`
	Graph          gexfGraph `xml:"graph"`
}

type gexfMeta struct {
	LastModified string `xml:"lastmodifieddate,attr"`
	Creator      string `xml:"creator"`
	Keywords     string `xml:"keywords"`
	Description  string `xml:"description"`
}

type gexfGraph struct {
	DefaultEdgeType string           `xml:"defaultedgetype,attr"`
	Mode            string           `xml:"mode,attr"`
	Attributes      []gexfAttributes `xml:"attributes"`
	Nodes           gexfNodes        `xml:"nodes"`
	Edges           gexfEdges        `xml:"edges"`
}

type gexfAttributes struct {
	Class      string          `xml:"class,attr"`
	Mode       string          `xml:"mode,attr"`
	Attributes []gexfAttribute `xml:"attribute"`
}

type gexfAttribute struct {
	ID    string `xml:"id,attr"`
	Title string `xml:"title,attr"`
	Type  string `xml:"type,attr"`
}

type gexfNodes struct {
	Count int        `xml:"count,attr"`
	Nodes []gexfNode `xml:"node"`
}

type gexfNode struct {
	ID        string         `xml:"id,attr"`
	Label     string         `xml:"label,attr"`
	AttValues *gexfAttValues `xml:"attvalues,omitempty"`
}

type gexfAttValues struct {
	Values []gexfAttValue `xml:"attvalue"`
}

type gexfAttValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

type gexfEdges struct {
	Count int        `xml:"count,attr"`
	Edges []gexfEdge `xml:"edge"`
}

type gexfEdge struct {
	ID        string         `xml:"id,attr"`
	Source    string         `xml:"source,attr"`
	Target    string         `xml:"target,attr"`
	Weight    string         `xml:"weight,attr"`
	AttValues *gexfAttValues `xml:"attvalues,omitempty"`
}

// gexfType maps an attribute type to GEXF's name for it.
func gexfType(t string) string {
	if t == TypeInt {
		return "integer"
	}
	return t
}

func writeGEXF(w io.Writer, m *model) error {
	doc := gexfDoc{
		XMLNS: gexfNS, XSI: xsiNS, SchemaLocation: gexfSchema, Version: "1.3",
		Meta: gexfMeta{
			LastModified: m.Generated.Format("2006-01-02"),
			Creator:      "govgraph",
			Keywords:     "government work report, task decomposition, unit co-assignment network, data version " + m.DataVersion,
			Description:  clean(m.summary()),
		},
		Graph: gexfGraph{DefaultEdgeType: "undirected", Mode: "static"},
	}
	declare := func(class string, attrs []Attribute) []string {
		ids := make([]string, len(attrs))
		block := gexfAttributes{Class: class, Mode: "static"}
		for i, a := range attrs {
			ids[i] = strconv.Itoa(i)
			block.Attributes = append(block.Attributes, gexfAttribute{ID: ids[i], Title: clean(a.Key), Type: gexfType(a.Type)})
		}
		doc.Graph.Attributes = append(doc.Graph.Attributes, block)
		return ids
	}
	nodeIDs := declare("node", m.NodeAttrs)
	// The edge weight is GEXF's own attribute; it is not declared again.
	var edgeAttrs []Attribute
	for _, a := range m.EdgeAttrs {
		if a.Key != AttrWeight {
			edgeAttrs = append(edgeAttrs, a)
		}
	}
	edgeIDs := declare("edge", edgeAttrs)

	values := func(attrs []Attribute, ids []string, v map[string]any) *gexfAttValues {
		var out gexfAttValues
		for i, a := range attrs {
			if s, ok := formatValue(v[a.Key]); ok {
				out.Values = append(out.Values, gexfAttValue{For: ids[i], Value: s})
			}
		}
		if len(out.Values) == 0 {
			return nil
		}
		return &out
	}
	for _, n := range m.Nodes {
		doc.Graph.Nodes.Nodes = append(doc.Graph.Nodes.Nodes, gexfNode{
			ID: clean(n.ID), Label: clean(n.Label), AttValues: values(m.NodeAttrs, nodeIDs, n.Values),
		})
	}
	for _, e := range m.Edges {
		doc.Graph.Edges.Edges = append(doc.Graph.Edges.Edges, gexfEdge{
			ID: e.ID, Source: clean(e.Source), Target: clean(e.Target), Weight: strconv.Itoa(e.Weight),
			AttValues: values(edgeAttrs, edgeIDs, e.Values),
		})
	}
	doc.Graph.Nodes.Count = len(doc.Graph.Nodes.Nodes)
	doc.Graph.Edges.Count = len(doc.Graph.Edges.Edges)
	return encodeXML(w, doc)
}
