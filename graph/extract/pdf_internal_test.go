package extract

import "testing"

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
