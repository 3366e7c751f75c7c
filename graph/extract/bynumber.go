package extract

import (
	"slices"
	"strings"

	"govgraph/graph"
)

// Roles given apart from the items, by item number: after a part's items a
// paragraph, a line or a note names them (责任分工：第1、2项由X牵头，Y配合；
// 第3—5项由Z负责, 第6项：W牵头, 注：第1、3、5项由…). Such a line is read before
// the body; an item without an annotation of its own takes the roles of the
// first such reference after it that names its number, unless another item
// of that number and level stands between them (numbering restarts in every
// part). `X、Y、Z分别牵头` for 第2至4项 gives the leads in order.

// numberRole is one 第…项 reference: the item numbers it names and its roles.
type numberRole struct {
	line         int
	nums         []int
	a            annotation
	respectively bool // 分别: the k-th unit for the k-th number
	// part: in a closing table whose numbering restarts in every part, the
	// ordinal (from 1) and title of the category row above the row (一、…)
	part      int
	partTitle string
}

// findNumberRoles reads the 第…项 reference lines of the body.
func (p *parser) findNumberRoles(body int) {
	for i := 0; i < body; i++ {
		p.leaderByNumber(i) // a preamble's leaders by item number
		p.leaderByHeading(i)
	}
	for i := body; i < len(p.lines); i++ {
		ln := p.lines[i]
		if ln.kind == lkTab {
			i = p.rolesByNumberTable(i)
			continue
		}
		if ln.kind != lkText && ln.kind != lkLabel && ln.kind != lkNote {
			continue
		}
		if p.leaderByNumber(i) || p.leaderByHeading(i) {
			continue
		}
		k := ln.cs
		for k < ln.e && k-ln.cs < 8 && p.src[k] != '第' {
			k++
		}
		if k >= ln.e || p.src[k] != '第' || k > ln.cs && !isColon(p.src[k-1]) && !referencePrefix(p.src, ln.cs, k) {
			continue // 第 opens the line or follows a short label (责任分工：, 注：) or 以上
		}
		var refs []numberRole
		for k < ln.e {
			nums, j := itemNumbers(p.src, k, ln.e)
			if len(nums) == 0 {
				break
			}
			for j < ln.e && (isColon(p.src[j]) || isSpace(p.src[j]) || p.src[j] == '，' || p.src[j] == ',') {
				j++
			}
			// the roles run to the next reference (；第4项…) or the end:
			// they may be labelled fields split by ；
			end := j
			for end < ln.e {
				if r := p.src[end]; isSemicolon(r) || r == '。' {
					n := end + 1
					for n < ln.e && isSpace(p.src[n]) {
						n++
					}
					if n == ln.e || p.src[n] == '第' && len(firstNums(p.src, n, ln.e)) > 0 || referenceAt(p.src, n, ln.e) {
						break
					}
				}
				end++
			}
			a, _, ok := p.bracket(j, end)
			if !ok || len(a.fields.fields) == 0 {
				break
			}
			a.s, a.e = trim(p.src, j, end, isSpace, isSpace)
			a.origin = convByNumber
			refs = append(refs, numberRole{line: i, nums: nums, a: a, respectively: hasWord(p.src, j, end, "分别")})
			k = end
			for k < ln.e && (isSemicolon(p.src[k]) || p.src[k] == '。' || isSpace(p.src[k])) {
				k++
			}
			if k < ln.e && p.src[k] != '第' {
				k += referenceLen(p.src, k, ln.e) // 以上第4—7项
			}
		}
		if len(refs) > 0 {
			p.numberRoles = append(p.numberRoles, refs...)
			if p.numberRoleLine == nil {
				p.numberRoleLine = map[int]bool{}
			}
			p.numberRoleLine[i] = true
			// a short title over the references (责任分工, 本部分责任分工) is
			// no text of the item above it
			if j := p.prevLine(i); j >= body && !p.numberRoleLine[j] && p.lines[j].kind == lkText && p.lines[j].mk == markNone &&
				p.lines[j].e-p.lines[j].cs <= 12 && p.titleLike(p.lines[j].cs, p.lines[j].e) {
				p.numberRoleLine[j] = true
			}
		}
	}
}

