package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"govgraph/graph"
	"govgraph/graph/extract"
)

// A data directory's tables read over the seeds add aliases and win for the
// same alias; a missing overlay is skipped; a cycle across the two is an
// error naming both files.
func TestLoadTablesOverlay(t *testing.T) {
	seeds, data := t.TempDir(), t.TempDir()
	write := func(dir, text string) {
		if err := os.WriteFile(filepath.Join(dir, extract.AliasesFile), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(seeds, "区发改局\t区发展改革局\t甲市乙区\n")
	write(data, "区发改局\t区发展和改革局\t甲市乙区\n区住建局\t区住房和城乡建设局\t甲市丙区\n")
	opts, err := extract.LoadTables(seeds, data, filepath.Join(data, "missing"))
	if err != nil {
		t.Fatal(err)
	}
	if got := opts.ScopedAliases["甲市乙区"]["区发改局"]; got != "区发展和改革局" {
		t.Errorf("区发改局 → %q, want the overlay's", got)
	}
	if got := opts.ScopedAliases["甲市丙区"]["区住建局"]; got != "区住房和城乡建设局" {
		t.Errorf("区住建局 → %q", got)
	}
	write(data, "区发展改革局\t区发改局\t甲市乙区\n")
	_, err = extract.LoadTables(seeds, data)
	if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), "cycle") || !strings.Contains(err.Error(), data) {
		t.Errorf("cycle across files: %v", err)
	}
}
