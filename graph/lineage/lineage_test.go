package lineage_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"govgraph/graph"
	"govgraph/graph/lineage"
)

const lx = "济南市历下区"

func mustParse(t *testing.T, lines ...string) *lineage.Table {
	t.Helper()
	tab, err := lineage.Parse("test.tsv", []byte(strings.Join(lines, "\n")+"\n"))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return tab
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, line, want string
	}{
		{"four columns", lx + "\t2024-01-01\trename\t区甲局", "test.tsv:2:1: expected 5 TAB-separated columns"},
		{"empty jurisdiction", " \t2024-01-01\trename\t区甲局\t区乙局", "test.tsv:2:1: the jurisdiction is empty"},
		{"bad date", lx + "\t2024-13-01\trename\t区甲局\t区乙局", `test.tsv:2:8: date "2024-13-01" is not a date`},
		{"Chinese date", lx + "\t2024年1月1日\trename\t区甲局\t区乙局", `test.tsv:2:8: date "2024年1月1日"`},
		{"unknown event", lx + "\t2024-01-01\tmove\t区甲局\t区乙局", `test.tsv:2:19: unknown event "move" (want one of rename, merge, split, establish, abolish)`},
		{"rename of two", lx + "\t2024-01-01\trename\t区甲局、区丙局\t区乙局", "test.tsv:2:26: rename needs exactly one name in from, got 2"},
		{"rename to itself", lx + "\t2024-01-01\trename\t区甲局\t区甲局", `test.tsv:2:30: rename to the same name "区甲局"`},
		{"merge of one", lx + "\t2024-01-01\tmerge\t区甲局\t区乙局", "test.tsv:2:25: merge needs at least two names in from, got 1"},
		{"merge into two", lx + "\t2024-01-01\tmerge\t区甲局、区丙局\t区乙局、区丁局", "test.tsv:2:33: merge needs exactly one name in to, got 2"},
		{"split into one", lx + "\t2024-01-01\tsplit\t区甲局\t区乙局", "test.tsv:2:29: split needs at least two names in to, got 1"},
		{"establish with a predecessor", lx + "\t2024-01-01\testablish\t区甲局\t区乙局", "test.tsv:2:29: establish needs no name (write -) in from, got 1"},
		{"abolish with a successor", lx + "\t2024-01-01\tabolish\t区甲局\t区乙局", "test.tsv:2:31: abolish needs no name (write -) in to, got 1"},
		{"abolish nothing", lx + "\t2024-01-01\tabolish\t-\t-", "test.tsv:2:27: abolish needs at least one name in from, got 0"},
		{"empty name in a list", lx + "\t2024-01-01\tmerge\t区甲局、、区丙局\t区乙局", "test.tsv:2:29: an empty name in the list"},
		{"name twice", lx + "\t2024-01-01\tsplit\t区甲局\t区乙局、区乙局", "test.tsv:2:33: 区乙局 is listed twice"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := lineage.Parse("test.tsv", []byte("# header\n"+tc.line+"\n"))
			if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(graph.ErrorMessage(err), tc.want) {
				t.Fatalf("error %v (code %s), want EINVALID containing %q", err, graph.ErrorCode(err), tc.want)
			}
		})
	}
	t.Run("one unit in two events of a day", func(t *testing.T) {
		_, err := lineage.Parse("test.tsv", []byte(lx+"\t2024-01-01\trename\t区甲局\t区乙局\n"+lx+"\t2024-01-01\tsplit\t区甲局\t区丙局、区丁局\n"))
		want := "test.tsv:2:25: 区甲局 already takes part in the event of line 1 on 2024-01-01"
		if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(graph.ErrorMessage(err), want) {
			t.Fatalf("error %v, want %q", err, want)
		}
	})
}

func TestParseReadsEvents(t *testing.T) {
	tab := mustParse(t,
		"\ufeff# comment",
		"",
		lx+"\t2024-05-20\tsplit\t区教育和体育局\t区教育局 、区体育局",
		"  # indented comment",
		lx+"\t2023-06-01\trename\t区投资促进局\t区投资促进中心\r",
		lx+"\t2024-05-20\testablish\t-\t区数据局",
		lx+"\t2024-06-01\tabolish\t区临时指挥部\t",
		"济南市市中区\t2024-01-01\tmerge\t区甲局、区乙局\t区甲局",
	)
	want := []lineage.Event{
		{Jurisdiction: lx, Date: "2023-06-01", Kind: lineage.Rename, From: []string{"区投资促进局"}, To: []string{"区投资促进中心"}, Line: 5},
		{Jurisdiction: lx, Date: "2024-05-20", Kind: lineage.Split, From: []string{"区教育和体育局"}, To: []string{"区教育局", "区体育局"}, Line: 3},
		{Jurisdiction: lx, Date: "2024-05-20", Kind: lineage.Establish, To: []string{"区数据局"}, Line: 6},
		{Jurisdiction: lx, Date: "2024-06-01", Kind: lineage.Abolish, From: []string{"区临时指挥部"}, Line: 7},
	}
	if got := tab.Events(lx); !reflect.DeepEqual(got, want) {
		t.Errorf("Events:\n got %+v\nwant %+v", got, want)
	}
	if tab.Len() != 5 {
		t.Errorf("Len %d, want 5", tab.Len())
	}
}

