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

// A row split by a page break: the rest of its cells at the top of the next
// page, above the next row's number, joins it, whether those lines stand
// above the table's region (one column) or inside it (several columns).
// A part row (一、…) lies inside one column when it is short and centred
// over the table: it has a row band of its own, away from every cell line,
// and is a row of its own, not the head or tail of a task. A part row over
// an index column of one-digit numbers (narrower than a character) covers
// that column and spans the row too.
func TestPDFTablePartRows(t *testing.T) {
	const em, pitch = 10.0, 15.0
	word := func(x, y float64, s string) pdfWord {
		return pdfWord{x0: x, y0: y - 12, x1: x + em*float64(len([]rune(s))), y1: y + 12, text: s}
	}
	// columns at x 50 (序号), 80 (重点任务, wraps), 250 (牵头单位), 350 (配合单位)
	for _, partX := range []float64{50, 130} {
		for _, middle := range []bool{true, false} {
			ws := []pdfWord{word(50, 70, "序号"), word(80, 70, "重点任务"), word(250, 70, "牵头单位"), word(350, 70, "配合单位")}
			y := 95.0
			n := 0
			for _, part := range []struct {
				title string
				tasks [][]string
			}{{"一、壮大产业", [][]string{{"建设城东物流园区", "完善冷链设施"}, {"培育规上企业十家"}}}, {"二、改善民生", [][]string{{"新建幼儿园两所，", "新增学位九百个"}}}} {
				ws = append(ws, word(partX, y, part.title))
				y += pitch + 8
				for _, task := range part.tasks {
					n++
					lines := float64(len(task))
					anchor := y
					if middle {
						anchor = y + (lines-1)/2*pitch
					}
					ws = append(ws, word(50, anchor, string(rune('0'+n))), word(250, anchor, "县发改局"), word(350, anchor, "县财政局"))
					for k, s := range task {
						ws = append(ws, word(80, y+float64(k)*pitch, s))
					}
					y += lines*pitch + 8
				}
			}
			got, _, ok := pdfTablePage(ws, nil)
			want := "序号\t重点任务\t牵头单位\t配合单位\n一、壮大产业\t\t\t\n" +
				"1\t建设城东物流园区完善冷链设施\t县发改局\t县财政局\n2\t培育规上企业十家\t县发改局\t县财政局\n" +
				"二、改善民生\t\t\t\n3\t新建幼儿园两所，新增学位九百个\t县发改局\t县财政局"
			if !ok || got != want {
				t.Errorf("part row at x %v, middle=%v: pdfTablePage =\n%s\nwant\n%s", partX, middle, got, want)
			}
		}
	}
}

func TestPDFTableSplitRow(t *testing.T) {
	const em, pitch = 10.0, 15.0
	word := func(x, y float64, s string) pdfWord {
		return pdfWord{x0: x, y0: y - 6, x1: x + em*float64(len([]rune(s))), y1: y + 6, text: s}
	}
	first := []pdfWord{word(50, 70, "序号"), word(80, 70, "重点任务"), word(250, 70, "责任领导"), word(350, 70, "牵头单位"),
		word(50, 90, "1"), word(80, 90, "建设城东客运枢纽"), word(250, 90, "郜明川"), word(350, 90, "县交通局"),
		word(80, 90+pitch, "完善公交接驳"), word(250, 90+pitch, "副县长"),
		word(50, 130, "2"), word(80, 130, "改造老旧小区三十"), word(250, 130, "乔若溪"), word(350, 130, "县住建局"),
		word(80, 130+pitch, "个，同步加装电梯")}
	for _, inRegion := range []bool{false, true} {
		second := []pdfWord{word(80, 40, "和改造管网")}
		if inRegion {
			second = append(second, word(250, 40, "副县长"))
		}
		second = append(second, word(50, 60, "3"), word(80, 60, "新建高标准农田"), word(250, 60, "卓远山"), word(350, 60, "县农业局"),
			word(80, 60+pitch, "三万亩"), word(250, 60+pitch, "副县长"),
			word(50, 100, "4"), word(80, 100, "建设数字乡村"), word(250, 100, "卓远山"), word(350, 100, "县商务局"))
		p1 := pdfTablePageCarry(first, pdfTableState{})
		p2 := pdfTablePageCarry(second, p1.state)
		if !p1.ok || !p2.ok || p2.carry == nil {
			t.Fatalf("inRegion=%v: pages %v %v, carry %q", inRegion, p1.ok, p2.ok, p2.carry)
		}
		joined, ok := pdfJoinCarry(p1.text, p2.carry)
		row2 := "2\t改造老旧小区三十个，同步加装电梯和改造管网\t乔若溪\t县住建局"
		if inRegion {
			row2 = "2\t改造老旧小区三十个，同步加装电梯和改造管网\t乔若溪副县长\t县住建局"
		}
		if !ok || !strings.HasSuffix(joined, row2) {
			t.Errorf("inRegion=%v: previous page\n%s\nwant it to end with\n%s", inRegion, joined, row2)
		}
		if !strings.HasPrefix(p2.text, "3\t新建高标准农田三万亩\t卓远山副县长\t县农业局") {
			t.Errorf("inRegion=%v: next page\n%s", inRegion, p2.text)
		}
	}
}

