package extract

import (
	"cmp"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"govgraph/graph"
)

// Section kinds.
const (
	SectionOpening  = "opening"
	SectionNumbered = "numbered"
	SectionClosing  = "closing"
	SectionLeader   = "leader"
	SectionBody     = "body" // the whole document when it has no sections
)

type lineKind int

const (
	lkBlank lineKind = iota
	lkText
	lkLabel // starts with a field label: 责任单位：…
	lkTab   // holds a TAB: a table row
	lkNote  // a footnote: 注：①…, ②… after the items (layout.go)
)

type lineInfo struct {
	s, e int // runes of the line, without its newline
	cs   int // content start, past spaces and markdown markers
	kind lineKind
	// noRole: a labelled line whose label assigns no role (责任人, 联系人);
	// measure: one of them naming a goal or milestone (工作目标, 二季度)
	noRole, measure bool
	field           bool // a task field (工作任务：…): an item whose text starts at ms
	// mdHeading: a sub-heading without a number: a Markdown heading of
	// level 2 or deeper (## 关键词　城建), or a title line over a leader line
	// (placement.go)
	mdHeading bool
	// footOfPage: a footnote at the foot of a page (above its page number)
	footOfPage bool
	mk         marker
	ms         int // past the marker
}

// mode says what the first sentence of a text range is.
type mode int

const (
	modePara    mode = iota // a paragraph: its lead sentence may be a theme
	modeSection             // a section heading
	modeTheme               // a sub-heading: a theme
	modeItem                // a numbered item
)

type parser struct {
	text
	name string
	opts Options
	doc  *graph.Document

	lines     []lineInfo
	bodyStart int // rune offset where the body begins

	sectionMarker  marker
	cur            int // current section, -1 before any
	sectionEnd     int // end of the last content of the current section
	headingTheme   int // theme from a sub-heading, until the next heading
	paraTheme      int // theme from a paragraph's lead sentence
	sectionLeaders []string
	sectionLead    string     // a unit a section heading names (一、区卫健局（2项）): the lead of its tasks
	sectionGov     *governing // roles in a section heading's bracket (一、…（牵头单位：X）), until the next section
	closingSeen    bool
	// reqPart: inside a closing part of requirements (requirements.go),
	// opened by a heading of marker reqMark; reqLine marks its lines.
	reqPart     bool
	reqMark     marker
	reqLine     []bool
	reqHead     int // the line of the part's title
	firstIsLead bool
	// primaryLeads: the document's labelled lines set 责任单位 beside 协办单位
	// and never label a lead, so its 责任单位 leads even where no 协办 follows.
	primaryLeads bool
	category     string // table category column value

	pending         int // start of text awaiting an annotation, -1 if none
	titleLabel      int // 1 + the labelled line read as the title of the table below it (tableTitleLine), or 0
	pendingEnd      int
	pendingNumbered bool
	pendingWrapped  bool // the pending text runs on to the next line
	lastTask        int
	lastAnnLine     int           // line index where the last annotation ended
	notes           []footnoteRef // footnotes, attached to their tasks at the end
	pageEnds        []int         // line indexes of the page numbers blanked
	lostItems       int           // numbered items that became no task and no heading (items.go)
	postLeaders     int           // leader entries that name a post and no person (leaders.go)
	postExample     string        // the first of them, for the warning

	noiseLines     int               // page numbers and running headers blanked
	labelLines     int               // lines that start with a field label
	place          map[int]placement // placement of the labelled block starting at a line
	placeVotes     [2]int            // evidence: blocks that can only be before / after their task
	ahead          *annotation       // a labelled block waiting for the task below it
	scopeGov       *governing        // a block of roles heading the items below, until the next heading
	held           []heldItem        // unannotated numbered items a group may claim
	heads          []groupHead       // annotated items heading deeper items, outermost first
	grouping       bool              // tasks of one group annotation are being added
	headLines      map[int]bool      // numbered items read as the heading of a group
	lastTaskLevel  int               // item level of the last task (0: not a numbered item)
	lastFields     fieldSet          // the last task's annotation fields
	scopeLeaders   []string          // leaders named by a leader heading, until the next heading
	scopeLead      string            // a unit a sub-heading names, until the next heading
	headItem       map[int]bool      // sub-heading lines that are items: their labelled lines follow
	annLine        map[int]bool      // lines that are nothing but an annotation bracket
	bracketLines   []int             // lines that start and end with a bracket (candidates)
	numberRoles    []numberRole      // roles given by item number (bynumber.go)
	numberLeaders  []numberRole      // leaders given by item number in a preamble
	headingLeaders []headingLeader   // leaders given by heading text (an annex: X：联系“…”方面工作)
	numberRoleLine map[int]bool      // the lines that give them
	measureLines   []int             // goal and milestone lines (工作目标：…), measures of their tasks

	aliases   map[string]string      // the aliases of the document's jurisdiction
	conv      map[string]int         // conventions seen, for the profile
	splitMemo map[string]leaderSplit // splitLeader results, per entry text
	tableMaps []graph.TableMapping   // the column roles of each table read, for the profile
	// Tables, for the profile's coverage and warnings: data rows read and
	// those that became tasks with a role; doubts about a mapping; task
	// indexes of rows of a 项目 column (the task is also a project).
	tableItems, tableAnnotated int
	tableDoubts                []string
	projectTasks               map[int]bool
	unreadTables               []unreadTable
	lastTable                  *tableCols // the last table read, which rows after a page break may continue
	lastTableEnd               int        // the line after its last row
	leaderInfo                 map[string]graph.Leader
	aliasSeen                  map[string][]string
	canon                      map[string]string         // raw unit name -> canonical, memoised
	unitMemo                   map[string][]unitRef      // unit list text -> its units, when the text alone decides
	closingScans               []wordScan                // where each of closingKeywords occurs next
	leaderMemo                 map[string][]graph.Leader // leader field text -> its leaders
	items                      []item                    // scratch buffers
	refs                       []unitRef
	expanded                   []bool
}

func newParser(name, source string, opts Options) *parser {
	p := &parser{
		name: name, opts: opts,
		doc:          &graph.Document{Source: source},
		cur:          -1,
		headingTheme: -1, paraTheme: -1,
		pending: -1, lastTask: -1, lastAnnLine: -1,
		leaderInfo: map[string]graph.Leader{},
		conv:       map[string]int{},
		splitMemo:  map[string]leaderSplit{},
		aliasSeen:  map[string][]string{},
		canon:      map[string]string{},
		unitMemo:   map[string][]unitRef{},
		leaderMemo: map[string][]graph.Leader{},
	}
	p.text = newText(source)
	p.doc.Meta.FileName = baseName(name)
	return p
}

func baseName(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		return name[i+1:]
	}
	return name
}

// diag records a diagnostic at a rune offset.
func (p *parser) diag(severity, code string, pos int, format string, args ...any) {
	line, col := p.position(pos)
	p.doc.Diagnostics = append(p.doc.Diagnostics, graph.Diagnostic{Line: line, Column: col, Severity: severity, Code: code, Message: fmt.Sprintf(format, args...)})
}

func (p *parser) warn(code string, pos int, format string, args ...any) {
	p.diag("warning", code, pos, format, args...)
}

// position converts a rune offset to a 1-based line and column.
func (p *parser) position(pos int) (int, int) {
	i := p.lineIndex(pos)
	if i < 0 {
		return 1, pos + 1
	}
	return i + 1, pos - p.lines[i].s + 1
}

// lineIndex returns the index of the line holding pos.
func (p *parser) lineIndex(pos int) int {
	i := sort.Search(len(p.lines), func(i int) bool { return p.lines[i].s > pos }) - 1
	if i < 0 && len(p.lines) > 0 {
		return 0
	}
	return i
}

func (p *parser) run() {
	p.splitLines() // may blank page notes: a new source
	// The source's hash needs nothing else from the parse: on another core,
	// again at the end if the source changed after all.
	source, hash := p.doc.Source, make(chan string, 1)
	go func() { hash <- graph.Hash(source) }()
	defer func() {
		h := <-hash
		if p.doc.Source != source {
			h = graph.Hash(p.doc.Source)
		}
		p.doc.Meta.Hash = h
	}()
	body := p.frontMatter()
	if body < len(p.lines) {
		p.bodyStart = p.lines[body].s
	} else {
		p.bodyStart = len(p.src)
	}
	p.aliases = p.opts.aliasesFor(p.doc.Meta.Jurisdiction)
	p.firstIsLead = p.detectFirstIsLead()
	p.primaryLeads = p.detectPrimaryLeads(body)
	for i := body; i < len(p.lines); i++ {
		if mk := p.lines[i].mk; mk == markCN || mk == markParenCN {
			p.sectionMarker = mk
			break
		}
	}
	p.findNumberRoles(body)
	p.planPlacement(body)
	for i := body; i < len(p.lines); {
		i = p.step(i)
	}
	p.flushPending()
	p.releaseHeld()
	p.finish()
}

