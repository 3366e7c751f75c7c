package synth_test

import (
	"context"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"govgraph/graph"
	"govgraph/graph/extract"
	"govgraph/graph/synth"
)

const seedPath = "../../seeds/documents/2023-jinan-lixia-government-work-report-tasks.txt"

var (
	seedOnce sync.Once
	seedDoc  *graph.Document
	seedOpts extract.Options
	seedErr  error
)

// seed parses the real seed document once.
func seed(tb testing.TB) (*graph.Document, extract.Options) {
	tb.Helper()
	seedOnce.Do(func() {
		seedOpts, seedErr = extract.LoadTables("../../seeds")
		if seedErr == nil {
			seedDoc, seedErr = extract.ParseFile(seedPath, seedOpts)
		}
	})
	if seedErr != nil {
		tb.Fatalf("parse seed: %v", seedErr)
	}
	return seedDoc, seedOpts
}

func fitted(tb testing.TB) (synth.Model, extract.Options) {
	tb.Helper()
	doc, opts := seed(tb)
	return synth.Fit(doc), opts
}

func TestFitMeasuresTheSeed(t *testing.T) {
	doc, _ := seed(t)
	m := synth.Fit(doc)

	if m.Seed.Tasks != len(doc.Tasks) || m.Seed.Hash != doc.Meta.Hash || m.Seed.Jurisdiction != doc.Meta.Jurisdiction {
		t.Fatalf("seed info %+v does not match the document %+v", m.Seed, doc.Meta)
	}
	// Counted independently here from the parsed document.
	withLead, involved, leaderRefs := 0, 0, 0
	for _, task := range doc.Tasks {
		if len(task.LeadUnits) > 0 {
			withLead++
		}
		involved += len(task.Involved())
		leaderRefs += len(task.Leaders)
	}
	numberedThemes, numbered := 0, 0
	for _, s := range doc.Sections {
		if s.Kind == "numbered" {
			numbered++
			for _, th := range doc.Themes {
				if th.Section == s.Index {
					numberedThemes++
				}
			}
		}
	}
	checks := []struct {
		name      string
		got, want float64
	}{
		{"tasks per theme observations", float64(m.TasksPerTheme.N()), float64(numberedThemes)},
		{"numbered sections", float64(m.NumberedSections), float64(numbered)},
		{"themes per section observations", float64(m.ThemesPerSection.N()), float64(numbered)},
		{"lead fraction", m.LeadFraction, float64(withLead) / float64(len(doc.Tasks))},
		{"leaders per task mean", m.LeadersPerTask.Mean(), float64(leaderRefs) / float64(len(doc.Tasks))},
		{"task length observations", float64(m.TaskRunes.N()), float64(len(doc.Tasks))},
		{"responsible observations", float64(m.ResponsibleWithLead.N() + m.ResponsibleWithoutLead.N()), float64(len(doc.Tasks))},
		{"units involved", float64(sum(m.Units, func(u synth.UnitStat) int { return u.Tasks })), float64(involved)},
		{"leader task refs", float64(sum(m.Leaders, func(l synth.LeaderStat) int { return l.Tasks })), float64(leaderRefs)},
		{"distinct units", float64(len(m.Units)), float64(len(doc.Units))},
	}
	for _, c := range checks {
		if math.Abs(c.got-c.want) > 1e-9 {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if !slices.IsSortedFunc(m.Units, func(a, b synth.UnitStat) int { return b.Tasks - a.Tasks }) {
		t.Error("units are not ordered by popularity")
	}
	// Popularity is skewed: a few units and leaders carry most tasks.
	if m.UnitZipf <= 0.3 || m.LeaderZipf <= 0.3 {
		t.Errorf("Zipf exponents %.2f (units), %.2f (leaders): want a skewed popularity", m.UnitZipf, m.LeaderZipf)
	}
	if len(m.Clauses) < 100 || len(m.ThemeTitles) == 0 || len(m.SectionTitles) == 0 || m.ClosingIntro == "" || len(m.Targets) == 0 {
		t.Errorf("text banks too small: %d clauses, %d themes, %d sections, closing %q, %d targets",
			len(m.Clauses), len(m.ThemeTitles), len(m.SectionTitles), m.ClosingIntro, len(m.Targets))
	}
	// The model survives JSON.
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	var back synth.Model
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, m) {
		t.Error("model changed through JSON")
	}
	if !strings.Contains(m.Summary(), "tasks per theme") {
		t.Errorf("summary lacks the distributions:\n%s", m.Summary())
	}
}

func sum[T any](s []T, f func(T) int) int {
	n := 0
	for _, x := range s {
		n += f(x)
	}
	return n
}

// assertParsesBack parses a generated document and checks that the parser
// finds exactly what was generated, without a warning.
func assertParsesBack(tb testing.TB, name string, out synth.Output, opts extract.Options) *graph.Document {
	tb.Helper()
	doc, err := extract.Parse(name, out.Text, opts)
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	for _, d := range doc.Diagnostics {
		tb.Errorf("%s:%d:%d: %s: %s", name, d.Line, d.Column, d.Severity, d.Message)
	}
	if len(doc.Tasks) != len(out.Tasks) || len(doc.Themes) != out.Themes || len(doc.Sections) != out.Sections {
		tb.Fatalf("%s: parsed %d tasks, %d themes, %d sections; generated %d, %d, %d",
			name, len(doc.Tasks), len(doc.Themes), len(doc.Sections), len(out.Tasks), out.Themes, out.Sections)
	}
	if doc.Meta.Jurisdiction != out.Jurisdiction || doc.Meta.Year != out.Year || doc.Meta.Title != out.Title {
		tb.Errorf("%s: meta %q %d %q, want %q %d %q", name, doc.Meta.Jurisdiction, doc.Meta.Year, doc.Meta.Title, out.Jurisdiction, out.Year, out.Title)
	}
	for i, got := range doc.Tasks {
		want := out.Tasks[i]
		if got.Text != want.Text || !slices.Equal(got.Leaders, want.Leaders) ||
			!slices.Equal(got.LeadUnits, want.LeadUnits) || !slices.Equal(got.Units, want.Units) {
			tb.Fatalf("%s: task %d (line %d)\n got  %q leaders %v lead %v units %v\n want %q leaders %v lead %v units %v",
				name, i, got.Line, got.Text, got.Leaders, got.LeadUnits, got.Units, want.Text, want.Leaders, want.LeadUnits, want.Units)
		}
	}
	return doc
}

func TestCorpusParsesBack(t *testing.T) {
	m, opts := fitted(t)
	specs := synth.Specs(120, 10)
	ids := map[string]string{}
	jurisdictions, years := map[string]bool{}, map[int]bool{}
	shorthand := 0 // tasks whose streets share one suffix: 建新、文东街道办事处
	for s, out := range synth.Corpus(m, specs, 42) {
		doc := assertParsesBack(t, s.FileName(), out, opts)
		for _, task := range out.Tasks {
			streets := 0
			for _, u := range task.Units {
				if strings.HasSuffix(u, "街道办事处") && !strings.HasPrefix(u, "各") {
					streets++
				}
			}
			if streets >= 2 {
				shorthand++
			}
		}
		if prev, dup := ids[doc.Meta.ID]; dup {
			t.Fatalf("%s and %s have the same document id", prev, s.FileName())
		}
		ids[doc.Meta.ID] = s.FileName()
		jurisdictions[doc.Meta.Jurisdiction], years[doc.Meta.Year] = true, true
	}
	if len(ids) != len(specs) || len(jurisdictions) != 10 || len(years) != synth.LastYear-synth.FirstYear+1 {
		t.Fatalf("%d documents over %d jurisdictions and %d years", len(ids), len(jurisdictions), len(years))
	}
	if shorthand == 0 {
		t.Error("no shorthand street list was generated, so none was checked")
	}
}

// TestGeneratedDistributions refits the model to a generated corpus and
// compares it with the seed's: the corpus should look like the seed.
func TestGeneratedDistributions(t *testing.T) {
	m, opts := fitted(t)
	var perTheme, leaders, runes, topShare []float64
	var withLead, tasks int
	for s, out := range synth.Corpus(m, synth.Specs(40, 4), 3) {
		doc, err := extract.Parse(s.FileName(), out.Text, opts)
		if err != nil {
			t.Fatal(err)
		}
		g := synth.Fit(doc)
		perTheme = append(perTheme, g.TasksPerTheme.Mean())
		leaders = append(leaders, g.LeadersPerTask.Mean())
		runes = append(runes, g.TaskRunes.Mean())
		for _, task := range doc.Tasks {
			tasks++
			if len(task.LeadUnits) > 0 {
				withLead++
			}
		}
		topShare = append(topShare, topDecileShare(g.Units))
	}
	near := func(name string, got, want, tolerance float64) {
		t.Helper()
		t.Logf("%-22s generated %.3f, seed %.3f", name, got, want)
		if math.Abs(got-want) > tolerance*math.Max(math.Abs(want), 1e-9) {
			t.Errorf("%s: generated %.3f, seed %.3f (tolerance %.0f%%)", name, got, want, tolerance*100)
		}
	}
	near("tasks per theme", mean(perTheme), m.TasksPerTheme.Mean(), 0.15)
	near("leaders per task", mean(leaders), m.LeadersPerTask.Mean(), 0.05)
	near("task length", mean(runes), m.TaskRunes.Mean(), 0.1)
	near("lead fraction", float64(withLead)/float64(tasks), m.LeadFraction, 0.15)
	// Unit popularity keeps its skew: in a document, the most popular tenth
	// of units carries a share of tasks like the seed's.
	near("top-decile unit share", mean(topShare), topDecileShare(m.Units), 0.2)
}

func topDecileShare(units []synth.UnitStat) float64 {
	counts := make([]int, len(units))
	for i, u := range units {
		counts[i] = u.Tasks
	}
	slices.Sort(counts)
	slices.Reverse(counts)
	top, all := 0, 0
	for i, c := range counts {
		if i < max(1, len(counts)/10) {
			top += c
		}
		all += c
	}
	return float64(top) / float64(all)
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func TestNamesForAnotherJurisdiction(t *testing.T) {
	m, opts := fitted(t)
	seedDoc, _ := seed(t)
	seedUnits, seedLeaders := map[string]bool{}, map[string]bool{}
	for _, u := range seedDoc.Units {
		seedUnits[u.Name] = true
	}
	for _, l := range seedDoc.Leaders {
		seedLeaders[l.Name] = !l.Placeholder
	}
	spec := synth.Spec{Jurisdiction: "青岛市市南区", Year: 2026}
	var shared, streets int
	for stream := range uint64(5) {
		out := m.Compose(rand.New(rand.NewPCG(5, stream)), spec)
		text := string(out.Text)
		if strings.Contains(text, "历下") || strings.Contains(text, m.Seed.Jurisdiction) {
			t.Error("the seed's jurisdiction leaks into another jurisdiction's document")
		}
		doc := assertParsesBack(t, "shinan.txt", out, opts)
		for _, l := range doc.Leaders {
			if seedLeaders[l.Name] {
				t.Errorf("seed leader %s appears in a synthetic document", l.Name)
			}
		}
		for _, u := range doc.Units {
			if seedUnits[u.Name] && strings.HasPrefix(u.Name, "区") {
				shared++ // 区… department names carry over
			}
			if u.Kind == graph.KindStreet {
				streets++
				if seedUnits[u.Name] {
					t.Errorf("street %s is the seed's", u.Name)
				}
			}
		}
		// Same spec and stream: same bytes.
		if again := m.Generate(rand.New(rand.NewPCG(5, stream)), spec); string(again) != text {
			t.Error("generation is not deterministic")
		}
	}
	if shared == 0 || streets == 0 {
		t.Errorf("%d 区… units carried over, %d streets renamed: both should occur", shared, streets)
	}
}

func TestLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large document in -short mode")
	}
	m, opts := fitted(t)
	const target = 10 << 20
	out := synth.ComposeLarge(m, target, 1)
	if len(out.Text) < target {
		t.Fatalf("large document has %d bytes, want ≥ %d", len(out.Text), target)
	}
	doc, err := extract.Parse("large.txt", out.Text, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Diagnostics) != 0 || len(doc.Tasks) != len(out.Tasks) || len(doc.Themes) != out.Themes || len(doc.Sections) != out.Sections {
		t.Fatalf("parsed %d tasks, %d themes, %d sections, %d diagnostics; generated %d, %d, %d",
			len(doc.Tasks), len(doc.Themes), len(doc.Sections), len(doc.Diagnostics), len(out.Tasks), out.Themes, out.Sections)
	}
	if string(synth.Large(m, target, 1)) != string(out.Text) {
		t.Error("Large is not deterministic")
	}
}

