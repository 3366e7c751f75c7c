package storetest

import (
	"testing"

	"govgraph/graph"
)

func intp(i int) *int { return &i }

func testTasks(t *testing.T, s graph.Store) {
	loadFixtures(t, s)
	all := []string{a0, a1, a2, a3, a4, a5, b0, b1, b2, c0, c1}
	tests := []struct {
		name   string
		filter graph.TaskFilter
		total  int
		want   []string
	}{
		{"all", graph.TaskFilter{}, 11, all},
		{"one document", graph.TaskFilter{Documents: []string{idB}}, 3, []string{b0, b1, b2}},
		{"documents in id order", graph.TaskFilter{Documents: []string{idC, idA}}, 8, []string{a0, a1, a2, a3, a4, a5, c0, c1}},
		{"unknown document", graph.TaskFilter{Documents: []string{"no-such-document"}}, 0, nil},
		{"section of a document", graph.TaskFilter{Documents: []string{idA}, Section: intp(1)}, 2, []string{a2, a3}},
		{"section in every document", graph.TaskFilter{Section: intp(0)}, 5, []string{a0, a1, b0, c0, c1}},
		{"leader in two jurisdictions", graph.TaskFilter{Leader: zhangWei}, 5, []string{a2, a3, a5, c0, c1}},
		{"placeholder leader", graph.TaskFilter{Leader: someoneJ1}, 1, []string{a4}},
		{"unit as lead or responsible", graph.TaskFilter{Unit: yjjd}, 4, []string{a2, a3, a5, b1}},
		{"unit in two jurisdictions", graph.TaskFilter{Unit: czj}, 6, []string{a1, a2, b0, b2, c0, c1}},
		{"unit named by no task", graph.TaskFilter{Unit: sjj}, 0, nil},
		{"project", graph.TaskFilter{Project: xinCheng}, 2, []string{a2, b1}},
		{"query", graph.TaskFilter{Query: "改造"}, 2, []string{a2, a3}},
		{"query ignores case", graph.TaskFilter{Query: "ai"}, 1, []string{b2}},
		{"query in upper case", graph.TaskFilter{Query: "AI"}, 1, []string{b2}},
		{"filters combine", graph.TaskFilter{Documents: []string{idB}, Leader: wuYi, Unit: fgj}, 2, []string{b0, b2}},
		{"leader and unit", graph.TaskFilter{Leader: someoneJ1, Unit: gjd}, 1, []string{a4}},
		{"leader and project", graph.TaskFilter{Leader: zhangWei, Project: quanCheng}, 2, []string{a3, c1}},
		{"page", graph.TaskFilter{Limit: 4, Offset: 4}, 11, []string{a4, a5, b0, b1}},
		{"last page", graph.TaskFilter{Limit: 4, Offset: 8}, 11, []string{b2, c0, c1}},
		{"past the end", graph.TaskFilter{Offset: 20}, 11, nil},
		{"filtered page", graph.TaskFilter{Leader: zhangWei, Limit: 2, Offset: 1}, 5, []string{a3, a5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := s.Tasks(t.Context(), tt.filter)
			must(t, "Tasks", err)
			same(t, "Tasks", page, graph.TaskPage{Total: tt.total, Tasks: records(t, tt.want...)})
		})
	}
	// A task's footnotes and measure columns come back with it (the comparisons above hold them too).
	page, err := s.Tasks(t.Context(), graph.TaskFilter{Documents: []string{idA}, Section: intp(1)})
	must(t, "Tasks", err)
	if len(page.Tasks) == 0 || page.Tasks[0].ID != a2 {
		t.Fatalf("Tasks of section 1 of %s: want %s first, got %+v", idA, a2, page.Tasks)
	}
	same(t, "Notes of "+a2, page.Tasks[0].Notes, []string{notesA2})
	same(t, "Measures of "+a2, page.Tasks[0].Measures, measuresA2)
}

func testTasksPaging(t *testing.T, s graph.Store) {
	loadFixtures(t, s)
	for _, f := range []graph.TaskFilter{
		{Limit: graph.MaxPageSize + 1},
		{Limit: -1},
		{Offset: -1},
	} {
		_, err := s.Tasks(t.Context(), f)
		wantCode(t, "Tasks with a bad page", err, graph.EINVALID)
	}
	page, err := s.Tasks(t.Context(), graph.TaskFilter{Limit: graph.MaxPageSize})
	must(t, "Tasks with the largest page", err)
	if page.Total != 11 || len(page.Tasks) != 11 {
		t.Errorf("Tasks with the largest page: total %d, %d tasks; want 11, 11", page.Total, len(page.Tasks))
	}
}