// splitLines indexes the lines and classifies them.
func (p *parser) splitLines() {
	s, brackets, depth, unclosed := 0, 0, 0, false
	p.lines = make([]lineInfo, 0, strings.Count(p.source, "\n")+1)
	for i := 0; i <= len(p.src); i++ {
		if i < len(p.src) {
			if r := p.src[i]; isCJKIdeograph(r) {
				continue // neither a bracket nor a line end
			} else if isOpen(r) {
				brackets++
				depth++
			} else if isClose(r) {
				depth--
			}
		}
		if i == len(p.src) || p.src[i] == '\n' {
			if i == len(p.src) && s == i && i > 0 {
				break
			}
			unclosed = unclosed || depth > 0
			depth = 0
			ln := p.classify(s, i)
			switch {
			case ln.kind == lkLabel && !ln.noRole:
				p.labelLines++
			case ln.measure:
				p.measureLines = append(p.measureLines, len(p.lines))
			case ln.kind == lkText && (isOpen(p.src[ln.cs]) && isClose(p.src[lastRune(p.src, ln.cs, ln.e)]) || dashAt(p.src, ln.cs, ln.e) || summaryPrefix(p.src, ln.cs, ln.e) > 0):
				p.bracketLines = append(p.bracketLines, len(p.lines))
			}
			p.lines = append(p.lines, ln)
			s = i + 1
		}
	}
	p.markNotes()
	if unclosed {
		p.joinWrapped()
	}
	p.joinListWraps()
	// Room for every bracket or line to close a task, to grow Tasks once.
	p.doc.Tasks = make([]graph.Task, 0, min(brackets+len(p.lines), len(p.src)/8+16))
}

func (p *parser) classify(s, e int) lineInfo {
	ln := lineInfo{s: s, e: e, cs: s, kind: lkBlank}
	cs := s
	for cs < e && isSpace(p.src[cs]) && p.src[cs] != '\t' {
		cs++
	}
	ln.mdHeading = cs+2 < e && p.src[cs] == '#' && p.src[cs+1] == '#'
	// Markdown heading and quote markers, ★ and kin.
	for cs < e && (p.src[cs] == '#' || p.src[cs] == '>' || isStar(p.src[cs])) {
		cs++
		for cs < e && p.src[cs] == ' ' {
			cs++
		}
	}
	for cs < e && isSpace(p.src[cs]) {
		cs++
	}
	// - / * / + / • bullets of a list (Markdown or typed): the bullet is no text.
	if cs+1 < e && strings.ContainsRune("-*+•·", p.src[cs]) && (p.src[cs+1] == ' ' || p.src[cs+1] == '\u3000') {
		cs = skipSpace(p.src, cs+1, e)
	}
	ln.cs = cs
	if !hasContent(p.src, cs, e) {
		return ln
	}
	for i := cs; i < e; i++ {
		if p.src[i] == '\t' {
			ln.kind = lkTab
			return ln
		}
	}
	if blockNumber(p.src, cs, e) {
		// 第3项 alone over its fields: it only numbers the block (the
		// 工作任务 field below is the item)
		return ln
	}
	hit, ok := p.labelAt(cs, e, false)
	if ok && taskLabels[hit.word] {
		// 工作任务：… in a block of fields: a numbered item whose text is the field
		ln.kind, ln.mk, ln.ms, ln.field = lkText, markNumbered, skipSpace(p.src, hit.value, e), true
		return ln
	}
	if ok && (hit.role != roleNone || contactLabels[hit.word] || measureLabels[hit.word]) && len([]rune(hit.word)) <= 8 {
		// 责任人：… and 联系人：… (known labels of no role) are labelled
		// lines too, read as part of the block and assigning nothing;
		// 工作目标：… is kept as a measure of the task.
		ln.kind = lkLabel
		ln.noRole = hit.role == roleNone
		ln.measure = ln.noRole && measureLabels[hit.word]
		return ln
	}
	ln.kind = lkText
	ln.mk, ln.ms = markerAt(p.src, cs, e)
	if ln.mk == markNone {
		ln.ms = cs
	} else {
		for ln.ms < e && isSpace(p.src[ln.ms]) {
			ln.ms++
		}
	}
	return ln
}

// joinWrapped joins a line that ends inside a bracket with the lines that
// close it (an annotation wrapped by a PDF or across a page): the first line
// spans them all and the others read as blank.
func (p *parser) joinWrapped() {
	for i := 0; i < len(p.lines); i++ {
		ln := p.lines[i]
		if ln.kind == lkBlank || ln.kind == lkTab || openDepth(p.src, ln.cs, ln.e) <= 0 {
			continue
		}
		depth := openDepth(p.src, ln.cs, ln.e)
		for j, n := i+1, 0; j < len(p.lines) && n < 6; j++ {
			nx := p.lines[j]
			if nx.kind == lkBlank && openDepth(p.src, nx.s, nx.e) == 0 {
				continue // blank lines (a page break's) do not count
			}
			n++
			if nx.kind == lkTab || nx.kind == lkNote || nx.mk != markNone && nx.mk != markNumbered {
				break
			}
			depth += openDepth(p.src, nx.s, nx.e)
			if depth > 0 {
				continue
			}
			p.conv[convWrapped]++
			merged := p.classify(ln.s, nx.e)
			merged.e = nx.e
			p.lines[i] = merged
			for k := i + 1; k <= j; k++ {
				p.lines[k].kind = lkBlank
			}
			i = j
			break
		}
	}
}

// joinListWraps joins a labelled line that ends in a list separator
// (配合单位：X、Y、) with the unmarked text line that continues its list.
func (p *parser) joinListWraps() {
	for i := 0; i+1 < len(p.lines); i++ {
		ln := p.lines[i]
		if ln.kind != lkLabel && !(ln.kind == lkText && dashAt(p.src, ln.cs, ln.e)) {
			continue
		}
		for j := i + 1; j < len(p.lines); j++ {
			if r := p.src[lastRune(p.src, ln.cs, ln.e)]; r != '、' && r != '，' && r != ',' {
				break
			}
			// past the blank lines a page break leaves (noise blanked)
			for k := j; k < len(p.lines) && k < j+6 && p.lines[k].kind == lkBlank; k++ {
				if k+1 < len(p.lines) && p.lines[k+1].kind != lkBlank {
					j = k + 1
				}
			}
			nx := p.lines[j]
			if nx.kind != lkText || nx.mk != markNone || isOpen(p.src[nx.cs]) {
				break
			}
			p.conv[convWrapped]++
			merged := p.classify(ln.s, nx.e)
			merged.e = nx.e
			p.lines[i], ln = merged, merged
			for k := i + 1; k <= j; k++ {
				p.lines[k].kind = lkBlank
			}
			i = j
		}
	}
}

// lastRune returns the index of the last non-space rune of src[s:e] (s when none).
func lastRune(src []rune, s, e int) int {
	for e > s && isSpace(src[e-1]) {
		e--
	}
	return max(s, e-1)
}

// openDepth returns the brackets src[s:e] leaves open.
func openDepth(src []rune, s, e int) int {
	d := 0
	for i := s; i < e; i++ {
		switch r := src[i]; {
		case isOpen(r):
			d++
		case isClose(r):
			d--
		}
	}
	return d
}

// nextLine returns the index of the next non-blank line after i, or -1.
func (p *parser) nextLine(i int) int {
	for j := i + 1; j < len(p.lines); j++ {
		if p.lines[j].kind != lkBlank {
			return j
		}
	}
	return -1
}

func (p *parser) prevLine(i int) int {
	for j := i - 1; j >= 0; j-- {
		if p.lines[j].kind != lkBlank {
			return j
		}
	}
	return -1
}

func (p *parser) labelsFollow(i int) bool {
	j := p.nextLine(i)
	return j >= 0 && (p.lines[j].kind == lkLabel || p.annLine[j])
}

// step handles the line at i and returns the next line to handle.
func (p *parser) step(i int) int {
	ln := p.lines[i]
	if p.reqPart {
		if !p.requirementsEnd(i) {
			return p.requirementLine(i)
		}
		p.reqPart = false
	}
	if mk, ok := p.requirementHeading(i); ok {
		// 四、工作要求 after the tasks: the rest of the part is narrative
		p.flushPending()
		p.releaseHeld()
		p.reqPart, p.reqMark, p.reqHead = true, mk, i
		p.conv[convRequirements]++
		if mk == markNone {
			return p.requirementLine(i)
		}
		p.textLine(i, ln.cs, ln.e)
		return i + 1
	}
	if p.numberRoleLine[i] {
		// 第1、2项由X牵头…: the roles of items above, by number
		p.flushPending()
		p.releaseHeld()
		return i + 1
	}
	switch ln.kind {
	case lkBlank:
		return i + 1
	case lkLabel:
		if p.tableTitleLine(i) {
			p.titleLabel = i + 1
			p.flushPending()
			p.narrative(ln.cs, ln.e) // 牵头单位：X above the table it titles
			return i + 1
		}
		return p.labelBlock(i)
	case lkNote:
		p.footnote(i)
		return i + 1
	case lkText:
		if p.annLine[i] {
			return p.annotationLine(i)
		}
	case lkTab:
		if cols, ok := p.tableHeader(i); ok {
			p.flushPending()
			p.releaseHeld()
			p.heads = nil
			return p.table(i, cols)
		}
		if i == 0 || p.lines[i-1].kind != lkTab || p.lines[i].s == p.bodyStart {
			if cols, ok := p.continuedTable(i); ok {
				return p.table(i, cols)
			}
			p.checkUnreadTable(i)
		}
	}
	p.textLine(i, ln.cs, ln.e)
	return i + 1
}

