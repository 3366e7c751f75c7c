package extract

import (
	"strings"
	"testing"
)

// pdfColumnWords lays out paragraphs (runs of lines; a line's leading spaces
// indent it) in one column from x, line by line from y, one em per character,
// a pitch apart, gap more between paragraphs. It returns the words and the y
// below the last line.
func pdfColumnWords(x, y, gap float64, paras [][]string) ([]pdfWord, float64) {
	const em, pitch = 10.0, 16.0
	var ws []pdfWord
	for _, p := range paras {
		for _, l := range p {
			t := strings.TrimLeft(l, " ")
			x0 := x + em*float64(len(l)-len(t))
			ws = append(ws, pdfWord{x0: x0, y0: y - 5, x1: x0 + em*float64(len([]rune(t))), y1: y + 5, text: t})
			y += pitch
		}
		y += gap
	}
	return ws, y
}

var pdfColumnLeft = [][]string{
	{"一、提升产业能级"},
	{"1．建设城北智能制造产业园，完成厂房建设", "十二万平方米。（牵头单位：区经济发展局）"},
	{"2．推动中小企业数字化改造，年内新增上云", "企业三百家，培育示范企业五家。"},
	{"  牵头单位：区工业和信息化局", "  配合单位：区财政局"},
	{"3．组织产业链对接活动十场，促成本地配套", "采购额二十亿元。（牵头单位：区商务局）"},
}

var pdfColumnRight = [][]string{
	{"4．打通断头路三条，新建雨污管网十二公里", "，年底前完成。（牵头单位：区建设局）"},
	{"二、办好民生实事"},
	{"5．新建公办幼儿园两所，新增学位六百个，", "秋季学期投入使用。"},
	{"  牵头单位：区教育局", "  配合单位：区建设局、区自然资源分局"},
	{"6．改造老旧小区九个，加装电梯四十六部。", "（牵头单位：区住房和城乡建设局）"},
}

// Two text columns under a full-width title are read column by column, the
// lines the column's width broke joined again.
func TestPDFColumnsPage(t *testing.T) {
	title, _ := pdfColumnWords(150, 40, 0, [][]string{{"某区二〇二六年重点工作任务分工方案"}})
	left, _ := pdfColumnWords(50, 80, 0, pdfColumnLeft)
	right, _ := pdfColumnWords(280, 80, 0, pdfColumnRight)
	foot, _ := pdfColumnWords(250, 400, 0, [][]string{{"-1-"}})
	ws := append(append(append(title, left...), right...), foot...)
	got, ok := pdfColumnsPage(ws)
	if !ok {
		t.Fatal("two text columns: not found")
	}
	var lines []string
	for _, l := range strings.Split(got, "\n") {
		lines = append(lines, strings.TrimSpace(pdfUnmarked(l)))
	}
	want := []string{
		"某区二〇二六年重点工作任务分工方案",
		"一、提升产业能级",
		"1．建设城北智能制造产业园，完成厂房建设十二万平方米。（牵头单位：区经济发展局）",
		"2．推动中小企业数字化改造，年内新增上云企业三百家，培育示范企业五家。",
		"牵头单位：区工业和信息化局",
		"配合单位：区财政局",
		"3．组织产业链对接活动十场，促成本地配套采购额二十亿元。（牵头单位：区商务局）",
		"4．打通断头路三条，新建雨污管网十二公里，年底前完成。（牵头单位：区建设局）",
		"二、办好民生实事",
		"5．新建公办幼儿园两所，新增学位六百个，秋季学期投入使用。",
		"牵头单位：区教育局",
		"配合单位：区建设局、区自然资源分局",
		"6．改造老旧小区九个，加装电梯四十六部。（牵头单位：区住房和城乡建设局）",
		"-1-",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("pdfColumnsPage:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	// read through pdfPages, the page is that text, the page number gone
	text := pdfPages([]string{got})
	if !strings.Contains(text, want[3]+"\n牵头单位") || strings.Contains(text, "-1-") || strings.Contains(text, pdfKeepLine) {
		t.Errorf("pdfPages of a page by columns:\n%s", text)
	}
}

// A table whose two columns hold text is no pair of text columns: its rows
// start together on both sides after the space between rows; nor is a form
// of labels and values, nor a page of one column.
func TestPDFColumnsPageNotColumns(t *testing.T) {
	var ws []pdfWord
	y := 80.0
	for k := range pdfColumnLeft {
		l, yl := pdfColumnWords(50, y, 0, pdfColumnLeft[k:k+1])
		r, yr := pdfColumnWords(280, y, 0, pdfColumnRight[k:k+1])
		ws = append(append(ws, l...), r...)
		y = max(yl, yr) + 10 // the cell's padding and border
	}
	if got, ok := pdfColumnsPage(ws); ok {
		t.Errorf("a two-column table read as text columns:\n%s", got)
	}
	ws = nil
	y = 80
	for k := range pdfColumnRight {
		l, _ := pdfColumnWords(50, y, 0, [][]string{{"事项"}})
		r, yr := pdfColumnWords(160, y, 0, append(pdfColumnRight[k:k+1], pdfColumnLeft[k:k+1]...))
		ws = append(append(ws, l...), r...)
		y = yr
	}
	if got, ok := pdfColumnsPage(ws); ok {
		t.Errorf("a form of labels and values read as text columns:\n%s", got)
	}
	var paras [][]string
	for k := range pdfColumnLeft {
		var p []string
		for j := range pdfColumnLeft[k] {
			p = append(p, pdfColumnLeft[k][j]+pdfColumnRight[k][min(j, len(pdfColumnRight[k])-1)])
		}
		paras = append(paras, p)
	}
	ws, _ = pdfColumnWords(50, 80, 8, paras)
	if got, ok := pdfColumnsPage(ws); ok {
		t.Errorf("one column read as two:\n%s", got)
	}
}