// itemNumbers reads 第1、2、6项 / 第3—5项 / 第二至四项 at src[i:e]: the numbers
// and the index past 项; none when src[i:] is no such reference.
func itemNumbers(src []rune, i, e int) ([]int, int) {
	if i >= e || src[i] != '第' {
		return nil, i
	}
	var nums []int
	j := i + 1
	rangeFrom := -1
	for j < e {
		k := j
		for k < e && k-j < 4 && (isDigit(src[k]) || isCNNumeral(src[k])) {
			k++
		}
		n, ok := numberValue(src[j:k])
		if !ok || n <= 0 || n > 200 {
			return nil, i
		}
		if rangeFrom > 0 {
			if n < rangeFrom || n-rangeFrom > 50 {
				return nil, i
			}
			for m := rangeFrom + 1; m <= n; m++ {
				nums = append(nums, m)
			}
			rangeFrom = -1
		} else {
			nums = append(nums, n)
		}
		if k >= e {
			return nil, i
		}
		switch r := src[k]; {
		case r == '项':
			return nums, k + 1
		case r == '、' || r == '，' || r == ',' || r == '和' || r == '及':
		case r == '—' || r == '－' || r == '–' || r == '-' || r == '~' || r == '～' || r == '至' || r == '到':
			rangeFrom = n
			for k+1 < e && src[k+1] == '—' {
				k++ // ——
			}
		default:
			return nil, i
		}
		j = k + 1
	}
	return nil, i
}

// numberValue reads a number in digits or Chinese numerals.
func numberValue(rs []rune) (int, bool) {
	if len(rs) == 0 {
		return 0, false
	}
	if isDigit(rs[0]) {
		n := 0
		for _, r := range rs {
			if !isDigit(r) {
				return 0, false
			}
			n = n*10 + digitValue(r)
		}
		return n, true
	}
	return cnNumber(rs)
}

// itemNumber is the number of the item whose marker starts line i (1 for
// 1．, （1）, ①, 第一条); false for outline numbers (1.2) and other lines.
func (p *parser) itemNumber(i int) (int, bool) {
	ln := p.lines[i]
	if ln.mk != markNumbered {
		return 0, false
	}
	s, e := ln.cs, ln.e
	_, ms := markerAt(p.src, s, e)
	r := p.src[s]
	switch {
	case r >= '①' && r <= '⑳':
		return int(r-'①') + 1, true
	case r >= '⑴' && r <= '⒇':
		return int(r-'⑴') + 1, true
	case r == '（' || r == '(' || r == '第':
		s++
	}
	k := s
	for k < ms && (isDigit(p.src[k]) || isCNNumeral(p.src[k])) {
		k++
	}
	if k < ms && (p.src[k] == '.' || p.src[k] == '．') && k+1 < ms && isDigit(p.src[k+1]) {
		return 0, false // 1.2: an outline number
	}
	return numberValue(p.src[s:k])
}

// byNumber returns the roles a 第…项 reference gives the item whose text
// starts at s, and adds the task; false when none names it.
func (p *parser) byNumber(s, e int) bool {
	if len(p.numberRoles) == 0 {
		return false
	}
	a, _ := trim(p.src, s, e, isLeadTrim, isTailTrim)
	li := p.lineIndex(a)
	n, ok := p.itemNumber(li)
	if !ok {
		return false
	}
	level := itemLevel(p.src, p.lines[li].cs, p.lines[li].e)
	for _, ref := range p.numberRoles {
		if ref.line <= li {
			continue
		}
		k := indexOf(ref.nums, n)
		if k < 0 {
			continue
		}
		if ref.part > 0 {
			if !p.inPart(ref) {
				continue
			}
		} else {
			for j := li + 1; j < ref.line; j++ {
				if m, ok := p.itemNumber(j); ok && m == n && itemLevel(p.src, p.lines[j].cs, p.lines[j].e) == level {
					return false // the reference names a later item of this number
				}
			}
		}
		before := len(p.doc.Tasks)
		p.addTask(s, e, ref.a)
		if ref.respectively && len(p.doc.Tasks) > before {
			t := &p.doc.Tasks[len(p.doc.Tasks)-1]
			switch {
			case len(t.LeadUnits) == len(ref.nums):
				t.LeadUnits = t.LeadUnits[k : k+1]
			case len(t.LeadUnits) == 0 && len(t.Units) == len(ref.nums):
				t.Units = t.Units[k : k+1]
			}
		}
		return true
	}
	return false
}

