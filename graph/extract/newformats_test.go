package extract_test

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"govgraph/graph"
	"govgraph/graph/extract"
)

func TestHTML(t *testing.T) {
	page := `<html><head><meta charset="gb2312"><title>通知</title><script>var x = "1．假任务（牵头单位：脚本局）";</script>
<style>td { color: red }</style></head><body>
<div class="nav">首页 | 政务公开</div>
<p>2025年某县重点任务分工</p>
<table><tr><td><table border="1">
<tr><th>序号</th><th>重点任务</th><th>责任领导</th><th>牵头单位</th><th>配合单位</th></tr>
<tr><td colspan="5">一、经济发展</td></tr>
<tr><td>1</td><td>建设物流园</td><td rowspan="2">王强</td><td rowspan="2">县商务局</td><td>县交通运输局</td></tr>
<tr><td>2</td><td>举办<br>消费季</td><td>县文化和旅游局<br/>县市场监督管理局</td></tr>
<tr><td>3</td><td>新建幼儿园</td><td>李娜</td><td>县教育局</td><td></td></tr>
</table></td></tr></table>
<noscript>请启用脚本</noscript>
<div id="footer">主办：某县人民政府办公室　承办：某县大数据中心</div><footer>网站标识码 123</footer></body></html>`
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := extract.Parse("page.htm", gbk, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	checkTasks(t, doc, []wantTask{
		{"建设物流园", []string{"王强"}, []string{"县商务局"}, []string{"县交通运输局"}, "", 0},
		{"举办 消费季", []string{"王强"}, []string{"县商务局"}, []string{"县文化和旅游局", "县市场监督管理局"}, "", 0}, // rowspan
		{"新建幼儿园", []string{"李娜"}, []string{"县教育局"}, none, "", 0},
	})
	if doc.Meta.Format != "html" || strings.Contains(doc.Source, "脚本局") || strings.Contains(doc.Source, "color") || strings.Contains(doc.Source, "启用脚本") ||
		strings.Contains(doc.Source, "主办") || strings.Contains(doc.Source, "首页") || strings.Contains(doc.Source, "标识码") {
		t.Errorf("format %q; scripts, styles, navigation or footer read:\n%s", doc.Meta.Format, doc.Source)
	}
	if !strings.Contains(doc.Source, "\n一、经济发展\t\t\t\t\n") || !strings.Contains(doc.Source, "\n2\t举办 消费季\t王强\t县商务局\t") {
		t.Errorf("rowspan/colspan not laid out:\n%s", doc.Source)
	}
}

func TestXlsx(t *testing.T) {
	f := excelize.NewFile()
	set := func(sheet, cell, v string) {
		if err := f.SetCellStr(sheet, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	merge := func(sheet, a, b string) {
		if err := f.MergeCell(sheet, a, b); err != nil {
			t.Fatal(err)
		}
	}
	set("Sheet1", "A1", "2025年某市重点任务分解表")
	merge("Sheet1", "A1", "E1")
	for i, h := range []string{"序号", "工作任务", "分管市领导", "主办单位", "协办单位"} {
		cell, _ := excelize.CoordinatesToCellName(i+1, 3)
		set("Sheet1", cell, h)
	}
	set("Sheet1", "A4", "一、工业强市")
	merge("Sheet1", "A4", "E4")
	rows := [][]string{{"1", "推进技改项目", "赵刚", "市工业和信息化局", "市财政局"}, {"2", "培育龙头企业", "", "", "市统计局\n市商务局"}, {"3", "建设产业园", "", "市发展和改革委员会", ""}}
	for r, row := range rows {
		for c, v := range row {
			if v != "" {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+5)
				set("Sheet1", cell, v)
			}
		}
	}
	merge("Sheet1", "C5", "C7") // the leader over three rows
	merge("Sheet1", "D5", "D6") // the lead over two
	if _, err := f.NewSheet("民生"); err != nil {
		t.Fatal(err)
	}
	for i, v := range []string{"序号", "实事项目", "责任领导", "牵头单位", "1", "新建口袋公园", "钱丽", "市城市管理局"} {
		cell, _ := excelize.CoordinatesToCellName(i%4+1, i/4+1)
		set("民生", cell, v)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	doc, err := extract.Parse("tasks.xlsx", buf.Bytes(), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	checkTasks(t, doc, []wantTask{
		{"推进技改项目", []string{"赵刚"}, []string{"市工业和信息化局"}, []string{"市财政局"}, "", 0},
		{"培育龙头企业", []string{"赵刚"}, []string{"市工业和信息化局"}, []string{"市统计局", "市商务局"}, "", 0},
		{"建设产业园", []string{"赵刚"}, []string{"市发展和改革委员会"}, none, "", 0},
		{"新建口袋公园", []string{"钱丽"}, []string{"市城市管理局"}, none, "", 0},
	})
	if doc.Meta.Format != "xlsx" || doc.Meta.Title != "2025年某市重点任务分解表" {
		t.Errorf("meta %+v", doc.Meta)
	}
}

func TestMarkdownTables(t *testing.T) {
	md := "# 某县重点任务\n\n## 一、城乡建设\n\n| 序号 | 工作任务 | 牵头领导 | 主责单位 | 参与单位 |\n|:---:|---|---|---|---|\n" +
		"| 1 | 改造老旧小区 | 孙涛 | 县住房和城乡建设局 | 县财政局 |\n| 2 | 新建停车位 \\| 充电桩 |  | 县城市管理局 | 县供电公司<br>各乡镇人民政府 |\n\n正文一段。\n"
	doc, err := extract.Parse("tasks.md", []byte(md), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	checkTasks(t, doc, []wantTask{
		{"改造老旧小区", []string{"孙涛"}, []string{"县住房和城乡建设局"}, []string{"县财政局"}, "", 0},
		{"新建停车位 | 充电桩", []string{"孙涛"}, []string{"县城市管理局"}, []string{"县供电公司", "各乡镇人民政府"}, "", 0},
	})
	if strings.Contains(doc.Source, "---") || !strings.Contains(doc.Source, "## 一、城乡建设\n") {
		t.Errorf("source:\n%s", doc.Source)
	}
}

// A PDF without a text layer (a scan) gets an error that says so.
func TestPDFWithoutText(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftotext (poppler-utils) is not installed; .ci/run installs it")
		}
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	blank := "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n" +
		"3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"
	doc, err := extract.Parse("scan.pdf", []byte(blank), extract.Options{})
	if doc != nil || graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), "scan.pdf: the PDF has no text layer") {
		t.Errorf("Parse = %v, %v; want an error saying the PDF has no text", doc, err)
	}
}

// Markup line breaks inside Chinese text are not spaces; between Latin words they are.
func TestHTMLSegmentBreaks(t *testing.T) {
	page := "<p>1．推进\n    老旧小区改造 and\n  more（牵头单位：县住房和城乡建设局）</p>"
	doc, err := extract.Parse("p.html", []byte(page), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Source, "1．推进老旧小区改造 and more（牵头单位") {
		t.Errorf("source %q", doc.Source)
	}
}

// A page labelled UTF-8 whose bytes are GBK is read as GBK; an unlabelled
// GBK page too.
func TestHTMLCharsets(t *testing.T) {
	for _, head := range []string{`<meta charset="utf-8">`, ``, `<meta http-equiv="Content-Type" content="text/html; charset=GBK">`} {
		page, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte("<html><head>" + head + "</head><body><p>1．建设物流园（牵头单位：县商务局）</p></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := extract.Parse("p.html", page, extract.Options{})
		if err != nil || len(doc.Tasks) != 1 || doc.Tasks[0].Text != "建设物流园" {
			t.Errorf("%s: %v %+v", head, err, doc)
		}
	}
}

// A 责任单位 column beside a 配合单位 column, with no 牵头 column, leads.
func TestTablePrimaryUnits(t *testing.T) {
	csv := "序号,重点任务,责任领导,责任单位,配合单位\n1,建设物流园,王强,县商务局,县交通运输局\n2,新建幼儿园,李娜,县教育局,\n"
	doc, err := extract.Parse("t.csv", []byte(csv), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkTasks(t, doc, []wantTask{
		{"建设物流园", []string{"王强"}, []string{"县商务局"}, []string{"县交通运输局"}, "", 0},
		{"新建幼儿园", []string{"李娜"}, []string{"县教育局"}, none, "", 0},
	})
}

// One small two-column form per task (一事一表): each form is read as a
// one-row table, its labels the header; a two-column table that names no
// task and no role stays as its rows.
func TestHTMLFormPerTask(t *testing.T) {
	form := func(n, task, leader, lead, units string) string {
		return "<p>督办事项表（" + n + "）</p><table>" +
			"<tr><td>序号</td><td>" + n + "</td></tr>" +
			"<tr><td>督办事项</td><td>" + task + "</td></tr>" +
			"<tr><td>分管领导</td><td>" + leader + "</td></tr>" +
			"<tr><td>主办科室</td><td>" + lead + "</td></tr>" +
			"<tr><td>协办科室</td><td>" + units + "</td></tr>" +
			"<tr><td>办结时限</td><td>10月底前</td></tr></table>"
	}
	page := "<html><body><h1>某镇2026年督办事项表</h1>" +
		"<table><tr><td>填报单位</td><td>镇党政办</td></tr><tr><td>填报日期</td><td>2026年2月3日</td></tr></table>" +
		form("1", "完成集镇污水管网延伸", "副镇长 高明远", "村镇建设办", "财政所、各村委会") +
		form("2", "开展秸秆禁烧巡查", "副镇长 田雨", "农业服务中心", "综合执法队") +
		"</body></html>"
	doc, err := extract.Parse("forms.html", []byte(page), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	checkTasks(t, doc, []wantTask{
		{"完成集镇污水管网延伸", []string{"高明远"}, []string{"村镇建设办"}, []string{"财政所", "各村委会"}, "10月底前", 0},
		{"开展秸秆禁烧巡查", []string{"田雨"}, []string{"农业服务中心"}, []string{"综合执法队"}, "10月底前", 0},
	})
	if !strings.Contains(doc.Source, "填报单位\t镇党政办\n填报日期\t2026年2月3日\n") {
		t.Errorf("the metadata table is not kept as its rows:\n%s", doc.Source)
	}
}
