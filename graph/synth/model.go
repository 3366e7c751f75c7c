// Package synth generates synthetic task-decomposition documents whose shape
// is fitted to a real one (the seed): how many sections, themes and tasks,
// how many leaders and units each task names, how popular each leader and
// unit is and which units each leader tends to work with, how long task
// sentences are. Fit measures a parsed seed into a Model; Generate writes a
// document text in the seed's format for any jurisdiction and year, which
// graph/extract parses back. The corpus is for load tests, benchmarks and
// demos; it says nothing true about any real jurisdiction.
package synth

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"gonum.org/v1/gonum/stat"

	"govgraph/graph"
)

// Model is what Fit measured. It is JSON-serialisable, so a fitted model
// can be saved, inspected and reused without the seed.
type Model struct {
	Seed SeedInfo `json:"seed"`

	// Structure.
	NumberedSections int     `json:"numberedSections"`
	TasksPerSection  Dist    `json:"tasksPerSection"`  // numbered sections
	ThemesPerSection Dist    `json:"themesPerSection"` // numbered sections
	TasksPerTheme    Dist    `json:"tasksPerTheme"`    // themes of numbered sections
	ClosingThemes    Dist    `json:"closingTasksPerTheme"`
	TrailingProse    float64 `json:"trailingProse"` // share of theme paragraphs ending in unannotated prose

	// Annotations.
	LeadersPerTask         Dist           `json:"leadersPerTask"`
	LeadUnitsPerTask       Dist           `json:"leadUnitsPerTask"`
	ResponsibleWithLead    Dist           `json:"responsibleWithLead"`    // responsible units when a lead unit is named
	ResponsibleWithoutLead Dist           `json:"responsibleWithoutLead"` // responsible units when none is
	LeadFraction           float64        `json:"leadFraction"`           // tasks naming a lead unit
	HalfWidthColon         float64        `json:"halfWidthColon"`         // annotation labels followed by ':' rather than '：'
	TaskEndings            map[string]int `json:"taskEndings"`            // punctuation before the annotation: ，；。

	// Sentence length: code points of task texts.
	TaskRunes Dist `json:"taskRunes"`

	// Popularity, by tasks descending.
	Leaders    []LeaderStat `json:"leaders"`
	Units      []UnitStat   `json:"units"`
	LeaderZipf float64      `json:"leaderZipf"` // fitted Zipf exponent of leader task counts
	UnitZipf   float64      `json:"unitZipf"`   // fitted Zipf exponent of unit task counts

	// Text banks, in the seed's jurisdiction; Generate renames them.
	OpeningParagraphs []string `json:"openingParagraphs"`
	TargetsIntro      string   `json:"targetsIntro"`
	Targets           []string `json:"targets"`
	SectionTitles     []string `json:"sectionTitles"`
	SectionIntros     []string `json:"sectionIntros"`
	ThemeTitles       []string `json:"themeTitles"`
	ClosingIntro      string   `json:"closingIntro"`
	ClosingTitles     []string `json:"closingTitles"`
	Clauses           []string `json:"clauses"`
	Sentences         []string `json:"sentences"` // unannotated prose
}

// SeedInfo identifies the seed a model was fitted to.
type SeedInfo struct {
	ID           string `json:"id"`
	Title        string `json:"title"`
	Jurisdiction string `json:"jurisdiction"`
	Year         int    `json:"year"`
	Hash         string `json:"hash"`
	Tasks        int    `json:"tasks"`
}

// LeaderStat is a leader's popularity and the units of their tasks.
type LeaderStat struct {
	Name        string         `json:"name"`
	Placeholder bool           `json:"placeholder,omitempty"`
	Tasks       int            `json:"tasks"`
	Leads       map[string]int `json:"leads"` // lead unit -> tasks
	Units       map[string]int `json:"units"` // responsible unit -> tasks
}

// UnitStat is a unit's popularity by role.
type UnitStat struct {
	Name        string `json:"name"`
	Kind        string `json:"kind"`
	Tasks       int    `json:"tasks"`
	Lead        int    `json:"lead"`
	Responsible int    `json:"responsible"`
}

