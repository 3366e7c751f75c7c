package chart

import "govgraph/graph"

// Languages of chart text.
const (
	ZH = "zh"
	EN = "en"
)

// tr picks the text of lang.
func tr(lang, zh, en string) string {
	if lang == EN {
		return en
	}
	return zh
}

var kindLabels = map[string][2]string{
	graph.KindDepartment:  {"政府部门", "Department"},
	graph.KindPartyOrgan:  {"党委机构", "Party organ"},
	graph.KindEnterprise:  {"企业", "Enterprise"},
	graph.KindStreet:      {"街道", "Street office"},
	graph.KindCommittee:   {"管委会", "Committee"},
	graph.KindInstitution: {"事业单位", "Institution"},
	graph.KindBranch:      {"派驻机构", "Branch office"},
	graph.KindMass:        {"群团组织", "Mass organisation"},
	graph.KindCollective:  {"统称", "Collective"},
}

// kindLabel is a unit kind's name in lang; unknown kinds stay as they are.
func kindLabel(lang, kind string) string {
	l, ok := kindLabels[kind]
	if !ok {
		if kind == "" {
			return tr(lang, "未分类", "Unclassified")
		}
		return kind
	}
	return tr(lang, l[0], l[1])
}
