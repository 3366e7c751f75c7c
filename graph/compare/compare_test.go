package compare_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"govgraph/graph"
	"govgraph/graph/compare"
	"govgraph/graph/embedded"
	"govgraph/graph/extract"
	"govgraph/graph/lineage"
	"govgraph/graph/survey"
)

const (
	lx = "济南市历下区"
	sz = "济南市市中区"
)

// task is one annotated sentence: its leader, lead unit and other units.
type task struct {
	leader, lead string
	units        []string
}

func tk(leader, lead string, units ...string) task { return task{leader, lead, units} }

// document writes a small task-decomposition document in the genre's
// conventions (notice, title, one numbered part, annotated tasks).
func document(jurisdiction, date string, tasks ...task) string {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		panic(err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s人民政府办公室\n关于印发%d年《%s政府工作报告》目标任务分解的通知\n\n", jurisdiction, d.Year(), jurisdiction)
	fmt.Fprintf(&b, "各街道办事处，区政府各部门（单位）：\n经区政府研究，确定了%d年《%s政府工作报告》目标任务分解，现印发给你们，请抓好贯彻落实。\n\n", d.Year(), jurisdiction)
	fmt.Fprintf(&b, "%s人民政府办公室\n%d年%d月%d日\n\n%d年《%s政府工作报告》\n目标任务分解\n\n", jurisdiction, d.Year(), d.Month(), d.Day(), d.Year(), jurisdiction)
	b.WriteString("（一）统筹推进年度重点工作，确保各项任务落地见效。\n")
	for i, tk := range tasks {
		fmt.Fprintf(&b, "扎实推进第%d项重点工作，按季度调度进展。（牵头领导：%s；", i+1, tk.leader)
		if len(tk.units) == 0 {
			fmt.Fprintf(&b, "责任单位：%s）", tk.lead)
		} else {
			fmt.Fprintf(&b, "牵头单位：%s；责任单位：%s）", tk.lead, strings.Join(tk.units, "、"))
		}
	}
	b.WriteString("\n")
	return b.String()
}

// sides parses the two documents, imports them into a fresh embedded store
// and reads them back with compare.Snapshot, as the API and the CLI do.
func sides(tb testing.TB, from, to string) (*compare.Side, *compare.Side) {
	tb.Helper()
	ctx := context.Background()
	store, err := embedded.Open("")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { store.Close() })
	var out []*compare.Side
	for i, text := range []string{from, to} {
		doc, err := extract.Parse(fmt.Sprintf("doc%d.txt", i), []byte(text), extract.Options{})
		if err != nil {
			tb.Fatal(err)
		}
		if len(doc.Diagnostics) > 0 {
			tb.Fatalf("document %d parsed with diagnostics: %+v", i, doc.Diagnostics)
		}
		if _, err := store.Import(ctx, doc); err != nil {
			tb.Fatal(err)
		}
		side, err := compare.Snapshot(ctx, survey.New(store), doc.Meta.ID)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, side)
	}
	return out[0], out[1]
}

func table(tb testing.TB, lines ...string) *lineage.Table {
	tb.Helper()
	tab, err := lineage.Parse("lineage.tsv", []byte(strings.Join(lines, "\n")))
	if err != nil {
		tb.Fatal(err)
	}
	return tab
}