// textLine handles one line (or table cell) of text, src[cs:e].
func (p *parser) textLine(i, cs, e int) {
	mk, ms := markerAt(p.src, cs, e)
	if i >= 0 && i < len(p.lines) && p.lines[i].field && cs == p.lines[i].cs {
		mk, ms = markNumbered, p.lines[i].ms
	}
	for ms < e && mk != markNone && isSpace(p.src[ms]) {
		ms++
	}
	labelsNext := p.labelsFollow(i)
	labels := labelsNext || p.ahead != nil
	numbered := false
	var pend int
	var closed bool
	switch {
	case mk != markNone && mk != markNumbered && (mk == p.sectionMarker || p.sectionMarker == markNone):
		p.sectionMarker = mk
		p.flushPending()
		p.heading()
		p.startSection(SectionNumbered, cs)
		pend, closed = p.content(ms, e, modeSection, -1, labels)
	case (mk == markCN || mk == markParenCN) && p.headItem[i]:
		// （一）地区生产总值增长7% followed by its own 责任单位 line: an item.
		p.flushPending()
		p.ensureSection(cs)
		numbered = true
		pend, closed = p.content(ms, e, modeItem, -1, labels)
	case (mk == markCN || mk == markParenCN) && p.titledItem(i, ms, e):
		// （一）建立政策发布平台。每季度梳理…。（责任单位：…）: a title
		// sentence, its detail and the one annotation closing the line are
		// one item, its title part of the task, as for a 1． item.
		if p.headItem == nil {
			p.headItem = map[int]bool{}
		}
		p.headItem[i] = true
		p.flushPending()
		p.heading() // it ends the sub-heading above, as a sibling heading would
		p.headingTheme = -1
		p.ensureSection(cs)
		numbered = true
		pend, closed = p.content(ms, e, modeItem, -1, labels)
	case mk == markCN || mk == markParenCN || mk == markNone && i >= 0 && i < len(p.lines) && p.lines[i].mdHeading:
		// ## 关键词　城建 without a number is a sub-heading too
		p.flushPending()
		p.heading()
		p.ensureSection(cs)
		pend, closed = p.content(ms, e, modeTheme, -1, labels)
	case mk == markNumbered:
		p.flushPending()
		p.ensureSection(cs)
		numbered = true
		pend, closed = p.content(ms, e, modeItem, -1, labels)
	default:
		carry := -1
		if p.pending >= 0 && (p.pendingNumbered || p.pendingWrapped || p.opensWithAnnotation(cs, e)) {
			carry = p.pending
			numbered = p.pendingNumbered
		} else {
			p.flushPending()
		}
		if carry < 0 && p.closing(cs, e, labels) {
			p.sectionEnd = e
			return
		}
		p.ensureSection(cs)
		pend, closed = p.content(cs, e, modePara, carry, labels)
		if closed {
			numbered = false
		}
	}
	p.sectionEnd = e
	if pend < 0 {
		p.pending, p.pendingNumbered, p.pendingWrapped = -1, false, false
		return
	}
	if closed || p.pending < 0 || !p.pendingNumbered {
		p.pending = pend
	}
	p.pendingEnd, p.pendingNumbered, p.pendingWrapped = e, numbered && !closed, false
	keep := labelsNext && p.place[p.nextLine(i)] != placeBefore
	if !keep {
		if j := p.nextLine(i); j >= 0 && p.lines[j].kind == lkText && p.lines[j].mk == markNone {
			switch {
			case p.pendingNumbered && (j == i+1 || wrappedEnd(p.src, pend, e)):
				// the item goes on in the next line (not past a blank line
				// after a finished sentence)
				keep = true
			case p.place[j] != placeBefore && p.opensWithAnnotation(p.lines[j].cs, p.lines[j].e):
				// its annotation stands on the next line
				keep = true
			case wrappedEnd(p.src, pend, e):
				// a sentence that runs on to the next line (PDF text)
				keep, p.pendingWrapped = true, true
			}
		}
	}
	if !keep {
		p.flushPending()
	}
}

// titledItem reports a sub-heading line src[ms:e] (after its （一） or 一、)
// that is an item of its own: a title sentence, more text, and one
// annotation closing the line. A title on a line of its own, a paragraph of
// several annotated tasks under its title, or a line over deeper numbered
// items stays a heading whose title is the theme of what it holds.
func (p *parser) titledItem(i, ms, e int) bool {
	if i < 0 || i >= len(p.lines) || p.labelsFollow(i) {
		return false
	}
	if j := p.nextLine(i); j >= 0 && p.lines[j].kind == lkText && p.lines[j].mk == markNumbered {
		return false
	}
	// A paragraph wrapped over lines (a typed text, a PDF line not joined)
	// ends where its annotation closes a line.
	for k, j := 0, i; k < 3 && wrappedEnd(p.src, p.lines[j].cs, p.lines[j].e); k++ {
		j = p.nextLine(j)
		if j != i+k+1 || p.lines[j].kind != lkText || p.lines[j].mk != markNone {
			break
		}
		e = p.lines[j].e
	}
	anns := p.annotations(ms, e, false)
	if len(anns) != 1 || hasContent(p.src, anns[0].e, e) {
		return false
	}
	hs, he, next := p.headSentence(ms, anns[0].s, false)
	return he > hs && next < anns[0].s && hasContent(p.src, next, anns[0].s)
}

// opensWithAnnotation reports a line that starts with an annotation bracket:
// the annotation of the text above it, pushed to its own line.
func (p *parser) opensWithAnnotation(cs, e int) bool {
	if cs >= e || !isOpen(p.src[cs]) {
		return false
	}
	anns := p.annotations(cs, e, false)
	return len(anns) > 0 && anns[0].s == cs
}

// wrappedEnd reports text that stops mid-sentence at the end of its line.
func wrappedEnd(src []rune, s, e int) bool {
	for e > s && isSpace(src[e-1]) {
		e--
	}
	if e <= s {
		return false
	}
	r := src[e-1]
	return !isSentenceEnd(r) && !isClose(r) && !isColon(r) && r != '；' && r != ';'
}

// content finds the annotations of src[ps:pe] and makes tasks of the text
// they close. It returns the start of unclosed trailing text (or -1) and
// whether any annotation closed a task.
func (p *parser) content(ps, pe int, m mode, carry int, labels bool) (int, bool) {
	anns := p.annotations(ps, pe, true)
	cursor := ps
	if carry >= 0 {
		cursor = carry
	}
	firstAnn := pe
	if len(anns) > 0 {
		firstAnn = anns[0].s
	}
	// 扩大有效投资。责任省领导：X。一是…，由Y牵头；二是…: leaders alone
	// after the head sentence, before clauses with roles of their own, are
	// the leaders of those clauses; the head sentence stays a heading.
	opening := len(anns) > 1 && leadersOnly(anns[0].fields) && hasContent(p.src, anns[0].e, anns[1].s)
	p.paraTheme = -1
	switch m {
	case modeSection, modeTheme:
		hs, he, next := p.headSentence(ps, firstAnn, false)
		direct := len(anns) > 0 && !opening && !hasContent(p.src, next, firstAnn)
		// 一、做强实体经济（责任县领导：X副县长） over numbered items: a
		// heading whose roles govern them, not a task.
		roles := direct && p.headingRoles(anns, pe, m == modeSection)
		if roles {
			direct, next = false, anns[len(anns)-1].e
		}
		title := p.str(hs, he)
		if m == modeSection {
			sec := &p.doc.Sections[p.cur]
			sec.Title, sec.Heading = title, graph.Span{Start: hs, End: he}
			p.sectionLeaders = nil
			p.sectionLead = p.unitHeading(title)
			if names, ok := p.leaderHeading(hs, he); ok {
				p.conv[convLeaderSection]++
				sec.Kind = SectionLeader
				p.sectionLeaders = names
			}
		} else if !direct && he > hs {
			p.headingTheme = p.addTheme(title, hs, he)
			p.scopeLead = p.unitHeading(title)
			// （一）赵建华副区长分管工作: its leaders govern the tasks below.
			if names, ok := p.leaderHeading(hs, he); ok {
				p.conv[convLeaderSection]++
				p.scopeLeaders = names
			}
		}
		if roles {
			a := annotation{s: anns[0].s, e: anns[len(anns)-1].e}
			for _, x := range anns {
				a.fields.merge(x.fields)
			}
			p.governBelow(a, m == modeSection)
		}
		if !direct {
			cursor = next
		}
	case modeItem:
		// 1．全力抓好招商引资。一是…（…）；二是…: the lead sentence is a theme.
		hs, he, next := p.headSentence(ps, firstAnn, false)
		clauses := next
		if opening && !hasContent(p.src, next, firstAnn) {
			clauses = anns[0].e // 1．…。责任市领导：X。一是…
			next = firstAnn
		}
		for clauses < pe && isLeadTrim(p.src[clauses]) {
			clauses++
		}
		if len(anns) > 0 && he > hs && next <= firstAnn && next > he && enumeratorAt(p.src, clauses, pe) > 0 {
			p.paraTheme = p.addTheme(p.str(hs, he), hs, he)
			cursor = next
		}
	case modePara:
		if carry >= 0 || labels {
			break
		}
		if p.cur >= 0 && p.doc.Sections[p.cur].Kind == SectionOpening && p.doc.Sections[p.cur].Title == "" {
			p.openingTitle(ps, pe)
		}
		hs, he, next := p.headSentence(ps, firstAnn, len(anns) > 0)
		if opening && next == firstAnn {
			firstAnn = anns[1].s // the leaders' sentence is no task text
		}
		if next <= firstAnn && he > hs && he-hs <= 40 && next > he && !p.hasComma(hs, he) && hasContent(p.src, next, firstAnn) {
			if len(anns) > 0 || isSentenceEnd(p.src[next-1]) {
				p.paraTheme = p.addTheme(p.str(hs, he), hs, he)
				cursor = next
			}
		}
	}
	closed := false
	first := len(p.doc.Tasks)
	for k, a := range anns {
		if a.s < cursor {
			continue
		}
		if k == 0 && opening && !hasContent(p.src, cursor, a.s) {
			cursor = a.e
			continue // shared below
		}
		if a.opens {
			// the task is the rest of its sentence
			p.narrative(cursor, a.s)
			te := pe
			for j := a.e; j < pe; j++ {
				if isSentenceEnd(p.src[j]) {
					te = j + 1
					break
				}
			}
			p.addTask(a.e, te, a)
			cursor, closed = te, true
			continue
		}
		// 一是…（X牵头）；二是…（Y负责）。（责任区领导：Z）: an annotation
		// after the last clause, closing no text of its own, is shared by
		// the clauses before it for the roles they lack.
		if closed && len(p.doc.Tasks) > first && !hasContent(p.src, cursor, a.s) {
			p.share(first, a)
			cursor = a.e
			continue
		}
		if a.summary {
			p.addClauses(cursor, a.s, a)
		} else {
			p.addTask(cursor, a.s, a)
		}
		cursor, closed = a.e, true
	}
	if opening && cursor > anns[0].e && len(p.doc.Tasks) > first {
		p.share(first, anns[0])
	}
	if hasContent(p.src, cursor, pe) {
		return cursor, closed
	}
	return -1, closed
}

