package storetest

import (
	"math"
	"reflect"
	"testing"

	"govgraph/graph"
)

func testEmpty(t *testing.T, s graph.Store) {
	ctx := t.Context()
	if s.Kind() == "" {
		t.Error("Kind is empty")
	}
	must(t, "Ping", s.Ping(ctx))
	docs, err := s.Documents(ctx)
	must(t, "Documents", err)
	same(t, "Documents", docs, []graph.DocumentInfo{})
	page, err := s.Tasks(ctx, graph.TaskFilter{})
	must(t, "Tasks", err)
	same(t, "Tasks", page, graph.TaskPage{})
	units, err := s.Units(ctx, graph.EntityFilter{})
	must(t, "Units", err)
	same(t, "Units", units, []graph.UnitInfo{})
	net, err := s.UnitNetwork(ctx, graph.NetworkFilter{})
	must(t, "UnitNetwork", err)
	same(t, "UnitNetwork", net, &graph.UnitNetwork{})
	hits, err := s.Search(ctx, "街道", 0, "")
	must(t, "Search", err)
	same(t, "Search", hits, []graph.SearchHit{})
	_, err = s.Document(ctx, idA)
	wantCode(t, "Document of an empty store", err, graph.ENOTFOUND)
	wantCode(t, "DeleteDocument of an empty store", s.DeleteDocument(ctx, idA), graph.ENOTFOUND)
}

// Each document's graph, counted by hand from fixtures.go:
// A: 1 document + 3 sections + 2 themes + 6 tasks + 3 targets + 3 leaders +
// 6 units (not 区审计局) + 2 projects = 26 nodes; 3+2 IN of sections and
// themes + 6 IN of tasks + 7 leader LEADS + 7 unit LEADS + 7 SUPPORTS +
// 2 MENTIONS + 3 SETS = 37 relationships.
// B: 1+2+1+3+1 + 2 leaders + 4 units + 1 project = 15; 2+1+3 + 4+3+5+1+1 = 20.
// C: 1+1+0+2+1 + 1 leader + 3 units + 1 project = 10; 1+0+2 + 2+2+3+1+1 = 12.
var wantImport = map[string]graph.ImportResult{
	idA: {Document: idA, Tasks: 6, Nodes: 26, Rels: 37},
	idB: {Document: idB, Tasks: 3, Nodes: 15, Rels: 20},
	idC: {Document: idC, Tasks: 2, Nodes: 10, Rels: 12},
}

func testImportResult(t *testing.T, s graph.Store) {
	for _, doc := range fixtures() {
		res, err := s.Import(t.Context(), doc)
		must(t, "Import", err)
		same(t, "ImportResult of "+doc.Meta.ID, res, wantImport[doc.Meta.ID])
	}
}

// snapshot gathers the answers of every query over the fixture.
type snapshot struct {
	Counts    graph.Counts
	Documents []graph.DocumentInfo
	Tasks     graph.TaskPage
	Leaders   []graph.LeaderInfo
	Units     []graph.UnitInfo
	Projects  []graph.ProjectInfo
	Unit      *graph.UnitDetail
	Portfolio *graph.Portfolio
	Network   *graph.UnitNetwork
	Around    *graph.Subgraph
	Search    []graph.SearchHit
}

