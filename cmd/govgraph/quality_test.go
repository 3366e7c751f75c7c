package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"govgraph/graph/compare"
)

// The data directory's own tables (written by accepted suggestions of the
// quality queue) are read by import and compare over --tables: an alias
// accepted for 市中区 renames the unit at import, a lineage row maps it in
// the comparison.
func TestDataTables(t *testing.T) {
	data := t.TempDir()
	tables := filepath.Join(data, "tables")
	os.MkdirAll(tables, 0o750)
	os.WriteFile(filepath.Join(tables, "aliases.tsv"), []byte("区住建局\t区住房和城乡建设局\t济南市市中区\n"), 0o640)
	os.WriteFile(filepath.Join(tables, "lineage.tsv"), []byte("济南市市中区\t2025-02-12\trename\t区教育和体育局\t区教育局\n"), 0o640)
	sz2024, sz2025 := "../../testdata/corpus/2024-jinan-shizhong-tasks.txt", "../../testdata/quality/2025-jinan-shizhong-tasks.txt"
	if _, _, err := run(t, "import", "--quiet", "--data", data, "--tables", "../../seeds", sz2024, sz2025); err != nil {
		t.Fatal(err)
	}
	out, _, err := run(t, "compare", "--format", "json", "--data", data, "--tables", "../../seeds", sz2024, sz2025)
	if err != nil {
		t.Fatal(err)
	}
	var r compare.Result
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	added := strings.Join(r.Units.Added, ",")
	if strings.Contains(added, "区住建局") || strings.Contains(added, "区教育局") || len(r.Units.Lineage) != 1 {
		t.Errorf("added %s, lineage %+v; want 区住建局 aliased and 区教育局 renamed", added, r.Units.Lineage)
	}
	// A malformed row stops the command, naming the file.
	os.WriteFile(filepath.Join(tables, "lineage.tsv"), []byte("济南市市中区\t2025\trename\t甲\t乙\n"), 0o640)
	if _, _, err := run(t, "import", "--quiet", "--data", data, "--tables", "../../seeds", sz2024); err == nil || !strings.Contains(err.Error(), filepath.Join(tables, "lineage.tsv")) {
		t.Errorf("malformed data table: %v", err)
	}
}
