package extract_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"govgraph/graph"
)

// The genre fixtures: documents written for this project in the conventions of
// real 分工方案 of many provinces and levels (testdata/genre/NAME.EXT), each
// with hand-written expected triples in NAME.want.tsv:
//
//	# key<TAB>role<TAB>name
//	老旧小区改造	leader	张三
//	老旧小区改造	lead	区住房和城乡建设局
//	老旧小区改造	unit	区财政局
//	开展全民健身	task	-
//
// key is a substring of the task text that names exactly one task; role is
// leader, lead, unit or task (the task exists, with whatever roles it has),
// or measure (a goal or milestone kept beside the task text) or project
// (a project the task names): a want file that lists one measure or project
// is scored on the measures or projects of every task.
// Every expected task has a task line. Score: precision and recall of the
// (key, role, name) triples; an extracted task that contains no key scores
// its triples as false positives.
const genreMinF1 = 0.97

type triple struct{ key, role, name string }

func TestGenreFixtures(t *testing.T) {
	wants, err := filepath.Glob(filepath.Join("testdata", "genre", "*.want.tsv"))
	if err != nil || len(wants) == 0 {
		t.Fatalf("no genre fixtures in testdata/genre (%v)", err)
	}
	opts := seedTables(t)
	var rows []string
	var tpAll, predAll, wantAll int
	for _, wantPath := range wants {
		want, keys := readWant(t, wantPath)
		docPath := docBeside(t, wantPath)
		if docPath == "" {
			continue
		}
		sc := scoreDoc(parseFile(t, docPath, opts), want, keys)
		tpAll, predAll, wantAll = tpAll+sc.tp, predAll+len(sc.pred), wantAll+len(want)
		rows = append(rows, fmt.Sprintf("%-40s %5d tasks  P %.3f  R %.3f  F1 %.3f", filepath.Base(docPath), len(keys), sc.p, sc.r, sc.f1))
		if sc.f1 < genreMinF1 {
			t.Errorf("%s: F1 %.3f < %.2f\n  missing: %s\n  extra: %s", docPath, sc.f1, genreMinF1,
				strings.Join(sc.missing, "; "), strings.Join(sc.extra, "; "))
		}
	}
	p, r := ratio(tpAll, predAll), ratio(tpAll, wantAll)
	rows = append(rows, fmt.Sprintf("%-40s %5s        P %.3f  R %.3f  micro-F1 %.3f", "all", "", p, r, 2*p*r/(p+r)))
	t.Log("genre fixtures:\n" + strings.Join(rows, "\n"))
}

// docBeside returns the document a want file scores (NAME.EXT beside
// NAME.want.tsv), or "" after reporting that there is none.
func docBeside(t *testing.T, wantPath string) string {
	t.Helper()
	base := strings.TrimSuffix(wantPath, ".want.tsv")
	docs, _ := filepath.Glob(base + ".*")
	for _, p := range docs {
		if !strings.HasSuffix(p, ".want.tsv") {
			return p
		}
	}
	t.Errorf("%s: no document beside it", wantPath)
	return ""
}

// genreScore is a parse scored against a want file: true positives, the
// predicted triples, precision, recall, F1 and what is missing or extra.
type genreScore struct {
	tp             int
	pred           map[triple]bool
	p, r, f1       float64
	missing, extra []string
}

// scoreDoc scores the tasks of doc against want: each task is named by the
// first key (longest first) its text contains; a task with no key scores its
// triples as false positives.
func scoreDoc(doc *graph.Document, want map[triple]bool, keys []string) genreScore {
	measures, projects := false, false
	for tr := range want {
		measures = measures || tr.role == "measure"
		projects = projects || tr.role == "project"
	}
	pred := map[triple]bool{}
	for _, task := range doc.Tasks {
		key := "?" + task.Text
		for _, k := range keys {
			if strings.Contains(task.Text, k) {
				key = k
				break
			}
		}
		pred[triple{key, "task", "-"}] = true
		for _, l := range task.Leaders {
			pred[triple{key, "leader", l}] = true
		}
		for _, u := range task.LeadUnits {
			pred[triple{key, "lead", u}] = true
		}
		for _, u := range task.Units {
			pred[triple{key, "unit", u}] = true
		}
		for _, m := range task.Measures {
			if measures {
				pred[triple{key, "measure", m}] = true
			}
		}
		for _, pr := range task.Projects {
			if projects {
				pred[triple{key, "project", pr}] = true
			}
		}
	}
	s := genreScore{pred: pred}
	for tr := range want {
		if pred[tr] {
			s.tp++
		} else {
			s.missing = append(s.missing, fmt.Sprintf("%s/%s/%s", tr.key, tr.role, tr.name))
		}
	}
	for tr := range pred {
		if !want[tr] {
			s.extra = append(s.extra, fmt.Sprintf("%s/%s/%s", short(tr.key), tr.role, tr.name))
		}
	}
	sort.Strings(s.missing)
	sort.Strings(s.extra)
	s.p, s.r = ratio(s.tp, len(pred)), ratio(s.tp, len(want))
	if s.p+s.r > 0 {
		s.f1 = 2 * s.p * s.r / (s.p + s.r)
	}
	return s
}

func readWant(t *testing.T, path string) (map[triple]bool, []string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[triple]bool{}
	var keys []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[0] == "" || f[2] == "" {
			t.Fatalf("%s:%d: want key<TAB>role<TAB>name, got %q", path, n, line)
		}
		switch f[1] {
		case "leader", "lead", "unit", "task", "measure", "project":
		default:
			t.Fatalf("%s:%d: unknown role %q", path, n, f[1])
		}
		if !seen[f[0]] {
			seen[f[0]] = true
			keys = append(keys, f[0])
		}
		want[triple{f[0], f[1], f[2]}] = true
	}
	for _, k := range keys {
		if !want[triple{k, "task", "-"}] {
			t.Fatalf("%s: key %q has no task line", path, k)
		}
	}
	// Longer keys first, so that a key contained in another names the right task.
	sort.SliceStable(keys, func(i, j int) bool { return len(keys[i]) > len(keys[j]) })
	return want, keys
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func short(s string) string {
	if r := []rune(s); len(r) > 20 {
		return string(r[:20]) + "…"
	}
	return s
}

// Documents in conventions the parser does not read
// (testdata/genre-unsupported): a table whose header names no task column; a
// table whose roles stand in its 备注 column as running text. The parse must
// not be silently wrong: the profile warns of low coverage and counts the
// items (numbered items, table rows) left unannotated.
func TestGenreUnsupportedWarns(t *testing.T) {
	docs, err := filepath.Glob(filepath.Join("testdata", "genre-unsupported", "*"))
	if err != nil {
		t.Fatal(err)
	}
	opts := seedTables(t)
	n := 0
	for _, path := range docs {
		if strings.HasSuffix(path, ".want.tsv") {
			continue
		}
		n++
		doc := parseFile(t, path, opts)
		if doc.Profile == nil {
			t.Fatalf("%s: no profile", path)
		}
		warned := false
		for _, w := range doc.Profile.Warnings {
			warned = warned || strings.Contains(w, "low coverage")
		}
		if !warned || doc.Profile.Coverage.Unannotated == 0 {
			t.Errorf("%s: no low-coverage warning (coverage %+v, warnings %q)", path, doc.Profile.Coverage, doc.Profile.Warnings)
		}
	}
	if n == 0 {
		t.Fatal("no documents in testdata/genre-unsupported")
	}
}