func takeSnapshot(t *testing.T, s graph.Store) snapshot {
	t.Helper()
	ctx := t.Context()
	var snap snapshot
	var err error
	snap.Counts, err = s.Counts(ctx)
	must(t, "Counts", err)
	snap.Documents, err = s.Documents(ctx)
	must(t, "Documents", err)
	snap.Tasks, err = s.Tasks(ctx, graph.TaskFilter{})
	must(t, "Tasks", err)
	snap.Leaders, err = s.Leaders(ctx, graph.EntityFilter{})
	must(t, "Leaders", err)
	snap.Units, err = s.Units(ctx, graph.EntityFilter{})
	must(t, "Units", err)
	snap.Projects, err = s.Projects(ctx, graph.EntityFilter{})
	must(t, "Projects", err)
	snap.Unit, err = s.Unit(ctx, graph.EntityRef{Jurisdiction: j1, Name: yjjd})
	must(t, "Unit", err)
	snap.Portfolio, err = s.Portfolio(ctx, graph.EntityRef{Jurisdiction: j1, Name: wuYi}, nil)
	must(t, "Portfolio", err)
	snap.Network, err = s.UnitNetwork(ctx, graph.NetworkFilter{})
	must(t, "UnitNetwork", err)
	snap.Around, err = s.Neighbours(ctx, unitID(j1, yjjd), 2, 0)
	must(t, "Neighbours", err)
	snap.Search, err = s.Search(ctx, "街道", 0, "")
	must(t, "Search", err)
	return snap
}

func testImportIdempotent(t *testing.T, s graph.Store) {
	loadFixtures(t, s)
	before := takeSnapshot(t, s)
	for _, doc := range fixtures() {
		res, err := s.Import(t.Context(), doc)
		must(t, "second Import", err)
		want := wantImport[doc.Meta.ID]
		want.Unchanged = true
		same(t, "ImportResult of a second import of "+doc.Meta.ID, res, want)
	}
	same(t, "answers after importing every document twice", takeSnapshot(t, s), before)
	same(t, "Counts", before.Counts, graph.Counts{Documents: 3, Tasks: 11, Leaders: 5, Units: 10, Projects: 3})
}

func testImportReplaces(t *testing.T, s graph.Store) {
	ctx := t.Context()
	loadFixtures(t, s)
	res, err := s.Import(ctx, docA2())
	must(t, "Import of a new version", err)
	// 1 + 3 sections + 2 themes + 4 tasks + 3 targets + 2 leaders + 4 units +
	// 2 projects = 21; 3+2+4 IN + 5 leader LEADS + 5 unit LEADS + 4 SUPPORTS +
	// 2 MENTIONS + 3 SETS = 28.
	same(t, "ImportResult", res, graph.ImportResult{Document: idA, Replaced: true, Tasks: 4, Nodes: 21, Rels: 28})

	counts, err := s.Counts(ctx)
	must(t, "Counts", err)
	same(t, "Counts after replacing A", counts, graph.Counts{Documents: 3, Tasks: 9, Leaders: 4, Units: 8, Projects: 3})

	doc, err := s.Document(ctx, idA)
	must(t, "Document", err)
	if !reflect.DeepEqual(doc, docA2()) {
		t.Error("Document(A) is not the new version")
	}
	page, err := s.Tasks(ctx, graph.TaskFilter{Documents: []string{idA}})
	must(t, "Tasks", err)
	same(t, "tasks of A", page, graph.TaskPage{Total: 4, Tasks: records(t, a0, a1, a2, a3)})
	page, err = s.Tasks(ctx, graph.TaskFilter{Unit: jtj})
	must(t, "Tasks", err)
	same(t, "tasks of a unit whose tasks were removed", page, graph.TaskPage{})

	for _, ref := range []graph.EntityRef{{Jurisdiction: j1, Name: jtj}, {Jurisdiction: j1, Name: gjd}} {
		_, err := s.Unit(ctx, ref)
		wantCode(t, "Unit "+ref.Name+" left without tasks", err, graph.ENOTFOUND)
	}
	_, err = s.Portfolio(ctx, graph.EntityRef{Jurisdiction: j1, Name: someoneJ1}, nil)
	wantCode(t, "Portfolio of a leader left without tasks", err, graph.ENOTFOUND)
	_, err = s.Neighbours(ctx, taskID(a5), 1, 0)
	wantCode(t, "Neighbours of a removed task", err, graph.ENOTFOUND)
	_, err = s.Neighbours(ctx, unitID(j1, gjd), 1, 0)
	wantCode(t, "Neighbours of a removed unit", err, graph.ENOTFOUND)

	leaders, err := s.Leaders(ctx, graph.EntityFilter{})
	must(t, "Leaders", err)
	same(t, "Leaders after replacing A", leaders, []graph.LeaderInfo{
		{Leader: graph.Leader{Name: wuYi, Title: "区长"}, Jurisdiction: j1, Tasks: 5, Units: 5},
		{Leader: graph.Leader{Name: zhangWei, Title: "副区长"}, Jurisdiction: j1, Tasks: 2, Units: 4},
		{Leader: graph.Leader{Name: zhangWei, Title: "区长"}, Jurisdiction: j2, Tasks: 2, Units: 3},
		{Leader: graph.Leader{Name: liNa, Title: "副区长"}, Jurisdiction: j1, Tasks: 2, Units: 4},
	})
}

