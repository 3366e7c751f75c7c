package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Project rules. A project or site is a name ending in a facility suffix
// (…产业园, …片区, …消防站), an item of a list closed by 等 and a project
// word (解放桥、铁路党校等城市更新项目), or a road named as the object of
// works (明湖东路、黄台南路整治提升). Names are cut from the verbs before
// them and checked against a stop list of generic and jurisdiction-wide
// names.
var (
	projectSuffixes = words("广场", "公园", "游园", "产业园", "园区", "园", "苑", "中心", "基地", "消防站", "站",
		"片区", "地块", "大厦", "大楼", "工程", "用房", "桥梁", "号线", "综合体", "医院")
	projectCues  = words("项目", "地块", "片区", "载体", "小区", "园区", "工程", "楼宇", "隐患", "公园", "场馆")
	projectVerbs = words("加快推进", "加快推动", "加快实施", "全力推进", "全力抢抓", "高标准", "高质量", "推进", "推动",
		"加快", "实施", "确保", "启动", "打造", "围绕", "依托", "做优", "做好", "做强", "做大", "抓好", "新建", "建设",
		"规划", "改造", "提升", "创建", "积极", "完成", "建成", "投用", "交付", "尽快", "全年", "实现", "大力", "着力",
		"持续", "深入", "探索", "保障", "发挥", "支持", "对标", "优化", "升级", "续建", "开工", "改扩建", "全面",
		"力争", "谋划", "包装", "策划", "申报", "争取", "引进", "招引", "同步", "开展", "扎实", "用好", "盘活",
		"聚焦", "全力", "开放", "投入", "运营", "竣工",
		// the verbs of rules and duties (整改 items): 完善园区…体系, 督促…工程施工单位
		"建立健全", "建立", "健全", "完善", "修订", "制定", "规范", "督促", "落实", "压实", "强化", "加强", "严格",
		"整改", "实行", "推行", "清理", "排查", "新增",
		"以", "在", "对", "将", "把", "为", "向", "从", "于", "使", "让", "推")
	projectLocators = words("以西", "以东", "以南", "以北", "周边", "沿线", "一带")
	worksVerbs      = words("综合整治", "整治提升", "改造提升", "整治", "改造", "提升", "建设", "拓宽", "打通", "维修", "修缮", "大修")
	projectStopPre  = []string{"区", "市", "县", "省", "全区", "全市", "全省", "全国", "国家", "国内", "国际化", "各", "一批", "若干", "多个", "部分", "老旧", "重点", "公办", "民办"}
	projectStopIn   = []string{"示范", "相关", "有关", "一流", "各类", "部分", "城市更新", "专项债", "等"}
	genericProjects = map[string]bool{}
)

func init() {
	for _, g := range []string{"公园", "城市公园", "古树公园", "口袋公园", "游园", "产业园", "产业园区", "园区", "片区",
		"地块", "小区", "老旧小区", "中心", "基地", "工程", "项目", "幼儿园", "中小学幼儿园", "养老中心", "数据中心",
		"大数据中心", "服务中心", "活动中心", "文化中心", "体育中心", "创新中心", "孵化基地", "双创基地", "科技园",
		"物流园", "广场", "消防站", "综合体", "大厦", "用房", "桥梁", "医院", "城市广场", "文化广场", "商务中心",
		// service institutions every town has, not projects
		"便民服务中心", "政务服务中心", "党群服务中心", "为民服务中心", "新时代文明实践中心", "新时代文明实践站"} {
		genericProjects[g] = true
	}
}

type projectHit struct {
	name string
	s, e int
}

