package embedded

import (
	"slices"
	"strings"

	"govgraph/graph"
)

// entity is a leader, unit or project shared by (jurisdiction, name).
type entity struct {
	kind         string // graph.NodeLeader, graph.NodeUnit or graph.NodeProject
	key          string // graph.EntityKey
	nodeID       string
	num          int // dense number, for network pair keys
	jurisdiction string
	name         string
	leader       graph.Leader // properties, when kind is NodeLeader
	unit         graph.Unit   // properties, when kind is NodeUnit
	propsFrom    *docState    // the document the properties come from
	refs         map[*docState]int
}

// entityIndex holds one kind of entity by key and by name.
type entityIndex struct {
	kind   string
	byKey  map[string]*entity
	byName map[string][]*entity
}

func newEntityIndex(kind string) *entityIndex {
	return &entityIndex{kind: kind, byKey: make(map[string]*entity), byName: make(map[string][]*entity)}
}

// docState is a stored document with its indexes. doc is never handed out.
type docState struct {
	doc         *graph.Document
	seq         int64
	fingerprint string // graph.Fingerprint
	info        graph.DocumentInfo
	nodes, rels int

	sections      map[int]int // section index -> position in doc.Sections
	themes        map[int]int
	taskPos       map[int]int // task index -> position in tasks
	tasks         []taskState
	entityTasks   map[*entity][]int // task positions, ascending
	directTasks   map[int][]int     // section index -> tasks in it without theme
	themeTasks    map[int][]int     // theme index -> tasks
	sectionThemes map[int][]int     // section index -> theme positions
}

// taskState is a task with its entities resolved. Entity slices hold each
// entity once.
type taskState struct {
	task     *graph.Task // points into doc.Tasks
	leaders  []*entity
	lead     []*entity
	resp     []*entity
	involved []*entity // lead then responsible, each once
	projects []*entity
	lower    string // lower-cased text, code point for code point
}

// lower maps each code point to lower case, keeping the count of code points.

func (d *docState) section(index int) *graph.Section {
	if p, ok := d.sections[index]; ok {
		return &d.doc.Sections[p]
	}
	return nil
}

func (d *docState) theme(index int) *graph.Theme {
	if p, ok := d.themes[index]; ok {
		return &d.doc.Themes[p]
	}
	return nil
}

// record returns a task with its document context; the task is a copy.
func (d *docState) record(pos int) graph.TaskRecord {
	t := d.tasks[pos].task
	r := graph.TaskRecord{
		Task:         cloneTask(*t),
		Document:     d.doc.Meta.ID,
		Jurisdiction: d.doc.Meta.Jurisdiction,
	}
	if s := d.section(t.Section); s != nil {
		r.SectionTitle = s.Title
	}
	return r
}

