package extract

import (
	"fmt"
	"strings"
)

// role is what an annotation field assigns.
type role int

const (
	roleNone role = iota
	roleLeader
	roleLead
	roleUnits
	roleDeadline
	roleResp // 负责: the lead when nothing else leads, else responsible
	// roleMeasure marks the field being read as a goal (parseFields); no
	// field has it: goals are fieldSet.measures.
	roleMeasure
)

func (r role) String() string {
	switch r {
	case roleLeader:
		return "leaders"
	case roleLead:
		return "lead units"
	case roleUnits:
		return "responsible units"
	case roleDeadline:
		return "deadline"
	case roleResp:
		return "responsible (or lead)"
	}
	return "nothing"
}

// labelRoles are the field labels of annotations and labelled lines.
var labelRoles = map[string]role{
	"牵头领导": roleLeader, "责任领导": roleLeader, "分管领导": roleLeader, "牵头区领导": roleLeader,
	"分管区领导": roleLeader, "分管省领导": roleLeader, "牵头省领导": roleLeader, "牵头市领导": roleLeader,
	"分管市领导": roleLeader, "责任区领导": roleLeader, "牵头县领导": roleLeader, "分管县领导": roleLeader,
	"责任市领导": roleLeader, "联系领导": roleLeader, "包保领导": roleLeader, "区领导": roleLeader,
	"市领导": roleLeader, "县领导": roleLeader, "省领导": roleLeader, "牵头市级领导": roleLeader,
	"责任县领导": roleLeader, "督办领导": roleLeader, "协管领导": roleLeader, "联系市领导": roleLeader,
	"联系区领导": roleLeader, "联系县领导": roleLeader, "挂帅领导": roleLeader, "领衔领导": roleLeader,
	"牵头领导及责任人": roleLeader, "主管领导": roleLeader, "主管市领导": roleLeader, "主管区领导": roleLeader, "主管县领导": roleLeader, "分管州领导": roleLeader, "责任省领导": roleLeader, "责任州领导": roleLeader, "联系省领导": roleLeader, "联系州领导": roleLeader, "牵头州领导": roleLeader, "责任领导及分工": roleLeader,
	"协同责任单位": roleUnits, "协同部门": roleUnits, "配合责任单位": roleUnits, "其他责任单位": roleUnits,
	"主要责任单位": roleLead, "牵头责任部门": roleLead, "主办部门": roleLead, "责任主体": roleUnits,
	"部门分工": roleUnits, "责任分工": roleUnits, "任务分工": roleUnits, "分工": roleUnits, "单位分工": roleUnits,
	"完成时限及要求": roleDeadline, "进度安排": roleDeadline, "时间安排": roleDeadline,
	"主办": roleLead, "主责": roleLead, "协办": roleUnits, "参与": roleUnits, "协同": roleUnits,
	// Labels of other fields, read as labels but not as roles.
	"汇报单位": roleNone, "汇报部门": roleNone, // who reported the topic to a meeting, no role in its decisions
	"督办单位": roleNone, "督查单位": roleNone, "督办部门": roleNone, "考核单位": roleNone, "责任人": roleNone,
	"联系人": roleNone, "备注": roleNone, "具体责任人": roleNone, "联络员": roleNone, "主要责任人": roleNone, "直接责任人": roleNone,
	"牵头单位": roleLead, "牵头部门": roleLead, "主责单位": roleLead, "主办单位": roleLead,
	"牵头责任单位": roleLead, "主责部门": roleLead, "牵头处室": roleLead, "牵头": roleLead,
	"责任单位": roleUnits, "配合单位": roleUnits, "参与单位": roleUnits, "协办单位": roleUnits,
	"责任部门": roleUnits, "配合部门": roleUnits, "协同单位": roleUnits, "协作单位": roleUnits,
	"参与部门": roleUnits, "协办部门": roleUnits, "承办单位": roleUnits, "配合处室": roleUnits,
	"责任处室": roleUnits, "责任股室": roleUnits, "配合股室": roleUnits, "牵头股室": roleLead, "配合": roleUnits, "负责": roleUnits, "责任": roleUnits,
	"责任科室": roleUnits, "配合科室": roleUnits, "协办科室": roleUnits, "参与科室": roleUnits, "协办处室": roleUnits,
	"牵头科室": roleLead, "主责科室": roleLead, "主办科室": roleLead, "主责处室": roleLead, "主办处室": roleLead, "协办股室": roleUnits,
	"整改时限": roleDeadline,
	"完成时限": roleDeadline, "时间节点": roleDeadline, "完成时间": roleDeadline, "时限": roleDeadline,
	"完成期限": roleDeadline, "时限要求": roleDeadline, "完成时限要求": roleDeadline,
	"倒排工期": roleDeadline, "计划工期": roleDeadline, "建设工期": roleDeadline,
}