// headSentence returns the first sentence of src[s:e] without its end mark
// (hs, he) and the index past the mark (next). With colon, ：ends it too.
func (p *parser) headSentence(s, e int, colon bool) (hs, he, next int) {
	depth := 0
	for i := s; i < e; i++ {
		r := p.src[i]
		switch {
		case isOpen(r):
			depth++
		case isClose(r):
			if depth > 0 {
				depth--
			}
		case depth == 0 && (isSentenceEnd(r) || colon && isColon(r)):
			hs, he = trim(p.src, s, i, isSpace, isTailTrim)
			return hs, he, i + 1
		}
	}
	hs, he = trim(p.src, s, e, isSpace, isTailTrim)
	return hs, he, e
}

func (p *parser) hasComma(s, e int) bool {
	for i := s; i < e; i++ {
		if r := p.src[i]; isComma(r) || isSemicolon(r) {
			return true
		}
	}
	return false
}

// annotations finds the annotations in src[s:e]: brackets with labelled
// fields or role words, and unbracketed labels after a sentence.
func (p *parser) annotations(s, e int, report bool) []annotation {
	var out []annotation
	comma := -1 // the first comma of the clause being read
	tail := rng{-1, -1}
	i := s
	for ; i < e; i++ {
		r := p.src[i]
		// 一是…，由X牵头，Y配合；二是…: roles closing a clause after a comma,
		// tested when the clause ends (brackets are skipped below).
		switch {
		case isComma(r):
			if comma < 0 {
				comma = i
			}
		case comma >= 0 && (isSemicolon(r) || isSentenceEnd(r)):
			out = p.clauseRoles(out, comma, i)
			comma = -1
		}
		if i > s && isCJKIdeograph(r) && isCJKIdeograph(p.src[i-1]) {
			// Most runes: every rule below starts at a bracket, a dash or
			// a rune after the line's start, a sentence end, a semicolon or
			// a space, none of them an ideograph. A rule that can start
			// between two ideographs belongs above this test.
			continue
		}
		if (r == '【' || r == '［') && i > s {
			// 1．…。——【牵头科室】X 【配合科室】Y: labels in brackets, each
			// followed by its value, to the end of the line
			if hit, ok := p.labelAt(i, e, false); ok && hit.known && hasContent(p.src, hit.value, min(e, hit.value+1)) && !isOpen(p.src[hit.value]) {
				if fs, notes, ok := p.parseFields(i, e, false); ok {
					if report {
						for _, n := range notes {
							p.warn(graph.DiagUnparsedAnnotation, n.pos, "%s", n.msg)
						}
					}
					a := i
					if a >= 2 && dashAt(p.src, a-2, e) {
						a -= 2
					}
					out = append(out, annotation{s: a, e: e, fields: fs, origin: convInlineLabels})
					break
				}
			}
		}
		if isOpen(r) {
			c := matchClose(p.src, i, e)
			inner := c
			if c < 0 {
				inner = e
			}
			if a, notes, ok := p.bracket(i+1, inner); ok {
				end := c + 1
				if c < 0 {
					end = e
					notes = append(notes, note{i, "annotation bracket is not closed; read to the end of the line"})
				}
				a.s, a.e = i, end
				a.origin = convBracketFields
				if a.fields.roles {
					a.origin = convBracketRoles
				}
				// （以上均由X牵头，Y配合） after 一是…二是…
				a.summary = summaryPrefix(p.src, skipSpace(p.src, i+1, inner), inner) > 0
				if report {
					for _, n := range notes {
						p.warn(graph.DiagUnparsedAnnotation, n.pos, "%s", n.msg)
					}
				}
				out = append(out, a)
				i = end - 1
				continue
			}
			if c > 0 && i > s {
				// （目标：建成5个） beside an annotation bracket: its goal.
				if fs, ok := p.goalBracket(i+1, c); ok {
					out = append(out, annotation{s: i, e: c + 1, fields: fs, origin: originGoals})
					i = c
					continue
				}
			}
			if c > 0 && i > s && p.bareUnitList(i+1, c) && closesSentence(p.src, c+1, e) {
				// 1．…建设。（市发展改革委、市财政局）: the units alone, the first leading
				var fs fieldSet
				fs.add(roleUnits, rng{i + 1, c})
				fs.firstIsLead = true
				out = append(out, annotation{s: i, e: c + 1, fields: fs, origin: convBareUnits})
				i = c
				continue
			}
			if report && c > 0 && p.looksLikeAnnotation(i+1, c) {
				p.warn(graph.DiagUnparsedAnnotation, i, "bracket looks like an annotation but does not parse: %s", clip(p.str(i, c+1), 30))
			}
			if c > 0 {
				i = c
			}
			continue
		}
		// 1．…建设。——X牵头，Y配合: running roles after a dash closing the sentence.
		// A line of its own that starts with the dash (——X牵头，Y配合。) too.
		if dashAt(p.src, i, e) && (i == s || p.src[i-1] != '—') {
			if fs, ok := p.parseRoles(i+2, e); ok {
				out = append(out, annotation{s: i, e: e, fields: fs, origin: convDashRoles})
				break
			}
		}
		if i == s || isSentenceEnd(p.src[i-1]) {
			// …；三是…。以上工作由X牵头，Y配合。
			if r == '以' || r == '上' {
				if end, fs, ok := p.summaryAt(i, e); ok {
					out = append(out, annotation{s: i, e: end, fields: fs, origin: convSummaryRoles, summary: true})
					i = end - 1
					continue
				}
			}
			// 县X局牵头，会同县Y局，新建…，6月底前抓好落实。: roles opening the
			// sentence, its task after them.
			if !isSpace(r) {
				if end, fs, ok := p.openingRoles(i, e); ok && p.plausibleRoles(fs) && p.namedRoles(fs) {
					out = append(out, annotation{s: i, e: end, fields: fs, origin: convOpeningRoles, opens: true})
					i = end
					continue
				}
			}
			// 1．…改造。分管领导为X副镇长，Y牵头，Z协助。: the paragraph's closing
			// sentences are nothing but roles, unlabelled (also on a line of
			// their own below the item).
			if tail.e < 0 {
				tail = lineTail(p.src, s, e)
			}
			if tail.rolesClose(p.src, i) {
				// A sentence opening with a time (年底前完成…。由X牵头) is the task's.
				if fs, ok := p.parseRoles(i, e); ok && p.plausibleRoles(fs) && fs.fields[0].role != roleDeadline {
					out = append(out, annotation{s: i, e: e, fields: fs, origin: convRoleSentence})
					break
				}
			}
		}
		if i > s && knownLabels.first.has(r) && (isSentenceEnd(p.src[i-1]) || isSemicolon(p.src[i-1]) || isSpace(p.src[i-1])) {
			if hit, ok := p.labelAt(i, e, false); ok && hit.known {
				end := labelsEnd(p.src, i, e)
				fs, notes, ok := p.parseFields(i, end, false)
				if ok {
					if report {
						for _, n := range notes {
							p.warn(graph.DiagUnparsedAnnotation, n.pos, "%s", n.msg)
						}
					}
					out = append(out, annotation{s: i, e: end, fields: fs, origin: convInlineLabels})
					if end == e {
						break
					}
					i = end - 1
				}
			}
		}
	}
	if i >= e && comma >= 0 {
		out = p.clauseRoles(out, comma, e) // the line's last clause
	}
	// Adjacent brackets (only spaces between) are one annotation.
	merged := out[:0]
	for _, a := range out {
		if n := len(merged); n > 0 && !hasContent(p.src, merged[n-1].e, a.s) && onlySpace(p.src, merged[n-1].e, a.s) {
			merged[n-1].e = a.e
			if merged[n-1].goalOnly() && !a.goalOnly() {
				// the goal before the roles: the roles' annotation
				goals := append(append([]rng(nil), merged[n-1].fields.goals()...), a.fields.goals()...)
				a.fields.measures = nil
				a.fields.addGoal(goals...)
				merged[n-1].fields, merged[n-1].origin, merged[n-1].summary, merged[n-1].opens = a.fields, a.origin, a.summary, a.opens
				continue
			}
			merged[n-1].fields.merge(a.fields)
			continue
		}
		merged = append(merged, a)
	}
	// A goal bracket beside no annotation stays text.
	kept := merged[:0]
	for _, a := range merged {
		if !a.goalOnly() {
			kept = append(kept, a)
		}
	}
	return kept
}

// clauseRoles appends to out the roles closing the clause that ends at
// end, after one of its commas from the first one on (comma) and past the
// annotations out holds already: every segment from that comma to the end a
// role whose subject names units or leaders (…，由X牵头，Y配合；).
func (p *parser) clauseRoles(out []annotation, comma, end int) []annotation {
	if !verbClose(p.src, comma+1, end) {
		return out // cheap test first: the clause ends in a role verb
	}
	from := comma
	if n := len(out); n > 0 && out[n-1].e > from {
		from = out[n-1].e
	}
	depth := 0
	for c := from; c < end; c++ {
		switch r := p.src[c]; {
		case isOpen(r):
			depth++
		case isClose(r):
			depth = max(0, depth-1)
		case depth == 0 && isComma(r):
			if fs, ok := p.parseRoles(c+1, end); ok && p.plausibleRoles(fs) {
				return append(out, annotation{s: c, e: end, fields: fs, origin: convClauseRoles})
			}
		}
	}
	return out
}

