package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"govgraph/graph"
	"govgraph/graph/extract"
)

// No silent loss: every numbered item the layout finds is a task, a heading
// with tasks under it, or has a diagnostic on its line. Walks every fixture:
// the seed, the families, the genre fixtures (all file types) and the
// unsupported ones.
func TestNoSilentLoss(t *testing.T) {
	opts := seedTables(t)
	paths := []string{seedPath}
	for _, pattern := range []string{"*.txt", "*.tsv", "*.csv", filepath.Join("genre", "*"), filepath.Join("genre-unsupported", "*")} {
		found, err := filepath.Glob(filepath.Join("testdata", pattern))
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, found...)
	}
	n := 0
	for _, path := range paths {
		if strings.HasSuffix(path, ".want.tsv") || strings.HasSuffix(path, "seed-projects.tsv") {
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc, items, err := extract.ParseItems(path, data, opts)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		n++
		lost := itemsLost(doc, items)
		for _, line := range lost {
			t.Errorf("%s:%d: numbered item is no task, no heading with tasks and has no diagnostic", path, line)
		}
		// A document with expected triples is read well enough that the
		// last-resort warning is not needed.
		if _, err := os.Stat(strings.TrimSuffix(path, filepath.Ext(path)) + ".want.tsv"); err == nil {
			for _, w := range doc.Profile.Warnings {
				if strings.Contains(w, "neither a task nor a heading") {
					t.Errorf("%s: %s", path, w)
				}
			}
		}
	}
	if n < 40 {
		t.Fatalf("only %d documents walked", n)
	}
}

// itemsLost returns the item lines that are neither a task's first line, a
// heading with tasks (a theme starting there that some task has), nor carry
// a diagnostic.
func itemsLost(doc *graph.Document, items []extract.Item) []int {
	src := []rune(doc.Source)
	lineOf := func(pos int) int {
		n := 1
		for _, r := range src[:min(pos, len(src))] {
			if r == '\n' {
				n++
			}
		}
		return n
	}
	ok := map[int]bool{}
	used := map[int]bool{}
	for _, task := range doc.Tasks {
		ok[task.Line] = true
		used[task.ThemeIndex] = true
	}
	for k, th := range doc.Themes {
		if used[k] {
			ok[lineOf(th.Span.Start)] = true
		}
	}
	for _, d := range doc.Diagnostics {
		ok[d.Line] = true
	}
	// A heading over headings: a task or heading below it before the next
	// item of its level or above.
	for k := len(items) - 1; k >= 0; k-- {
		if ok[items[k].Line] {
			continue
		}
		for _, below := range items[k+1:] {
			if below.Level <= items[k].Level {
				break
			}
			if ok[below.Line] && isHeading(doc, lineOf, below.Line) || hasTask(doc, below.Line) {
				ok[items[k].Line] = isHeading(doc, lineOf, items[k].Line)
				break
			}
		}
	}
	var lost []int
	for _, it := range items {
		if !ok[it.Line] {
			lost = append(lost, it.Line)
		}
	}
	return lost
}

func isHeading(doc *graph.Document, lineOf func(int) int, line int) bool {
	for _, th := range doc.Themes {
		if lineOf(th.Span.Start) == line {
			return true
		}
	}
	return false
}

func hasTask(doc *graph.Document, line int) bool {
	for _, t := range doc.Tasks {
		if t.Line == line {
			return true
		}
	}
	return false
}

// Doubtful parses say so at the top of the profile, in JSON and in
// `--format text`: items without annotations (low coverage, each with its
// diagnostic) and labelled blocks that point both ways (ambiguous placement).
func TestProfileWarnsFirst(t *testing.T) {
	for _, tc := range []struct{ name, src, warning string }{
		{"low-coverage.txt", "一、扩大需求\n1．实施扩大内需战略。\n2．开展消费提振活动。\n3．稳定外贸。\n4．建设物流中心。（牵头单位：省商务厅）\n", "low coverage"},
		{"ambiguous.txt", "一、扩大需求\n牵头单位：省发展改革委\n1．实施扩大内需战略。\n二、稳定外贸\n1．培育外贸企业。\n牵头单位：省商务厅\n三、民生\n1．新增就业。\n", "ambiguous placement"},
	} {
		doc, items, err := extract.ParseItems(tc.name, []byte(tc.src), extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if lost := itemsLost(doc, items); len(lost) > 0 {
			t.Errorf("%s: items on lines %v lost silently", tc.name, lost)
		}
		warned := false
		for _, w := range doc.Profile.Warnings {
			warned = warned || strings.HasPrefix(w, tc.warning)
		}
		if !warned {
			t.Errorf("%s: warnings %q, want one on %s", tc.name, doc.Profile.Warnings, tc.warning)
		}
		// Printed before anything else.
		text := extract.ProfileText(doc.Profile)
		head, _, _ := strings.Cut(text, "profile:")
		if !strings.HasPrefix(text, "WARNING: ") || !strings.Contains(head, "WARNING: "+tc.warning) {
			t.Errorf("%s: text profile %q, want WARNING: %s at the top", tc.name, text, tc.warning)
		}
	}
}
