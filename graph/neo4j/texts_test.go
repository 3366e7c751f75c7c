package neo4j_test

import (
	"reflect"
	"testing"

	"govgraph/graph"
	"govgraph/graph/embedded"
	"govgraph/graph/neo4j"
	"govgraph/graph/storetest"
)

// TestDocumentTextsOldAndNew: an import stores a document's JSON and
// source compressed (byte arrays); documents stored by an older govgraph,
// with both as strings, read the same (Document, the network with its
// tasks, the snapshot backfill) and can be replaced.
func TestDocumentTextsOldAndNew(t *testing.T) {
	cfg := testConfig(t)
	s := openWith(t, cfg)
	ctx := t.Context()
	a := storetest.Generate(81, lixia, 2023, 30)
	b := storetest.Generate(82, lixia, 2024, 30)
	for _, d := range []*graph.Document{a, b} {
		if _, err := s.Import(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range admin(t, cfg, "MATCH (d:Document) RETURN d.id, d.json, d.source") {
		j, okJ := r.Values[1].([]byte)
		src, okS := r.Values[2].([]byte)
		if !okJ || !okS || len(j) == 0 || len(src) == 0 {
			t.Errorf("document %v stores its JSON as %T and its source as %T, want byte arrays", r.Values[0], r.Values[1], r.Values[2])
		}
	}
	read := func(s *neo4j.Store) (docs []*graph.Document, tasks []graph.TaskRecord) {
		t.Helper()
		for _, d := range []*graph.Document{a, b} {
			got, err := s.Document(ctx, d.Meta.ID)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, got)
		}
		sel, err := s.NetworkSelection(ctx, graph.NetworkFilter{}, true)
		if err != nil {
			t.Fatal(err)
		}
		return docs, sel.Tasks
	}
	wantDocs, wantTasks := read(s)
	if wantDocs[0].Source != a.Source || len(wantTasks) != len(a.Tasks)+len(b.Tasks) {
		t.Fatalf("read back: source %d bytes (want %d), %d tasks (want %d)", len(wantDocs[0].Source), len(a.Source), len(wantTasks), len(a.Tasks)+len(b.Tasks))
	}

	// As an older govgraph stored them: strings, and no snapshot.
	for _, d := range []*graph.Document{a, b} {
		p, err := graph.Prepare(d)
		if err != nil {
			t.Fatal(err)
		}
		admin(t, cfg, "MATCH (d:Document {id: $id}) SET d.json = $json, d.source = $source REMOVE d.networkFormat, d.networkTasks",
			"id", d.Meta.ID, "json", string(p.JSON), "source", d.Source)
	}
	old, err := neo4j.Open(ctx, cfg) // backfills the snapshots from the string JSON
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	if n := admin(t, cfg, "MATCH (d:Document) WHERE d.networkFormat IS NOT NULL AND valueType(d.json) = 'STRING NOT NULL' RETURN count(d)"); n[0].Values[0] != int64(2) {
		t.Fatalf("documents with string JSON and a backfilled snapshot: %v, want 2", n[0].Values[0])
	}
	gotDocs, gotTasks := read(old)
	if !reflect.DeepEqual(gotDocs, wantDocs) {
		t.Error("documents stored as strings read differently")
	}
	if !reflect.DeepEqual(gotTasks, wantTasks) {
		t.Error("the tasks of documents stored as strings read differently")
	}

	// Replacing a with fewer tasks settles the units it no longer uses from
	// b's string JSON; the network is then the embedded store's.
	a2 := storetest.Generate(81, lixia, 2023, 12)
	if res, err := old.Import(ctx, a2); err != nil || !res.Replaced {
		t.Fatalf("replace over string JSON: %+v, %v", res, err)
	}
	ref, err := embedded.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	for _, d := range []*graph.Document{b, a2} {
		if _, err := ref.Import(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	want, err := ref.UnitNetwork(ctx, graph.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := old.UnitNetwork(ctx, graph.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("the network after a replace over string JSON is not the embedded store's")
	}
}
