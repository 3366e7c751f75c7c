package extract

import (
	"slices"
	"strings"

	"govgraph/graph"
)

// A 方案 often assigns its tasks twice: each body item closes with its
// roles (（一）稳定粮食播种面积。…。（责任领导：X；牵头单位：Y）) and an annexed
// 重点任务清单 repeats the same tasks by their titles, one row each, with
// their roles and deadlines. Such a row is the body's task, not a second
// one: it is merged into the earlier task of the same title — the body
// keeps its text and span, the row adds the roles and deadline the body
// does not name — and a row giving other roles than the body says so in a
// warning (both kept). A row naming a task the body lacks stays a task.

// repeatKey normalises a task title for matching: no spaces, no closing
// punctuation.
func repeatKey(s string) string {
	s = strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, s)
	return strings.TrimRight(s, "。；;，,：:.")
}

// titleKeys returns the keys a task is known by: its text, its first
// sentence (the item's title), and the title of its theme when the theme
// heads this task alone (（一）改造老旧管网 on a line of its own over its
// paragraph).
func (p *parser) titleKeys(t graph.Task, themeTasks []int) []string {
	keys := []string{repeatKey(t.Text)}
	if i := strings.IndexAny(t.Text, "。；"); i > 0 {
		keys = append(keys, repeatKey(t.Text[:i]))
	}
	if t.ThemeIndex >= 0 && t.ThemeIndex < len(themeTasks) && themeTasks[t.ThemeIndex] == 1 {
		keys = append(keys, repeatKey(p.doc.Themes[t.ThemeIndex].Title))
	}
	return keys
}

// repeatIndex maps the title keys of the tasks before index limit (the
// tasks read before the table) to their index; a key two tasks share names
// neither.
func (p *parser) repeatIndex(limit int) map[string]int {
	themeTasks := make([]int, len(p.doc.Themes))
	for _, t := range p.doc.Tasks[:limit] {
		if t.ThemeIndex >= 0 && t.ThemeIndex < len(themeTasks) {
			themeTasks[t.ThemeIndex]++
		}
	}
	index := map[string]int{}
	for k, t := range p.doc.Tasks[:limit] {
		for _, key := range p.titleKeys(t, themeTasks) {
			if len([]rune(key)) < 4 {
				continue
			}
			if j, ok := index[key]; ok && j != k {
				index[key] = -1
				continue
			}
			index[key] = k
		}
	}
	return index
}

// mergeRepeat merges the task at index n, just read from a table row, into
// the task of the same title read before the table (index below limit),
// and reports whether it did; index is built on the first call of a table.
func (p *parser) mergeRepeat(n, limit int, index *map[string]int, merged map[int]bool) bool {
	if limit == 0 || n != len(p.doc.Tasks)-1 {
		return false
	}
	if *index == nil {
		*index = p.repeatIndex(limit)
	}
	row := p.doc.Tasks[n]
	k, ok := (*index)[repeatKey(row.Text)]
	if !ok || k < 0 || merged[k] {
		return false
	}
	merged[k] = true
	t := &p.doc.Tasks[k]
	var differ []string
	if len(t.Leaders) > 0 && len(row.Leaders) > 0 && !sameSet(t.Leaders, row.Leaders) {
		differ = append(differ, "leaders "+strings.Join(row.Leaders, "、"))
	}
	if len(t.LeadUnits) > 0 && len(row.LeadUnits) > 0 && !sameSet(t.LeadUnits, row.LeadUnits) {
		differ = append(differ, "lead "+strings.Join(row.LeadUnits, "、"))
	}
	if t.Deadline != "" && row.Deadline != "" && t.Deadline != row.Deadline {
		differ = append(differ, "deadline "+row.Deadline)
	}
	t.Leaders = appendNew(t.Leaders, row.Leaders...)
	t.LeadUnits = appendNew(t.LeadUnits, row.LeadUnits...)
	t.Units = without(appendNew(t.Units, row.Units...), t.LeadUnits)
	if t.Deadline == "" {
		t.Deadline = row.Deadline
	}
	t.Measures = append(t.Measures, row.Measures...)
	if len(differ) > 0 {
		p.warn(graph.DiagRepeatConflict, row.Span.Start, "table row repeats the task of line %d with other roles (%s); both kept", t.Line, strings.Join(differ, "; "))
	}
	p.doc.Tasks = p.doc.Tasks[:n]
	p.lastTask = k
	if p.conv[convTable]--; p.conv[convTable] <= 0 {
		delete(p.conv, convTable)
	}
	p.conv[convRepeatRows]++
	return true
}

// sameSet reports two lists holding the same names.
func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}