// taskLabels name the field holding the task in a block of labelled fields
// (第3项 / 工作任务：… / 牵头单位：…): the block is one task, that field its text.
var taskLabels = map[string]bool{"工作任务": true, "督办内容": true, "督办事项": true, "任务内容": true,
	"具体任务": true, "工作内容": true, "重点任务": true, "目标任务": true, "事项内容": true}

// blockNumber reports a line that is only a block's number: 第3项, 第十二项,
// 【督办事项5】, 督办事项（五）.
func blockNumber(src []rune, cs, e int) bool {
	for e > cs && isSpace(src[e-1]) {
		e--
	}
	if e-cs >= 2 && (src[cs] == '【' || src[cs] == '[') && isClose(src[e-1]) {
		cs, e = cs+1, e-1
	}
	if e-cs >= 3 && src[cs] == '第' && src[e-1] == '项' {
		for i := cs + 1; i < e-1; i++ {
			if !isDigit(src[i]) && !isCNNumeral(src[i]) {
				return false
			}
		}
		return true
	}
	for _, w := range []string{"督办事项", "督办任务"} {
		if hasAt(src, cs, e, []rune(w)) {
			i := cs + len([]rune(w))
			for i < e && (isDigit(src[i]) || isCNNumeral(src[i]) || isOpen(src[i]) || isClose(src[i])) {
				i++
			}
			return i == e && i > cs+len([]rune(w))
		}
	}
	return false
}

// contactLabels name the officials in charge inside the units (责任人：王某,
// 联系人：李某 电话…): read as fields of the block, silently, assigning nothing.
// A project block's own particulars (总投资：…, 建设地点：…) are read the same way.
var contactLabels = map[string]bool{"责任人": true, "具体责任人": true, "主要责任人": true, "直接责任人": true, "联系人": true, "联络员": true,
	"总投资": true, "年度计划投资": true, "建设地点": true, "汇报单位": true, "汇报部门": true}

// measureLabels name a goal or milestone line under an item (工作目标：…,
// 整改目标：…, 二季度：…) and a project's particulars (建设内容：…): read as
// fields of the block, assigning no role; the line is a measure of the task
// (attachMeasures), not part of its text.
var measureLabels = map[string]bool{"工作目标": true, "整改目标": true, "具体目标": true, "年度目标": true,
	"阶段目标": true, "预期目标": true, "目标要求": true, "预期成效": true,
	"目标": true, "完成目标": true, "任务目标": true, "量化目标": true, "目标值": true,
	"完成标准": true, "工作标准": true, "验收标准": true, "考核标准": true, "完成指标": true,
	"建设内容": true, "建设规模": true, "建设内容及规模": true, "项目内容": true,
	"一季度": true, "二季度": true, "三季度": true, "四季度": true,
	"第一季度": true, "第二季度": true, "第三季度": true, "第四季度": true, "上半年": true, "下半年": true}

// knownLabels are the labels as words, for lenient matching without a colon.
var knownLabels = func() *runeWords {
	var ws []string
	for w := range labelRoles {
		if len([]rune(w)) >= 4 {
			ws = append(ws, w)
		}
	}
	return words(ws...)
}()

// roleOf maps a label to its role; known is false for labels only guessed
// from their ending (…领导, …单位, …时限).
func roleOf(label string) (r role, known bool) {
	if r, ok := labelRoles[label]; ok {
		return r, true
	}
	switch {
	case strings.HasSuffix(label, "领导"):
		return roleLeader, false
	case unitLabel(label) && (strings.Contains(label, "牵头") || strings.Contains(label, "主责")):
		return roleLead, false
	case unitLabel(label):
		return roleUnits, false
	case strings.HasSuffix(label, "时限") || strings.HasSuffix(label, "期限"):
		return roleDeadline, false
	}
	return roleNone, false
}

// unitLabel reports a label that ends in a word for units (单位, 部门, 科室 …).
func unitLabel(label string) bool {
	for _, w := range unitWords {
		if strings.HasSuffix(label, w) {
			return true
		}
	}
	return false
}

// rng is a half-open range of runes in the source.
type rng struct{ s, e int }

// field is one value range of an annotation and the role it assigns.
type field struct {
	role role
	r    rng
	// primary: a 责任单位 label, which leads when a cooperating field
	// (配合单位, …配合) stands beside it and nothing else leads.
	primary, coop bool
}

// labelFlags says whether a unit label names the primary or the
// cooperating units.
func labelFlags(word string) (primary, coop bool) {
	for _, w := range []string{"配合", "协办", "协同", "协作", "参与", "协助"} {
		if strings.Contains(word, w) {
			return false, true
		}
	}
	return strings.HasPrefix(word, "责任") || strings.HasPrefix(word, "主要责任") || word == "承办单位", false
}