// findProjects returns the projects named in a task text, in text order.
func findProjects(tx text, units map[string]bool) []string {
	t := tx.src
	var hits []projectHit
	add := func(name string, s, e int) {
		if validProject(name, units) {
			hits = append(hits, projectHit{name, s, e})
		}
	}
	// 1. Facility suffixes.
	lastEnd := -1
	for i := 1; i <= len(t); i++ {
		if !projectSuffixes.last.has(t[i-1]) {
			continue // most runes end no suffix: no call
		}
		n := projectSuffixes.suffixAt(t, 0, i)
		if n == 0 || i < len(t) && isSuffixBlocker(t[i]) {
			continue
		}
		s := leftBound(t, i-n)
		if s < lastEnd {
			continue // inside a project already found: 历园片区雨污水管网改造工程
		}
		cs, ce := cleanName(t, s, i)
		if ce-cs-n < 1 {
			continue
		}
		nameRunes := plainRunes(t[cs:ce])
		name := tx.plain(cs, ce)
		head := nameRunes[:len(nameRunes)-n]
		if !allDigits(head) && len(head) < 2 {
			continue // 双中心: too short to name anything
		}
		if allDigits(head) {
			// 4号线、6号线: the later items share the first one's prefix.
			if prefix := listPrefix(t, s); prefix != "" {
				add(prefix+name, cs, ce)
				lastEnd = i
			}
			continue
		}
		if n == 2 && t[i-2] == '桥' && t[i-1] == '梁' && !strings.ContainsAny(string(head), "路街巷") {
			continue // 资金链沟通桥梁: a bridge needs a street
		}
		if validProject(name, units) {
			lastEnd = i
			hits = append(hits, projectHit{name, cs, ce}) // add would ask validProject again
			expandShared(t, s, name, n, add)
		}
	}
	// 2. Lists closed by 等 and a project word.
	for i, r := range t {
		if r != '等' {
			continue
		}
		j := i + 1
		for j < len(t) && j-i <= 16 && !isClauseEnd(t[j]) || j < len(t) && t[j] == '、' && j-i <= 16 {
			j++
		}
		if !cueFollows(t, i+1, j) {
			continue
		}
		end := i
		for end > 0 {
			s := end
			for s > 0 && !isClauseEnd(t[s-1]) {
				s--
			}
			cs, ce := cleanName(t, s, end)
			if ce > cs {
				add(tx.plain(cs, ce), cs, ce)
			}
			if s == 0 || t[s-1] != '、' {
				break
			}
			end = s - 1
		}
	}
	// 3. Roads as the object of works: 明湖东路、黄台南路、轻风路整治提升.
	for i := 1; i < len(t); i++ {
		if !isRoadEnd(t[i-1]) || worksVerbs.prefixAt(t, i, len(t)) == 0 {
			continue
		}
		end := i
		for end > 0 {
			s := end
			for s > 0 && !isClauseEnd(t[s-1]) {
				s--
			}
			cs, ce := cleanName(t, s, end)
			if ce > cs && isRoadEnd(t[ce-1]) && ce-cs <= 8 {
				add(tx.plain(cs, ce), cs, ce)
			}
			if s == 0 || t[s-1] != '、' {
				break
			}
			end = s - 1
		}
	}
	slices.SortStableFunc(hits, func(a, b projectHit) int { return cmp.Compare(a.s, b.s) })
	var out []string
	for k, h := range hits {
		inside := false
		for m, o := range hits {
			if m != k && o.s <= h.s && h.e <= o.e && o.e-o.s > h.e-h.s {
				inside = true // 齐鲁软件园 inside 齐鲁软件园二期
				break
			}
		}
		if !inside {
			out = appendNew(out, h.name)
		}
	}
	return out
}

// isSuffixBlocker: a suffix followed by one of these is inside a longer
// word (中心城区, 中心组: a study group).
func isSuffixBlocker(r rune) bool {
	switch r {
	case '区', '城', '化', '型', '式', '性', '级', '平', '园', '馆', '楼', '线', '路', '街', '站', '组':
		return true
	}
	return false
}

func isRoadEnd(r rune) bool { return r == '路' || r == '街' || r == '巷' }

// cueFollows reports a project word right after 等: only numbers, measure
// words and a short modifier may come between (等8个项目, 等城市更新项目).
func cueFollows(t []rune, s, e int) bool {
	other := 0
	for i := s; i < e; {
		if n := projectCues.prefixAt(t, i, e); n > 0 {
			return true
		}
		if n := measureUnits.prefixAt(t, i, e); n > 0 && i > s && isDigit(t[i-1]) {
			i += n
			continue
		}
		if isHan(t[i]) {
			if other++; other > 4 {
				return false
			}
		}
		i++
	}
	return false
}

