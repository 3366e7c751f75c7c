// Package quality is the data-quality queue of a document: what its parse
// left doubtful (annotations that did not parse, numbered items without
// one, units of unknown kind) and what the corpus suggests (two names of a
// jurisdiction that are likely one unit; a unit that vanishes between two
// years while a similar one appears). An administrator accepts a suggestion,
// which writes an alias or lineage row into the data directory's own tables
// and re-derives the affected documents from their stored source, or
// dismisses it. docs/quality.md describes the queue.
package quality

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	"govgraph/graph"
	"govgraph/graph/compare"
	"govgraph/graph/lineage"
)

// Kinds of queue items. Diagnostic codes of the parser (graph.Diag*) are
// kinds too.
const (
	KindUnparsedAnnotation = graph.DiagUnparsedAnnotation
	KindUnannotatedItem    = graph.DiagUnannotatedItem
	KindUnknownUnit        = "unknown_unit"
	KindDuplicateUnit      = "duplicate_unit"
	KindLineageCandidate   = "lineage_candidate"
	// KindParseWarning is a warning stored without a code.
	KindParseWarning = "parse_warning"
)

// Tables an accepted item writes to.
const (
	TableAliases = "aliases"
	TableLineage = "lineage"
)

// Item is one entry of the queue. ID is stable: the same problem has the
// same id in every derivation of the document (and, for corpus-wide items,
// in every document of the jurisdiction).
type Item struct {
	ID         string   `json:"id"`
	Kind       string   `json:"kind"`
	Severity   string   `json:"severity"` // warning or info
	Line       int      `json:"line"`     // 1-based, in the document's source; 0 when unknown
	Column     int      `json:"column"`
	Message    string   `json:"message"`
	Names      []string `json:"names"`
	Suggestion string   `json:"suggestion"`
	// Documents are the other documents the item involves (lineage
	// candidates, duplicates found across years).
	Documents []string `json:"documents"`
	// Action is what accepting the item writes; nil when it can only be
	// dismissed.
	Action *Action `json:"action,omitempty"`
}

// Action is one row for one table of the data directory.
type Action struct {
	Table string   `json:"table"` // aliases or lineage
	Row   []string `json:"row"`   // the TAB-separated columns of the row
}

// Report is the queue of one document.
type Report struct {
	Document     string         `json:"document"`
	Jurisdiction string         `json:"jurisdiction"`
	Year         int            `json:"year"`
	Coverage     graph.Coverage `json:"coverage"`
	Items        []Item         `json:"items"`
	// Dismissed counts the items dismissed before, not listed.
	Dismissed int `json:"dismissed"`
	// TablesVersion names the data directory's tables the queue was
	// computed with.
	TablesVersion string `json:"tablesVersion"`
}

// Input is what Check looks at.
type Input struct {
	Document *graph.Document
	// Jurisdiction are the documents of the same jurisdiction, Document
	// among them or not.
	Jurisdiction []*graph.Document
	Lineage      *lineage.Table
	// KindOverrides are the unit-kind table's names, whose kind is known.
	KindOverrides map[string]string
}

