package embedded

import (
	"context"
	"slices"
	"strings"

	"govgraph/graph"
)

// set is a small set of entities.
type set map[*entity]struct{}

func (m set) add(list []*entity) {
	for _, e := range list {
		m[e] = struct{}{}
	}
}

// entityCount accumulates an entity's figures over tasks.
type entityCount struct {
	tasks, lead int
	others      set // units of a leader, leaders of a unit
}

// Leaders implements graph.Store.
func (s *Store) Leaders(ctx context.Context, f graph.EntityFilter) ([]graph.LeaderInfo, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.ready(ctx); err != nil {
		return nil, err
	}
	acc := s.tally(f, func(ts *taskState, count func(*entity) *entityCount) {
		for _, e := range ts.leaders {
			c := count(e)
			c.tasks++
			c.others.add(ts.involved)
		}
	})
	out := make([]graph.LeaderInfo, 0, len(acc))
	for e, c := range acc {
		out = append(out, graph.LeaderInfo{Leader: e.leader, Jurisdiction: e.jurisdiction, Tasks: c.tasks, Units: len(c.others)})
	}
	graph.SortLeaders(out)
	return out, nil
}

// tally runs add over every task of the documents f selects, with count
// giving an entity's accumulator; the caller holds the read lock.
func (s *Store) tally(f graph.EntityFilter, add func(ts *taskState, count func(*entity) *entityCount)) map[*entity]*entityCount {
	acc := make(map[*entity]*entityCount)
	count := func(e *entity) *entityCount {
		c := acc[e]
		if c == nil {
			c = &entityCount{others: make(set)}
			acc[e] = c
		}
		return c
	}
	for _, d := range s.selectDocs(graph.DocumentScope{Documents: f.Documents, Jurisdiction: f.Jurisdiction}) {
		if f.Jurisdiction != "" && d.doc.Meta.Jurisdiction != f.Jurisdiction {
			continue
		}
		for pos := range d.tasks {
			add(&d.tasks[pos], count)
		}
	}
	return acc
}

// Units implements graph.Store.
func (s *Store) Units(ctx context.Context, f graph.EntityFilter) ([]graph.UnitInfo, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.ready(ctx); err != nil {
		return nil, err
	}
	acc := s.tally(f, func(ts *taskState, count func(*entity) *entityCount) {
		for _, e := range ts.involved {
			c := count(e)
			c.tasks++
			if slices.Contains(ts.lead, e) {
				c.lead++
			}
			c.others.add(ts.leaders)
		}
	})
	out := make([]graph.UnitInfo, 0, len(acc))
	for e, c := range acc {
		out = append(out, unitInfo(e, c))
	}
	graph.SortUnits(out)
	return out, nil
}

func unitInfo(e *entity, c *entityCount) graph.UnitInfo {
	u := e.unit
	u.Aliases = slices.Clone(u.Aliases)
	return graph.UnitInfo{Unit: u, Jurisdiction: e.jurisdiction, Tasks: c.tasks, LeadTasks: c.lead, Leaders: len(c.others)}
}

// Projects implements graph.Store.
func (s *Store) Projects(ctx context.Context, f graph.EntityFilter) ([]graph.ProjectInfo, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.ready(ctx); err != nil {
		return nil, err
	}
	acc := make(map[*entity]int)
	for _, d := range s.selectDocs(graph.DocumentScope{Documents: f.Documents, Jurisdiction: f.Jurisdiction}) {
		if f.Jurisdiction != "" && d.doc.Meta.Jurisdiction != f.Jurisdiction {
			continue
		}
		for pos := range d.tasks {
			for _, e := range d.tasks[pos].projects {
				acc[e]++
			}
		}
	}
	out := make([]graph.ProjectInfo, 0, len(acc))
	for e, n := range acc {
		out = append(out, graph.ProjectInfo{Name: e.name, Jurisdiction: e.jurisdiction, Tasks: n})
	}
	graph.SortProjects(out)
	return out, nil
}

// entityDocs returns the documents that reference e, ordered by id.
func entityDocs(e *entity) []*docState {
	out := make([]*docState, 0, len(e.refs))
	for d := range e.refs {
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b *docState) int { return strings.Compare(a.doc.Meta.ID, b.doc.Meta.ID) })
	return out
}