func TestWriteCorpus(t *testing.T) {
	m, opts := fitted(t)
	dir := filepath.Join(t.TempDir(), "corpus")
	man, err := synth.WriteCorpus(context.Background(), dir, m, synth.Specs(12, 3), 9)
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(man.Documents) != 12 || len(entries) != 13 {
		t.Fatalf("manifest lists %d documents, directory holds %d files; want 12 and 13", len(man.Documents), len(entries))
	}
	data, err := os.ReadFile(filepath.Join(dir, synth.ManifestFile))
	if err != nil {
		t.Fatal(err)
	}
	var back synth.Manifest
	if err := json.Unmarshal(data, &back); err != nil || !reflect.DeepEqual(back, man) {
		t.Fatalf("manifest file does not match: %v", err)
	}
	for _, e := range man.Documents {
		doc, err := extract.ParseFile(filepath.Join(dir, e.File), opts)
		if err != nil || len(doc.Diagnostics) != 0 || len(doc.Tasks) != e.Tasks || doc.Meta.Title != e.Title {
			t.Fatalf("%s: err %v, %d diagnostics, %d tasks (manifest %d)", e.File, err, len(doc.Diagnostics), len(doc.Tasks), e.Tasks)
		}
	}
	// A cancelled context stops the writing.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := synth.WriteCorpus(ctx, t.TempDir(), m, synth.Specs(3, 1), 1); err == nil {
		t.Fatal("WriteCorpus ignored a cancelled context")
	}
}