// fieldSet is what one annotation says, in the order it says it.
type fieldSet struct {
	fields      []field
	firstIsLead bool // e.g. 责任单位（列第一位者为牵头单位）：
	roles       bool // unlabelled roles: （X牵头，Y配合）
	onward      bool // …（列第一位者为牵头单位，下同）: first listed leads from here on
	// measures: goal fields of a bracket (（目标：建成5个）, 完成标准：…), label
	// and value, kept as the task's measures (labelled lines' goals are
	// measure lines instead, attachMeasures).
	// A pointer, nil for most annotations, which have no goal: a fieldSet
	// is copied into every annotation and task being read.
	measures *[]rng
}

// goals returns the goal fields of f.
func (f *fieldSet) goals() []rng {
	if f.measures == nil {
		return nil
	}
	return *f.measures
}

// addGoal appends a goal field (a copy: fieldSets share nothing).
func (f *fieldSet) addGoal(r ...rng) {
	if len(r) == 0 {
		return
	}
	m := append(append(make([]rng, 0, len(f.goals())+len(r)), f.goals()...), r...)
	f.measures = &m
}

func (f *fieldSet) add(r role, v rng) { f.fields = append(f.fields, field{role: r, r: v}) }

func (f *fieldSet) merge(o fieldSet) {
	f.fields = append(f.fields, o.fields...)
	f.firstIsLead = f.firstIsLead || o.firstIsLead
	f.roles = f.roles || o.roles
	f.onward = f.onward || o.onward
	f.addGoal(o.goals()...)
}

func (f *fieldSet) count(r role) int {
	n := 0
	for _, x := range f.fields {
		if x.role == r {
			n++
		}
	}
	return n
}

// annotation is a parsed annotation and where it is.
type annotation struct {
	s, e   int
	fields fieldSet
	origin string // the convention it is written in, for the profile
	// summary: 以上工作由X牵头，Y配合 after 一是…二是…: every clause before
	// it is a task with these roles.
	summary bool
	// opens: the roles open the sentence (县X局牵头，会同Y，新建…。): the
	// task is the rest of the sentence after them.
	opens bool
}

// originGoals marks a bracket of goal fields alone (（目标：建成5个））, kept
// only as part of an annotation beside it (annotations); an origin, not a
// flag, so that an annotation stays as small as it was.
const originGoals = "goal fields alone"

func (a *annotation) goalOnly() bool { return a.origin == originGoals }

// summaryPrefix returns the length of 以上工作由 / 上述任务均由 / 以上均由 …
// at src[a:b]: the opening of a sentence giving the roles of what precedes.
func summaryPrefix(src []rune, a, b int) int {
	if !hasAt(src, a, b, []rune("以上")) && !hasAt(src, a, b, []rune("上述")) {
		return 0
	}
	i := a + 2
	i += summaryObjects.prefixAt(src, i, b)
	i += summaryModifiers.prefixAt(src, i, b)
	if i < b && src[i] == '由' {
		i++
	}
	if i == a+2 {
		return 0 // 以上 alone: an amount (增长5%以上)
	}
	return i - a
}

var (
	summaryObjects   = words("各项工作", "工作任务", "工作", "任务", "事项", "各项")
	summaryModifiers = words("均", "统一", "分别")
)

// summaryAt reads 以上工作由X牵头，Y配合。 or 以上任务牵头单位：X；… at
// src[i:e]: the end of the sentence and its roles.
func (t *text) summaryAt(i, e int) (int, fieldSet, bool) {
	n := summaryPrefix(t.src, i, e)
	if n == 0 {
		return 0, fieldSet{}, false
	}
	a := i + n
	end := a
	for end < e && t.src[end] != '。' {
		end++
	}
	var fs fieldSet
	var ok bool
	if _, label := t.labelAt(a, end, false); label {
		fs, _, ok = t.parseFields(a, end, false)
	} else {
		fs, ok = t.parseRoles(a, end)
	}
	if end < e {
		end++
	}
	return end, fs, ok
}

// note is a pending diagnostic, kept until we know the text is an annotation.
type note struct {
	pos int
	msg string
}

// labelHit is a field label found at some position.
type labelHit struct {
	word    string
	role    role
	known   bool
	value   int  // first rune of the value
	noColon bool // accepted without a colon (lenient)
	note    bool // a bracketed note says the first unit leads
}

