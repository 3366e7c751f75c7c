package embedded

import (
	"context"
	"strings"

	"govgraph/graph"
)

// Tasks implements graph.Store.
func (s *Store) Tasks(ctx context.Context, f graph.TaskFilter) (graph.TaskPage, error) {
	f, err := graph.NormalizeTaskFilter(f)
	if err != nil {
		return graph.TaskPage{}, err
	}
	limit := f.Limit
	query := graph.Lower(f.Query)

	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.ready(ctx); err != nil {
		return graph.TaskPage{}, err
	}
	page := graph.TaskPage{Tasks: []graph.TaskRecord{}}
	for _, d := range s.selectDocs(f.Scope()) {
		for pos := range d.tasks {
			if !matchesTask(&d.tasks[pos], f, query) {
				continue
			}
			if page.Total >= f.Offset && len(page.Tasks) < limit {
				page.Tasks = append(page.Tasks, d.record(pos))
			}
			page.Total++
		}
	}
	return page, nil
}

// TaskSelection implements graph.Store.
func (s *Store) TaskSelection(ctx context.Context, f graph.TaskFilter, most int) (*graph.Selection, error) {
	var err error
	if f.Jurisdiction, f.Year, err = graph.NormalizeScope(f.Jurisdiction, f.Year); err != nil {
		return nil, err
	}
	query := graph.Lower(f.Query)
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.ready(ctx); err != nil {
		return nil, err
	}
	type hit struct {
		d   *docState
		pos int
	}
	var hits []hit
	for _, d := range s.selectDocs(f.Scope()) {
		for pos := range d.tasks {
			if matchesTask(&d.tasks[pos], f, query) {
				hits = append(hits, hit{d, pos})
			}
		}
	}
	if most > 0 && len(hits) > most {
		return nil, graph.TooManyTasks(len(hits), most)
	}
	sel := &graph.Selection{Tasks: make([]graph.TaskRecord, len(hits)), Version: s.version}
	for i, h := range hits {
		sel.Tasks[i] = h.d.record(h.pos)
	}
	return sel, nil
}

// matchesTask reports whether a task passes the ledger's filters; query is
// the lower-cased text filter.
func matchesTask(ts *taskState, f graph.TaskFilter, query string) bool {
	return !(f.Section != nil && ts.task.Section != *f.Section ||
		f.Leader != "" && !hasName(ts.leaders, f.Leader) ||
		f.Unit != "" && !hasName(ts.involved, f.Unit) ||
		f.Project != "" && !hasName(ts.projects, f.Project) ||
		query != "" && !strings.Contains(ts.lower, query))
}

func hasName(list []*entity, name string) bool {
	for _, e := range list {
		if e.name == name {
			return true
		}
	}
	return false
}

// Documents implements graph.Store.
func (s *Store) Documents(ctx context.Context) ([]graph.DocumentInfo, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.ready(ctx); err != nil {
		return nil, err
	}
	out := make([]graph.DocumentInfo, 0, len(s.docs))
	for _, d := range s.sorted {
		out = append(out, d.info)
	}
	graph.SortDocuments(out)
	return out, nil
}

// Document implements graph.Store.
func (s *Store) Document(ctx context.Context, id string) (*graph.Document, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	d, err := s.stored(ctx, id)
	if err != nil {
		return nil, err
	}
	return cloneDocument(d.doc), nil
}

// Counts implements graph.Store.
func (s *Store) Counts(ctx context.Context) (graph.Counts, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.ready(ctx); err != nil {
		return graph.Counts{}, err
	}
	c := graph.Counts{
		Documents: len(s.docs),
		Leaders:   len(s.leaders.byKey),
		Units:     len(s.units.byKey),
		Projects:  len(s.projects.byKey),
	}
	for _, d := range s.docs {
		c.Tasks += len(d.tasks)
	}
	return c, nil
}

// stored is document id's state, once the store is ready; the caller holds
// s.mu.
func (s *Store) stored(ctx context.Context, id string) (*docState, error) {
	if err := s.ready(ctx); err != nil {
		return nil, err
	}
	d := s.docs[id]
	if d == nil {
		return nil, graph.Errorf(graph.ENOTFOUND, "no document %q", id)
	}
	return d, nil
}
