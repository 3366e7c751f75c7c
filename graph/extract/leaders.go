package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"govgraph/graph"
)

// Leader names and titles. A leader entry is a person's name with a title
// before, after or in brackets (副市长、市公安局局长陈刚, 钱明副区长,
// 杨帆（常务副县长）), a bare name sharing the title of the next one
// (赵建华、钱明副区长), or a placeholder (区有关领导, 分管副县长). A title alone
// is never a person: it joins the person next to it or stays a placeholder.

// titlePosts are the posts a title ends with; titleRanks may precede them.
var (
	titlePosts = words("省长", "市长", "区长", "县长", "州长", "盟长", "旗长", "镇长", "乡长", "主任", "书记",
		"局长", "部长", "厅长", "秘书长", "常委", "委员", "主席", "政委", "院长", "检察长", "巡视员", "调研员",
		"处长", "科长", "组长", "队长", "站长", "所长", "行长", "总经理", "董事长", "司令员", "理事长", "会长",
		"专员", "署长", "助理", "主任委员", "党组成员", "总工程师", "总经济师", "总会计师", "总规划师")
	// titleWords split a name from its title when written together.
	titleWords = words("常务副省长", "常务副市长", "常务副区长", "常务副县长", "常务副州长", "副省长", "副市长",
		"副区长", "副县长", "副州长", "副盟长", "副旗长", "副镇长", "副乡长", "副书记", "副秘书长", "副主任",
		"副部长", "副局长", "副厅长", "副主席", "副院长", "副检察长", "副处长", "副组长", "副会长", "副理事长")
)

// titleRunes: every post of titlePosts holds one of them (a cheap test
// before a name is split).
const titleRunes = "长任记委席员师理"

var titleRuneSet = func() (s runeSet) {
	for _, r := range titleRunes {
		s.add(r)
	}
	return s
}()

// hasTitleRune reports a rune of titleRunes in s.
func hasTitleRune(s string) bool {
	for _, r := range s {
		if r >= 0x3000 && titleRuneSet.has(r) {
			return true
		}
	}
	return false
}

// surnames are the common single and double family names; a person's name
// starts with one, which keeps 市公安局 from being read as a name.
const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈" +
	"姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施" +
	"文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲" +
	"翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米" +
	"柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班" +
	"储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云" +
	"容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭" +
	"干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由洪傅赖萧阎"

