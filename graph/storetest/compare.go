package storetest

import (
	"path/filepath"
	"testing"

	"govgraph/graph"
	"govgraph/graph/compare"
	"govgraph/graph/extract"
	"govgraph/graph/lineage"
	"govgraph/graph/survey"
)

func init() {
	cases = append(cases, testCase{"CompareThroughLineage", testCompare})
}

// The multi-year test corpus (testdata/corpus): two more years of the seed's
// district, written to match the events of seeds/lineage.tsv, and a second
// district. The seed document stays as it is.
const (
	Corpus2024 = "testdata/corpus/2024-jinan-lixia-tasks.txt"
	Corpus2025 = "testdata/corpus/2025-jinan-lixia-tasks.txt"
	CorpusSZ   = "testdata/corpus/2024-jinan-shizhong-tasks.txt"
)

// CorpusDocuments parses the seed document and the corpus documents with
// the seed tables, in the order seed, 2024, 2025, 市中区 2024.
func CorpusDocuments(tb testing.TB) []*graph.Document {
	tb.Helper()
	root := moduleRoot(tb)
	opts, err := extract.LoadTables(filepath.Join(root, "seeds"))
	must(tb, "extract.LoadTables", err)
	var out []*graph.Document
	for _, p := range []string{seedPath, Corpus2024, Corpus2025, CorpusSZ} {
		doc, err := extract.ParseFile(filepath.Join(root, p), opts)
		must(tb, "extract.ParseFile", err)
		out = append(out, doc)
	}
	return out
}

// SeedLineage is seeds/lineage.tsv.
func SeedLineage(tb testing.TB) *lineage.Table {
	tb.Helper()
	lin, err := lineage.Load(filepath.Join(moduleRoot(tb), "seeds"))
	must(tb, "lineage.Load", err)
	return lin
}

// Units of the corpus.
const (
	uDev       = "区发展和改革局"
	uIndustry  = "区工业和信息化局"
	uScience   = "区科学技术局"
	uSciInd    = "区科技和工业信息化局"
	uFinance   = "区地方金融监督管理局"
	uStats     = "区统计局"
	uInvest    = "区投资促进中心"
	uInvestOld = "区投资促进局"
	uCommerce  = "区商务局"
	uEduSport  = "区教育和体育局"
	uEdu       = "区教育局"
	uSport     = "区体育局"
	uHealth    = "区卫生健康局"
	uCivil     = "区民政局"
	uHousing   = "区住房和城市建设局"
	uCity      = "区城市管理局"
)

