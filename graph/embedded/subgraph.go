package embedded

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"govgraph/graph"
)

// node is a resolved vertex of the graph model. It is comparable, so that
// searches can key maps by it without building ids.
type node struct {
	kind  string
	doc   *docState
	index int // section or theme index, task position, or target index
	task  int // the task position of a target
	ent   *entity
}

// half is a relationship seen from one end: to the other node, with its
// type, and whether that other node is the relationship's source.
type half struct {
	to       node
	typ      string
	incoming bool
}

// resolveNode finds the node an id names; ids must be canonical.
func (s *Store) resolveNode(id string) (node, error) {
	kind, key, err := graph.ParseNodeID(id)
	if err != nil {
		return node{}, err
	}
	n, ok := s.lookup(kind, key)
	if !ok || s.id(n) != id {
		return node{}, graph.Errorf(graph.ENOTFOUND, "no node %q", id)
	}
	return n, nil
}

func (s *Store) lookup(kind, key string) (node, bool) {
	switch kind {
	case graph.NodeDocument:
		d := s.docs[key]
		return node{kind: kind, doc: d}, d != nil
	case graph.NodeSection, graph.NodeTheme:
		docID, index, ok := graph.SplitIndexKey(key)
		d := s.docs[docID]
		if !ok || d == nil {
			return node{}, false
		}
		if kind == graph.NodeSection {
			return node{kind: kind, doc: d, index: index}, d.section(index) != nil
		}
		return node{kind: kind, doc: d, index: index}, d.theme(index) != nil
	case graph.NodeTask:
		d, pos, ok := s.task(key)
		return node{kind: kind, doc: d, index: pos}, ok
	case graph.NodeTarget:
		taskID, index, ok := graph.SplitIndexKey(key)
		if !ok {
			return node{}, false
		}
		d, pos, ok := s.task(taskID)
		if !ok || index >= len(d.tasks[pos].task.Targets) {
			return node{}, false
		}
		return node{kind: kind, doc: d, index: index, task: pos}, true
	default:
		e := s.index(kind).byKey[key]
		return node{kind: kind, ent: e}, e != nil
	}
}

// task finds a task by id.
func (s *Store) task(id string) (*docState, int, bool) {
	docID, index, ok := graph.SplitTaskID(id)
	d := s.docs[docID]
	if !ok || d == nil {
		return nil, 0, false
	}
	pos, ok := d.taskPos[index]
	return d, pos, ok
}

// id is a node's API id.
func (s *Store) id(n node) string {
	switch n.kind {
	case graph.NodeDocument:
		return graph.NodeID(n.kind, n.doc.doc.Meta.ID)
	case graph.NodeSection, graph.NodeTheme:
		return graph.NodeID(n.kind, graph.IndexKey(n.doc.doc.Meta.ID, n.index))
	case graph.NodeTask:
		return graph.NodeID(n.kind, n.doc.tasks[n.index].task.ID)
	case graph.NodeTarget:
		return graph.NodeID(n.kind, graph.IndexKey(n.doc.tasks[n.task].task.ID, n.index))
	default:
		return n.ent.nodeID
	}
}

// apiNode is a node with its id and label.
func (s *Store) apiNode(n node) graph.Node {
	out := graph.Node{ID: s.id(n), Kind: n.kind}
	switch n.kind {
	case graph.NodeDocument:
		out.Label = n.doc.doc.Meta.Title
	case graph.NodeSection:
		out.Label = n.doc.section(n.index).Title
	case graph.NodeTheme:
		out.Label = n.doc.theme(n.index).Title
	case graph.NodeTask:
		out.Label = graph.TaskLabel(n.doc.tasks[n.index].task.Text)
	case graph.NodeTarget:
		out.Label = graph.TargetLabel(n.doc.tasks[n.task].task.Targets[n.index])
	default:
		out.Label = n.ent.name
	}
	return out
}

// edge is the relationship between n and the other end of h.
func (s *Store) edge(n node, h half) graph.Edge {
	from, to := s.id(n), s.id(h.to)
	if h.incoming {
		from, to = to, from
	}
	return graph.Edge{Source: from, Target: to, Type: h.typ}
}