// addDocument indexes doc, which the store owns from now on. The document is
// the newest import, so it gives its entities their properties.
func (s *Store) addDocument(p *graph.Prepared, seq int64) *docState {
	doc := p.Doc
	d := &docState{
		doc:           doc,
		seq:           seq,
		fingerprint:   p.Fingerprint,
		nodes:         p.Nodes,
		rels:          p.Rels,
		info:          graph.DocumentInfo{DocumentMeta: doc.Meta, Stats: p.Stats},
		sections:      make(map[int]int, len(doc.Sections)),
		themes:        make(map[int]int, len(doc.Themes)),
		taskPos:       make(map[int]int, len(doc.Tasks)),
		tasks:         make([]taskState, len(doc.Tasks)),
		entityTasks:   make(map[*entity][]int),
		directTasks:   make(map[int][]int),
		themeTasks:    make(map[int][]int),
		sectionThemes: make(map[int][]int),
	}
	for i, sec := range doc.Sections {
		d.sections[sec.Index] = i
	}
	for i, th := range doc.Themes {
		d.themes[th.Index] = i
		d.sectionThemes[th.Section] = append(d.sectionThemes[th.Section], i)
	}
	leaderProps := make(map[string]*graph.Leader, len(doc.Leaders))
	for i := range doc.Leaders {
		leaderProps[doc.Leaders[i].Name] = &doc.Leaders[i]
	}
	unitProps := make(map[string]*graph.Unit, len(doc.Units))
	for i := range doc.Units {
		unitProps[doc.Units[i].Name] = &doc.Units[i]
	}

	j := doc.Meta.Jurisdiction
	touched := make(map[*entity]bool)
	ref := func(idx *entityIndex, name string, pos int) *entity {
		e := s.reference(idx, j, name, d)
		if list := d.entityTasks[e]; len(list) == 0 || list[len(list)-1] != pos {
			d.entityTasks[e] = append(list, pos)
		}
		touched[e] = true
		return e
	}
	for pos := range doc.Tasks {
		t := &doc.Tasks[pos]
		ts := &d.tasks[pos]
		ts.task = t
		ts.lower = graph.Lower(t.Text)
		d.taskPos[t.Index] = pos
		if t.ThemeIndex >= 0 {
			d.themeTasks[t.ThemeIndex] = append(d.themeTasks[t.ThemeIndex], pos)
		} else {
			d.directTasks[t.Section] = append(d.directTasks[t.Section], pos)
		}
		for _, name := range t.Leaders {
			ts.leaders = appendOnce(ts.leaders, ref(s.leaders, name, pos))
		}
		for _, name := range t.LeadUnits {
			ts.lead = appendOnce(ts.lead, ref(s.units, name, pos))
		}
		for _, name := range t.Units {
			ts.resp = appendOnce(ts.resp, ref(s.units, name, pos))
		}
		for _, e := range ts.lead {
			ts.involved = appendOnce(ts.involved, e)
		}
		for _, e := range ts.resp {
			ts.involved = appendOnce(ts.involved, e)
		}
		for _, name := range t.Projects {
			ts.projects = appendOnce(ts.projects, ref(s.projects, name, pos))
		}
	}
	for e := range touched {
		setProps(e, d, leaderProps, unitProps)
	}
	s.docs[doc.Meta.ID] = d
	s.sortDocs()
	return d
}

// removeDocument drops d and every entity no other document references;
// entities that d gave their properties take them from the newest
// remaining document that references them.
func (s *Store) removeDocument(d *docState) {
	delete(s.docs, d.doc.Meta.ID)
	s.sortDocs()
	for e := range d.entityTasks {
		delete(e.refs, d)
		if len(e.refs) == 0 {
			s.index(e.kind).remove(e)
			continue
		}
		if e.propsFrom == d {
			var newest *docState
			for other := range e.refs {
				if newest == nil || other.seq > newest.seq {
					newest = other
				}
			}
			setProps(e, newest, nil, nil)
		}
	}
}

// setProps copies e's properties from document d. The maps, when given,
// index d's lists by name.
func setProps(e *entity, d *docState, leaders map[string]*graph.Leader, units map[string]*graph.Unit) {
	e.propsFrom = d
	switch e.kind {
	case graph.NodeLeader:
		if l, ok := leaders[e.name]; ok {
			e.leader = *l
			return
		}
		for _, l := range d.doc.Leaders {
			if l.Name == e.name {
				e.leader = l
			}
		}
	case graph.NodeUnit:
		if u, ok := units[e.name]; ok {
			e.unit = *u
			return
		}
		for _, u := range d.doc.Units {
			if u.Name == e.name {
				e.unit = u
			}
		}
	}
}

// reference finds or creates the entity (jurisdiction, name) and counts one
// more reference from d.
func (s *Store) reference(idx *entityIndex, jurisdiction, name string, d *docState) *entity {
	key := graph.EntityKey(jurisdiction, name)
	e := idx.byKey[key]
	if e == nil {
		s.entityNum++
		e = &entity{
			kind:         idx.kind,
			key:          key,
			nodeID:       graph.NodeID(idx.kind, key),
			num:          s.entityNum,
			jurisdiction: jurisdiction,
			name:         name,
			refs:         make(map[*docState]int),
		}
		if idx.kind == graph.NodeProject {
			e.propsFrom = d
		}
		idx.byKey[key] = e
		idx.byName[name] = append(idx.byName[name], e)
	}
	e.refs[d]++
	return e
}