// Leader, unit and project values as the fixture's last import (B for
// 武毅 and 区发展和改革局) gives them.
var (
	leaderWuYi    = graph.Leader{Name: wuYi, Title: "区委副书记、区长"}
	leaderZhangJ1 = graph.Leader{Name: zhangWei, Title: "副区长"}
	leaderZhangJ2 = graph.Leader{Name: zhangWei, Title: "区长"}
	leaderLiNa    = graph.Leader{Name: liNa, Title: "副区长"}
	leaderSomeone = graph.Leader{Name: someoneJ1, Placeholder: true}
	unitFGJ       = graph.Unit{Name: fgj, Kind: graph.KindDepartment, Aliases: []string{"区发改局", "历下区发改局"}}
	unitCZJ       = graph.Unit{Name: czj, Kind: graph.KindDepartment}
	unitZJJ       = graph.Unit{Name: zjj, Kind: graph.KindDepartment, Aliases: []string{"区住建局"}}
	unitYJJD      = graph.Unit{Name: yjjd, Kind: graph.KindStreet}
	unitGJD       = graph.Unit{Name: gjd, Kind: graph.KindCollective, Collective: true}
	unitJTJ       = graph.Unit{Name: jtj, Kind: graph.KindDepartment}
	unitKJJ       = graph.Unit{Name: kjj, Kind: graph.KindDepartment}
	unitSWJ       = graph.Unit{Name: swj, Kind: graph.KindDepartment}
	unitQXJD      = graph.Unit{Name: qxjd, Kind: graph.KindStreet}
)

func testLeaders(t *testing.T, s graph.Store) {
	loadFixtures(t, s)
	tests := []struct {
		name   string
		filter graph.EntityFilter
		want   []graph.LeaderInfo
	}{
		// 武毅: A0 A1 A3 B0 B2, units 发改 财政 住建 姚家 科技. 张伟 (J1): A2 A3 A5,
		// units 住建 姚家 财政 发改 教体. 张伟 (J2): C0 C1. 李娜: B1 B2, units 科技
		// 姚家 发改 财政. Ties by name: 张 (U+5F20) before 李 (U+674E).
		{"all", graph.EntityFilter{}, []graph.LeaderInfo{
			{Leader: leaderWuYi, Jurisdiction: j1, Tasks: 5, Units: 5},
			{Leader: leaderZhangJ1, Jurisdiction: j1, Tasks: 3, Units: 5},
			{Leader: leaderZhangJ2, Jurisdiction: j2, Tasks: 2, Units: 3},
			{Leader: leaderLiNa, Jurisdiction: j1, Tasks: 2, Units: 4},
			{Leader: leaderSomeone, Jurisdiction: j1, Tasks: 1, Units: 2},
		}},
		{"one document", graph.EntityFilter{Documents: []string{idB}}, []graph.LeaderInfo{
			{Leader: leaderLiNa, Jurisdiction: j1, Tasks: 2, Units: 4},
			{Leader: leaderWuYi, Jurisdiction: j1, Tasks: 2, Units: 3},
		}},
		{"jurisdiction", graph.EntityFilter{Jurisdiction: j2}, []graph.LeaderInfo{
			{Leader: leaderZhangJ2, Jurisdiction: j2, Tasks: 2, Units: 3},
		}},
		{"jurisdiction of other documents", graph.EntityFilter{Jurisdiction: j2, Documents: []string{idA}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Leaders(t.Context(), tt.filter)
			must(t, "Leaders", err)
			same(t, "Leaders", got, tt.want)
		})
	}
}

