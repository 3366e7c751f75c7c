package storetest

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"govgraph/graph"
	"govgraph/graph/extract"
)

func init() {
	cases = append(cases, testCase{"SeedDocument", testSeedDocument})
}

// seedPath is the main fixture document, found from the module root.
const seedPath = "seeds/documents/2023-jinan-lixia-government-work-report-tasks.txt"

// moduleRoot walks up from the working directory to the go.mod.
func moduleRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	must(tb, "Getwd", err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
}

// testSeedDocument imports the real seed document, parsed by
// graph/extract with the seed tables, and checks the store's answers
// against the document and each other.
func testSeedDocument(t *testing.T, s graph.Store) {
	ctx := t.Context()
	root := moduleRoot(t)
	opts, err := extract.LoadTables(filepath.Join(root, "seeds"))
	must(t, "extract.LoadTables", err)
	doc, err := extract.ParseFile(filepath.Join(root, seedPath), opts)
	must(t, "extract.ParseFile", err)
	if len(doc.Tasks) == 0 {
		t.Fatal("the seed document parsed to no tasks")
	}

	first, err := s.Import(ctx, doc)
	must(t, "Import", err)
	if first.Tasks != len(doc.Tasks) || first.Replaced || first.Unchanged {
		t.Errorf("ImportResult %+v for a document of %d tasks", first, len(doc.Tasks))
	}
	again, err := s.Import(ctx, doc)
	must(t, "second Import", err)
	want := first
	want.Unchanged = true
	same(t, "second ImportResult", again, want)

	got, err := s.Document(ctx, doc.Meta.ID)
	must(t, "Document", err)
	if !reflect.DeepEqual(got, doc) {
		t.Errorf("Document is not the imported seed document:\n%s", diffDocs(got, doc))
	}

	counts, err := s.Counts(ctx)
	must(t, "Counts", err)
	leaders, units, projects := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, task := range doc.Tasks {
		for _, n := range task.Leaders {
			leaders[n] = true
		}
		for _, n := range task.Involved() {
			units[n] = true
		}
		for _, n := range task.Projects {
			projects[n] = true
		}
	}
	same(t, "Counts of the seed document", counts, graph.Counts{
		Documents: 1, Tasks: len(doc.Tasks), Leaders: len(leaders), Units: len(units), Projects: len(projects),
	})
	docs, err := s.Documents(ctx)
	must(t, "Documents", err)
	targets := 0
	for _, task := range doc.Tasks {
		targets += len(task.Targets)
	}
	same(t, "Documents", docs, []graph.DocumentInfo{{DocumentMeta: doc.Meta, Stats: graph.DocumentStats{
		Sections: len(doc.Sections), Tasks: len(doc.Tasks), Leaders: len(doc.Leaders), Units: len(doc.Units),
		Projects: len(doc.Projects), Targets: targets, Diagnostics: len(doc.Diagnostics), Coverage: doc.Profile.Coverage,
	}}})

	checkConsistency(t, s)

	// The document node's neighbours are its sections.
	g, err := s.Neighbours(ctx, graph.NodeID(graph.NodeDocument, doc.Meta.ID), 1, 0)
	must(t, "Neighbours", err)
	if len(g.Nodes) != 1+len(doc.Sections) {
		t.Errorf("Neighbours of the document: %d nodes, want the document and its %d sections", len(g.Nodes), len(doc.Sections))
	}
}
