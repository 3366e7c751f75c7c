package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"govgraph/graph"
)

// Page noise: what a PDF's text layer or a printed page leaves between the
// lines of a document. Page numbers (— 4 —, -5-, 第3页, 3/12) and running
// headers (a short line repeated on every page) are blanked, not removed, so
// that line numbers still match the file; tasks and unit lists broken across
// a page then read as if the page had not ended.

// stripPageNoise blanks page-number lines and running headers; it returns
// the text, the number of lines blanked and the indexes of the page-number
// lines (where pages end).
func stripPageNoise(text string) (string, int, []int) {
	pages := 0
	for rest := text; rest != ""; {
		ln := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			ln, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if len(ln) <= 80 {
			if t := strings.TrimSpace(ln); t != "" && isPageNumber(t) {
				pages++
			}
		}
	}
	if pages == 0 {
		return text, 0, nil
	}
	lines := strings.Split(text, "\n")
	// A running header repeats on at least half the pages (and three times).
	counts := map[string]int{}
	if pages >= 2 {
		for _, ln := range lines {
			if t := strings.TrimSpace(ln); t != "" && len(t) <= 120 && isHeaderCandidate(t) {
				counts[t]++
			}
		}
	}
	// Or it opens the document and the page after a page number (a
	// two-page document shows its header only twice).
	top := map[string]bool{}
	for k, seen := 0, 0; k < len(lines) && seen < 3; k++ {
		if t := strings.TrimSpace(lines[k]); t != "" {
			top[t] = true
			seen++
		}
	}
	for k := 0; k < len(lines); k++ {
		if t := strings.TrimSpace(lines[k]); t == "" || len(t) > 80 || !isPageNumber(t) {
			continue
		}
		j := k + 1
		for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
			j++
		}
		if j < len(lines) {
			if t := strings.TrimSpace(lines[j]); top[t] && len(t) <= 120 && isHeaderCandidate(t) {
				counts[t] = max(counts[t], 3, pages)
			}
		}
	}
	blanked := 0
	var pageEnds []int
	for k, ln := range lines {
		t := strings.TrimSpace(ln)
		if t == "" && ln != "" {
			lines[k] = "" // a form feed or spaces between pages
			blanked++
			continue
		}
		if t == "" || len(t) > 120 {
			continue
		}
		if isPageNumber(t) || counts[t] >= 3 && 2*counts[t] >= pages {
			if isPageNumber(t) {
				pageEnds = append(pageEnds, k)
			}
			lines[k] = ""
			blanked++
		}
	}
	if blanked == 0 {
		return text, 0, nil
	}
	return strings.Join(lines, "\n"), blanked, pageEnds
}

// isPageNumber reports — 4 —, -5-, - 12 -, 第3页, 第 3 页 共 12 页, 3/12, or a
// bare number of up to three digits on its own line.
func isPageNumber(t string) bool {
	t = strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, t)
	n := utf8.RuneCountInString(t)
	if n == 0 || n > 16 {
		return false
	}
	digits, dashes, other := 0, 0, 0
	for _, r := range t {
		switch {
		case isDigit(r):
			digits++
		case strings.ContainsRune("-—－–~～·•", r):
			dashes++
		default:
			other++
		}
	}
	switch {
	case digits == 0:
		return false
	case other == 0 && (dashes > 0 || digits <= 3):
		return true
	case strings.HasPrefix(t, "第") && strings.Contains(t, "页"):
		rest := strings.NewReplacer("第", "", "页", "", "共", "", ",", "", "，", "").Replace(t)
		return strings.Trim(rest, "0123456789０１２３４５６７８９") == ""
	case strings.Count(t, "/") == 1 && other == 1:
		return true
	}
	return false
}

// isHeaderCandidate: a short line that could repeat as a running header —
// not a heading, an item, a label, an annotation or a table row.
func isHeaderCandidate(t string) bool {
	n := utf8.RuneCountInString(t)
	if n < 4 || n > 40 || strings.ContainsAny(t, "：:\t（()）【】；;") {
		return false
	}
	rs := []rune(t)
	if mk, _ := markerAt(rs, 0, len(rs)); mk != markNone {
		return false
	}
	return true
}

