package analytics

import (
	"cmp"
	"slices"
	"strings"

	"govgraph/graph"
)

// input is a validated network: units indexed 0..n-1 in id order, so that
// nothing downstream depends on the order of the caller's slices.
type input struct {
	nodes    []graph.UnitNode
	adj      *adjacency
	links    int
	tasks    map[string]*graph.TaskRecord // nil when no tasks were given
	group    []string                     // brokerage group label of each unit
	groupKey []string                     // what groups compare: kind, or leader key
}

func invalid(format string, args ...any) error {
	return graph.Errorf(graph.EINVALID, format, args...)
}

// prepare validates net, tasks and opts and indexes them.
func prepare(net *graph.UnitNetwork, tasks []graph.TaskRecord, opts Options) (*input, error) {
	if net == nil {
		return nil, invalid("the unit network is required")
	}
	if opts.Groups != GroupByKind && opts.Groups != GroupByLeader {
		return nil, invalid("groups must be %q or %q; got %q", GroupByKind, GroupByLeader, opts.Groups)
	}
	if opts.Groups == GroupByLeader && tasks == nil {
		return nil, invalid("groups %q needs the tasks behind the network", GroupByLeader)
	}
	in := &input{}

	if tasks != nil {
		in.tasks = make(map[string]*graph.TaskRecord, len(tasks))
		for i := range tasks {
			t := &tasks[i]
			if t.ID == "" {
				return nil, invalid("task %d has no id", i)
			}
			if _, dup := in.tasks[t.ID]; dup {
				return nil, invalid("task %d: id %q appears twice", i, t.ID)
			}
			in.tasks[t.ID] = t
		}
	}

	order := make([]int, len(net.Nodes))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(net.Nodes[a].ID, net.Nodes[b].ID) })
	in.nodes = make([]graph.UnitNode, len(order))
	index := make(map[string]int, len(order))
	for k, i := range order {
		n := net.Nodes[i]
		if n.ID == "" {
			return nil, invalid("node %d (%q) has no id", i, n.Name)
		}
		if k > 0 && in.nodes[k-1].ID == n.ID {
			return nil, invalid("node %d: id %q appears twice", i, n.ID)
		}
		if in.tasks != nil {
			for _, id := range n.TaskIDs {
				if in.tasks[id] == nil {
					return nil, invalid("node %d (%s): task %q is not among the tasks given", i, n.ID, id)
				}
			}
		}
		in.nodes[k] = n
		index[n.ID] = k
	}

	in.adj = &adjacency{nbr: make([][]int, len(in.nodes)), weight: make([][]float64, len(in.nodes))}
	seen := make(map[[2]int]int, len(net.Links))
	for li, l := range net.Links {
		s, okS := index[l.Source]
		t, okT := index[l.Target]
		switch {
		case !okS || !okT:
			unknown := l.Source
			if okS {
				unknown = l.Target
			}
			return nil, invalid("link %d (%s – %s): unit %q is not a node of the network", li, l.Source, l.Target, unknown)
		case s == t:
			return nil, invalid("link %d (%s – %s): a unit cannot be linked to itself", li, l.Source, l.Target)
		case l.Weight <= 0:
			return nil, invalid("link %d (%s – %s): weight must be positive, got %d", li, l.Source, l.Target, l.Weight)
		}
		pair := [2]int{min(s, t), max(s, t)}
		if first, dup := seen[pair]; dup {
			return nil, invalid("link %d (%s – %s) repeats link %d", li, l.Source, l.Target, first)
		}
		seen[pair] = li
		in.adj.nbr[s] = append(in.adj.nbr[s], t)
		in.adj.nbr[t] = append(in.adj.nbr[t], s)
	}
	in.links = len(seen)
	for i, nbr := range in.adj.nbr {
		slices.Sort(nbr)
		in.adj.weight[i] = make([]float64, len(nbr))
	}
	for _, l := range net.Links {
		s, t := index[l.Source], index[l.Target]
		k, _ := slices.BinarySearch(in.adj.nbr[s], t)
		in.adj.weight[s][k] = float64(l.Weight)
		k, _ = slices.BinarySearch(in.adj.nbr[t], s)
		in.adj.weight[t][k] = float64(l.Weight)
	}

	in.group = make([]string, len(in.nodes))
	in.groupKey = make([]string, len(in.nodes))
	for i, n := range in.nodes {
		if opts.Groups == GroupByKind {
			in.group[i], in.groupKey[i] = n.Kind, n.Kind
		} else {
			in.group[i], in.groupKey[i] = in.mainLeader(n)
		}
	}
	return in, nil
}

// mainLeader is the leader of most of the unit's tasks, ties going to the
// name that sorts first; "" when no task of the unit has a leader.
func (in *input) mainLeader(n graph.UnitNode) (name, key string) {
	count := map[string]int{}
	names := map[string]string{}
	for _, id := range n.TaskIDs {
		t := in.tasks[id]
		for _, l := range graph.Distinct(t.Leaders) {
			k := graph.EntityKey(t.Jurisdiction, l)
			count[k]++
			names[k] = l
		}
	}
	best := -1
	for k, c := range count {
		if c > best || c == best && cmp.Or(strings.Compare(names[k], name), strings.Compare(k, key)) < 0 {
			best, name, key = c, names[k], k
		}
	}
	return name, key
}
