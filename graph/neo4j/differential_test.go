package neo4j_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"govgraph/graph"
	"govgraph/graph/embedded"
	"govgraph/graph/storetest"
)

// TestAgreesWithEmbedded imports the same generated documents into Neo4j
// and into the embedded store and asks both the same questions, many more
// than the conformance suite's hand-worked ones: the answers, errors
// included, must be the same.
func TestAgreesWithEmbedded(t *testing.T) {
	n4j := open(t)
	emb, err := embedded.Open("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { emb.Close() })
	ctx := t.Context()

	docs := []*graph.Document{
		storetest.Generate(301, lixia, 2023, 50),
		storetest.Generate(302, lixia, 2024, 40),
		storetest.Generate(303, "济南市市中区", 2023, 30),
	}
	// A new version of the first document: other tasks, same id.
	v2 := storetest.Generate(304, lixia, 2023, 35)
	v2.Meta = docs[0].Meta
	for i := range v2.Tasks {
		v2.Tasks[i].ID = graph.TaskID(v2.Meta.ID, v2.Tasks[i].Index)
	}
	v2.Source += "（修订）"
	v2.Meta.Hash = graph.Hash(v2.Source)

	stages := []struct {
		name string
		do   func(graph.Store) error
		live []*graph.Document // what is stored afterwards
	}{
		{"three documents", func(s graph.Store) error {
			for _, d := range docs {
				if _, err := s.Import(ctx, d); err != nil {
					return err
				}
			}
			return nil
		}, docs},
		{"first replaced", func(s graph.Store) error { _, err := s.Import(ctx, v2); return err },
			[]*graph.Document{v2, docs[1], docs[2]}},
		{"second deleted", func(s graph.Store) error { return s.DeleteDocument(ctx, docs[1].Meta.ID) },
			[]*graph.Document{v2, docs[2]}},
	}
	for _, st := range stages {
		for _, s := range []graph.Store{n4j, emb} {
			if err := st.do(s); err != nil {
				t.Fatalf("%s (%s): %v", st.name, s.Kind(), err)
			}
		}
		t.Run(st.name, func(t *testing.T) {
			compareStores(t, ctx, n4j, emb, st.live)
		})
	}
}

// answer is a result or the code and message of an error.
type answer struct {
	Value any
	Code  string
	Msg   string
}

func ask[T any](v T, err error) answer {
	if err != nil {
		return answer{Code: graph.ErrorCode(err), Msg: graph.ErrorMessage(err)}
	}
	return answer{Value: v}
}

// compareStores asks both stores questions about the names in docs, the
// documents stored, and about some that are not.
func compareStores(t *testing.T, ctx context.Context, got, want graph.Store, docs []*graph.Document) {
	t.Helper()
	compareStoresErring(t, ctx, got, want, docs, 0.25)
}

// compareStoresErring is compareStores where up to the share errShare of
// the questions may be answered with an error.
func compareStoresErring(t *testing.T, ctx context.Context, got, want graph.Store, docs []*graph.Document, errShare float64) {
	t.Helper()
	questions := map[string]func(graph.Store) answer{
		"Documents": func(s graph.Store) answer { return ask(s.Documents(ctx)) },
		"Counts":    func(s graph.Store) answer { return ask(s.Counts(ctx)) },
	}
	add := func(name string, q func(graph.Store) answer) { questions[name] = q }

	ids := []string{"no-such-document"}
	add("Neighbours of a node that is not there", func(s graph.Store) answer {
		return ask(s.Neighbours(ctx, graph.NodeID(graph.NodeTask, "no-such-document:1"), 1, 0))
	})
	jurisdictions := []string{""}
	names := map[string][]string{}
	var nodeIDs []string
	for _, d := range docs {
		ids = append(ids, d.Meta.ID)
		jurisdictions = append(jurisdictions, d.Meta.Jurisdiction)
		for _, l := range d.Leaders {
			names["leader"] = append(names["leader"], l.Name)
		}
		for _, u := range d.Units {
			names["unit"] = append(names["unit"], u.Name)
		}
		for _, p := range d.Projects {
			names["project"] = append(names["project"], p.Name)
		}
		nodeIDs = append(nodeIDs, graph.NodeID(graph.NodeDocument, d.Meta.ID),
			graph.NodeID(graph.NodeSection, d.Meta.ID+"/1"), graph.NodeID(graph.NodeTheme, d.Meta.ID+"/2"))
		for i, task := range d.Tasks {
			if i%7 == 0 {
				nodeIDs = append(nodeIDs, graph.NodeID(graph.NodeTask, task.ID))
			}
			if len(task.Targets) > 0 && i%3 == 0 {
				nodeIDs = append(nodeIDs, graph.NodeID(graph.NodeTarget, task.ID+"/0"))
			}
		}
	}
	for _, id := range ids {
		add("Document "+id, func(s graph.Store) answer { return ask(s.Document(ctx, id)) })
	}
	section := 1
	taskFilters := []graph.TaskFilter{
		{}, {Limit: 7, Offset: 3}, {Offset: 1000}, {Section: &section}, {Query: "经济"}, {Query: "第1"},
		{Documents: []string{ids[0], ids[len(ids)-1]}, Section: &section},
	}
	for _, kind := range []string{"leader", "unit", "project"} {
		for i, n := range names[kind] {
			if i%3 != 0 {
				continue
			}
			f := graph.TaskFilter{}
			switch kind {
			case "leader":
				f.Leader = n
			case "unit":
				f.Unit = n
			default:
				f.Project = n
			}
			taskFilters = append(taskFilters, f)
		}
	}
	for i, f := range taskFilters {
		add(fmt.Sprintf("Tasks %d %+v", i, f), func(s graph.Store) answer { return ask(s.Tasks(ctx, f)) })
	}
	for _, j := range jurisdictions {
		for _, docs := range [][]string{nil, {ids[1]}, ids[1:]} {
			f := graph.EntityFilter{Documents: docs, Jurisdiction: j}
			add(fmt.Sprintf("Leaders %+v", f), func(s graph.Store) answer { return ask(s.Leaders(ctx, f)) })
			add(fmt.Sprintf("Units %+v", f), func(s graph.Store) answer { return ask(s.Units(ctx, f)) })
			add(fmt.Sprintf("Projects %+v", f), func(s graph.Store) answer { return ask(s.Projects(ctx, f)) })
		}
		for _, n := range append(names["unit"], "没有的单位") {
			ref := graph.EntityRef{Jurisdiction: j, Name: n}
			add(fmt.Sprintf("Unit %+v", ref), func(s graph.Store) answer { return ask(s.Unit(ctx, ref)) })
		}
		for _, n := range names["project"] {
			ref := graph.EntityRef{Jurisdiction: j, Name: n}
			add(fmt.Sprintf("Project %+v", ref), func(s graph.Store) answer { return ask(s.Project(ctx, ref)) })
		}
		for _, n := range names["leader"] {
			ref := graph.EntityRef{Jurisdiction: j, Name: n}
			add(fmt.Sprintf("Portfolio %+v", ref), func(s graph.Store) answer { return ask(s.Portfolio(ctx, ref, nil)) })
			add(fmt.Sprintf("Portfolio %+v in one document", ref), func(s graph.Store) answer { return ask(s.Portfolio(ctx, ref, ids[1:2])) })
		}
	}
	for _, role := range []string{"", graph.RoleLead, graph.RoleResponsible} {
		for _, f := range []graph.NetworkFilter{
			{Role: role}, {Role: role, MinWeight: 2}, {Role: role, Limit: 10}, {Role: role, Section: &section},
			{Role: role, Documents: ids[1:3]}, {Role: role, Leader: names["leader"][0]},
		} {
			add(fmt.Sprintf("UnitNetwork %+v", f), func(s graph.Store) answer { return ask(s.UnitNetwork(ctx, f)) })
		}
	}
	for _, j := range jurisdictions[1:] {
		nodeIDs = append(nodeIDs, graph.NodeID(graph.NodeUnit, graph.EntityKey(j, names["unit"][0])),
			graph.NodeID(graph.NodeLeader, graph.EntityKey(j, names["leader"][1])))
	}
	for _, id := range nodeIDs {
		for depth := 1; depth <= graph.MaxDepth; depth++ {
			for _, limit := range []int{0, 10, 37} {
				add(fmt.Sprintf("Neighbours %s %d %d", id, depth, limit), func(s graph.Store) answer {
					return ask(s.Neighbours(ctx, id, depth, limit))
				})
			}
		}
	}
	for i := 0; i+1 < len(nodeIDs); i += 3 {
		from, to := nodeIDs[i], nodeIDs[len(nodeIDs)-1-i]
		// Several shortest paths may exist: compare lengths.
		add("ShortestPath length "+from+" "+to, func(s graph.Store) answer {
			g, err := s.ShortestPath(ctx, from, to)
			if err != nil {
				return ask(0, err)
			}
			return answer{Value: len(g.Edges)}
		})
	}
	for _, q := range []string{"街道", "区", "局", "经济发展", "推进", "CBD", "cbd", "第1", "展推", "王"} {
		for _, limit := range []int{0, 5} {
			add(fmt.Sprintf("Search %q %d", q, limit), func(s graph.Store) answer { return ask(s.Search(ctx, q, limit, "")) })
		}
	}

	failed := 0
	for name, q := range questions {
		a := q(want)
		if a.Code != "" {
			failed++
		}
		if diff := cmp.Diff(a, q(got), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: %s differs from %s (-%[3]s +%[2]s):\n%[4]s", name, got.Kind(), want.Kind(), diff)
		}
	}
	// Errors are compared too, but most questions must have answers.
	if float64(failed) > errShare*float64(len(questions)) {
		t.Errorf("%d of %d questions are errors; the comparison says little", failed, len(questions))
	}
	t.Logf("%d questions, %d answered with an error", len(questions), failed)
}
