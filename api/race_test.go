package api_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"

	"govgraph/api"
	"govgraph/graph/analytics"
)

// reportSummary is what stale data would change in a metrics report.
func reportSummary(tb testing.TB, body []byte) any {
	tb.Helper()
	var rep analytics.Report
	if err := json.Unmarshal(body, &rep); err != nil {
		tb.Fatalf("metrics answer is not a report: %v", err)
	}
	units := map[string]string{}
	for _, u := range rep.Units {
		units[u.ID] = fmt.Sprintf("%d tasks, %d leads, kind %s, community %d", u.Tasks, u.LeadTasks, u.Kind, u.Community)
	}
	return []any{rep.Network.Nodes, rep.Network.Links, rep.Network.Communities, units}
}

// exportSummary is what stale data would change in a JSON export.
func exportSummary(tb testing.TB, body []byte) any {
	tb.Helper()
	var ex struct {
		DataVersion string `json:"dataVersion"`
		Nodes       []struct {
			ID         string         `json:"id"`
			Attributes map[string]any `json:"attributes"`
		} `json:"nodes"`
	}
	if err := json.Unmarshal(body, &ex); err != nil {
		tb.Fatalf("export answer is not JSON: %v", err)
	}
	nodes := map[string]any{}
	for _, n := range ex.Nodes {
		nodes[n.ID] = []any{n.Attributes["tasks"], n.Attributes["community"]}
	}
	return []any{ex.DataVersion, nodes}
}

// Reads of metrics and exports while uploads and deletes run all succeed,
// and whatever the caches kept during the writes describes the data of the
// version it is kept under: once the writes stop, the cached answers equal
// those of a server with empty caches. Run it with -race.
func TestReadsDuringWritesAreNeverStale(t *testing.T) {
	e := newEnv(t, false, withAdmin(adminToken))
	full, _ := seed(t)
	cut := bytes.LastIndexByte(full[:len(full)*2/3], '\n')
	variants := [][]byte{full, full[:cut+1]} // the same document id, other tasks

	reads := []struct {
		path    string
		summary func(testing.TB, []byte) any
	}{
		{"/api/v1/metrics/units", reportSummary},
		{"/api/v1/metrics/units?groups=leader", reportSummary},
		{"/api/v1/export?format=json&tasks=1", exportSummary},
		{"/api/v1/networks/units?metrics=1", nil},
		{"/api/v1/charts/bottleneck", nil},
	}
	serve := func(h http.Handler, path string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		return rec
	}
	for round := range 3 {
		var stop atomic.Bool
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer stop.Store(true)
			for i := range 6 {
				rec := e.sendRaw(t, uploadRequest(t, seedName, variants[i%2]), bearer...)
				if rec.Code != http.StatusCreated && rec.Code != http.StatusOK {
					t.Errorf("upload: %d %s", rec.Code, rec.Body)
					return
				}
				if i%3 == 2 {
					var res struct{ Document string }
					json.Unmarshal(rec.Body.Bytes(), &res)
					del := httptest.NewRequest(http.MethodDelete, api.Prefix+"/documents/"+res.Document, nil)
					if rec := e.sendRaw(t, del, bearer...); rec.Code != http.StatusNoContent {
						t.Errorf("delete: %d %s", rec.Code, rec.Body)
						return
					}
				}
			}
		}()
		for _, r := range reads {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for !stop.Load() {
					if rec := serve(e.handler, r.path); rec.Code != http.StatusOK {
						t.Errorf("round %d: GET %s during writes: %d %s", round, r.path, rec.Code, rec.Body)
						return
					}
				}
			}()
		}
		wg.Wait()

		fresh := api.NewHandler(e.cfg)
		for _, r := range reads {
			got, want := serve(e.handler, r.path), serve(fresh, r.path)
			if got.Code != http.StatusOK || want.Code != http.StatusOK {
				t.Fatalf("round %d: GET %s after the writes: %d and %d", round, r.path, got.Code, want.Code)
			}
			if r.summary == nil {
				continue
			}
			if diff := cmp.Diff(r.summary(t, want.Body.Bytes()), r.summary(t, got.Body.Bytes())); diff != "" {
				t.Errorf("round %d: GET %s (X-Cache %s) is not the answer for the stored data (-fresh +served):\n%s",
					round, r.path, got.Header().Get("X-Cache"), diff)
			}
		}
	}
}

// uploadRequest is a POST /documents of one file.
func uploadRequest(tb testing.TB, name string, data []byte) *http.Request {
	tb.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	part, err := w.CreateFormFile("file", name)
	if err == nil {
		_, err = part.Write(data)
	}
	if err == nil {
		err = w.Close()
	}
	if err != nil {
		tb.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, api.Prefix+"/documents", &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	return req
}