// clauseStop returns the end of the clause starting at i: the next
// semicolon or sentence end outside brackets, or e.
func clauseStop(src []rune, i, e int) int {
	depth := 0
	for ; i < e; i++ {
		switch r := src[i]; {
		case isOpen(r):
			depth++
		case isClose(r):
			depth = max(0, depth-1)
		case depth == 0 && (isSemicolon(r) || isSentenceEnd(r)):
			return i
		}
	}
	return e
}

// labelsEnd returns where labels after a sentence (src[i:e]) end: at the
// line's end, or before a full stop or semicolon that an enumerated clause
// follows (责任省领导：X。一是…，由Y牵头；二是…), which the labels do not name.
func labelsEnd(src []rune, i, e int) int {
	depth := 0
	for k := i; k < e; k++ {
		switch r := src[k]; {
		case isOpen(r):
			depth++
		case isClose(r):
			depth = max(0, depth-1)
		case depth == 0 && (isSemicolon(r) || isSentenceEnd(r)):
			if enumeratorAt(src, skipSpace(src, k+1, e), e) > 0 {
				return k
			}
		}
	}
	return e
}

// lineTail returns the end of src[s:e] without trailing spaces and full
// stops (e) and the start of its last segment after a comma, semicolon or
// sentence end (s): what rolesClose reads, the same for every start. A
// time limit after a comma (…由X牵头，Y配合，限时一个月内办结) is left out.
func lineTail(src []rune, s, e int) rng {
	for e > s && (isSpace(src[e-1]) || isSentenceEnd(src[e-1])) {
		e--
	}
	last := lastSegment(src, s, e)
	if last > s && isComma(src[last-1]) && isDeadlinePhrase(src, last, e) {
		e = last - 1
		last = lastSegment(src, s, e)
	}
	return rng{last, e}
}

// lastSegment returns the start of the last segment of src[s:e], after its
// last comma, semicolon or sentence end.
func lastSegment(src []rune, s, e int) int {
	last := e
	for last > s && !isComma(src[last-1]) && !isSemicolon(src[last-1]) && !isSentenceEnd(src[last-1]) {
		last--
	}
	return last
}

// rolesClose reports that src[i:] up to the line's tail t ends in a role
// verb (…配合。) or a label with 为 (…，配合单位为X。), a cheap test before
// reading it as a sentence of roles.
func (t rng) rolesClose(src []rune, i int) bool {
	if t.e-i < 4 {
		return false
	}
	if verbClose(src, i, t.e) {
		return true
	}
	_, n := labelIs(src, max(t.s, i), t.e)
	return n > 0
}

// verbClose reports that src[i:e] ends in a role verb (…牵头, …配合).
func verbClose(src []rune, i, e int) bool {
	for e > i && (isSpace(src[e-1]) || isSentenceEnd(src[e-1])) {
		e--
	}
	return leadRoleWords.suffixAt(src, i, e) > 0 || unitRoleWords.suffixAt(src, i, e) > 0 ||
		respRoleWords.suffixAt(src, i, e) > 0 || leaderRoleWords.suffixAt(src, i, e) > 0
}

// plausibleRoles reports that every subject of an unbracketed role sentence
// names units or leaders (局, 办, 各村（社区）, 副镇长X), not a clause that
// happens to end in 落实 or 参与; and that someone leads or is in charge.
func (p *parser) plausibleRoles(fs fieldSet) bool {
	in := false
	for _, f := range fs.fields {
		switch f.role {
		case roleLeader:
			in = true
			continue
		case roleLead, roleResp:
			in = true
		case roleUnits:
			in = in || f.primary // 责任单位为X: a label names them
		default:
			continue
		}
		items := p.splitItems(p.items[:0], f.r.s, f.r.e)
		ok := len(items) > 0
		for _, it := range items {
			last, _ := utf8.DecodeLastRuneInString(it.text)
			if !(endsLikeUnit(it.text) || isClose(last) || isCollective(it.text)) {
				if _, person := p.leaderName(it.text); !person {
					ok = false
				}
			}
		}
		p.items = items[:0]
		if !ok {
			return false
		}
	}
	return in
}

// namedRoles reports roles whose subjects name someone, not the roles in
// general (各责任领导牵头抓总，牵头单位负责具体推进: a notice's rule, no task).
func (p *parser) namedRoles(fs fieldSet) bool {
	for _, f := range fs.fields {
		items := p.splitItems(p.items[:0], f.r.s, f.r.e)
		for _, it := range items {
			if _, label := labelRoles[strings.TrimPrefix(it.text, "各")]; label || strings.Contains(it.text, "领导") {
				p.items = items[:0]
				return false
			}
		}
		p.items = items[:0]
	}
	return true
}

// dashAt reports a —— with text after it at src[i].
func dashAt(src []rune, i, e int) bool {
	return i+2 < e && src[i] == '—' && src[i+1] == '—'
}

func onlySpace(src []rune, s, e int) bool {
	for i := s; i < e; i++ {
		if !isSpace(src[i]) {
			return false
		}
	}
	return true
}

// bracket parses the inside of a bracket as an annotation.
func (p *parser) bracket(s, e int) (annotation, []note, bool) {
	a, b := trim(p.src, s, e, isSpace, isSpace)
	if a >= b {
		return annotation{}, nil, false
	}
	if fs, notes, ok := p.parseFields(a, b, true); ok {
		return annotation{fields: fs}, notes, true
	}
	// （X牵头，Y配合，目标：…）, （目标：…；X牵头）: unlabelled roles beside a
	// goal field.
	if rs, re, ms, me, ok := p.goalPart(a, b); ok {
		if fs, ok := p.parseRoles(rs, re); ok {
			fs.addGoal(rng{ms, me})
			return annotation{fields: fs}, nil, true
		}
	}
	if fs, ok := p.parseRoles(a, b); ok {
		return annotation{fields: fs}, nil, true
	}
	return annotation{}, nil, false
}

// goalPart splits the inside of a bracket src[a:b] into roles and a goal
// field (a measure label and its colon, measureLabels): a goal after a
// comma or semicolon runs to the end (X牵头，Y配合，目标：建成5个), a goal
// opening the bracket to its first semicolon (目标：建成5个；X牵头).
func (p *parser) goalPart(a, b int) (rs, re, ms, me int, ok bool) {
	if !hasColon(p.src, a, b) {
		return // no goal label without its colon (most running roles)
	}
	goal := func(i int) bool {
		if !measureFirst.has(p.src[i]) {
			return false // most commas: no goal label after them
		}
		hit, ok := p.labelAt(i, b, false)
		return ok && hit.role == roleNone && measureLabels[hit.word]
	}
	depth := 0
	for i := a; i < b; i++ {
		switch r := p.src[i]; {
		case isOpen(r):
			depth++
		case isClose(r):
			depth = max(0, depth-1)
		case depth == 0 && (isComma(r) || isSemicolon(r)) && i > a:
			if j := skipSpace(p.src, i+1, b); j < b && goal(j) {
				return a, i, j, b, true
			}
		}
	}
	if !goal(a) {
		return
	}
	for i := a; i < b; i++ {
		if isSemicolon(p.src[i]) {
			if j := skipSpace(p.src, i+1, b); j < b {
				return j, b, a, i, true
			}
		}
	}
	return
}

// measureFirst holds the first rune of every measure label.
var measureFirst = func() (s runeSet) {
	for w := range measureLabels {
		r, _ := utf8.DecodeRuneInString(w)
		s.add(r)
	}
	return s
}()

// goalBracket reports a bracket holding only goal fields (（目标：建成5个）,
// （完成标准：…）) and returns them; beside an annotation it is part of it.
func (p *parser) goalBracket(s, e int) (fieldSet, bool) {
	a, b := trim(p.src, s, e, isSpace, isSpace)
	if a >= b {
		return fieldSet{}, false
	}
	if !measureFirst.has(p.src[a]) {
		return fieldSet{}, false
	}
	if hit, ok := p.labelAt(a, b, false); !ok || hit.role != roleNone || !measureLabels[hit.word] {
		return fieldSet{}, false
	}
	fs, notes, _ := p.parseFields(a, b, false)
	return fs, len(fs.fields) == 0 && len(notes) == 0 && fs.measures != nil
}

// closesSentence reports that a bracket ending before i stands at the end
// of a line or a sentence.
func closesSentence(src []rune, i, e int) bool {
	for i < e && isSpace(src[i]) {
		i++
	}
	return i == e || isSentenceEnd(src[i]) || isSemicolon(src[i])
}

// bareUnitList reports a bracket holding nothing but unit names
// (市发展改革委、市财政局, 各县（市、区）人民政府).
func (p *parser) bareUnitList(s, e int) bool {
	items := p.splitItems(p.items[:0], s, e)
	defer func() { p.items = items[:0] }()
	if len(items) == 0 {
		return false
	}
	for _, it := range items {
		n := utf8.RuneCountInString(it.text)
		if n < 3 || n > 24 || it.sep != 0 && it.sep != '、' && it.sep != '，' && it.sep != ',' {
			return false
		}
		for _, w := range []string{"含", "不含", "包括", "除", "以下", "简称", "即", "原", "暂", "试"} {
			if strings.HasPrefix(it.text, w) {
				return false
			}
		}
		last, _ := utf8.DecodeLastRuneInString(it.text)
		if !endsLikeUnit(it.text) && !isClose(last) || strings.ContainsAny(it.text, "0123456789：:") {
			return false
		}
		for _, r := range it.text {
			if !isHan(r) && !isOpen(r) && !isClose(r) && r != '、' {
				return false
			}
		}
	}
	return true
}

