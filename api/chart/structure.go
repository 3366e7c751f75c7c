package chart

import (
	"fmt"
	"slices"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"govgraph/graph"
)

// treemapSeries is a treemap series whose labels are cut to their box.
type treemapSeries struct {
	charts.SingleSeries
	Label label `json:"label"`
}

// Structure is the treemap of a document: sections, their themes, and the
// tasks under them, each task of value 1.
func Structure(doc *graph.Document, lang string) Option {
	sectionTitle := func(s graph.Section) string {
		if s.Title != "" {
			return s.Title
		}
		return fmt.Sprintf(tr(lang, "第 %d 部分", "Section %d"), s.Index+1)
	}
	sections := make([]opts.TreeMapNode, len(doc.Sections))
	sectionAt := map[int]int{}
	for i, s := range doc.Sections {
		sections[i] = opts.TreeMapNode{Name: sectionTitle(s)}
		sectionAt[s.Index] = i
	}
	themeAt := map[int]int{}      // theme index -> child position in its section
	themeSection := map[int]int{} // theme index -> section index
	for _, th := range doc.Themes {
		si, ok := sectionAt[th.Section]
		if !ok {
			continue
		}
		themeAt[th.Index], themeSection[th.Index] = len(sections[si].Children), th.Section
		sections[si].Children = append(sections[si].Children, opts.TreeMapNode{Name: graph.TaskLabel(th.Title)})
	}
	var orphans []opts.TreeMapNode // tasks of a section the document does not list
	for _, t := range doc.Tasks {
		leaf := opts.TreeMapNode{Name: graph.TaskLabel(t.Text), Value: 1}
		si, ok := sectionAt[t.Section]
		if !ok {
			orphans = append(orphans, leaf)
			continue
		}
		if ti, ok := themeAt[t.ThemeIndex]; ok && t.ThemeIndex >= 0 && themeSection[t.ThemeIndex] == t.Section {
			sections[si].Children[ti].Children = append(sections[si].Children[ti].Children, leaf)
			continue
		}
		sections[si].Children = append(sections[si].Children, leaf)
	}
	if len(orphans) > 0 {
		sections = append(sections, opts.TreeMapNode{Name: tr(lang, "其他", "Other"), Children: orphans})
	}
	// Themes without tasks would be empty boxes.
	for i := range sections {
		sections[i].Children = slices.DeleteFunc(sections[i].Children, func(n opts.TreeMapNode) bool { return n.Value == 0 && len(n.Children) == 0 })
	}
	sections = slices.DeleteFunc(sections, func(n opts.TreeMapNode) bool { return len(n.Children) == 0 })

	tm := charts.NewTreeMap()
	tm.SetGlobalOptions(
		title(tr(lang, "结构", "Structure")+" · "+doc.Meta.Title,
			fmt.Sprintf(tr(lang, "%d 个部分，%d 个主题，%d 项任务", "%d sections, %d themes, %d tasks"), len(doc.Sections), len(doc.Themes), len(doc.Tasks))),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true)}),
	)
	tm.AddSeries(doc.Meta.Title, sections,
		charts.WithTreeMapOpts(opts.TreeMapChart{Top: "70", Left: "10", Right: "10", Bottom: "30", LeafDepth: 2,
			UpperLabel: &opts.UpperLabel{Show: opts.Bool(true)}}),
	)
	// Not animated, as the bottleneck bars: the first picture is the final one.
	return encode(tm, finish{noLegend: true, top: map[string]any{"animation": false}, series: func(_ int, s charts.SingleSeries) any {
		return treemapSeries{SingleSeries: s, Label: label{Show: true, Overflow: "truncate", Ellipsis: "…"}}
	}})
}