// labelAt recognises a field label at src[i:e]: 牵头单位：, 责任单位（…）：,
// 【责任单位】 and, when lenient, a known label without its colon.
func (t *text) labelAt(i, e int, lenient bool) (labelHit, bool) {
	src := t.src
	if i >= e {
		return labelHit{}, false
	}
	if r := src[i]; r == '【' || r == '[' || r == '［' {
		j := i + 1
		for j < e && j-i <= 9 && isHan(src[j]) {
			j++
		}
		if j-i-1 < 2 || j >= e || !isClose(src[j]) {
			return labelHit{}, false
		}
		word := t.str(i+1, j)
		r, known := roleOf(word)
		if r == roleNone {
			return labelHit{}, false
		}
		v := j + 1
		if v < e && isColon(src[v]) {
			v++
		}
		return labelHit{word: word, role: r, known: known, value: v}, true
	}
	j, n, wrapped := i, 0, false
	for j < e && n < 10 {
		if isHan(src[j]) {
			j, n = j+1, n+1
			continue
		}
		// 牵头\n单位：… a label a PDF wrapped
		w := j
		for w < e && isSpace(src[w]) && src[w] != '\t' {
			w++
		}
		if n == 0 || w == j || w >= e || !isHan(src[w]) || !hasRune(src, j, w, '\n') {
			break
		}
		j, wrapped = w, true
	}
	if n >= 2 {
		k := j
		var hit labelHit
		if k < e && isOpen(src[k]) {
			if c := matchClose(src, k, e); c > 0 && c-k <= 24 {
				inner := t.str(k+1, c)
				hit.note = ownNoteFirstLeads(inner)
				k = c + 1
			}
		}
		if w := skipSpace(src, k, e); w > k && w < e && isColon(src[w]) && hasRune(src, k, w, '\n') {
			k = w // 牵头单位\n：X, the colon wrapped
		}
		colon := k < e && isColon(src[k]) && n <= 8
		// 责任单位——X牵头，Y配合: a dash after a known label is its colon.
		dash := !colon && k+1 < e && src[k] == '—' && src[k+1] == '—'
		if colon || dash {
			// The word only now: most runs of Han tested here are no label.
			hit.word = t.str(i, j)
			if wrapped {
				hit.word = joinLines(hit.word)
			}
		}
		if colon {
			hit.role, hit.known = roleOf(hit.word)
			hit.value = k + 1
			return hit, true
		}
		if dash {
			if r, known := roleOf(hit.word); known {
				hit.role, hit.known, hit.value = r, true, k+2
				return hit, true
			}
		}
	}
	if lenient {
		if n := knownLabels.prefixAt(src, i, e); n > 0 {
			word := t.str(i, i+n)
			r, _ := roleOf(word)
			return labelHit{word: word, role: r, known: true, value: i + n, noColon: true}, true
		}
	}
	return labelHit{}, false
}

// parseFields reads labelled fields in src[s:e] (the inside of a bracket or
// labelled lines). ok is false when the text does not start with a label.
func (t *text) parseFields(s, e int, lenient bool) (fs fieldSet, notes []note, ok bool) {
	src := t.src
	var buf [8]rng // on the stack: most annotations have a few fields
	segs := t.splitFieldSegments(buf[:0], s, e)
	last := roleNone
	for n, seg := range segs {
		a, b := trim(src, seg.s, seg.e, isLeadTrim, func(r rune) bool { return isTailTrim(r) && !isColon(r) })
		if a >= b {
			continue
		}
		hit, isLabel := t.labelAt(a, b, lenient && n == 0)
		if !isLabel {
			if n == 0 {
				return fs, nil, false
			}
			if last == roleMeasure {
				(*fs.measures)[len(*fs.measures)-1].e = b // 目标：A；B: the goal goes on (fs's own list)
				continue
			}
			if last != roleNone {
				fs.add(last, rng{a, b})
				continue
			}
			notes = append(notes, note{a, fmt.Sprintf("text %q in an annotation has no label; ignored", clip(t.str(a, b), 20))})
			continue
		}
		if hit.noColon {
			notes = append(notes, note{a, fmt.Sprintf("label %s has no colon", hit.word)})
		}
		switch {
		case hit.role == roleNone && measureLabels[hit.word]:
			fs.addGoal(rng{a, b}) // 工作目标：…: no role, a measure
			last = roleMeasure
			continue
		case hit.role == roleNone && contactLabels[hit.word]:
			last = roleNone // 责任人, 联系人: recognised, no role
			continue
		case hit.role == roleNone:
			notes = append(notes, note{a, fmt.Sprintf("unknown label %q; field ignored", hit.word)})
			last = roleNone
			continue
		case !hit.known:
			notes = append(notes, note{a, fmt.Sprintf("unrecognised label %q read as %s", hit.word, hit.role)})
		}
		ok = true
		fs.firstIsLead = fs.firstIsLead || hit.note
		vs, ve := trim(src, hit.value, b, isLeadTrim, isTailTrim)
		var first, onward bool
		vs, ve, first, onward = listNote(src, vs, ve)
		fs.firstIsLead = fs.firstIsLead || first
		fs.onward = fs.onward || onward
		if !hasContent(src, vs, ve) {
			notes = append(notes, note{a, fmt.Sprintf("empty %s list", hit.word)})
		} else {
			f := field{role: hit.role, r: rng{vs, ve}}
			if hit.role == roleUnits {
				f.primary, f.coop = labelFlags(hit.word)
			}
			if fs.fields == nil {
				fs.fields = make([]field, 0, len(segs)-n) // once, not grown field by field
			}
			fs.fields = append(fs.fields, f)
		}
		last = hit.role
	}
	return fs, notes, ok
}

