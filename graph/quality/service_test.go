package quality_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"govgraph/graph"
	"govgraph/graph/embedded"
	"govgraph/graph/extract"
	"govgraph/graph/lineage"
	"govgraph/graph/neo4j"
	"govgraph/graph/quality"
)

const root = "../.."

// The corpus: the seed, 历下 2024 and 2025, 市中 2024, and the quality
// fixture 市中 2025 (abbreviations, a renamed bureau, a malformed line).
var corpus = []string{
	"seeds/documents/2023-jinan-lixia-government-work-report-tasks.txt",
	"testdata/corpus/2024-jinan-lixia-tasks.txt",
	"testdata/corpus/2025-jinan-lixia-tasks.txt",
	"testdata/corpus/2024-jinan-shizhong-tasks.txt",
	"testdata/quality/2025-jinan-shizhong-tasks.txt",
}

func parseCorpus(t *testing.T, opts extract.Options) []*graph.Document {
	t.Helper()
	var docs []*graph.Document
	for _, p := range corpus {
		d, err := extract.ParseFile(filepath.Join(root, p), opts)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

type brief struct {
	kind  string
	line  int
	col   int
	names string
}

func briefs(items []quality.Item) []brief {
	out := []brief{}
	for _, it := range items {
		out = append(out, brief{it.Kind, it.Line, it.Column, strings.Join(it.Names, "|")})
	}
	return out
}

// Hand-computed: in 市中 2025, 区文旅局 / 区发改局 / 区住建局 are short forms
// (of names used in 2024 or in the same document); 区教育和体育局 and
// 区自然资源局 of 2024 are gone while 区教育局 and 区自然资源和规划局 appear;
// 区重点项目推进专班 has no kind rule; items 1．and 2．of （三） have no
// annotation and 2．has a bracket that does not parse. 历下's three years
// have nothing: the seed aliases and lineage cover their differences.
var wantSZ2025 = []brief{
	{quality.KindDuplicateUnit, 14, 46, "区文旅局|区文化和旅游局"},
	{quality.KindDuplicateUnit, 14, 95, "区发改局|区发展和改革局"},
	{quality.KindLineageCandidate, 16, 35, "区教育和体育局|区教育局"},
	{quality.KindDuplicateUnit, 16, 45, "区住建局|区住房和城乡建设局"},
	{quality.KindLineageCandidate, 16, 50, "区自然资源局|区自然资源和规划局"},
	{quality.KindUnknownUnit, 16, 155, "区重点项目推进专班"},
	{quality.KindUnannotatedItem, 18, 3, ""},
	{quality.KindUnannotatedItem, 19, 3, ""},
	{quality.KindUnparsedAnnotation, 19, 13, ""},
}

var wantSZ2024 = []brief{
	{quality.KindDuplicateUnit, 14, 46, "区文旅局|区文化和旅游局"},
	{quality.KindDuplicateUnit, 14, 97, "区发改局|区发展和改革局"},
	{quality.KindLineageCandidate, 16, 37, "区教育和体育局|区教育局"},
	{quality.KindDuplicateUnit, 16, 50, "区住建局|区住房和城乡建设局"},
	{quality.KindLineageCandidate, 16, 60, "区自然资源局|区自然资源和规划局"},
}

func TestCheckCorpus(t *testing.T) {
	opts, err := extract.LoadTables(filepath.Join(root, "seeds"))
	if err != nil {
		t.Fatal(err)
	}
	lin, err := lineage.Load(filepath.Join(root, "seeds"))
	if err != nil {
		t.Fatal(err)
	}
	docs := parseCorpus(t, opts)
	want := [][]brief{{}, {}, {}, wantSZ2024, wantSZ2025}
	ids := map[string]string{}
	for i, d := range docs {
		items := quality.Check(quality.Input{Document: d, Jurisdiction: docs, Lineage: lin, KindOverrides: opts.KindOverrides})
		if got := briefs(items); !slices.Equal(got, want[i]) {
			t.Errorf("%s: items\n%v\nwant\n%v", corpus[i], got, want[i])
		}
		for _, it := range items {
			// A corpus-wide item has the same id in every document it shows in.
			key := it.Kind + strings.Join(it.Names, "|")
			if prev, ok := ids[key]; ok && it.Names != nil && len(it.Names) > 0 && it.Kind != quality.KindUnknownUnit && prev != it.ID {
				t.Errorf("%s has ids %s and %s", key, prev, it.ID)
			}
			ids[key] = it.ID
		}
	}
	// Abbreviations are only suggestions: 区住建局 stays as written in 市中.
	if !slices.ContainsFunc(docs[4].Units, func(u graph.Unit) bool { return u.Name == "区住建局" }) {
		t.Error("区住建局 was rewritten in 市中区 without an alias of its own")
	}
}

func openStores(t *testing.T) map[string]graph.Store {
	stores := map[string]graph.Store{}
	emb, err := embedded.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { emb.Close() })
	stores["embedded"] = emb
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("NEO4J_URI is not set")
		}
		t.Log("NEO4J_URI is not set: Neo4j skipped")
		return stores
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n, err := neo4j.Open(ctx, neo4j.Config{URI: uri, User: os.Getenv("NEO4J_USER"), Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")})
	if err != nil {
		t.Fatalf("open Neo4j: %v", err)
	}
	t.Cleanup(func() { n.Close() })
	infos, err := n.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range infos {
		if err := n.DeleteDocument(ctx, d.ID); err != nil {
			t.Fatal(err)
		}
	}
	stores["neo4j"] = n
	return stores
}

// failingStore fails the import of one document, to check that a failed
// re-derivation changes nothing.
type failingStore struct {
	graph.Store
	fail string
}

func (s *failingStore) Import(ctx context.Context, doc *graph.Document) (graph.ImportResult, error) {
	if doc.Meta.ID == s.fail {
		return graph.ImportResult{}, errors.New("injected import failure")
	}
	return s.Store.Import(ctx, doc)
}

func TestAcceptAndDismiss(t *testing.T) {
	for name, store := range openStores(t) {
		t.Run(name, func(t *testing.T) { testAccept(t, store) })
	}
}

func testAccept(t *testing.T, store graph.Store) {
	ctx := context.Background()
	seeds := filepath.Join(root, "seeds")
	seedAliases, err := os.ReadFile(filepath.Join(seeds, "aliases.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	seedLineage, _ := os.ReadFile(filepath.Join(seeds, "lineage.tsv"))
	dir := filepath.Join(t.TempDir(), "tables")
	tables, err := quality.OpenTables(seeds, dir)
	if err != nil {
		t.Fatal(err)
	}
	docs := parseCorpus(t, tables.Options())
	for _, d := range docs {
		if _, err := store.Import(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	sz2024, sz2025 := docs[3].Meta.ID, docs[4].Meta.ID
	svc := &quality.Service{Store: store, Tables: tables}
	r, err := svc.Queue(ctx, sz2025)
	if err != nil {
		t.Fatal(err)
	}
	if got := briefs(r.Items); !slices.Equal(got, wantSZ2025) {
		t.Fatalf("queue %v\nwant %v", got, wantSZ2025)
	}
	if r.Coverage.Items != 2 || r.Coverage.Unannotated != 2 {
		t.Errorf("coverage %+v, want 2 items, 2 unannotated", r.Coverage)
	}
	find := func(items []quality.Item, names string) quality.Item {
		for _, it := range items {
			if strings.Join(it.Names, "|") == names {
				return it
			}
		}
		t.Fatalf("no item %s", names)
		return quality.Item{}
	}
	housing := find(r.Items, "区住建局|区住房和城乡建设局")

	// A failing import of the re-derived document leaves table and store as they were.
	before, _ := store.Document(ctx, sz2025)
	broken := &quality.Service{Store: &failingStore{Store: store, fail: sz2025}, Tables: tables}
	if _, err := broken.Accept(ctx, sz2025, housing.ID); err == nil {
		t.Fatal("accept with a failing import succeeded")
	}
	if _, err := os.Stat(filepath.Join(dir, "aliases.tsv")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("aliases.tsv exists after a failed accept (%v)", err)
	}
	after, _ := store.Document(ctx, sz2025)
	if !slices.Equal(unitNames(before), unitNames(after)) {
		t.Errorf("units changed by a failed accept: %v → %v", unitNames(before), unitNames(after))
	}
	if v := tables.Version(); v != r.TablesVersion {
		t.Errorf("tables version %s after a failed accept, was %s", v, r.TablesVersion)
	}

	// Accepting writes the alias into the data directory and re-derives 2025.
	res, err := svc.Accept(ctx, sz2025, housing.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rederived) != 1 || res.Rederived[0].Document != sz2025 || res.TablesVersion == r.TablesVersion {
		t.Errorf("accepted %+v", res)
	}
	data, err := os.ReadFile(filepath.Join(dir, "aliases.tsv"))
	if err != nil || !strings.Contains(string(data), "区住建局\t区住房和城乡建设局\t济南市市中区\n") {
		t.Errorf("aliases.tsv = %q (%v)", data, err)
	}
	stored, err := store.Document(ctx, sz2025)
	if err != nil {
		t.Fatal(err)
	}
	names := unitNames(stored)
	if slices.Contains(names, "区住建局") || !slices.Contains(names, "区住房和城乡建设局") {
		t.Errorf("re-derived units %v, want 区住建局 renamed", names)
	}
	if stored.Source != docs[4].Source || stored.Meta.ID != sz2025 {
		t.Error("the re-derived document has another source or id")
	}
	if r2, err := svc.Queue(ctx, sz2025); err != nil || slices.ContainsFunc(r2.Items, func(it quality.Item) bool { return it.ID == housing.ID }) {
		t.Errorf("the accepted item is still queued (%v)", err)
	}
	// The next tables read the alias too (for uploads).
	if got := tables.Options().ScopedAliases["济南市市中区"]["区住建局"]; got != "区住房和城乡建设局" {
		t.Errorf("merged options map 区住建局 to %q", got)
	}

	// A lineage candidate writes lineage.tsv; nothing to re-derive.
	edu := find(r.Items, "区教育和体育局|区教育局")
	res, err = svc.Accept(ctx, sz2024, edu.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rederived) != 0 || res.File != "lineage.tsv" {
		t.Errorf("lineage accept %+v", res)
	}
	if tr := tables.Lineage().Forward("济南市市中区", "区教育和体育局", "2024-02-08", "2025-02-12"); !slices.Equal(tr.Names, []string{"区教育局"}) {
		t.Errorf("lineage forward %v", tr.Names)
	}
	// The previous aliases.tsv was kept in history on the second write? Only
	// files that existed are kept: lineage.tsv was new.
	hist, _ := os.ReadDir(filepath.Join(dir, "history"))
	if len(hist) != 0 {
		t.Errorf("history %v, want none (both tables were new)", hist)
	}

	// Dismiss is remembered across a reopening of the tables.
	unknown := find(r.Items, "区重点项目推进专班")
	if _, err := svc.Dismiss(ctx, sz2025, unknown.ID); err != nil {
		t.Fatal(err)
	}
	reopened, err := quality.OpenTables(seeds, dir)
	if err != nil {
		t.Fatal(err)
	}
	r3, err := (&quality.Service{Store: store, Tables: reopened}).Queue(ctx, sz2025)
	if err != nil {
		t.Fatal(err)
	}
	if r3.Dismissed != 1 || slices.ContainsFunc(r3.Items, func(it quality.Item) bool { return it.ID == unknown.ID }) {
		t.Errorf("after dismiss: %d dismissed, items %v", r3.Dismissed, briefs(r3.Items))
	}
	// Unknown items and items without a suggestion are errors.
	if _, err := svc.Accept(ctx, sz2025, "duplicate_unit-000000000000"); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("unknown item: %v", err)
	}
	noSuggestion := find(r.Items, "")
	if _, err := svc.Accept(ctx, sz2025, noSuggestion.ID); graph.ErrorCode(err) != graph.ECONFLICT {
		t.Errorf("item without suggestion: %v", err)
	}
	// A second alias accept keeps the previous aliases.tsv in history.
	dev := find(r.Items, "区发改局|区发展和改革局")
	if _, err := svc.Accept(ctx, sz2025, dev.ID); err != nil {
		t.Fatal(err)
	}
	hist, _ = os.ReadDir(filepath.Join(dir, "history"))
	if len(hist) != 1 || !strings.HasSuffix(hist[0].Name(), "-aliases.tsv") {
		t.Errorf("history %v, want the previous aliases.tsv", hist)
	}

	// seeds/ is untouched.
	if now, _ := os.ReadFile(filepath.Join(seeds, "aliases.tsv")); string(now) != string(seedAliases) {
		t.Error("seeds/aliases.tsv changed")
	}
	if now, _ := os.ReadFile(filepath.Join(seeds, "lineage.tsv")); string(now) != string(seedLineage) {
		t.Error("seeds/lineage.tsv changed")
	}
}

func unitNames(d *graph.Document) []string {
	var out []string
	for _, u := range d.Units {
		out = append(out, u.Name)
	}
	return out
}
