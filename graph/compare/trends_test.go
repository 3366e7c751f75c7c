package compare_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"govgraph/graph"
	"govgraph/graph/compare"
)

// Three years of a district: 甲 is renamed 新 in June 2024, 乙 and 丙 are
// merged into 丁 in July 2024. Every line is named as of 2025.
func TestTrend(t *testing.T) {
	y2025, y2023 := sides(t,
		document(lx, "2025-02-01", tk(lead, xin, ding), tk(lead, xin, ding)),
		document(lx, "2023-02-01", tk(lead, jia, yi), tk(lead, jia, bing)))
	y2024, _ := sides(t, document(lx, "2024-02-01", tk(lead, jia, yi), tk(lead, bing, yi)), document(sz, "2024-02-01", tk(lead, jia)))
	lin := table(t, lx+"\t2024-06-01\trename\t区甲局\t区新局", lx+"\t2024-07-01\tmerge\t区乙局、区丙局\t区丁局")
	tr, err := compare.Trend([]*compare.Side{y2025, y2023, y2024}, lin)
	if err != nil {
		t.Fatal(err)
	}
	if tr.Jurisdiction != lx || tr.AsOf != "2025-02-01" {
		t.Errorf("header %s as of %s", tr.Jurisdiction, tr.AsOf)
	}
	var years, units []int
	for _, d := range tr.Documents {
		years = append(years, d.Year)
		units = append(units, d.Indicators.Units)
	}
	if d := cmp.Diff([]int{2023, 2024, 2025}, years); d != "" {
		t.Errorf("documents by date (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]int{3, 3, 2}, units); d != "" {
		t.Errorf("units per document (-want +got):\n%s", d)
	}
	type point struct {
		Year             int
		Names            []string
		Tasks, LeadTasks int
		Rank             int
		Betweenness      float64
	}
	got := map[string][]point{}
	var order []string
	for _, u := range tr.Units {
		order = append(order, u.Unit)
		for _, p := range u.Series {
			got[u.Unit] = append(got[u.Unit], point{p.Year, p.Names, p.Tasks, p.LeadTasks, p.Rank, p.Betweenness})
		}
		if u.Kind != graph.KindDepartment {
			t.Errorf("%s: kind %q", u.Unit, u.Kind)
		}
	}
	want := map[string][]point{
		// 2023: 甲 is the centre of a star; 2024: 乙 is; 2025: two units tie.
		xin: {{2023, []string{jia}, 2, 2, 1, 1}, {2024, []string{jia}, 1, 1, 2, 0}, {2025, []string{xin}, 2, 2, 1, 0}},
		// 乙 and 丙 are one line: their tasks count once, their best-ranked name gives the measures.
		ding: {{2023, []string{bing, yi}, 2, 0, 2, 0}, {2024, []string{bing, yi}, 2, 1, 1, 1}, {2025, []string{ding}, 2, 0, 1, 0}},
	}
	if d := cmp.Diff([]string{ding, xin}, order); d != "" {
		t.Errorf("units (-want +got):\n%s", d)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("series (-want +got):\n%s", d)
	}

	_, other := sides(t, document(lx, "2022-02-01", tk(lead, jia, yi)), document(sz, "2023-02-01", tk(lead, jia, yi)))
	if _, err := compare.Trend([]*compare.Side{y2023, other}, lin); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("two jurisdictions: %v, want EINVALID", err)
	}
	if _, err := compare.Trend(nil, lin); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("no documents: %v, want EINVALID", err)
	}
}

func TestLineageIDs(t *testing.T) {
	y2023, y2025 := sides(t,
		document(lx, "2023-02-01", tk(lead, jia, yi), tk(lead, bing, ding)),
		document(lx, "2025-02-01", tk(lead, xin, yi)))
	_, other := sides(t, document(lx, "2022-02-01", tk(lead, jia)), document(sz, "2023-02-01", tk(lead, jia, yi)))
	lin := table(t,
		lx+"\t2024-06-01\trename\t区甲局\t区新局",
		lx+"\t2024-06-01\tsplit\t区丙局\t区乙局、区新局",
		sz+"\t2024-06-01\trename\t区甲局\t区丁局")
	ids := compare.LineageIDs([]*compare.Side{y2023, y2025, other}, lin)
	want := map[string]map[string]string{
		y2023.Meta.ID: {jia: lx + "/" + xin, yi: lx + "/" + yi, bing: lx + "/" + yi + "|" + lx + "/" + xin, ding: lx + "/" + ding},
		y2025.Meta.ID: {xin: lx + "/" + xin, yi: lx + "/" + yi},
		// 市中区's latest document is its own 2023 one: its rename of 2024 does not apply.
		other.Meta.ID: {jia: sz + "/" + jia, yi: sz + "/" + yi},
	}
	if d := cmp.Diff(want, ids); d != "" {
		t.Errorf("lineage ids (-want +got):\n%s", d)
	}
}
