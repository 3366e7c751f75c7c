package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A bulk import stops at a file that fails to parse, before the
// importer runs: the error names the file, and the database is as it was.
func TestBulkImportBadFile(t *testing.T) {
	home := t.TempDir()
	db := filepath.Join(home, "data", "databases", "neo4j")
	if err := os.MkdirAll(db, 0o755); err != nil {
		t.Fatal(err)
	}
	store := filepath.Join(db, "neostore")
	if err := os.WriteFile(store, []byte("the old database"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "broken.txt")
	if err := os.WriteFile(bad, []byte("一、经济发展\n1.推进\xff\xfe工作。（牵头单位：区发改委）\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	_, _, err := run(t, "import", "--bulk", "--neo4j-home", home, "--tables", "../../seeds", seed, bad)
	if err == nil || !strings.Contains(err.Error(), "exists already") || !strings.Contains(err.Error(), "--overwrite") {
		t.Errorf("bulk import over an existing database without --overwrite: %v", err)
	}
	_, _, err = run(t, "import", "--bulk", "--overwrite", "--neo4j-home", home, "--tables", "../../seeds", seed, bad)
	if err == nil {
		t.Fatal("a bulk import with a broken file succeeded")
	}
	for _, want := range []string{bad, "UTF-8", "nothing was imported"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if data, err := os.ReadFile(store); err != nil || string(data) != "the old database" {
		t.Errorf("the old database changed: %q, %v", data, err)
	}
	if left, _ := filepath.Glob(filepath.Join(home, "data", ".govgraph-bulk-*")); len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}

	for _, args := range [][]string{
		{"import", "--bulk", seed},
		{"import", "--overwrite", "--data", t.TempDir(), seed},
	} {
		if _, _, err := run(t, args...); err == nil || !strings.Contains(err.Error(), "--bulk") {
			t.Errorf("%v: %v; want an error about --bulk", args, err)
		}
	}
}
