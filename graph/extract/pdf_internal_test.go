package extract

import (
	"strings"
	"testing"
)

// Running headers and page numbers go; a paragraph broken by the page width
// or by a page break is joined again.
func TestPDFPages(t *testing.T) {
	pages := []string{
		"      某县人民政府文件\n\n  1．推进重点项目建设，全年完成投资八十五亿元，新开工亿\n元以上项目三十个。（牵头单位：县发展和改革局）\n  2．开展招商引资攻坚行动，全年签约落地产业项目四十五\n              — 1 —\n",
		"      某县人民政府文件\n个。（牵头单位：县投资促进中心）\n  3．新建幼儿园三所。\n                -2-\n",
		"      某县人民政府文件\n  4．改造老旧小区十八个，惠及居民三千六百户，同步完善\n设施。（牵头单位：县住房和城乡建设局）\n             第 3 页\n",
	}
	want := "1．推进重点项目建设，全年完成投资八十五亿元，新开工亿元以上项目三十个。（牵头单位：县发展和改革局）\n" +
		"2．开展招商引资攻坚行动，全年签约落地产业项目四十五个。（牵头单位：县投资促进中心）\n" +
		"3．新建幼儿园三所。\n" +
		"4．改造老旧小区十八个，惠及居民三千六百户，同步完善设施。（牵头单位：县住房和城乡建设局）\n"
	if got := pdfPages(pages); got != want {
		t.Errorf("pdfPages:\n%s\nwant:\n%s", got, want)
	}
}

// A table rebuilt from word boxes: wrapped cells go to the row whose number
// they line up with, whether the cells sit at the top or in the middle of
// their rows; a fragment across the columns is a category row.
func TestPDFTablePage(t *testing.T) {
	const em, pitch = 10.0, 15.0
	word := func(x, y float64, s string) pdfWord {
		return pdfWord{x0: x, y0: y - 12, x1: x + em*float64(len([]rune(s))), y1: y + 12, text: s}
	}
	// columns at x 50 (序号), 80 (重点任务, wraps), 250 (牵头单位)
	for _, middle := range []bool{true, false} {
		var ws []pdfWord
		ws = append(ws, word(100, 40, "鸾州市重点任务表"), word(50, 70, "序号"), word(80, 70, "重点任务"), word(250, 70, "牵头单位"))
		ws = append(ws, word(50, 95, "一、产业发展"))
		y := 120.0
		for n, task := range [][]string{{"建设城东综合客运枢纽", "完善公交接驳线路"}, {"改造老旧小区三十个"}, {"新建高标准农田", "三万亩，完善水利", "配套设施"}} {
			lines := float64(len(task))
			anchor := y
			if middle {
				anchor = y + (lines-1)/2*pitch
			}
			ws = append(ws, word(50, anchor, string(rune('1'+n))), word(250, anchor, []string{"市交通运输局", "市住建局", "市农业农村局"}[n]))
			for k, part := range task {
				ws = append(ws, word(80, y+float64(k)*pitch, part))
			}
			y += lines*pitch + 4
		}
		got, _, ok := pdfTablePage(ws, nil)
		want := "鸾州市重点任务表\n序号\t重点任务\t牵头单位\n一、产业发展\t\t\n" +
			"1\t建设城东综合客运枢纽完善公交接驳线路\t市交通运输局\n2\t改造老旧小区三十个\t市住建局\n3\t新建高标准农田三万亩，完善水利配套设施\t市农业农村局"
		if !ok || !strings.HasSuffix(got, want[strings.Index(want, "\n"):]) {
			t.Errorf("middle=%v: pdfTablePage =\n%s\nwant\n%s", middle, got, want)
		}
	}
	if _, _, ok := pdfTablePage([]pdfWord{word(50, 40, "一段正文没有表格"), word(50, 60, "第二行正文")}, nil); ok {
		t.Error("a page of prose was read as a table")
	}
}