// labelBlock reads labelled lines starting at i; they annotate the pending
// text, or add to the task annotated just above them.
func (p *parser) labelBlock(i int) int {
	var fs fieldSet
	last := i
	for j := i; j < len(p.lines); j++ {
		ln := p.lines[j]
		if ln.kind == lkBlank {
			continue
		}
		if ln.kind != lkLabel {
			break
		}
		// A leader line after unit lines starts the next block.
		if j > i && p.labelLines > 0 && len(fs.fields) > 0 && fs.count(roleLeader) < len(fs.fields) && p.leaderOnly(j) {
			break
		}
		f, notes, _ := p.parseFields(ln.cs, ln.e, false)
		for _, n := range notes {
			p.warn(graph.DiagUnparsedAnnotation, n.pos, "%s", n.msg)
		}
		if ln.measure {
			f.measures = nil // a measure line: attachMeasures keeps it whole
		}
		fs.merge(f)
		last = j
	}
	if len(fs.fields) == 0 && p.noRoleBlock(i, last) {
		// 责任人：… alone: nothing to attach
		return last + 1
	}
	a := annotation{s: p.lines[i].cs, e: p.lines[last].e, fields: fs, origin: convLinesAfter}
	// placed by its first line of roles, as planPlacement saw it
	first := i
	for first < last && (p.lines[first].kind != lkLabel || p.lines[first].noRole) {
		first++
	}
	p.placeBlock(first, a)
	return last + 1
}

// noRoleBlock reports labelled lines i..last whose labels all assign no role.
func (p *parser) noRoleBlock(i, last int) bool {
	for j := i; j <= last; j++ {
		if p.lines[j].kind == lkLabel && !p.lines[j].noRole {
			return false
		}
	}
	return true
}

// annotationLine handles a line that is nothing but an annotation bracket:
// like a block of labelled lines, it belongs where the placement says.
func (p *parser) annotationLine(i int) int {
	ln := p.lines[i]
	anns := p.annotations(ln.cs, ln.e, true)
	a := annotation{s: anns[0].s, e: anns[len(anns)-1].e, origin: convLinesAfter}
	for _, x := range anns {
		a.fields.merge(x.fields)
		a.summary = a.summary || x.summary
	}
	p.placeBlock(i, a)
	return i + 1
}

// placeBlock gives the block starting at line i to the task above or below
// it, or makes it a leader heading.
func (p *parser) placeBlock(i int, a annotation) {
	fs := a.fields
	switch p.place[i] {
	case placeHeading:
		p.flushPending()
		p.scopeLeaders, p.scopeGov = nil, nil
		// 一、… + 责任县领导：X: the leaders of the whole part, over its sub-headings
		j := p.prevLine(i)
		p.governBelow(a, leadersOnly(fs) && j >= 0 && p.lines[j].mk == p.sectionMarker && p.lines[j].mk != markNone)
		p.sectionEnd = a.e
		return
	case placeBefore:
		p.flushPending()
		a.origin = convLinesBefore
		if p.ahead != nil {
			p.ahead.e = a.e
			p.ahead.fields.merge(a.fields)
		} else {
			p.ahead = &a
		}
		p.sectionEnd = a.e
		return
	}
	switch {
	case p.pending >= 0:
		switch {
		case p.pendingNumbered && p.groupAfter(a):
		case a.summary:
			p.addClauses(p.pending, p.pendingEnd, a) // 一是…二是… on lines of their own
		default:
			p.addTask(p.pending, p.pendingEnd, a)
		}
		p.pending, p.pendingNumbered, p.pendingWrapped = -1, false, false
	case p.lastTask >= 0 && p.lastAnnLine == p.prevLine(i):
		p.extendTask(p.lastTask, a)
	case p.annLine[i]:
		p.warn(graph.DiagUnattachedAnnotation, a.s, "annotation closes no task text")
	default:
		p.warn(graph.DiagUnattachedAnnotation, a.s, "labelled lines without a task before them")
	}
	p.sectionEnd = a.e
}

// governing is the annotation of a heading (its bracket or the block of
// labelled lines under it) and the roles it names, which fill those that
// the items below it do not name.
type governing struct {
	ann   annotation
	roles graph.Task
}

// fill gives t the heading's leaders when it names none, its lead units when
// it names no lead, its other units when it names no unit, its deadline when
// it has none.
func (g *governing) fill(t *graph.Task) {
	if len(t.Leaders) == 0 {
		t.Leaders = append(t.Leaders, g.roles.Leaders...)
	}
	if len(t.LeadUnits) == 0 && len(t.Units) == 0 {
		t.Units = append(t.Units, g.roles.Units...)
	}
	if len(t.LeadUnits) == 0 {
		t.LeadUnits = append(t.LeadUnits, g.roles.LeadUnits...)
	}
	if t.Deadline == "" {
		t.Deadline = g.roles.Deadline
	}
}

// governBelow makes annotation a, a block of labelled lines under a heading
// or the bracket of a heading line, govern the items below: leaders only
// are the leaders of the part (section) or of the sub-heading's items, any
// other roles their annotation (placement.go).
func (p *parser) governBelow(a annotation, section bool) {
	if !leadersOnly(a.fields) {
		p.conv[convGroupHeading]++
		a.origin = convGroupHeading
		g := &governing{ann: a, roles: graph.Task{Leaders: []string{}, LeadUnits: []string{}, Units: []string{}}}
		p.assign(&g.roles, a.fields)
		if section {
			p.sectionGov = g
		} else {
			p.scopeGov = g
		}
		return
	}
	p.conv[convLeaderHeading]++
	var names []string
	for _, f := range a.fields.fields {
		names = p.leaders(names, f.r)
	}
	if section {
		p.sectionLeaders = names
	} else {
		p.scopeLeaders = names
	}
}

// headingRoles reports brackets closing a heading line (anns, up to pe)
// that hold only labelled leaders and units, over a numbered line deeper
// than the heading: a section's sub-heading or item, a sub-heading's item.
func (p *parser) headingRoles(anns []annotation, pe int, section bool) bool {
	if hasContent(p.src, anns[len(anns)-1].e, pe) {
		return false
	}
	for _, a := range anns {
		if a.fields.roles || a.summary || len(a.fields.fields) == 0 {
			return false
		}
		for _, f := range a.fields.fields {
			if f.role != roleLeader && f.role != roleLead && f.role != roleUnits {
				return false
			}
		}
	}
	j := p.nextLine(p.lineIndex(pe - 1))
	if j < 0 {
		return false
	}
	mk := p.lines[j].mk
	return mk == markNumbered || section && mk != markNone && mk != p.sectionMarker
}

// heading ends the scope of a leader heading and of a labelled block that
// found no task below it.
func (p *parser) heading() {
	p.releaseHeld()
	p.heads = nil
	p.scopeLeaders, p.scopeGov, p.scopeLead = nil, nil, ""
	if p.ahead != nil {
		p.warn(graph.DiagUnattachedAnnotation, p.ahead.s, "labelled lines without a task after them")
		p.ahead = nil
	}
}

// flushPending reports unannotated text as narrative.
func (p *parser) flushPending() {
	if p.pending < 0 {
		return
	}
	s, e := p.pending, p.pendingEnd
	if p.ahead != nil && hasContent(p.src, s, e) {
		a := *p.ahead
		p.ahead = nil
		p.pending, p.pendingNumbered, p.pendingWrapped = -1, false, false
		p.addTask(s, e, a)
		return
	}
	if p.pendingNumbered && hasContent(p.src, s, e) && p.byNumber(s, e) {
		p.pending, p.pendingNumbered, p.pendingWrapped = -1, false, false
		return
	}
	if g := cmp.Or(p.scopeGov, p.sectionGov); p.pendingNumbered && hasContent(p.src, s, e) && g != nil {
		p.pending, p.pendingNumbered, p.pendingWrapped = -1, false, false
		p.addTask(s, e, g.ann)
		return
	}
	if p.pendingNumbered && hasContent(p.src, s, e) && len(p.scopeLeaders) > 0 {
		// an item under a leader heading: the heading is its annotation
		p.pending, p.pendingNumbered, p.pendingWrapped = -1, false, false
		_, te := trim(p.src, s, e, isLeadTrim, isTailTrim)
		p.addTask(s, e, annotation{s: te, e: te, origin: convLeaderHeading})
		return
	}
	if p.pendingNumbered && hasContent(p.src, s, e) && (p.scopeLead != "" || p.sectionLead != "") {
		// an item under a heading naming its lead unit (一、区卫健局（2项）)
		p.pending, p.pendingNumbered, p.pendingWrapped = -1, false, false
		_, te := trim(p.src, s, e, isLeadTrim, isTailTrim)
		p.addTask(s, e, annotation{s: te, e: te, origin: convUnitHeading})
		return
	}
	if p.pendingNumbered && hasContent(p.src, s, e) {
		// kept until a group heading or annotation claims it (group.go)
		p.hold(s, e)
		p.pending, p.pendingNumbered, p.pendingWrapped = -1, false, false
		return
	}
	p.releaseHeld()
	p.narrative(s, e)
	p.pending, p.pendingNumbered, p.pendingWrapped = -1, false, false
}

func (p *parser) narrative(s, e int) {
	s, e = trim(p.src, s, e, isLeadTrim, isTailTrim)
	if hasContent(p.src, s, e) {
		p.doc.Narrative = append(p.doc.Narrative, graph.Span{Start: s, End: e})
	}
}

// ensureSection opens the untitled opening section when content comes
// before any heading.
func (p *parser) ensureSection(pos int) {
	if p.cur < 0 {
		p.startSection(SectionOpening, p.bodyStart)
	}
}

