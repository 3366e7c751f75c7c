package extract

import "govgraph/graph"

// Items grouped under a numbered item (1. over ①②③, 1.1 over 1.1.1): the
// annotation written once for the group belongs to each item of it.
//
//   - ①…；②…；③…。 followed by its own annotation lines: the lines close ③
//     and the unannotated ① ② before it, at the same level; the item above
//     them (1.壮大楼宇经济。) is their theme.
//   - 1.1 重大项目攻坚（X负责，Y协助） followed by unannotated 1.1.1, 1.1.2:
//     the annotated item is a heading whose annotation is theirs.
//   - 1 项目建设（责任领导：Z） followed by deeper items: a heading naming
//     only leaders governs the items below it, like a leader heading.
//
// Unannotated numbered items are held until it is known whether a group
// claims them; those that none claims are narrative with a warning.

// heldItem is a numbered item without an annotation of its own yet.
type heldItem struct {
	s, e, level int
}

// groupHead is an annotated item that turned out to head deeper items.
type groupHead struct {
	level  int
	fields fieldSet
	s, e   int // its annotation
	theme  int
}

// itemLevel is the depth of the item marker at src[cs:e]: 1 for 1．/1、,
// 2 for （1） and 1.1, 3 for ① and 1.1.1; 0 when there is none.
func itemLevel(src []rune, cs, e int) int {
	mk, _ := markerAt(src, cs, e)
	if mk != markNumbered {
		return 0
	}
	switch r := src[cs]; {
	case r >= '①' && r <= '⑳' || r >= '⑴' && r <= '⒇':
		return 3
	case r == '(' || r == '（':
		return 2
	}
	level := 1
	for i := cs; i+1 < e && (isDigit(src[i]) || src[i] == '.' || src[i] == '．'); i++ {
		if (src[i] == '.' || src[i] == '．') && isDigit(src[i+1]) {
			level++
		}
	}
	return level
}

// levelAt is the level of the item whose text starts at s (just after its
// marker), or 0 when s does not start a numbered item.
func (p *parser) levelAt(s int) int {
	for s < len(p.src) && isSpace(p.src[s]) {
		s++
	}
	li := p.lineIndex(s)
	if li < 0 || li >= len(p.lines) || p.lines[li].mk != markNumbered {
		return 0
	}
	ln := p.lines[li]
	_, ms := markerAt(p.src, ln.cs, ln.e)
	a, _ := trim(p.src, ms, ln.e, isLeadTrim, isTailTrim)
	if a != s {
		return 0
	}
	return itemLevel(p.src, ln.cs, ln.e)
}

// hold keeps an unannotated numbered item until a group claims it.
func (p *parser) hold(s, e int) {
	a, _ := trim(p.src, s, e, isLeadTrim, isTailTrim)
	p.held = append(p.held, heldItem{s: s, e: e, level: p.levelAt(a)})
}

// releaseHeld gives the held items to the group heading above them, or
// reports them as narrative.
func (p *parser) releaseHeld() {
	if len(p.held) == 0 {
		return
	}
	held := p.held
	p.held = nil
	// The task just above, deeper items following it: it heads them.
	if p.lastTask == len(p.doc.Tasks)-1 && p.lastTask >= 0 && p.lastTaskLevel > 0 && held[0].level > p.lastTaskLevel {
		p.makeHead()
	}
	for _, h := range held {
		if p.byNumber(h.s, h.e) {
			continue
		}
		if head := p.headFor(h.level); head != nil && head.s >= 0 {
			p.paraTheme = head.theme
			p.addTask(h.s, h.e, annotation{s: head.s, e: head.e, fields: head.fields, origin: convGroupHeading})
			continue
		}
		if len(p.sectionLeaders) > 0 {
			// an item of a part headed by its leaders, no group claiming it:
			// the leaders are its annotation
			_, te := trim(p.src, h.s, h.e, isLeadTrim, isTailTrim)
			p.addTask(h.s, h.e, annotation{s: te, e: te, origin: convLeaderHeading})
			continue
		}
		p.warn(graph.DiagUnannotatedItem, h.s, "numbered item has no annotation; kept as narrative")
		p.narrative(h.s, h.e)
	}
}

