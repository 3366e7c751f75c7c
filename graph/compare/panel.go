package compare

import (
	"context"
	"slices"
	"strings"

	"govgraph/graph"
	"govgraph/graph/export"
	"govgraph/graph/lineage"
	"govgraph/graph/survey"
)

// LineageIDs gives each unit of each side (by document id, then unit name)
// the id of its line of history: jurisdiction/name as of the latest side of
// its jurisdiction, its names mapped forward through lin; the successors of
// a split unit are joined by "|".
func LineageIDs(sides []*Side, lin *lineage.Table) map[string]map[string]string {
	latest := map[string]string{}
	for _, s := range sides {
		if d := AsOf(s.Meta); d > latest[s.Meta.Jurisdiction] {
			latest[s.Meta.Jurisdiction] = d
		}
	}
	out := make(map[string]map[string]string, len(sides))
	for _, s := range sides {
		j := s.Meta.Jurisdiction
		m := newMapper(lin, j, AsOf(s.Meta), latest[j])
		ids := make(map[string]string, len(s.Report.Units))
		for _, u := range s.Report.Units {
			names := slices.Clone(m.names(u.Name))
			slices.Sort(names)
			for i, n := range names {
				names[i] = graph.EntityKey(j, n)
			}
			ids[u.Name] = strings.Join(names, "|")
		}
		out[s.Meta.ID] = ids
	}
	return out
}

// PanelScope chooses the documents of a panel: those named (all when none
// are), of the jurisdiction and of the year when these are set.
type PanelScope struct {
	Documents    []string
	Jurisdiction string
	Year         int
}

// Panel reads the documents of the scope (an unknown document, or a
// jurisdiction or year without documents, is graph.ENOTFOUND) and returns
// them as export.WritePanel writes them, with the data version they were
// read from ("" when a write came between).
func Panel(ctx context.Context, sv *survey.Service, lin *lineage.Table, scope PanelScope) ([]export.PanelDocument, string, error) {
	sides, version, err := snapshots(ctx, sv, func(d graph.DocumentInfo) bool {
		return (len(scope.Documents) == 0 || slices.Contains(scope.Documents, d.ID)) &&
			(scope.Jurisdiction == "" || d.Jurisdiction == scope.Jurisdiction) &&
			(scope.Year == 0 || d.Year == scope.Year)
	})
	if err != nil {
		return nil, "", err
	}
	for _, id := range scope.Documents {
		if !slices.ContainsFunc(sides, func(s *Side) bool { return s.Meta.ID == id }) {
			return nil, "", graph.Errorf(graph.ENOTFOUND, "document %q not found in the panel's scope", id)
		}
	}
	if len(sides) == 0 && (scope.Jurisdiction != "" || scope.Year != 0) {
		return nil, "", graph.Errorf(graph.ENOTFOUND, "no document of jurisdiction %q and year %d", scope.Jurisdiction, scope.Year)
	}
	ids := LineageIDs(sides, lin)
	out := make([]export.PanelDocument, len(sides))
	for i, s := range sides {
		out[i] = export.PanelDocument{Meta: s.Meta, Report: s.Report, Tasks: len(s.Tasks), LineageIDs: ids[s.Meta.ID]}
	}
	return out, version, nil
}