func (p *parser) startSection(kind string, pos int) {
	p.endSection()
	p.doc.Sections = append(p.doc.Sections, graph.Section{
		Index: len(p.doc.Sections), Kind: kind,
		Span: graph.Span{Start: pos, End: pos}, Heading: graph.Span{Start: pos, End: pos},
	})
	p.cur = len(p.doc.Sections) - 1
	p.sectionEnd = pos
	p.headingTheme, p.paraTheme = -1, -1
	p.sectionLeaders, p.sectionLead, p.sectionGov = nil, "", nil
	p.category = ""
}

func (p *parser) endSection() {
	if p.cur >= 0 {
		sec := &p.doc.Sections[p.cur]
		if p.sectionEnd > sec.Span.End {
			sec.Span.End = p.sectionEnd
		}
	}
}

func (p *parser) addTheme(title string, s, e int) int {
	p.ensureSection(s)
	p.doc.Themes = append(p.doc.Themes, graph.Theme{Index: len(p.doc.Themes), Section: p.cur, Title: title, Span: graph.Span{Start: s, End: e}})
	return len(p.doc.Themes) - 1
}

// closingKeywords open the closing part on the government's own conduct.
var closingKeywords = []string{"自身建设"}

// closing starts the closing section at an unannotated paragraph about the
// government's own conduct, after the numbered sections.
func (p *parser) closing(s, e int, labels bool) bool {
	if p.closingSeen || labels || p.cur < 0 {
		return false
	}
	if k := p.doc.Sections[p.cur].Kind; k != SectionNumbered && k != SectionLeader {
		return false
	}
	if p.closingScans == nil {
		p.closingScans = make([]wordScan, len(closingKeywords))
	}
	kw := ""
	for i, k := range closingKeywords {
		if p.holds(&p.closingScans[i], k, s, e) {
			kw = k
		}
	}
	if kw == "" || len(p.annotations(s, e, false)) > 0 {
		return false
	}
	cs, ce := p.clauseAround(s, e, indexRunes(p.src, s, e, []rune(kw)))
	p.closingSeen = true
	p.startSection(SectionClosing, s)
	sec := &p.doc.Sections[p.cur]
	sec.Title, sec.Heading = p.str(cs, ce), graph.Span{Start: cs, End: ce}
	p.narrative(s, cs)
	p.narrative(ce, e)
	return true
}

// wordScan remembers where a word next occurs in the source, so that asking
// paragraph after paragraph whether they hold it reads the source once.
type wordScan struct {
	from, at int // byte offsets: the first occurrence at or after from, or -1
	done     bool
}

// holds reports whether runes [s,e) hold word, as strings.Contains(p.str(s, e), word).
func (p *parser) holds(sc *wordScan, word string, s, e int) bool {
	bs, be := int(p.off[s]), int(p.off[e])
	if !sc.done || bs < sc.from || sc.at >= 0 && sc.at < bs {
		sc.done, sc.from, sc.at = true, bs, indexLast(p.source[bs:], word)
		if sc.at >= 0 {
			sc.at += bs
		}
	}
	return sc.at >= 0 && sc.at+len(word) <= be
}

// openingTitle names the opening section after its clause on the main
// expected targets, when there is one.
func (p *parser) openingTitle(s, e int) {
	for _, kw := range []string{"预期目标", "主要目标"} {
		if k := indexRunes(p.src, s, e, []rune(kw)); k >= 0 {
			cs, ce := p.clauseAround(s, e, k)
			sec := &p.doc.Sections[p.cur]
			sec.Title, sec.Heading = p.str(cs, ce), graph.Span{Start: cs, End: ce}
			return
		}
	}
}

// clauseAround returns the clause of src[s:e] holding index k.
func (p *parser) clauseAround(s, e, k int) (int, int) {
	a := k
	for a > s && !isClauseEnd(p.src[a-1]) || a > s && p.src[a-1] == '、' {
		a--
	}
	b := k
	for b < e && (!isClauseEnd(p.src[b]) || p.src[b] == '、') {
		b++
	}
	return trim(p.src, a, b, isSpace, isSpace)
}

// addClauses makes a task of each 一是… / 二是… clause of src[s:e], all
// closed by the summary annotation a; without two clauses, one task.
func (p *parser) addClauses(s, e int, a annotation) {
	var starts []int
	depth := 0
	for i := s; i < e; i++ {
		switch r := p.src[i]; {
		case isOpen(r):
			depth++
		case isClose(r):
			depth = max(0, depth-1)
		case depth == 0 && (i == skipSpace(p.src, s, e) || isClauseEnd(p.src[i-1]) || isSpace(p.src[i-1])) && enumeratorAt(p.src, i, e) > 0:
			starts = append(starts, i)
		}
	}
	if len(starts) < 2 {
		p.addTask(s, e, a)
		return
	}
	// 1．加快项目建设。 before 一是…: the clauses' theme
	if hs, he := trim(p.src, s, starts[0], isLeadTrim, isTailTrim); hasContent(p.src, hs, he) {
		if mk, ms := markerAt(p.src, hs, he); mk == markNumbered {
			hs = skipSpace(p.src, ms, he)
		}
		p.paraTheme = p.addTheme(p.str(hs, he), hs, he)
	}
	for k, cs := range starts {
		ce := e
		if k+1 < len(starts) {
			ce = starts[k+1]
		}
		p.addTask(cs, ce, a)
	}
}

// enumeratorAt returns the length of an 一是 / 二是 / 第三 enumerator at i.
func enumeratorAt(src []rune, i, e int) int {
	j := i
	for j < e && j-i < 3 && isCNNumeral(src[j]) {
		j++
	}
	if j > i && j < e && src[j] == '是' && j+1 < e && !isLeadTrim(src[j+1]) {
		return j + 1 - i
	}
	return 0
}

// afterAnnotation reports whether src[i] follows a closing bracket on
// its line, spaces apart.
func afterAnnotation(src []rune, i int) bool {
	for i--; i >= 0 && isSpace(src[i]) && src[i] != '\n'; i-- {
	}
	return i >= 0 && isClose(src[i])
}

func skipSpace(src []rune, i, e int) int {
	for i < e && isSpace(src[i]) {
		i++
	}
	return i
}

// addTask makes a task of src[s:e] closed by annotation a.
func (p *parser) addTask(s, e int, a annotation) {
	s, e = trim(p.src, s, e, isLeadTrim, isTailTrim)
	level := p.levelAt(s)
	if !p.grouping {
		// 1．推进电子信息产业 over （1）…——X牵头: the held item right above
		// deeper annotated items is their theme, a heading.
		if n := len(p.held); n > 0 && level > 0 && p.held[n-1].level > 0 && p.held[n-1].level < level {
			h := p.held[n-1]
			p.held = p.held[:n-1]
			p.releaseHeld()
			hs, he := trim(p.src, h.s, h.e, isLeadTrim, isTailTrim)
			hs, he = p.stopTrimmed(hs, he)
			p.markHead(p.lineIndex(hs))
			p.heads = append(p.heads, groupHead{level: h.level, s: -1, e: -1, theme: p.addTheme(p.str(hs, he), hs, he)})
		}
		p.releaseHeld()
	}
	if level > 0 && p.lastTask >= 0 && p.lastTask == len(p.doc.Tasks)-1 && p.lastTaskLevel > 0 && level > p.lastTaskLevel && leadersOnly(p.lastFields) {
		p.makeHead() // 1 项目建设（责任领导：…） over 1.1, 1.2
	}
	if level > 0 {
		a.fields = p.inherit(a.fields, level)
	}
	a.fields.fields = p.withNumberLeader(s, a.fields.fields)
	if n := enumeratorAt(p.src, s, e); n > 0 && hasContent(p.src, s+n, e) {
		s += n
	} else if mk, ms := markerAt(p.src, s, e); mk != markNone && afterAnnotation(p.src, s) && hasContent(p.src, ms, e) {
		s, _ = trim(p.src, ms, e, isLeadTrim, isTailTrim) // …（X负责）（二）…: the next item on the same line
	}
	if !hasContent(p.src, s, e) {
		p.warn(graph.DiagUnattachedAnnotation, a.s, "annotation closes no task text")
		return
	}
	p.ensureSection(s)
	theme := p.headingTheme
	if p.paraTheme >= 0 {
		theme = p.paraTheme
	} else if h := p.themeHead(level); h != nil {
		theme = h.theme
	}
	t := graph.Task{
		Index: len(p.doc.Tasks), Section: p.cur, ThemeIndex: theme,
		Text: p.str(s, e), Span: graph.Span{Start: s, End: e},
		Annotation: graph.Span{Start: a.s, End: a.e},
		Line:       p.lineIndex(s) + 1,
		Leaders:    []string{}, LeadUnits: []string{}, Units: []string{},
		Projects: []string{}, Targets: []graph.Target{},
	}
	if theme >= 0 {
		t.Theme = p.doc.Themes[theme].Title
	}
	origin := a.origin
	if origin == "" {
		origin = convTable
	}
	p.conv[origin]++
	p.assign(&t, a.fields)
	if len(t.Leaders) == 0 && len(p.headingLeaders) > 0 {
		p.withHeadingLeaders(&t)
	}
	p.doc.Tasks = append(p.doc.Tasks, t)
	p.lastTask = t.Index
	p.lastTaskLevel, p.lastFields = level, a.fields
	p.lastAnnLine = p.lineIndex(max(a.e-1, a.s))
	if p.cur >= 0 {
		p.doc.Sections[p.cur].Span.End = max(p.doc.Sections[p.cur].Span.End, a.e)
	}
}

