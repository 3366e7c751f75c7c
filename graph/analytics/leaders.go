package analytics

import (
	"cmp"
	"slices"
	"strings"

	"govgraph/graph"
)

// leaderMetrics measures each leader of the network's tasks: the tasks the
// units list that are among in.tasks. A leader is a (jurisdiction, name).
func leaderMetrics(in *input) []LeaderMetrics {
	out := []LeaderMetrics{}
	if in.tasks == nil {
		return out
	}
	type leader struct {
		LeaderMetrics
		units map[int]bool
	}
	byKey := map[string]*leader{}
	get := func(t *graph.TaskRecord, name string) *leader {
		key := graph.EntityKey(t.Jurisdiction, name)
		l := byKey[key]
		if l == nil {
			l = &leader{LeaderMetrics: LeaderMetrics{
				ID: graph.NodeID(graph.NodeLeader, key), Name: name, Jurisdiction: t.Jurisdiction,
				Overlap: []LeaderOverlap{},
			}, units: map[int]bool{}}
			byKey[key] = l
		}
		return l
	}
	counted := map[string]bool{}
	for i, n := range in.nodes {
		for _, id := range n.TaskIDs {
			t := in.tasks[id]
			leaders := graph.Distinct(t.Leaders)
			for _, name := range leaders {
				l := get(t, name)
				l.units[i] = true
				if !counted[id] {
					l.Tasks++
					if len(leaders) > 1 {
						l.MultiLeaderTasks++
					}
				}
			}
			counted[id] = true
		}
	}

	all := make([]*leader, 0, len(byKey))
	for _, l := range byKey {
		l.Span = len(l.units)
		all = append(all, l)
	}
	slices.SortFunc(all, func(a, b *leader) int {
		return cmp.Or(b.Span-a.Span, b.Tasks-a.Tasks, strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	for _, l := range all {
		for _, o := range all {
			if o == l {
				continue
			}
			var shared []string
			for i := range l.units {
				if o.units[i] {
					shared = append(shared, in.nodes[i].Name)
				}
			}
			if len(shared) > 0 {
				slices.Sort(shared)
				l.Overlap = append(l.Overlap, LeaderOverlap{LeaderID: o.ID, Leader: o.Name, SharedUnits: shared})
			}
		}
		slices.SortFunc(l.Overlap, func(a, b LeaderOverlap) int {
			return cmp.Or(len(b.SharedUnits)-len(a.SharedUnits), strings.Compare(a.Leader, b.Leader), strings.Compare(a.LeaderID, b.LeaderID))
		})
		out = append(out, l.LeaderMetrics)
	}
	return out
}