// noteWords mark a bracket after a list as a note about the list.
var (
	noteWords   = words("下同", "以下同", "全文同", "不分先后", "按职责", "按职能")
	onwardWords = words("下同", "以下同", "全文同")
)

// listNote finds a bracket opening or closing the list src[s:e] that is a
// note about it, not part of a name: （列第一位者为牵头单位，下同）, （排名不分
// 先后）. It returns the list without the note, whether the note says the
// first listed unit leads and whether that holds from here on (下同).
func listNote(src []rune, s, e int) (ls, le int, first, onward bool) {
	ls, le = s, e
	if e-s < 4 {
		return
	}
	note := func(o, c int) bool {
		f := bracketFirstLeads(src, o+1, c)
		if !f && !noteWords.containedIn(src, o+1, c) {
			return false
		}
		first = first || f
		onward = onward || f && onwardWords.containedIn(src, o+1, c)
		return true
	}
	if isOpen(src[s]) {
		if c := matchClose(src, s, e); c > s && c < e-1 && note(s, c) {
			ls, _ = trim(src, c+1, e, isLeadTrim, isTailTrim)
		}
	}
	if isClose(src[le-1]) {
		if o := matchOpen(src, ls, le-1); o > ls && note(o, le-1) {
			_, le = trim(src, ls, o, isLeadTrim, isTailTrim)
		}
	}
	return
}

// splitFieldSegments splits at ；; always and at ，, spaces or a bar (｜, |)
// when a label follows, at bracket depth 0.
func (t *text) splitFieldSegments(out []rng, s, e int) []rng {
	src := t.src
	start, depth := s, 0
	for i := s; i < e; i++ {
		r := src[i]
		if (r == '【' || r == '［') && depth == 0 && i > start {
			// X【配合科室】Y: a bracketed label starts a field, spaced or not
			if _, ok := t.labelAt(i, e, false); ok {
				out = append(out, rng{start, i})
				start = i
			}
		}
		switch {
		case isOpen(r):
			depth++
		case isClose(r):
			if depth > 0 {
				depth--
			}
		case depth > 0:
		case isSemicolon(r):
			out = append(out, rng{start, i})
			start = i + 1
		case r == '\n':
			// a new line starts a field when a label opens it; else the
			// value wrapped (省人力资源\n社会保障厅)
			if _, ok := t.labelAt(skipSpace(src, i+1, e), e, false); ok && hasColon(src, start, i) {
				out = append(out, rng{start, i})
				start = i + 1
			}
		case isComma(r) || isSpace(r) || r == '。' || r == '｜' || r == '|' || r == '丨':
			j := i + 1
			for j < e && (isSpace(src[j]) || isComma(src[j])) {
				j++
			}
			if _, ok := t.labelAt(j, e, false); ok {
				out = append(out, rng{start, i})
				start = j
				i = j - 1
			}
		}
	}
	return append(out, rng{start, e})
}

// hasRune reports whether r occurs in src[s:e].
func hasRune(src []rune, s, e int, r rune) bool {
	for i := s; i < e; i++ {
		if src[i] == r {
			return true
		}
	}
	return false
}

func hasColon(src []rune, s, e int) bool {
	for i := s; i < e; i++ {
		if isColon(src[i]) {
			return true
		}
	}
	return false
}

// Role words of unlabelled annotations, with the role they give.
var (
	leadRoleWords = words("牵头负责", "牵头落实", "牵头抓总", "牵头", "主办", "为第一责任单位", "为牵头单位", "为主责单位")
	unitRoleWords = words("按职责分工负责", "按职能分工负责", "按职责负责", "分工负责", "按职责分工落实", "按职责落实",
		"配合落实", "配合", "参与", "协办", "协助", "协同", "抓好落实", "抓落实", "推进落实", "推动落实", "落实", "组织实施", "为责任单位", "为配合单位", "为协办单位")
	coopRoleWords = words("配合落实", "配合", "参与", "协办", "协助", "协同", "为配合单位", "为协办单位")
	respRoleWords = words("共同负责", "具体负责", "分别负责", "负责落实", "负责推进", "负责")
	// leaderRoleWords end a segment naming the leader in charge: 由X副镇长分管.
	leaderRoleWords = words("分管", "主抓", "包抓", "挂帅", "负责督导", "督导", "督办", "负责督办")
	roleModifiers   = words("按照职责分工", "按职责分工", "按职责", "按职能", "分别", "共同", "具体", "会同", "等")
	// withWords open a segment naming the units a lead works with: X牵头，会同Y.
	withWords = words("会同", "联合", "协同")
)