var doubleSurnames = []string{"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "西门", "南宫", "呼延", "独孤", "万俟"}

// isPersonName reports a plausible Chinese personal name: a common family
// name and one to three more Han runes (or a transliterated name with ·).
func isPersonName(s string) bool { return personName(s, false) }

// isTitledName is isPersonName for a name written with a leader's title,
// which vouches for a rare family name too (surnames.go).
func isTitledName(s string) bool { return personName(s, true) }

func personName(s string, rare bool) bool {
	n := utf8.RuneCountInString(s)
	if strings.ContainsAny(s, nameDots) {
		return dottedName([]rune(s))
	}
	if n < 2 || n > 4 || strings.HasPrefix(s, "常务") || strings.ContainsRune(s, '副') {
		return false
	}
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	for _, d := range doubleSurnames {
		if strings.HasPrefix(s, d) && n >= 3 {
			return true
		}
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune(surnames, first) {
		if !rare {
			return false
		}
		for _, d := range rareCompoundSurnames {
			if strings.HasPrefix(s, d) && n > utf8.RuneCountInString(d) {
				return true
			}
		}
		if !strings.ContainsRune(rareSurnames, first) {
			return false
		}
	}
	return !titlePosts.containedIn([]rune(s), 0, n) && !strings.ContainsAny(s, "局委办厅府部政")
}

// nameDots are the middle dots that join the parts of a transliterated name
// (艾力·买买提, 热合曼•阿不都拉, 努尔兰‧别克, and the full- and half-width
// katakana forms ・ ･ that Japanese input methods type).
const nameDots = "·•‧・･∙⋅"

// dottedName reports a transliterated name of the minority nationalities
// written with a middle dot: two or more parts of Han runes (up to 10 each)
// joined by one dot each, no part holding a post or a rank (古丽娜尔·吐尔逊,
// 阿不都热依木·艾合买提江; not 办事处主任艾力·买买提).
func dottedName(rs []rune) bool {
	if len(rs) < 3 || len(rs) > 24 {
		return false
	}
	part := 0
	for _, r := range rs {
		switch {
		case strings.ContainsRune(nameDots, r):
			if part == 0 {
				return false
			}
			part = 0
		case isHan(r) && part < 10:
			part++
		default:
			return false
		}
	}
	return part > 0 && plainName(rs)
}

// plainName reports a run of a name's runes that holds no post, rank or unit
// word (the test every transliterated name passes).
func plainName(rs []rune) bool {
	s := string(rs)
	return !titlePosts.containedIn(rs, 0, len(rs)) && !strings.ContainsAny(s, "副局委办厅府部政") && !strings.HasPrefix(s, "常务")
}

// longName reports a transliterated name written without a dot, too long for
// a family name and a given name (阿不都热依木, 5 to 8 Han runes), that
// starts with no level or rank: only a title beside it makes it a name.
func longName(rs []rune) bool {
	if len(rs) < 5 || len(rs) > 8 || strings.ContainsRune("常副执代省市区县州镇乡旗盟党管开园街社村", rs[0]) {
		return false
	}
	for _, r := range rs {
		if !isHan(r) {
			return false
		}
	}
	return plainName(rs)
}

// splitAround splits an entry into a title before, a name and a title after,
// the name being the runes that name tests true: the longest title before it
// and the longest after it that starts like a title (办事处副主任古丽娜尔·吐尔逊,
// 艾力·买买提副主任, 镇长阿不都热依木).
func splitAround(rs []rune, name func([]rune) bool) (string, string, bool) {
	for i := 0; i < len(rs); i++ {
		if i > 0 && !isTitle(string(rs[:i])) {
			continue
		}
		for j := i + 1; j <= len(rs); j++ {
			if j < len(rs) && !(isTitle(string(rs[j:])) && titleStart(rs[j:])) {
				continue
			}
			if name(rs[i:j]) {
				return string(rs[i:j]), joinTitle(string(rs[:i]), string(rs[j:])), true
			}
		}
	}
	return "", "", false
}

// isTitle reports a title phrase: it ends with a post and holds no name
// (常务副县长, 区委常委, 市公安局局长, 市政府秘书长).
func isTitle(s string) bool {
	rs := []rune(s)
	return len(rs) >= 2 && len(rs) <= 24 && titlePosts.suffixAt(rs, 0, len(rs)) > 0
}

// splitLeader splits one entry into a name and its title. ok is false when
// the entry names no person (a title alone, or something else).
func splitLeader(s string) (name, title string, ok bool) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "同志"))
	s = strings.TrimSuffix(s, "同志")
	for _, c := range continuedNotes {
		s = strings.TrimSpace(strings.TrimSuffix(s, c)) // 柴慧敏（续）: continued from the page before
	}
	if organPost(s) {
		return s, "", false // 党组书记, 党工委副书记: a post, though 党 is a surname
	}
	rs := []rune(s)
	// 杨帆（常务副县长）
	if n := len(rs); n > 2 && isClose(rs[n-1]) {
		if o := matchOpen(rs, 0, n-1); o > 0 {
			base, inner := strings.TrimSpace(string(rs[:o])), strings.TrimSpace(string(rs[o+1:n-1]))
			if nm, t, ok := splitLeader(base); ok {
				return nm, joinTitle(t, inner), true
			}
			if base = strings.TrimSuffix(base, "同志"); isTitle(inner) && isTitledName(base) {
				return base, inner, true // 郦雪晴同志（副区长）: a rare family name vouched for by the post
			}
		}
	}
	if isPersonName(s) {
		return s, "", true
	}
	// 办事处主任艾力·买买提, 艾力·买买提副主任: a dotted name with its posts.
	if strings.ContainsAny(s, nameDots) {
		if nm, t, ok := splitAround(rs, dottedName); ok {
			return nm, t, true
		}
	}
	// 钱明副区长: the shortest name whose rest starts and ends like a title.
	for k := 2; k <= 4 && k < len(rs); k++ {
		if nm, rest := string(rs[:k]), string(rs[k:]); isTitledName(nm) && isTitle(rest) && titleStart(rs[k:]) && !placeName(rs[:k], rs[k:]) {
			return nm, rest, true
		}
	}
	// 市公安局局长陈刚, 副市长王小明.
	for k := 2; k <= 4 && k < len(rs); k++ {
		if nm, rest := string(rs[len(rs)-k:]), string(rs[:len(rs)-k]); isTitledName(nm) && isTitle(rest) {
			return nm, rest, true
		}
	}
	// 王强常务副市长兼秘书长 and other forms: a title word inside.
	for i := 2; i < len(rs) && i <= 4; i++ {
		if n := titleWords.prefixAt(rs, i, len(rs)); n > 0 && isTitledName(string(rs[:i])) && !placeName(rs[:i], rs[i:]) {
			return string(rs[:i]), string(rs[i:]), true
		}
	}
	// 镇长阿不都热依木: a long transliterated name beside a title.
	if len(rs) > 5 {
		if nm, t, ok := splitAround(rs, longName); ok && t != "" {
			return nm, t, true
		}
	}
	return s, "", false
}