// A middle-aligned table continued on a page without its header: the page's
// columns line up with the table's, one of them empty on this page, and the
// first row's leader cell, wrapped over more lines than the rest of the row,
// starts above the row's number. The rows keep the table's columns and the
// cell stays whole.
func TestPDFTableContinuedMiddle(t *testing.T) {
	const em, pitch = 10.0, 15.0
	word := func(x, y float64, s string) pdfWord {
		return pdfWord{x0: x, y0: y - 6, x1: x + em*float64(len([]rune(s))), y1: y + 6, text: s}
	}
	first := []pdfWord{word(50, 70, "序号"), word(80, 70, "重点任务"), word(250, 70, "责任领导"), word(350, 70, "牵头单位"), word(450, 70, "配合单位"),
		word(50, 100, "1"), word(80, 100, "建设城东客运枢纽"), word(250, 100-pitch/2, "常务副县长"), word(250, 100+pitch/2, "郜明川"), word(350, 100, "县交通局"), word(450, 100, "县财政局"),
		word(50, 140, "2"), word(80, 140, "改造老旧小区三十"), word(250, 140, "乔若溪"), word(350, 140, "县住建局"), word(450, 140, "县民政局"),
		word(50, 170, "3"), word(80, 170, "新建公办幼儿园"), word(250, 170, "乔若溪"), word(350, 170, "县教育局"), word(450, 170, "县住建局")}
	second := []pdfWord{word(250, 60-pitch, "县委常委、"), word(250, 60, "常务副县长"), word(250, 60+pitch, "郜明川"),
		word(50, 60, "4"), word(80, 60, "清理拖欠企业账款"), word(350, 60, "县工信局"),
		word(50, 100, "5"), word(80, 100, "规范非税收入征缴"), word(250, 100, "乔若溪"), word(350, 100, "县财政局"),
		word(50, 130, "6"), word(80, 130, "完善财政资金监管"), word(250, 130, "乔若溪"), word(350, 130, "县财政局")}
	p1 := pdfTablePageCarry(first, pdfTableState{})
	p2 := pdfTablePageCarry(second, p1.state)
	if !p1.ok || !p2.ok {
		t.Fatalf("pages %v %v", p1.ok, p2.ok)
	}
	want := "4\t清理拖欠企业账款\t县委常委、常务副县长郜明川\t县工信局\t\n" +
		"5\t规范非税收入征缴\t乔若溪\t县财政局\t\n" +
		"6\t完善财政资金监管\t乔若溪\t县财政局\t"
	if p2.text != want {
		t.Errorf("continued page:\n%q\nwant\n%q", p2.text, want)
	}
	// the rest of the previous page's last row above them, a row's padding
	// further up, stays that row's
	third := append([]pdfWord{word(250, 60-2*pitch-8, "副县长")}, second...)
	p3 := pdfTablePageCarry(third, p1.state)
	if p3.text != want || len(p3.carry) != 5 || p3.carry[2] != "副县长" {
		t.Errorf("continued page under a split row:\n%q\ncarry %q", p3.text, p3.carry)
	}
}

