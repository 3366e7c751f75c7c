package api_test

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"govgraph/graph"
	"govgraph/graph/analytics"
)

// TestAssignmentMetrics checks that /metrics/assignment is the analysis of
// the tasks its filters select, on the seed.
func TestAssignmentMetrics(t *testing.T) {
	e := newEnv(t, true)
	doc := e.doc

	var rep analytics.AssignmentReport
	e.get(t, u("/metrics/assignment")).status(t, http.StatusOK).decode(t, &rep)
	want, err := analytics.Assignment(recordsOf(doc), analytics.Options{})
	if err != nil {
		t.Fatal(err)
	}
	sameAssignment(t, &rep, want)
	counts, err := e.store.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Network.Tasks != counts.Tasks || rep.Network.Leaders != counts.Leaders || rep.Network.Units != counts.Units {
		t.Errorf("network %+v; the store counts %+v", rep.Network, counts)
	}

	t.Run("one leader", func(t *testing.T) {
		leader := doc.Tasks[0].Leaders[0]
		var mine analytics.AssignmentReport
		e.get(t, u("/metrics/assignment", "leader", leader)).status(t, http.StatusOK).decode(t, &mine)
		tasks := 0
		for _, task := range doc.Tasks {
			for _, l := range task.Leaders {
				if l == leader {
					tasks++
					break
				}
			}
		}
		id := graph.NodeID(graph.NodeLeader, graph.EntityKey(doc.Meta.Jurisdiction, leader))
		found := false
		for _, m := range mine.Nodes {
			if m.ID == id {
				found = true
				if m.Tasks != tasks || m.Tasks != mine.Network.Tasks {
					t.Errorf("%s: %d tasks of %d; the seed gives %s %d", leader, m.Tasks, mine.Network.Tasks, leader, tasks)
				}
			}
		}
		if !found || mine.Network.Tasks != tasks {
			t.Errorf("leader %s: in report %v, %d tasks; want %d", leader, found, mine.Network.Tasks, tasks)
		}
	})

	t.Run("one section", func(t *testing.T) {
		section := doc.Tasks[len(doc.Tasks)/2].Section
		var part analytics.AssignmentReport
		e.get(t, u("/metrics/assignment", "document", doc.Meta.ID, "section", strconv.Itoa(section))).
			status(t, http.StatusOK).decode(t, &part)
		var records []graph.TaskRecord
		for _, r := range recordsOf(doc) {
			if r.Section == section {
				records = append(records, r)
			}
		}
		want, err := analytics.Assignment(records, analytics.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(records) == 0 || len(records) == len(doc.Tasks) {
			t.Fatalf("section %d has %d of %d tasks: not a narrowing", section, len(records), len(doc.Tasks))
		}
		sameAssignment(t, &part, want)
	})
}

// sameAssignment compares two reports, PageRank to gonum's tolerance.
func sameAssignment(tb testing.TB, got, want *analytics.AssignmentReport) {
	tb.Helper()
	if len(got.Nodes) != len(want.Nodes) || len(got.Nodes) == 0 {
		tb.Fatalf("%d nodes, want %d", len(got.Nodes), len(want.Nodes))
	}
	for i := range got.Nodes {
		if d := math.Abs(got.Nodes[i].PageRank - want.Nodes[i].PageRank); d > 1e-9 {
			tb.Errorf("%s: pageRank %g, want %g", got.Nodes[i].ID, got.Nodes[i].PageRank, want.Nodes[i].PageRank)
		}
		got.Nodes[i].PageRank = want.Nodes[i].PageRank
	}
	if !reflect.DeepEqual(got, want) {
		tb.Errorf("the API's report differs from analytics.Assignment on the same tasks:\n got %+v\nwant %+v", got.Network, want.Network)
	}
}

func TestAssignmentMetricsErrors(t *testing.T) {
	e := newEnv(t, true)
	seedID := e.doc.Meta.ID

	p := e.get(t, u("/metrics/assignment", "section", "first")).problem(t, http.StatusBadRequest)
	if p.Code != graph.EINVALID || !strings.Contains(p.Detail, "section") {
		t.Errorf("bad section: %+v", p)
	}

	// Copies of the seed under other titles, until the corpus is over the cap.
	copies := analytics.MaxAssignmentTasks/len(e.doc.Tasks) + 1
	for k := range copies {
		_, doc := seed(t)
		doc.Meta.Title = fmt.Sprintf("%s（副本%d）", doc.Meta.Title, k+1)
		doc.Meta.ID = graph.DocumentID(doc.Meta.Jurisdiction, doc.Meta.Year, doc.Meta.Title)
		for i := range doc.Tasks {
			doc.Tasks[i].ID = graph.TaskID(doc.Meta.ID, doc.Tasks[i].Index)
		}
		if _, err := e.store.Import(context.Background(), doc); err != nil {
			t.Fatalf("import copy %d: %v", k+1, err)
		}
	}
	total := (copies + 1) * len(e.doc.Tasks)
	p = e.get(t, u("/metrics/assignment")).problem(t, http.StatusRequestEntityTooLarge)
	if p.Code != graph.ETOOLARGE || !strings.Contains(p.Detail, strconv.Itoa(total)) ||
		!strings.Contains(p.Detail, fmt.Sprintf("at most %d", analytics.MaxAssignmentTasks)) {
		t.Errorf("over the cap (%d tasks): %+v", total, p)
	}

	// Narrowed to one document, the same corpus is answered.
	var rep analytics.AssignmentReport
	e.get(t, u("/metrics/assignment", "document", seedID)).status(t, http.StatusOK).decode(t, &rep)
	if rep.Network.Tasks != len(e.doc.Tasks) {
		t.Errorf("one document: %d tasks, want %d", rep.Network.Tasks, len(e.doc.Tasks))
	}
}