// zoneOrgans are the bodies of a zone, park, street or town that follow its
// name (高新区管委会, 城关镇人民政府): 开发区管委会主任 is a post, not 开发.
var zoneOrgans = words("管委会", "党工委", "工委", "办事处", "人民政府")

// placeName reports that nm, read with the title after it, names a place
// and the whole entry a post: the title opens with a level (区, 镇 …)
// followed by a zone's body or that level's own post (开发|区管委会主任,
// 城关|镇镇长, 高新|区党工委书记), or nm ends with a level and the title
// opens with that level's post or a zone's body (城关镇|副镇长, 江北新区|
// 管委会副主任). 钱明|区长, 王强|市政府秘书长 and 王强|区管委会主任 stay
// persons: before a zone's body only a zone's stem or a name no person has
// is a place.
func placeName(nm, title []rune) bool {
	if len(title) < 2 || len(nm) == 0 {
		return false
	}
	levelPost := func(l rune, t []rune) bool {
		w := strings.TrimPrefix(strings.TrimPrefix(string(t), "常务"), "副")
		return strings.HasPrefix(w, string(l)+"长") || strings.HasPrefix(w, string(l)+"委")
	}
	if l := title[0]; strings.ContainsRune(placeLevels, l) {
		if levelPost(l, title[1:]) {
			return true // 城关|镇镇长: no one writes 王强镇镇长
		}
		if zoneOrgans.prefixAt(title, 1, len(title)) > 0 && (zoneStem(nm) || !personName(string(nm), false)) {
			return true // 高新|区党工委书记, 开发|区管委会主任; 王强|区管委会主任 is a person
		}
	}
	l := nm[len(nm)-1]
	return strings.ContainsRune(placeLevels, l) && (levelPost(l, title) || zoneOrgans.prefixAt(title, 0, len(title)) > 0)
}

// zoneStems end the names of zones before their level and body (高新区管委会,
// 江北新区管委会): such names read like persons' (高新, 江北新), but are none.
var zoneStems = []string{"高新", "经开", "开发", "综保", "保税", "自贸", "工业园", "产业园"}

// zoneStem reports that nm ends like a zone's name: a stem of zoneStems, or
// 新 after a place of two or more runes (江北|新区).
func zoneStem(nm []rune) bool {
	s := string(nm)
	return slices.ContainsFunc(zoneStems, func(z string) bool { return strings.HasSuffix(s, z) }) ||
		len(nm) >= 3 && nm[len(nm)-1] == '新'
}

// placeLevels end the names of places (高新区, 城关镇, 红旗乡).
const placeLevels = "省市区县州镇乡旗盟"

// continuedNotes mark a leader line repeated on the next page.
var continuedNotes = []string{"（续）", "(续)", "（接上页）", "（续上页）"}

// postOrgans are the party and government bodies whose posts are titles
// (党组书记, 党工委副书记, 纪工委委员).
var postOrgans = []string{"党组", "党委", "党工委", "党总支", "党支部", "纪委", "纪工委", "工委", "管委会"}

// organPost reports a post of a body alone (党组书记): no person.
func organPost(s string) bool {
	for _, o := range postOrgans {
		if strings.HasPrefix(s, o) && isTitle(s) {
			return true
		}
	}
	return false
}

// titleStart reports text that starts like a title: a rank (常务, 副), a
// post, or a level (省, 市, 区委 …).
func titleStart(rs []rune) bool {
	if len(rs) == 0 {
		return false
	}
	if titlePosts.prefixAt(rs, 0, len(rs)) > 0 || titleWords.prefixAt(rs, 0, len(rs)) > 0 {
		return true
	}
	return strings.ContainsRune("常副执代省市区县州镇乡旗盟党管开园", rs[0])
}

func joinTitle(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "、" + b
}