// A new version is known by its content, not only by the hash of its source:
// a document parsed again by a better parser has the same source.
func testImportComparesContent(t *testing.T, s graph.Store) {
	ctx := t.Context()
	importAll(t, s, docA())
	doc := docA()
	doc.Tasks[0].Deadline = "2023年12月底前"
	res, err := s.Import(ctx, doc)
	must(t, "Import", err)
	same(t, "ImportResult of a document with the same source and other tasks", res,
		graph.ImportResult{Document: idA, Replaced: true, Tasks: 6, Nodes: 26, Rels: 37})
	got, err := s.Document(ctx, idA)
	must(t, "Document", err)
	if got.Tasks[0].Deadline != "2023年12月底前" {
		t.Errorf("Document(A) task 0 deadline %q, want the new one", got.Tasks[0].Deadline)
	}
}

func testImportInvalid(t *testing.T, s graph.Store) {
	tests := []struct {
		name   string
		change func(*graph.Document) *graph.Document
	}{
		{"no document", func(*graph.Document) *graph.Document { return nil }},
		{"empty id", func(d *graph.Document) *graph.Document { d.Meta.ID = ""; return d }},
		{"task id not TaskID", func(d *graph.Document) *graph.Document { d.Tasks[2].ID = idA + ":two"; return d }},
		{"task id of another document", func(d *graph.Document) *graph.Document { d.Tasks[2].ID = graph.TaskID(idB, 2); return d }},
		{"task indexes repeat", func(d *graph.Document) *graph.Document {
			d.Tasks[3].Index, d.Tasks[3].ID = 2, graph.TaskID(idA, 2)
			return d
		}},
		{"task indexes out of order", func(d *graph.Document) *graph.Document {
			d.Tasks[0], d.Tasks[1] = d.Tasks[1], d.Tasks[0]
			return d
		}},
		{"task in a section the document lacks", func(d *graph.Document) *graph.Document { d.Tasks[0].Section = 9; return d }},
		{"task with a theme the document lacks", func(d *graph.Document) *graph.Document { d.Tasks[0].ThemeIndex = 7; return d }},
		{"theme in a section the document lacks", func(d *graph.Document) *graph.Document { d.Themes[0].Section = 9; return d }},
		{"section indexes repeat", func(d *graph.Document) *graph.Document { d.Sections[2].Index = 1; return d }},
		{"unlisted leader", func(d *graph.Document) *graph.Document {
			d.Tasks[0].Leaders = append(d.Tasks[0].Leaders, "王五")
			return d
		}},
		{"unlisted lead unit", func(d *graph.Document) *graph.Document { d.Tasks[1].LeadUnits = []string{"区不存在局"}; return d }},
		{"unlisted responsible unit", func(d *graph.Document) *graph.Document { d.Tasks[1].Units = []string{""}; return d }},
		{"unlisted project", func(d *graph.Document) *graph.Document { d.Tasks[1].Projects = []string{"新项目"}; return d }},
		{"unit listed twice", func(d *graph.Document) *graph.Document { d.Units = append(d.Units, d.Units[0]); return d }},
		{"leader without name", func(d *graph.Document) *graph.Document { d.Leaders = append(d.Leaders, graph.Leader{}); return d }},
		{"target not a number", func(d *graph.Document) *graph.Document { d.Tasks[0].Targets[0].Value = math.NaN(); return d }},
		{"target infinite", func(d *graph.Document) *graph.Document { d.Tasks[0].Targets[0].Value = math.Inf(1); return d }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Import(t.Context(), tt.change(docA()))
			wantCode(t, "Import", err, graph.EINVALID)
			counts, err := s.Counts(t.Context())
			must(t, "Counts", err)
			same(t, "Counts after a refused import", counts, graph.Counts{})
		})
	}
}

