package lineage_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"govgraph/graph"
	"govgraph/graph/lineage"
)

// An overlay directory (a data directory's tables) adds events; a unit is
// still in one event per day across the files, and the error names the
// overlay file and the line of the first one.
func TestLoadOverlays(t *testing.T) {
	seeds, data := t.TempDir(), t.TempDir()
	write := func(dir, text string) {
		if err := os.WriteFile(filepath.Join(dir, lineage.FileName), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(seeds, "甲区\t2024-05-01\trename\t区甲局\t区乙局\n")
	write(data, "# accepted\n甲区\t2024-03-01\trename\t区丙局\t区丁局\n")
	tab, err := lineage.Load(seeds, data, filepath.Join(data, "missing"))
	if err != nil {
		t.Fatal(err)
	}
	evs := tab.Events("甲区")
	if len(evs) != 2 || evs[0].From[0] != "区丙局" || evs[0].Line != 2 || evs[1].Line != 1 {
		t.Errorf("events %+v, want the overlay's (line 2) first by date", evs)
	}
	if tr := tab.Forward("甲区", "区丙局", "2024-01-01", "2024-12-31"); !slices.Equal(tr.Names, []string{"区丁局"}) {
		t.Errorf("forward %v", tr.Names)
	}
	write(data, "甲区\t2024-05-01\tabolish\t区甲局\t-\n")
	_, err = lineage.Load(seeds, data)
	if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), filepath.Join(data, lineage.FileName)+":1:") || !strings.Contains(err.Error(), filepath.Join(seeds, lineage.FileName)+":1 on") {
		t.Errorf("clash across files: %v", err)
	}
}
