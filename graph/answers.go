package graph

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// The functions here fix the order and shape of query answers, so that every
// store gives byte-identical results for the same data.

// TaskLabel is a task's short label in subgraphs: its first 30 code points.
func TaskLabel(text string) string {
	r := []rune(text)
	if len(r) <= 30 {
		return text
	}
	return string(r[:30]) + "…"
}

// TargetLabel is a target's label in subgraphs.
func TargetLabel(t Target) string {
	if t.Text != "" {
		return t.Text
	}
	return strings.TrimSpace(fmt.Sprintf("%s %g%s%s", t.Metric, t.Value, t.Unit, t.Qualifier))
}

// SortNameCounts orders by count descending, then name.
func SortNameCounts(s []NameCount) {
	slices.SortFunc(s, func(a, b NameCount) int {
		return cmp.Or(b.Count-a.Count, strings.Compare(a.Name, b.Name))
	})
}

// SortTaskRecords orders tasks by document id, then index.
func SortTaskRecords(s []TaskRecord) {
	slices.SortFunc(s, func(a, b TaskRecord) int {
		return cmp.Or(strings.Compare(a.Document, b.Document), a.Index-b.Index)
	})
}

// SortTaskIDs orders task ids by document, then index.
func SortTaskIDs(s []string) { slices.SortFunc(s, CompareTaskIDs) }

// NormalizeNetworkFilter validates f and fills defaults.
func NormalizeNetworkFilter(f NetworkFilter) (NetworkFilter, error) {
	var err error
	if f.Jurisdiction, f.Year, err = NormalizeScope(f.Jurisdiction, f.Year); err != nil {
		return f, err
	}
	switch f.Role {
	case "":
		f.Role = RoleAny
	case RoleAny, RoleLead, RoleResponsible:
	default:
		return f, Errorf(EINVALID, "role must be one of any, lead, responsible; got %q", f.Role)
	}
	if f.MinWeight < 0 || f.Limit < 0 {
		return f, Errorf(EINVALID, "min_weight and limit must not be negative")
	}
	if f.MinWeight == 0 {
		f.MinWeight = 1
	}
	return f, nil
}

