package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"govgraph/graph"
)

// item is one name of a list and the separator before it.
type item struct {
	text string
	pos  int
	sep  rune
}

// splitItems splits src[s:e] on list separators at bracket depth 0.
func (t *text) splitItems(out []item, s, e int) []item {
	src := t.src
	start, depth := s, 0
	sep := rune(0)
	first, spaced := len(out), false
	flush := func(end int) {
		a, b := trim(src, start, end, func(r rune) bool { return isSpace(r) || isQuote(r) }, func(r rune) bool { return isSpace(r) || isQuote(r) || r == '。' || r == '.' })
		if a < b {
			text := t.str(a, b)
			if strings.ContainsRune(text, '\n') {
				text = joinLines(text)
			}
			out = append(out, item{text: text, pos: a, sep: sep})
			sep = 0
		}
	}
	for i := s; i < e; i++ {
		r := src[i]
		switch {
		case isOpen(r):
			depth++
		case isClose(r):
			if depth > 0 {
				depth--
			}
		case r == '\n' || isSpace(r) && nearNewline(src, s, e, i):
			// a name wrapped onto the next line
		case depth == 0 && isListSep(r):
			flush(i)
			switch {
			case isSpace(r):
				if sep == 0 {
					sep = ' '
				}
				spaced = true
			case r == '、':
				if sep == 0 || sep == ' ' {
					sep = '、'
				}
			default:
				sep = r
			}
			start = i + 1
		}
	}
	flush(e)
	if spaced {
		out = joinStraySpaces(out, first)
	}
	return out
}

// joinStraySpaces joins the items from first on that a stray space split
// (OCR output, a two-character name padded to three: 竺 文 涛, 市住 建局):
// a space between Han characters where one side is a single character, or
// where the left side ends no name and the joined form is a unit. Two real
// names of a list (张三 李四, 区发改局 区财政局) are never joined.
func joinStraySpaces(out []item, first int) []item {
	k := first
	for j := first + 1; j < len(out); j++ {
		if k >= first && out[j].sep == ' ' && strayBreak(out[k].text, out[j].text) {
			out[k].text += out[j].text
			continue
		}
		k++
		out[k] = out[j]
	}
	return out[:k+1]
}

// strayBreak reports whether a space between a and b splits one name.
func strayBreak(a, b string) bool {
	for _, s := range [2]string{a, b} {
		for _, r := range s {
			if !isHan(r) {
				return false
			}
		}
	}
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(a)
	// a ends a unit's name: not 市科 or 市司 (a level and one character)
	ended := strings.ContainsRune(unitEndings, last) && (na >= 3 || !strings.ContainsRune(levelChars, first))
	switch {
	case nb == 1: // 竺文 涛, 市科技 局; not 县交通运输局 三, 甄慧敏 开
		return !ended && !(na >= 3 && isPersonName(a))
	case na == 1: // 竺 文涛, 市 人社局
		return !(nb >= 3 && isPersonName(b))
	}
	head, _ := utf8.DecodeRuneInString(b)
	return !ended && !isPersonName(a) && !strings.ContainsRune(levelChars, head) && unitLike(a+b)
}

// levelChars open a unit's name: its level (省市区县镇乡) or 各.
const levelChars = "省市区县镇乡各"

// joinLines removes line breaks (and the spaces around them) from a name
// that a PDF wrapped.
func joinLines(s string) string {
	var b strings.Builder
	for _, part := range strings.Split(s, "\n") {
		b.WriteString(strings.TrimSpace(part))
	}
	return b.String()
}

// unitRef is a unit (or, in unlabelled roles, a leader) named in a list.
type unitRef struct {
	name   string // canonical
	lead   bool   // marked （牵头） in the list
	leader string // a leader named among units: 李华副市长牵头
}

