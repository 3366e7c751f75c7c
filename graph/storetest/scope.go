package storetest

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"govgraph/graph"
)

func init() {
	cases = append(cases, testCase{"JurisdictionAndYearScope", testScope})
}

// testScope checks the jurisdiction and year filters on the corpus of two
// districts and three years: they select documents, and the answers are
// those of the same filter naming those documents, worked out here from the
// parsed documents.
func testScope(t *testing.T, s graph.Store) {
	ctx := t.Context()
	docs := CorpusDocuments(t)
	importAll(t, s, docs...)
	lixia, shizhong := docs[0].Meta.Jurisdiction, docs[3].Meta.Jurisdiction
	if lixia == shizhong || docs[1].Meta.Year != 2024 || docs[3].Meta.Year != 2024 {
		t.Fatalf("the corpus is not two districts with 2024 in both: %q %q %d %d", lixia, shizhong, docs[1].Meta.Year, docs[3].Meta.Year)
	}
	// What a scope should select, from the parsed documents.
	expect := func(scope graph.DocumentScope) (ids []string, tasks int, units []string) {
		for _, d := range docs {
			if !scope.Selects(d.Meta) {
				continue
			}
			ids = append(ids, d.Meta.ID)
			tasks += len(d.Tasks)
			for _, task := range d.Tasks {
				for _, u := range task.Involved() {
					id := unitID(d.Meta.Jurisdiction, u)
					if !slices.Contains(units, id) {
						units = append(units, id)
					}
				}
			}
		}
		slices.Sort(ids)
		slices.Sort(units)
		return ids, tasks, units
	}
	for _, sc := range []graph.DocumentScope{
		{Jurisdiction: shizhong},
		{Jurisdiction: lixia},
		{Year: 2024},
		{Jurisdiction: lixia, Year: 2025},
		{Jurisdiction: lixia, Documents: []string{docs[3].Meta.ID}}, // another district's document: nothing
		{Jurisdiction: "不存在区"},
	} {
		ids, tasks, units := expect(sc)
		f := graph.NetworkFilter{Jurisdiction: sc.Jurisdiction, Year: sc.Year, Documents: sc.Documents}
		sel, err := s.NetworkSelection(ctx, f, true)
		must(t, "NetworkSelection", err)
		var gotUnits, gotDocs []string
		for _, n := range sel.Network.Nodes {
			gotUnits = append(gotUnits, n.ID)
			if sc.Jurisdiction != "" && n.Jurisdiction != sc.Jurisdiction {
				t.Errorf("%+v: unit %s is of %s", sc, n.ID, n.Jurisdiction)
			}
		}
		for _, d := range sel.Documents {
			gotDocs = append(gotDocs, d.ID)
		}
		slices.Sort(gotUnits)
		same(t, "units of the network of "+scopeName(sc), gotUnits, units)
		same(t, "documents of the network of "+scopeName(sc), gotDocs, ids)
		if len(ids) > 0 {
			byIDs, err := s.NetworkSelection(ctx, graph.NetworkFilter{Documents: ids}, true)
			must(t, "NetworkSelection by documents", err)
			same(t, "network of "+scopeName(sc)+" and of its documents", sel.Network, byIDs.Network)
			same(t, "tasks of "+scopeName(sc)+" and of its documents", sel.Tasks, byIDs.Tasks)
		}

		tf := graph.TaskFilter{Jurisdiction: sc.Jurisdiction, Year: sc.Year, Documents: sc.Documents}
		page, err := s.Tasks(ctx, tf)
		must(t, "Tasks", err)
		same(t, "task total of "+scopeName(sc), page.Total, tasks)
		for _, r := range page.Tasks {
			if !slices.Contains(ids, r.Document) {
				t.Errorf("%s: task %s of document %s is outside the scope", scopeName(sc), r.ID, r.Document)
			}
		}
		tsel, err := s.TaskSelection(ctx, tf, 0)
		must(t, "TaskSelection", err)
		same(t, "task selection of "+scopeName(sc), tsel.Tasks, page.Tasks)
	}

	// Search in one jurisdiction: its units and tasks only; unscoped, both.
	all, err := s.Search(ctx, uCommerce, graph.MaxSearchLimit, "")
	must(t, "Search", err)
	in, err := s.Search(ctx, uCommerce, graph.MaxSearchLimit, " "+shizhong)
	must(t, "Search in a jurisdiction", err)
	var want []graph.SearchHit
	for _, h := range all {
		kind, key, _ := graph.ParseNodeID(h.ID)
		if kind == graph.NodeTask {
			if doc, _, _ := graph.SplitTaskID(key); doc == docs[3].Meta.ID {
				want = append(want, h)
			}
		} else if strings.HasPrefix(key, shizhong+"/") {
			want = append(want, h)
		}
	}
	if len(want) == 0 || len(want) == len(all) {
		t.Fatalf("search for %s: %d of %d hits in %s; the corpus should have some in each district", uCommerce, len(want), len(all), shizhong)
	}
	same(t, "search in "+shizhong, in, want)

	_, err = s.UnitNetwork(ctx, graph.NetworkFilter{Year: 20240})
	wantCode(t, "network of year 20240", err, graph.EINVALID)
	_, err = s.Tasks(ctx, graph.TaskFilter{Year: -1})
	wantCode(t, "tasks of year -1", err, graph.EINVALID)
	_, err = s.TaskSelection(ctx, graph.TaskFilter{Year: 1}, 0)
	wantCode(t, "task selection of year 1", err, graph.EINVALID)
	// The jurisdiction is trimmed.
	net, err := s.UnitNetwork(ctx, graph.NetworkFilter{Jurisdiction: " " + shizhong + " "})
	must(t, "UnitNetwork of a padded jurisdiction", err)
	_, _, units := expect(graph.DocumentScope{Jurisdiction: shizhong})
	same(t, "units of a padded jurisdiction", len(net.Nodes), len(units))
}

func scopeName(sc graph.DocumentScope) string {
	return "jurisdiction " + sc.Jurisdiction + " year " + itoa(sc.Year) + " documents " + itoa(len(sc.Documents))
}

func itoa(i int) string { return strconv.Itoa(i) }
