package neo4j_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"govgraph/graph/neo4j"
)

// TestImporterJVMFlags: the first run writes the class data sharing
// archive, the next maps it, and a newer jar has it written again.
func TestImporterJVMFlags(t *testing.T) {
	home := t.TempDir()
	jar := filepath.Join(home, "lib", "neo4j-import-tool-5.jar")
	if err := os.MkdirAll(filepath.Dir(jar), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(jar, []byte("jar"), 0o644); err != nil {
		t.Fatal(err)
	}
	archive := filepath.Join(home, "run", "govgraph-importer.jsa")
	want := func(flag string) {
		t.Helper()
		flags := neo4j.ImporterJVMFlags(home)
		if !slices.Contains(flags, flag) || !slices.Contains(flags, "-XX:TieredStopAtLevel=1") {
			t.Errorf("flags %q, want %s and C1 only", flags, flag)
		}
	}
	want("-XX:ArchiveClassesAtExit=" + archive)
	if err := os.WriteFile(archive, []byte("archive"), 0o444); err != nil { // as the JVM leaves it
		t.Fatal(err)
	}
	want("-XX:SharedArchiveFile=" + archive)
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(jar, later, later); err != nil {
		t.Fatal(err)
	}
	want("-XX:ArchiveClassesAtExit=" + archive)
	if _, err := os.Stat(archive); !os.IsNotExist(err) {
		t.Errorf("the stale archive is still there (%v)", err)
	}
}