// Dist is an empirical distribution of a count: each observed value and how
// often it was seen.
type Dist struct {
	Values []int `json:"values"` // ascending
	Counts []int `json:"counts"`
}

// NewDist counts the observations xs.
func NewDist(xs []int) Dist {
	counts := map[int]int{}
	for _, x := range xs {
		counts[x]++
	}
	var d Dist
	for _, v := range slices.Sorted(maps.Keys(counts)) {
		d.Values = append(d.Values, v)
		d.Counts = append(d.Counts, counts[v])
	}
	return d
}

// N is the number of observations.
func (d Dist) N() int {
	n := 0
	for _, c := range d.Counts {
		n += c
	}
	return n
}

// Mean is the mean observed value, 0 when there is none.
func (d Dist) Mean() float64 {
	n, s := 0, 0
	for i, c := range d.Counts {
		n += c
		s += c * d.Values[i]
	}
	if n == 0 {
		return 0
	}
	return float64(s) / float64(n)
}

// Max is the largest observed value, 0 when there is none.
func (d Dist) Max() int {
	if len(d.Values) == 0 {
		return 0
	}
	return d.Values[len(d.Values)-1]
}

// Sample draws a value with its observed frequency; 0 when empty.
func (d Dist) Sample(rng *rand.Rand) int {
	n := d.N()
	if n == 0 {
		return 0
	}
	k := rng.IntN(n)
	for i, c := range d.Counts {
		if k < c {
			return d.Values[i]
		}
		k -= c
	}
	return d.Values[len(d.Values)-1]
}

// Section kinds as extract names them.
const (
	sectionOpening  = "opening"
	sectionNumbered = "numbered"
	sectionClosing  = "closing"
)