// Odd pages never break the rebuilding: no panic on words in any place,
// and the rows keep every word.
func TestPDFTablePageOdd(t *testing.T) {
	w := func(x, y float64, s string) pdfWord {
		return pdfWord{x0: x, y0: y - 5, x1: x + 10*float64(len([]rune(s))), y1: y + 5, text: s}
	}
	pages := [][]pdfWord{
		nil,
		{w(10, 10, "甲乙"), w(100, 10, "丙丁"), w(200, 10, "戊己")},
		{w(10, 10, "序号"), w(100, 10, "任务"), w(200, 10, "单位"), w(10, 30, "1"), w(100, 30, "甲乙"), w(200, 30, "丙丁"),
			w(100, 31, "重叠"), w(10, 50, "2"), w(200, 20, "戊己"), w(100, 90, "庚辛"), w(200, 12, "壬癸")},
		{w(10, 10, "一二"), w(100, 10, "三四"), w(200, 10, "五六"), w(10, 10, "七八"), w(100, 10, "九十"), w(200, 10, "甲子")},
	}
	for n, ws := range pages {
		text, _, ok := pdfTablePage(ws, []string{"a", "b", "c"})
		if !ok {
			continue
		}
		for _, x := range ws {
			if !strings.Contains(text, x.text) {
				t.Errorf("page %d: %q lost from\n%s", n, x.text, text)
			}
		}
	}
}

// FuzzPDFTablePage: word boxes anywhere on a page never panic the table
// rebuilding (nor the reading by text columns), and every word's text
// survives in the rows (and in the columns).
func FuzzPDFTablePage(f *testing.F) {
	f.Add([]byte{10, 10, 0, 100, 10, 1, 200, 10, 2, 10, 30, 3, 100, 30, 4, 200, 30, 5, 10, 50, 6, 100, 50, 7, 200, 52, 8, 100, 66, 1})
	f.Add([]byte{10, 10, 0, 100, 10, 1, 200, 10, 2, 100, 20, 3, 100, 21, 4, 200, 40, 5, 10, 200, 6})
	texts := []string{"序号", "重点任务", "牵头单位", "1", "推进项目建设", "区发改局", "2", "新建学校", "区教育局", "一、民生", "二"}
	f.Fuzz(func(t *testing.T, data []byte) {
		var ws []pdfWord
		for i := 0; i+2 < len(data) && len(ws) < 200; i += 3 {
			x, y := float64(data[i])*3, float64(data[i+1])*2
			s := texts[int(data[i+2])%len(texts)]
			ws = append(ws, pdfWord{x0: x, y0: y - 6, x1: x + 10*float64(len([]rune(s))), y1: y + 6, text: s})
		}
		if cols, ok := pdfColumnsPage(ws); ok {
			// read as two text columns: every word's text is there too
			for _, w := range ws {
				if !strings.Contains(cols, w.text) {
					t.Fatalf("%q lost from the columns\n%s", w.text, cols)
				}
			}
		}
		text, _, ok := pdfTablePage(ws, nil)
		if !ok {
			return
		}
		for _, w := range ws {
			if !strings.Contains(text, w.text) {
				t.Fatalf("%q lost from\n%s", w.text, text)
			}
		}
		// as the page after one whose table it may continue: every word
		// is in its rows or in the split row's rest
		// and as the page after a middle-aligned table of four columns
		// whose boxes it may line up with
		for _, st := range []pdfTableState{
			{header: []string{"序号", "重点任务", "牵头单位"}, top: true},
			{header: []string{"序号", "重点任务", "牵头单位", "配合单位"}, cols: [][2]float64{{0, 40}, {90, 240}, {300, 400}, {500, 700}}},
		} {
			page := pdfTablePageCarry(ws, st)
			rest := strings.Join(page.carry, "\t")
			for _, w := range ws {
				if !strings.Contains(page.text, w.text) && !strings.Contains(rest, w.text) {
					t.Fatalf("%q lost from\n%s\ncarry %q", w.text, page.text, page.carry)
				}
			}
		}
	})
}
