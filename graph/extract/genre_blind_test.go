package extract_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The blind genre sets (testdata/genre-blind, genre-blind2, …): documents
// written by someone who had not read the parser, in conventions and layouts
// the other fixtures do not use (docs/extraction-conventions-survey.md and
// -survey-2.md), scored as testdata/genre is, one subtest and one table per
// set. The rule here is "no silent loss": a fixture either scores F1 >=
// genreMinF1, or its profile warns that the parse is doubtful. A confident
// wrong parse fails — unless the fixture is listed, with a reason, in its
// set's KNOWN_SILENT.txt, which is reported and meant to shrink.
func TestGenreBlind(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "genre-blind*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no blind sets in testdata (%v)", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) { testBlindSet(t, dir) })
	}
}

// testBlindSet scores the fixtures of one blind set and logs its table.
func testBlindSet(t *testing.T, dir string) {
	wants, err := filepath.Glob(filepath.Join(dir, "*.want.tsv"))
	if err != nil || len(wants) == 0 {
		t.Fatalf("no fixtures in %s (%v)", dir, err)
	}
	known := readKnownSilent(t, filepath.Join(dir, "KNOWN_SILENT.txt"))
	seen := map[string]bool{}
	opts := seedTables(t)
	var rows []string
	var tpAll, predAll, wantAll, tasks int
	for _, wantPath := range wants {
		name := strings.TrimSuffix(filepath.Base(wantPath), ".want.tsv")
		seen[name] = true
		want, keys := readWant(t, wantPath)
		docPath := docBeside(t, wantPath)
		if docPath == "" {
			continue
		}
		doc := parseFile(t, docPath, opts)
		sc := scoreDoc(doc, want, keys)
		tasks += len(keys)
		tpAll, predAll, wantAll = tpAll+sc.tp, predAll+len(sc.pred), wantAll+len(want)
		var warns []string
		if doc.Profile != nil {
			warns = doc.Profile.Warnings
		}
		reason, listed := known[name]
		status := "ok"
		switch {
		case sc.f1 >= genreMinF1 && listed:
			status = "ok, but listed in KNOWN_SILENT.txt: remove it"
		case sc.f1 >= genreMinF1:
		case len(warns) > 0:
			status = "warned: " + strings.Join(warns, " | ")
		case listed:
			status = "KNOWN SILENT (" + reason + ")"
		default:
			status = "SILENT"
			t.Errorf("%s: F1 %.3f < %.2f and the profile gives no warning: a confident wrong parse\n  missing: %s\n  extra: %s",
				docPath, sc.f1, genreMinF1, strings.Join(sc.missing, "; "), strings.Join(sc.extra, "; "))
		}
		if sc.f1 < genreMinF1 && status != "SILENT" {
			t.Logf("%s: F1 %.3f\n  missing: %s\n  extra: %s", docPath, sc.f1,
				strings.Join(sc.missing, "; "), strings.Join(sc.extra, "; "))
		}
		rows = append(rows, fmt.Sprintf("%-42s %3d tasks  P %.3f  R %.3f  F1 %.3f  %s",
			filepath.Base(docPath), len(keys), sc.p, sc.r, sc.f1, status))
	}
	for name := range known {
		if !seen[name] {
			t.Errorf("KNOWN_SILENT.txt names %q, which is not a fixture in %s", name, dir)
		}
	}
	p, r := ratio(tpAll, predAll), ratio(tpAll, wantAll)
	f1 := 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	rows = append(rows, fmt.Sprintf("%-42s %3d tasks  P %.3f  R %.3f  micro-F1 %.3f", "all", tasks, p, r, f1))
	t.Log(filepath.Base(dir) + ":\n" + strings.Join(rows, "\n"))
}

// readKnownSilent reads NAME<space or tab>REASON lines ('#' comments); a
// missing file is an empty list.
func readKnownSilent(t *testing.T, path string) map[string]string {
	t.Helper()
	known := map[string]string{}
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return known
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(strings.Replace(line, "\t", " ", 1), " ")
		if reason = strings.TrimSpace(reason); reason == "" {
			t.Fatalf("%s:%d: want NAME REASON, got %q", path, n, line)
		}
		known[name] = reason
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return known
}