// Fit measures a parsed seed document.
func Fit(doc *graph.Document) Model {
	src := []rune(doc.Source)
	str := func(s graph.Span) string {
		if s.Start < 0 || s.End > len(src) || s.Start >= s.End {
			return ""
		}
		return string(src[s.Start:s.End])
	}
	m := Model{
		Seed: SeedInfo{ID: doc.Meta.ID, Title: doc.Meta.Title, Jurisdiction: doc.Meta.Jurisdiction,
			Year: doc.Meta.Year, Hash: doc.Meta.Hash, Tasks: len(doc.Tasks)},
		TaskEndings: map[string]int{},
	}
	kind := func(section int) string {
		if section >= 0 && section < len(doc.Sections) {
			return doc.Sections[section].Kind
		}
		return ""
	}

	// Structure.
	themeTasks := make([]int, len(doc.Themes))
	sectionTasks := make([]int, len(doc.Sections))
	lastTask := make([]int, len(doc.Themes))
	for i := range lastTask {
		lastTask[i] = -1
	}
	for i, t := range doc.Tasks {
		if t.ThemeIndex >= 0 && t.ThemeIndex < len(themeTasks) {
			themeTasks[t.ThemeIndex]++
			lastTask[t.ThemeIndex] = i
		}
		if t.Section >= 0 && t.Section < len(sectionTasks) {
			sectionTasks[t.Section]++
		}
	}
	var perSection, themesPer, perTheme, closing []int
	trailing, paragraphs := 0, 0
	for _, s := range doc.Sections {
		switch s.Kind {
		case sectionNumbered:
			m.NumberedSections++
			perSection = append(perSection, sectionTasks[s.Index])
			m.SectionTitles = append(m.SectionTitles, s.Title)
			if intro := lineAfter(src, s.Heading.End); intro != "" {
				m.SectionIntros = append(m.SectionIntros, intro)
			}
			n := 0
			for _, th := range doc.Themes {
				if th.Section == s.Index {
					n++
				}
			}
			themesPer = append(themesPer, n)
		case sectionOpening:
			if s.Title != "" {
				m.TargetsIntro = s.Title
			}
		case sectionClosing:
			m.ClosingIntro = lineAround(src, s.Heading.Start)
		}
	}
	for i, th := range doc.Themes {
		switch kind(th.Section) {
		case sectionNumbered:
			perTheme = append(perTheme, themeTasks[i])
			m.ThemeTitles = append(m.ThemeTitles, th.Title)
		case sectionClosing:
			closing = append(closing, themeTasks[i])
			m.ClosingTitles = append(m.ClosingTitles, th.Title)
		default:
			continue
		}
		if k := lastTask[i]; k >= 0 {
			paragraphs++
			if hasHan(lineAfter(src, doc.Tasks[k].Annotation.End)) {
				trailing++
			}
		}
	}
	m.TasksPerSection, m.ThemesPerSection, m.TasksPerTheme = NewDist(perSection), NewDist(themesPer), NewDist(perTheme)
	m.ClosingThemes = NewDist(closing)
	if paragraphs > 0 {
		m.TrailingProse = float64(trailing) / float64(paragraphs)
	}

	// Annotations, popularity and text.
	var leaders, leads, withLead, withoutLead, runes []int
	unitIdx := map[string]int{}
	unitKind := map[string]string{}
	for _, u := range doc.Units {
		unitKind[u.Name] = u.Kind
	}
	unit := func(name string) *UnitStat {
		i, ok := unitIdx[name]
		if !ok {
			i = len(m.Units)
			unitIdx[name] = i
			m.Units = append(m.Units, UnitStat{Name: name, Kind: unitKind[name]})
		}
		return &m.Units[i]
	}
	leaderIdx := map[string]int{}
	placeholder := map[string]bool{}
	for _, l := range doc.Leaders {
		placeholder[l.Name] = l.Placeholder
	}
	colons, half := 0, 0
	withLeadTasks := 0
	for _, t := range doc.Tasks {
		leaders = append(leaders, len(t.Leaders))
		leads = append(leads, len(t.LeadUnits))
		if len(t.LeadUnits) > 0 {
			withLeadTasks++
			withLead = append(withLead, len(t.Units))
		} else {
			withoutLead = append(withoutLead, len(t.Units))
		}
		runes = append(runes, utf8.RuneCountInString(t.Text))
		for _, name := range t.LeadUnits {
			u := unit(name)
			u.Tasks++
			u.Lead++
		}
		for _, name := range t.Units {
			u := unit(name)
			u.Tasks++
			u.Responsible++
		}
		for _, name := range t.Leaders {
			i, ok := leaderIdx[name]
			if !ok {
				i = len(m.Leaders)
				leaderIdx[name] = i
				m.Leaders = append(m.Leaders, LeaderStat{Name: name, Placeholder: placeholder[name], Leads: map[string]int{}, Units: map[string]int{}})
			}
			l := &m.Leaders[i]
			l.Tasks++
			for _, u := range t.LeadUnits {
				l.Leads[u]++
			}
			for _, u := range t.Units {
				l.Units[u]++
			}
		}
		ann := str(t.Annotation)
		colons += strings.Count(ann, "：") + strings.Count(ann, ":")
		half += strings.Count(ann, ":")
		m.TaskEndings[ending(src, t)]++
		if kind(t.Section) == sectionOpening {
			m.Targets = append(m.Targets, strings.TrimRight(t.Text, "。；，"))
		} else {
			m.Clauses = append(m.Clauses, clauses(t.Text)...)
		}
	}
	m.LeadersPerTask, m.LeadUnitsPerTask = NewDist(leaders), NewDist(leads)
	m.ResponsibleWithLead, m.ResponsibleWithoutLead = NewDist(withLead), NewDist(withoutLead)
	m.TaskRunes = NewDist(runes)
	if len(doc.Tasks) > 0 {
		m.LeadFraction = float64(withLeadTasks) / float64(len(doc.Tasks))
	}
	if colons > 0 {
		m.HalfWidthColon = float64(half) / float64(colons)
	}
	slices.SortStableFunc(m.Leaders, func(a, b LeaderStat) int { return cmp.Or(b.Tasks-a.Tasks, strings.Compare(a.Name, b.Name)) })
	slices.SortStableFunc(m.Units, func(a, b UnitStat) int { return cmp.Or(b.Tasks-a.Tasks, strings.Compare(a.Name, b.Name)) })
	lc := make([]int, len(m.Leaders))
	for i, l := range m.Leaders {
		lc[i] = l.Tasks
	}
	uc := make([]int, len(m.Units))
	for i, u := range m.Units {
		uc[i] = u.Tasks
	}
	m.LeaderZipf, m.UnitZipf = zipf(lc), zipf(uc)

	// Prose: the opening's paragraphs before the targets, and sentences.
	for _, n := range doc.Narrative {
		text := str(n)
		if n.Start < sectionStart(doc, 0) {
			continue // front matter
		}
		if opening := len(doc.Sections) > 0 && doc.Sections[0].Kind == sectionOpening && n.End <= firstTaskStart(doc); opening && utf8.RuneCountInString(text) >= 80 && usableProse(text) && !themeLike(text) {
			m.OpeningParagraphs = append(m.OpeningParagraphs, text)
		}
		for _, s := range sentences(text) {
			if usableProse(s) && utf8.RuneCountInString(s) >= 8 {
				m.Sentences = append(m.Sentences, s)
			}
		}
	}
	m.Clauses = dedupe(m.Clauses)
	m.Sentences = dedupe(m.Sentences)
	return m
}

