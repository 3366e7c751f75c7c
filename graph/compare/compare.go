// Package compare compares two documents' unit networks: which units and
// ties are new or gone, how load, ranks and leaders' shares moved, and the
// network indicators side by side. Units are named as of the later (`to`)
// document; the `from` side is mapped forward through the lineage table, so
// a renamed unit is one line of history. docs/compare.md states the rules.
//
// Documents and Trend are pure functions over graph types and analytics
// reports; snapshot.go is the one place that reads a store, through
// graph/survey.
package compare

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"govgraph/graph"
	"govgraph/graph/analytics"
	"govgraph/graph/lineage"
)

// Side is one document as compared: its metadata, its tasks and the analytics
// report of its unit network (analytics.Units over the document's tasks).
type Side struct {
	Meta   graph.DocumentMeta
	Tasks  []graph.TaskRecord
	Report *analytics.Report
	// Version is the data version the side was read from ("" when a write
	// overlapped the read).
	Version string
}

// Result is the comparison; its JSON form is the contract of
// GET /api/v1/compare. Lists are empty, never null.
type Result struct {
	From             DocRef     `json:"from"`
	To               DocRef     `json:"to"`
	SameJurisdiction bool       `json:"sameJurisdiction"`
	Units            UnitDiff   `json:"units"`
	Ties             TieDiff    `json:"ties"`
	Load             []Change   `json:"load"`
	Ranks            []Rank     `json:"ranks"`
	Leaders          LeaderDiff `json:"leaders"`
	Indicators       struct {
		From Indicators `json:"from"`
		To   Indicators `json:"to"`
	} `json:"indicators"`
	Kinds    []KindCount `json:"kinds"`
	Warnings []string    `json:"warnings"`
}

// DocRef names a compared document.
type DocRef struct {
	Document     string `json:"document"`
	Title        string `json:"title"`
	Jurisdiction string `json:"jurisdiction"`
	Year         int    `json:"year"`
	Date         string `json:"date"` // the date lineage events are compared with
}

// UnitDiff lists units present on one side only, and the lineage events
// that connect the two sides.
type UnitDiff struct {
	Added   []string       `json:"added"`
	Removed []string       `json:"removed"`
	Lineage []LineageEvent `json:"lineage"`
}

// LineageEvent is an event of the lineage table between the two documents
// that touched one of their units.
type LineageEvent struct {
	Event string   `json:"event"`
	Date  string   `json:"date"`
	From  []string `json:"from"`
	To    []string `json:"to"`
}

// TieDiff lists ties (pairs of units sharing tasks) by what happened to them.
type TieDiff struct {
	Added   []Tie       `json:"added"`
	Removed []Tie       `json:"removed"`
	Changed []TieChange `json:"changed"`
}

// Tie is a pair of units (Source < Target) with the tasks they share on the
// side it is listed for.
type Tie struct {
	Source string   `json:"source"`
	Target string   `json:"target"`
	Weight int      `json:"weight"`
	Tasks  []string `json:"tasks"`
}

// TieChange is a tie of both sides whose weight moved.
type TieChange struct {
	Source    string   `json:"source"`
	Target    string   `json:"target"`
	From      int      `json:"from"`
	To        int      `json:"to"`
	FromTasks []string `json:"fromTasks"`
	ToTasks   []string `json:"toTasks"`
}

// Change is a unit's task load on both sides.
type Change struct {
	Unit string `json:"unit"`
	From int    `json:"from"`
	To   int    `json:"to"`
}

// Rank is a unit's rank (1 is first) by one metric on both sides.
type Rank struct {
	Unit   string `json:"unit"`
	Metric string `json:"metric"`
	From   int    `json:"from"`
	To     int    `json:"to"`
}

// LeaderDiff compares the leaders' tasks. Leaders are people: they are
// matched by name, without lineage.
type LeaderDiff struct {
	Added   []string       `json:"added"`
	Removed []string       `json:"removed"`
	Changed []LeaderChange `json:"changed"`
}

// LeaderChange is a leader's number of tasks on both sides.
type LeaderChange struct {
	Leader string `json:"leader"`
	From   int    `json:"from"`
	To     int    `json:"to"`
}

// Indicators describe one document's network as a whole.
type Indicators struct {
	Tasks          int     `json:"tasks"`
	Units          int     `json:"units"`
	Ties           int     `json:"ties"`
	Density        float64 `json:"density"`
	Centralization float64 `json:"centralization"` // Freeman degree centralisation
	Modularity     float64 `json:"modularity"`
	Communities    int     `json:"communities"`
	Components     int     `json:"components"`
}