// inPart reports that the current section is the part of a closing table
// that ref's category row names: by title (一、培育新动能 over 培育新动能),
// else, when no category row of the table names the section, by order
// among the numbered sections.
func (p *parser) inPart(ref numberRole) bool {
	if p.cur < 0 {
		return false
	}
	title := p.doc.Sections[p.cur].Title
	if title == ref.partTitle {
		return true
	}
	for _, r := range p.numberRoles {
		if r.part > 0 && r.partTitle == title {
			return false
		}
	}
	ordinal := 0
	for k := 0; k <= p.cur; k++ {
		if p.doc.Sections[k].Kind != SectionOpening {
			ordinal++
		}
	}
	return ordinal == ref.part
}

func indexOf(list []int, n int) int {
	for k, v := range list {
		if v == n {
			return k
		}
	}
	return -1
}

// hasWord reports w inside src[s:e].
func hasWord(src []rune, s, e int, w string) bool {
	ws := []rune(w)
	for i := s; i+len(ws) <= e; i++ {
		if hasAt(src, i, e, ws) {
			return true
		}
	}
	return false
}

// annexTitle skips 附表： / 附件： opening a title at src[s:e].
func (p *parser) annexTitle(s, e int) int {
	if hasAt(p.src, s, e, []rune("附表")) || hasAt(p.src, s, e, []rune("附件")) {
		if k := skipSpace(p.src, s+2, e); k < e && isColon(p.src[k]) {
			return k + 1
		}
	}
	return s
}

// titleLike reports a short line without punctuation: a title.
func (p *parser) titleLike(s, e int) bool {
	for i := s; i < e; i++ {
		if r := p.src[i]; isComma(r) || isSemicolon(r) || isSentenceEnd(r) || isColon(r) {
			return false
		}
	}
	return true
}

// referenceWords open a reference to items above by number (以上第1—3项).
var referenceWords = []string{"以上", "上述", "本部分", "本节", "其中"}

// referencePrefix reports src[s:k] is a reference word (以上 before 第).
func referencePrefix(src []rune, s, k int) bool {
	return referenceLen(src, s, k) == k-s && k > s
}

// referenceLen is the length of a reference word at src[i:e], or 0.
func referenceLen(src []rune, i, e int) int {
	for _, w := range referenceWords {
		if hasAt(src, i, e, []rune(w)) {
			return len([]rune(w))
		}
	}
	return 0
}

// referenceAt reports 以上第…项 at src[i:e].
func referenceAt(src []rune, i, e int) bool {
	n := referenceLen(src, i, e)
	return n > 0 && i+n < e && src[i+n] == '第' && len(firstNums(src, i+n, e)) > 0
}

func firstNums(src []rune, i, e int) []int {
	nums, _ := itemNumbers(src, i, e)
	return nums
}

