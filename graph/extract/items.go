package extract

import "govgraph/graph"

// No silent loss: every numbered item the layout found ends up as a task,
// as a heading with tasks under it, or with a diagnostic on its line.
// accountItems checks this after the body is read and gives every item that
// became none of them an unannotated_item warning (counted in the profile),
// so that a reading mistake shows instead of dropping text.

// itemLines returns the line indexes of the numbered items of the body.
func (p *parser) itemLines() []int {
	var out []int
	for i, ln := range p.lines {
		if ln.s >= p.bodyStart && ln.kind == lkText && (ln.mk == markNumbered || p.headItem[i]) && (p.reqLine == nil || !p.reqLine[i]) {
			out = append(out, i)
		}
	}
	return out
}

func (p *parser) accountItems() {
	doc := p.doc
	n := len(p.lines) + 1
	fate := make([]byte, n) // 't' task, 'h' heading with tasks, 'd' diagnostic
	for _, t := range doc.Tasks {
		fate[t.Line-1] = 't'
	}
	used := make([]bool, len(doc.Themes))
	for _, t := range doc.Tasks {
		if t.ThemeIndex >= 0 && t.ThemeIndex < len(used) {
			used[t.ThemeIndex] = true
		}
	}
	for k, th := range doc.Themes {
		if i := p.lineIndex(th.Span.Start); used[k] && i >= 0 && fate[i] == 0 {
			fate[i] = 'h'
		}
	}
	// A heading over headings (1 over 1.1 over 1.1.1): it has tasks when a
	// task stands below it before the next item of its level or above.
	items := p.itemLines()
	for k := len(items) - 1; k >= 0; k-- {
		i := items[k]
		if fate[i] != 0 || !p.headLines[i] {
			continue
		}
		level := itemLevel(p.src, p.lines[i].cs, p.lines[i].e)
		for _, j := range items[k+1:] {
			if itemLevel(p.src, p.lines[j].cs, p.lines[j].e) <= level {
				break
			}
			if fate[j] == 't' || fate[j] == 'h' {
				fate[i] = 'h'
				break
			}
		}
	}
	for _, d := range doc.Diagnostics {
		if d.Line-1 < n && d.Line > 0 && fate[d.Line-1] == 0 {
			fate[d.Line-1] = 'd'
		}
	}
	for _, i := range items {
		if fate[i] != 0 {
			continue
		}
		p.lostItems++
		what := "numbered item was read as neither a task nor a heading with tasks"
		if p.headLines[i] {
			what = "numbered item was read as a heading, but no task is under it"
		}
		p.warn(graph.DiagUnannotatedItem, p.lines[i].cs, "%s; check its annotation", what)
	}
}