func testDelete(t *testing.T, s graph.Store) {
	ctx := t.Context()
	loadFixtures(t, s)
	must(t, "DeleteDocument(C)", s.DeleteDocument(ctx, idC))
	wantCode(t, "DeleteDocument(C) again", s.DeleteDocument(ctx, idC), graph.ENOTFOUND)
	wantCode(t, "DeleteDocument of an unknown id", s.DeleteDocument(ctx, "no-such-document"), graph.ENOTFOUND)
	_, err := s.Document(ctx, idC)
	wantCode(t, "Document(C) after delete", err, graph.ENOTFOUND)

	counts, err := s.Counts(ctx)
	must(t, "Counts", err)
	same(t, "Counts without C", counts, graph.Counts{Documents: 2, Tasks: 9, Leaders: 4, Units: 7, Projects: 2})

	// 区财政局 and 泉城路改造 are no longer ambiguous.
	unit, err := s.Unit(ctx, graph.EntityRef{Name: czj})
	must(t, "Unit 区财政局", err)
	if unit.Jurisdiction != j1 {
		t.Errorf("Unit 区财政局 is in %q, want %q", unit.Jurisdiction, j1)
	}
	project, err := s.Project(ctx, graph.EntityRef{Name: quanCheng})
	must(t, "Project 泉城路改造", err)
	same(t, "Project 泉城路改造", project, &graph.ProjectDetail{
		ProjectInfo: graph.ProjectInfo{Name: quanCheng, Jurisdiction: j1, Tasks: 1},
		TaskList:    records(t, a3),
	})
	_, err = s.Neighbours(ctx, unitID(j2, qxjd), 1, 0)
	wantCode(t, "Neighbours of a unit of a deleted document", err, graph.ENOTFOUND)
	hits, err := s.Search(ctx, "七贤", 0, "")
	must(t, "Search", err)
	same(t, "Search 七贤 after delete", hits, []graph.SearchHit{})

	must(t, "DeleteDocument(A)", s.DeleteDocument(ctx, idA))
	must(t, "DeleteDocument(B)", s.DeleteDocument(ctx, idB))
	counts, err = s.Counts(ctx)
	must(t, "Counts", err)
	same(t, "Counts after deleting everything", counts, graph.Counts{})
	net, err := s.UnitNetwork(ctx, graph.NetworkFilter{})
	must(t, "UnitNetwork", err)
	same(t, "UnitNetwork after deleting everything", net, &graph.UnitNetwork{})
}