// rolesByNumberTable reads a table of roles keyed by item number, which
// closes a document whose items carry none (序号 | 牵头单位 | 配合单位): its
// header has an index column and role columns but no task column; each row
// is a 第N项 reference of its own. It returns the last line it read (i when
// line i heads no such table).
func (p *parser) rolesByNumberTable(i int) int {
	if i > 0 && p.lines[i-1].kind == lkTab {
		return i // inside a table
	}
	cs := p.cells(i)
	if len(cs) < 2 {
		return i
	}
	if j, ok := p.rolesByUnitTable(i, cs); ok {
		return j
	}
	roles := make([]role, len(cs))
	coop := make([]bool, len(cs))
	index, named := -1, 0
	for k, c := range cs {
		h := p.str(c.s, c.e)
		switch columnRole(h) {
		case "index":
			if index < 0 {
				index = k
			}
		case "leader":
			roles[k] = roleLeader
		case "lead":
			roles[k] = roleLead
		case "units":
			roles[k] = roleUnits
			_, coop[k] = labelFlags(h)
		case "deadline":
			roles[k] = roleDeadline
		case "", colNote:
		default:
			return i // a task column: an ordinary table
		}
		if roles[k] != roleNone {
			named++
		}
	}
	if index != 0 || named == 0 {
		return i
	}
	var refs []numberRole
	part, partTitle := 0, ""
	j := i + 1
	for ; j < len(p.lines); j++ {
		if title, ok := p.partRow(j); ok {
			// 一、培育新动能 across the table: the rows below number the items of that part
			part, partTitle = part+1, title
			continue
		}
		if p.lines[j].kind != lkTab {
			break
		}
		row := p.cells(j)
		if len(row) == 0 {
			break
		}
		n, ok := numberValue(p.src[row[0].s:row[0].e])
		if !ok || n <= 0 {
			break
		}
		var fs fieldSet
		for k := 1; k < len(row) && k < len(roles); k++ {
			if roles[k] != roleNone && hasContent(p.src, row[k].s, row[k].e) {
				fs.fields = append(fs.fields, field{role: roles[k], r: row[k], coop: coop[k]})
			}
		}
		if len(fs.fields) == 0 {
			continue
		}
		refs = append(refs, numberRole{line: j, nums: []int{n}, a: annotation{s: row[1].s, e: p.lines[j].e, fields: fs, origin: convByNumber},
			part: part, partTitle: partTitle})
	}
	if len(refs) == 0 {
		return i
	}
	return p.closeNumberTable(i, j, refs)
}

// partRow reports a category row of a table by item number: a row whose
// only filled cell, or a line between its rows, opens with 一、 or （一）;
// title is its text after the number.
func (p *parser) partRow(j int) (string, bool) {
	ln := p.lines[j]
	switch ln.kind {
	case lkText:
		// typed between the rows: a numbered row follows it
		if j+1 >= len(p.lines) || p.lines[j+1].kind != lkTab {
			return "", false
		}
		if row := p.cells(j + 1); len(row) == 0 || !isDigit(p.src[row[0].s]) {
			return "", false
		}
	case lkTab:
	default:
		return "", false
	}
	s, e := ln.cs, ln.e
	if ln.kind == lkTab {
		filled := 0
		for _, c := range p.cells(j) {
			if hasContent(p.src, c.s, c.e) {
				filled++
				s, e = c.s, c.e
			}
		}
		if filled != 1 {
			return "", false
		}
	}
	mk, ms := markerAt(p.src, s, e)
	if mk != markCN && mk != markParenCN {
		return "", false
	}
	ts, te := trim(p.src, ms, e, isSpace, isSpace)
	return p.str(ts, te), te > ts
}

// closeNumberTable records the references of the table at lines i..j-1 and
// returns its last line.
func (p *parser) closeNumberTable(i, j int, refs []numberRole) int {
	p.numberRoles = append(p.numberRoles, refs...)
	if p.numberRoleLine == nil {
		p.numberRoleLine = map[int]bool{}
	}
	for k := i; k < j; k++ {
		p.numberRoleLine[k] = true
	}
	if t := p.prevLine(i); t >= 0 && p.lines[t].kind == lkText && p.lines[t].mk == markNone &&
		p.lines[t].e-p.lines[t].cs <= 16 && p.titleLike(p.annexTitle(p.lines[t].cs, p.lines[t].e), p.lines[t].e) {
		p.numberRoleLine[t] = true // 附表：任务分工一览 is no text of the last item
	}
	return j - 1
}