// openingRoles reads roles that open a sentence at src[i:e], before its
// task: a lead (X牵头, 由X牵头, X负责), then segments naming the units it
// works with (会同Y、Z, 联合Y, Y配合), then the task. It returns where the
// roles end; ok is false unless a task follows them in the sentence.
func (t *text) openingRoles(i, e int) (int, fieldSet, bool) {
	src := t.src
	var fs fieldSet
	end, k := i, i
	for seg := 0; ; seg++ {
		c, depth := k, 0
		for ; c < e && (depth > 0 || !isComma(src[c]) && !isSemicolon(src[c]) && !isSentenceEnd(src[c])); c++ {
			if isOpen(src[c]) {
				depth++
			} else if isClose(src[c]) && depth > 0 {
				depth--
			}
			if seg == 0 && c-k > 40 {
				return 0, fs, false // a subject of units is short; most sentences are no roles
			}
		}
		a, b := trim(src, k, c, isLeadTrim, isTailTrim)
		if w := withWords.prefixAt(src, a, b); w > 0 && seg > 0 {
			fs.add(roleUnits, rng{a + w, b})
			fs.fields[len(fs.fields)-1].coop = true
		} else if r, vn := segmentRole(src, a, b); seg == 0 && (r == roleLead || r == roleResp) || seg > 0 && r == roleUnits {
			sa, sb := roleSubject(src, a, b, vn)
			if sb-sa < 2 {
				break
			}
			fs.add(r, rng{sa, sb})
		} else {
			break // the task starts here
		}
		if c >= e || !isComma(src[c]) {
			return 0, fs, false // roles to the end: no task after them
		}
		end, k = c, c+1
	}
	if end == i || !hasContent(src, end+1, clauseStop(src, end+1, e)) {
		return 0, fs, false
	}
	stop := end + 1
	for stop < e && !isSentenceEnd(src[stop]) {
		stop++
	}
	if rolesOrTimes(src, end+1, stop) {
		// roles all through (X负责，Y具体牵头，Z协助) or roles and a time
		// (由X牵头，Y配合，限时一个月内办结): a sentence of roles, no task
		return 0, fs, false
	}
	fs.roles = true
	return end, fs, true
}

// doneWords close a time phrase: 6月底前办结, 年底前完成.
var doneWords = words("办结", "完成", "见效", "到位", "落实")

// rolesOrTimes reports that every segment of src[s:e] (split at commas and
// semicolons outside brackets) is a role or a time: no task text.
func rolesOrTimes(src []rune, s, e int) bool {
	start, depth := s, 0
	for i := s; i <= e; i++ {
		if i < e {
			switch r := src[i]; {
			case isOpen(r):
				depth++
				continue
			case isClose(r):
				depth = max(0, depth-1)
				continue
			case depth > 0 || !isComma(r) && !isSemicolon(r):
				continue
			}
		}
		if a, b := trim(src, start, i, isLeadTrim, isTailTrim); a < b {
			// 6月底前办结: a date and the verb that closes the work
			if r, _ := segmentRole(src, a, b); r == roleNone && !isDeadlinePhrase(src, a, b-doneWords.suffixAt(src, a, b)) {
				return false
			}
		}
		start = i + 1
	}
	return true
}

// parseRoles reads unlabelled roles: （X、Y牵头，Z配合）, （X负责）.
func (t *text) parseRoles(s, e int) (fieldSet, bool) {
	src := t.src
	var fs fieldSet
	start, depth := s, 0
	var segs []rng
	for i := s; i < e; i++ {
		switch r := src[i]; {
		case isOpen(r):
			depth++
		case isClose(r):
			if depth > 0 {
				depth--
			}
		case depth == 0 && roleSegmentEnd(src, start, i):
			segs = append(segs, rng{start, i})
			start = i + 1
		}
	}
	segs = append(segs, rng{start, e})
	for _, seg := range segs {
		a, b := trim(src, seg.s, seg.e, isLeadTrim, isTailTrim)
		if a >= b {
			continue
		}
		if firstListedNote(src, a, b) {
			fs.firstIsLead = true // （X、Y负责，列第一位者为牵头单位）: a note, no subject
			continue
		}
		if r, n := labelIs(src, a, b); n > 0 {
			// 分管领导为X副镇长, 牵头单位为X; 责任单位为X beside 配合单位为Y
			// leads, as the labels do on lines of their own
			primary, coop := labelFlags(string(src[a : a+n-1]))
			fs.fields = append(fs.fields, field{role: r, r: rng{a + n, b}, primary: primary, coop: coop})
			continue
		}
		if n := labelName(src, a, b); n > 0 {
			fs.add(roleLeader, rng{a + n, b}) // 分管区领导方少卿
			continue
		}
		r, n := segmentRole(src, a, b)
		switch {
		case r == roleDeadline:
			fs.add(roleDeadline, rng{a, b})
			continue
		case r == roleNone:
			return fs, false
		}
		a, b = roleSubject(src, a, b, n)
		if b-a < 2 || !hasContent(src, a, b) {
			return fs, false
		}
		for i := a; i < b; i++ {
			if isColon(src[i]) || isDigit(src[i]) {
				return fs, false
			}
		}
		fs.add(r, rng{a, b})
	}
	fs.roles = true
	return fs, fs.count(roleLead)+fs.count(roleUnits)+fs.count(roleResp) > 0
}