// TestFitMinimalDocument: a model fitted to a tiny document without an
// opening or closing part still generates documents that parse back.
func TestFitMinimalDocument(t *testing.T) {
	text := "2024年《济南市历下区政府工作报告》\n目标任务分解\n\n" +
		"（一）统筹发展和安全，筑牢发展基础。坚持稳中求进工作总基调，推动经济运行持续向好，努力实现质的有效提升和量的合理增长。\n" +
		"全力稳定就业。落实落细就业优先政策，引导中小微企业开发新岗位，（牵头领导：张伟；责任单位：区人力资源和社会保障局）推动重点群体就业帮扶全覆盖。（牵头领导：张伟、李强；牵头单位：区民政局；责任单位：区残联、建新、文东街道办事处）\n"
	doc, err := extract.Parse("mini.txt", []byte(text), extract.Options{})
	if err != nil || len(doc.Tasks) != 2 {
		t.Fatalf("minimal seed: %v, %d tasks", err, len(doc.Tasks))
	}
	m := synth.Fit(doc)
	for s, out := range synth.Corpus(m, synth.Specs(5, 5), 1) {
		assertParsesBack(t, s.FileName(), out, extract.Options{})
	}
}

func TestDist(t *testing.T) {
	d := synth.NewDist([]int{3, 1, 3, 3, 7})
	if !slices.Equal(d.Values, []int{1, 3, 7}) || !slices.Equal(d.Counts, []int{1, 3, 1}) || d.N() != 5 || d.Max() != 7 {
		t.Fatalf("NewDist = %+v", d)
	}
	if got := d.Mean(); math.Abs(got-17.0/5) > 1e-12 {
		t.Fatalf("Mean = %v", got)
	}
	rng := rand.New(rand.NewPCG(1, 1))
	seen := map[int]int{}
	for range 5000 {
		seen[d.Sample(rng)]++
	}
	if len(seen) != 3 || math.Abs(float64(seen[3])/5000-0.6) > 0.03 {
		t.Fatalf("samples %v: want only 1, 3, 7 with 3 about 60%%", seen)
	}
	if (synth.Dist{}).Sample(rng) != 0 || (synth.Dist{}).Mean() != 0 {
		t.Fatal("empty distribution does not give 0")
	}
}

