package main

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"govgraph/api"
	"govgraph/graph/embedded"
)

// exported is the part of a JSON export that must not depend on the door.
type exported struct {
	DataVersion  string              `json:"dataVersion"`
	Description  string              `json:"description"`
	GraphMetrics map[string]*float64 `json:"graphMetrics"`
	Nodes        []struct {
		ID         string         `json:"id"`
		Attributes map[string]any `json:"attributes"`
	} `json:"nodes"`
	Edges []struct {
		ID     string `json:"id"`
		Weight int    `json:"weight"`
	} `json:"edges"`
}

// `govgraph export` and GET /api/v1/export give the same communities and
// metrics for the same data: both go through graph/survey.
func TestExportSameThroughBothDoors(t *testing.T) {
	data := t.TempDir()
	if _, _, err := run(t, "import", "--quiet", "--data", data, "--tables", "../../seeds", seed); err != nil {
		t.Fatal(err)
	}
	for _, tasks := range []bool{false, true} {
		args := []string{"export", "--data", data, "--format", "json"}
		path := "/api/v1/export?format=json"
		if tasks {
			args = append(args, "--tasks")
			path += "&tasks=1"
		}
		out, _, err := run(t, args...)
		if err != nil {
			t.Fatal(err)
		}
		var cli exported
		if err := json.Unmarshal([]byte(out), &cli); err != nil {
			t.Fatalf("CLI export is not JSON: %v", err)
		}

		store, err := embedded.Open(data + "/store")
		if err != nil {
			t.Fatal(err)
		}
		rec := httptest.NewRecorder()
		api.NewHandler(api.Config{Store: store, Logger: slog.New(slog.DiscardHandler)}).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		store.Close()
		if rec.Code != http.StatusOK {
			t.Fatalf("GET %s: %d %s", path, rec.Code, rec.Body)
		}
		var web exported
		if err := json.Unmarshal(rec.Body.Bytes(), &web); err != nil {
			t.Fatalf("API export is not JSON: %v", err)
		}

		if len(cli.Nodes) < 50 || cli.GraphMetrics["communities"] == nil || *cli.GraphMetrics["communities"] < 2 {
			t.Fatalf("the CLI export has %d nodes and graph metrics %v: not the seed's analysed network", len(cli.Nodes), cli.GraphMetrics)
		}
		// PageRank iterates to a tolerance, in an order gonum does not fix:
		// runs agree to about 1e-12, not to the last bit.
		if diff := cmp.Diff(cli, web, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
			t.Errorf("tasks %v: the CLI and the API export differ (-cli +api):\n%s", tasks, diff)
		}
	}
}
