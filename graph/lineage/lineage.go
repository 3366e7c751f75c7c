// Package lineage follows organisations through reorganisations (机构改革):
// renames, merges, splits, establishments and abolitions, read from an
// editable table (seeds/lineage.tsv). It maps a unit name of a jurisdiction
// at one date forward to the names it has at a later date, so that a renamed
// unit is one line of history rather than a removal and an addition.
// docs/compare.md describes the file and the rules.
package lineage

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"govgraph/graph"
)

// FileName is the lineage table's name inside a tables directory.
const FileName = "lineage.tsv"

// Events of the lineage table.
const (
	Rename    = "rename"    // one unit, one new name
	Merge     = "merge"     // several units become one
	Split     = "split"     // one unit becomes several
	Establish = "establish" // new units with no predecessor
	Abolish   = "abolish"   // units that end without a successor
)

// Kinds lists every event in the order the documentation gives them.
var Kinds = []string{Rename, Merge, Split, Establish, Abolish}

// Event is one line of the table. From is empty for Establish, To for Abolish.
type Event struct {
	Jurisdiction string   `json:"jurisdiction"`
	Date         string   `json:"date"` // YYYY-MM-DD
	Kind         string   `json:"event"`
	From         []string `json:"from"`
	To           []string `json:"to"`
	Line         int      `json:"line"` // line in the table file
	file         int      // which of the files read it came from
}

// Table is a parsed lineage table. The zero value and nil are empty tables.
type Table struct {
	events map[string][]Event // by jurisdiction, ordered by date then line
	files  int                // files read
}

// Load reads dir/lineage.tsv; a missing file is an empty table. Overlays
// are further table directories (a data directory's own tables) whose
// lineage.tsv, when present, adds events; a unit still takes part in at
// most one event of a day across all of them.
func Load(dir string, overlays ...string) (*Table, error) {
	b := newBuilder()
	for _, d := range append([]string{dir}, overlays...) {
		path := filepath.Join(d, FileName)
		data, err := os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, &graph.Error{Code: graph.EINVALID, Op: "lineage.Load", Message: path + ": cannot read", Err: err}
		}
		if err := b.add(path, data); err != nil {
			return nil, err
		}
	}
	return b.table(), nil
}

// Parse reads a lineage table; name is the file name used in messages. A bad
// line is a graph.EINVALID error "name:line:column: what is wrong".
func Parse(name string, data []byte) (*Table, error) {
	b := newBuilder()
	if err := b.add(name, data); err != nil {
		return nil, err
	}
	return b.table(), nil
}

// builder collects the events of one or more table files.
type builder struct {
	t *Table
	// taken remembers which line already reorganises a name on a date: one
	// unit cannot take part in two events of one day.
	taken map[string]place
}

// place is a line of a table file.
type place struct {
	file string
	line int
}

func newBuilder() *builder {
	return &builder{t: &Table{events: map[string][]Event{}}, taken: map[string]place{}}
}

func (b *builder) add(name string, data []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), " \r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if trimmed := strings.TrimSpace(line); trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		ev, err := parseLine(line, n)
		if err != nil {
			return &graph.Error{Code: graph.EINVALID, Op: "lineage.Parse", Message: fmt.Sprintf("%s:%d:%s", name, n, err)}
		}
		for _, u := range ev.From {
			key := ev.Jurisdiction + "\x00" + ev.Date + "\x00" + u
			if first, dup := b.taken[key]; dup {
				where := fmt.Sprintf("line %d", first.line)
				if first.file != name {
					where = fmt.Sprintf("%s:%d", first.file, first.line)
				}
				return &graph.Error{Code: graph.EINVALID, Op: "lineage.Parse", Message: fmt.Sprintf(
					"%s:%d:%d: %s already takes part in the event of %s on %s", name, n, column(line, 3), u, where, ev.Date)}
			}
			b.taken[key] = place{name, n}
		}
		ev.file = b.t.files
		b.t.events[ev.Jurisdiction] = append(b.t.events[ev.Jurisdiction], ev)
	}
	if err := sc.Err(); err != nil {
		return &graph.Error{Code: graph.EINVALID, Op: "lineage.Parse", Message: name + ": cannot read", Err: err}
	}
	b.t.files++
	return nil
}

func (b *builder) table() *Table {
	for _, evs := range b.t.events {
		slices.SortStableFunc(evs, func(a, b Event) int { return cmp.Or(strings.Compare(a.Date, b.Date), a.file-b.file, a.Line-b.Line) })
	}
	return b.t
}

// lineError is a problem at a column of the line; it prints "column: message".
type lineError struct {
	col int
	msg string
}

func (e *lineError) Error() string { return fmt.Sprintf("%d: %s", e.col, e.msg) }

func errAt(col int, format string, args ...any) error {
	return &lineError{col: col, msg: fmt.Sprintf(format, args...)}
}

// column is the 1-based column (in code points) where field i of line starts.
func column(line string, field int) int {
	col := 1
	for i, f := range strings.SplitN(line, "\t", field+1) {
		if i == field {
			break
		}
		col += utf8.RuneCountInString(f) + 1
	}
	return col
}