// FinishUnitNetwork puts a raw network into its canonical form: task ids
// sorted, links below MinWeight dropped, links ordered by weight descending
// then source and target, at most Limit links, and nodes ordered by tasks
// descending then name then id. When MinWeight > 1, or when Limit cuts
// links, nodes left without a link are dropped too (a Limit the network
// stays within changes nothing: the answer is the whole network).
func FinishUnitNetwork(net *UnitNetwork, f NetworkFilter) {
	for i := range net.Nodes {
		SortTaskIDs(net.Nodes[i].TaskIDs)
	}
	links := net.Links[:0]
	for _, l := range net.Links {
		if l.Source > l.Target {
			l.Source, l.Target = l.Target, l.Source
		}
		if l.Weight >= f.MinWeight {
			SortTaskIDs(l.Tasks)
			links = append(links, l)
		}
	}
	slices.SortFunc(links, func(a, b UnitLink) int {
		return cmp.Or(b.Weight-a.Weight, strings.Compare(a.Source, b.Source), strings.Compare(a.Target, b.Target))
	})
	cut := f.Limit > 0 && len(links) > f.Limit
	if cut {
		links = links[:f.Limit]
	}
	net.Links = links
	if f.MinWeight > 1 || cut {
		linked := make(map[string]bool)
		for _, l := range links {
			linked[l.Source], linked[l.Target] = true, true
		}
		net.Nodes = slices.DeleteFunc(net.Nodes, func(n UnitNode) bool { return !linked[n.ID] })
	}
	slices.SortFunc(net.Nodes, func(a, b UnitNode) int {
		return cmp.Or(b.Tasks-a.Tasks, strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	if net.Nodes == nil {
		net.Nodes = []UnitNode{}
	}
	if net.Links == nil {
		net.Links = []UnitLink{}
	}
}

// FinishSubgraph orders nodes by id and edges by source, target and type,
// and removes duplicates.
func FinishSubgraph(g *Subgraph) {
	slices.SortFunc(g.Nodes, func(a, b Node) int { return strings.Compare(a.ID, b.ID) })
	g.Nodes = slices.CompactFunc(g.Nodes, func(a, b Node) bool { return a.ID == b.ID })
	slices.SortFunc(g.Edges, func(a, b Edge) int {
		return cmp.Or(strings.Compare(a.Source, b.Source), strings.Compare(a.Target, b.Target), strings.Compare(a.Type, b.Type))
	})
	g.Edges = slices.Compact(g.Edges)
	if g.Nodes == nil {
		g.Nodes = []Node{}
	}
	if g.Edges == nil {
		g.Edges = []Edge{}
	}
}

// Lower folds s for case-insensitive matching, one code point at a time, so
// that code-point offsets in Lower(s) are offsets in s.
func Lower(s string) string { return strings.Map(unicode.ToLower, s) }

// Search snippets: SnippetLen code points of a task's text around a match,
// from SnippetLead before it, moved back so that the window is full when the
// text is long enough.
const (
	SnippetLen  = 60
	SnippetLead = 20
)

// Snippet is the search snippet of text for a match at code point match.
func Snippet(text string, match int) string {
	r := []rune(text)
	start := max(0, match-SnippetLead)
	end := min(len(r), start+SnippetLen)
	start = max(0, end-SnippetLen)
	return string(r[start:end])
}

// SortDocuments orders documents newest first (by date), then by id.
func SortDocuments(s []DocumentInfo) {
	slices.SortStableFunc(s, func(a, b DocumentInfo) int {
		return cmp.Or(strings.Compare(b.Date, a.Date), strings.Compare(a.ID, b.ID))
	})
}

// SortLeaders, SortUnits and SortProjects order entity lists by tasks
// descending, then name, then jurisdiction.
func SortLeaders(s []LeaderInfo) {
	slices.SortFunc(s, func(a, b LeaderInfo) int {
		return compareEntities(a.Tasks, b.Tasks, a.Name, b.Name, a.Jurisdiction, b.Jurisdiction)
	})
}

// SortUnits: see SortLeaders.
func SortUnits(s []UnitInfo) {
	slices.SortFunc(s, func(a, b UnitInfo) int {
		return compareEntities(a.Tasks, b.Tasks, a.Name, b.Name, a.Jurisdiction, b.Jurisdiction)
	})
}

// SortProjects: see SortLeaders.
func SortProjects(s []ProjectInfo) {
	slices.SortFunc(s, func(a, b ProjectInfo) int {
		return compareEntities(a.Tasks, b.Tasks, a.Name, b.Name, a.Jurisdiction, b.Jurisdiction)
	})
}

func compareEntities(tasksA, tasksB int, nameA, nameB, jurA, jurB string) int {
	return cmp.Or(tasksB-tasksA, strings.Compare(nameA, nameB), strings.Compare(jurA, jurB))
}

// SortSectionCounts orders a portfolio's sections by document, then index.
func SortSectionCounts(s []SectionCount) {
	slices.SortFunc(s, func(a, b SectionCount) int { return cmp.Or(strings.Compare(a.Document, b.Document), a.Index-b.Index) })
}

// searchKindRank orders search hits by kind.
var searchKindRank = map[string]int{NodeUnit: 0, NodeLeader: 1, NodeProject: 2, NodeTask: 3}

// FinishSearch orders hits by kind (units, leaders, projects, tasks), then
// label, then id, and keeps the first limit.
func FinishSearch(hits []SearchHit, limit int) []SearchHit {
	slices.SortFunc(hits, func(a, b SearchHit) int {
		return cmp.Or(searchKindRank[a.Kind]-searchKindRank[b.Kind], strings.Compare(a.Label, b.Label), strings.Compare(a.ID, b.ID))
	})
	if hits == nil {
		hits = []SearchHit{}
	}
	return hits[:min(limit, len(hits))]
}
