// Command xlsxgen writes the .xlsx genre fixture from its layout
// (xlsx-baishiling-city.json: sheets, rows of cells, merged ranges), with
// excelize, the library the parser reads workbooks with.
//
//	go run ./graph/extract/testdata/genre-src/xlsxgen [LAYOUT.json OUT.xlsx]
//
// Without arguments it writes xlsx-baishiling-city.xlsx; paths are relative
// to graph/extract/testdata.
package main

import (
	"encoding/json"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
)

type layout struct {
	Sheets []struct {
		Name   string     `json:"name"`
		Rows   [][]string `json:"rows"`
		Merges []string   `json:"merges"`
	} `json:"sheets"`
}

func main() {
	dir := filepath.Join("graph", "extract", "testdata")
	src, out := filepath.Join("genre-src", "xlsx-baishiling-city.json"), filepath.Join("genre", "xlsx-baishiling-city.xlsx")
	if len(os.Args) == 3 {
		src, out = os.Args[1], os.Args[2]
	}
	data, err := os.ReadFile(filepath.Join(dir, src))
	if err != nil {
		log.Fatal(err)
	}
	var l layout
	if err := json.Unmarshal(data, &l); err != nil {
		log.Fatal(err)
	}
	f := excelize.NewFile()
	defer f.Close()
	wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"}})
	if err != nil {
		log.Fatal(err)
	}
	for i, s := range l.Sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.Name); err != nil {
				log.Fatal(err)
			}
		} else if _, err := f.NewSheet(s.Name); err != nil {
			log.Fatal(err)
		}
		for r, row := range s.Rows {
			for c, v := range row {
				if v == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if err := f.SetCellStr(s.Name, cell, v); err != nil {
					log.Fatal(err)
				}
				if strings.Contains(v, "\n") {
					f.SetCellStyle(s.Name, cell, cell, wrap)
				}
			}
		}
		for _, m := range s.Merges {
			a, b, _ := strings.Cut(m, ":")
			if err := f.MergeCell(s.Name, a, b); err != nil {
				log.Fatal(err)
			}
		}
		f.SetColWidth(s.Name, "B", "B", 48)
	}
	if err := f.SaveAs(filepath.Join(dir, out)); err != nil {
		log.Fatal(err)
	}
}
