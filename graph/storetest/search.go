package storetest

import (
	"fmt"
	"strings"
	"testing"

	"govgraph/graph"
)

// hit builders.
func unitHit(j, name string) graph.SearchHit {
	return graph.SearchHit{ID: unitID(j, name), Kind: graph.NodeUnit, Label: name}
}
func leaderHit(j, name string) graph.SearchHit {
	return graph.SearchHit{ID: leaderID(j, name), Kind: graph.NodeLeader, Label: name}
}
func projectHit(j, name string) graph.SearchHit {
	return graph.SearchHit{ID: projectID(j, name), Kind: graph.NodeProject, Label: name}
}
func taskHit(id, label, snippet string) graph.SearchHit {
	return graph.SearchHit{ID: taskID(id), Kind: graph.NodeTask, Label: label, Snippet: snippet}
}

// textB2's label: its first 30 code points and an ellipsis.
const labelB2 = "加快发展数字经济，培育AI产业，推进工业互联网、大数据、云计…"

func testSearch(t *testing.T, s graph.Store) {
	loadFixtures(t, s)
	tests := []struct {
		name  string
		q     string
		limit int
		want  []graph.SearchHit
	}{
		// Projects before tasks; tasks by label: 实 (U+5B9E) before 推 (U+63A8).
		{"two characters", "改造", 0, []graph.SearchHit{
			projectHit(j1, quanCheng), projectHit(j2, quanCheng),
			taskHit(a3, textA3, textA3), taskHit(a2, textA2, textA2),
		}},
		// 推动 (动 U+52A8) before 推进 (进 U+8FDB).
		{"four characters", "历下新城", 0, []graph.SearchHit{
			projectHit(j1, xinCheng),
			taskHit(b1, textB1, textB1), taskHit(a2, textA2, textA2),
		}},
		// Units by name: 七 (U+4E03) < 各 (U+5404) < 姚 (U+59DA).
		{"units and a task", "街道", 0, []graph.SearchHit{
			unitHit(j2, qxjd), unitHit(j1, gjd), unitHit(j1, yjjd),
			taskHit(c1, textC1, textC1),
		}},
		{"three characters", "七贤街", 0, []graph.SearchHit{
			unitHit(j2, qxjd), taskHit(c1, textC1, textC1),
		}},
		{"limit", "街道", 2, []graph.SearchHit{unitHit(j2, qxjd), unitHit(j1, gjd)}},
		{"one character", "财", 0, []graph.SearchHit{unitHit(j1, czj), unitHit(j2, czj)}},
		{"leaders", "张伟", 0, []graph.SearchHit{leaderHit(j1, zhangWei), leaderHit(j2, zhangWei)}},
		{"trimmed", " \t张伟\n", 0, []graph.SearchHit{leaderHit(j1, zhangWei), leaderHit(j2, zhangWei)}},
		{"placeholder leader", "有关领导", 0, []graph.SearchHit{leaderHit(j1, someoneJ1)}},
		// The snippet of a long text is 60 code points: here from the start,
		// since 经济 is at code point 6 (6 - 20 < 0).
		{"long text, early match", "经济", 0, []graph.SearchHit{
			taskHit(b2, labelB2, "加快发展数字经济，培育AI产业，推进工业互联网、大数据、云计算、区块链等新技术与实体经济深度融合，支持龙头企业牵头组建创"),
			taskHit(c1, textC1, textC1),
		}},
		// 创新高地 is at code point 86 of 90 (not the earlier 创新 at 73):
		// 86 - 20 = 66, moved back to 30 so that the window is full.
		{"long text, late match", "创新高地", 0, []graph.SearchHit{
			taskHit(b2, labelB2, "算、区块链等新技术与实体经济深度融合，支持龙头企业牵头组建创新联合体，建设一批数字化车间和智能工厂，打造数字经济创新高地"),
		}},
		{"Latin letters ignore case", "ai", 0, []graph.SearchHit{
			taskHit(b2, labelB2, "加快发展数字经济，培育AI产业，推进工业互联网、大数据、云计算、区块链等新技术与实体经济深度融合，支持龙头企业牵头组建创"),
		}},
		{"nothing", "不存在的词", 0, nil},
		{"listed but named by no task", "审计", 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Search(t.Context(), tt.q, tt.limit, "")
			must(t, "Search", err)
			same(t, "Search "+tt.q, got, tt.want)
		})
	}
	for _, q := range []string{"", "  \t", strings.Repeat("街", 101)} {
		_, err := s.Search(t.Context(), q, 0, "")
		wantCode(t, fmt.Sprintf("Search(%q)", q), err, graph.EINVALID)
	}
	_, err := s.Search(t.Context(), "街道", -1, "")
	wantCode(t, "Search with a negative limit", err, graph.EINVALID)
	_, err = s.Search(t.Context(), strings.Repeat("街", 100), 0, "")
	must(t, "Search with 100 code points", err)
}

// testSearchLimits checks the default and largest number of hits, and the
// largest page of tasks, on a document of 120 tasks.
func testSearchLimits(t *testing.T, s graph.Store) {
	ctx := t.Context()
	importAll(t, s, bulk())
	for _, tt := range []struct{ limit, want int }{{0, 20}, {50, 50}, {100, 100}, {500, 100}} {
		hits, err := s.Search(ctx, "重点任务", tt.limit, "")
		must(t, "Search", err)
		if len(hits) != tt.want {
			t.Errorf("Search with limit %d: %d hits, want %d", tt.limit, len(hits), tt.want)
		}
		for i, h := range hits {
			if h.Kind != graph.NodeTask || (i > 0 && hits[i-1].Label > h.Label) {
				t.Errorf("Search with limit %d: hit %d %+v is not a task in label order", tt.limit, i, h)
				break
			}
		}
	}
	// In label order digits come before 项 (U+9879): 第100项… < 第101项… <
	// 第102项… < … < 第10项….
	hits, err := s.Search(ctx, "重点任务", 3, "")
	must(t, "Search", err)
	same(t, "first hits", hits, []graph.SearchHit{
		taskHit("bulk:99", "第100项重点任务", "第100项重点任务"),
		taskHit("bulk:100", "第101项重点任务", "第101项重点任务"),
		taskHit("bulk:101", "第102项重点任务", "第102项重点任务"),
	})
	hits, err = s.Search(ctx, "it", 0, "")
	must(t, "Search", err)
	same(t, "Search it", hits, []graph.SearchHit{unitHit("批量区", "IT服务局")})

	page, err := s.Tasks(ctx, graph.TaskFilter{})
	must(t, "Tasks", err)
	if page.Total != 120 || len(page.Tasks) != 120 {
		t.Errorf("Tasks: total %d, %d tasks; want 120, 120", page.Total, len(page.Tasks))
	}
	page, err = s.Tasks(ctx, graph.TaskFilter{Limit: 50, Offset: 100})
	must(t, "Tasks", err)
	same(t, "last page", page, graph.TaskPage{Total: 120, Tasks: records(t,
		"bulk:100", "bulk:101", "bulk:102", "bulk:103", "bulk:104", "bulk:105", "bulk:106", "bulk:107", "bulk:108", "bulk:109",
		"bulk:110", "bulk:111", "bulk:112", "bulk:113", "bulk:114", "bulk:115", "bulk:116", "bulk:117", "bulk:118", "bulk:119")})
}