// levelNouns follow 各… in collectives such as 各区、县级市.
var levelNouns = map[string]bool{
	"县级市": true, "县（市、区）": true, "县(市、区)": true, "县市区": true, "县区": true, "区县": true,
	"市县": true, "县": true, "市": true, "区": true, "镇": true, "乡": true, "乡镇": true, "街道": true,
	"镇街": true, "开发区": true, "功能区": true, "园区": true, "市州": true, "州": true, "盟": true,
	"旗": true, "县（市）": true, "县(市)": true, "社区": true, "村": true,
}

// isLevelNoun reports 县级市, 县级市人民政府 and kin after 各区、.
func isLevelNoun(s string) bool {
	for _, gov := range []string{"", "人民政府", "政府", "党委", "党委和政府", "管委会"} {
		if strings.HasSuffix(s, gov) && levelNouns[strings.TrimSuffix(s, gov)] {
			return true
		}
	}
	return false
}

// streetSuffixes end a shorthand street list: 建新、解放路、文东街道办事处.
var streetSuffixes = []string{"街道办事处", "街道办", "街道", "镇人民政府", "乡人民政府", "镇", "乡"}

// listRoleMarks are the role marks written after a name in a list
// (办公室（牵头）、法规科（配合）): a lead mark makes the name lead; a
// cooperating mark only says what the list says anyway.
var listRoleMarks = map[string]bool{"牵头": true, "牵头单位": true, "主责": true, "主办": true, "牵头负责": true,
	"配合": true, "协办": true, "参与": true, "配合单位": true, "协助": true}

// roleMarker strips a bracketed role mark after a name and reports a lead.
func roleMarker(name string) (string, bool) {
	if !strings.HasSuffix(name, "）") && !strings.HasSuffix(name, ")") {
		return name, false
	}
	rs := []rune(name)
	n := len(rs)
	if n < 4 {
		return name, false
	}
	o := matchOpen(rs, 0, n-1)
	if o <= 0 || n-1-o > 5 {
		return name, false
	}
	mark := string(rs[o+1 : n-1])
	if !listRoleMarks[mark] {
		return name, false
	}
	return strings.TrimSpace(string(rs[:o])), !strings.ContainsAny(mark, "配协参")
}

// units parses a list of unit names. The list's text alone decides the
// result unless a name may be a leader or a post (those record leaders), so
// such lists are read once per document and remembered; the caller must not
// change the slice.
func (p *parser) units(r rng, roles bool) []unitRef {
	key := p.str(r.s, r.e)
	if refs, ok := p.unitMemo[key]; ok {
		return refs
	}
	refs, pure := p.readUnits(r, roles)
	if pure {
		p.unitMemo[key] = slices.Clone(refs)
	}
	return refs
}