// KindCount is how many units of a kind each side has.
type KindCount struct {
	Kind string `json:"kind"`
	From int    `json:"from"`
	To   int    `json:"to"`
}

// RankedMetrics are the metrics Ranks reports, each ranked highest first.
var RankedMetrics = []string{analytics.MetricBottleneck, analytics.MetricBetweenness, analytics.MetricWeightedDegree}

// AsOf is the date a document speaks for: its date, else 1 January of its
// year, else "".
func AsOf(m graph.DocumentMeta) string {
	switch {
	case m.Date != "":
		return m.Date
	case m.Year > 0:
		return fmt.Sprintf("%04d-01-01", m.Year)
	}
	return ""
}

// Documents compares two documents. Within one jurisdiction units, ties,
// load, ranks and leaders are compared name by name, the from side mapped
// forward through lin (nil: no lineage); across jurisdictions only the
// indicators and the unit kinds are, and the name lists stay empty.
func Documents(from, to *Side, lin *lineage.Table) (*Result, error) {
	if from == nil || to == nil || from.Report == nil || to.Report == nil {
		return nil, &graph.Error{Code: graph.EINVALID, Op: "compare.Documents", Message: "both sides need their tasks and analytics report"}
	}
	r := &Result{
		From:             docRef(from.Meta),
		To:               docRef(to.Meta),
		SameJurisdiction: from.Meta.Jurisdiction == to.Meta.Jurisdiction,
		Units:            UnitDiff{Added: []string{}, Removed: []string{}, Lineage: []LineageEvent{}},
		Ties:             TieDiff{Added: []Tie{}, Removed: []Tie{}, Changed: []TieChange{}},
		Load:             []Change{},
		Ranks:            []Rank{},
		Leaders:          LeaderDiff{Added: []string{}, Removed: []string{}, Changed: []LeaderChange{}},
		Kinds:            kinds(from.Report, to.Report),
		Warnings:         []string{},
	}
	r.Indicators.From = indicators(from)
	r.Indicators.To = indicators(to)
	if !r.SameJurisdiction {
		r.Warnings = append(r.Warnings, "the documents belong to different jurisdictions: only indicators and unit kinds are compared")
		return r, nil
	}
	if r.From.Date > r.To.Date {
		r.Warnings = append(r.Warnings, "the from document is later than the to document: names are compared as written, without lineage")
		lin = nil
	}

	m := newMapper(lin, from.Meta.Jurisdiction, r.From.Date, r.To.Date)
	before := network(from.Tasks, m.names)
	after := network(to.Tasks, func(name string) []string { return []string{name} })

	for name := range after.load {
		if _, ok := before.load[name]; !ok {
			r.Units.Added = append(r.Units.Added, name)
		}
	}
	for name, load := range before.load {
		if now, ok := after.load[name]; !ok {
			r.Units.Removed = append(r.Units.Removed, name)
		} else if now != load {
			r.Load = append(r.Load, Change{Unit: name, From: load, To: now})
		}
	}
	slices.Sort(r.Units.Added)
	slices.Sort(r.Units.Removed)
	slices.SortFunc(r.Load, func(a, b Change) int {
		return cmp.Or(cmp.Compare(abs(b.To-b.From), abs(a.To-a.From)), strings.Compare(a.Unit, b.Unit))
	})
	r.Units.Lineage = m.events(after.load)

	for pair, tasks := range after.ties {
		if old, ok := before.ties[pair]; !ok {
			r.Ties.Added = append(r.Ties.Added, Tie{Source: pair[0], Target: pair[1], Weight: len(tasks), Tasks: tasks})
		} else if len(old) != len(tasks) {
			r.Ties.Changed = append(r.Ties.Changed, TieChange{Source: pair[0], Target: pair[1], From: len(old), To: len(tasks), FromTasks: old, ToTasks: tasks})
		}
	}
	for pair, tasks := range before.ties {
		if _, ok := after.ties[pair]; !ok {
			r.Ties.Removed = append(r.Ties.Removed, Tie{Source: pair[0], Target: pair[1], Weight: len(tasks), Tasks: tasks})
		}
	}
	sortTies(r.Ties.Added)
	sortTies(r.Ties.Removed)
	slices.SortFunc(r.Ties.Changed, func(a, b TieChange) int {
		return cmp.Or(cmp.Compare(abs(b.To-b.From), abs(a.To-a.From)), strings.Compare(a.Source, b.Source), strings.Compare(a.Target, b.Target))
	})

	r.Ranks = ranks(from.Report, to.Report, m)
	r.Leaders = leaders(from.Tasks, to.Tasks)
	return r, nil
}

