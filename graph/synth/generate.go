package synth

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Spec says which document to generate.
type Spec struct {
	Jurisdiction string `json:"jurisdiction"` // e.g. 青岛市市南区; must end in 区
	Year         int    `json:"year"`
	// Index tells apart documents of one jurisdiction and year: 0 is the
	// work report's task decomposition, others are further task lists.
	Index int `json:"index"`
}

// FileName is a file name for the document, unique within a corpus.
func (s Spec) FileName() string {
	h := fnv.New32a()
	h.Write([]byte(s.Jurisdiction))
	return fmt.Sprintf("synth-%d-%08x-%02d.txt", s.Year, h.Sum32(), s.Index)
}

// Output is a generated document with what a parser should find in it.
type Output struct {
	Text         []byte
	Title        string
	Jurisdiction string
	Year         int
	Sections     int // all sections: opening, numbered, closing
	Themes       int
	Tasks        []TaskSpec
}

// TaskSpec is one generated task as the parser should read it.
type TaskSpec struct {
	Text      string
	Leaders   []string
	LeadUnits []string
	Units     []string // responsible units, in the order written
}

// Generate writes one document in the seed's format.
func (m Model) Generate(rng *rand.Rand, spec Spec) []byte { return m.Compose(rng, spec).Text }

// Compose writes one document and says what it holds.
func (m Model) Compose(rng *rand.Rand, spec Spec) Output {
	g := newGenerator(&m, rng, spec)
	g.frontMatter()
	g.opening()
	n := max(1, m.NumberedSections+rng.IntN(3)-1)
	for i := range n {
		g.section(i, m.ThemesPerSection.Sample(rng))
	}
	g.closing()
	return g.output()
}

// Large writes one document of at least targetBytes bytes: as many numbered
// sections (up to 99) and themes as it takes. It is meant for benchmarks.
func Large(m Model, targetBytes int, seed int64) []byte {
	return ComposeLarge(m, targetBytes, seed).Text
}

// ComposeLarge is Large that also says what the document holds.
func ComposeLarge(m Model, targetBytes int, seed int64) Output {
	rng := rand.New(rand.NewPCG(uint64(seed), 0x1a93))
	g := newGenerator(&m, rng, Spec{Jurisdiction: defaultJurisdictions[0], Year: m.Seed.Year})
	g.frontMatter()
	g.opening()
	const maxSections = 99
	// Themes per section, scaled so that 99 sections are enough.
	perTheme := max(1, m.TasksPerTheme.Mean()) * (m.TaskRunes.Mean()*3 + 90)
	scale := max(1, int(float64(targetBytes)/(perTheme*max(1, m.ThemesPerSection.Mean())*maxSections*0.8)+1))
	for i := 0; g.b.Len() < targetBytes; i++ {
		if i == maxSections-1 {
			g.section(i, 1)
			for g.b.Len() < targetBytes {
				g.theme(g.pick(&g.themes, m.ThemeTitles), m.TasksPerTheme.Sample(rng))
			}
			break
		}
		g.section(i, max(1, m.ThemesPerSection.Sample(rng))*scale)
	}
	g.closing()
	return g.output()
}

// generator writes one document.
type generator struct {
	m      *Model
	rng    *rand.Rand
	spec   Spec
	names  naming
	b      bytesBuilder
	out    Output
	themes []string // theme titles not yet used
	titles []string // section titles not yet used
}

// bytesBuilder is a strings.Builder that can hand out its bytes.
type bytesBuilder struct{ strings.Builder }

func (b *bytesBuilder) Bytes() []byte { return []byte(b.String()) }

func newGenerator(m *Model, rng *rand.Rand, spec Spec) *generator {
	if spec.Jurisdiction == "" {
		spec.Jurisdiction = m.Seed.Jurisdiction
	}
	if spec.Year == 0 {
		spec.Year = m.Seed.Year
	}
	g := &generator{m: m, rng: rng, spec: spec, names: newNaming(m, spec)}
	g.out.Jurisdiction, g.out.Year = spec.Jurisdiction, spec.Year
	return g
}