// An entity's properties are those of the most recently imported stored
// document that names it; deleting that document hands them back.
func testEntityProperties(t *testing.T, s graph.Store) {
	ctx := t.Context()
	check := func(what, title string, aliases []string) {
		t.Helper()
		p, err := s.Portfolio(ctx, graph.EntityRef{Jurisdiction: j1, Name: wuYi}, nil)
		must(t, "Portfolio", err)
		same(t, what+": 武毅", p.Leader, graph.Leader{Name: wuYi, Title: title})
		u, err := s.Unit(ctx, graph.EntityRef{Jurisdiction: j1, Name: fgj})
		must(t, "Unit", err)
		same(t, what+": 区发展和改革局", u.Unit, graph.Unit{Name: fgj, Kind: graph.KindDepartment, Aliases: aliases})
	}
	importAll(t, s, docA(), docB())
	check("A then B", "区委副书记、区长", []string{"区发改局", "历下区发改局"})
	must(t, "DeleteDocument(B)", s.DeleteDocument(ctx, idB))
	check("B deleted", "区长", []string{"区发改局"})
	importAll(t, s, docB())
	check("B imported again", "区委副书记、区长", []string{"区发改局", "历下区发改局"})
	importAll(t, s, docA())
	check("A imported again, unchanged", "区委副书记、区长", []string{"区发改局", "历下区发改局"})
	importAll(t, s, docA2())
	check("new version of A imported last", "区长", []string{"区发改局"})
	importAll(t, s, docA())
	check("A's first version back", "区长", []string{"区发改局"})
	must(t, "DeleteDocument(A)", s.DeleteDocument(ctx, idA))
	check("A deleted", "区委副书记、区长", []string{"区发改局", "历下区发改局"})
}

func testDocumentRoundTrip(t *testing.T, s graph.Store) {
	ctx := t.Context()
	input := docA()
	importAll(t, s, input, docC())
	input.Tasks[0].Leaders[0] = "changed after import"
	input.Source = "changed after import"
	for _, want := range []*graph.Document{docA(), docC()} {
		got, err := s.Document(ctx, want.Meta.ID)
		must(t, "Document", err)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Document(%s) is not the imported document:\n%s", want.Meta.ID, diffDocs(got, want))
		}
		got.Tasks[0].Units = append(got.Tasks[0].Units, "changed by caller")
		got.Units[0].Aliases = []string{"changed by caller"}
		again, err := s.Document(ctx, want.Meta.ID)
		must(t, "Document", err)
		if !reflect.DeepEqual(again, want) {
			t.Errorf("changing the returned Document(%s) changed the store", want.Meta.ID)
		}
	}
}

func diffDocs(got, want *graph.Document) string {
	if got.Source != want.Source {
		return "Source differs"
	}
	return cmpDiffStrict(want, got)
}

func testDocuments(t *testing.T, s graph.Store) {
	loadFixtures(t, s)
	docs, err := s.Documents(t.Context())
	must(t, "Documents", err)
	// By date descending: B (2024-01-20), C (2023-03-01), A (2023-02-01).
	same(t, "Documents", docs, []graph.DocumentInfo{
		{DocumentMeta: docB().Meta, Stats: graph.DocumentStats{Sections: 2, Tasks: 3, Leaders: 2, Units: 4, Projects: 1, Targets: 1}},
		{DocumentMeta: docC().Meta, Stats: graph.DocumentStats{Sections: 1, Tasks: 2, Leaders: 1, Units: 3, Projects: 1, Targets: 1}},
		{DocumentMeta: docA().Meta, Stats: graph.DocumentStats{Sections: 3, Tasks: 6, Leaders: 3, Units: 7, Projects: 2, Targets: 3, Diagnostics: 1, Coverage: coverageA}},
	})
}

func testCounts(t *testing.T, s graph.Store) {
	ctx := t.Context()
	want := []graph.Counts{
		{Documents: 1, Tasks: 6, Leaders: 3, Units: 6, Projects: 2},   // 区审计局 is named by no task
		{Documents: 2, Tasks: 9, Leaders: 4, Units: 7, Projects: 2},   // B adds 李娜 and 区科学技术局
		{Documents: 3, Tasks: 11, Leaders: 5, Units: 10, Projects: 3}, // C's entities are all new
	}
	for i, doc := range fixtures() {
		importAll(t, s, doc)
		counts, err := s.Counts(ctx)
		must(t, "Counts", err)
		same(t, "Counts after importing "+doc.Meta.ID, counts, want[i])
	}
}
