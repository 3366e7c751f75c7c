package export

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"govgraph/graph"
)

// CSV export: nodes.csv and edges.csv with Gephi's spreadsheet column names
// (Id, Label; Source, Target, Type, Id, Weight), metadata.json with the
// definitions, column types and documents, and README.txt saying the same in
// prose. One stream is a zip archive of these files; WriteDir writes them
// into a directory.

// Member files of a CSV export.
const (
	NodesFile    = "nodes.csv"
	EdgesFile    = "edges.csv"
	MetadataFile = "metadata.json"
	ReadmeFile   = "README.txt"
)

// Metadata is the content of metadata.json, and the head of a JSON export.
type Metadata struct {
	Generator    string              `json:"generator"`
	Generated    time.Time           `json:"generated"`
	DataVersion  string              `json:"dataVersion"`
	Description  string              `json:"description"`
	Directed     bool                `json:"directed"`
	Documents    []DocumentRef       `json:"documents"`
	Definitions  map[string]string   `json:"definitions"`
	GraphMetrics map[string]*float64 `json:"graphMetrics,omitempty"`
	Attributes   struct {
		Node []Attribute `json:"node"`
		Edge []Attribute `json:"edge"`
	} `json:"attributes"`
}

func (m *model) metadata() Metadata {
	md := Metadata{
		Generator: "govgraph", Generated: m.Generated, DataVersion: m.DataVersion,
		Description: m.Description, Documents: m.documentRefs(), Definitions: m.Definitions,
	}
	if len(m.GraphMetrics) > 0 {
		md.GraphMetrics = make(map[string]*float64, len(m.GraphMetrics))
		for k, v := range m.GraphMetrics {
			md.GraphMetrics[k] = jsonFloat(v)
		}
	}
	md.Attributes.Node, md.Attributes.Edge = m.NodeAttrs, m.EdgeAttrs
	return md
}

// spreadsheetSafe defuses cells that a spreadsheet would run as a formula
// (names come from untrusted documents): text starting with = + - @ or a
// tab or carriage return gets a leading apostrophe; numbers stay as they are.
func spreadsheetSafe(row []string) []string {
	for i, c := range row {
		if c == "" || !strings.ContainsRune("=+-@\t\r", rune(c[0])) {
			continue
		}
		if _, err := strconv.ParseFloat(c, 64); err == nil {
			continue
		}
		row[i] = "'" + c
	}
	return row
}

// csvFiles renders the members of a CSV export in order.
func csvFiles(m *model) ([]member, error) {
	var nodes bytes.Buffer
	cw := csv.NewWriter(&nodes)
	header := []string{"Id", "Label"}
	for _, a := range m.NodeAttrs {
		header = append(header, a.Key)
	}
	cw.Write(header)
	for _, n := range m.Nodes {
		row := []string{clean(n.ID), clean(n.Label)}
		for _, a := range m.NodeAttrs {
			s, _ := formatValue(n.Values[a.Key])
			row = append(row, s)
		}
		cw.Write(spreadsheetSafe(row))
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return nil, err
	}

	var edges bytes.Buffer
	cw = csv.NewWriter(&edges)
	header = []string{"Source", "Target", "Type", "Id", "Weight"}
	for _, a := range m.EdgeAttrs {
		if a.Key != AttrWeight {
			header = append(header, a.Key)
		}
	}
	cw.Write(header)
	for _, e := range m.Edges {
		row := []string{clean(e.Source), clean(e.Target), "Undirected", e.ID, strconv.Itoa(e.Weight)}
		for _, a := range m.EdgeAttrs {
			if a.Key != AttrWeight {
				s, _ := formatValue(e.Values[a.Key])
				row = append(row, s)
			}
		}
		cw.Write(spreadsheetSafe(row))
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return nil, err
	}

	meta, err := json.MarshalIndent(m.metadata(), "", "  ")
	if err != nil {
		return nil, err
	}
	readme := "govgraph CSV export\n===================\n\n" + m.summary() +
		"\nFiles:\n- " + NodesFile + ": one row per node; Id is the govgraph node id, then one column per node attribute.\n" +
		"- " + EdgesFile + ": one row per undirected edge (Source, Target are node ids); Weight is the edge weight.\n" +
		"- " + MetadataFile + ": the same metadata as JSON, with each column's type (string, int, double, boolean).\n" +
		"Empty cells mean the attribute does not apply to that node.\n"
	return []member{
		{NodesFile, nodes.Bytes()},
		{EdgesFile, edges.Bytes()},
		{MetadataFile, append(meta, '\n')},
		{ReadmeFile, []byte(readme)},
	}, nil
}

type member struct {
	name string
	data []byte
}

func writeCSVZip(w io.Writer, m *model) error {
	files, err := csvFiles(m)
	if err != nil {
		return err
	}
	zw := zip.NewWriter(w)
	for _, f := range files {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: m.Generated})
		if err != nil {
			return err
		}
		if _, err := fw.Write(f.data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// WriteDir writes ds in format into the directory dir, creating it when
// needed, and returns the paths written: for CSV the member files
// (nodes.csv, edges.csv, metadata.json, README.txt), for other formats
// FileName(format).
func WriteDir(dir, format string, ds Dataset) ([]string, error) {
	f, err := Format(format)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, graph.Errorf(graph.EINVALID, "%s: cannot create directory: %v", dir, err)
	}
	if f != FormatCSV {
		path := filepath.Join(dir, FileName(f))
		var buf bytes.Buffer
		if err := Write(&buf, f, ds); err != nil {
			return nil, err
		}
		if err := writeFile(path, buf.Bytes()); err != nil {
			return nil, err
		}
		return []string{path}, nil
	}
	m, err := build(ds)
	if err != nil {
		return nil, err
	}
	files, err := csvFiles(m)
	if err != nil {
		return nil, err
	}
	var paths []string
	for _, file := range files {
		path := filepath.Join(dir, file.name)
		if err := writeFile(path, file.data); err != nil {
			return paths, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}

// writeFile writes data through a temporary file, so that a failed export
// leaves no half-written file under the final name.
func writeFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return graph.Errorf(graph.EINVALID, "%s: cannot write: %v", path, err)
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return graph.Errorf(graph.EINVALID, "%s: cannot write: %v", path, werr)
	}
	return nil
}