// markNotes marks footnotes: a line starting 注：, 注① or 注1 and the lines
// right below it that start with a note mark (②, 注2). They are no items and
// no task text; each is attached to the tasks above whose text holds its mark.
func (p *parser) markNotes() {
	// At the foot of a page: the lines right above a page number that start
	// with a note mark the page's text holds (① 指…), without 注 before them.
	blank := false
	for _, k := range p.pageEnds {
		j := k - 1
		for j >= 0 && j < len(p.lines) && p.lines[j].kind == lkBlank {
			j--
		}
		for ; j >= 0 && j < len(p.lines) && p.lines[j].kind == lkText; j-- {
			ln := p.lines[j]
			mark := noteMark(p.src, ln.cs, ln.e)
			if mark == "" || !p.markAbove(j, mark) {
				break
			}
			p.lines[j].kind, p.lines[j].footOfPage = lkNote, true
			blank = true
		}
	}
	if blank {
		p.liftPageNotes()
	}
	p.markSectionNotes()
	for i := 0; i < len(p.lines); i++ {
		ln := p.lines[i]
		if ln.kind != lkText || !noteStart(p.src, ln.cs, ln.e) {
			continue
		}
		p.lines[i].kind = lkNote
		for j := i + 1; j < len(p.lines); j++ {
			nx := p.lines[j]
			if nx.kind != lkText || noteMark(p.src, nx.cs, nx.e) == "" {
				break
			}
			p.lines[j].kind = lkNote
			i = j
		}
	}
}

// markSectionNotes marks the bare notes at a section's end: a run of lines
// starting with ①②… (no 注 before them) right before a heading, the end, or
// a paragraph after a blank line (not before an item or an annotation),
// each of whose marks the section's text holds inside a word (…亿元①), not
// at a line's start, and none of which carries an annotation. Items ①②③
// carry their roles or are followed by them or by the next item.
func (p *parser) markSectionNotes() {
	for i := 0; i < len(p.lines); i++ {
		ln := p.lines[i]
		if ln.kind != lkText || ln.cs >= ln.e || !isCircled(p.src[ln.cs]) {
			continue
		}
		j := i
		for j < len(p.lines) && p.lines[j].kind == lkText && p.lines[j].cs < p.lines[j].e && isCircled(p.src[p.lines[j].cs]) &&
			p.markInSection(j, p.src[p.lines[j].cs]) && len(p.annotations(p.lines[j].cs, p.lines[j].e, false)) == 0 {
			j++ // a note, unless it carries roles of its own (①新建X（Y牵头）: an item)
		}
		if j == i {
			continue
		}
		if j < len(p.lines) && p.lines[j].kind == lkText && p.lines[j].cs < p.lines[j].e && isCircled(p.src[p.lines[j].cs]) {
			i = j // a run whose marks are not all in the text: items
			continue
		}
		if p.endsSection(j) {
			for k := i; k < j; k++ {
				p.lines[k].kind = lkNote
			}
		}
		i = j - 1
	}
}

// markInSection reports the mark inside a word of the text above line j,
// up to the section's heading (at most 60 lines): after a Han rune, a
// digit, a letter or %.
func (p *parser) markInSection(j int, mark rune) bool {
	for i := j - 1; i >= 0 && i >= j-60; i-- {
		ln := p.lines[i]
		if ln.kind == lkText || ln.kind == lkLabel || ln.kind == lkTab {
			for k := ln.cs + 1; k < ln.e; k++ {
				if p.src[k] == mark {
					if b := p.src[k-1]; isHan(b) || isDigit(b) || b == '%' || b == '％' || b >= 'A' && b <= 'z' {
						return true
					}
				}
			}
		}
		if ln.mk == markCN || ln.mk == markParenCN {
			return false
		}
	}
	return false
}

// endsSection reports that the lines from j on start no item and no
// annotation of what precedes: the end, a heading, or a paragraph after a
// blank line.
func (p *parser) endsSection(j int) bool {
	k := j
	for k < len(p.lines) && p.lines[k].kind == lkBlank {
		k++
	}
	if k == len(p.lines) {
		return true
	}
	ln := p.lines[k]
	switch {
	case ln.mk == markCN || ln.mk == markParenCN:
		return true
	case ln.mk == markNumbered || ln.kind != lkText || p.opensWithBracket(ln.cs, ln.e):
		return false
	}
	return k > j
}

// opensWithBracket reports a line that starts with an opening bracket.
func (p *parser) opensWithBracket(cs, e int) bool { return cs < e && isOpen(p.src[cs]) }

// noteStart reports 注：…, 注①… or 注1… at src[cs:e].
func noteStart(src []rune, cs, e int) bool {
	if cs+2 >= e || src[cs] != '注' {
		return false
	}
	r := src[cs+1]
	return isColon(r) || isCircled(r) || isDigit(r) && (isColon(src[cs+2]) || isSpace(src[cs+2]) || isDigit(src[cs+2]) || src[cs+2] == '、')
}

// noteMark returns the mark a footnote line starts with (①, 注2), past a
// leading 注：, or "".
func noteMark(src []rune, cs, e int) string {
	i := cs
	if i+1 < e && src[i] == '注' && isColon(src[i+1]) {
		i += 2
	}
	for i < e && isSpace(src[i]) {
		i++
	}
	switch {
	case i < e && isCircled(src[i]):
		return string(src[i])
	case i+1 < e && src[i] == '注' && isDigit(src[i+1]):
		j := i + 1
		for j < e && isDigit(src[j]) {
			j++
		}
		return string(src[i:j])
	}
	return ""
}