// readUnits is units without the memo; pure reports that no name could be
// a leader or a post, so that the text alone decided the result.
func (p *parser) readUnits(r rng, roles bool) (_ []unitRef, pure bool) {
	pure = true
	items := p.splitItems(p.items[:0], r.s, r.e)
	defer func() { p.items = items[:0] }()
	for k := range items {
		t := strings.TrimPrefix(items[k].text, "由")
		for _, suf := range []string{"等单位", "等部门", "等"} {
			if strings.HasSuffix(t, suf) && utf8.RuneCountInString(t) > utf8.RuneCountInString(suf)+1 {
				t = strings.TrimSuffix(t, suf)
				break
			}
		}
		items[k].text = t
	}
	// 市级各有关部门及各县区政府: 及/和 joining two whole units or collectives.
	for k := 0; k < len(items); k++ {
		if l, r, ok := conjoined(items[k].text); ok {
			right := item{text: r, pos: items[k].pos + utf8.RuneCountInString(items[k].text) - utf8.RuneCountInString(r), sep: '、'}
			items[k].text = l
			items = append(items[:k+1], append([]item{right}, items[k+1:]...)...)
		}
	}
	// 各区、县级市 is one collective.
	for k := 0; k+1 < len(items); k++ {
		if strings.HasPrefix(items[k].text, "各") && items[k+1].sep == '、' && isLevelNoun(items[k+1].text) && utf8.RuneCountInString(items[k].text) <= 6 {
			items[k].text += "、" + items[k+1].text
			items = append(items[:k+1], items[k+2:]...)
			k--
		}
	}
	// Shorthand street lists share the last name's suffix.
	expanded := p.expanded[:0]
	for range items {
		expanded = append(expanded, false)
	}
	p.expanded = expanded
	for k := range items {
		suf := streetSuffix(items[k].text)
		if suf == "" {
			continue
		}
		for j := k - 1; j >= 0 && items[j+1].sep == '、' && !expanded[j] && bareName(items[j].text); j-- {
			items[j].text += suf
			expanded[j] = true
		}
	}
	// 省商务厅、财政厅、发展改革委: later names share the first one's level.
	level := ""
	for k := range items {
		t := items[k].text
		if lv := levelPrefix(t); lv != "" {
			level = lv
			continue
		}
		if level != "" && k > 0 && items[k].sep == '、' && sharesLevel(t) {
			items[k].text = level + t
			expanded[k] = true
			continue
		}
		level = ""
	}
	out := p.refs[:0]
	defer func() { p.refs = out[:0] }()
	for k, it := range items {
		name, lead := roleMarker(it.text)
		if name == "" {
			continue
		}
		if hasTitleRune(name) || strings.HasSuffix(name, "领导") { // every post holds a title rune
			pure = false
		}
		// 李华副市长牵头, or in a unit field: a person with a title is a
		// leader, never a unit
		if hasTitleRune(name) {
			if l, ok := p.leaderName(name); ok {
				out = append(out, unitRef{leader: l})
				continue
			}
		}
		if roles {
			// 分管副省长、协管副秘书长负责: leaders named by their post.
			if isTitle(name) && k+1 < len(items) && items[k+1].sep == '、' {
				if _, ok := p.leaderName(items[k+1].text); ok {
					continue // 区委常委、副区长X负责: the title of the next
				}
			}
			if isTitle(name) {
				p.addLeader(nil, graph.Leader{Name: name, Title: name, Placeholder: true})
				continue // a post alone: no leader, and no unit (counted for the profile)
			}
			if strings.HasSuffix(name, "领导") {
				p.seeLeader(graph.Leader{Name: name, Title: name, Placeholder: true})
				out = append(out, unitRef{leader: name})
				continue
			}
		}
		out = append(out, unitRef{name: p.canonical(name), lead: lead})
	}
	return out, pure
}

// unitEnds are the endings of a whole unit name.
var unitEnds = []string{"局", "委", "办", "厅", "政府", "部门", "单位", "中心", "公司", "集团", "管委会", "街道", "镇", "乡", "院", "所", "站", "部", "办公室"}

// conjoined splits 市级各有关部门及各县区政府 at a 及, 以及 or 和 outside
// brackets when both sides are whole units (市城市管理及综合执法局 and
// 发展和改革委 stay whole).
func conjoined(name string) (string, string, bool) {
	whole := func(s string) bool {
		if utf8.RuneCountInString(s) < 3 || strings.ContainsAny(s, "（(") {
			return false
		}
		if isCollective(s) {
			return true
		}
		for _, e := range unitEnds {
			if strings.HasSuffix(s, e) {
				return true
			}
		}
		return false
	}
	if !strings.ContainsFunc(name, func(r rune) bool { return r == '及' || r == '和' }) {
		return "", "", false // one pass; most names join nothing
	}
	for _, c := range []string{"以及", "及", "和"} {
		if i := strings.Index(name, c); i > 0 {
			l, r := name[:i], name[i+len(c):]
			if whole(l) && whole(r) {
				return l, r, true
			}
		}
	}
	return "", "", false
}

