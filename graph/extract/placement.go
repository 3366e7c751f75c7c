package extract

// Placement of labelled lines. A block of labelled lines (牵头单位：…) belongs
// to the task after it, the task before it, or it is a heading that governs
// the tasks below (责任领导：赵建华、钱明副区长). Documents differ, so the
// placement is decided from evidence before the body is read: a block right
// after a heading can only belong to what follows, a block right before a
// heading (or the end) only to what precedes. Each section follows its own
// evidence, or the document's when it has none.

type placement int

const (
	placeAfter   placement = iota // the block annotates the task above it
	placeBefore                   // the block annotates the task below it
	placeHeading                  // the block names leaders for the tasks below
)

// element is one unit of the layout: a heading, an unannotated item, an
// inline-annotated line or a block of labelled lines.
type element struct {
	kind       byte // 'H' heading, 'I' item, 'A' annotated line, 'L' labelled block
	line       int
	leaderOnly bool // a block whose fields all name leaders
}

// planPlacement decides the placement of every labelled block; it records
// the evidence for the profile.
func (p *parser) planPlacement(body int) {
	brackets := len(p.bracketLines) > 0 && p.bracketLines[len(p.bracketLines)-1] >= body
	if p.labelLines == 0 && !brackets {
		return
	}
	var els []element
	for i := body; i < len(p.lines); i++ {
		ln := p.lines[i]
		switch ln.kind {
		case lkBlank, lkNote:
			continue
		case lkTab:
			els = append(els, element{kind: 'H', line: i})
			continue
		case lkLabel:
			if ln.noRole {
				continue // 责任人：… assigns nothing
			}
			lo := p.leaderOnly(i)
			if n := len(els); n > 0 && els[n-1].kind == 'L' && !(lo && !els[n-1].leaderOnly) {
				els[n-1].leaderOnly = els[n-1].leaderOnly && lo
				continue
			}
			els = append(els, element{kind: 'L', line: i, leaderOnly: lo})
			continue
		}
		switch {
		case (ln.mk == markCN || ln.mk == markParenCN) && ln.mk != p.sectionMarker && p.labelsFollow(i) && !p.leaderOnly(p.nextLine(i)):
			// a sub-heading with its own labelled lines is an item
			if p.headItem == nil {
				p.headItem = map[int]bool{}
			}
			p.headItem[i] = true
			els = append(els, element{kind: 'I', line: i})
		case ln.mk == markCN || ln.mk == markParenCN || ln.mk == markNone && ln.mdHeading:
			els = append(els, element{kind: 'H', line: i})
		case brackets && p.wholeAnnotation(i):
			if p.annLine == nil {
				p.annLine = map[int]bool{}
			}
			p.annLine[i] = true
			els = append(els, element{kind: 'L', line: i, leaderOnly: p.leaderOnlyBrackets(i)})
		case ln.mk == markNone && p.leadIn(i):
			// 会议议定： over numbered decisions: it introduces them, no item
		case len(p.annotations(ln.cs, ln.e, false)) > 0:
			els = append(els, element{kind: 'A', line: i})
		case ln.mk == markNone && len(els) > 0 && els[len(els)-1].kind == 'I':
			// a continuation of the item above
		default:
			els = append(els, element{kind: 'I', line: i})
		}
	}
	p.place = map[int]placement{}
	// Role headings: a block right after a heading, followed by two or more
	// numbered items and nothing else until the next heading, governs them
	// (（一）抓好重大项目建设 + 牵头单位：… over 1．… 2．…), unless the
	// document puts blocks between its items (each item has its own).
	perItem := false
	for k := 1; k+1 < len(els); k++ {
		perItem = perItem || els[k].kind == 'L' && els[k-1].kind == 'I' && els[k+1].kind == 'I'
	}
	for k, el := range els {
		if perItem || el.kind != 'L' || k == 0 {
			continue
		}
		prev := els[k-1]
		if mk := p.lines[prev.line].mk; prev.kind != 'H' && !(prev.kind == 'I' && p.headItem[prev.line]) || mk != markCN && mk != markParenCN {
			continue
		}
		m := k + 1
		for m < len(els) && els[m].kind == 'I' && p.lines[els[m].line].mk == markNumbered {
			m++
		}
		if m-k-1 < 2 || m < len(els) && els[m].kind != 'H' && !(els[m].kind == 'I' && p.headItem[els[m].line]) {
			continue
		}
		delete(p.headItem, prev.line)
		els[k-1].kind = 'H'
		p.place[el.line] = placeHeading
	}
	// A title line without a number (a Word heading style, a web page's
	// <h3>) right above a leader-only block whose tasks carry annotations of
	// their own is a sub-heading: 稳住工业基本盘 + 联系县领导：X over its tasks.
	for k := 0; k+2 < len(els); k++ {
		if els[k].kind == 'I' && els[k+1].kind == 'L' && els[k+1].leaderOnly && els[k+2].kind == 'A' && p.titleLine(els[k].line) {
			els[k].kind = 'H'
			p.lines[els[k].line].mdHeading = true
		}
	}
	// Leader headings: a leader-only block right after a heading (or
	// at the start) whose tasks carry annotations of their own.
	for k, el := range els {
		if el.kind != 'L' || !el.leaderOnly || k > 0 && els[k-1].kind != 'H' && !(els[k-1].kind == 'L' && !els[k-1].leaderOnly) {
			continue
		}
		// Its tasks have annotations of their own, or several follow with none.
		if k+1 < len(els) && els[k+1].kind == 'A' || k+2 < len(els) && els[k+1].kind == 'I' && (els[k+2].kind == 'L' && !els[k+2].leaderOnly || els[k+2].kind == 'I') {
			p.place[el.line] = placeHeading
		}
		// 一、… + 责任县领导：X over （一）…: the leaders of the part.
		if k > 0 && k+1 < len(els) && els[k-1].kind == 'H' && els[k+1].kind == 'H' && p.sectionMarker != markNone &&
			p.lines[els[k-1].line].mk == p.sectionMarker && p.lines[els[k+1].line].mk != p.sectionMarker {
			p.place[el.line] = placeHeading
		}
	}
	// A leader line that opens each page or group (分管领导：X) governs the
	// items below it until the next one: once one is a heading, a later
	// leader-only block between items whose annotations name no leader is
	// one too, not a leader added to the item above.
	seen := false
	for k, el := range els {
		if el.kind != 'L' || !el.leaderOnly {
			continue
		}
		if p.place[el.line] == placeHeading {
			seen = true
			continue
		}
		if seen && k > 0 && k+1 < len(els) && els[k-1].kind == 'A' && els[k+1].kind == 'A' &&
			!p.namesLeader(els[k-1].line) && !p.namesLeader(els[k+1].line) {
			p.place[el.line] = placeHeading
		}
	}
	// Evidence per section (the run between two headings).
	type votes struct{ before, after int }
	var doc votes
	secOf := make([]int, len(els))
	var secs []votes
	sec := -1
	for k, el := range els {
		if el.kind == 'H' || sec < 0 {
			sec++
			secs = append(secs, votes{})
		}
		secOf[k] = sec
		if el.kind != 'L' || p.place[el.line] == placeHeading {
			continue
		}
		prevHead := k == 0 || els[k-1].kind == 'H' || p.place[els[k-1].line] == placeHeading
		nextHead := k+1 == len(els) || els[k+1].kind == 'H'
		prevItem := k > 0 && els[k-1].kind == 'I'
		nextItem := k+1 < len(els) && els[k+1].kind == 'I'
		switch {
		case prevHead && nextItem:
			secs[sec].before++
			doc.before++
		case prevItem && nextHead:
			secs[sec].after++
			doc.after++
		}
	}
	docPlace := placeAfter
	if doc.before > doc.after {
		docPlace = placeBefore
	}
	p.placeVotes = [2]int{doc.before, doc.after}
	for k, el := range els {
		if el.kind != 'L' || p.place[el.line] == placeHeading {
			continue
		}
		v := secs[secOf[k]]
		pl := docPlace
		switch {
		case v.before > v.after:
			pl = placeBefore
		case v.after > v.before:
			pl = placeAfter
		}
		p.place[el.line] = pl
	}
}

