package extract_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"govgraph/graph"
	"govgraph/graph/extract"
)

func parseString(t *testing.T, name, text string) *graph.Document {
	t.Helper()
	doc, err := extract.Parse(name, []byte(text), extract.Options{})
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	checkInvariants(t, doc)
	return doc
}

// Input that looks like an annotation but does not parse is reported with
// its line and column (in code points), not dropped silently.
func TestDiagnostics(t *testing.T) {
	tests := []struct {
		name, text string
		tasks      int
		want       graph.Diagnostic
	}{
		{"role words that do not parse", "标题\n推进甲（区商务局牵头 区财政局）。推进乙（牵头单位：区财政局）",
			1, graph.Diagnostic{Line: 2, Column: 4, Severity: "warning", Code: graph.DiagUnparsedAnnotation, Message: "bracket looks like an annotation but does not parse: （区商务局牵头 区财政局）"}},
		{"unknown label", "标题\n推进甲（牵头处长：张三；责任单位：区财政局）",
			1, graph.Diagnostic{Line: 2, Column: 5, Severity: "warning", Code: graph.DiagUnparsedAnnotation, Message: `unknown label "牵头处长"; field ignored`}},
		{"guessed label", "标题\n推进甲（分管副区长领导：张三；配合科室：区财政局）",
			1, graph.Diagnostic{Line: 2, Column: 5, Severity: "warning", Code: graph.DiagUnparsedAnnotation, Message: `unrecognised label "分管副区长领导" read as leaders`}},
		{"missing colon", "标题\n推进甲（牵头领导张三；责任单位：区财政局）",
			1, graph.Diagnostic{Line: 2, Column: 5, Severity: "warning", Code: graph.DiagUnparsedAnnotation, Message: "label 牵头领导 has no colon"}},
		{"annotation without text", "标题\n（牵头领导：张三；责任单位：区财政局）",
			0, graph.Diagnostic{Line: 2, Column: 1, Severity: "warning", Code: graph.DiagUnattachedAnnotation, Message: "annotation closes no task text"}},
		{"labelled lines without a task", "一、经济\n责任单位：区财政局\n",
			0, graph.Diagnostic{Line: 2, Column: 1, Severity: "warning", Code: graph.DiagUnattachedAnnotation, Message: "labelled lines without a task before them"}},
		{"empty list", "标题\n推进甲（牵头领导：；责任单位：区财政局）",
			1, graph.Diagnostic{Line: 2, Column: 5, Severity: "warning", Code: graph.DiagUnparsedAnnotation, Message: "empty 牵头领导 list"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parseString(t, "d.txt", tt.text)
			if len(doc.Tasks) != tt.tasks || !slices.Contains(doc.Diagnostics, tt.want) {
				t.Errorf("%d tasks, diagnostics %+v; want %d tasks and %+v", len(doc.Tasks), doc.Diagnostics, tt.tasks, tt.want)
			}
		})
	}
}

func TestLineEndingsAndMarkdown(t *testing.T) {
	lf, err := os.ReadFile(fixture("family3-labelled-lines.txt"))
	if err != nil {
		t.Fatal(err)
	}
	crlf := strings.ReplaceAll(string(lf), "\n", "\r\n")
	a := parseString(t, "a.txt", string(lf))
	b := parseString(t, "b.txt", "\ufeff"+crlf)
	if a.Source != b.Source || len(b.Tasks) != 4 {
		t.Errorf("CRLF and BOM input differs from LF input: %d tasks", len(b.Tasks))
	}

	md := "# 2024年重点任务\n\n## 一、经济发展\n\n### （一）稳增长\n\n推进甲项目建设。（牵头单位：区财政局）\n"
	doc := parseString(t, "tasks.md", md)
	if len(doc.Sections) != 1 || doc.Sections[0].Title != "经济发展" || len(doc.Themes) != 1 || doc.Themes[0].Title != "稳增长" ||
		len(doc.Tasks) != 1 || doc.Tasks[0].Theme != "稳增长" || doc.Meta.Title != "2024年重点任务" {
		t.Errorf("markdown: meta %+v sections %+v themes %+v tasks %+v", doc.Meta, doc.Sections, doc.Themes, doc.Tasks)
	}
}

func TestTableCategoryColumn(t *testing.T) {
	csv := "类别,工作任务,牵头单位,责任单位\n经济,推进甲,区财政局,区商务局\n经济,推进乙,区商务局,\n民生,推进丙,区民政局,\"各街道办事处,区残联\"\n"
	doc := parseString(t, "t.csv", csv)
	var themes []string
	for _, th := range doc.Themes {
		themes = append(themes, th.Title)
	}
	equal(t, "themes", themes, []string{"经济", "民生"})
	checkTasks(t, doc, []wantTask{
		{"推进甲", none, []string{"区财政局"}, []string{"区商务局"}, "", 0},
		{"推进乙", none, []string{"区商务局"}, none, "", 0},
		{"推进丙", none, []string{"区民政局"}, []string{"各街道办事处", "区残联"}, "", 0},
	})
	if doc.Tasks[1].Theme != "经济" || doc.Tasks[2].Theme != "民生" {
		t.Errorf("task themes %q %q", doc.Tasks[1].Theme, doc.Tasks[2].Theme)
	}
}

// Which unit leads can be said inside the list or in a label's note.
func TestLeadMarkedInList(t *testing.T) {
	doc := parseString(t, "d.txt", "一、经济发展\n1．推进甲。\n责任单位（列第一位者为牵头单位）：区财政局、区商务局\n"+
		"2．推进乙。\n责任单位：区商务局、区财政局（牵头）、区统计局\n3．推进丙。\n责任单位：区商务局、区财政局\n")
	checkTasks(t, doc, []wantTask{
		{"推进甲。", none, []string{"区财政局"}, []string{"区商务局"}, "", 0},
		{"推进乙。", none, []string{"区财政局"}, []string{"区商务局", "区统计局"}, "", 0},
		{"推进丙。", none, none, []string{"区商务局", "区财政局"}, "", 0},
	})
}

func TestTSVWithBareQuotes(t *testing.T) {
	doc := parseString(t, "t.tsv", "工作任务\t牵头单位\n开展\"消费提振年\"活动\t区商务局\n")
	checkTasks(t, doc, []wantTask{{`开展"消费提振年"活动`, none, []string{"区商务局"}, none, "", 0}})
}