func parseLine(line string, n int) (Event, error) {
	fields := strings.Split(line, "\t")
	if len(fields) != 5 {
		return Event{}, errAt(1, "expected 5 TAB-separated columns (jurisdiction, date, event, from, to), got %d", len(fields))
	}
	ev := Event{Jurisdiction: strings.TrimSpace(fields[0]), Date: strings.TrimSpace(fields[1]), Kind: strings.TrimSpace(fields[2]), Line: n}
	if ev.Jurisdiction == "" {
		return ev, errAt(column(line, 0), "the jurisdiction is empty")
	}
	if _, err := time.Parse(time.DateOnly, ev.Date); err != nil {
		return ev, errAt(column(line, 1), "date %q is not a date of the form YYYY-MM-DD", ev.Date)
	}
	if !slices.Contains(Kinds, ev.Kind) {
		return ev, errAt(column(line, 2), "unknown event %q (want one of %s)", ev.Kind, strings.Join(Kinds, ", "))
	}
	var err error
	if ev.From, err = names(fields[3], column(line, 3)); err != nil {
		return ev, err
	}
	if ev.To, err = names(fields[4], column(line, 4)); err != nil {
		return ev, err
	}
	fromCol, toCol := column(line, 3), column(line, 4)
	need := func(col int, side string, got int, ok bool, want string) error {
		if ok {
			return nil
		}
		return errAt(col, "%s needs %s in %s, got %d", ev.Kind, want, side, got)
	}
	f, t := len(ev.From), len(ev.To)
	switch ev.Kind {
	case Rename:
		err = cmp.Or(need(fromCol, "from", f, f == 1, "exactly one name"), need(toCol, "to", t, t == 1, "exactly one name"))
		if err == nil && ev.From[0] == ev.To[0] {
			err = errAt(toCol, "rename to the same name %q", ev.To[0])
		}
	case Merge:
		err = cmp.Or(need(fromCol, "from", f, f >= 2, "at least two names"), need(toCol, "to", t, t == 1, "exactly one name"))
	case Split:
		err = cmp.Or(need(fromCol, "from", f, f == 1, "exactly one name"), need(toCol, "to", t, t >= 2, "at least two names"))
	case Establish:
		err = cmp.Or(need(fromCol, "from", f, f == 0, "no name (write -)"), need(toCol, "to", t, t >= 1, "at least one name"))
	case Abolish:
		err = cmp.Or(need(fromCol, "from", f, f >= 1, "at least one name"), need(toCol, "to", t, t == 0, "no name (write -)"))
	}
	return ev, err
}

// names splits a list of unit names separated by 、; "" and "-" are empty.
func names(field string, col int) ([]string, error) {
	if s := strings.TrimSpace(field); s == "" || s == "-" {
		return nil, nil
	}
	var out []string
	for _, part := range strings.Split(field, "、") {
		name := strings.TrimSpace(part)
		switch {
		case name == "":
			return nil, errAt(col, "an empty name in the list (two 、 in a row, or one at an end)")
		case slices.Contains(out, name):
			return nil, errAt(col, "%s is listed twice", name)
		}
		out = append(out, name)
		col += utf8.RuneCountInString(part) + 1
	}
	return out, nil
}

// Events returns the events of a jurisdiction ordered by date then line.
func (t *Table) Events(jurisdiction string) []Event {
	if t == nil {
		return nil
	}
	return slices.Clone(t.events[jurisdiction])
}

// Len is the number of events in the table.
func (t *Table) Len() int {
	if t == nil {
		return 0
	}
	n := 0
	for _, evs := range t.events {
		n += len(evs)
	}
	return n
}

// Trace is where a unit name leads between two dates.
type Trace struct {
	// Names are the unit's names at the later date: itself when nothing
	// happened, the new name after a rename, the merged unit after a merge,
	// every successor after a split. An abolished unit keeps its last name.
	Names []string
	// Ended lists those of Names that were abolished.
	Ended []string
	// Events are the events that touched the unit, in order.
	Events []Event
}

// Forward follows name, a unit of jurisdiction as of date after, through the
// events dated after `after` up to and including `until` (dates are
// YYYY-MM-DD; an empty after means from the beginning). When until is not
// later than after, nothing applies.
func (t *Table) Forward(jurisdiction, name, after, until string) Trace {
	tr := Trace{Names: []string{name}}
	if t == nil {
		return tr
	}
	for _, ev := range t.events[jurisdiction] {
		if ev.Date <= after || ev.Date > until {
			continue
		}
		next, hit := make([]string, 0, len(tr.Names)), false
		for _, n := range tr.Names {
			switch {
			case slices.Contains(tr.Ended, n) || !slices.Contains(ev.From, n):
				next = appendNew(next, n)
			case ev.Kind == Abolish:
				hit = true
				next = appendNew(next, n)
				tr.Ended = append(tr.Ended, n)
			default:
				hit = true
				for _, to := range ev.To {
					next = appendNew(next, to)
				}
			}
		}
		if hit {
			tr.Names = next
			tr.Events = append(tr.Events, ev)
		}
	}
	return tr
}

func appendNew(s []string, v string) []string {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}