func (g *generator) output() Output {
	g.out.Text = g.b.Bytes()
	return g.out
}

func (g *generator) line(parts ...string) {
	for _, p := range parts {
		g.b.WriteString(p)
	}
	g.b.WriteByte('\n')
}

// titleKinds are the document titles that tell documents of one
// jurisdiction and year apart.
var titleKinds = []string{"目标任务分解", "重点工作任务分解", "目标任务责任分工", "重点任务责任清单", "目标任务分解落实方案",
	"重点工作责任分解", "目标任务推进清单", "重点任务分工方案", "目标任务细化分解", "重点工作推进方案"}

func (g *generator) frontMatter() {
	s := g.spec
	issuer := s.Jurisdiction + "人民政府办公室"
	kind := titleKinds[s.Index%len(titleKinds)]
	if s.Index >= len(titleKinds) {
		kind += "（第" + strconv.Itoa(s.Index/len(titleKinds)+1) + "批）"
	}
	report := fmt.Sprintf("%d年《%s政府工作报告》", s.Year, s.Jurisdiction)
	g.out.Title = report + kind
	g.line(" ", issuer)
	g.line("关于印发", report, kind, "的通知")
	g.line()
	g.line("各街道办事处，区政府各部门（单位）：")
	g.line("经区政府研究，确定了", report, kind, "，现印发给你们，请抓好贯彻落实。")
	g.line()
	g.line()
	g.line(issuer)
	g.line(fmt.Sprintf("%d年%d月%d日", s.Year, 1+g.rng.IntN(3), 1+g.rng.IntN(28)))
	g.line("（此件公开发布）")
	g.line()
	g.line()
	g.line(report)
	g.line(kind)
	g.line()
}

// opening writes the opening prose and the annotated main targets.
func (g *generator) opening() {
	m := g.m
	paras := m.OpeningParagraphs
	if len(paras) > 0 {
		for _, p := range paras[:1+g.rng.IntN(len(paras))] {
			g.line(g.names.text(p))
		}
	}
	if m.TargetsIntro == "" || len(m.Targets) == 0 {
		if len(paras) > 0 {
			g.out.Sections++ // the opening holds prose only
		}
		return
	}
	g.out.Sections++
	g.out.Themes++
	targets := slices.Clone(m.Targets)
	g.rng.Shuffle(len(targets), func(i, j int) { targets[i], targets[j] = targets[j], targets[i] })
	targets = targets[:max(1, len(targets)-g.rng.IntN(min(3, len(targets))))]
	g.b.WriteString(g.names.text(m.TargetsIntro) + "：")
	for i, t := range targets {
		text := jitter(g.rng, g.names.text(t))
		end := "，"
		if i == len(targets)-1 {
			end = "。"
		} else if g.rng.IntN(4) == 0 {
			end = "；"
		}
		g.task(text, end)
	}
	g.line()
	g.line("围绕实现上述目标，我们将重点抓好以下几个方面工作：")
}

// section writes a numbered section with its themes.
func (g *generator) section(i, themes int) {
	m := g.m
	g.out.Sections++
	title := g.pick(&g.titles, m.SectionTitles)
	if title == "" {
		title = "统筹推进各项重点工作，全面提升发展质效"
	}
	intro := ""
	if len(m.SectionIntros) > 0 {
		intro = g.names.text(m.SectionIntros[g.rng.IntN(len(m.SectionIntros))])
	}
	g.line("（", chineseNumber(i+1), "）", g.names.text(title), "。", intro)
	for range max(1, themes) {
		g.theme(g.pick(&g.themes, m.ThemeTitles), m.TasksPerTheme.Sample(g.rng))
	}
}

// theme writes one paragraph: the theme sentence and its tasks.
func (g *generator) theme(title string, tasks int) {
	if title == "" {
		title = "扎实推进重点工作"
	}
	g.out.Themes++
	g.b.WriteString(g.names.text(title) + "。")
	if tasks == 0 {
		g.line(g.prose(1 + g.rng.IntN(2)))
		return
	}
	for k := range tasks {
		end := g.ending()
		if k == tasks-1 {
			end = "。"
		}
		g.task(g.sentence(), end)
	}
	if g.rng.Float64() < g.m.TrailingProse {
		g.b.WriteString(g.prose(1))
	}
	g.line()
}