// testCompare compares the corpus documents read back from the store; the
// expected lists are worked out by hand in docs/compare.md's example.
func testCompare(t *testing.T, s graph.Store) {
	ctx := t.Context()
	docs := CorpusDocuments(t)
	importAll(t, s, docs...)
	lin := SeedLineage(t)
	sv := survey.New(s)
	side := func(doc *graph.Document) *compare.Side {
		sd, err := compare.Snapshot(ctx, sv, doc.Meta.ID)
		must(t, "compare.Snapshot", err)
		return sd
	}
	seed, y2024, y2025, shizhong := side(docs[0]), side(docs[1]), side(docs[2]), side(docs[3])

	r, err := compare.Documents(y2024, y2025, lin)
	must(t, "compare.Documents 2024 → 2025", err)
	a := func(i int) string { return graph.TaskID(docs[1].Meta.ID, i) }
	b := func(i int) string { return graph.TaskID(docs[2].Meta.ID, i) }
	same(t, "from", r.From, compare.DocRef{Document: docs[1].Meta.ID, Title: docs[1].Meta.Title, Jurisdiction: "济南市历下区", Year: 2024, Date: "2024-02-06"})
	same(t, "sameJurisdiction", r.SameJurisdiction, true)
	same(t, "units", r.Units, compare.UnitDiff{
		Added:   []string{uCity},
		Removed: []string{uStats},
		Lineage: []compare.LineageEvent{
			{Event: lineage.Merge, Date: "2024-05-20", From: []string{uIndustry, uScience}, To: []string{uSciInd}},
			{Event: lineage.Split, Date: "2024-05-20", From: []string{uEduSport}, To: []string{uEdu, uSport}},
		},
	})
	same(t, "ties", r.Ties, compare.TieDiff{
		Added: []compare.Tie{
			{Source: uHousing, Target: uCity, Weight: 1, Tasks: []string{b(7)}},
			{Source: uDev, Target: uCity, Weight: 1, Tasks: []string{b(8)}},
			{Source: uCommerce, Target: uSciInd, Weight: 1, Tasks: []string{b(3)}},
		},
		Removed: []compare.Tie{
			{Source: uHousing, Target: uDev, Weight: 1, Tasks: []string{a(8)}},
			{Source: uSport, Target: uHealth, Weight: 1, Tasks: []string{a(5)}},
			{Source: uDev, Target: uStats, Weight: 1, Tasks: []string{a(2)}},
			{Source: uEdu, Target: uCivil, Weight: 1, Tasks: []string{a(6)}},
		},
		Changed: []compare.TieChange{
			{Source: uDev, Target: uSciInd, From: 1, To: 2, FromTasks: []string{a(0)}, ToTasks: []string{b(0), b(2)}},
		},
	})
	same(t, "load", r.Load, []compare.Change{
		{Unit: uSport, From: 2, To: 1}, {Unit: uInvest, From: 2, To: 1}, {Unit: uEdu, From: 2, To: 1}, {Unit: uSciInd, From: 3, To: 4},
	})
	same(t, "leaders", r.Leaders, compare.LeaderDiff{
		Added:   []string{"张明"},
		Removed: []string{"王若曦"},
		Changed: []compare.LeaderChange{{Leader: "洪露", From: 2, To: 1}, {Leader: "赵冬梅", From: 1, To: 2}},
	})
	same(t, "indicators.from units, ties, tasks", []int{r.Indicators.From.Units, r.Indicators.From.Ties, r.Indicators.From.Tasks}, []int{11, 11, 9})
	same(t, "indicators.to units, ties, tasks", []int{r.Indicators.To.Units, r.Indicators.To.Ties, r.Indicators.To.Tasks}, []int{11, 10, 9})
	same(t, "indicators.from density", r.Indicators.From.Density, 0.2)
	same(t, "indicators.to density", r.Indicators.To.Density, 20.0/110)
	for _, rk := range r.Ranks {
		if rk.From == rk.To || rk.From < 1 || rk.To < 1 || rk.To > 11 {
			t.Errorf("rank %+v: ranks must differ and lie in 1..units", rk)
		}
	}

	// 2023 (the seed) → 2024: the investment bureau renamed in June 2023 is
	// one unit, neither removed nor added, and the rename is listed.
	r, err = compare.Documents(seed, y2024, lin)
	must(t, "compare.Documents 2023 → 2024", err)
	for _, u := range r.Units.Added {
		if u == uInvest {
			t.Errorf("%s is listed as added although it is the renamed %s", uInvest, uInvestOld)
		}
	}
	for _, u := range r.Units.Removed {
		if u == uInvestOld || u == uInvest {
			t.Errorf("%s is listed as removed although it was renamed", u)
		}
	}
	same(t, "2023 → 2024 lineage", r.Units.Lineage, []compare.LineageEvent{
		{Event: lineage.Rename, Date: "2023-06-01", From: []string{uInvestOld}, To: []string{uInvest}},
	})

	// Two districts compare by indicators and kinds only.
	r, err = compare.Documents(y2024, shizhong, lin)
	must(t, "compare.Documents 历下 → 市中", err)
	same(t, "across jurisdictions", []any{r.SameJurisdiction, len(r.Units.Added), len(r.Ties.Added), len(r.Load)}, []any{false, 0, 0, 0})
	same(t, "市中区 indicators", []int{r.Indicators.To.Units, r.Indicators.To.Tasks}, []int{10, 4})

	// The district over three years, every line named as of 2025.
	all, _, err := compare.Snapshots(ctx, sv, "济南市历下区")
	must(t, "compare.Snapshots", err)
	tr, err := compare.Trend(all, lin)
	must(t, "compare.Trend", err)
	same(t, "trend as of", tr.AsOf, "2025-02-10")
	same(t, "trend documents", len(tr.Documents), 3)
	names := func(unit string) [][]string {
		var out [][]string
		for _, u := range tr.Units {
			if u.Unit == unit {
				for _, p := range u.Series {
					out = append(out, p.Names)
				}
			}
		}
		return out
	}
	same(t, uSciInd+" over the years", names(uSciInd), [][]string{{uIndustry, uScience}, {uIndustry, uScience}, {uSciInd}})
	same(t, uInvest+" over the years", names(uInvest), [][]string{{uInvestOld}, {uInvest}, {uInvest}})
	same(t, uSport+" over the years", names(uSport), [][]string{{uEduSport}, {uEduSport}, {uSport}})
	same(t, uEdu+" over the years", names(uEdu), [][]string{{uEduSport}, {uEduSport}, {uEdu}})
	same(t, uCity+" over the years (in 2023 and 2025, not 2024)", names(uCity), [][]string{{uCity}, {uCity}})
	_, _, err = compare.Snapshots(ctx, sv, "济南市槐荫区")
	wantCode(t, "Snapshots of a jurisdiction without documents", err, graph.ENOTFOUND)
}

// ConformanceDocuments is every document the suite's cases import — the
// hand-worked fixtures, the path chain, the 120-task document and the
// corpus documents — each id once, in that order: a corpus for loaders
// that must give the same answers as Import (the Neo4j bulk load).
func ConformanceDocuments(tb testing.TB) []*graph.Document {
	tb.Helper()
	var out []*graph.Document
	seen := map[string]bool{}
	all := append(append(append(fixtures(), chain()...), bulk()), CorpusDocuments(tb)...)
	for _, d := range all {
		if !seen[d.Meta.ID] {
			seen[d.Meta.ID] = true
			out = append(out, d)
		}
	}
	return out
}

// ModuleRoot is the directory of the module's go.mod, found upwards from
// the working directory.
func ModuleRoot(tb testing.TB) string { return moduleRoot(tb) }