// makeHead turns the last task into the heading of the items below it.
func (p *parser) makeHead() {
	t := p.doc.Tasks[p.lastTask]
	p.doc.Tasks = p.doc.Tasks[:p.lastTask]
	hs, he := p.stopTrimmed(t.Span.Start, t.Span.End)
	theme := p.addTheme(p.str(hs, he), hs, he)
	p.markHead(t.Line - 1)
	p.heads = append(p.heads, groupHead{level: p.lastTaskLevel, fields: p.lastFields,
		s: t.Annotation.Start, e: t.Annotation.End, theme: theme})
	p.lastTask, p.lastTaskLevel = -1, 0
}

// themeHead returns the innermost heading above an item of the level when
// it is a theme only (a numbered item without roles over deeper tasks).
func (p *parser) themeHead(level int) *groupHead {
	if level == 0 {
		return nil
	}
	if h := p.headFor(level); h != nil && h.s < 0 {
		return h
	}
	return nil
}

// headFor returns the innermost heading above an item of the level, after
// dropping the headings that an item of that level ends.
func (p *parser) headFor(level int) *groupHead {
	for len(p.heads) > 0 && p.heads[len(p.heads)-1].level >= level {
		p.heads = p.heads[:len(p.heads)-1]
	}
	if len(p.heads) == 0 || level == 0 {
		return nil
	}
	return &p.heads[len(p.heads)-1]
}

// groupAfter handles an annotation on its own lines closing the pending
// item: the held items of the same level right before it share it, and
// the held item above them is their theme. It reports whether it did.
func (p *parser) groupAfter(a annotation) bool {
	level := p.levelAt(p.pending)
	if level == 0 || len(p.held) == 0 {
		return false
	}
	k := len(p.held)
	for k > 0 && p.held[k-1].level == level {
		k--
	}
	if k == len(p.held) {
		return false
	}
	run := append([]heldItem(nil), p.held[k:]...)
	var parent *heldItem
	if k > 0 && p.held[k-1].level > 0 && p.held[k-1].level < level {
		h := p.held[k-1]
		parent = &h
		k--
	}
	p.held = p.held[:k]
	p.releaseHeld()
	theme := -1
	if parent != nil {
		s, e := trim(p.src, parent.s, parent.e, isLeadTrim, isTailTrim)
		s, e = p.stopTrimmed(s, e)
		theme = p.addTheme(p.str(s, e), s, e)
		p.markHead(p.lineIndex(s))
	}
	p.grouping = true
	for _, h := range run {
		p.paraTheme = theme
		a.origin = convGroupAfter
		p.addTask(h.s, h.e, a)
	}
	p.paraTheme = theme
	p.addTask(p.pending, p.pendingEnd, a)
	p.grouping = false
	return true
}

// inherit fills the roles an item's own annotation lacks from the heading
// above it.
func (p *parser) inherit(fs fieldSet, level int) fieldSet {
	head := p.headFor(level)
	if head == nil {
		return fs
	}
	has := map[role]bool{}
	for _, f := range fs.fields {
		switch f.role {
		case roleLead, roleUnits, roleResp:
			has[roleUnits] = true
		default:
			has[f.role] = true
		}
	}
	out := fs
	out.fields = append([]field(nil), fs.fields...)
	for _, f := range head.fields.fields {
		r := f.role
		if r == roleLead || r == roleResp {
			r = roleUnits
		}
		if !has[r] {
			out.fields = append(out.fields, f)
		}
	}
	return out
}

// stopTrimmed drops a heading's final full stop from src[s:e].
func (p *parser) stopTrimmed(s, e int) (int, int) {
	for e > s && (isSentenceEnd(p.src[e-1]) || p.src[e-1] == '；' || isSpace(p.src[e-1])) {
		e--
	}
	return s, e
}

// leadersOnly reports an annotation naming leaders and nothing else.
func leadersOnly(fs fieldSet) bool {
	for _, f := range fs.fields {
		if f.role != roleLeader {
			return false
		}
	}
	return len(fs.fields) > 0
}

// markHead records line i as a group's heading, for the profile's coverage.
func (p *parser) markHead(i int) {
	if p.headLines == nil {
		p.headLines = map[int]bool{}
	}
	p.headLines[i] = true
}