// closing writes the part on the government's own conduct.
func (g *generator) closing() {
	m := g.m
	if m.ClosingIntro == "" {
		return
	}
	g.out.Sections++
	g.line(g.names.text(m.ClosingIntro))
	var titles []string
	for range m.ClosingThemes.N() {
		g.theme(g.pick(&titles, m.ClosingTitles), m.ClosingThemes.Sample(g.rng))
	}
}

// pick takes the next title from a shuffled copy of bank, reshuffling when
// it runs out; "" when the bank is empty.
func (g *generator) pick(left *[]string, bank []string) string {
	if len(bank) == 0 {
		return ""
	}
	if len(*left) == 0 {
		*left = slices.Clone(bank)
		g.rng.Shuffle(len(*left), func(i, j int) { (*left)[i], (*left)[j] = (*left)[j], (*left)[i] })
	}
	t := (*left)[0]
	*left = (*left)[1:]
	return t
}

// ending draws the punctuation between a task and its annotation.
func (g *generator) ending() string {
	e := g.m.TaskEndings
	total := e["，"] + e["；"] + e["。"]
	if total == 0 {
		return "，"
	}
	k := g.rng.IntN(total)
	switch {
	case k < e["，"]:
		return "，"
	case k < e["，"]+e["；"]:
		return "；"
	}
	return "。"
}

// sentence builds a task text of a fitted length from the seed's clauses.
func (g *generator) sentence() string {
	clauses := g.m.Clauses
	if len(clauses) == 0 {
		return "推进重点工作落实落细"
	}
	want := g.m.TaskRunes.Sample(g.rng)
	var b strings.Builder
	for n := 0; ; {
		c := g.names.text(clauses[g.rng.IntN(len(clauses))])
		k := utf8.RuneCountInString(c)
		// Stop where the length comes closest to the drawn one.
		if n > 0 && n+1+k/2 > want {
			return b.String()
		}
		if n > 0 {
			b.WriteString("，")
			n++
		}
		b.WriteString(c)
		n += k
	}
}

// prose is n sentences of unannotated text.
func (g *generator) prose(n int) string {
	s := g.m.Sentences
	if len(s) == 0 {
		return "持续推动各项工作落地见效。"
	}
	var b strings.Builder
	for range n {
		b.WriteString(g.names.text(s[g.rng.IntN(len(s))]))
	}
	return b.String()
}

// task writes a task text, its end punctuation and a drawn annotation.
func (g *generator) task(text, end string) {
	t := g.assign()
	t.Text = text
	if end == "。" {
		t.Text += "。"
	}
	g.b.WriteString(text + end + g.annotation(t))
	g.out.Tasks = append(g.out.Tasks, t)
}

// assign draws a task's leaders, then its lead and responsible units from
// the units those leaders worked with in the seed, smoothed by each unit's
// overall popularity so that new combinations arise.
func (g *generator) assign() TaskSpec {
	m := g.m
	var t TaskSpec
	leaderW := make([]float64, len(m.Leaders))
	for i, l := range m.Leaders {
		leaderW[i] = float64(l.Tasks)
	}
	chosen := drawWithout(g.rng, leaderW, m.LeadersPerTask.Sample(g.rng))
	for _, i := range chosen {
		t.Leaders = append(t.Leaders, g.names.leaders[i])
	}
	const smoothing = 0.3
	weights := func(role func(LeaderStat) map[string]int, overall func(UnitStat) int) []float64 {
		w := make([]float64, len(m.Units))
		for j, u := range m.Units {
			w[j] = smoothing * float64(overall(u))
			for _, i := range chosen {
				w[j] += float64(role(m.Leaders[i])[u.Name])
			}
		}
		return w
	}
	leadW := weights(func(l LeaderStat) map[string]int { return l.Leads }, func(u UnitStat) int { return u.Lead })
	leads := drawWithout(g.rng, leadW, m.LeadUnitsPerTask.Sample(g.rng))
	nResp := m.ResponsibleWithoutLead.Sample(g.rng)
	if len(leads) > 0 {
		nResp = m.ResponsibleWithLead.Sample(g.rng)
	}
	respW := weights(func(l LeaderStat) map[string]int { return l.Units }, func(u UnitStat) int { return u.Responsible })
	for _, j := range leads {
		respW[j] = 0
	}
	if len(leads) == 0 && nResp == 0 {
		nResp = 1 // a task names at least one unit
	}
	resp := drawWithout(g.rng, respW, nResp)
	for _, j := range leads {
		t.LeadUnits = append(t.LeadUnits, g.names.unit(m.Units[j]))
	}
	// Streets go last, as the seed writes them (区民政局，建新、文东街道办事处).
	var streets []string
	for _, j := range resp {
		name := g.names.unit(m.Units[j])
		if m.Units[j].Kind == "street" {
			streets = append(streets, name)
		} else {
			t.Units = append(t.Units, name)
		}
	}
	t.Units = append(t.Units, streets...)
	return t
}