// sectionStart is where section i begins, or the end of the source.
func sectionStart(doc *graph.Document, i int) int {
	if i < len(doc.Sections) {
		return doc.Sections[i].Span.Start
	}
	return utf8.RuneCountInString(doc.Source)
}

func firstTaskStart(doc *graph.Document) int {
	if len(doc.Tasks) == 0 {
		return utf8.RuneCountInString(doc.Source)
	}
	return doc.Tasks[0].Span.Start
}

// lineAfter is the rest of the line after position pos, past a sentence end.
func lineAfter(src []rune, pos int) string {
	if pos < 0 || pos > len(src) {
		return ""
	}
	e := pos
	for e < len(src) && src[e] != '\n' {
		e++
	}
	return strings.TrimLeft(strings.TrimSpace(string(src[pos:e])), "。；，")
}

// lineAround is the whole line holding pos.
func lineAround(src []rune, pos int) string {
	if pos < 0 || pos > len(src) {
		return ""
	}
	s, e := pos, pos
	for s > 0 && src[s-1] != '\n' {
		s--
	}
	for e < len(src) && src[e] != '\n' {
		e++
	}
	return strings.TrimSpace(string(src[s:e]))
}

// ending is the punctuation between a task's text and its annotation.
func ending(src []rune, t graph.Task) string {
	if strings.HasSuffix(t.Text, "。") {
		return "。"
	}
	if t.Span.End >= 0 && t.Annotation.Start <= len(src) && t.Span.End <= t.Annotation.Start {
		between := string(src[t.Span.End:t.Annotation.Start])
		if strings.ContainsAny(between, "；;") {
			return "；"
		}
	}
	return "，"
}

// clauses splits a task text at commas and semicolons outside brackets and
// quotes, keeping clauses that are safe to recombine.
func clauses(text string) []string {
	var out []string
	var cur []rune
	depth, quote := 0, 0
	flush := func() {
		c := strings.TrimSpace(string(cur))
		cur = cur[:0]
		if utf8.RuneCountInString(c) >= 4 && usableClause(c) {
			out = append(out, c)
		}
	}
	for _, r := range text {
		switch {
		case strings.ContainsRune("（(【[", r):
			depth++
		case strings.ContainsRune("）)】]", r):
			depth--
		case r == '“':
			quote++
		case r == '”':
			quote--
		case depth == 0 && quote == 0 && strings.ContainsRune("，；。,;", r):
			flush()
			continue
		}
		cur = append(cur, r)
	}
	flush()
	return out
}

