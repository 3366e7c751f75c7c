package extract

import "strings"

// A closing part of requirements. A 分工方案 ends its task list with a part
// on how the work is to be done — 工作要求, 保障措施, 组织保障, 有关要求 —
// whose sentences read like tasks (由区政府办牵头，建立工作台账，每月通报进展;
// 区督查室负责，…) but assign nothing: they are the notice's own conduct.
// Once a task has been read, a heading of that title opens such a part: its
// lines are narrative, its numbered lines no items, and the profile names
// it among the conventions. The part runs to the next heading of its level or
// above (a part 一、 to the next 二、; a sub-part （五） to the next （六） or
// 三、; an unnumbered title, bold or not, to the next 一、 or （一）), a table,
// or an annex (附件). An unnumbered title right under a task's labelled
// lines is that task's field (工作要求：…), no part.

// requirementTitles are the titles of a closing part of requirements.
var requirementTitles = map[string]bool{
	"工作要求": true, "有关要求": true, "相关要求": true, "具体要求": true, "落实要求": true,
	"保障措施": true, "组织保障": true, "工作保障": true, "保障机制": true, "实施保障": true, "组织实施": true,
	"推进保障": true, "组织领导": true,
}

// requirementEnds holds the last rune of every title of requirementTitles.
const requirementEnds = "求施障制导"

// requirementHeading reports that line i is the heading of a part of
// requirements: a title of requirementTitles alone after its marker (四、,
// （五）, or none), bold, as a Markdown heading or with a colon.
func (p *parser) requirementHeading(i int) (marker, bool) {
	ln := p.lines[i]
	if ln.kind != lkText || len(p.doc.Tasks) == 0 || ln.e-ln.cs > 16 {
		return markNone, false
	}
	last := lastRune(p.src, ln.cs, ln.e)
	for last > ln.cs && strings.ContainsRune("*#：:。", p.src[last]) {
		last--
	}
	if !strings.ContainsRune(requirementEnds, p.src[last]) {
		return markNone, false // most short lines: a cheap test first
	}
	mk, ms := markerAt(p.src, ln.cs, ln.e)
	if mk == markNumbered {
		return markNone, false
	}
	if prev := p.prevLine(i); mk == markNone && (p.pending >= 0 || isColon(p.src[lastRune(p.src, ln.cs, ln.e)]) && prev >= 0 && (p.lines[prev].kind == lkLabel || p.annLine[prev])) {
		return markNone, false // 工作要求： as a field of the task above
	}
	t := strings.Trim(p.str(ms, ln.e), " \u3000\t*#：:。")
	return mk, requirementTitles[t]
}

// requirementsEnd reports that line i ends the part of requirements.
func (p *parser) requirementsEnd(i int) bool {
	ln := p.lines[i]
	if ln.kind == lkTab {
		return true
	}
	if ln.kind != lkText {
		return false
	}
	if hasAt(p.src, ln.cs, ln.e, []rune("附件")) || hasAt(p.src, ln.cs, ln.e, []rune("附表")) {
		return true
	}
	mk, _ := markerAt(p.src, ln.cs, ln.e)
	switch p.reqMark {
	case markParenCN:
		return mk == markCN || mk == markParenCN
	case markNone:
		return mk == markCN || mk == markParenCN || ln.mdHeading
	}
	return mk == markCN
}

// requirementLine reads line i of a part of requirements: narrative, a
// passage per line, or per run of lines that end no sentence (a signature
// and the date under it).
func (p *parser) requirementLine(i int) int {
	ln := p.lines[i]
	if ln.kind == lkBlank {
		return i + 1
	}
	if p.reqLine == nil {
		p.reqLine = make([]bool, len(p.lines))
	}
	p.reqLine[i] = true
	prev := p.prevLine(i)
	if n := len(p.doc.Narrative); n > 0 && prev >= 0 && p.reqLine[prev] && prev != p.reqHead && p.doc.Narrative[n-1].End <= ln.cs &&
		!isSentenceEnd(p.src[lastRune(p.src, p.lines[prev].cs, p.lines[prev].e)]) {
		// a line under one that ends no sentence (a signature over its
		// date): the same passage
		if s, e := trim(p.src, ln.cs, ln.e, isLeadTrim, isTailTrim); hasContent(p.src, s, e) {
			p.doc.Narrative[n-1].End = e
		}
	} else {
		p.narrative(ln.cs, ln.e)
	}
	p.sectionEnd = max(p.sectionEnd, ln.e)
	return i + 1
}
