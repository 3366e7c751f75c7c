package api_test

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"govgraph/graph"
)

func TestExport(t *testing.T) {
	e := newEnv(t, true)
	net := seedNetwork(t, e, graph.NetworkFilter{})
	tests := []struct {
		format, contentType, file string
	}{
		{"graphml", "application/graphml+xml", "govgraph-units.graphml"},
		{"gexf", "application/gexf+xml", "govgraph-units.gexf"},
		{"csv", "application/zip", "govgraph-units-csv.zip"},
		{"json", "application/json", "govgraph-units.json"},
		{"GraphML", "application/graphml+xml", "govgraph-units.graphml"},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			r := e.get(t, u("/export", "format", tt.format, "document", e.doc.Meta.ID)).status(t, http.StatusOK)
			if ct := r.Header().Get("Content-Type"); !strings.HasPrefix(ct, tt.contentType) {
				t.Errorf("content type %q, want %s", ct, tt.contentType)
			}
			if cd := r.Header().Get("Content-Disposition"); cd != `attachment; filename="`+tt.file+`"` {
				t.Errorf("Content-Disposition %q", cd)
			}
			body := r.Body.String()
			switch strings.ToLower(tt.format) {
			case "graphml", "gexf":
				// The validator checked that the XML is well-formed; every
				// unit and the document's hash are in it.
				for _, n := range net.Nodes {
					if !strings.Contains(body, n.ID) {
						t.Fatalf("export lacks unit %s", n.ID)
					}
				}
				if !strings.Contains(body, e.doc.Meta.Hash) {
					t.Error("export does not cite the document hash")
				}
			case "csv":
				zr, err := zip.NewReader(bytes.NewReader(r.Body.Bytes()), int64(r.Body.Len()))
				if err != nil {
					t.Fatalf("not a zip: %v", err)
				}
				files := map[string][]byte{}
				for _, f := range zr.File {
					rc, _ := f.Open()
					files[f.Name], _ = io.ReadAll(rc)
					rc.Close()
				}
				nodes, err := csv.NewReader(bytes.NewReader(files["nodes.csv"])).ReadAll()
				if err != nil || len(nodes) != len(net.Nodes)+1 {
					t.Fatalf("nodes.csv: %d rows (%v), want header + %d", len(nodes), err, len(net.Nodes))
				}
				if !json.Valid(files["metadata.json"]) {
					t.Error("metadata.json is not JSON")
				}
			case "json":
				var out struct {
					Nodes []struct {
						ID         string         `json:"id"`
						Attributes map[string]any `json:"attributes"`
					} `json:"nodes"`
					Edges []any `json:"edges"`
				}
				r.decode(t, &out)
				if len(out.Nodes) != len(net.Nodes) || len(out.Edges) != len(net.Links) {
					t.Fatalf("%d nodes, %d edges; the network %d, %d", len(out.Nodes), len(out.Edges), len(net.Nodes), len(net.Links))
				}
				if _, ok := out.Nodes[0].Attributes["betweenness"]; !ok {
					t.Errorf("nodes carry no metrics: %v", out.Nodes[0].Attributes)
				}
			}
		})
	}

	t.Run("with the assignment graph", func(t *testing.T) {
		var out struct {
			Nodes []any `json:"nodes"`
		}
		e.get(t, u("/export", "format", "json", "tasks", "1")).status(t, http.StatusOK).decode(t, &out)
		if len(out.Nodes) <= len(net.Nodes)+len(e.doc.Tasks) {
			t.Errorf("%d nodes, want units, leaders and %d tasks", len(out.Nodes), len(e.doc.Tasks))
		}
	})
}
