package api_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"govgraph/api"
	"govgraph/graph"
	"govgraph/graph/extract"
	"govgraph/graph/quality"
)

// The queue of the 市中 2025 quality fixture over HTTP: listed read-only,
// accepted and dismissed with the admin token only, problems as
// problem+json, every answer validated against the OpenAPI document.
func TestQualityRoutes(t *testing.T) {
	tablesDir := filepath.Join(t.TempDir(), "tables")
	tables, err := quality.OpenTables(filepath.Join("..", "seeds"), tablesDir)
	if err != nil {
		t.Fatal(err)
	}
	var svc *quality.Service
	e := newEnv(t, true, withAdmin(adminToken), func(c *api.Config) {
		svc = &quality.Service{Store: c.Store, Tables: tables}
		c.Quality = svc
	})
	var ids []string
	for _, p := range []string{"testdata/corpus/2024-jinan-shizhong-tasks.txt", "testdata/quality/2025-jinan-shizhong-tasks.txt"} {
		d, err := extract.ParseFile(filepath.Join("..", p), tables.Options())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.store.Import(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, d.Meta.ID)
	}
	var r quality.Report
	e.get(t, u("/documents/"+ids[1]+"/quality")).status(t, http.StatusOK).decode(t, &r)
	if len(r.Items) != 9 || r.Coverage.Items != 2 {
		t.Fatalf("queue of %d items, coverage %+v; want 9 items, 2 numbered", len(r.Items), r.Coverage)
	}
	var seedQueue quality.Report
	e.get(t, u("/documents/"+e.doc.Meta.ID+"/quality")).status(t, http.StatusOK).decode(t, &seedQueue)
	if len(seedQueue.Items) != 0 {
		t.Errorf("seed queue %+v, want empty", seedQueue.Items)
	}
	e.get(t, u("/documents/no-such-doc/quality")).problem(t, http.StatusNotFound)

	var dup quality.Item
	for _, it := range r.Items {
		if it.Kind == quality.KindDuplicateUnit && it.Names[0] == "区文旅局" {
			dup = it
		}
	}
	post := func(target string, header ...string) response {
		return e.send(t, httptest.NewRequest(http.MethodPost, target, nil), header...)
	}
	accept := u("/documents/" + ids[1] + "/quality/" + dup.ID + "/accept")
	post(accept).problem(t, http.StatusUnauthorized)
	post(accept, "Authorization", "Bearer wrong").problem(t, http.StatusUnauthorized)
	post(accept, append([]string{"Origin", "https://evil.example"}, bearer...)...).problem(t, http.StatusForbidden)
	post(u("/documents/"+ids[1]+"/quality/nope/accept"), bearer...).problem(t, http.StatusNotFound)
	var res quality.Accepted
	post(accept, bearer...).status(t, http.StatusOK).decode(t, &res)
	if len(res.Rederived) != 1 || res.File != "aliases.tsv" {
		t.Errorf("accepted %+v", res)
	}
	var unit graph.UnitDetail
	e.get(t, u("/units/"+esc("区文化和旅游局"), "jurisdiction", "济南市市中区")).status(t, http.StatusOK).decode(t, &unit)
	if len(unit.TaskList) != 2 {
		t.Errorf("区文化和旅游局 has %d tasks after the alias, want 2 (one per year)", len(unit.TaskList))
	}
	if data, _ := os.ReadFile(filepath.Join(tablesDir, "aliases.tsv")); !strings.Contains(string(data), "区文旅局\t区文化和旅游局\t济南市市中区") {
		t.Errorf("aliases.tsv = %q", data)
	}
	// A lineage row changes the comparison at once (the cache keys on the
	// tables' version): 区教育局 is no longer an added unit.
	cmp := u("/compare", "from", ids[0], "to", ids[1])
	var before, after struct {
		Units struct {
			Added   []string `json:"added"`
			Lineage []struct {
				Event string   `json:"event"`
				From  []string `json:"from"`
			} `json:"lineage"`
		} `json:"units"`
	}
	e.get(t, cmp).status(t, http.StatusOK).decode(t, &before)
	if !slices.Contains(before.Units.Added, "区教育局") {
		t.Fatalf("before: added %v, want 区教育局", before.Units.Added)
	}
	var edu quality.Item
	for _, it := range r.Items {
		if it.Kind == quality.KindLineageCandidate && it.Names[1] == "区教育局" {
			edu = it
		}
	}
	post(u("/documents/"+ids[1]+"/quality/"+edu.ID+"/accept"), bearer...).status(t, http.StatusOK)
	e.get(t, cmp).status(t, http.StatusOK).decode(t, &after)
	if slices.Contains(after.Units.Added, "区教育局") || len(after.Units.Lineage) != 1 || after.Units.Lineage[0].From[0] != "区教育和体育局" {
		t.Errorf("after the lineage row: added %v, lineage %+v", after.Units.Added, after.Units.Lineage)
	}

	// An item without a suggestion: 409; dismissing it needs the token.
	var plain quality.Item
	for _, it := range r.Items {
		if it.Action == nil {
			plain = it
			break
		}
	}
	post(u("/documents/"+ids[1]+"/quality/"+plain.ID+"/accept"), bearer...).problem(t, http.StatusConflict)
	dismiss := u("/documents/" + ids[1] + "/quality/" + plain.ID + "/dismiss")
	post(dismiss).problem(t, http.StatusUnauthorized)
	post(dismiss, bearer...).status(t, http.StatusOK)
	e.get(t, u("/documents/"+ids[1]+"/quality")).status(t, http.StatusOK).decode(t, &r)
	if len(r.Items) != 6 || r.Dismissed != 1 {
		t.Errorf("after two accepts and a dismiss: %d items, %d dismissed; want 6 and 1", len(r.Items), r.Dismissed)
	}

	// Read-only server: writes are 403, the queue is still read.
	ro := newEnv(t, true, func(c *api.Config) { c.Quality = &quality.Service{Store: c.Store, Tables: tables} })
	ro.get(t, u("/documents/"+ro.doc.Meta.ID+"/quality")).status(t, http.StatusOK)
	ro.send(t, httptest.NewRequest(http.MethodPost, u("/documents/"+ro.doc.Meta.ID+"/quality/x/dismiss"), nil)).problem(t, http.StatusForbidden)
	// Without tables: 501.
	none := newEnv(t, true)
	none.get(t, u("/documents/"+none.doc.Meta.ID+"/quality")).problem(t, http.StatusNotImplemented)
}
