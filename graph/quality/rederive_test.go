package quality_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"govgraph/graph"
	"govgraph/graph/extract"
	"govgraph/graph/quality"
)

// Re-deriving a document from its stored source with the same tables gives
// the same tasks, whatever format it was read from.
func TestRederiveRoundTrip(t *testing.T) {
	dir := filepath.Join(root, "graph", "extract", "testdata", "genre")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := []string{filepath.Join(root, "seeds", "documents", "2023-jinan-lixia-government-work-report-tasks.txt")}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".want.tsv") {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	opts, err := extract.LoadTables(filepath.Join(root, "seeds"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			doc, err := extract.ParseFile(f, opts)
			if err != nil {
				if os.Getenv("CI") == "true" {
					t.Fatalf("fixture does not parse: %v", err)
				}
				t.Skipf("fixture does not parse here: %v", err) // e.g. pdftotext missing
			}
			again, err := quality.Rederive(doc, opts)
			if err != nil {
				t.Fatal(err)
			}
			if again.Meta != doc.Meta {
				t.Errorf("meta %+v\nwant %+v", again.Meta, doc.Meta)
			}
			if got, want := triples(again), triples(doc); !slices.Equal(got, want) {
				t.Errorf("%d tasks again, %d first; first difference at %d", len(got), len(want), firstDiff(got, want))
			}
		})
	}
}

func triples(d *graph.Document) []string {
	var out []string
	for _, t := range d.Tasks {
		out = append(out, strings.Join([]string{t.Text, strings.Join(t.Leaders, "、"), strings.Join(t.LeadUnits, "、"), strings.Join(t.Units, "、"), t.Deadline}, "|"))
	}
	return out
}

func firstDiff(a, b []string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