// wholeAnnotation reports a line that is nothing but annotation brackets.
func (p *parser) wholeAnnotation(i int) bool {
	ln := p.lines[i]
	if ln.mk != markNone || !isOpen(p.src[ln.cs]) && !dashAt(p.src, ln.cs, ln.e) && summaryPrefix(p.src, ln.cs, ln.e) == 0 {
		return false
	}
	anns := p.annotations(ln.cs, ln.e, false)
	return len(anns) > 0 && anns[0].s == ln.cs && !hasContent(p.src, anns[len(anns)-1].e, ln.e)
}

// leaderOnly reports a labelled line whose fields all name leaders.
func (p *parser) leaderOnly(i int) bool {
	ln := p.lines[i]
	fs, _, ok := p.parseFields(ln.cs, ln.e, false)
	if !ok || len(fs.fields) == 0 {
		return false
	}
	for _, f := range fs.fields {
		if f.role != roleLeader {
			return false
		}
	}
	return true
}

// leaderOnlyBrackets reports a line of brackets naming only leaders
// (（汇报单位：X  分管领导：Y）: the reporter assigns nothing).
func (p *parser) leaderOnlyBrackets(i int) bool {
	ln := p.lines[i]
	n := 0
	for _, a := range p.annotations(ln.cs, ln.e, false) {
		for _, f := range a.fields.fields {
			if f.role != roleLeader {
				return false
			}
			n++
		}
	}
	return n > 0
}

// leadIn reports an unnumbered line ending in a colon right above a
// numbered item (会议认为，…。会议议定：): it introduces the items.
func (p *parser) leadIn(i int) bool {
	ln := p.lines[i]
	e := ln.e
	for e > ln.cs && isSpace(p.src[e-1]) {
		e--
	}
	if e == ln.cs || !isColon(p.src[e-1]) {
		return false
	}
	j := p.nextLine(i)
	return j >= 0 && p.lines[j].mk == markNumbered
}

// namesLeader reports an annotated line whose annotations name a leader.
func (p *parser) namesLeader(i int) bool {
	ln := p.lines[i]
	for _, a := range p.annotations(ln.cs, ln.e, false) {
		if a.fields.count(roleLeader) > 0 {
			return true
		}
	}
	return false
}

// titleLine reports a short line without a number or punctuation: a
// heading written as a title (稳住工业基本盘), not a sentence.
func (p *parser) titleLine(i int) bool {
	ln := p.lines[i]
	if ln.mk != markNone || ln.e-ln.cs > 30 {
		return false
	}
	for k := ln.cs; k < ln.e; k++ {
		if r := p.src[k]; isSentenceEnd(r) || isClauseEnd(r) {
			return false
		}
	}
	return hasContent(p.src, ln.cs, ln.e)
}
