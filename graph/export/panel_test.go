package export_test

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"govgraph/graph"
	"govgraph/graph/analytics"
	"govgraph/graph/export"
)

// unzip returns the members of a zip archive by name, in order.
func unzipPanel(t *testing.T, data []byte) ([]string, map[string][]byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	files := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, f.Name)
		files[f.Name] = b
	}
	return names, files
}

func readBOMCSV(t *testing.T, name string, data []byte) [][]string {
	t.Helper()
	if !bytes.HasPrefix(data, []byte("\ufeff")) {
		t.Fatalf("%s does not start with a UTF-8 byte order mark", name)
	}
	rows, err := csv.NewReader(bytes.NewReader(data[3:])).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return rows
}

func TestWritePanel(t *testing.T) {
	report := func(units ...analytics.UnitMetrics) *analytics.Report {
		return &analytics.Report{Units: units, Network: analytics.NetworkMetrics{Nodes: len(units), Links: 1, Density: 1, Modularity: 0, Communities: 1, Components: 1}}
	}
	unit := func(name string, tasks int, score float64) analytics.UnitMetrics {
		return analytics.UnitMetrics{Name: name, Kind: graph.KindDepartment, Tasks: tasks, LeadTasks: 1, Leaders: 1, Degree: 1, WeightedDegree: 1,
			Brokerage: analytics.Brokerage{Coordinator: 2, Total: 3}, Bottleneck: analytics.Bottleneck{Score: score}}
	}
	docs := []export.PanelDocument{
		{Meta: graph.DocumentMeta{ID: "b", Jurisdiction: "济南市历下区", Year: 2025, Date: "2025-02-10", Title: "2025年分解"}, Tasks: 2,
			Report: report(unit("区新局", 2, 1), unit("区乙局", 1, 0)), LineageIDs: map[string]string{"区新局": "济南市历下区/区新局", "区乙局": "济南市历下区/区乙局"}},
		{Meta: graph.DocumentMeta{ID: "a", Jurisdiction: "济南市历下区", Year: 2024, Date: "2024-02-06", Title: "=2024年分解"}, Tasks: 3,
			Report: report(unit("区甲局", 3, 0.5), unit("区乙局", 1, 0.5)), LineageIDs: map[string]string{"区甲局": "济南市历下区/区新局", "区乙局": "济南市历下区/区乙局"}},
	}
	var first, second bytes.Buffer
	if err := export.WritePanel(&first, "v1", docs); err != nil {
		t.Fatal(err)
	}
	docs[0], docs[1] = docs[1], docs[0]
	if err := export.WritePanel(&second, "v1", docs); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Error("the same documents in another order give other bytes")
	}
	names, files := unzipPanel(t, first.Bytes())
	if d := cmp.Diff([]string{export.PanelUnitsFile, export.PanelDocumentsFile, export.PanelDefinitionsFile, export.ReadmeFile}, names); d != "" {
		t.Errorf("members (-want +got):\n%s", d)
	}

	units := readBOMCSV(t, export.PanelUnitsFile, files[export.PanelUnitsFile])
	header := units[0]
	if header[0] != "jurisdiction" || header[5] != "lineage_id" || header[len(header)-1] != "bottleneckRank" {
		t.Errorf("panel header %v", header)
	}
	col := func(row []string, name string) string {
		for i, h := range header {
			if h == name {
				return row[i]
			}
		}
		t.Fatalf("no column %s", name)
		return ""
	}
	// Rows by date, then unit name: 2024 (区乙局 < 区甲局), then 2025 (区乙局 < 区新局).
	var got [][]string
	for _, r := range units[1:] {
		got = append(got, []string{col(r, "year"), col(r, "document"), col(r, "unit"), col(r, "lineage_id"), col(r, "tasks"), col(r, "brokerCoordinator"), col(r, "bottleneckRank")})
	}
	want := [][]string{
		{"2024", "a", "区乙局", "济南市历下区/区乙局", "1", "2", "1"},
		{"2024", "a", "区甲局", "济南市历下区/区新局", "3", "2", "1"},
		{"2025", "b", "区乙局", "济南市历下区/区乙局", "1", "2", "2"},
		{"2025", "b", "区新局", "济南市历下区/区新局", "2", "2", "1"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("panel rows (-want +got):\n%s", d)
	}

	documents := readBOMCSV(t, export.PanelDocumentsFile, files[export.PanelDocumentsFile])
	if d := cmp.Diff([]string{"jurisdiction", "year", "date", "document", "title", "tasks", "units", "ties", "density", "centralisation", "modularity", "communities", "components", "tasksPerUnit"}, documents[0]); d != "" {
		t.Errorf("documents header (-want +got):\n%s", d)
	}
	if len(documents) != 3 || documents[1][3] != "a" || documents[1][4] != "'=2024年分解" || documents[1][5] != "3" || documents[1][13] != "2" || documents[2][13] != "1.5" {
		t.Errorf("documents rows %v (a title starting with = is defused)", documents[1:])
	}

	defs := readBOMCSV(t, export.PanelDefinitionsFile, files[export.PanelDefinitionsFile])
	defined := map[string]bool{}
	for _, r := range defs[1:] {
		if r[2] == "" {
			t.Errorf("%s %s has no definition", r[0], r[1])
		}
		defined[r[0]+"/"+r[1]] = true
	}
	for _, h := range header {
		if !defined[export.PanelUnitsFile+"/"+h] {
			t.Errorf("column %s of %s is not defined", h, export.PanelUnitsFile)
		}
	}
	for _, h := range documents[0] {
		if !defined[export.PanelDocumentsFile+"/"+h] {
			t.Errorf("column %s of %s is not defined", h, export.PanelDocumentsFile)
		}
	}
	if !strings.Contains(string(files[export.ReadmeFile]), "2 documents") {
		t.Errorf("README: %s", files[export.ReadmeFile])
	}

	if err := export.Write(io.Discard, export.FormatPanel, export.Dataset{}); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("Write of the panel format: %v, want EINVALID", err)
	}
	if f, err := export.Format("PANEL"); err != nil || f != export.FormatPanel || export.ContentType(f) != "application/zip" || export.FileName(f) != export.PanelFileName {
		t.Errorf("Format(PANEL) = %q, %v", f, err)
	}
}