// roleSegmentEnd reports whether src[i] ends a role segment begun at start:
// a comma, semicolon or full stop, or a 、 right after a role verb
// (X牵头、Y参与).
func roleSegmentEnd(src []rune, start, i int) bool {
	switch r := src[i]; {
	case isComma(r) || isSemicolon(r) || r == '。':
		return true
	case r == '、':
		return leadRoleWords.suffixAt(src, start, i) > 0 || unitRoleWords.suffixAt(src, start, i) > 0 ||
			respRoleWords.suffixAt(src, start, i) > 0
	}
	return false
}

// roleSubject is the subject of a segment src[a:b] that ends in a role verb
// of n code points: without the verb, the modifiers before it and a
// leading 由, trimmed.
func roleSubject(src []rune, a, b, n int) (int, int) {
	b -= n
	for {
		m := roleModifiers.suffixAt(src, a, b)
		if m == 0 {
			break
		}
		b -= m
	}
	if n := summaryPrefix(src, a, b); n > 0 {
		a += n // （以上均由X牵头，…）
	}
	if b-a >= 1 && src[a] == '由' {
		a++
	} else if k := workBy(src, a, b); k > 0 {
		a += k // 此项工作由X负责
	}
	return trim(src, a, b, isLeadTrim, isTailTrim)
}

// personsOnly reports a list of leaders with titles (赵建华副区长, 区委常委、
// 副区长X, 由X同志（副镇长）): every item a person or a title beside one.
func personsOnly(s string) bool {
	person := false
	depth := 0
	for _, it := range strings.FieldsFunc(s, func(r rune) bool {
		switch {
		case isOpen(r):
			depth++
		case isClose(r) && depth > 0:
			depth--
		}
		return depth == 0 && (r == '、' || r == '，' || r == ',')
	}) {
		if name, _, ok := splitLeader(it); ok && isPersonName(name) {
			person = true
			continue
		}
		if !isTitle(it) {
			return false
		}
	}
	return person
}

// labelName returns the length of a leader label written before a bare
// name (分管区领导方少卿): the label, the name after it.
func labelName(src []rune, a, b int) int {
	n := knownLabels.prefixAt(src, a, b)
	if n == 0 || labelRoles[string(src[a:a+n])] != roleLeader || !personsOnly(string(src[a+n:b])) {
		return 0
	}
	return n
}

// workBy returns the length of 此项工作由 / 该项任务由 / 本项工作由 at
// src[a:b]: the work named, then 由 and who does it.
func workBy(src []rune, a, b int) int {
	for k := a + 2; k < b && k-a <= 6; k++ {
		if src[k] != '由' {
			continue
		}
		for _, w := range []string{"工作", "任务", "事项", "项目"} {
			if hasAt(src, k-2, k, []rune(w)) {
				return k + 1 - a
			}
		}
		return 0
	}
	return 0
}

// labelIs returns the role and length of a field label followed by 为 or
// 是 at src[a:b] (分管领导为X, 牵头单位为X): a label written as a sentence.
func labelIs(src []rune, a, b int) (role, int) {
	n := knownLabels.prefixAt(src, a, b)
	if n == 0 || a+n+1 >= b || src[a+n] != '为' && src[a+n] != '是' {
		return roleNone, 0
	}
	r := labelRoles[string(src[a:a+n])]
	if r == roleNone {
		return roleNone, 0
	}
	return r, n + 1
}

// segmentRole says what role the role verb ending src[a:b] gives (and its
// length), or that the segment is a deadline (2024年11月底前完成, 长期坚持).
func segmentRole(src []rune, a, b int) (role, int) {
	for i := a; i < b; i++ {
		if src[i] == '\n' {
			return segmentRoleWrapped(src, a, b)
		}
	}
	if n := leadRoleWords.suffixAt(src, a, b); n > 0 {
		return roleLead, n
	}
	if n := unitRoleWords.suffixAt(src, a, b); n > 0 {
		return roleUnits, n
	}
	if n := respRoleWords.suffixAt(src, a, b); n > 0 {
		return roleResp, n
	}
	if n := leaderRoleWords.suffixAt(src, a, b); n > 0 {
		if sa, sb := roleSubject(src, a, b, n); personsOnly(string(src[sa:sb])) {
			return roleLeader, n // X副区长分管, 副区长X督办; a unit that 督办 is no leader
		}
	}
	if isDeadlinePhrase(src, a, b) {
		return roleDeadline, 0
	}
	return roleNone, 0
}

