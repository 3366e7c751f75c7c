package export

import (
	"encoding/json"
	"io"
	"math"
)

// JSON export: the metadata (definitions, documents, attribute types) and
// the nodes and edges with their attributes. Text is kept as it is; a number
// that JSON cannot hold (NaN, ±Inf) is null.

type jsonExport struct {
	Metadata
	Nodes []jsonNode `json:"nodes"`
	Edges []jsonEdge `json:"edges"`
}

type jsonNode struct {
	ID         string         `json:"id"`
	Label      string         `json:"label"`
	Attributes map[string]any `json:"attributes"`
}

type jsonEdge struct {
	ID         string         `json:"id"`
	Source     string         `json:"source"`
	Target     string         `json:"target"`
	Weight     int            `json:"weight"`
	Attributes map[string]any `json:"attributes"`
}

func writeJSON(w io.Writer, m *model) error {
	out := jsonExport{Metadata: m.metadata(), Nodes: []jsonNode{}, Edges: []jsonEdge{}}
	for _, n := range m.Nodes {
		out.Nodes = append(out.Nodes, jsonNode{ID: n.ID, Label: n.Label, Attributes: jsonValues(n.Values)})
	}
	for _, e := range m.Edges {
		out.Edges = append(out.Edges, jsonEdge{ID: e.ID, Source: e.Source, Target: e.Target, Weight: e.Weight, Attributes: jsonValues(e.Values)})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func jsonValues(v map[string]any) map[string]any {
	out := make(map[string]any, len(v))
	for k, x := range v {
		if f, ok := x.(float64); ok {
			out[k] = jsonFloat(f)
		} else {
			out[k] = x
		}
	}
	return out
}

// jsonFloat is f, or nil when JSON cannot hold it.
func jsonFloat(f float64) *float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil
	}
	return &f
}