// isPlaceholder reports leader entries that name no person (区有关领导).
func isPlaceholder(s string) bool {
	for _, w := range []string{"有关", "相关", "各", "分管", "协管", "领导", "负责同志", "负责人", "待定"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// SplitLeaders reads a list of leader entries (the value of a leader field, a
// table cell, a heading) into leaders with their titles. Titles standing
// alone join the person after them (副市长、市公安局局长陈刚) or, at the end,
// the person before (刘建军副区长，区公安分局局长); bare names joined by 、
// share the title of the next titled name (赵建华、钱明副区长). Entries that
// name nobody are placeholders.
func SplitLeaders(items []string, seps []rune) []graph.Leader {
	return splitLeaders(items, seps, splitLeader)
}

// leaderSplit is a memoised result of splitLeader.
type leaderSplit struct {
	name, title string
	ok          bool
}

// split is splitLeader, memoised per document.
func (p *parser) split(s string) (string, string, bool) {
	if r, ok := p.splitMemo[s]; ok {
		return r.name, r.title, r.ok
	}
	n, t, ok := splitLeader(s)
	p.splitMemo[s] = leaderSplit{n, t, ok}
	return n, t, ok
}

func splitLeaders(items []string, seps []rune, split func(string) (string, string, bool)) []graph.Leader {
	type entry struct {
		l      graph.Leader
		person bool
		prefix bool // title written before the name
		sep    rune // separator before the entry
	}
	es := make([]entry, 0, len(items))
	for k, it := range items {
		sep := rune(0)
		if k < len(seps) {
			sep = seps[k]
		}
		if isPlaceholder(it) {
			es = append(es, entry{l: graph.Leader{Name: it, Placeholder: true}, sep: sep})
			continue
		}
		// 童少华 （常务副区长）: a post in brackets on its own (a line break in
		// the cell) is the title of the person before it.
		if rs := []rune(it); len(rs) > 2 && isOpen(rs[0]) && isClose(rs[len(rs)-1]) && isTitle(string(rs[1:len(rs)-1])) {
			if n := len(es); n > 0 && es[n-1].person && es[n-1].l.Title == "" {
				es[n-1].l.Title = string(rs[1 : len(rs)-1])
				continue
			}
		}
		name, title, ok := split(it)
		if !ok {
			if isTitle(name) {
				es = append(es, entry{l: graph.Leader{Title: name}, sep: sep})
			} else {
				es = append(es, entry{l: graph.Leader{Name: name}, person: true, sep: sep})
			}
			continue
		}
		prefix := title != "" && !strings.HasPrefix(it, name)
		es = append(es, entry{l: graph.Leader{Name: name, Title: title}, person: true, prefix: prefix, sep: sep})
	}
	// Titles alone: join the next person, or the previous one at the end.
	for i := 0; i < len(es); i++ {
		if es[i].person || es[i].l.Placeholder {
			continue
		}
		t := es[i].l.Title
		j := i + 1
		for j < len(es) && !es[j].person && !es[j].l.Placeholder {
			t = joinTitle(t, es[j].l.Title)
			j++
		}
		switch {
		case j < len(es) && es[j].person && (es[j].l.Title == "" || es[j].prefix):
			es[j].l.Title = joinTitle(t, es[j].l.Title)
			es[j].prefix = true
		case i > 0 && es[i-1].person:
			es[i-1].l.Title = joinTitle(es[i-1].l.Title, t)
		default:
			es[i].l = graph.Leader{Name: t, Title: t, Placeholder: true}
			es[i].person = true
			continue
		}
		sep := es[i].sep
		es = append(es[:i], es[j:]...)
		if i < len(es) && es[i].prefix {
			es[i].sep = sep
		}
		i--
	}
	// 赵建华、钱明副区长: bare names share the next name's title.
	for i := len(es) - 2; i >= 0; i-- {
		if es[i].person && es[i].l.Title == "" && !es[i].l.Placeholder && (es[i+1].sep == '、' || es[i+1].sep == ' ') &&
			es[i+1].person && es[i+1].l.Title != "" && !es[i+1].prefix {
			es[i].l.Title = es[i+1].l.Title
		}
	}
	out := make([]graph.Leader, 0, len(es))
	for _, e := range es {
		if e.l.Name != "" {
			out = append(out, e.l)
		}
	}
	return out
}

// leaders appends the leaders listed in r to list and records their titles.
func (p *parser) leaders(list []string, r rng) []string {
	key := p.str(r.s, r.e)
	ls, ok := p.leaderMemo[key]
	if !ok {
		ls = p.readLeaders(r)
		p.leaderMemo[key] = ls
	}
	for _, l := range ls {
		list = p.addLeader(list, l)
	}
	return list
}

// readLeaders reads the leaders of a field, which depend on its text alone
// (leaders recurs on the same few texts: read once per document).
func (p *parser) readLeaders(r rng) []graph.Leader {
	items := p.splitItems(p.items[:0], r.s, r.e)
	defer func() { p.items = items[:0] }()
	if len(items) == 1 {
		if l, ok := p.oneLeader(items[0].text); ok {
			return []graph.Leader{l}
		}
	}
	return p.leaderList(items)
}

// addLeader appends a leader to list, except a post that names no person
// (分管副县长, 常务副市长, 县长): a post is not a person, and 分管副县长 is not
// even one office. Those are counted for the profile's warning; collective
// placeholders (区有关领导) stay.
func (p *parser) addLeader(list []string, l graph.Leader) []string {
	if postOnly(l) {
		p.postLeaders++
		if p.postExample == "" {
			p.postExample = l.Name
		}
		return list
	}
	p.seeLeader(l)
	return appendNew(list, l.Name)
}

// postOnly reports a placeholder leader that is a post alone: a title
// (分管副县长) or the leader in charge written as such (分管领导, 县政府分管领导),
// not a collective (区有关领导).
func postOnly(l graph.Leader) bool {
	return l.Placeholder && (isTitle(l.Name) || inChargePost(l.Name))
}

// inChargePost reports 分管领导, 县政府协管领导, 主管领导: the one leader in
// charge of a matter, named by the post.
func inChargePost(s string) bool {
	if !strings.HasSuffix(s, "领导") || strings.Contains(s, "有关") || strings.Contains(s, "相关") || strings.HasPrefix(s, "各") {
		return false
	}
	return strings.Contains(s, "分管") || strings.Contains(s, "协管") || strings.Contains(s, "主管")
}

func (p *parser) leaderList(items []item) []graph.Leader {
	if len(items) == 1 {
		if l, ok := p.oneLeader(items[0].text); ok {
			return []graph.Leader{l}
		}
	}
	texts := make([]string, len(items))
	seps := make([]rune, len(items))
	for k, it := range items {
		texts[k], seps[k] = it.text, it.sep
	}
	return splitLeaders(texts, seps, p.split)
}

// oneLeader reads a list of one entry (no titles to share or join); ok is
// false for a title alone, which SplitLeaders turns into a placeholder.
func (p *parser) oneLeader(it string) (graph.Leader, bool) {
	if isPlaceholder(it) {
		return graph.Leader{Name: it, Placeholder: true}, true
	}
	if name, title, ok := p.split(it); ok || !isTitle(name) {
		return graph.Leader{Name: name, Title: title}, true
	}
	return graph.Leader{}, false
}

// leaderName recognises a person with a title among units (李华副市长).
func (p *parser) leaderName(s string) (string, bool) {
	name, title, ok := p.split(s)
	if !ok || title == "" || !isTitledName(name) {
		return "", false
	}
	p.seeLeader(graph.Leader{Name: name, Title: title})
	return name, true
}

func (p *parser) seeLeader(l graph.Leader) {
	old, ok := p.leaderInfo[l.Name]
	if !ok || old.Title == "" && l.Title != "" {
		p.leaderInfo[l.Name] = l
	}
}

// leaderHeading recognises a section heading that names leaders:
// 李华副市长分管重点工作, 赵建华、钱明副区长牵头事项.
func (p *parser) leaderHeading(s, e int) ([]string, bool) {
	text := p.str(s, e)
	cut := -1
	for _, w := range []string{"同志分管", "同志牵头", "同志负责", "同志联系", "分管", "牵头", "负责", "联系", "领衔", "主抓", "包抓"} {
		if i := strings.Index(text, w); i > 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut < 0 {
		return nil, false
	}
	// （一）由赵建华副市长牵头的工作
	parts := strings.FieldsFunc(strings.TrimPrefix(text[:cut], "由"), func(r rune) bool { return r == '、' || r == '，' || r == ',' || isSpace(r) })
	seps := make([]rune, len(parts))
	for k := range seps {
		seps[k] = '、'
	}
	ls := SplitLeaders(parts, seps)
	var out []string
	for _, l := range ls {
		if l.Placeholder || l.Title == "" || !isTitledName(l.Name) {
			return nil, false
		}
		p.seeLeader(l)
		out = append(out, l.Name)
	}
	return out, len(out) > 0
}