// adjacent calls visit for every relationship of n, ignoring direction.
func (s *Store) adjacent(n node, visit func(half)) {
	d := n.doc
	switch n.kind {
	case graph.NodeDocument:
		for _, sec := range d.doc.Sections {
			visit(half{node{kind: graph.NodeSection, doc: d, index: sec.Index}, graph.RelIn, true})
		}
	case graph.NodeSection:
		visit(half{node{kind: graph.NodeDocument, doc: d}, graph.RelIn, false})
		for _, p := range d.sectionThemes[n.index] {
			visit(half{node{kind: graph.NodeTheme, doc: d, index: d.doc.Themes[p].Index}, graph.RelIn, true})
		}
		for _, pos := range d.directTasks[n.index] {
			visit(half{node{kind: graph.NodeTask, doc: d, index: pos}, graph.RelIn, true})
		}
	case graph.NodeTheme:
		visit(half{node{kind: graph.NodeSection, doc: d, index: d.theme(n.index).Section}, graph.RelIn, false})
		for _, pos := range d.themeTasks[n.index] {
			visit(half{node{kind: graph.NodeTask, doc: d, index: pos}, graph.RelIn, true})
		}
	case graph.NodeTask:
		ts := &d.tasks[n.index]
		if ts.task.ThemeIndex >= 0 {
			visit(half{node{kind: graph.NodeTheme, doc: d, index: ts.task.ThemeIndex}, graph.RelIn, false})
		} else {
			visit(half{node{kind: graph.NodeSection, doc: d, index: ts.task.Section}, graph.RelIn, false})
		}
		for _, e := range ts.leaders {
			visit(half{node{kind: graph.NodeLeader, ent: e}, graph.RelLeads, true})
		}
		for _, e := range ts.lead {
			visit(half{node{kind: graph.NodeUnit, ent: e}, graph.RelLeads, true})
		}
		for _, e := range ts.resp {
			visit(half{node{kind: graph.NodeUnit, ent: e}, graph.RelSupports, true})
		}
		for _, e := range ts.projects {
			visit(half{node{kind: graph.NodeProject, ent: e}, graph.RelMentions, false})
		}
		for i := range ts.task.Targets {
			visit(half{node{kind: graph.NodeTarget, doc: d, index: i, task: n.index}, graph.RelSets, false})
		}
	case graph.NodeTarget:
		visit(half{node{kind: graph.NodeTask, doc: d, index: n.task}, graph.RelSets, true})
	default: // leader, unit, project
		e := n.ent
		for od := range e.refs {
			for _, pos := range od.entityTasks[e] {
				task := node{kind: graph.NodeTask, doc: od, index: pos}
				switch e.kind {
				case graph.NodeLeader:
					visit(half{task, graph.RelLeads, false})
				case graph.NodeProject:
					visit(half{task, graph.RelMentions, true})
				default:
					ts := &od.tasks[pos]
					if containsEntity(ts.lead, e) {
						visit(half{task, graph.RelLeads, false})
					}
					if containsEntity(ts.resp, e) {
						visit(half{task, graph.RelSupports, false})
					}
				}
			}
		}
	}
}

// Neighbours implements graph.Store.
func (s *Store) Neighbours(ctx context.Context, nodeID string, depth, limit int) (*graph.Subgraph, error) {
	limit, err := graph.NormalizeNeighbours(depth, limit)
	if err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.ready(ctx); err != nil {
		return nil, err
	}
	start, err := s.resolveNode(nodeID)
	if err != nil {
		return nil, err
	}

	// Breadth-first, level by level; a level is sorted by id, so the kept
	// nodes are the first by (distance, id).
	type reached struct {
		n  node
		id string
	}
	kept := []reached{{start, nodeID}}
	seen := map[node]bool{start: true}
	frontier := []node{start}
	truncated := false
	for level := 1; level <= depth && len(frontier) > 0 && !truncated; level++ {
		if err := ctxError(ctx); err != nil {
			return nil, err
		}
		var next []reached
		for _, n := range frontier {
			s.adjacent(n, func(h half) {
				if !seen[h.to] {
					seen[h.to] = true
					next = append(next, reached{h.to, s.id(h.to)})
				}
			})
		}
		next, truncated = graph.NextLevel(next, func(r reached) string { return r.id }, limit-len(kept)) // the loop ends when truncated
		kept = append(kept, next...)
		frontier = frontier[:0]
		for _, r := range next {
			frontier = append(frontier, r.n)
		}
	}

	in := make(map[node]bool, len(kept))
	for _, r := range kept {
		in[r.n] = true
	}
	g := &graph.Subgraph{Truncated: truncated}
	for _, r := range kept {
		g.Nodes = append(g.Nodes, s.apiNode(r.n))
		s.adjacent(r.n, func(h half) {
			if in[h.to] {
				g.Edges = append(g.Edges, s.edge(r.n, h))
			}
		})
	}
	graph.FinishSubgraph(g)
	return g, nil
}

// ShortestPath implements graph.Store.
func (s *Store) ShortestPath(ctx context.Context, from, to string) (*graph.Subgraph, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.ready(ctx); err != nil {
		return nil, err
	}
	src, err := s.resolveNode(from)
	if err != nil {
		return nil, err
	}
	dst, err := s.resolveNode(to)
	if err != nil {
		return nil, err
	}
	type step struct {
		prev node
		via  half // the relationship from prev, seen from prev
	}
	parent := map[node]step{src: {}}
	frontier := []node{src}
	found := src == dst
	for hops := 0; hops < graph.MaxPathHops && !found && len(frontier) > 0; hops++ {
		if err := ctxError(ctx); err != nil {
			return nil, err
		}
		var next []node
		for _, n := range frontier {
			var hs []half
			s.adjacent(n, func(h half) { hs = append(hs, h) })
			// Visit neighbours in a fixed order so that the path is stable.
			slices.SortFunc(hs, func(a, b half) int {
				return cmp.Or(strings.Compare(s.id(a.to), s.id(b.to)), strings.Compare(a.typ, b.typ))
			})
			for _, h := range hs {
				if _, ok := parent[h.to]; ok {
					continue
				}
				parent[h.to] = step{prev: n, via: h}
				next = append(next, h.to)
				if h.to == dst {
					found = true
					break
				}
			}
			if found {
				break
			}
		}
		frontier = next
	}
	if !found {
		return nil, graph.NoPath(from, to)
	}
	g := &graph.Subgraph{Nodes: []graph.Node{s.apiNode(dst)}}
	for n := dst; n != src; {
		st := parent[n]
		g.Nodes = append(g.Nodes, s.apiNode(st.prev))
		g.Edges = append(g.Edges, s.edge(st.prev, st.via))
		n = st.prev
	}
	graph.FinishSubgraph(g)
	return g, nil
}
