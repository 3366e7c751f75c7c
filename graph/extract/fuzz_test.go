package extract_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"govgraph/graph"
	"govgraph/graph/extract"
)

// pdf is left out: each input would start pdftotext.
var fuzzFormats = []string{"txt", "tsv", "csv", "docx", "md", "html", "xlsx"}

// FuzzParse: no panic; bad input is a graph.Error; every span is in range
// and holds its text; no task is empty.
func FuzzParse(f *testing.F) {
	for _, path := range []string{seedPath, fixture("family1-brackets.txt"), fixture("family2-roles.txt"),
		fixture("family3-labelled-lines.txt"), fixture("family4-leader-headings.txt"), fixture("table.tsv")} {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, uint8(0))
	}
	// The genre fixtures (text ones here; GB18030 among them).
	genre, _ := filepath.Glob(filepath.Join("testdata", "genre", "txt-*.txt"))
	for _, path := range genre {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, uint8(0))
	}
	// The blind-*, struct-*, tbl-* and genre-blind* fixtures and the
	// unsupported ones, every format but .pdf (which needs pdftotext).
	formatOf := map[string]uint8{".txt": 0, ".tsv": 1, ".csv": 2, ".docx": 3, ".md": 4, ".html": 5, ".xlsx": 6}
	blind, _ := filepath.Glob(filepath.Join("testdata", "genre", "blind-*"))
	structs, _ := filepath.Glob(filepath.Join("testdata", "genre", "struct-*"))
	tables, _ := filepath.Glob(filepath.Join("testdata", "genre", "tbl-*"))
	genreBlind, _ := filepath.Glob(filepath.Join("testdata", "genre-blind*", "*"))
	unsupported, _ := filepath.Glob(filepath.Join("testdata", "genre-unsupported", "*"))
	blind = append(append(append(append(blind, structs...), tables...), genreBlind...), unsupported...)
	for _, path := range blind {
		format, ok := formatOf[filepath.Ext(path)]
		if !ok {
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, format)
	}
	csv, _ := os.ReadFile(fixture("table.csv"))
	f.Add(csv, uint8(2))
	for name, format := range map[string]uint8{"genre/csv-tongchuan-city.csv": 2, "genre/md-hechuan-county.md": 4,
		"genre/html-tangxi-county.html": 5, "genre/xlsx-baishiling-city.xlsx": 6,
		"genre/new-html-ledger-two-row-header.html": 5, "genre/new-md-street-circled-shared.md": 4,
		"genre/new-tsv-minsheng-continuation-rows.tsv": 1, "genre/new-txt-decimal-outline-heading-roles.txt": 0,
		"genre/new-csv-ledger-posts.csv": 2, "genre/new-txt-subheading-roles-over-items.txt": 0} {
		data, err := os.ReadFile(fixture(name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, format)
	}
	f.Add([]byte("<table><tr><td rowspan=99999 colspan=999>甲</td></tr><tr><td>1</td><td>乙</td></tr></table>"), uint8(5))
	f.Add([]byte("| 序号 | 工作任务 | 牵头单位 |\n|---|---|---|\n| 1 | \\| | 甲 |\n"), uint8(4))
	f.Add([]byte("任务（牵头领导：甲；责任单位：乙、丙，丁）下一句（X牵头，Y配合）"), uint8(0))
	f.Add([]byte("（一）标题。\n1．内容\n责任单位：区财政局\n完成时限：年底\n"), uint8(0))
	f.Add([]byte("（（（牵头单位：）））（责任单位"), uint8(0))
	f.Add([]byte("序号\t工作任务\t牵头单位\n1\t\t甲\n\t\t\n二、\t\t\n"), uint8(1))
	f.Fuzz(func(t *testing.T, data []byte, format uint8) {
		opts := extract.Options{Format: fuzzFormats[int(format)%len(fuzzFormats)]}
		doc, err := extract.Parse("fuzz", data, opts)
		if err != nil {
			var ge *graph.Error
			if !errors.As(err, &ge) || ge.Message == "" || ge.Code != graph.EINVALID && ge.Code != graph.EUNSUPPORTED && ge.Code != graph.ETOOLARGE {
				t.Fatalf("error %v is not a user-facing graph.Error", err)
			}
			return
		}
		checkInvariants(t, doc)
	})
}