// expect is what a case checks; nil fields must be empty.
type expect struct {
	added, removed []string
	lineage        []compare.LineageEvent
	tiesAdded      []compare.Tie
	tiesRemoved    []compare.Tie
	tiesChanged    []compare.TieChange
	load           []compare.Change
	leaders        compare.LeaderDiff
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func check(t *testing.T, r *compare.Result, want expect) {
	t.Helper()
	for _, c := range []struct {
		what      string
		got, want any
	}{
		{"units.added", r.Units.Added, orEmpty(want.added)},
		{"units.removed", r.Units.Removed, orEmpty(want.removed)},
		{"units.lineage", r.Units.Lineage, orEmpty(want.lineage)},
		{"ties.added", r.Ties.Added, orEmpty(want.tiesAdded)},
		{"ties.removed", r.Ties.Removed, orEmpty(want.tiesRemoved)},
		{"ties.changed", r.Ties.Changed, orEmpty(want.tiesChanged)},
		{"load", r.Load, orEmpty(want.load)},
		{"leaders.added", r.Leaders.Added, orEmpty(want.leaders.Added)},
		{"leaders.removed", r.Leaders.Removed, orEmpty(want.leaders.Removed)},
		{"leaders.changed", r.Leaders.Changed, orEmpty(want.leaders.Changed)},
	} {
		if d := cmp.Diff(c.want, c.got); d != "" {
			t.Errorf("%s (-want +got):\n%s", c.what, d)
		}
	}
}

// Unit names of the cases. In byte order: 区丁局 < 区丙局 < 区乙局 < 区甲局.
const (
	jia  = "区甲局"
	yi   = "区乙局"
	bing = "区丙局"
	ding = "区丁局"
	xin  = "区新局"
	lead = "王明"
)

func TestDocuments(t *testing.T) {
	const from, to = "2024-02-01", "2025-02-01"
	// task ids: document id ":" index; filled in per case from the sides.
	for _, tc := range []struct {
		name     string
		from, to []task
		lineage  []string
		want     func(f, g func(int) string) expect // f, g: task ids of from and to
	}{
		{
			name:    "a rename is neither added nor removed, and its unchanged ties are in no list",
			from:    []task{tk(lead, jia, yi), tk(lead, jia, bing)},
			to:      []task{tk(lead, xin, yi), tk(lead, xin, bing)},
			lineage: []string{lx + "\t2024-06-01\trename\t区甲局\t区新局"},
			want: func(f, g func(int) string) expect {
				return expect{lineage: []compare.LineageEvent{{Event: "rename", Date: "2024-06-01", From: []string{jia}, To: []string{xin}}}}
			},
		},
		{
			name: "without the lineage the rename is a removal and an addition",
			from: []task{tk(lead, jia, yi)},
			to:   []task{tk(lead, xin, yi)},
			want: func(f, g func(int) string) expect {
				return expect{
					added: []string{xin}, removed: []string{jia},
					tiesAdded:   []compare.Tie{{Source: yi, Target: xin, Weight: 1, Tasks: []string{g(0)}}},
					tiesRemoved: []compare.Tie{{Source: yi, Target: jia, Weight: 1, Tasks: []string{f(0)}}},
				}
			},
		},
		{
			name: "a merge: a task of both merged units counts once and their own tie disappears inside the merged unit",
			// from: 甲–乙 (task 0), 甲–丁 (1), 乙–丁 (2); 甲, 乙 → 新.
			// mapped: task 0 {新}, 1 {新, 丁}, 2 {新, 丁}: 新 3 tasks, 新–丁 weight 2.
			from:    []task{tk(lead, jia, yi), tk(lead, jia, ding), tk(lead, yi, ding)},
			to:      []task{tk(lead, xin, ding), tk(lead, xin, ding)},
			lineage: []string{lx + "\t2024-06-01\tmerge\t区甲局、区乙局\t区新局"},
			want: func(f, g func(int) string) expect {
				return expect{
					lineage: []compare.LineageEvent{{Event: "merge", Date: "2024-06-01", From: []string{jia, yi}, To: []string{xin}}},
					load:    []compare.Change{{Unit: xin, From: 3, To: 2}},
					leaders: compare.LeaderDiff{Changed: []compare.LeaderChange{{Leader: lead, From: 3, To: 2}}},
				}
			},
		},
		{
			name: "a split: the old unit's tasks go to every successor, which are not tied to each other",
			// from: 甲–丁 (0), 甲–丙 (1); 甲 → 乙、新. mapped ties: 乙–丁, 新–丁, 乙–丙, 新–丙, each weight 1;
			// 乙 and 新 2 tasks each. to: 乙–丁 (0), 新–丙 (1).
			from:    []task{tk(lead, jia, ding), tk(lead, jia, bing)},
			to:      []task{tk(lead, yi, ding), tk(lead, xin, bing)},
			lineage: []string{lx + "\t2024-06-01\tsplit\t区甲局\t区乙局、区新局"},
			want: func(f, g func(int) string) expect {
				return expect{
					lineage: []compare.LineageEvent{{Event: "split", Date: "2024-06-01", From: []string{jia}, To: []string{yi, xin}}},
					tiesRemoved: []compare.Tie{
						{Source: ding, Target: xin, Weight: 1, Tasks: []string{f(0)}},
						{Source: bing, Target: yi, Weight: 1, Tasks: []string{f(1)}},
					},
					load: []compare.Change{{Unit: yi, From: 2, To: 1}, {Unit: xin, From: 2, To: 1}},
				}
			},
		},
		{
			name: "added and removed units and ties; an event after the later document does not apply",
			from: []task{tk(lead, jia, yi), tk(lead, yi, bing)},
			to:   []task{tk(lead, jia, yi), tk(lead, jia, ding)},
			lineage: []string{
				lx + "\t2025-03-01\trename\t区丙局\t区丁局",
				lx + "\t2024-01-01\trename\t区丙局\t区丁局",
			},
			want: func(f, g func(int) string) expect {
				return expect{
					added: []string{ding}, removed: []string{bing},
					tiesAdded:   []compare.Tie{{Source: ding, Target: jia, Weight: 1, Tasks: []string{g(1)}}},
					tiesRemoved: []compare.Tie{{Source: bing, Target: yi, Weight: 1, Tasks: []string{f(1)}}},
					load:        []compare.Change{{Unit: yi, From: 2, To: 1}, {Unit: jia, From: 1, To: 2}},
				}
			},
		},
		{
			name: "a tie's weight changes; leaders added, removed and changed",
			from: []task{tk("王明", jia, yi), tk("李强", yi, bing)},
			to:   []task{tk("王明", jia, yi), tk("赵敏", jia, yi), tk("王明", jia, yi), tk("李强", bing)},
			want: func(f, g func(int) string) expect {
				return expect{
					tiesChanged: []compare.TieChange{{Source: yi, Target: jia, From: 1, To: 3, FromTasks: []string{f(0)}, ToTasks: []string{g(0), g(1), g(2)}}},
					tiesRemoved: []compare.Tie{{Source: bing, Target: yi, Weight: 1, Tasks: []string{f(1)}}},
					load:        []compare.Change{{Unit: jia, From: 1, To: 3}, {Unit: yi, From: 2, To: 3}},
					leaders: compare.LeaderDiff{
						Added:   []string{"赵敏"},
						Changed: []compare.LeaderChange{{Leader: "王明", From: 1, To: 2}},
					},
				}
			},
		},
		{
			name:    "an establishment is listed when the to document names the new unit; an abolished unit is removed",
			from:    []task{tk(lead, jia, yi), tk(lead, jia, bing)},
			to:      []task{tk(lead, jia, yi), tk(lead, jia, xin)},
			lineage: []string{lx + "\t2024-06-01\testablish\t-\t区新局", lx + "\t2024-07-01\tabolish\t区丙局\t-"},
			want: func(f, g func(int) string) expect {
				return expect{
					added: []string{xin}, removed: []string{bing},
					lineage: []compare.LineageEvent{
						{Event: "establish", Date: "2024-06-01", From: []string{}, To: []string{xin}},
						{Event: "abolish", Date: "2024-07-01", From: []string{bing}, To: []string{}},
					},
					tiesAdded:   []compare.Tie{{Source: xin, Target: jia, Weight: 1, Tasks: []string{g(1)}}},
					tiesRemoved: []compare.Tie{{Source: bing, Target: jia, Weight: 1, Tasks: []string{f(1)}}},
				}
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, b := sides(t, document(lx, from, tc.from...), document(lx, to, tc.to...))
			r, err := compare.Documents(a, b, table(t, tc.lineage...))
			if err != nil {
				t.Fatal(err)
			}
			if !r.SameJurisdiction || r.From.Date != from || r.To.Date != to || len(r.Warnings) != 0 {
				t.Errorf("header %+v %+v same=%v warnings %v", r.From, r.To, r.SameJurisdiction, r.Warnings)
			}
			ids := func(s *compare.Side) func(int) string {
				return func(i int) string { return graph.TaskID(s.Meta.ID, i) }
			}
			check(t, r, tc.want(ids(a), ids(b)))
		})
	}
}

// A star whose centre moves from 甲 to 丁: 甲 falls from first to second by
// every ranked metric and 丁 rises; 乙 and 丙 stay second.
func TestRanks(t *testing.T) {
	a, b := sides(t,
		document(lx, "2024-02-01", tk(lead, jia, yi), tk(lead, jia, bing), tk(lead, jia, ding)),
		document(lx, "2025-02-01", tk(lead, ding, jia), tk(lead, ding, yi), tk(lead, ding, bing)))
	r, err := compare.Documents(a, b, nil)
	if err != nil {
		t.Fatal(err)
	}
	var want []compare.Rank
	for _, m := range compare.RankedMetrics {
		want = append(want, compare.Rank{Unit: ding, Metric: m, From: 2, To: 1}, compare.Rank{Unit: jia, Metric: m, From: 1, To: 2})
	}
	if d := cmp.Diff(want, r.Ranks); d != "" {
		t.Errorf("ranks (-want +got):\n%s", d)
	}
	// The same star before and after: no rank moves, no list has an entry.
	a, b = sides(t,
		document(lx, "2024-02-01", tk(lead, jia, yi), tk(lead, jia, bing)),
		document(lx, "2025-02-01", tk(lead, jia, yi), tk(lead, jia, bing)))
	if r, err = compare.Documents(a, b, nil); err != nil {
		t.Fatal(err)
	}
	check(t, r, expect{})
	if len(r.Ranks) != 0 {
		t.Errorf("ranks of an unchanged network: %+v", r.Ranks)
	}
}

// A merge maps ranks forward to the best rank among the merged units.
func TestRanksThroughMerge(t *testing.T) {
	a, b := sides(t,
		document(lx, "2024-02-01", tk(lead, jia, yi), tk(lead, jia, bing), tk(lead, ding, bing)),
		document(lx, "2025-02-01", tk(lead, xin, bing), tk(lead, yi, bing), tk(lead, yi, xin), tk(lead, yi, ding)))
	r, err := compare.Documents(a, b, table(t, lx+"\t2024-06-01\tmerge\t区甲局、区丁局\t区新局"))
	if err != nil {
		t.Fatal(err)
	}
	// from: 甲 and 丙 lead on weighted degree (2 each: rank 1), 乙 and 丁 follow (1: rank 3);
	// 新 takes the better of 甲's 1 and 丁's 3. to: 乙 3, 新 2, 丙 2, 丁 1: ranks 1, 2, 2, 4;
	// 丁 reappears in the to document but has no from rank (it was merged).
	var got []compare.Rank
	for _, rk := range r.Ranks {
		if rk.Metric == "weightedDegree" {
			got = append(got, rk)
		}
	}
	want := []compare.Rank{
		{Unit: yi, Metric: "weightedDegree", From: 3, To: 1},
		{Unit: bing, Metric: "weightedDegree", From: 1, To: 2},
		{Unit: xin, Metric: "weightedDegree", From: 1, To: 2},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("weightedDegree ranks (-want +got):\n%s", d)
	}
}

func TestAcrossJurisdictions(t *testing.T) {
	a, b := sides(t,
		document(lx, "2024-02-01", tk(lead, jia, yi), tk(lead, jia, "东关街道办事处")),
		document(sz, "2024-02-08", tk("陈静", jia, yi, bing), tk("陈静", "历下控股集团", "大观园街道办事处", "泺源街道办事处")))
	r, err := compare.Documents(a, b, table(t, lx+"\t2024-01-01\trename\t区甲局\t区新局"))
	if err != nil {
		t.Fatal(err)
	}
	if r.SameJurisdiction || r.From.Jurisdiction != lx || r.To.Jurisdiction != sz || len(r.Warnings) != 1 {
		t.Errorf("header: same=%v %s → %s, warnings %v", r.SameJurisdiction, r.From.Jurisdiction, r.To.Jurisdiction, r.Warnings)
	}
	check(t, r, expect{})
	if len(r.Ranks) != 0 {
		t.Errorf("ranks across jurisdictions: %+v", r.Ranks)
	}
	wantKinds := []compare.KindCount{
		{Kind: graph.KindDepartment, From: 2, To: 3},
		{Kind: graph.KindEnterprise, From: 0, To: 1},
		{Kind: graph.KindStreet, From: 1, To: 2},
	}
	if d := cmp.Diff(wantKinds, r.Kinds); d != "" {
		t.Errorf("kinds (-want +got):\n%s", d)
	}
	wantFrom := compare.Indicators{Tasks: 2, Units: 3, Ties: 2, Density: 2.0 / 3, Centralization: 1, Communities: 1, Components: 1}
	if d := cmp.Diff(wantFrom, r.Indicators.From); d != "" {
		t.Errorf("from indicators (-want +got):\n%s", d)
	}
	if in := r.Indicators.To; in.Tasks != 2 || in.Units != 6 || in.Ties != 6 || in.Components != 2 || in.Density != 6.0/15 {
		t.Errorf("to indicators: %+v", in)
	}
}

func TestLaterFromDocument(t *testing.T) {
	a, b := sides(t, document(lx, "2025-02-01", tk(lead, xin, yi)), document(lx, "2024-02-01", tk(lead, jia, yi)))
	r, err := compare.Documents(a, b, table(t, lx+"\t2024-06-01\trename\t区甲局\t区新局"))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Warnings) != 1 || !strings.Contains(r.Warnings[0], "without lineage") {
		t.Errorf("warnings %v", r.Warnings)
	}
	if len(r.Units.Added) != 1 || r.Units.Added[0] != jia || len(r.Units.Lineage) != 0 {
		t.Errorf("units %+v", r.Units)
	}
}

func TestDocumentsNeedsReports(t *testing.T) {
	_, err := compare.Documents(&compare.Side{}, nil, nil)
	if graph.ErrorCode(err) != graph.EINVALID {
		t.Fatalf("error %v, want EINVALID", err)
	}
}

func TestSnapshotUnknownDocument(t *testing.T) {
	store, err := embedded.Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if _, err := compare.Snapshot(context.Background(), survey.New(store), "nope"); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Fatalf("error %v, want ENOTFOUND", err)
	}
}

func TestAsOf(t *testing.T) {
	for _, tc := range []struct {
		meta graph.DocumentMeta
		want string
	}{
		{graph.DocumentMeta{Date: "2024-02-06", Year: 2024}, "2024-02-06"},
		{graph.DocumentMeta{Year: 2024}, "2024-01-01"},
		{graph.DocumentMeta{}, ""},
	} {
		if got := compare.AsOf(tc.meta); got != tc.want {
			t.Errorf("AsOf(%+v) = %q, want %q", tc.meta, got, tc.want)
		}
	}
}