// leftBound walks left from i over the runes a name can hold.
func leftBound(t []rune, i int) int {
	end := i
	for i > 0 && end-i < 24 {
		r := t[i-1]
		switch {
		case r == '”' || r == '’' || r == '」':
			k := i - 2
			for k >= 0 && t[k] != '“' && t[k] != '‘' && t[k] != '「' {
				k--
			}
			if k < 0 {
				return i
			}
			i = k
		case isClose(r):
			o := matchOpen(t, 0, i-1)
			if o < 0 {
				return i
			}
			i = o
		case r == '等' || r == '及' || r == '与' || r == '或':
			return i
		case isHan(r) || r < 128 && (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') || isDigit(r) || r == '·':
			i--
		default:
			return i
		}
	}
	return i
}

// cleanName cuts leading verbs, text before 的 and locators off t[s:e].
func cleanName(t []rune, s, e int) (int, int) {
	skip := func() {
		for s < e && (isQuote(t[s]) || isSpace(t[s])) {
			s++
		}
	}
	skip()
	for {
		n := projectVerbs.prefixAt(t, s, e)
		if n == 0 || e-s-n < 2 {
			break
		}
		s += n
		skip()
	}
	for i := e - 1; i > s; i-- {
		if t[i] == '的' {
			s = i + 1
			break
		}
	}
	for i := e - 2; i > s; i-- {
		if n := projectLocators.prefixAt(t, i, e); n > 0 {
			s = i + n
			break
		}
	}
	if e-s > 14 {
		for i := e - 4; i > s; i-- {
			if n := projectVerbs.prefixAt(t, i, e); n > 1 {
				s = i + n
				break
			}
		}
	}
	skip()
	for e > s && (isQuote(t[e-1]) || isSpace(t[e-1])) {
		e--
	}
	return s, e
}

// plain drops quotes from a name.
// plainRunes is rs without quotes: rs itself when it has none.
func plainRunes(rs []rune) []rune {
	if !slices.ContainsFunc(rs, isQuote) {
		return rs
	}
	return slices.DeleteFunc(slices.Clone(rs), isQuote)
}

// plain is plain(t.src[s:e]), sharing the source's memory when there is no quote.
func (t *text) plain(s, e int) string {
	if !slices.ContainsFunc(t.src[s:e], isQuote) {
		return t.str(s, e)
	}
	return plain(t.src[s:e])
}

func plain(rs []rune) string {
	if !slices.ContainsFunc(rs, isQuote) {
		return string(rs)
	}
	var b strings.Builder
	for _, r := range rs {
		if !isQuote(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func allDigits(rs []rune) bool {
	for _, r := range rs {
		if !isDigit(r) {
			return false
		}
	}
	return len(rs) > 0
}

// listPrefix returns the non-digit prefix of the list item before s:
// 轨道交通4号线 → 轨道交通.
func listPrefix(t []rune, s int) string {
	if s == 0 || t[s-1] != '、' {
		return ""
	}
	a := s - 1
	for a > 0 && !isClauseEnd(t[a-1]) {
		a--
	}
	for a > 0 && t[a-1] == '、' { // walk over earlier bare items: 4号线、6号线、7号线
		b := a - 1
		for b > 0 && !isClauseEnd(t[b-1]) {
			b--
		}
		a = b
	}
	cs, ce := cleanName(t, a, s-1)
	k := cs
	for k < ce && !isDigit(t[k]) {
		k++
	}
	if k == cs || k == ce {
		return ""
	}
	return plain(t[cs:k])
}

// expandShared expands shorthand lists that share a facility:
// 兴发东巷、仁智街边沟桥梁 → 兴发东巷边沟桥梁, 仁智街边沟桥梁.
func expandShared(t []rune, s int, name string, suffixLen int, add func(string, int, int)) {
	if s == 0 || t[s-1] != '、' {
		return
	}
	rs := []rune(name)
	k := -1
	for i, r := range rs[:len(rs)-suffixLen] {
		if isRoadEnd(r) {
			k = i
			break
		}
	}
	if k < 1 || k >= len(rs)-suffixLen-1 {
		return
	}
	facility := string(rs[k+1:])
	end := s - 1
	for end > 0 {
		a := end
		for a > 0 && !isClauseEnd(t[a-1]) {
			a--
		}
		cs, ce := cleanName(t, a, end)
		if ce-cs < 2 || ce-cs > 8 || !isRoadEnd(t[ce-1]) {
			return
		}
		add(plain(t[cs:ce])+facility, cs, ce)
		if a == 0 || t[a-1] != '、' {
			return
		}
		end = a - 1
	}
}

// validProject applies the stop rules to a candidate name.
func validProject(name string, units map[string]bool) bool {
	if utf8.RuneCountInString(name) < 3 || genericProjects[name] || units[name] {
		return false
	}
	numerals := 0
	for _, r := range name {
		if isCNNumeral(r) {
			numerals++
		}
	}
	if first, _ := utf8.DecodeRuneInString(name); isDigit(first) || numerals >= 2 { // 6座城市公园, 一轴三区多园
		return false
	}
	for _, p := range projectStopPre {
		if strings.HasPrefix(name, p) {
			return false
		}
	}
	for _, w := range projectStopIn {
		if strings.Contains(name, w) {
			return false
		}
	}
	prev := rune(-1)
	for _, r := range name {
		if (isDigit(prev) || isCNNumeral(prev)) && strings.ContainsRune("个处座栋条家大批项所类只套级", r) {
			return false
		}
		if isColon(r) || isComma(r) || isSentenceEnd(r) {
			return false
		}
		prev = r
	}
	return true
}
