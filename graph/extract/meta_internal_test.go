package extract

import "testing"

func TestJurisdictionOf(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"济南市历下区人民政府办公室", "济南市历下区"},
		{"2024年济南市历下区重点任务分解", "济南市历下区"},
		{"某市2023年重点工作任务清单", "某市"},
		{"中共临邑县委员会", "临邑县"},
		{"2024年市政府工作报告重点任务分工", ""},
		// 年度 is a year, not a place: no 度县.
		{"2025年度县政府目标责任书", ""},
		{"2025年度全县重点工作任务分解", ""},
		{"2025年度平阴县政府目标责任书", "平阴县"},
		{"全县2024年重点工作", ""},
	} {
		if got := jurisdictionOf(c.in); got != c.want {
			t.Errorf("jurisdictionOf(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A form's labelled line between its title and its table (牵头部门：X　填报时间：…)
// is no part of the title.
func TestTitleAboveLabelLine(t *testing.T) {
	src := "岭北园区2026年目标任务推进表\t\t\t\n牵头部门：规划建设局 填报时间：2026年1月\t\t\t\n" +
		"序号\t目标任务\t分管领导\t配合单位\n1\t完成园区道路改造3公里\t伍晓川\t财政局\n"
	doc, err := Parse("form.tsv", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Meta.Title != "岭北园区2026年目标任务推进表" {
		t.Errorf("title = %q", doc.Meta.Title)
	}
	for _, c := range []struct {
		in   string
		want bool
	}{{"牵头部门：规划建设局", true}, {"填报时间：2026年1月", true}, {"责任领导：伍晓川", true}, {"附件1：重点任务分解表", false}, {"附件：", false}} {
		if got := labelValueLine(c.in); got != c.want {
			t.Errorf("labelValueLine(%q) = %v", c.in, got)
		}
	}
}
