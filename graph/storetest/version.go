package storetest

import (
	"testing"

	"govgraph/graph"
)

// A version names one state of the data: equal versions mean equal data,
// so every write gives a version not seen for other data.

// version reads the store's data version and fails the test on error.
func version(tb testing.TB, s graph.Store) string {
	tb.Helper()
	v, err := s.Version(tb.Context())
	must(tb, "Version", err)
	if v == "" {
		tb.Fatal("Version is empty")
	}
	return v
}

func testVersion(t *testing.T, s graph.Store) {
	ctx := t.Context()
	empty := version(t, s)
	if again := version(t, s); again != empty {
		t.Errorf("Version changed without a write: %q then %q", empty, again)
	}
	seen := map[string]string{empty: "the empty store"}
	step := func(what string) string {
		t.Helper()
		v := version(t, s)
		if before, ok := seen[v]; ok {
			t.Errorf("after %s the version is %q, as for %s", what, v, before)
		}
		seen[v] = what
		return v
	}

	importAll(t, s, docA())
	withA := step("importing A")
	importAll(t, s, docA())
	if v := version(t, s); v != withA {
		t.Errorf("importing A again changed the version: %q, want %q", v, withA)
	}
	_, err := s.Import(ctx, &graph.Document{})
	wantCode(t, "Import of an empty document", err, graph.EINVALID)
	if v := version(t, s); v != withA {
		t.Errorf("a refused import changed the version: %q, want %q", v, withA)
	}

	// The same source parsed with other tables: one unit of another kind.
	retyped := docA()
	for i := range retyped.Units {
		if retyped.Units[i].Name == czj {
			retyped.Units[i].Kind = graph.KindInstitution
		}
	}
	res, err := s.Import(ctx, retyped)
	must(t, "Import of A with a retyped unit", err)
	if !res.Replaced || res.Unchanged {
		t.Errorf("Import of A with a retyped unit: %+v, want a replacement", res)
	}
	step("replacing A with the same source and a retyped unit")

	importAll(t, s, docB())
	withB := step("importing B")
	// Deleting B brings back the data of the step before: a store may give
	// it its old version again, never the version with B.
	must(t, "DeleteDocument(B)", s.DeleteDocument(ctx, idB))
	if v := version(t, s); v == withB {
		t.Errorf("deleting B kept the version %q", v)
	}
	must(t, "DeleteDocument(A)", s.DeleteDocument(ctx, idA))
	if v := version(t, s); v == withA {
		t.Errorf("after deleting every document the version is that of A: %q", v)
	}
}

// Selections give the answers of UnitNetwork and Tasks, read together with
// the current version.
func testSelections(t *testing.T, s graph.Store) {
	ctx := t.Context()
	loadFixtures(t, s)
	v := version(t, s)
	for _, f := range []graph.NetworkFilter{{}, {Documents: []string{idA}}, {MinWeight: 2}, {Role: graph.RoleLead, Limit: 2}} {
		want, err := s.UnitNetwork(ctx, f)
		must(t, "UnitNetwork", err)
		sel, err := s.NetworkSelection(ctx, f, true)
		must(t, "NetworkSelection", err)
		same(t, "NetworkSelection's network", sel.Network, want)
		same(t, "NetworkSelection's tasks", sel.Tasks, records(t, graph.NetworkTaskIDs(want)...))
		if sel.Version != v {
			t.Errorf("NetworkSelection version %q, want %q", sel.Version, v)
		}
		bare, err := s.NetworkSelection(ctx, f, false)
		must(t, "NetworkSelection without tasks", err)
		docs, err := s.Documents(ctx)
		must(t, "Documents", err)
		same(t, "NetworkSelection's documents", sel.Documents, graph.SelectedDocuments(docs, f.Scope()))
		same(t, "NetworkSelection without tasks", bare, &graph.Selection{Network: want, Documents: sel.Documents, Version: v})
	}
	_, err := s.NetworkSelection(ctx, graph.NetworkFilter{Role: "boss"}, true)
	wantCode(t, "NetworkSelection with a bad role", err, graph.EINVALID)

	for _, f := range []graph.TaskFilter{{}, {Documents: []string{idB, idC}}, {Leader: wuYi}, {Query: "街道", Limit: 1, Offset: 1}} {
		page, err := s.Tasks(ctx, graph.TaskFilter{Documents: f.Documents, Leader: f.Leader, Query: f.Query})
		must(t, "Tasks", err)
		sel, err := s.TaskSelection(ctx, f, 0)
		must(t, "TaskSelection", err)
		same(t, "TaskSelection", sel.Tasks, page.Tasks)
		if sel.Version != v {
			t.Errorf("TaskSelection version %q, want %q", sel.Version, v)
		}
		if page.Total > 1 {
			_, err := s.TaskSelection(ctx, f, page.Total-1)
			wantCode(t, "TaskSelection over most", err, graph.ETOOLARGE)
			mentionsAll(t, "TaskSelection over most", err, "narrow")
		}
	}
}
