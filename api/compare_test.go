package api_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"

	"govgraph/api"
	"govgraph/graph"
	"govgraph/graph/compare"
	"govgraph/graph/storetest"
	"govgraph/graph/survey"
)

// compareEnv serves the multi-year corpus (the seed, 历下区 2024 and 2025,
// 市中区 2024) with the seed lineage table.
func compareEnv(t *testing.T) (*env, []*graph.Document) {
	t.Helper()
	lin := storetest.SeedLineage(t)
	e := newEnv(t, false, func(c *api.Config) { c.Lineage = lin })
	docs := storetest.CorpusDocuments(t)
	for _, d := range docs {
		if _, err := e.store.Import(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	return e, docs
}

func TestCompare(t *testing.T) {
	e, docs := compareEnv(t)
	y2024, y2025, shizhong := docs[1].Meta.ID, docs[2].Meta.ID, docs[3].Meta.ID

	var r compare.Result
	e.get(t, u("/compare", "from", y2024, "to", y2025)).status(t, http.StatusOK).decode(t, &r)
	if !r.SameJurisdiction || r.From.Document != y2024 || r.To.Document != y2025 || r.From.Year != 2024 || r.To.Year != 2025 {
		t.Errorf("header: %+v → %+v, same %v", r.From, r.To, r.SameJurisdiction)
	}
	if !slices.Equal(r.Units.Added, []string{"区城市管理局"}) || !slices.Equal(r.Units.Removed, []string{"区统计局"}) {
		t.Errorf("units added %v, removed %v", r.Units.Added, r.Units.Removed)
	}
	if len(r.Units.Lineage) != 2 || r.Units.Lineage[0].Event != "merge" || r.Units.Lineage[1].Event != "split" {
		t.Errorf("lineage %+v", r.Units.Lineage)
	}
	if len(r.Ties.Added) != 3 || len(r.Ties.Removed) != 4 || len(r.Ties.Changed) != 1 || r.Ties.Changed[0].To != 2 {
		t.Errorf("ties %+v", r.Ties)
	}
	if !slices.Equal(r.Leaders.Added, []string{"张明"}) || !slices.Equal(r.Leaders.Removed, []string{"王若曦"}) {
		t.Errorf("leaders %+v", r.Leaders)
	}
	// The answer is what the CLI and the conformance suite compute.
	from, err := compare.Snapshot(context.Background(), survey.New(e.store), y2024)
	if err != nil {
		t.Fatal(err)
	}
	to, err := compare.Snapshot(context.Background(), survey.New(e.store), y2025)
	if err != nil {
		t.Fatal(err)
	}
	want, err := compare.Documents(from, to, e.cfg.Lineage)
	if err != nil {
		t.Fatal(err)
	}
	var direct compare.Result
	e.get(t, u("/compare", "from", y2024, "to", y2025)).status(t, http.StatusOK).decode(t, &direct)
	if !slices.Equal(direct.Units.Added, want.Units.Added) || len(direct.Ranks) != len(want.Ranks) || direct.Indicators != want.Indicators {
		t.Errorf("the API's answer differs from compare.Documents")
	}

	var cross compare.Result
	e.get(t, u("/compare", "from", y2024, "to", shizhong)).status(t, http.StatusOK).decode(t, &cross)
	if cross.SameJurisdiction || len(cross.Units.Added)+len(cross.Ties.Added)+len(cross.Load) != 0 || len(cross.Kinds) == 0 {
		t.Errorf("across jurisdictions: %+v", cross)
	}
}

func TestCompareProblems(t *testing.T) {
	e, docs := compareEnv(t)
	for _, tc := range []struct {
		target string
		status int
		code   string
	}{
		{u("/compare", "to", docs[1].Meta.ID), http.StatusBadRequest, graph.EINVALID},
		{u("/compare", "from", docs[1].Meta.ID), http.StatusBadRequest, graph.EINVALID},
		{u("/compare", "from", " ", "to", docs[1].Meta.ID), http.StatusBadRequest, graph.EINVALID},
		{u("/compare", "from", "nope", "to", docs[1].Meta.ID), http.StatusNotFound, graph.ENOTFOUND},
		{u("/compare", "from", docs[1].Meta.ID, "to", "nope"), http.StatusNotFound, graph.ENOTFOUND},
	} {
		p := e.get(t, tc.target).problem(t, tc.status)
		if p.Code != tc.code {
			t.Errorf("%s: code %s, want %s (%s)", tc.target, p.Code, tc.code, p.Detail)
		}
	}
}

func TestTrends(t *testing.T) {
	e, _ := compareEnv(t)
	var tr compare.Trends
	e.get(t, u("/trends", "jurisdiction", "济南市历下区")).status(t, http.StatusOK).decode(t, &tr)
	if tr.AsOf != "2025-02-10" || len(tr.Documents) != 3 || tr.Documents[0].Year != 2023 || tr.Documents[2].Year != 2025 {
		t.Errorf("trends header: as of %s, documents %+v", tr.AsOf, tr.Documents)
	}
	found := false
	for _, u := range tr.Units {
		if u.Unit == "区投资促进中心" {
			found = true
			if len(u.Series) != 3 || !slices.Equal(u.Series[0].Names, []string{"区投资促进局"}) {
				t.Errorf("区投资促进中心: %+v", u.Series)
			}
		}
		if u.Unit == "区投资促进局" {
			t.Errorf("the renamed 区投资促进局 has a line of its own")
		}
	}
	if !found {
		t.Error("no line for 区投资促进中心")
	}
	e.get(t, u("/trends")).problem(t, http.StatusBadRequest)
	if p := e.get(t, u("/trends", "jurisdiction", "济南市槐荫区")).problem(t, http.StatusNotFound); p.Code != "not_found" {
		t.Errorf("unknown jurisdiction: %+v", p)
	}
}

func TestExportPanel(t *testing.T) {
	e, docs := compareEnv(t)
	r := e.get(t, u("/export", "format", "panel")).status(t, http.StatusOK)
	if ct := r.Header().Get("Content-Type"); ct != "application/zip" || !strings.Contains(r.Header().Get("Content-Disposition"), "govgraph-panel.zip") {
		t.Errorf("content type %q, disposition %q", ct, r.Header().Get("Content-Disposition"))
	}
	files := panelFiles(t, r.Body.Bytes())
	units, documents := files["panel.csv"], files["documents.csv"]
	wantRows := 0
	for _, d := range docs {
		wantRows += len(d.Units)
	}
	if len(units) != wantRows+1 || len(documents) != len(docs)+1 {
		t.Fatalf("%d unit rows for %d units, %d document rows for %d documents", len(units)-1, wantRows, len(documents)-1, len(docs))
	}
	lineageOf := map[string]string{}
	for _, row := range units[1:] {
		if row[1] == "2023" {
			lineageOf[row[4]] = row[5]
		}
	}
	for unit, id := range map[string]string{
		"区投资促进局":  "济南市历下区/区投资促进中心",
		"区教育和体育局": "济南市历下区/区体育局|济南市历下区/区教育局",
		"区科学技术局":  "济南市历下区/区科技和工业信息化局",
		"区财政局":    "济南市历下区/区财政局",
	} {
		if lineageOf[unit] != id {
			t.Errorf("2023 %s: lineage_id %q, want %q", unit, lineageOf[unit], id)
		}
	}

	// One document, and an unknown one.
	one := e.get(t, u("/export", "format", "panel", "document", docs[3].Meta.ID)).status(t, http.StatusOK)
	if one.Body.Len() == 0 || bytes.Equal(one.Body.Bytes(), r.Body.Bytes()) {
		t.Error("the panel of one document is the panel of all")
	}
	e.get(t, u("/export", "format", "panel", "document", "nope")).problem(t, http.StatusNotFound)

	// The documents of one jurisdiction (the scope of the UI's export menu), and one without documents.
	const lixia = "济南市历下区"
	want := 0
	for _, d := range docs {
		if d.Meta.Jurisdiction == lixia {
			want++
		}
	}
	scoped := panelFiles(t, e.get(t, u("/export", "format", "panel", "jurisdiction", lixia)).status(t, http.StatusOK).Body.Bytes())["documents.csv"]
	if want == 0 || want == len(docs) || len(scoped) != want+1 {
		t.Fatalf("%d document rows for %s, want %d of %d", len(scoped)-1, lixia, want, len(docs))
	}
	for _, row := range scoped[1:] {
		if row[0] != lixia {
			t.Errorf("a document of %s in the panel of %s", row[0], lixia)
		}
	}
	e.get(t, u("/export", "format", "panel", "jurisdiction", "济南市槐荫区")).problem(t, http.StatusNotFound)
}

// panelFiles reads the CSV files of a panel zip.
func panelFiles(t *testing.T, body []byte) map[string][][]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][][]string{}
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".csv") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(rc)
		rc.Close()
		rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		files[f.Name] = rows
	}
	return files
}