func isCircled(r rune) bool { return r >= '①' && r <= '⑳' }

// markAbove reports a note mark inside the text (not at a line's start) of
// one of the 60 lines above line j.
func (p *parser) markAbove(j int, mark string) bool {
	m := []rune(mark)
	for i := j - 1; i >= 0 && i >= j-60; i-- {
		ln := p.lines[i]
		if ln.kind == lkBlank || ln.kind == lkNote {
			continue
		}
		if k := indexRunes(p.src, ln.cs+1, ln.e, m); k > 0 {
			return true
		}
	}
	return false
}

// footnote keeps a footnote line out of the tasks: it is narrative, and a
// note of the task it explains (attachNotes).
func (p *parser) footnote(i int) {
	ln := p.lines[i]
	p.flushPending()
	p.releaseHeld()
	p.conv[convFootnotes]++
	s, e := trim(p.src, ln.cs, ln.e, isSpace, isSpace)
	p.narrative(s, e)
	p.sectionEnd = max(p.sectionEnd, e)
	if mark := noteMark(p.src, s, e); mark != "" {
		p.notes = append(p.notes, footnoteRef{pos: s, mark: mark, text: p.str(s, e)})
	}
}

// liftPageNotes takes the notes at the foot of a page out of the source,
// like the page's number: a task running on to the next page must not hold
// them. Each rune becomes a space, so offsets and lines stay; the note is
// kept for its task (attachNotes).
func (p *parser) liftPageNotes() {
	for i, ln := range p.lines {
		if !ln.footOfPage {
			continue
		}
		s, e := trim(p.src, ln.cs, ln.e, isSpace, isSpace)
		if mark := noteMark(p.src, s, e); mark != "" {
			p.notes = append(p.notes, footnoteRef{pos: s, mark: mark, text: p.str(s, e)})
		}
		for k := ln.s; k < ln.e; k++ {
			p.src[k] = ' '
		}
		p.lines[i].kind = lkBlank
		p.noiseLines++
	}
	p.text = newText(string(p.src))
	p.doc.Source = p.text.source
}

// attachMeasures gives each goal or milestone line (工作目标：…, 二季度：…)
// to the task before it in its section, and to the tasks sharing that
// task's annotation when the line stands inside it (a group's 整改目标 in
// the block after its items). A line with no task before it is narrative.
func (p *parser) attachMeasures() {
	tasks := p.doc.Tasks
	for _, i := range p.measureLines {
		s, e := trim(p.src, p.lines[i].cs, p.lines[i].e, isSpace, isSpace)
		k := sort.Search(len(tasks), func(k int) bool { return tasks[k].Span.Start >= s }) - 1
		sec := sort.Search(len(p.doc.Sections), func(j int) bool { return p.doc.Sections[j].Span.Start > s }) - 1
		if k < 0 || tasks[k].Section != sec {
			p.doc.Narrative = append(p.doc.Narrative, graph.Span{Start: s, End: e})
			continue
		}
		text := p.str(s, e)
		ann := tasks[k].Annotation
		if ann.Start > s || s >= ann.End {
			tasks[k].Measures = append(tasks[k].Measures, text)
			continue
		}
		for j := k; j >= 0 && tasks[j].Annotation == ann; j-- {
			tasks[j].Measures = append(tasks[j].Measures, text)
		}
		for j := k + 1; j < len(tasks) && tasks[j].Annotation == ann; j++ {
			tasks[j].Measures = append(tasks[j].Measures, text)
		}
	}
	if len(p.measureLines) > 0 {
		sort.SliceStable(p.doc.Narrative, func(a, b int) bool { return p.doc.Narrative[a].Start < p.doc.Narrative[b].Start })
	}
}

// footnoteRef is a footnote and the mark it explains.
type footnoteRef struct {
	pos        int
	mark, text string
}

// attachNotes gives each footnote to the task before it that holds its
// mark: the closest (a task running on past a page-foot note counts).
func (p *parser) attachNotes() {
	tasks := p.doc.Tasks
	sort.SliceStable(p.notes, func(a, b int) bool { return p.notes[a].pos < p.notes[b].pos })
	for _, n := range p.notes {
		k := sort.Search(len(tasks), func(k int) bool { return tasks[k].Span.Start >= n.pos }) - 1
		for ; k >= 0; k-- {
			if strings.Contains(tasks[k].Text, n.mark) {
				tasks[k].Notes = append(tasks[k].Notes, n.text)
				break
			}
		}
		if k < 0 {
			p.diag("info", graph.DiagUnattachedAnnotation, n.pos, "footnote %s explains no task: %s", n.mark, clip(n.text, 30))
		}
	}
}
