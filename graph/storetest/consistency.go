package storetest

import (
	"slices"
	"testing"
	"unicode/utf8"

	"govgraph/graph"
)

// checkConsistency checks that the store's methods agree with each other
// on whatever it holds.
func checkConsistency(t *testing.T, s graph.Store) {
	t.Helper()
	ctx := t.Context()
	counts, err := s.Counts(ctx)
	must(t, "Counts", err)

	docs, err := s.Documents(ctx)
	must(t, "Documents", err)
	sumTasks := 0
	for _, d := range docs {
		sumTasks += d.Stats.Tasks
	}
	if len(docs) != counts.Documents || sumTasks != counts.Tasks {
		t.Errorf("Documents: %d documents with %d tasks; Counts says %d and %d", len(docs), sumTasks, counts.Documents, counts.Tasks)
	}

	// Every task, page by page.
	tasks := make(map[string]graph.TaskRecord)
	var order []string
	for offset := 0; ; offset += graph.MaxPageSize {
		page, err := s.Tasks(ctx, graph.TaskFilter{Offset: offset})
		must(t, "Tasks", err)
		if page.Total != counts.Tasks {
			t.Fatalf("Tasks: total %d, Counts says %d", page.Total, counts.Tasks)
		}
		for _, r := range page.Tasks {
			tasks[r.ID] = r
			order = append(order, r.ID)
		}
		if len(page.Tasks) < graph.MaxPageSize {
			break
		}
	}
	if len(tasks) != counts.Tasks || !slices.IsSortedFunc(order, graph.CompareTaskIDs) {
		t.Errorf("Tasks: %d distinct tasks, Counts says %d; in order: %v", len(tasks), counts.Tasks, slices.IsSortedFunc(order, graph.CompareTaskIDs))
	}

	// tasksOf counts the tasks a name is on in a jurisdiction, by Tasks().
	tasksOf := func(f graph.TaskFilter, jurisdiction string) []graph.TaskRecord {
		page, err := s.Tasks(ctx, f)
		must(t, "Tasks", err)
		return slices.DeleteFunc(page.Tasks, func(r graph.TaskRecord) bool { return r.Jurisdiction != jurisdiction })
	}

	units, err := s.Units(ctx, graph.EntityFilter{})
	must(t, "Units", err)
	leaders, err := s.Leaders(ctx, graph.EntityFilter{})
	must(t, "Leaders", err)
	projects, err := s.Projects(ctx, graph.EntityFilter{})
	must(t, "Projects", err)
	if len(units) != counts.Units || len(leaders) != counts.Leaders || len(projects) != counts.Projects {
		t.Errorf("lists have %d units, %d leaders, %d projects; Counts says %+v", len(units), len(leaders), len(projects), counts)
	}
	unitByID := make(map[string]graph.UnitInfo)
	for _, u := range units {
		unitByID[unitID(u.Jurisdiction, u.Name)] = u
		recs := tasksOf(graph.TaskFilter{Unit: u.Name}, u.Jurisdiction)
		lead := 0
		for _, r := range recs {
			if slices.Contains(r.LeadUnits, u.Name) {
				lead++
			}
		}
		if u.Tasks != len(recs) || u.LeadTasks != lead {
			t.Errorf("Units says %s/%s has %d tasks, %d led; Tasks says %d, %d", u.Jurisdiction, u.Name, u.Tasks, u.LeadTasks, len(recs), lead)
		}
	}
	for _, l := range leaders {
		if n := len(tasksOf(graph.TaskFilter{Leader: l.Name}, l.Jurisdiction)); l.Tasks != n {
			t.Errorf("Leaders says %s/%s has %d tasks; Tasks says %d", l.Jurisdiction, l.Name, l.Tasks, n)
		}
	}
	for _, p := range projects {
		if n := len(tasksOf(graph.TaskFilter{Project: p.Name}, p.Jurisdiction)); p.Tasks != n {
			t.Errorf("Projects says %s/%s has %d tasks; Tasks says %d", p.Jurisdiction, p.Name, p.Tasks, n)
		}
	}

	// The whole network: nodes agree with Units, links with Tasks.
	net, err := s.UnitNetwork(ctx, graph.NetworkFilter{})
	must(t, "UnitNetwork", err)
	if len(net.Nodes) != len(units) {
		t.Errorf("UnitNetwork has %d nodes; Units has %d", len(net.Nodes), len(units))
	}
	for _, n := range net.Nodes {
		u, ok := unitByID[n.ID]
		if !ok || n.Tasks != u.Tasks || n.LeadTasks != u.LeadTasks || n.Leaders != u.Leaders || len(n.TaskIDs) != n.Tasks {
			t.Errorf("network node %s (%d tasks, %d led, %d leaders, %d ids) disagrees with Units %+v", n.ID, n.Tasks, n.LeadTasks, n.Leaders, len(n.TaskIDs), u)
		}
	}
	incidences := 0
	for _, l := range net.Links {
		src, dst := unitByID[l.Source], unitByID[l.Target]
		if l.Source >= l.Target || l.Weight != len(l.Tasks) {
			t.Errorf("link %s-%s: weight %d, %d tasks", l.Source, l.Target, l.Weight, len(l.Tasks))
		}
		for _, id := range l.Tasks {
			r, ok := tasks[id]
			involved := r.Involved()
			if !ok || r.Jurisdiction != src.Jurisdiction || r.Jurisdiction != dst.Jurisdiction ||
				!slices.Contains(involved, src.Name) || !slices.Contains(involved, dst.Name) {
				t.Errorf("link %s-%s lists task %s, which does not involve both", l.Source, l.Target, id)
			}
		}
		incidences += l.Weight
	}
	// Each task links each pair of its units once; with the check above,
	// equal totals mean no pair is missing.
	want := 0
	for _, r := range tasks {
		k := len(r.Involved())
		want += k * (k - 1) / 2
	}
	if incidences != want {
		t.Errorf("network links carry %d task-pair incidences; the tasks have %d unit pairs", incidences, want)
	}

	// A few entities in detail.
	for i, u := range units {
		if i == 5 {
			break
		}
		ref := graph.EntityRef{Jurisdiction: u.Jurisdiction, Name: u.Name}
		detail, err := s.Unit(ctx, ref)
		must(t, "Unit", err)
		if detail.UnitInfo.Tasks != u.Tasks || len(detail.TaskList) != u.Tasks {
			t.Errorf("Unit %s: %d tasks listed, info %d; Units says %d", u.Name, len(detail.TaskList), detail.UnitInfo.Tasks, u.Tasks)
		}
		around, err := s.Neighbours(ctx, unitID(u.Jurisdiction, u.Name), 1, graph.MaxSubgraphNodes)
		must(t, "Neighbours", err)
		taskNodes := 0
		for _, n := range around.Nodes {
			if n.Kind == graph.NodeTask {
				taskNodes++
			}
		}
		if !around.Truncated && taskNodes != u.Tasks {
			t.Errorf("Neighbours of %s: %d tasks; Units says %d", u.Name, taskNodes, u.Tasks)
		}
		if utf8.RuneCountInString(u.Name) <= 100 {
			hits, err := s.Search(ctx, u.Name, 100, "")
			must(t, "Search", err)
			if !slices.ContainsFunc(hits, func(h graph.SearchHit) bool { return h.ID == unitID(u.Jurisdiction, u.Name) }) {
				t.Errorf("Search(%q) does not find the unit", u.Name)
			}
		}
	}
	for i, l := range leaders {
		if i == 5 {
			break
		}
		p, err := s.Portfolio(ctx, graph.EntityRef{Jurisdiction: l.Jurisdiction, Name: l.Name}, nil)
		must(t, "Portfolio", err)
		sections := 0
		for _, sc := range p.Sections {
			sections += sc.Count
		}
		if len(p.Tasks) != l.Tasks || sections != l.Tasks {
			t.Errorf("Portfolio of %s: %d tasks, sections count %d; Leaders says %d", l.Name, len(p.Tasks), sections, l.Tasks)
		}
	}
}

func testConsistency(t *testing.T, s graph.Store) {
	loadFixtures(t, s)
	t.Run("fixture", func(t *testing.T) { checkConsistency(t, s) })
	importAll(t, s, docA2())
	t.Run("after a replacement", func(t *testing.T) { checkConsistency(t, s) })
	must(t, "DeleteDocument", s.DeleteDocument(t.Context(), idB))
	t.Run("after a delete", func(t *testing.T) { checkConsistency(t, s) })
}