// Check computes a document's queue, ordered by line, column and id.
func Check(in Input) []Item {
	doc := in.Document
	pos := newPositions(doc)
	var items []Item
	for _, d := range doc.Diagnostics {
		if d.Severity == "info" {
			continue
		}
		items = append(items, diagnosticItem(doc.Meta.ID, d))
	}
	for _, u := range doc.Units {
		if u.Collective || u.Kind != graph.KindDepartment || departmentLike(u.Name) {
			continue
		}
		if _, ok := in.KindOverrides[u.Name]; ok {
			continue
		}
		line, col := pos.of(u.Name)
		items = append(items, Item{
			ID: id(KindUnknownUnit, doc.Meta.ID, u.Name), Kind: KindUnknownUnit, Severity: "warning",
			Line: line, Column: col, Names: []string{u.Name},
			Message:    fmt.Sprintf("no rule says what kind of unit %s is; it is counted as a department", u.Name),
			Suggestion: fmt.Sprintf("add %s with its kind to unit-kinds.tsv", u.Name),
		})
	}
	others := sameJurisdiction(doc, in.Jurisdiction)
	dups := duplicates(doc, others, pos)
	items = append(items, dups...)
	items = append(items, lineageCandidates(doc, others, in.Lineage, dups, pos)...)
	slices.SortStableFunc(items, func(a, b Item) int {
		return cmp.Or(a.Line-b.Line, a.Column-b.Column, strings.Compare(a.ID, b.ID))
	})
	for i := range items {
		items[i].Names = nonNil(items[i].Names)
		items[i].Documents = nonNil(items[i].Documents)
	}
	return items
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// id is a stable item id: the kind and a hash of what identifies it.
func id(kind string, parts ...string) string {
	sum := sha256.Sum256([]byte(kind + "\x00" + strings.Join(parts, "\x00")))
	return kind + "-" + hex.EncodeToString(sum[:6])
}

var diagnosticSuggestions = map[string]string{
	graph.DiagUnparsedAnnotation:   "correct the annotation in the source (labels such as 牵头领导：…；牵头单位：…；责任单位：…) and upload the document again",
	graph.DiagUnattachedAnnotation: "check that the annotation stands next to its task, then upload the document again",
	graph.DiagUnannotatedItem:      "add the item's annotation in the source if it is a task; otherwise dismiss",
	graph.DiagNoTasks:              "check that the file is a task-decomposition document with annotations",
	graph.DiagRepeatConflict:       "compare the annex row with the task it repeats, correct whichever names the wrong units, and upload the document again",
}

func diagnosticItem(docID string, d graph.Diagnostic) Item {
	kind := d.Code
	if kind == "" {
		kind = KindParseWarning
	}
	sugg := diagnosticSuggestions[kind]
	if sugg == "" {
		sugg = "check the source at this line"
	}
	return Item{
		ID: id(kind, docID, fmt.Sprint(d.Line, ":", d.Column), d.Message), Kind: kind, Severity: d.Severity,
		Line: d.Line, Column: d.Column, Message: d.Message, Suggestion: sugg,
	}
}

// sameJurisdiction returns the documents of doc's jurisdiction other than
// doc, ordered by date.
func sameJurisdiction(doc *graph.Document, docs []*graph.Document) []*graph.Document {
	var out []*graph.Document
	for _, d := range docs {
		if d != nil && d.Meta.ID != doc.Meta.ID && d.Meta.Jurisdiction == doc.Meta.Jurisdiction {
			out = append(out, d)
		}
	}
	slices.SortFunc(out, func(a, b *graph.Document) int {
		return cmp.Or(strings.Compare(compare.AsOf(a.Meta), compare.AsOf(b.Meta)), strings.Compare(a.Meta.ID, b.Meta.ID))
	})
	return out
}

// taskCounts counts, per unit name, the tasks involving it in docs.
func taskCounts(docs ...*graph.Document) map[string]int {
	n := map[string]int{}
	for _, d := range docs {
		for i := range d.Tasks {
			for _, u := range d.Tasks[i].Involved() {
				n[u]++
			}
		}
	}
	return n
}

// duplicates pairs each unit of doc with the units of its jurisdiction
// (doc's own and the other documents') that are likely the same unit.
func duplicates(doc *graph.Document, others []*graph.Document, pos *positions) []Item {
	j := doc.Meta.Jurisdiction
	counts := taskCounts(append([]*graph.Document{doc}, others...)...)
	where := map[string][]string{} // unit name → other documents naming it
	var pool []string
	for _, u := range doc.Units {
		pool = append(pool, u.Name)
	}
	for _, d := range others {
		for _, u := range d.Units {
			if len(where[u.Name]) == 0 && !slices.Contains(pool, u.Name) {
				pool = append(pool, u.Name)
			}
			where[u.Name] = append(where[u.Name], d.Meta.ID)
		}
	}
	seen := map[string]bool{}
	var items []Item
	for _, u := range doc.Units {
		if u.Collective {
			continue
		}
		for _, other := range pool {
			if other == u.Name {
				continue
			}
			reason, short, full := duplicate(u.Name, other, j)
			if reason == "" {
				continue
			}
			if reason == "one character apart" {
				// the canonical name is the one more tasks use, then the longer
				short, full = u.Name, other
				if c := cmp.Or(counts[short]-counts[full], len([]rune(short))-len([]rune(full)), strings.Compare(full, short)); c > 0 {
					short, full = full, short
				}
			}
			key := id(KindDuplicateUnit, j, short, full)
			if seen[key] {
				continue
			}
			seen[key] = true
			line, col := pos.of(u.Name)
			docs := []string{}
			for _, n := range []string{short, full} {
				for _, d := range where[n] {
					if !slices.Contains(docs, d) {
						docs = append(docs, d)
					}
				}
			}
			items = append(items, Item{
				ID: key, Kind: KindDuplicateUnit, Severity: "warning", Line: line, Column: col,
				Names: []string{short, full}, Documents: docs,
				Message:    fmt.Sprintf("%s and %s are likely one unit of %s (%s)", short, full, j, reason),
				Suggestion: fmt.Sprintf("alias %s → %s in %s", short, full, j),
				Action:     &Action{Table: TableAliases, Row: []string{short, full, j}},
			})
		}
	}
	return items
}

// lineageCandidates compares doc with the documents just before and just
// after it in its jurisdiction: a unit that vanishes while one with a
// related name appears, unexplained by the lineage table and not a
// duplicate, is a candidate rename.
func lineageCandidates(doc *graph.Document, others []*graph.Document, lin *lineage.Table, dups []Item, pos *positions) []Item {
	var before, after *graph.Document
	at := compare.AsOf(doc.Meta)
	for _, d := range others {
		switch w := compare.AsOf(d.Meta); {
		case w < at:
			before = d
		case w > at && after == nil:
			after = d
		}
	}
	paired := map[[2]string]bool{}
	for _, it := range dups {
		paired[[2]string{it.Names[0], it.Names[1]}] = true
		paired[[2]string{it.Names[1], it.Names[0]}] = true
	}
	var items []Item
	for _, pair := range [][2]*graph.Document{{before, doc}, {doc, after}} {
		from, to := pair[0], pair[1]
		if from == nil || to == nil {
			continue
		}
		j := doc.Meta.Jurisdiction
		fromAt, toAt := compare.AsOf(from.Meta), compare.AsOf(to.Meta)
		fromUnits, toUnits := unitNames(from), unitNames(to)
		for _, v := range fromUnits {
			if slices.Contains(toUnits, v) {
				continue
			}
			if tr := lin.Forward(j, v, fromAt, toAt); len(tr.Events) > 0 {
				continue // the lineage says where it went
			}
			for _, a := range toUnits {
				if slices.Contains(fromUnits, a) || paired[[2]string{v, a}] || !successor(v, a) || explained(lin, j, a, fromAt, toAt) {
					continue
				}
				name, other := v, to.Meta.ID
				if doc == to {
					name, other = a, from.Meta.ID
				}
				line, col := pos.of(name)
				items = append(items, Item{
					ID: id(KindLineageCandidate, j, v, a, toAt), Kind: KindLineageCandidate, Severity: "info",
					Line: line, Column: col, Names: []string{v, a}, Documents: []string{other},
					Message:    fmt.Sprintf("%s (%d) is gone in %d, when %s appears", v, from.Meta.Year, to.Meta.Year, a),
					Suggestion: fmt.Sprintf("lineage: %s renamed %s on %s, or dismiss if they are two units", v, a, toAt),
					Action:     &Action{Table: TableLineage, Row: []string{j, toAt, lineage.Rename, v, a}},
				})
			}
		}
	}
	return items
}

// explained reports whether the lineage table already names a as the
// result of an event between the two dates.
func explained(lin *lineage.Table, j, a, after, until string) bool {
	for _, ev := range lin.Events(j) {
		if ev.Date > after && ev.Date <= until && slices.Contains(ev.To, a) {
			return true
		}
	}
	return false
}

func unitNames(d *graph.Document) []string {
	out := make([]string, 0, len(d.Units))
	for _, u := range d.Units {
		if !u.Collective {
			out = append(out, u.Name)
		}
	}
	return out
}

// positions finds where a unit is first named in a document: in the
// annotation of the first task that involves it, else at that task's line.
type positions struct {
	doc   *graph.Document
	src   []rune
	lines []int // rune offset of each line start
}

func newPositions(doc *graph.Document) *positions {
	p := &positions{doc: doc, src: []rune(doc.Source), lines: []int{0}}
	for i, r := range p.src {
		if r == '\n' {
			p.lines = append(p.lines, i+1)
		}
	}
	return p
}

func (p *positions) of(name string) (line, col int) {
	for i := range p.doc.Tasks {
		t := &p.doc.Tasks[i]
		if !slices.Contains(t.LeadUnits, name) && !slices.Contains(t.Units, name) {
			continue
		}
		s, e := t.Annotation.Start, t.Annotation.End
		if s >= 0 && e <= len(p.src) && s <= e {
			if k := strings.Index(string(p.src[s:e]), name); k >= 0 {
				return p.at(s + len([]rune(string(p.src[s:e])[:k])))
			}
			if s < e {
				return p.at(s)
			}
		}
		return t.Line, 1
	}
	return 0, 0
}

func (p *positions) at(off int) (int, int) {
	i, _ := slices.BinarySearch(p.lines, off+1)
	return i, off - p.lines[i-1] + 1
}
