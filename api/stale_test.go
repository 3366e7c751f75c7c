package api_test

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"govgraph/graph"
	"govgraph/graph/analytics"
	"govgraph/graph/extract"
)

// retypedSeed parses the seed again with the seed tables plus one line in
// unit-kinds.tsv that gives unit another kind: the same source, another
// document (issue 8's stale-answer reproduction).
func retypedSeed(tb testing.TB, unit, kind string) *graph.Document {
	tb.Helper()
	dir := tb.TempDir()
	for _, name := range []string{extract.AliasesFile, extract.UnitKindsFile} {
		data, err := os.ReadFile(filepath.Join("..", "seeds", name))
		if err != nil {
			tb.Fatal(err)
		}
		if name == extract.UnitKindsFile {
			data = append(data, []byte("\n"+unit+"\t"+kind+"\n")...)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	opts, err := extract.LoadTables(dir)
	if err != nil {
		tb.Fatal(err)
	}
	data, _ := seed(tb)
	doc, err := extract.Parse(seedName, data, opts)
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}

// unitKinds are the kinds of the units of a network or report, by name.
func networkKinds(net graph.UnitNetwork) map[string]string {
	out := map[string]string{}
	for _, n := range net.Nodes {
		out[n.Name] = n.Kind
	}
	return out
}

// A replacement with the same source but other tables is a new data
// version: the cached routes answer the new unit kind at once.
func TestReimportWithOtherTablesAnswersFresh(t *testing.T) {
	e := newEnv(t, true)
	const unit, kind = "区发展和改革局", graph.KindInstitution
	var before graph.UnitNetwork
	e.get(t, "/api/v1/networks/units").status(t, http.StatusOK).decode(t, &before)
	e.get(t, "/api/v1/networks/units").status(t, http.StatusOK) // now cached
	var rep analytics.Report
	e.get(t, "/api/v1/metrics/units").status(t, http.StatusOK).decode(t, &rep)
	if got := networkKinds(before)[unit]; got == "" || got == kind {
		t.Fatalf("the seed's %s has kind %q; the test needs a unit of another kind than %s", unit, got, kind)
	}

	doc := retypedSeed(t, unit, kind)
	if doc.Meta.Hash != e.doc.Meta.Hash {
		t.Fatal("the re-parsed seed has another source hash")
	}
	res, err := e.store.Import(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Replaced {
		t.Fatalf("the re-parsed seed did not replace the stored one: %+v", res)
	}

	var after graph.UnitNetwork
	r := e.get(t, "/api/v1/networks/units").status(t, http.StatusOK)
	r.decode(t, &after)
	if got := networkKinds(after)[unit]; got != kind {
		t.Errorf("after the re-import %s has kind %q (X-Cache %s), want %q", unit, got, r.Header().Get("X-Cache"), kind)
	}
	e.get(t, "/api/v1/metrics/units").status(t, http.StatusOK).decode(t, &rep)
	for _, u := range rep.Units {
		if u.Name == unit && u.Kind != kind {
			t.Errorf("after the re-import /metrics/units gives %s kind %q, want %q", unit, u.Kind, kind)
		}
	}
}