// levelPrefix returns the level a department name starts with (省财政厅 → 省).
func levelPrefix(name string) string {
	first, size := utf8.DecodeRuneInString(name)
	switch first {
	case '省', '市', '区', '县', '州':
	default:
		return ""
	}
	if strings.HasPrefix(name, "市场") || strings.HasPrefix(name, "区域") || utf8.RuneCountInString(name) < 3 {
		return ""
	}
	if last, _ := utf8.DecodeLastRuneInString(name); strings.ContainsRune("厅委局办", last) {
		return name[:size]
	}
	return ""
}

// sharesLevel reports a short department name written without its level
// after one that has it (财政厅 after 省商务厅). The tax bureau shares it
// like any department (市市场监管局、税务局: the genre names it by the level
// it serves, 市税务局); agencies named by a place or a head office of their
// own (海关, 人民银行, 国家…) do not.
func sharesLevel(name string) bool {
	n := utf8.RuneCountInString(name)
	if n < 2 || n > 9 || isCollective(name) || strings.ContainsAny(name, "（()）") {
		return false
	}
	if strings.HasPrefix(name, "市场") {
		return true
	}
	for _, w := range []string{"省", "市", "区", "县", "州", "各", "中国", "国家", "人行", "人民银行", "公司", "集团", "党", "团", "中心", "银保监", "海关", "开发区", "街道", "镇", "乡"} {
		if strings.HasPrefix(name, w) || strings.Contains(name, "公司") || strings.Contains(name, "集团") {
			return false
		}
	}
	last, _ := utf8.DecodeLastRuneInString(name)
	return strings.ContainsRune("厅委局办", last)
}

// streetSuffix returns the street-office suffix that name ends with.
func streetSuffix(name string) string {
	if strings.HasPrefix(name, "各") {
		return ""
	}
	for _, s := range streetSuffixes {
		if strings.HasSuffix(name, s) && len(name) > len(s) {
			return s
		}
	}
	return ""
}

// unitHeading returns the unit a heading names, as in a list grouped by
// lead unit: 区卫健局（2项）, 区金融服务中心（共1项）, 县住建局（牵头3项）. Without an item count
// only a department of a level (区民政局, 县委办) counts, so that themes
// such as 市场主体培育 or 区域协调发展 stay themes.
func (p *parser) unitHeading(title string) string {
	name := strings.TrimRight(title, "：:。 ")
	counted := false
	if open := strings.LastIndexAny(name, "（("); open > 0 {
		count := strings.TrimLeft(strings.TrimRight(name[open:], "）)"), "（(")
		count = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(count, "共"), "牵头"), "共") // 共3项, 牵头3项, 共牵头3项
		if num, ok := strings.CutSuffix(count, "项"); ok && num != "" && strings.IndexFunc(num, func(r rune) bool { return !isDigit(r) && !isCNNumeral(r) }) < 0 {
			name, counted = strings.TrimSpace(name[:open]), true
			name = strings.TrimSuffix(strings.TrimSuffix(name, "牵头"), "负责") // 县住建局牵头（3项）
		}
	}
	n := utf8.RuneCountInString(name)
	if n < 3 || n > 16 || strings.IndexFunc(name, func(r rune) bool { return !isHan(r) }) >= 0 {
		return ""
	}
	if levelPrefix(name) == "" {
		if !counted || !strings.ContainsRune("省市区县州", []rune(name)[0]) || strings.HasPrefix(name, "市场") || strings.HasPrefix(name, "区域") || strings.HasPrefix(name, "县域") {
			return ""
		}
		if last, _ := utf8.DecodeLastRuneInString(name); !strings.ContainsRune("局委办室心司院所队站馆部会厅联行", last) {
			return ""
		}
	}
	p.conv[convUnitHeading]++
	return p.canonical(name)
}

// unitEndings are the last runes of organisation names.
const unitEndings = "局委办室心司团院所队站馆部会处道镇乡厅社联行校园科组署府村区厂台营"

// endsLikeUnit reports a name that ends like an organisation: a rune of
// unitEndings, or 海关 / 机关 (关 alone ends places too: 城关).
func endsLikeUnit(name string) bool {
	last, _ := utf8.DecodeLastRuneInString(name)
	return strings.ContainsRune(unitEndings, last) || strings.HasSuffix(name, "海关") || strings.HasSuffix(name, "机关")
}