func docRef(m graph.DocumentMeta) DocRef {
	return DocRef{Document: m.ID, Title: m.Title, Jurisdiction: m.Jurisdiction, Year: m.Year, Date: AsOf(m)}
}

func indicators(s *Side) Indicators {
	n := s.Report.Network
	return Indicators{
		Tasks: len(s.Tasks), Units: n.Nodes, Ties: n.Links, Density: n.Density,
		Centralization: n.DegreeCentralisation, Modularity: n.Modularity,
		Communities: n.Communities, Components: n.Components,
	}
}

// kinds counts each side's units by kind, in graph.UnitKinds order, then
// any other kind by name; kinds neither side has are left out.
func kinds(from, to *analytics.Report) []KindCount {
	count := map[string]*KindCount{}
	add := func(rep *analytics.Report, side func(*KindCount) *int) {
		for _, u := range rep.Units {
			k := count[u.Kind]
			if k == nil {
				k = &KindCount{Kind: u.Kind}
				count[u.Kind] = k
			}
			*side(k)++
		}
	}
	add(from, func(k *KindCount) *int { return &k.From })
	add(to, func(k *KindCount) *int { return &k.To })
	out := make([]KindCount, 0, len(count))
	for _, k := range count {
		out = append(out, *k)
	}
	order := func(kind string) int {
		if i := slices.Index(graph.UnitKinds, kind); i >= 0 {
			return i
		}
		return len(graph.UnitKinds)
	}
	slices.SortFunc(out, func(a, b KindCount) int {
		return cmp.Or(cmp.Compare(order(a.Kind), order(b.Kind)), strings.Compare(a.Kind, b.Kind))
	})
	return out
}

// mapper maps the from side's unit names forward and remembers the events
// it used.
type mapper struct {
	lin                        *lineage.Table
	jurisdiction, after, until string
	cache                      map[string]lineage.Trace
}

func newMapper(lin *lineage.Table, jurisdiction, after, until string) *mapper {
	return &mapper{lin: lin, jurisdiction: jurisdiction, after: after, until: until, cache: map[string]lineage.Trace{}}
}

func (m *mapper) trace(name string) lineage.Trace {
	tr, ok := m.cache[name]
	if !ok {
		tr = m.lin.Forward(m.jurisdiction, name, m.after, m.until)
		m.cache[name] = tr
	}
	return tr
}

func (m *mapper) names(name string) []string { return m.trace(name).Names }

// events are the lineage events that touched a from unit, and the
// establishments whose new units the to side names, by date then line.
func (m *mapper) events(toUnits map[string]int) []LineageEvent {
	used := map[int]lineage.Event{}
	for _, tr := range m.cache {
		for _, ev := range tr.Events {
			used[ev.Line] = ev
		}
	}
	for _, ev := range m.lin.Events(m.jurisdiction) {
		if ev.Kind == lineage.Establish && ev.Date > m.after && ev.Date <= m.until {
			for _, u := range ev.To {
				if _, ok := toUnits[u]; ok {
					used[ev.Line] = ev
				}
			}
		}
	}
	evs := make([]lineage.Event, 0, len(used))
	for _, ev := range used {
		evs = append(evs, ev)
	}
	slices.SortFunc(evs, func(a, b lineage.Event) int { return cmp.Or(strings.Compare(a.Date, b.Date), a.Line-b.Line) })
	out := make([]LineageEvent, len(evs))
	for i, ev := range evs {
		out[i] = LineageEvent{Event: ev.Kind, Date: ev.Date, From: nonNil(ev.From), To: nonNil(ev.To)}
	}
	return out
}

// named is a network by unit names: each unit's tasks and each pair's
// shared tasks (ids in document order).
type named struct {
	load map[string]int
	ties map[[2]string][]string
}