func (idx *entityIndex) remove(e *entity) {
	delete(idx.byKey, e.key)
	list := slices.DeleteFunc(idx.byName[e.name], func(x *entity) bool { return x == e })
	if len(list) == 0 {
		delete(idx.byName, e.name)
	} else {
		idx.byName[e.name] = list
	}
}

func (s *Store) index(kind string) *entityIndex {
	switch kind {
	case graph.NodeLeader:
		return s.leaders
	case graph.NodeUnit:
		return s.units
	default:
		return s.projects
	}
}

// sortDocs refreshes the list of documents ordered by id.
func (s *Store) sortDocs() {
	s.sorted = s.sorted[:0]
	for _, d := range s.docs {
		s.sorted = append(s.sorted, d)
	}
	slices.SortFunc(s.sorted, func(a, b *docState) int { return strings.Compare(a.doc.Meta.ID, b.doc.Meta.ID) })
}

// selectDocs returns the documents the scope selects, ordered by id.
// Unknown ids select nothing.
func (s *Store) selectDocs(scope graph.DocumentScope) []*docState {
	docs := s.sorted
	if len(scope.Documents) > 0 {
		docs = make([]*docState, 0, len(scope.Documents))
		for _, id := range scope.Documents {
			if d := s.docs[id]; d != nil && !slices.Contains(docs, d) {
				docs = append(docs, d)
			}
		}
		slices.SortFunc(docs, func(a, b *docState) int { return strings.Compare(a.doc.Meta.ID, b.doc.Meta.ID) })
	}
	if scope.Jurisdiction == "" && scope.Year == 0 {
		return docs
	}
	out := make([]*docState, 0, len(docs))
	for _, d := range docs {
		if scope.Selects(d.doc.Meta) {
			out = append(out, d)
		}
	}
	return out
}

// resolve finds the entity a reference names.
func (idx *entityIndex) resolve(ref graph.EntityRef) (*entity, error) {
	found := idx.byName[ref.Name]
	if ref.Jurisdiction != "" {
		found = nil
		if e := idx.byKey[graph.EntityKey(ref.Jurisdiction, ref.Name)]; e != nil {
			found = []*entity{e}
		}
	}
	js := make([]string, len(found))
	for i, e := range found {
		js[i] = e.jurisdiction
	}
	i, err := graph.ResolveEntity(idx.kind, ref, js)
	if err != nil {
		return nil, err
	}
	return found[i], nil
}

// tasksOf returns the positions of e's tasks in d.
func (d *docState) tasksOf(e *entity) []int { return d.entityTasks[e] }

func appendOnce(s []*entity, e *entity) []*entity {
	if slices.Contains(s, e) {
		return s
	}
	return append(s, e)
}

// cloneTask copies a task so that callers cannot reach stored slices.
func cloneTask(t graph.Task) graph.Task {
	t.Leaders = slices.Clone(t.Leaders)
	t.LeadUnits = slices.Clone(t.LeadUnits)
	t.Units = slices.Clone(t.Units)
	t.Projects = slices.Clone(t.Projects)
	t.Targets = slices.Clone(t.Targets)
	return t
}

// cloneDocument copies a document deeply.
func cloneDocument(doc *graph.Document) *graph.Document {
	c := *doc
	c.Sections = slices.Clone(doc.Sections)
	c.Themes = slices.Clone(doc.Themes)
	if doc.Tasks != nil {
		c.Tasks = make([]graph.Task, len(doc.Tasks))
		for i, t := range doc.Tasks {
			c.Tasks[i] = cloneTask(t)
		}
	}
	c.Leaders = slices.Clone(doc.Leaders)
	if doc.Units != nil {
		c.Units = make([]graph.Unit, len(doc.Units))
		for i, u := range doc.Units {
			u.Aliases = slices.Clone(u.Aliases)
			c.Units[i] = u
		}
	}
	if doc.Projects != nil {
		c.Projects = make([]graph.Project, len(doc.Projects))
		for i, p := range doc.Projects {
			p.Tasks = slices.Clone(p.Tasks)
			c.Projects[i] = p
		}
	}
	c.Narrative = slices.Clone(doc.Narrative)
	c.Diagnostics = slices.Clone(doc.Diagnostics)
	return &c
}
