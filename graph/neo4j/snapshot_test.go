package neo4j_test

import (
	"reflect"
	"testing"

	"govgraph/graph"
	"govgraph/graph/embedded"
	"govgraph/graph/neo4j"
	"govgraph/graph/storetest"
)

// TestSnapshotsFollowTheirDocument checks that the network snapshot on a
// document node is written by its import, replaced with it and deleted
// with it, so that the network read from snapshots is the network of the
// stored tasks.
func TestSnapshotsFollowTheirDocument(t *testing.T) {
	cfg := testConfig(t)
	s := openWith(t, cfg)
	ctx := t.Context()
	a := storetest.Generate(61, lixia, 2023, 40)
	b := storetest.Generate(62, lixia, 2024, 40)
	for _, d := range []*graph.Document{a, b} {
		if _, err := s.Import(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	formats := func() map[string]int64 {
		out := map[string]int64{}
		for _, r := range admin(t, cfg, "MATCH (d:Document) WHERE d.networkTasks IS NOT NULL RETURN d.id, d.networkFormat") {
			out[r.Values[0].(string)] = r.Values[1].(int64)
		}
		return out
	}
	if got := formats(); len(got) != 2 {
		t.Fatalf("documents with a snapshot: %v, want both", got)
	}
	// A new version of a (same seed and year: same id) with fewer tasks:
	// the network must be that of the embedded store holding the same.
	a2 := storetest.Generate(61, lixia, 2023, 25)
	if a2.Meta.ID != a.Meta.ID {
		t.Fatal("the replacement has another id")
	}
	if res, err := s.Import(ctx, a2); err != nil || !res.Replaced {
		t.Fatalf("replace: %+v, %v", res, err)
	}
	ref, err := embedded.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	for _, d := range []*graph.Document{a2, b} {
		if _, err := ref.Import(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	for _, role := range []string{graph.RoleAny, graph.RoleLead, graph.RoleResponsible} {
		f := graph.NetworkFilter{Role: role}
		want, err := ref.UnitNetwork(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.UnitNetwork(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("role %s: the network after replacing a document is not the embedded store's", role)
		}
	}
	if err := s.DeleteDocument(ctx, b.Meta.ID); err != nil {
		t.Fatal(err)
	}
	if got := formats(); len(got) != 1 {
		t.Errorf("documents with a snapshot after a delete: %v, want one", got)
	}
}

// TestOpenBackfillsSnapshots: documents stored without a network snapshot
// (by an older govgraph) get one when a store opens, and answer as before.
func TestOpenBackfillsSnapshots(t *testing.T) {
	cfg := testConfig(t)
	s := openWith(t, cfg)
	ctx := t.Context()
	for i, j := range []string{lixia, "青岛市市南区"} {
		if _, err := s.Import(ctx, storetest.Generate(uint64(70+i), j, 2023, 30)); err != nil {
			t.Fatal(err)
		}
	}
	want, err := s.UnitNetwork(ctx, graph.NetworkFilter{Role: graph.RoleResponsible})
	if err != nil {
		t.Fatal(err)
	}
	version, err := s.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	admin(t, cfg, "MATCH (d:Document) REMOVE d.networkFormat, d.networkUnits, d.networkLeaders, d.networkHead, d.networkTasks, d.networkLead")
	if _, err := s.UnitNetwork(ctx, graph.NetworkFilter{}); graph.ErrorCode(err) != graph.EINTERNAL {
		t.Errorf("network without snapshots: %v, want an internal error", err)
	}
	reopened, err := neo4j.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer reopened.Close()
	got, err := reopened.UnitNetwork(ctx, graph.NetworkFilter{Role: graph.RoleResponsible})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("network after the backfill differs from the network before")
	}
	if v, err := reopened.Version(ctx); err != nil || v != version {
		t.Errorf("version after the backfill %q (%v), want %q unchanged", v, err, version)
	}
}