// segmentRoleWrapped is segmentRole for a segment that a line break cuts
// (牵\n头): it reads the segment without line breaks and gives the verb's
// length in the source.
func segmentRoleWrapped(src []rune, a, b int) (role, int) {
	var flat []rune
	for i := a; i < b; i++ {
		if src[i] != '\n' && !(isSpace(src[i]) && nearNewline(src, a, b, i)) {
			flat = append(flat, src[i])
		}
	}
	r, n := segmentRole(flat, 0, len(flat))
	if n == 0 {
		return r, 0
	}
	k := b
	for m := 0; m < n && k > a; k-- {
		if src[k-1] != '\n' && !(isSpace(src[k-1]) && nearNewline(src, a, b, k-1)) {
			m++
		}
	}
	return r, b - k
}

// nearNewline reports a space in the same whitespace run as a line break.
func nearNewline(src []rune, a, b, i int) bool {
	for j := i; j >= a && isSpace(src[j]); j-- {
		if src[j] == '\n' {
			return true
		}
	}
	for j := i; j < b && isSpace(src[j]); j++ {
		if src[j] == '\n' {
			return true
		}
	}
	return false
}

// deadlineWords start or make up a deadline without a date.
var deadlineWords = words("长期坚持", "持续推进", "持续实施", "年内完成", "年底前", "年底", "年内", "全年", "长期", "持续",
	"限时", "限期", "按时", "按期", "按节点", "按时间节点", // 限时一个月内办结, 限期两周内完成, 按节点推进: a 督办 time limit
	"上半年", "下半年", "每季度", "每年", "逐年", "分年度", "分阶段", "常态化", "按季度", "按年度", "按计划", "按进度")

// isDeadlinePhrase reports a short time phrase: it holds a date (2024年11月,
// 6月底) or starts with a deadline word, and names no unit.
func isDeadlinePhrase(src []rune, a, b int) bool {
	if b-a < 2 || b-a > 20 {
		return false
	}
	if deadlineWords.prefixAt(src, a, b) > 0 {
		return true
	}
	for i := a; i+1 < b; i++ {
		if isDigit(src[i]) && !isDigit(src[i+1]) {
			switch src[i+1] {
			case '年', '月', '日', '季', '.', '-', '—':
				for k := a; k < b; k++ {
					if src[k] == '办' && k+1 < b && (src[k+1] == '结' || src[k+1] == '理') {
						continue // 6月底前办结: the verb, not an office
					}
					if strings.ContainsRune("局委办厅院府", src[k]) {
						return false
					}
				}
				return true
			}
		}
	}
	return false
}

// roleText splits a field value written as running text into roles:
// 区城建局牵头，区自然资源分局、区营商局配合，2024年底前完成. Segments without a
// role verb keep the field's role. It returns nil when no segment has one.
func (t *text) roleText(f field) []field {
	src := t.src
	// segments calls visit for each trimmed segment of the value.
	segments := func(visit func(a, b int)) {
		start, depth := f.r.s, 0
		for i := f.r.s; i <= f.r.e; i++ {
			if i < f.r.e {
				switch r := src[i]; {
				case isOpen(r):
					depth++
					continue
				case isClose(r):
					if depth > 0 {
						depth--
					}
					continue
				case depth > 0 || !roleSegmentEnd(src, start, i):
					continue
				}
			}
			if a, b := trim(src, start, i, isLeadTrim, isTailTrim); a < b {
				visit(a, b)
			}
			start = i + 1
		}
	}
	verbs := false
	segments(func(a, b int) {
		if r, _ := segmentRole(src, a, b); r != roleNone {
			verbs = true
		}
	})
	// labelled returns the role and value of a segment that is a label
	// without a colon: 分管领导为X, 分管区领导X.
	labelled := func(a, b int) (role, int) {
		if r, n := labelIs(src, a, b); n > 0 {
			return r, n
		}
		if n := labelName(src, a, b); n > 0 {
			return roleLeader, n
		}
		return roleNone, 0
	}
	if !verbs {
		return nil
	}
	var out []field
	segments(func(a, b int) {
		if r, n := labelled(a, b); n > 0 {
			out = append(out, field{role: r, r: rng{a + n, b}})
			return
		}
		r, n := segmentRole(src, a, b)
		switch r {
		case roleNone:
			out = append(out, field{role: f.role, r: rng{a, b}, primary: f.primary, coop: f.coop})
			return
		case roleDeadline:
		default:
			// Under a lead label, a verb that only says "responsible"
			// (X、Y按职责分工负责) keeps the label's role: they co-lead.
			if f.role == roleLead && (r == roleResp || r == roleUnits && coopRoleWords.suffixAt(src, a, b) == 0) {
				r = roleLead
			}
			a, b = roleSubject(src, a, b, n)
		}
		if a < b {
			out = append(out, field{role: r, r: rng{a, b}, coop: r == roleUnits})
		}
	})
	return out
}

// looksLikeAnnotation flags brackets that mention roles but did not parse.
func (t *text) looksLikeAnnotation(s, e int) bool {
	text := t.str(s, e)
	for _, w := range []string{"牵头", "责任单位", "配合单位", "领导：", "领导:", "责任部门", "负责）", "配合）"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// clip shortens s to n runes for messages.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