// Unit implements graph.Store.
func (s *Store) Unit(ctx context.Context, ref graph.EntityRef) (*graph.UnitDetail, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.ready(ctx); err != nil {
		return nil, err
	}
	e, err := s.units.resolve(ref)
	if err != nil {
		return nil, err
	}
	c := &entityCount{others: make(set)}
	tasks := []graph.TaskRecord{}
	for _, d := range entityDocs(e) {
		for _, pos := range d.tasksOf(e) {
			ts := &d.tasks[pos]
			c.tasks++
			if slices.Contains(ts.lead, e) {
				c.lead++
			}
			c.others.add(ts.leaders)
			tasks = append(tasks, d.record(pos))
		}
	}
	return &graph.UnitDetail{UnitInfo: unitInfo(e, c), TaskList: tasks}, nil
}

// Project implements graph.Store.
func (s *Store) Project(ctx context.Context, ref graph.EntityRef) (*graph.ProjectDetail, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.ready(ctx); err != nil {
		return nil, err
	}
	e, err := s.projects.resolve(ref)
	if err != nil {
		return nil, err
	}
	tasks := []graph.TaskRecord{}
	for _, d := range entityDocs(e) {
		for _, pos := range d.tasksOf(e) {
			tasks = append(tasks, d.record(pos))
		}
	}
	return &graph.ProjectDetail{
		ProjectInfo: graph.ProjectInfo{Name: e.name, Jurisdiction: e.jurisdiction, Tasks: len(tasks)},
		TaskList:    tasks,
	}, nil
}

// Portfolio implements graph.Store.
func (s *Store) Portfolio(ctx context.Context, ref graph.EntityRef, documents []string) (*graph.Portfolio, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.ready(ctx); err != nil {
		return nil, err
	}
	e, err := s.leaders.resolve(ref)
	if err != nil {
		return nil, err
	}
	p := &graph.Portfolio{
		Leader:       e.leader,
		Jurisdiction: e.jurisdiction,
		Tasks:        []graph.TaskRecord{},
		LeadUnits:    []graph.NameCount{},
		Units:        []graph.NameCount{},
		Sections:     []graph.SectionCount{},
		CoLeaders:    []graph.NameCount{},
	}
	leadUnits, units, coLeaders := make(map[*entity]int), make(map[*entity]int), make(map[*entity]int)
	docs := entityDocs(e)
	if len(documents) > 0 {
		docs = s.selectDocs(graph.DocumentScope{Documents: documents})
	}
	for _, d := range docs {
		positions := d.tasksOf(e)
		if len(positions) == 0 {
			continue
		}
		var sections []graph.SectionCount
		for _, pos := range positions {
			ts := &d.tasks[pos]
			p.Tasks = append(p.Tasks, d.record(pos))
			for _, u := range ts.lead {
				leadUnits[u]++
			}
			for _, u := range ts.resp {
				units[u]++
			}
			for _, l := range ts.leaders {
				if l != e {
					coLeaders[l]++
				}
			}
			i := slices.IndexFunc(sections, func(sc graph.SectionCount) bool { return sc.Index == ts.task.Section })
			if i < 0 {
				sc := graph.SectionCount{Document: d.doc.Meta.ID, Index: ts.task.Section}
				if sec := d.section(ts.task.Section); sec != nil {
					sc.Title = sec.Title
				}
				sections = append(sections, sc)
				i = len(sections) - 1
			}
			sections[i].Count++
		}
		graph.SortSectionCounts(sections)
		p.Sections = append(p.Sections, sections...)
	}
	p.LeadUnits = nameCounts(leadUnits)
	p.Units = nameCounts(units)
	p.CoLeaders = nameCounts(coLeaders)
	return p, nil
}

// nameCounts turns counts into graph.NameCount, with the unit kind for units.
func nameCounts(m map[*entity]int) []graph.NameCount {
	out := make([]graph.NameCount, 0, len(m))
	for e, n := range m {
		out = append(out, graph.NameCount{Name: e.name, Kind: e.unit.Kind, Count: n})
	}
	graph.SortNameCounts(out)
	return out
}
