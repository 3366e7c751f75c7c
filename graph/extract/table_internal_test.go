package extract

import (
	"strings"
	"testing"
)

// The header lexicon: the genre's column names and the role each gets.
func TestColumnRole(t *testing.T) {
	for role, headers := range map[string][]string{
		"index":    {"序号", "序 号", "编号", "事项编号", "任务编号"},
		"task":     {"重点任务", "工作任务", "主要目标任务", "具体措施", "工作举措", "具体工作", "实事项目", "建设内容", "主要工作", "问题描述", "事项名称", "交办事项"},
		"leader":   {"责任领导", "分管市领导", "牵头市领导", "责任县领导", "包保领导", "督办领导", "县政府分线领导", "牵头区领导", "分管副县长", "县政府分管副县长", "包保副县长"},
		"lead":     {"牵头单位", "牵头责任单位", "主责单位", "主办单位", "主要责任单位", "主体责任单位", "牵头部门", "第一责任单位", "牵头股室", "牵头站所"},
		"units":    {"责任单位", "协同责任单位", "协办单位", "配合单位", "参与单位", "配合部门", "其他责任单位", "责任主体", "责任股室", "配合股室", "配合站所", "协办站办所"},
		"deadline": {"完成时限", "完成时间", "时间节点", "完成期限", "进度安排", "进度要求", "截止日期", "到期日期"},
		"category": {"类别", "任务类别", "领域"},
		"lead2":    {"牵头", "主办"},
		"units2":   {"配合", "协办"},
		colPerson:  {"责任人", "具体责任人", "负责人", "责任人及联系电话"},
		colNote: {"备注", "进展情况", "任务来源", "督办单位", "督办科室", "工作进展", "是否完成", "总投资", "启动时间", "工作进度", "存在问题", "联系人",
			"批次", "办理状态", "项目业主", "业主单位", "联络人", "任务数", "牵头任务数", "交办日期", "计划开工", "一季度", "第二季度", "上半年", "3月",
			"3月底", "12月末", "第三季度末", "二季末", "10月中旬"},
		colMeasure: {"目标值", "计量单位", "计算单位"},
		"":         {"", "职务", "三年", "晏秋池副区长", "钱明同志（区长）牵头负责"},
	} {
		for _, h := range headers {
			if got := columnRole(h); got != strings.TrimSuffix(role, "2") {
				t.Errorf("columnRole(%q) = %q, want %q", h, got, role)
			}
		}
	}
}

// Of several task columns the strongest header is the task: 主要任务 over
// the 具体目标 left of it, 重点任务 over 工作目标 and 工作措施.
func TestColumnRoleWeight(t *testing.T) {
	for _, c := range []struct{ strong, weak string }{
		{"主要任务", "具体目标"}, {"重点任务", "工作措施"}, {"重点任务", "目标任务"}, {"项目名称", "建设内容"}, {"工作事项", "工作目标"},
	} {
		_, ws := columnRoleWeight(c.strong)
		_, ww := columnRoleWeight(c.weak)
		if ws <= ww {
			t.Errorf("weight(%s) = %d, not above weight(%s) = %d", c.strong, ws, c.weak, ww)
		}
	}
}

// Units of measure as an indicator table's 单位 column holds them, not the
// names of responsible units.
func TestMeasureUnitWord(t *testing.T) {
	for _, w := range []string{"%", "亿元", "万美元", "家", "万平方米", "公里", "元/人", "微克/立方米", "个百分点", "万吨标准煤", "（%）"} {
		if !measureUnitWord(w) {
			t.Errorf("measureUnitWord(%q) = false", w)
		}
	}
	for _, w := range []string{"财政局", "招商部", "县统计局", "各乡镇", "", "元宝"} {
		if measureUnitWord(w) {
			t.Errorf("measureUnitWord(%q) = true", w)
		}
	}
}

// A bracket closing a header that is a note about its column names no role:
// the column is what stands before it, and a first-listed note says the first
// unit of each cell leads.
func TestHeaderNote(t *testing.T) {
	for _, c := range []struct {
		h, name, role string
		first, ok     bool
	}{
		{"责任站所（第一个为牵头单位）", "责任站所", "units", true, true},
		{"责任单位（牵头单位列首位）", "责任单位", "units", true, true},
		{"责任部门（排在首位的为牵头部门）", "责任部门", "units", true, true},
		{"责任单位（排名第一的为牵头单位，其余为配合单位）", "责任单位", "units", true, true},
		{"责任单位 (第一个为牵头单位)", "责任单位", "units", true, true},
		{"责任单位（注：列第一位的为牵头单位）", "责任单位", "units", true, true},
		{"责任单位（加粗的为牵头单位）", "责任单位", "units", false, true},
		{"配合单位（按职责分工负责）", "配合单位", "units", false, true},
		{"责任单位（牵头）", "责任单位（牵头）", "lead", false, false},
		{"提案人（单位）", "提案人（单位）", colNote, false, false},
		{"第一责任单位", "第一责任单位", "lead", false, false},
		{"牵头单位", "牵头单位", "lead", false, false},
	} {
		name, first, ok := headerNote(c.h)
		if name != c.name || first != c.first || ok != c.ok {
			t.Errorf("headerNote(%q) = %q, %v, %v; want %q, %v, %v", c.h, name, first, ok, c.name, c.first, c.ok)
		}
		if got := columnRole(c.h); got != c.role {
			t.Errorf("columnRole(%q) = %q, want %q", c.h, got, c.role)
		}
	}
}