// share gives the tasks from index first on the roles of a that they lack:
// leaders, units (lead and others together), deadline.
func (p *parser) share(first int, a annotation) {
	var from graph.Task
	p.assign(&from, a.fields)
	for k := first; k < len(p.doc.Tasks); k++ {
		t := &p.doc.Tasks[k]
		if len(t.Leaders) == 0 {
			t.Leaders = append(t.Leaders, from.Leaders...)
		}
		if len(t.LeadUnits) == 0 && len(t.Units) == 0 {
			t.LeadUnits = append(t.LeadUnits, from.LeadUnits...)
			t.Units = append(t.Units, from.Units...)
		}
		if t.Deadline == "" {
			t.Deadline = from.Deadline
		}
	}
	if p.cur >= 0 {
		p.doc.Sections[p.cur].Span.End = max(p.doc.Sections[p.cur].Span.End, a.e)
	}
}

// extendTask adds labelled lines to the task annotated just above them.
func (p *parser) extendTask(idx int, a annotation) {
	t := &p.doc.Tasks[idx]
	t.Annotation.End = a.e
	extra := graph.Task{Leaders: []string{}, LeadUnits: []string{}, Units: []string{}}
	p.assign(&extra, a.fields)
	t.Leaders = appendNew(t.Leaders, extra.Leaders...)
	t.LeadUnits = appendNew(t.LeadUnits, extra.LeadUnits...)
	t.Units = appendNew(t.Units, extra.Units...)
	t.Units = without(t.Units, t.LeadUnits)
	if t.Deadline == "" {
		t.Deadline = extra.Deadline
	}
	t.Measures = append(t.Measures, extra.Measures...)
	p.lastAnnLine = p.lineIndex(a.e - 1)
}

// assign fills a task's leaders, units and deadline from its annotation.
func (p *parser) assign(t *graph.Task, fs fieldSet) {
	fs = p.expandRoles(fs)
	for _, f := range fs.fields {
		if f.role == roleLeader {
			t.Leaders = p.leaders(t.Leaders, f.r)
		}
	}
	for _, role := range [2]role{roleLead, roleUnits} {
		for _, f := range fs.fields {
			if f.role != role {
				continue
			}
			for _, u := range p.units(f.r, fs.roles) {
				switch {
				case u.leader != "":
					t.Leaders = appendNew(t.Leaders, u.leader)
				case u.lead || role == roleLead:
					t.LeadUnits = appendNew(t.LeadUnits, u.name)
				default:
					t.Units = appendNew(t.Units, u.name)
				}
			}
		}
	}
	if len(t.Leaders) == 0 && len(p.scopeLeaders) > 0 {
		t.Leaders = append(t.Leaders, p.scopeLeaders...)
	}
	if len(t.Leaders) == 0 && len(p.sectionLeaders) > 0 {
		t.Leaders = append(t.Leaders, p.sectionLeaders...)
	}
	if lead := cmp.Or(p.scopeLead, p.sectionLead); len(t.LeadUnits) == 0 && lead != "" {
		t.LeadUnits = append(t.LeadUnits, lead)
	}
	for _, g := range [2]*governing{p.scopeGov, p.sectionGov} {
		if g != nil {
			g.fill(t)
		}
	}
	p.firstIsLead = p.firstIsLead || fs.onward
	if len(t.LeadUnits) == 0 && len(t.Units) > 0 && (p.firstIsLead || fs.firstIsLead) {
		t.LeadUnits = append(t.LeadUnits, t.Units[0])
	}
	t.Units = without(t.Units, t.LeadUnits)
	for _, f := range fs.fields {
		if f.role == roleDeadline {
			if t.Deadline != "" {
				t.Deadline += "；"
			}
			d := p.str(f.r.s, f.r.e)
			if strings.ContainsRune(d, '\n') {
				d = joinLines(d)
			}
			t.Deadline += d
		}
	}
	for _, m := range fs.goals() {
		s, e := trim(p.src, m.s, m.e, isSpace, isSpace)
		t.Measures = append(t.Measures, joinLines(p.str(s, e)))
	}
}

// expandRoles applies the role grammar to every unit field: running text
// such as 区城建局牵头，区自然资源分局配合 becomes lead and responsible fields,
// and 负责 (roleResp) leads unless a unit leads already.
func (p *parser) expandRoles(fs fieldSet) fieldSet {
	var out []field
	changed := false
	for k, f := range fs.fields {
		if f.role == roleLead || f.role == roleUnits {
			// A value of labelled fields of its own (a table cell
			// 牵头：X 配合：Y) is read as those fields.
			if inner, _, ok := p.innerFields(f.r); ok && len(inner.fields) > 0 {
				if !changed {
					out = append(out, fs.fields[:k]...)
					changed = true
				}
				out = append(out, p.expandRoles(inner).fields...)
				fs.firstIsLead = fs.firstIsLead || inner.firstIsLead
				continue
			}
			if parts := p.roleText(f); parts != nil {
				if !changed {
					out = append(out, fs.fields[:k]...)
					changed = true
				}
				out = append(out, parts...)
				fs.roles = true
				p.conv[convRunningRoles]++
				continue
			}
		}
		if changed {
			out = append(out, f)
		}
	}
	if changed {
		fs.fields = out
	}
	coop, resp, primary := false, false, false
	for _, f := range fs.fields {
		coop = coop || f.coop
		resp = resp || f.role == roleResp
		primary = primary || f.primary
	}
	// Only a 负责 field or a 责任单位 beside a cooperating one (in this
	// annotation or, primaryLeads, in the document's) changes role.
	coop = coop || primary && p.primaryLeads
	if !resp && !(primary && coop) {
		return fs
	}
	to := roleLead
	if fs.firstIsLead || p.firstIsLead {
		to = roleUnits // the first listed leads (assign)
	}
	for _, f := range fs.fields {
		if f.role == roleLead {
			if _, person := p.leaderName(p.str(f.r.s, f.r.e)); !person {
				to = roleUnits
			}
		}
	}
	for k, f := range fs.fields {
		if f.role == roleResp || f.primary && coop && to == roleLead {
			if !changed {
				fs.fields = append([]field(nil), fs.fields...)
				changed = true
			}
			fs.fields[k].role = to
		}
	}
	return fs
}

// innerFields reads a field's value as labelled fields of its own; a value
// without a colon has none.
func (p *parser) innerFields(r rng) (fieldSet, []note, bool) {
	for i := r.s; i < r.e; i++ {
		if isColon(p.src[i]) {
			return p.parseFields(r.s, r.e, false)
		}
	}
	return fieldSet{}, nil, false
}

func appendNew(list []string, names ...string) []string {
	for _, n := range names {
		found := false
		for _, x := range list {
			if x == n {
				found = true
				break
			}
		}
		if !found {
			list = append(list, n)
		}
	}
	return list
}

func without(list, drop []string) []string {
	out := list[:0]
	for _, x := range list {
		keep := true
		for _, d := range drop {
			if x == d {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, x)
		}
	}
	return out
}

var (
	firstWords = words("第一位", "第一个", "第一家", "第一名", "首位", "排第一", "排名第一", "排在第一", "列第一")
	leadWords  = words("牵头单位", "牵头部门", "牵头科室", "牵头股室", "牵头处室", "牵头站所", "为牵头")
)

// firstListedNote reports whether src[s:e] says that the first listed unit
// leads (列第一位者为牵头单位, 排在首位的为牵头部门, 第一个为牵头单位,
// 牵头单位列首位 …): one lexicon for wherever the genre writes it, a sentence
// of the notice or a note under a table (the whole document), a label's or a
// list's bracket (that list) and a column header's bracket (that column).
func firstListedNote(src []rune, s, e int) bool {
	return firstWords.containedIn(src, s, e) && leadWords.containedIn(src, s, e)
}

// bracketFirstLeads is firstListedNote for a bracket about its own list, a
// label's or a column header's (第一个单位牵头, 列首位的牵头): there 牵头
// alone says it.
func bracketFirstLeads(src []rune, s, e int) bool {
	return firstWords.containedIn(src, s, e) && strings.Contains(string(src[s:e]), "牵头")
}

// detectPrimaryLeads reports a document whose labelled lines use a
// 责任单位 label and a cooperating one (协办单位, 配合单位) and no lead label
// (牵头单位): there 责任单位 names the lead of every block.
func (p *parser) detectPrimaryLeads(body int) bool {
	primary, coop := false, false
	for i := body; i < len(p.lines); i++ {
		ln := p.lines[i]
		if ln.kind != lkLabel || ln.noRole {
			continue
		}
		fs, _, ok := p.parseFields(ln.cs, ln.e, false)
		if !ok {
			continue
		}
		for _, f := range fs.fields {
			if f.role == roleLead {
				return false
			}
			primary, coop = primary || f.primary, coop || f.coop
		}
	}
	return primary && coop
}

// detectFirstIsLead reports whether the document says, in one sentence of
// its text, that the first listed unit leads (列第一位者为牵头单位 and kin).
// The rule is stated up front, in the notice or under the title, so only the
// start is read; a note inside one label applies to that label only.
func (p *parser) detectFirstIsLead() bool {
	for _, ln := range p.lines {
		if ln.s > 20000 && ln.s < len(p.src)-5000 {
			continue // the note stands near the top or at the end (注：列第一位的…)
		}
		if ln.kind != lkText && ln.kind != lkNote && !(ln.kind == lkTab && isTableNote(p.str(ln.cs, ln.e))) { // 注：… under a table says it too
			continue
		}
		src := p.src[ln.s:ln.e]
		for i := range src {
			if firstWords.prefixAt(src, i, len(src)) == 0 {
				continue
			}
			a, b := i, i
			for a > 0 && i-a < 40 && !isSentenceEnd(src[a-1]) {
				a--
			}
			for b < len(src) && b-i < 40 && !isSentenceEnd(src[b]) {
				b++
			}
			if firstListedNote(src, a, b) {
				return true
			}
		}
	}
	return false
}