func TestForward(t *testing.T) {
	tab := mustParse(t,
		lx+"\t2023-06-01\trename\t区投资促进局\t区投资促进中心",
		lx+"\t2024-01-10\trename\t区投资促进中心\t区投资促进服务中心",
		lx+"\t2024-05-20\tmerge\t区工业和信息化局、区科学技术局\t区科技和工业信息化局",
		lx+"\t2024-05-20\tsplit\t区教育和体育局\t区教育局、区体育局",
		lx+"\t2024-06-01\tmerge\t区教育局、区民政局\t区民政局",
		lx+"\t2024-07-01\tabolish\t区临时指挥部\t-",
		lx+"\t2024-08-01\trename\t区临时指挥部\t区新指挥部",
		"济南市市中区\t2023-01-01\trename\t区投资促进局\t区招商局",
	)
	for _, tc := range []struct {
		name, unit, after, until string
		names, ended             []string
		events                   []int // lines
	}{
		{"nothing happened", "区商务局", "2023-01-01", "2025-01-01", []string{"区商务局"}, nil, nil},
		{"one rename", "区投资促进局", "2023-02-01", "2024-01-01", []string{"区投资促进中心"}, nil, []int{1}},
		{"a chain of renames", "区投资促进局", "2023-02-01", "2025-01-01", []string{"区投资促进服务中心"}, nil, []int{1, 2}},
		{"event on the later date applies", "区投资促进局", "2023-02-01", "2023-06-01", []string{"区投资促进中心"}, nil, []int{1}},
		{"event on the earlier date does not", "区投资促进局", "2023-06-01", "2025-01-01", []string{"区投资促进局"}, nil, nil},
		{"the later name is followed on", "区投资促进中心", "2023-06-01", "2025-01-01", []string{"区投资促进服务中心"}, nil, []int{2}},
		{"merged", "区科学技术局", "2024-02-01", "2025-02-01", []string{"区科技和工业信息化局"}, nil, []int{3}},
		{"split", "区教育和体育局", "2024-02-01", "2024-05-31", []string{"区教育局", "区体育局"}, nil, []int{4}},
		{"split then one part merged", "区教育和体育局", "2024-02-01", "2025-02-01", []string{"区民政局", "区体育局"}, nil, []int{4, 5}},
		{"abolished keeps its name and ends", "区临时指挥部", "2024-02-01", "2025-02-01", []string{"区临时指挥部"}, []string{"区临时指挥部"}, []int{6}},
		{"other jurisdiction", "区科学技术局", "2024-02-01", "2025-02-01", []string{"区科学技术局"}, nil, nil},
		{"backwards in time", "区投资促进局", "2025-01-01", "2023-01-01", []string{"区投资促进局"}, nil, nil},
		{"from the beginning", "区投资促进局", "", "2023-12-31", []string{"区投资促进中心"}, nil, []int{1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			j := lx
			if tc.name == "other jurisdiction" {
				j = "济南市市中区"
			}
			tr := tab.Forward(j, tc.unit, tc.after, tc.until)
			var lines []int
			for _, ev := range tr.Events {
				lines = append(lines, ev.Line)
			}
			if !reflect.DeepEqual(tr.Names, tc.names) || !reflect.DeepEqual(tr.Ended, tc.ended) || !reflect.DeepEqual(lines, tc.events) {
				t.Errorf("Forward(%s, %s, %s) = names %v ended %v events %v; want %v %v %v",
					tc.unit, tc.after, tc.until, tr.Names, tr.Ended, lines, tc.names, tc.ended, tc.events)
			}
		})
	}
	var empty *lineage.Table
	if tr := empty.Forward(lx, "区甲局", "", "2030-01-01"); !reflect.DeepEqual(tr.Names, []string{"区甲局"}) {
		t.Errorf("nil table: %v", tr.Names)
	}
}

func TestLoad(t *testing.T) {
	tab, err := lineage.Load(t.TempDir())
	if err != nil || tab.Len() != 0 {
		t.Fatalf("missing file: %v, %d events", err, tab.Len())
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, lineage.FileName), []byte(lx+"\t2024-01-01\trename\t区甲局\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = lineage.Load(dir)
	if want := filepath.Join(dir, lineage.FileName) + ":1:1:"; !strings.Contains(graph.ErrorMessage(err), want) {
		t.Errorf("error %v, want it to start with %s", err, want)
	}
	// The shipped table parses and holds the documented examples.
	tab, err = lineage.Load(filepath.Join("..", "..", "seeds"))
	if err != nil {
		t.Fatalf("seeds/lineage.tsv: %v", err)
	}
	kinds := map[string]bool{}
	for _, ev := range tab.Events(lx) {
		kinds[ev.Kind] = true
	}
	for _, k := range []string{lineage.Rename, lineage.Merge, lineage.Split, lineage.Establish} {
		if !kinds[k] {
			t.Errorf("seeds/lineage.tsv has no %s example for %s", k, lx)
		}
	}
}