// rolesByUnitTable reads the transpose of a table by item number: one row per
// unit, its cells the items it leads or assists (单位 | 牵头任务 | 配合任务,
// 区住建局 | 第5项、第7项 | 第1项, — for none). Each item number becomes one
// reference gathering the units of every row that names it.
func (p *parser) rolesByUnitTable(i int, cs []rng) (int, bool) {
	if columnRole(p.str(cs[0].s, cs[0].e)) != "units" {
		return i, false
	}
	roles := make([]role, len(cs))
	coop := make([]bool, len(cs))
	for k := 1; k < len(cs); k++ {
		var ok bool
		if roles[k], coop[k], ok = itemsColumnRole(p.str(cs[k].s, cs[k].e)); !ok {
			return i, false
		}
	}
	type byItem struct {
		leads, units []field
		s, e         int
	}
	items := map[int]*byItem{}
	var order []int
	j := i + 1
	for ; j < len(p.lines) && p.lines[j].kind == lkTab; j++ {
		row := p.cells(j)
		if len(row) == 0 || !hasContent(p.src, row[0].s, row[0].e) {
			continue // a rule row (| --- |) or an empty one
		}
		lists := make([][]int, len(row))
		good := true
		for k := 1; k < len(row) && k < len(roles); k++ {
			var ok bool
			if lists[k], ok = itemNumberList(p.src, row[k].s, row[k].e); !ok {
				good = false
			}
		}
		if !good {
			break
		}
		us, ue := trim(p.src, row[0].s, row[0].e, isSpace, isSpace)
		u := rng{us, ue}
		for k := 1; k < len(row) && k < len(roles); k++ {
			for _, n := range lists[k] {
				it := items[n]
				if it == nil {
					it = &byItem{s: row[0].s, e: p.lines[j].e}
					items[n] = it
					order = append(order, n)
				}
				f := field{role: roles[k], r: u, coop: coop[k]}
				if roles[k] == roleLead {
					it.leads = append(it.leads, f)
				} else {
					it.units = append(it.units, f)
				}
			}
		}
	}
	if len(order) == 0 {
		return i, false
	}
	refs := make([]numberRole, 0, len(order))
	for _, n := range order {
		it := items[n]
		fs := fieldSet{fields: append(it.leads, it.units...)}
		refs = append(refs, numberRole{line: i, nums: []int{n}, a: annotation{s: it.s, e: it.e, fields: fs, origin: convByNumber}})
	}
	return p.closeNumberTable(i, j, refs), true
}

// itemsColumnRole reads the header of a column of item numbers in a table
// by unit: 牵头任务, 牵头事项 lead; 配合任务, 协办事项 assist; 责任任务 units.
func itemsColumnRole(h string) (r role, coop, ok bool) {
	h = strings.TrimSpace(h)
	if !strings.HasSuffix(h, "任务") && !strings.HasSuffix(h, "事项") && !strings.HasSuffix(h, "项目") {
		return roleNone, false, false
	}
	switch w := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(h, "任务"), "事项"), "项目"); w {
	case "牵头", "主责", "主办":
		return roleLead, false, true
	case "配合", "协办", "协同", "参与", "协助":
		return roleUnits, true, true
	case "责任", "负责", "承办":
		return roleUnits, false, true
	}
	return roleNone, false, false
}

// itemNumberList reads a cell of item numbers: 第3项、第7项, 第1、2项, 第3—5项,
// or none (—, 无, empty); false when the cell holds anything else.
func itemNumberList(src []rune, s, e int) ([]int, bool) {
	s, e = trim(src, s, e, isSpace, isSpace)
	if !hasContent(src, s, e) || e-s == 1 && src[s] == '无' {
		return nil, true
	}
	var out []int
	for s < e {
		nums, k := itemNumbers(src, s, e)
		if len(nums) == 0 {
			return nil, false
		}
		out = append(out, nums...)
		for k < e && (src[k] == '、' || isComma(src[k]) || isSemicolon(src[k]) || isSpace(src[k])) {
			k++
		}
		s = k
	}
	return out, true
}

