package extract_test

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

type projectPair struct {
	task int
	name string
}

// readGolden reads testdata/seed-projects.tsv: task index<TAB>project.
func readGolden(t *testing.T) map[projectPair]bool {
	t.Helper()
	f, err := os.Open(fixture("seed-projects.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold := map[projectPair]bool{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		idx, name, ok := strings.Cut(line, "\t")
		task, err := strconv.Atoi(idx)
		if !ok || err != nil {
			t.Fatalf("seed-projects.tsv:%d: want task<TAB>name", n)
		}
		gold[projectPair{task, name}] = true
	}
	return gold
}

// Projects are found by rules (facility suffixes, 等-lists with a project
// word, roads under works, stop lists); this measures them against the
// hand-labelled golden file.
func TestSeedProjectsPrecisionRecall(t *testing.T) {
	doc := parseFile(t, seedPath, seedTables(t))
	gold := readGolden(t)
	got := map[projectPair]bool{}
	for _, task := range doc.Tasks {
		for _, p := range task.Projects {
			got[projectPair{task.Index, p}] = true
		}
	}
	tp := 0
	for p := range got {
		if gold[p] {
			tp++
		} else {
			t.Logf("false positive: task %d %s", p.task, p.name)
		}
	}
	for p := range gold {
		if !got[p] {
			t.Logf("missed: task %d %s", p.task, p.name)
		}
	}
	precision := float64(tp) / float64(len(got))
	recall := float64(tp) / float64(len(gold))
	t.Logf("projects: %d found, %d golden, %d correct: precision %.3f recall %.3f", len(got), len(gold), tp, precision, recall)
	if precision < 0.9 || recall < 0.9 {
		t.Errorf("precision %.3f recall %.3f, want both >= 0.9", precision, recall)
	}
	// Top-level projects list each project once, with its tasks.
	seen := map[string]bool{}
	for _, p := range doc.Projects {
		if seen[p.Name] || len(p.Tasks) == 0 {
			t.Errorf("project %+v", p)
		}
		seen[p.Name] = true
		for _, ti := range p.Tasks {
			if !got[projectPair{ti, p.Name}] {
				t.Errorf("project %s lists task %d which does not name it", p.Name, ti)
			}
		}
	}
}
