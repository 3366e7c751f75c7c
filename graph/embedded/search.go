package embedded

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"govgraph/graph"
)

// Search limits.
const (
	maxQueryRunes      = 100
	defaultSearchLimit = 20
	maxSearchLimit     = 100
)

// kindRank orders search hits by kind.
var kindRank = map[string]int{graph.NodeUnit: 0, graph.NodeLeader: 1, graph.NodeProject: 2, graph.NodeTask: 3}

// Search implements graph.Store.
func (s *Store) Search(ctx context.Context, q string, limit int) ([]graph.SearchHit, error) {
	q = strings.TrimSpace(q)
	switch n := utf8.RuneCountInString(q); {
	case n == 0:
		return nil, graph.Errorf(graph.EINVALID, "search text is empty")
	case n > maxQueryRunes:
		return nil, graph.Errorf(graph.EINVALID, "search text is longer than %d characters", maxQueryRunes)
	}
	switch {
	case limit < 0:
		return nil, graph.Errorf(graph.EINVALID, "limit must not be negative; got %d", limit)
	case limit == 0:
		limit = defaultSearchLimit
	case limit > maxSearchLimit:
		limit = maxSearchLimit
	}
	lq := graph.Lower(q)

	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.ready(ctx); err != nil {
		return nil, err
	}
	hits := []graph.SearchHit{}
	for _, idx := range []*entityIndex{s.units, s.leaders, s.projects} {
		for _, e := range idx.byKey {
			if strings.Contains(graph.Lower(e.name), lq) {
				hits = append(hits, graph.SearchHit{ID: e.nodeID, Kind: e.kind, Label: e.name})
			}
		}
	}
	for _, d := range s.sorted {
		if err := ctxError(ctx); err != nil {
			return nil, err
		}
		for pos := range d.tasks {
			ts := &d.tasks[pos]
			at := strings.Index(ts.lower, lq)
			if at < 0 {
				continue
			}
			hits = append(hits, graph.SearchHit{
				ID:      graph.NodeID(graph.NodeTask, ts.task.ID),
				Kind:    graph.NodeTask,
				Label:   graph.TaskLabel(ts.task.Text),
				Snippet: graph.Snippet(ts.task.Text, utf8.RuneCountInString(ts.lower[:at])),
			})
		}
	}
	slices.SortFunc(hits, func(a, b graph.SearchHit) int {
		return cmp.Or(kindRank[a.Kind]-kindRank[b.Kind], strings.Compare(a.Label, b.Label), strings.Compare(a.ID, b.ID))
	})
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits, nil
}