// forbidden marks text that could read as an annotation, a heading, the
// closing part or the opening's targets when recombined.
var forbidden = []string{"牵头", "责任单位", "领导", "配合", "负责", "自身建设", "预期目标", "主要目标", "第一位", "首位"}

func usableClause(c string) bool {
	if strings.ContainsAny(c, "（）()【】[]：:\t“”\"") || !hasHan(c) {
		return false
	}
	for _, w := range forbidden {
		if strings.Contains(c, w) {
			return false
		}
	}
	return true
}

func usableProse(s string) bool {
	if strings.ContainsAny(s, "（）()【】[]：:\t") {
		return false
	}
	for _, w := range forbidden {
		if strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// themeLike reports prose whose first sentence a parser would take for a
// theme: short and without a comma.
func themeLike(text string) bool {
	first, _, _ := strings.Cut(text, "。")
	return utf8.RuneCountInString(first) <= 40 && !strings.ContainsAny(first, "，,；;")
}

// sentences splits prose after each 。.
func sentences(text string) []string {
	var out []string
	for _, s := range strings.SplitAfter(text, "。") {
		if s = strings.TrimSpace(s); strings.HasSuffix(s, "。") {
			out = append(out, s)
		}
	}
	return out
}

func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x3400 && r <= 0x9fff {
			return true
		}
	}
	return false
}

func dedupe(s []string) []string {
	seen := map[string]bool{}
	out := s[:0]
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// zipf fits counts (any order) to count ∝ rank^-s by least squares on the
// log-log rank-frequency plot (gonum stat.LinearRegression) and returns s;
// 0 with fewer than two counts.
func zipf(counts []int) float64 {
	c := slices.Clone(counts)
	sort.Sort(sort.Reverse(sort.IntSlice(c)))
	var xs, ys []float64
	for i, n := range c {
		if n > 0 {
			xs = append(xs, math.Log(float64(i+1)))
			ys = append(ys, math.Log(float64(n)))
		}
	}
	if len(xs) < 2 {
		return 0
	}
	_, slope := stat.LinearRegression(xs, ys, nil, false)
	return -slope
}

// Summary describes the fitted distributions in a few lines.
func (m Model) Summary() string {
	var b strings.Builder
	dist := func(name string, d Dist) {
		fmt.Fprintf(&b, "  %-26s mean %6.2f  max %4d  (n=%d)\n", name, d.Mean(), d.Max(), d.N())
	}
	fmt.Fprintf(&b, "seed %s (%s %d): %d tasks, %d numbered sections\n", m.Seed.Title, m.Seed.Jurisdiction, m.Seed.Year, m.Seed.Tasks, m.NumberedSections)
	dist("tasks per section", m.TasksPerSection)
	dist("themes per section", m.ThemesPerSection)
	dist("tasks per theme", m.TasksPerTheme)
	dist("tasks per closing theme", m.ClosingThemes)
	dist("leaders per task", m.LeadersPerTask)
	dist("lead units per task", m.LeadUnitsPerTask)
	dist("responsible (with lead)", m.ResponsibleWithLead)
	dist("responsible (no lead)", m.ResponsibleWithoutLead)
	dist("task length (code points)", m.TaskRunes)
	fmt.Fprintf(&b, "  tasks with a lead unit     %.3f\n", m.LeadFraction)
	fmt.Fprintf(&b, "  half-width colons          %.3f\n", m.HalfWidthColon)
	fmt.Fprintf(&b, "  trailing prose             %.3f\n", m.TrailingProse)
	fmt.Fprintf(&b, "  leaders %d (Zipf s=%.2f), units %d (Zipf s=%.2f)\n", len(m.Leaders), m.LeaderZipf, len(m.Units), m.UnitZipf)
	fmt.Fprintf(&b, "  banks: %d clauses, %d sentences, %d section titles, %d theme titles, %d targets\n",
		len(m.Clauses), len(m.Sentences), len(m.SectionTitles), len(m.ThemeTitles), len(m.Targets))
	return b.String()
}
