package lineage_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"govgraph/graph"
	"govgraph/graph/lineage"
)

// FuzzParse: no panic; a bad table is an EINVALID error that starts with
// name:line:column; a good one gives events whose names follow the rules of
// their kind, and Forward never loses a name.
func FuzzParse(f *testing.F) {
	seed, err := os.ReadFile(filepath.Join("..", "..", "seeds", lineage.FileName))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(lx + "\t2024-01-01\tsplit\t区甲局\t区乙局、区丙局\n" + lx + "\t2024-02-01\tmerge\t区乙局、区丁局\t区乙局\n"))
	f.Add([]byte("\t\t\t\t\n#\n \t2024-01-01\t\t、\t-"))
	where := regexp.MustCompile(`^fuzz\.tsv:([0-9]+:[0-9]+:| cannot read)`)
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := lineage.Parse("fuzz.tsv", data)
		if err != nil {
			if graph.ErrorCode(err) != graph.EINVALID || !where.MatchString(graph.ErrorMessage(err)) {
				t.Fatalf("error %v is not EINVALID with a position", err)
			}
			return
		}
		for _, j := range jurisdictions(data) {
			for _, ev := range tab.Events(j) {
				if len(ev.From)+len(ev.To) == 0 || slices.Contains(ev.From, "") || slices.Contains(ev.To, "") {
					t.Fatalf("event %+v has no or empty names", ev)
				}
				for _, name := range ev.From {
					if tr := tab.Forward(j, name, "", "9999-12-31"); len(tr.Names) == 0 {
						t.Fatalf("Forward(%s) lost the unit: %+v", name, tr)
					}
				}
			}
		}
	})
}

// jurisdictions are the first columns of data's lines.
func jurisdictions(data []byte) []string {
	var out []string
	for _, m := range regexp.MustCompile(`(?m)^([^\t\n]*)\t`).FindAllSubmatch(data, -1) {
		out = append(out, strings.TrimSpace(string(m[1])))
	}
	return out
}