// leaderVerbs join a leader to the item numbers it takes (X副县长：负责第1—6项).
var leaderVerbs = [][]rune{[]rune("负责"), []rune("分管"), []rune("牵头"), []rune("联系"), []rune("包抓")}

// leaderByNumber reads a line that gives a leader items by number, as a
// preamble does: 李华副县长：负责第1—6项, 常务副县长赵敏：分管第7、8项,
// 钱明（县委常委、副县长）负责第9—12项. The leader joins the item of that
// number below the line, whatever else its annotation says. A post after a
// surname alone (王副县长) names no person and gives no leader.
func (p *parser) leaderByNumber(i int) bool {
	ln := p.lines[i]
	if ln.mk != markNone {
		return false
	}
	k := ln.cs
	for k < ln.e && k-ln.cs <= 28 && p.src[k] != '第' {
		k++
	}
	if k >= ln.e || p.src[k] != '第' || k-ln.cs < 4 || !startsVerb(p.src, k-2, k) {
		return false // cheap test first: 负责第 near the start
	}
	head := k - 2
	for head > ln.cs && isColon(p.src[head-1]) {
		head--
	}
	if head == ln.cs || !hasTitleRune(p.str(ln.cs, head)) {
		return false
	}
	if h := p.str(ln.cs, head); !isTitle(h) {
		if _, _, ok := p.split(h); !ok {
			return false // 县委办：负责第1项 is a unit, not a leader
		}
	}
	nums, j := itemNumbers(p.src, k, ln.e)
	if len(nums) == 0 {
		return false
	}
	for j < ln.e && (isSemicolon(p.src[j]) || isSentenceEnd(p.src[j]) || isSpace(p.src[j])) {
		j++
	}
	if j < ln.e {
		return false // more after the numbers: a sentence, not a grouping
	}
	var fs fieldSet
	fs.fields = []field{{role: roleLeader, r: rng{ln.cs, head}}}
	p.numberLeaders = append(p.numberLeaders, numberRole{line: i, nums: nums, a: annotation{s: ln.cs, e: ln.e, fields: fs, origin: convByNumber}})
	if p.numberRoleLine == nil {
		p.numberRoleLine = map[int]bool{}
	}
	p.numberRoleLine[i] = true
	return true
}

func startsVerb(src []rune, i, e int) bool {
	for _, w := range leaderVerbs {
		if hasAt(src, i, e, w) {
			return true
		}
	}
	return false
}

// withNumberLeader adds the leader a by-number line gives the item whose
// text starts at s, when its own fields name none: the nearest such line
// above it, else the first below it with no other item of that number
// between (a closing line, as roles by number are).
func (p *parser) withNumberLeader(s int, fs []field) []field {
	if len(p.numberLeaders) == 0 {
		return fs
	}
	for _, f := range fs {
		if f.role == roleLeader {
			return fs
		}
	}
	li := p.lineIndex(s)
	n, ok := p.itemNumber(li)
	if !ok {
		return fs
	}
	var after *numberRole
	for k := len(p.numberLeaders) - 1; k >= 0; k-- {
		ref := &p.numberLeaders[k]
		if indexOf(ref.nums, n) < 0 {
			continue
		}
		if ref.line < li {
			return append(slices.Clip(fs), ref.a.fields.fields...)
		}
		after = ref // a closing line (…副县长：负责第3项) after the items
	}
	if after != nil {
		level := itemLevel(p.src, p.lines[li].cs, p.lines[li].e)
		for j := li + 1; j < after.line; j++ {
			if m, ok := p.itemNumber(j); ok && m == n && itemLevel(p.src, p.lines[j].cs, p.lines[j].e) == level {
				return fs // the line names a later item of this number
			}
		}
		return append(slices.Clip(fs), after.a.fields.fields...)
	}
	return fs
}

