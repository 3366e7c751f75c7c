package quality

import (
	"strings"
	"unicode/utf8"
)

// Abbreviations are the general short forms of unit names (short, full)
// that a duplicate_unit suggestion looks for: a name that becomes another
// when one short form is written out. They are knowledge, not rules of any
// one jurisdiction, so they only ever suggest; an accepted suggestion
// becomes an alias of that jurisdiction. docs/quality.md lists them.
var Abbreviations = [][2]string{
	{"发改", "发展和改革"}, {"发改", "发展改革"},
	{"住建", "住房和城乡建设"}, {"住建", "住房和城市建设"}, {"住建", "住房城乡建设"},
	{"人社", "人力资源和社会保障"}, {"人社", "人力资源社会保障"},
	{"市场监管", "市场监督管理"},
	{"金融监管", "地方金融监督管理"}, {"金融", "地方金融监督管理"},
	{"工信", "工业和信息化"}, {"科技", "科学技术"},
	{"卫健", "卫生健康"}, {"文旅", "文化和旅游"}, {"教体", "教育和体育"},
	{"应急", "应急管理"}, {"医保", "医疗保障"}, {"城管", "城市管理"},
	{"退役军人", "退役军人事务"}, {"投促", "投资促进"}, {"自规", "自然资源和规划"},
	{"交运", "交通运输"}, {"审批服务", "行政审批服务"}, {"行政审批", "行政审批服务"},
	{"文广", "文化广电"}, {"民宗", "民族宗教"}, {"政府办", "政府办公室"},
	{"发改委", "发展和改革委员会"}, {"卫健委", "卫生健康委员会"},
}

// similarity says why two names of one jurisdiction look like one unit,
// or "" when they do not. short is the name to alias, full the canonical
// one when the reason implies a direction (abbreviation, prefix); for an
// edit, both are returned as given.
func duplicate(a, b, jurisdiction string) (reason, short, full string) {
	for _, ab := range Abbreviations {
		if expands(a, b, ab[0], ab[1]) {
			return "abbreviation " + ab[0] + " ↔ " + ab[1], a, b
		}
		if expands(b, a, ab[0], ab[1]) {
			return "abbreviation " + ab[0] + " ↔ " + ab[1], b, a
		}
	}
	if p, ok := prefixed(a, b, jurisdiction); ok {
		return "the same name with " + p, a, b
	}
	if p, ok := prefixed(b, a, jurisdiction); ok {
		return "the same name with " + p, b, a
	}
	if oneEdit(a, b) {
		return "one character apart", a, b
	}
	return "", "", ""
}

// expands reports whether writing out short as full once in a gives b.
func expands(a, b, short, full string) bool {
	i := strings.Index(a, short)
	for i >= 0 {
		if a[:i]+full+a[i+len(short):] == b {
			return true
		}
		j := strings.Index(a[i+1:], short)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// prefixed reports whether b is a with the jurisdiction (济南市历下区,
// 历下区, 历下) or a level (区, 市, 县) written before it, or with 办事处
// after a street name.
func prefixed(a, b, jurisdiction string) (string, bool) {
	if b == a+"办事处" {
		return "办事处 after it", true
	}
	if !strings.HasSuffix(b, a) {
		return "", false
	}
	p := strings.TrimSuffix(b, a)
	for _, form := range jurisdictionForms(jurisdiction) {
		if p == form {
			return p + " before it", true
		}
	}
	return "", false
}

// jurisdictionForms are the ways a document writes its own jurisdiction in
// front of a unit name.
func jurisdictionForms(j string) []string {
	forms := []string{"区", "市", "县"}
	if j == "" {
		return forms
	}
	forms = append(forms, j)
	for _, level := range []string{"省", "市", "州", "盟"} {
		if i := strings.Index(j, level); i > 0 && i+len(level) < len(j) {
			rest := j[i+len(level):]
			forms = append(forms, rest)
			for _, s := range []string{"区", "县", "市", "旗"} {
				if strings.HasSuffix(rest, s) && utf8.RuneCountInString(rest) > 2 {
					forms = append(forms, strings.TrimSuffix(rest, s))
				}
			}
			break
		}
	}
	return forms
}

// distinguishing characters: two names that differ only in one of them
// (第一/第二, 东关/西关) are two units.
const distinguishing = "一二三四五六七八九十百0123456789东西南北中上下前后左右甲乙丙丁新老"

// oneEdit reports whether two names of at least six characters are one
// insertion, deletion or substitution apart (发展和改革局 / 发展改革局,
// 城市建设 / 城乡建设), the difference not a character that distinguishes
// units (numbers, directions), and the names not two streets.
func oneEdit(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 6 || len(rb) < 6 || abs(len(ra)-len(rb)) > 1 || a == b {
		return false
	}
	if strings.Contains(a, "街道") && strings.Contains(b, "街道") {
		return false
	}
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	var diff []rune
	if len(ra) == len(rb) {
		if string(ra[i+1:]) != string(rb[i+1:]) {
			return false
		}
		diff = []rune{ra[i], rb[i]}
	} else {
		if string(ra[i:]) != string(rb[i+1:]) {
			return false
		}
		diff = []rune{rb[i]}
	}
	for _, r := range diff {
		if strings.ContainsRune(distinguishing, r) {
			return false
		}
	}
	return true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// kindSuffixes end unit names; the stem of a name is what comes before.
var kindSuffixes = []string{"管理委员会", "委员会", "服务中心", "办公室", "管委会", "中心", "分局", "局", "委", "办"}

// stem is a name without its level prefix (区, 市, 县) and kind suffix
// (局, 中心, 委员会 …): 区投资促进局 → 投资促进.
func stem(name string) string {
	s := name
	for _, p := range []string{"区", "市", "县"} {
		if strings.HasPrefix(s, p) {
			s = strings.TrimPrefix(s, p)
			break
		}
	}
	for _, suf := range kindSuffixes {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return strings.TrimSuffix(s, suf)
		}
	}
	return s
}

// successor reports whether a unit that appears could continue one that
// vanished: one stem contains the other (教育和体育 / 教育, 投资促进 /
// 投资促进), and the shorter has at least two characters.
func successor(vanished, appeared string) bool {
	a, b := stem(vanished), stem(appeared)
	if utf8.RuneCountInString(a) > utf8.RuneCountInString(b) {
		a, b = b, a
	}
	return utf8.RuneCountInString(a) >= 2 && strings.Contains(b, a)
}

// departmentSuffixes end the names the built-in rules read as departments
// on purpose; a name of kind department without one fell through every
// rule, and its kind is a guess.
var departmentSuffixes = []string{"局", "委", "办", "办公室", "委员会", "厅", "部", "署", "政府", "处", "科"}

func departmentLike(name string) bool {
	for _, s := range departmentSuffixes {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return false
}