func TestSpecs(t *testing.T) {
	specs := synth.Specs(250, 10)
	seen := map[synth.Spec]bool{}
	names := map[string]bool{}
	for _, s := range specs {
		if seen[s] || names[s.FileName()] {
			t.Fatalf("spec %+v repeats", s)
		}
		seen[s], names[s.FileName()] = true, true
		if s.Year < synth.FirstYear || s.Year > synth.LastYear {
			t.Fatalf("year %d out of range", s.Year)
		}
	}
	if specs[249].Index != 2 {
		t.Fatalf("the 250th document should be the third of its jurisdiction and year, got index %d", specs[249].Index)
	}
	more := synth.Jurisdictions(40)
	slices.Sort(more)
	if len(slices.Compact(more)) != 40 {
		t.Fatal("Jurisdictions(40) repeats a name")
	}
	for _, j := range more {
		if !strings.HasSuffix(j, "区") || utf8.RuneCountInString(j) < 5 {
			t.Fatalf("jurisdiction %q is not a district", j)
		}
	}
}

func BenchmarkCompose(b *testing.B) {
	m, _ := fitted(b)
	rng := rand.New(rand.NewPCG(1, 2))
	spec := synth.Spec{Jurisdiction: "济南市市中区", Year: 2024}
	var n int
	for b.Loop() {
		n += len(m.Generate(rng, spec))
	}
	b.SetBytes(int64(n / max(1, b.N)))
}
