package neo4j_test

import (
	"reflect"
	"testing"

	"govgraph/graph"
	"govgraph/graph/embedded"
	"govgraph/graph/neo4j"
	"govgraph/graph/storetest"
)

// TestUnitTablesFollowTheUnits: a network shows a unit's kind from the
// newest document that names it, whatever the scope, as the embedded store
// does, after imports, a replacement and a delete; and when a govgraph
// without unit tables wrote since (the version moved, the tables did not),
// from the units themselves until the next Open rebuilds the tables.
func TestUnitTablesFollowTheUnits(t *testing.T) {
	cfg := testConfig(t)
	s := openWith(t, cfg)
	ctx := t.Context()
	a := storetest.Generate(91, lixia, 2023, 40)
	b := storetest.Generate(92, lixia, 2024, 40)
	other := storetest.Generate(93, "青岛市市南区", 2024, 20)
	// b, imported after a, gives a unit they share another kind.
	shared := ""
	for i, u := range b.Units {
		for _, v := range a.Units {
			if u.Name == v.Name && u.Kind == graph.KindDepartment {
				b.Units[i].Kind, shared = graph.KindEnterprise, u.Name
			}
		}
		if shared != "" {
			break
		}
	}
	if shared == "" {
		t.Fatal("the generated documents share no department")
	}
	ref, err := embedded.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	filters := map[string]graph.NetworkFilter{
		"all":               {},
		"lead role":         {Role: graph.RoleLead},
		"the older alone":   {Documents: []string{a.Meta.ID}},
		"year of the older": {Year: 2023},
		"jurisdiction":      {Jurisdiction: lixia, Role: graph.RoleResponsible},
	}
	agree := func(when string, store graph.Store) {
		t.Helper()
		for name, f := range filters {
			want, err := ref.UnitNetwork(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			got, err := store.UnitNetwork(ctx, f)
			if err != nil {
				t.Fatalf("%s, %s: %v", when, name, err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s, %s: the network is not the embedded store's", when, name)
			}
		}
	}
	kindOf := func(store graph.Store, f graph.NetworkFilter) string {
		t.Helper()
		net, err := store.UnitNetwork(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range net.Nodes {
			if n.Name == shared {
				return n.Kind
			}
		}
		return ""
	}
	both := func(do func(graph.Store) error) {
		t.Helper()
		for _, st := range []graph.Store{s, ref} {
			if err := do(st); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, d := range []*graph.Document{a, b, other} {
		both(func(st graph.Store) error { _, err := st.Import(ctx, d); return err })
	}
	agree("after the imports", s)
	if k := kindOf(s, graph.NetworkFilter{Documents: []string{a.Meta.ID}}); k != graph.KindEnterprise {
		t.Errorf("the older document's network shows %s as %q, want the newer document's %q", shared, k, graph.KindEnterprise)
	}
	// a again, retitled: now the newest, its kind wins.
	a2 := storetest.Generate(91, lixia, 2023, 40)
	a2.Meta.Title += "（修订）"
	both(func(st graph.Store) error { _, err := st.Import(ctx, a2); return err })
	agree("after replacing the older", s)
	both(func(st graph.Store) error { return st.DeleteDocument(ctx, b.Meta.ID) })
	agree("after deleting the newer", s)
	if k := kindOf(s, graph.NetworkFilter{}); k != graph.KindDepartment {
		t.Errorf("after deleting the newer document %s is %q, want %q", shared, k, graph.KindDepartment)
	}

	// A write by a govgraph that keeps no tables: the version moves, a
	// unit's kind changes, the tables stay as they were.
	admin(t, cfg, "MATCH (m:Meta {id: 'data'}) SET m.version = m.version + 1")
	admin(t, cfg, "MATCH (u:Unit {name: $name}) SET u.kind = $kind", "name", shared, "kind", graph.KindInstitution)
	if k := kindOf(s, graph.NetworkFilter{}); k != graph.KindInstitution {
		t.Errorf("after a write that left the tables behind %s is %q, want %q from the unit", shared, k, graph.KindInstitution)
	}
	reopened, err := neo4j.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer reopened.Close()
	rows := admin(t, cfg, "MATCH (m:Meta {id: 'data'}) RETURN m.unitTables = m.version")
	if len(rows) != 1 || rows[0].Values[0] != true {
		t.Errorf("after Open the unit tables are not current: %v", rows)
	}
	for _, st := range []graph.Store{s, reopened} {
		if k := kindOf(st, graph.NetworkFilter{Documents: []string{a2.Meta.ID}}); k != graph.KindInstitution {
			t.Errorf("after the rebuild %s is %q, want %q", shared, k, graph.KindInstitution)
		}
	}
}
