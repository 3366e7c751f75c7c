package extract

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A 6 KB workbook that claims a cell in the sheet's last row and column is
// read without walking a million empty rows: a long run of them ends the
// sheet (the fuzzer found this one taking seconds).
func TestXlsxFarCell(t *testing.T) {
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range []struct {
		cell   string
		values []any
	}{{"A1", []any{"序号", "工作任务", "牵头单位"}}, {"A2", []any{"1", "建设物流园", "市商务局"}}, {"XFD1048576", []any{"远处"}}} {
		if err := sw.SetRow(row.cell, row.values); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.MergeCell("C2", "C1048000"); err != nil {
		t.Fatal(err)
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	src, err := xlsxText(context.Background(), "far.xlsx", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if want := "序号\t工作任务\t牵头单位\n1\t建设物流园\t市商务局\n"; src != want || strings.Contains(src, "远处") {
		t.Errorf("source %q, want %q", src, want)
	}
}