// network builds the co-assignment network of tasks with every involved
// unit replaced by the names rename gives it. A task counts once for a unit
// however many of its units lead there (a merge), and the successors of one
// split unit are not tied to each other by its tasks.
func network(tasks []graph.TaskRecord, rename func(string) []string) named {
	n := named{load: map[string]int{}, ties: map[[2]string][]string{}}
	for i := range tasks {
		t := &tasks[i]
		// groups[k] are the names unit k of the task maps to.
		var groups [][]string
		seen := map[string]bool{}
		for _, u := range t.Involved() {
			var g []string
			for _, name := range rename(u) {
				if !seen[name] {
					seen[name] = true
					g = append(g, name)
					n.load[name]++
				}
			}
			groups = append(groups, g)
		}
		for gi, g := range groups {
			for _, a := range g {
				for _, h := range groups[gi+1:] {
					for _, b := range h {
						pair := [2]string{min(a, b), max(a, b)}
						n.ties[pair] = append(n.ties[pair], t.ID)
					}
				}
			}
		}
	}
	for _, ids := range n.ties {
		graph.SortTaskIDs(ids)
	}
	return n
}

// ranks compares each unit's competition rank (equal values share a rank)
// by every RankedMetric. A to unit's from rank is the best rank among the
// from units that map to it.
func ranks(from, to *analytics.Report, m *mapper) []Rank {
	out := []Rank{}
	fromValues, toValues := values(from), values(to)
	for _, metric := range RankedMetrics {
		before := map[string]int{}
		for name, r := range rankBy(from, fromValues, metric) {
			for _, succ := range m.names(name) {
				if old, ok := before[succ]; !ok || r < old {
					before[succ] = r
				}
			}
		}
		for name, r := range rankBy(to, toValues, metric) {
			if old, ok := before[name]; ok && old != r {
				out = append(out, Rank{Unit: name, Metric: metric, From: old, To: r})
			}
		}
	}
	slices.SortFunc(out, func(a, b Rank) int {
		return cmp.Or(cmp.Compare(slices.Index(RankedMetrics, a.Metric), slices.Index(RankedMetrics, b.Metric)),
			cmp.Compare(abs(b.To-b.From), abs(a.To-a.From)), strings.Compare(a.Unit, b.Unit))
	})
	return out
}

// values are the report's units' metric values, in the report's order.
func values(rep *analytics.Report) []map[string]float64 {
	out := make([]map[string]float64, len(rep.Units))
	for i, u := range rep.Units {
		out[i] = u.Values()
	}
	return out
}

// rankBy ranks a report's units by metric, highest first: 1 plus the number
// of units with a higher value. Values closer than 1e-9 count as equal, so
// that floating-point noise of the analytics does not break ties.
func rankBy(rep *analytics.Report, vals []map[string]float64, metric string) map[string]int {
	sorted := make([]float64, len(vals))
	for i, v := range vals {
		sorted[i] = v[metric]
	}
	slices.Sort(sorted)
	out := make(map[string]int, len(rep.Units))
	for i, u := range rep.Units {
		// k: the values not higher than this one
		k, _ := slices.BinarySearchFunc(sorted, vals[i][metric]+1e-9, func(e, t float64) int {
			if e <= t {
				return -1
			}
			return 1
		})
		out[u.Name] = 1 + len(sorted) - k
	}
	return out
}

// leaders compares how many tasks each leader has on each side.
func leaders(from, to []graph.TaskRecord) LeaderDiff {
	count := func(tasks []graph.TaskRecord) map[string]int {
		c := map[string]int{}
		for _, t := range tasks {
			seen := map[string]bool{}
			for _, l := range t.Leaders {
				if !seen[l] {
					seen[l] = true
					c[l]++
				}
			}
		}
		return c
	}
	before, after := count(from), count(to)
	d := LeaderDiff{Added: []string{}, Removed: []string{}, Changed: []LeaderChange{}}
	for l, n := range after {
		if old, ok := before[l]; !ok {
			d.Added = append(d.Added, l)
		} else if old != n {
			d.Changed = append(d.Changed, LeaderChange{Leader: l, From: old, To: n})
		}
	}
	for l := range before {
		if _, ok := after[l]; !ok {
			d.Removed = append(d.Removed, l)
		}
	}
	slices.Sort(d.Added)
	slices.Sort(d.Removed)
	slices.SortFunc(d.Changed, func(a, b LeaderChange) int {
		return cmp.Or(cmp.Compare(abs(b.To-b.From), abs(a.To-a.From)), strings.Compare(a.Leader, b.Leader))
	})
	return d
}

func sortTies(s []Tie) {
	slices.SortFunc(s, func(a, b Tie) int {
		return cmp.Or(b.Weight-a.Weight, strings.Compare(a.Source, b.Source), strings.Compare(a.Target, b.Target))
	})
}

func abs(n int) int { return max(n, -n) }

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