// drawWithout draws up to k distinct indexes with probability proportional
// to w; fewer when fewer have weight.
func drawWithout(rng *rand.Rand, w []float64, k int) []int {
	w = slices.Clone(w)
	var out []int
	for len(out) < k {
		total := 0.0
		for _, x := range w {
			total += x
		}
		if total <= 0 {
			break
		}
		r := rng.Float64() * total
		i := 0
		for ; i < len(w)-1; i++ {
			if r < w[i] {
				break
			}
			r -= w[i]
		}
		for w[i] == 0 { // rounding at the end: take the last weighted index
			i--
		}
		out = append(out, i)
		w[i] = 0
	}
	return out
}

const streetSuffix = "街道办事处"

// annotation writes （牵头领导：…；牵头单位：…；责任单位：…）.
func (g *generator) annotation(t TaskSpec) string {
	colon := func() string {
		if g.rng.Float64() < g.m.HalfWidthColon {
			return ":"
		}
		return "："
	}
	var fields []string
	if len(t.Leaders) > 0 {
		fields = append(fields, "牵头领导"+colon()+strings.Join(t.Leaders, "、"))
	}
	if len(t.LeadUnits) > 0 {
		fields = append(fields, "牵头单位"+colon()+strings.Join(t.LeadUnits, "、"))
	}
	if len(t.Units) > 0 {
		fields = append(fields, "责任单位"+colon()+g.unitList(t.Units))
	}
	return "（" + strings.Join(fields, "；") + "）"
}

// unitList joins unit names; two or more streets share one suffix:
// 区民政局，建新、解放路街道办事处.
func (g *generator) unitList(units []string) string {
	var others, streets []string
	for _, u := range units {
		if g.names.isStreet[u] {
			streets = append(streets, strings.TrimSuffix(u, streetSuffix))
		} else {
			others = append(others, u)
		}
	}
	s := strings.Join(others, "、")
	if len(streets) == 0 {
		return s
	}
	if s != "" {
		s += "，"
	}
	return s + strings.Join(streets, "、") + streetSuffix
}

var number = regexp.MustCompile(`\d+(\.\d+)?`)

// jitter moves each number of a target by up to ±20%, keeping its decimals.
func jitter(rng *rand.Rand, s string) string {
	return number.ReplaceAllStringFunc(s, func(n string) string {
		v, err := strconv.ParseFloat(n, 64)
		if err != nil || v == 0 {
			return n
		}
		decimals := 0
		if i := strings.IndexByte(n, '.'); i >= 0 {
			decimals = len(n) - i - 1
		}
		v *= 0.8 + 0.4*rng.Float64()
		out := strconv.FormatFloat(v, 'f', decimals, 64)
		if out == "0" || strings.Trim(out, "0.") == "" {
			return n
		}
		return out
	})
}

// chineseNumber writes 1..99 as 一 … 九十九.
func chineseNumber(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return digits[n]
	case n < 20:
		return "十" + digits[n%10]
	default:
		return digits[n/10] + "十" + digits[n%10]
	}
}
