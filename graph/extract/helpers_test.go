package extract_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"govgraph/graph"
	"govgraph/graph/extract"
)

const (
	seedPath  = "../../seeds/documents/2023-jinan-lixia-government-work-report-tasks.txt"
	tablesDir = "../../seeds"
)

func seedTables(tb testing.TB) extract.Options {
	tb.Helper()
	opts, err := extract.LoadTables(tablesDir)
	if err != nil {
		tb.Fatalf("LoadTables(%s): %v", tablesDir, err)
	}
	return opts
}

func parseFile(tb testing.TB, path string, opts extract.Options) *graph.Document {
	tb.Helper()
	doc, err := extract.ParseFile(path, opts)
	if err != nil {
		tb.Fatalf("ParseFile(%s): %v", path, err)
	}
	checkInvariants(tb, doc)
	return doc
}

func fixture(name string) string { return filepath.Join("testdata", name) }

// checkInvariants asserts what must hold for every parsed document.
func checkInvariants(tb testing.TB, doc *graph.Document) {
	tb.Helper()
	src := []rune(doc.Source)
	in := func(s graph.Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= len(src) }
	if doc.Meta.Hash != graph.Hash(doc.Source) {
		tb.Errorf("hash %s is not the hash of the source", doc.Meta.Hash)
	}
	if want := graph.DocumentID(doc.Meta.Jurisdiction, doc.Meta.Year, doc.Meta.Title); doc.Meta.ID != want {
		tb.Errorf("id %s, want DocumentID(...) = %s", doc.Meta.ID, want)
	}
	var lineStarts []int // rune offsets where lines start
	lineStarts = append(lineStarts, 0)
	for i, r := range src {
		if r == '\n' {
			lineStarts = append(lineStarts, i+1)
		}
	}
	lineOf := func(pos int) int { // 1-based
		n, _ := slices.BinarySearch(lineStarts, pos+1)
		return n
	}
	for i, t := range doc.Tasks {
		if t.Index != i || t.ID != graph.TaskID(doc.Meta.ID, i) {
			tb.Errorf("task %d: index %d id %s", i, t.Index, t.ID)
		}
		if !in(t.Span) || !in(t.Annotation) {
			tb.Fatalf("task %d: span %v or annotation %v out of range [0,%d]", i, t.Span, t.Annotation, len(src))
		}
		if got := string(src[t.Span.Start:t.Span.End]); got != t.Text {
			tb.Errorf("task %d: source[span] = %q, text = %q", i, got, t.Text)
		}
		if strings.TrimFunc(t.Text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) == "" {
			tb.Errorf("task %d: empty text %q", i, t.Text)
		}
		if line := lineOf(t.Span.Start); t.Line != line {
			tb.Errorf("task %d: line %d, want %d", i, t.Line, line)
		}
		if t.Section < 0 || t.Section >= len(doc.Sections) {
			tb.Errorf("task %d: section %d of %d", i, t.Section, len(doc.Sections))
		}
		if t.ThemeIndex >= len(doc.Themes) || t.ThemeIndex >= 0 && doc.Themes[t.ThemeIndex].Title != t.Theme {
			tb.Errorf("task %d: theme %d %q", i, t.ThemeIndex, t.Theme)
		}
		if t.Leaders == nil || t.LeadUnits == nil || t.Units == nil || t.Projects == nil || t.Targets == nil {
			tb.Errorf("task %d: nil list", i)
		}
		for _, u := range t.Units {
			if slices.Contains(t.LeadUnits, u) {
				tb.Errorf("task %d: %s is both lead and responsible", i, u)
			}
		}
	}
	for _, sp := range doc.Narrative {
		if !in(sp) || sp.Start == sp.End {
			tb.Errorf("narrative span %v out of range", sp)
		}
	}
	for _, s := range doc.Sections {
		if !in(s.Span) || !in(s.Heading) {
			tb.Errorf("section %d: span %v heading %v out of range", s.Index, s.Span, s.Heading)
		}
	}
	for _, th := range doc.Themes {
		if !in(th.Span) || string(src[th.Span.Start:th.Span.End]) != th.Title {
			tb.Errorf("theme %d: span %v does not hold title %q", th.Index, th.Span, th.Title)
		}
	}
	for _, d := range doc.Diagnostics {
		if d.Line < 1 || d.Line > len(lineStarts) || d.Column < 1 || d.Message == "" {
			tb.Errorf("diagnostic out of range: %+v", d)
		}
	}
}

// taskStarting returns the one task whose text starts with prefix.
func taskStarting(tb testing.TB, doc *graph.Document, prefix string) graph.Task {
	tb.Helper()
	var found []graph.Task
	for _, t := range doc.Tasks {
		if strings.HasPrefix(t.Text, prefix) {
			found = append(found, t)
		}
	}
	if len(found) != 1 {
		tb.Fatalf("%d tasks start with %q, want 1", len(found), prefix)
	}
	return found[0]
}

func unitNamed(doc *graph.Document, name string) (graph.Unit, bool) {
	for _, u := range doc.Units {
		if u.Name == name {
			return u, true
		}
	}
	return graph.Unit{}, false
}

func leaderNamed(doc *graph.Document, name string) (graph.Leader, bool) {
	for _, l := range doc.Leaders {
		if l.Name == name {
			return l, true
		}
	}
	return graph.Leader{}, false
}

func warnings(doc *graph.Document) []string {
	var out []string
	for _, d := range doc.Diagnostics {
		if d.Severity == "warning" {
			out = append(out, d.Message)
		}
	}
	return out
}

func equal(tb testing.TB, what string, got, want []string) {
	tb.Helper()
	if !slices.Equal(got, want) {
		tb.Errorf("%s = %q, want %q", what, got, want)
	}
}
