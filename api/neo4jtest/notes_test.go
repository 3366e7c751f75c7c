package neo4jtest_test

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"govgraph/api"
	"govgraph/graph"
	"govgraph/graph/embedded"
	"govgraph/graph/extract"
)

// A task's footnotes and measure columns, and a document's coverage, reach
// the views through every route that lists tasks or documents, on the
// embedded store and (with NEO4J_URI) on Neo4j, as the OpenAPI document
// describes them.
func TestNotesMeasuresAndCoverageThroughTheAPI(t *testing.T) {
	opts, err := extract.LoadTables(filepath.Join("..", "..", "seeds"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := extract.ParseFile(filepath.Join("..", "..", "testdata", "notes", "2024-jinan-huaiyin-measures.md"), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Tasks) < 2 || len(doc.Tasks[0].Notes) == 0 || len(doc.Tasks[0].Measures) == 0 {
		t.Fatalf("the fixture's first task has no notes or measures: %+v", doc.Tasks)
	}
	stores := map[string]func(t *testing.T) graph.Store{
		"embedded": func(t *testing.T) graph.Store {
			s, err := embedded.Open(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		},
	}
	if os.Getenv("NEO4J_URI") != "" || os.Getenv("CI") == "true" {
		stores["neo4j"] = func(t *testing.T) graph.Store { return openNeo4j(t) }
	}
	for name, open := range stores {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			if _, err := s.Import(t.Context(), doc); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.DeleteDocument(t.Context(), doc.Meta.ID) })
			validate := validator(t)
			handler := api.NewHandler(api.Config{Store: s, Logger: slog.New(slog.DiscardHandler)})
			get := func(target string, v any) {
				t.Helper()
				req := httptest.NewRequest(http.MethodGet, api.Prefix+target, nil)
				rec := httptest.NewRecorder()
				handler.ServeHTTP(rec, req)
				validate(req, rec)
				if rec.Code != http.StatusOK {
					t.Fatalf("%s: %d %s", target, rec.Code, rec.Body.String())
				}
				if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
					t.Fatal(err)
				}
			}
			type extras struct {
				ID       string   `json:"id"`
				Notes    []string `json:"notes"`
				Measures []string `json:"measures"`
			}
			check := func(route string, got []extras) {
				t.Helper()
				byID := map[string]extras{}
				for _, e := range got {
					byID[e.ID] = e
				}
				for _, want := range doc.Tasks {
					e, ok := byID[want.ID]
					if !ok {
						continue
					}
					if !reflect.DeepEqual(e.Notes, want.Notes) || !reflect.DeepEqual(e.Measures, want.Measures) {
						t.Errorf("%s: task %s has notes %q, measures %q; want %q, %q", route, want.ID, e.Notes, e.Measures, want.Notes, want.Measures)
					}
				}
				if len(got) == 0 {
					t.Errorf("%s: no tasks", route)
				}
			}

			var page struct{ Tasks []extras }
			get("/tasks?document="+url.QueryEscape(doc.Meta.ID), &page)
			if len(page.Tasks) != len(doc.Tasks) {
				t.Errorf("/tasks: %d tasks, want %d", len(page.Tasks), len(doc.Tasks))
			}
			check("/tasks", page.Tasks)

			var src struct{ Tasks []extras }
			get("/documents/"+url.PathEscape(doc.Meta.ID)+"/source", &src)
			check("/documents/{id}/source", src.Tasks)

			lead := doc.Tasks[0].LeadUnits[0]
			var unit struct{ TaskList []extras }
			get("/units/"+url.PathEscape(lead)+"?jurisdiction="+url.QueryEscape(doc.Meta.Jurisdiction), &unit)
			check("/units/{name}", unit.TaskList)

			var pf struct{ Tasks []extras }
			get("/leaders/"+url.PathEscape(doc.Tasks[0].Leaders[0])+"/portfolio?jurisdiction="+url.QueryEscape(doc.Meta.Jurisdiction), &pf)
			check("/leaders/{name}/portfolio", pf.Tasks)

			var docs []graph.DocumentInfo
			get("/documents", &docs)
			found := false
			for _, d := range docs {
				if d.ID == doc.Meta.ID {
					found = true
					if d.Stats.Coverage != doc.Profile.Coverage {
						t.Errorf("/documents: coverage %+v, want %+v", d.Stats.Coverage, doc.Profile.Coverage)
					}
				}
			}
			if !found {
				t.Errorf("/documents does not list %s", doc.Meta.ID)
			}
		})
	}
}
