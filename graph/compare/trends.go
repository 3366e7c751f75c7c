package compare

import (
	"cmp"
	"slices"
	"strings"

	"govgraph/graph"
	"govgraph/graph/analytics"
	"govgraph/graph/lineage"
)

// Trends follows one jurisdiction over its documents: the network
// indicators of each document, and each unit's measures document by
// document, its names mapped forward through the lineage to those of the
// latest document. docs/compare.md states the rules.
type Trends struct {
	Jurisdiction string       `json:"jurisdiction"`
	AsOf         string       `json:"asOf"` // units are named as of this date (the latest document's)
	Documents    []TrendPoint `json:"documents"`
	Units        []UnitTrend  `json:"units"`
}

// TrendPoint is one document with its network indicators.
type TrendPoint struct {
	DocRef
	Indicators Indicators `json:"indicators"`
}

// UnitTrend is one line of history: a unit named as of AsOf, and its
// measures in every document that names it or a predecessor.
type UnitTrend struct {
	Unit   string      `json:"unit"`
	Kind   string      `json:"kind"` // as the latest document that names the line gives it
	Series []UnitPoint `json:"series"`
}

// UnitPoint is a unit's measures in one document. Names are the document's
// own names behind it: two or more before a merge; a split unit appears
// in the series of every successor. Tasks and LeadTasks count the
// document's tasks of any of Names once; the other measures are those of
// the name ranked best by bottleneck score.
type UnitPoint struct {
	Document    string   `json:"document"`
	Year        int      `json:"year"`
	Names       []string `json:"names"`
	Tasks       int      `json:"tasks"`
	LeadTasks   int      `json:"leadTasks"`
	Betweenness float64  `json:"betweenness"`
	Constraint  float64  `json:"constraint"`
	Bottleneck  float64  `json:"bottleneck"`
	Rank        int      `json:"rank"` // by bottleneck score in the document, 1 is highest
}

// Trend builds the trends of the sides, which must all belong to one
// jurisdiction; they are ordered by date, then document id.
func Trend(sides []*Side, lin *lineage.Table) (*Trends, error) {
	if len(sides) == 0 {
		return nil, &graph.Error{Code: graph.EINVALID, Op: "compare.Trend", Message: "no documents to follow"}
	}
	sides = slices.Clone(sides)
	for _, s := range sides {
		if s == nil || s.Report == nil {
			return nil, &graph.Error{Code: graph.EINVALID, Op: "compare.Trend", Message: "every side needs its tasks and analytics report"}
		}
		if s.Meta.Jurisdiction != sides[0].Meta.Jurisdiction {
			return nil, &graph.Error{Code: graph.EINVALID, Op: "compare.Trend",
				Message: "documents of " + s.Meta.Jurisdiction + " and " + sides[0].Meta.Jurisdiction + " cannot form one trend"}
		}
	}
	slices.SortFunc(sides, func(a, b *Side) int {
		return cmp.Or(strings.Compare(AsOf(a.Meta), AsOf(b.Meta)), strings.Compare(a.Meta.ID, b.Meta.ID))
	})
	t := &Trends{Jurisdiction: sides[0].Meta.Jurisdiction, AsOf: AsOf(sides[len(sides)-1].Meta), Documents: []TrendPoint{}, Units: []UnitTrend{}}
	lines := map[string]*UnitTrend{}
	for _, s := range sides {
		t.Documents = append(t.Documents, TrendPoint{DocRef: docRef(s.Meta), Indicators: indicators(s)})
		m := newMapper(lin, t.Jurisdiction, AsOf(s.Meta), t.AsOf)
		rank := rankBy(s.Report, values(s.Report), analytics.MetricBottleneck)
		points := map[string]*UnitPoint{}
		best := map[string]analytics.UnitMetrics{}
		for _, u := range s.Report.Units {
			for _, name := range m.names(u.Name) {
				p := points[name]
				if p == nil {
					p = &UnitPoint{Document: s.Meta.ID, Year: s.Meta.Year}
					points[name] = p
				}
				p.Names = append(p.Names, u.Name)
				if b, ok := best[name]; !ok || rank[u.Name] < rank[b.Name] || rank[u.Name] == rank[b.Name] && u.Name < b.Name {
					best[name] = u
				}
			}
		}
		lead := leadCount(s.Tasks, m.names)
		load := network(s.Tasks, m.names).load
		for name, p := range points {
			b := best[name]
			slices.Sort(p.Names)
			p.Tasks, p.LeadTasks = load[name], lead[name]
			p.Betweenness, p.Constraint, p.Bottleneck, p.Rank = b.Betweenness, b.Constraint, b.Bottleneck.Score, rank[b.Name]
			line := lines[name]
			if line == nil {
				line = &UnitTrend{Unit: name}
				lines[name] = line
			}
			line.Kind = b.Kind
			line.Series = append(line.Series, *p)
		}
	}
	for _, line := range lines {
		t.Units = append(t.Units, *line)
	}
	slices.SortFunc(t.Units, func(a, b UnitTrend) int { return strings.Compare(a.Unit, b.Unit) })
	return t, nil
}

// leadCount counts, per mapped name, the tasks one of whose lead units maps
// to it, each task once.
func leadCount(tasks []graph.TaskRecord, rename func(string) []string) map[string]int {
	out := map[string]int{}
	for _, t := range tasks {
		seen := map[string]bool{}
		for _, u := range t.LeadUnits {
			for _, name := range rename(u) {
				if !seen[name] {
					seen[name] = true
					out[name]++
				}
			}
		}
	}
	return out
}