// headingLeader is a leader given the parts whose headings it quotes.
type headingLeader struct {
	titles []string
	leader rng
}

// leaderByHeading reads a line that gives a leader parts of the document by
// their heading text, as an annex of 领导联系分工 does: 郜雨桐（管委会主任）：
// 联系“招商引资”方面工作, 副主任X：分管“先进制造”“现代服务”工作. The head is
// a person with a post; the quoted headings are all the line says after the
// verb. Every task under such a heading (a part's or a sub-part's) whose
// annotation names no leader takes the leader.
func (p *parser) leaderByHeading(i int) bool {
	ln := p.lines[i]
	if ln.mk != markNone || ln.kind != lkText {
		return false
	}
	k := ln.cs
	for k < ln.e && k-ln.cs <= 30 && p.src[k] != '“' && p.src[k] != '"' && p.src[k] != '「' {
		k++
	}
	if k >= ln.e || k-ln.cs < 4 || !isQuote(p.src[k]) || !startsVerb(p.src, k-2, k) {
		return false // cheap test first: 联系“ near the start
	}
	head := k - 2
	for head > ln.cs && isColon(p.src[head-1]) {
		head--
	}
	if head == ln.cs || !hasTitleRune(p.str(ln.cs, head)) {
		return false
	}
	if _, _, ok := p.split(p.str(ln.cs, head)); !ok {
		return false // a post alone or a unit: no person
	}
	var titles []string
	j := k
	for j < ln.e && isQuote(p.src[j]) {
		c := j + 1
		for c < ln.e && !isQuote(p.src[c]) {
			c++
		}
		if c >= ln.e || c == j+1 {
			return false
		}
		titles = append(titles, p.str(j+1, c))
		j = c + 1
		for j < ln.e && (p.src[j] == '、' || isComma(p.src[j]) || p.src[j] == '和' || p.src[j] == '及' || isSpace(p.src[j])) {
			j++
		}
	}
	// what may follow the headings: 方面工作, 部分, 板块任务, 。
	j += areaWords.prefixAt(p.src, j, ln.e)
	j += workWords.prefixAt(p.src, j, ln.e)
	for j < ln.e && (isSentenceEnd(p.src[j]) || isSemicolon(p.src[j]) || isSpace(p.src[j])) {
		j++
	}
	if j < ln.e || len(titles) == 0 {
		return false
	}
	p.headingLeaders = append(p.headingLeaders, headingLeader{titles: titles, leader: rng{ln.cs, head}})
	if p.numberRoleLine == nil {
		p.numberRoleLine = map[int]bool{}
	}
	p.numberRoleLine[i] = true
	return true
}

var (
	areaWords = words("方面", "部分", "板块", "领域", "条线", "等方面")
	workWords = words("工作", "任务", "重点工作", "工作任务")
)

// withHeadingLeaders gives t the leaders of the headings it stands under
// (its section's title, its theme) that a leader-by-heading line quotes.
func (p *parser) withHeadingLeaders(t *graph.Task) {
	var heads []string
	if p.cur >= 0 {
		heads = append(heads, p.doc.Sections[p.cur].Title)
	}
	if t.Theme != "" {
		heads = append(heads, t.Theme)
	}
	for _, hl := range p.headingLeaders {
		for _, title := range hl.titles {
			if slices.ContainsFunc(heads, func(h string) bool { return sameHeading(h, title) }) {
				t.Leaders = p.leaders(t.Leaders, hl.leader)
				break
			}
		}
	}
}

// sameHeading reports a quoted heading naming the heading h: the same text,
// with or without its number (“三、城市建设”).
func sameHeading(h, quoted string) bool {
	q := []rune(strings.TrimSpace(quoted))
	if mk, ms := markerAt(q, 0, len(q)); mk != markNone {
		q = q[skipSpace(q, ms, len(q)):]
	}
	return len(q) >= 2 && strings.TrimSpace(h) == string(q)
}
