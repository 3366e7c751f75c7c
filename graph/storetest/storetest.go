// Package storetest is the conformance suite of graph.Store: every store
// runs it and must give the answers docs/store-semantics.md defines. The
// expected answers are worked out by hand from the fixture documents in
// fixtures.go.
package storetest

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"govgraph/graph"
)

// Run runs the suite. open must return a fresh, empty store for each case
// and close it when the test ends (t.Cleanup).
func Run(t *testing.T, open func(t *testing.T) graph.Store) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := open(t)
			counts, err := s.Counts(t.Context())
			if err != nil {
				t.Fatalf("Counts of a new store: %v", err)
			}
			if counts != (graph.Counts{}) {
				t.Fatalf("open returned a store that is not empty: %+v", counts)
			}
			c.run(t, s)
		})
	}
}

type testCase struct {
	name string
	run  func(*testing.T, graph.Store)
}

var cases = []testCase{
	{"Empty", testEmpty},
	{"ImportResult", testImportResult},
	{"ImportTwiceChangesNothing", testImportIdempotent},
	{"ImportReplacesChangedVersion", testImportReplaces},
	{"ImportComparesWholeDocument", testImportComparesContent},
	{"ImportRejectsInvalidDocuments", testImportInvalid},
	{"DeleteDocument", testDelete},
	{"EntityPropertiesFollowLastImport", testEntityProperties},
	{"DocumentRoundTrip", testDocumentRoundTrip},
	{"Documents", testDocuments},
	{"Counts", testCounts},
	{"Tasks", testTasks},
	{"TasksRejectsBadPaging", testTasksPaging},
	{"Leaders", testLeaders},
	{"Units", testUnits},
	{"Projects", testProjects},
	{"UnitAndProject", testUnitAndProject},
	{"Portfolio", testPortfolio},
	{"UnitNetwork", testUnitNetwork},
	{"UnitNetworkRejectsBadFilter", testUnitNetworkInvalid},
	{"Neighbours", testNeighbours},
	{"NeighboursRejects", testNeighboursInvalid},
	{"ShortestPath", testShortestPath},
	{"ShortestPathAtMostEightHops", testShortestPathBound},
	{"Search", testSearch},
	{"SearchLimits", testSearchLimits},
	{"Consistency", testConsistency},
	{"Version", testVersion},
	{"Selections", testSelections},
	{"Originals", testOriginals},
}

// Helpers.

// importAll imports docs in order and fails the test on error.
func importAll(tb testing.TB, s graph.Store, docs ...*graph.Document) {
	tb.Helper()
	for _, doc := range docs {
		if _, err := s.Import(context.Background(), doc); err != nil {
			tb.Fatalf("Import(%s): %v", doc.Meta.ID, err)
		}
	}
}

// loadFixtures imports documents A, B and C in that order.
func loadFixtures(tb testing.TB, s graph.Store) {
	tb.Helper()
	importAll(tb, s, fixtures()...)
}

// equateEmpty makes nil and empty slices and maps equal: stores may build
// either, and JSON answers print both as [].
var equateEmpty = cmpopts.EquateEmpty()

// same fails the test with a diff when got and want differ.
func same(tb testing.TB, what string, got, want any) {
	tb.Helper()
	if diff := cmp.Diff(want, got, equateEmpty); diff != "" {
		tb.Errorf("%s differs (-want +got):\n%s", what, diff)
	}
}

// wantCode fails unless err carries the graph error code.
func wantCode(tb testing.TB, what string, err error, code string) {
	tb.Helper()
	if got := graph.ErrorCode(err); got != code {
		tb.Errorf("%s: error code %q (%v), want %q", what, got, err, code)
	}
}

// must fails the test on err.
func must(tb testing.TB, what string, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatalf("%s: %v", what, err)
	}
}

// fixtureTask finds a fixture task by its id.
func fixtureTask(tb testing.TB, id string) (*graph.Document, graph.Task) {
	tb.Helper()
	all := append(fixtures(), chain()...)
	all = append(all, bulk())
	for _, doc := range all {
		for _, t := range doc.Tasks {
			if t.ID == id {
				return doc, t
			}
		}
	}
	tb.Fatalf("no fixture task %s", id)
	return nil, graph.Task{}
}

// records builds the expected records of the fixture tasks with the ids.
func records(tb testing.TB, ids ...string) []graph.TaskRecord {
	tb.Helper()
	out := make([]graph.TaskRecord, 0, len(ids))
	for _, id := range ids {
		doc, t := fixtureTask(tb, id)
		r := graph.TaskRecord{Task: t, Document: doc.Meta.ID, Jurisdiction: doc.Meta.Jurisdiction}
		for _, sec := range doc.Sections {
			if sec.Index == t.Section {
				r.SectionTitle = sec.Title
			}
		}
		out = append(out, r)
	}
	return out
}

// Short names for the fixture's tasks.
const (
	a0 = idA + ":0"
	a1 = idA + ":1"
	a2 = idA + ":2"
	a3 = idA + ":3"
	a4 = idA + ":4"
	a5 = idA + ":5"
	b0 = idB + ":0"
	b1 = idB + ":1"
	b2 = idB + ":2"
	c0 = idC + ":0"
	c1 = idC + ":1"
)

// Node ids.
func unitID(j, name string) string   { return graph.NodeID(graph.NodeUnit, graph.EntityKey(j, name)) }
func leaderID(j, name string) string { return graph.NodeID(graph.NodeLeader, graph.EntityKey(j, name)) }
func projectID(j, name string) string {
	return graph.NodeID(graph.NodeProject, graph.EntityKey(j, name))
}
func taskID(id string) string { return graph.NodeID(graph.NodeTask, id) }

// mentionsAll fails unless the error message mentions every word.
func mentionsAll(tb testing.TB, what string, err error, words ...string) {
	tb.Helper()
	if err == nil {
		return
	}
	for _, w := range words {
		if !strings.Contains(err.Error(), w) {
			tb.Errorf("%s: error %q does not mention %q", what, err, w)
		}
	}
}

// cmpDiffStrict is a diff that tells nil from empty.
func cmpDiffStrict(want, got any) string { return cmp.Diff(want, got) }