func testUnits(t *testing.T, s graph.Store) {
	loadFixtures(t, s)
	tests := []struct {
		name   string
		filter graph.EntityFilter
		want   []graph.UnitInfo
	}{
		// Tasks (lead tasks, leaders): 发改 A0L A1 A3 B0L B1 B2 (武毅 张伟 李娜);
		// 财政 A1L A2 B0 B2 (武毅 张伟 李娜); 姚家 A2 A3L A5 B1 (张伟 武毅 李娜);
		// 住建 A2L A3L A5L (张伟 武毅); 商务 C0L C1; 教体 A4L A5 (区有关领导 张伟);
		// 科技 B1L B2L (李娜 武毅); 财政(J2) C0 C1; 七贤 C1L; 各街道 A4.
		// 区审计局 is named by no task. Ties by name in code point order.
		{"all", graph.EntityFilter{}, []graph.UnitInfo{
			{Unit: unitFGJ, Jurisdiction: j1, Tasks: 6, LeadTasks: 2, Leaders: 3},
			{Unit: unitCZJ, Jurisdiction: j1, Tasks: 4, LeadTasks: 1, Leaders: 3},
			{Unit: unitYJJD, Jurisdiction: j1, Tasks: 4, LeadTasks: 1, Leaders: 3},
			{Unit: unitZJJ, Jurisdiction: j1, Tasks: 3, LeadTasks: 3, Leaders: 2},
			{Unit: unitSWJ, Jurisdiction: j2, Tasks: 2, LeadTasks: 1, Leaders: 1},
			{Unit: unitJTJ, Jurisdiction: j1, Tasks: 2, LeadTasks: 1, Leaders: 2},
			{Unit: unitKJJ, Jurisdiction: j1, Tasks: 2, LeadTasks: 2, Leaders: 2},
			{Unit: unitCZJ, Jurisdiction: j2, Tasks: 2, LeadTasks: 0, Leaders: 1},
			{Unit: unitQXJD, Jurisdiction: j2, Tasks: 1, LeadTasks: 1, Leaders: 1},
			{Unit: unitGJD, Jurisdiction: j1, Tasks: 1, LeadTasks: 0, Leaders: 1},
		}},
		// Over A only; properties stay those of the last import (B).
		{"one document", graph.EntityFilter{Documents: []string{idA}}, []graph.UnitInfo{
			{Unit: unitZJJ, Jurisdiction: j1, Tasks: 3, LeadTasks: 3, Leaders: 2},
			{Unit: unitFGJ, Jurisdiction: j1, Tasks: 3, LeadTasks: 1, Leaders: 2},
			{Unit: unitYJJD, Jurisdiction: j1, Tasks: 3, LeadTasks: 1, Leaders: 2},
			{Unit: unitJTJ, Jurisdiction: j1, Tasks: 2, LeadTasks: 1, Leaders: 2},
			{Unit: unitCZJ, Jurisdiction: j1, Tasks: 2, LeadTasks: 1, Leaders: 2},
			{Unit: unitGJD, Jurisdiction: j1, Tasks: 1, LeadTasks: 0, Leaders: 1},
		}},
		{"jurisdiction", graph.EntityFilter{Jurisdiction: j2}, []graph.UnitInfo{
			{Unit: unitSWJ, Jurisdiction: j2, Tasks: 2, LeadTasks: 1, Leaders: 1},
			{Unit: unitCZJ, Jurisdiction: j2, Tasks: 2, LeadTasks: 0, Leaders: 1},
			{Unit: unitQXJD, Jurisdiction: j2, Tasks: 1, LeadTasks: 1, Leaders: 1},
		}},
		{"unknown document", graph.EntityFilter{Documents: []string{"no-such-document"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Units(t.Context(), tt.filter)
			must(t, "Units", err)
			same(t, "Units", got, tt.want)
		})
	}
}

func testProjects(t *testing.T, s graph.Store) {
	loadFixtures(t, s)
	tests := []struct {
		name   string
		filter graph.EntityFilter
		want   []graph.ProjectInfo
	}{
		{"all", graph.EntityFilter{}, []graph.ProjectInfo{
			{Name: xinCheng, Jurisdiction: j1, Tasks: 2},
			{Name: quanCheng, Jurisdiction: j1, Tasks: 1}, // 历 (U+5386) before 市 (U+5E02)
			{Name: quanCheng, Jurisdiction: j2, Tasks: 1},
		}},
		{"one document", graph.EntityFilter{Documents: []string{idC}}, []graph.ProjectInfo{
			{Name: quanCheng, Jurisdiction: j2, Tasks: 1},
		}},
		{"jurisdiction and document", graph.EntityFilter{Jurisdiction: j1, Documents: []string{idB}}, []graph.ProjectInfo{
			{Name: xinCheng, Jurisdiction: j1, Tasks: 1},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Projects(t.Context(), tt.filter)
			must(t, "Projects", err)
			same(t, "Projects", got, tt.want)
		})
	}
}

func testUnitAndProject(t *testing.T, s graph.Store) {
	ctx := t.Context()
	loadFixtures(t, s)

	unit, err := s.Unit(ctx, graph.EntityRef{Jurisdiction: j1, Name: czj})
	must(t, "Unit", err)
	same(t, "Unit 区财政局 of 历下区", unit, &graph.UnitDetail{
		UnitInfo: graph.UnitInfo{Unit: unitCZJ, Jurisdiction: j1, Tasks: 4, LeadTasks: 1, Leaders: 3},
		TaskList: records(t, a1, a2, b0, b2),
	})
	unit, err = s.Unit(ctx, graph.EntityRef{Name: yjjd})
	must(t, "Unit", err)
	same(t, "Unit 姚家街道 without jurisdiction", unit, &graph.UnitDetail{
		UnitInfo: graph.UnitInfo{Unit: unitYJJD, Jurisdiction: j1, Tasks: 4, LeadTasks: 1, Leaders: 3},
		TaskList: records(t, a2, a3, a5, b1),
	})
	unit, err = s.Unit(ctx, graph.EntityRef{Jurisdiction: j2, Name: czj})
	must(t, "Unit", err)
	same(t, "Unit 区财政局 of 市中区", unit, &graph.UnitDetail{
		UnitInfo: graph.UnitInfo{Unit: unitCZJ, Jurisdiction: j2, Tasks: 2, LeadTasks: 0, Leaders: 1},
		TaskList: records(t, c0, c1),
	})

	_, err = s.Unit(ctx, graph.EntityRef{Name: czj})
	wantCode(t, "Unit with a name in two jurisdictions", err, graph.EINVALID)
	mentionsAll(t, "Unit with a name in two jurisdictions", err, j1, j2)
	for _, ref := range []graph.EntityRef{
		{Name: "区不存在局"},
		{Name: sjj},                      // listed by A, named by no task
		{Jurisdiction: j2, Name: yjjd},   // exists in the other jurisdiction only
		{Jurisdiction: "青岛市", Name: czj}, // unknown jurisdiction
	} {
		_, err := s.Unit(ctx, ref)
		wantCode(t, "Unit "+ref.Jurisdiction+"/"+ref.Name, err, graph.ENOTFOUND)
	}

	project, err := s.Project(ctx, graph.EntityRef{Name: xinCheng})
	must(t, "Project", err)
	same(t, "Project 历下新城", project, &graph.ProjectDetail{
		ProjectInfo: graph.ProjectInfo{Name: xinCheng, Jurisdiction: j1, Tasks: 2},
		TaskList:    records(t, a2, b1),
	})
	project, err = s.Project(ctx, graph.EntityRef{Jurisdiction: j2, Name: quanCheng})
	must(t, "Project", err)
	same(t, "Project 泉城路改造 of 市中区", project, &graph.ProjectDetail{
		ProjectInfo: graph.ProjectInfo{Name: quanCheng, Jurisdiction: j2, Tasks: 1},
		TaskList:    records(t, c1),
	})
	_, err = s.Project(ctx, graph.EntityRef{Name: quanCheng})
	wantCode(t, "Project with a name in two jurisdictions", err, graph.EINVALID)
	mentionsAll(t, "Project with a name in two jurisdictions", err, j1, j2)
	_, err = s.Project(ctx, graph.EntityRef{Name: "不存在的项目"})
	wantCode(t, "unknown Project", err, graph.ENOTFOUND)
}

func testPortfolio(t *testing.T, s graph.Store) {
	ctx := t.Context()
	loadFixtures(t, s)
	tests := []struct {
		name      string
		ref       graph.EntityRef
		documents []string
		want      *graph.Portfolio
	}{
		{
			// A2 (住建 leads; 姚家 财政 support), A3 (住建 姚家 lead; 发改
			// supports; with 武毅), A5 (住建 leads; 教体 姚家 support).
			"leader in one jurisdiction", graph.EntityRef{Jurisdiction: j1, Name: zhangWei}, nil,
			&graph.Portfolio{
				Leader: leaderZhangJ1, Jurisdiction: j1,
				Tasks: records(t, a2, a3, a5),
				LeadUnits: []graph.NameCount{
					{Name: zjj, Kind: graph.KindDepartment, Count: 3},
					{Name: yjjd, Kind: graph.KindStreet, Count: 1},
				},
				Units: []graph.NameCount{
					{Name: yjjd, Kind: graph.KindStreet, Count: 2},
					{Name: fgj, Kind: graph.KindDepartment, Count: 1},
					{Name: jtj, Kind: graph.KindDepartment, Count: 1},
					{Name: czj, Kind: graph.KindDepartment, Count: 1},
				},
				Sections: []graph.SectionCount{
					{Document: idA, Index: 1, Title: secA1, Count: 2},
					{Document: idA, Index: 2, Title: secA2, Count: 1},
				},
				CoLeaders: []graph.NameCount{{Name: wuYi, Count: 1}},
			},
		},
		{
			// A0 (发改), A1 (财政; 发改), A3 (住建 姚家; 发改; with 张伟), B0 (发改;
			// 财政), B2 (科技; 发改 财政; with 李娜).
			"unambiguous name across documents", graph.EntityRef{Name: wuYi}, nil,
			&graph.Portfolio{
				Leader: leaderWuYi, Jurisdiction: j1,
				Tasks: records(t, a0, a1, a3, b0, b2),
				LeadUnits: []graph.NameCount{
					{Name: fgj, Kind: graph.KindDepartment, Count: 2},
					{Name: zjj, Kind: graph.KindDepartment, Count: 1},
					{Name: kjj, Kind: graph.KindDepartment, Count: 1},
					{Name: czj, Kind: graph.KindDepartment, Count: 1},
					{Name: yjjd, Kind: graph.KindStreet, Count: 1},
				},
				Units: []graph.NameCount{
					{Name: fgj, Kind: graph.KindDepartment, Count: 3},
					{Name: czj, Kind: graph.KindDepartment, Count: 2},
				},
				Sections: []graph.SectionCount{
					{Document: idA, Index: 0, Title: secA0, Count: 2},
					{Document: idA, Index: 1, Title: secA1, Count: 1},
					{Document: idB, Index: 0, Title: secB0, Count: 1},
					{Document: idB, Index: 1, Title: secB1, Count: 1},
				},
				CoLeaders: []graph.NameCount{{Name: zhangWei, Count: 1}, {Name: liNa, Count: 1}},
			},
		},
		{
			"documents filter", graph.EntityRef{Jurisdiction: j1, Name: wuYi}, []string{idB},
			&graph.Portfolio{
				Leader: leaderWuYi, Jurisdiction: j1,
				Tasks: records(t, b0, b2),
				LeadUnits: []graph.NameCount{
					{Name: fgj, Kind: graph.KindDepartment, Count: 1},
					{Name: kjj, Kind: graph.KindDepartment, Count: 1},
				},
				Units: []graph.NameCount{
					{Name: czj, Kind: graph.KindDepartment, Count: 2},
					{Name: fgj, Kind: graph.KindDepartment, Count: 1},
				},
				Sections: []graph.SectionCount{
					{Document: idB, Index: 0, Title: secB0, Count: 1},
					{Document: idB, Index: 1, Title: secB1, Count: 1},
				},
				CoLeaders: []graph.NameCount{{Name: liNa, Count: 1}},
			},
		},
		{
			"placeholder leader", graph.EntityRef{Name: someoneJ1}, nil,
			&graph.Portfolio{
				Leader: leaderSomeone, Jurisdiction: j1,
				Tasks:     records(t, a4),
				LeadUnits: []graph.NameCount{{Name: jtj, Kind: graph.KindDepartment, Count: 1}},
				Units:     []graph.NameCount{{Name: gjd, Kind: graph.KindCollective, Count: 1}},
				Sections:  []graph.SectionCount{{Document: idA, Index: 2, Title: secA2, Count: 1}},
			},
		},
		{
			"no tasks in the documents", graph.EntityRef{Jurisdiction: j1, Name: zhangWei}, []string{idB},
			&graph.Portfolio{Leader: leaderZhangJ1, Jurisdiction: j1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Portfolio(ctx, tt.ref, tt.documents)
			must(t, "Portfolio", err)
			same(t, "Portfolio", got, tt.want)
		})
	}
	_, err := s.Portfolio(ctx, graph.EntityRef{Name: zhangWei}, nil)
	wantCode(t, "Portfolio of a name in two jurisdictions", err, graph.EINVALID)
	mentionsAll(t, "Portfolio of a name in two jurisdictions", err, j1, j2)
	_, err = s.Portfolio(ctx, graph.EntityRef{Name: "王五"}, nil)
	wantCode(t, "Portfolio of an unknown leader", err, graph.ENOTFOUND)
	_, err = s.Portfolio(ctx, graph.EntityRef{Jurisdiction: j2, Name: liNa}, nil)
	wantCode(t, "Portfolio of a leader in another jurisdiction", err, graph.ENOTFOUND)
}