// bareName reports whether a list item is a bare place name awaiting a
// shared suffix (建新, 解放路).
func bareName(s string) bool {
	n := utf8.RuneCountInString(s)
	if n == 0 || n > 6 || strings.ContainsAny(s, "（()）") {
		return false
	}
	for _, pre := range []string{"各", "区", "市", "县", "省"} {
		if strings.HasPrefix(s, pre) {
			return false
		}
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(unitEndings, last) {
		return false
	}
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// canonical resolves aliases of the document's jurisdiction, remembering
// what was seen. A name with a bracket (区城市管理局（区综合行政执法局）,
// 各市（州）人民政府) is kept whole.
func (p *parser) canonical(raw string) string {
	if c, ok := p.canon[raw]; ok {
		return c
	}
	name := p.alias(raw)
	if name != raw {
		p.seeAlias(name, raw)
	}
	p.canon[raw] = name
	return name
}

func (p *parser) alias(name string) string {
	if p.aliases == nil {
		return name
	}
	c, err := resolveAlias(p.aliases, name)
	if err != nil {
		return name
	}
	return c
}

func (p *parser) seeAlias(canonical, alias string) {
	p.aliasSeen[canonical] = appendNew(p.aliasSeen[canonical], alias)
}

// isCollective reports names that stand for a group of units.
func isCollective(name string) bool {
	if strings.HasPrefix(name, "各") || strings.HasPrefix(name, "全体") {
		return true
	}
	for _, w := range []string{"成员单位", "有关单位", "相关单位", "有关部门", "相关部门", "有关方面", "相关方面", "各部门", "各单位", "各街道", "各镇", "各乡", "等单位", "等部门"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// UnitKind classifies a unit by the built-in rules (see also
// Options.KindOverrides).
func UnitKind(name string) string {
	has := func(ws ...string) bool {
		for _, w := range ws {
			if strings.Contains(name, w) {
				return true
			}
		}
		return false
	}
	prefix := func(ws ...string) bool {
		for _, w := range ws {
			if strings.HasPrefix(name, w) {
				return true
			}
		}
		return false
	}
	suffix := func(ws ...string) bool {
		for _, w := range ws {
			if strings.HasSuffix(name, w) {
				return true
			}
		}
		return false
	}
	switch {
	case isCollective(name):
		return graph.KindCollective
	case prefix("区委", "市委", "县委", "省委", "州委", "党委", "中共", "党工委", "纪委", "区纪委", "市纪委") ||
		suffix("纪委", "监委", "政法委", "组织部", "宣传部", "统战部", "编办", "工委", "党校"):
		return graph.KindPartyOrgan
	case suffix("管委会", "管理委员会", "管理委员会办公室"):
		return graph.KindCommittee
	case has("残联", "残疾人联合会", "总工会", "工会", "团委", "团区委", "团市委", "团县委", "共青团", "妇联", "妇女联合会", "红十字会", "科协", "侨联", "工商联", "文联", "青联"):
		return graph.KindMass
	case has("集团", "公司", "有限", "股份", "银行"):
		return graph.KindEnterprise
	case suffix(streetSuffixes...) || suffix("镇政府", "乡政府"):
		return graph.KindStreet
	case suffix("分局", "大队", "支队", "中队", "税务局", "派出所", "海关", "气象局", "分行", "消防救援站", "供电中心"):
		return graph.KindBranch
	case suffix("中心", "院", "所", "站", "馆", "学校", "医院", "学院", "大学", "中学", "小学", "幼儿园", "台", "报社"):
		return graph.KindInstitution
	}
	return graph.KindDepartment
}

func (p *parser) kind(name string) string {
	if k, ok := p.opts.KindOverrides[name]; ok {
		return k
	}
	return UnitKind(name)
}
