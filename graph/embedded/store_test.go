package embedded_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"govgraph/graph"
	"govgraph/graph/embedded"
	"govgraph/graph/storetest"
)

// openTemp opens a persisted store in a fresh directory.
func openTemp(t *testing.T) graph.Store {
	t.Helper()
	return openDir(t, t.TempDir())
}

// empty reports whether s holds no document.
func empty(t *testing.T, s graph.Store) bool {
	t.Helper()
	c, err := s.Counts(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return c.Documents == 0
}

func openDir(t *testing.T, dir string) *embedded.Store {
	t.Helper()
	s, err := embedded.Open(dir)
	if err != nil {
		t.Fatalf("Open(%s): %v", dir, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, openTemp)
}

// doc is a small valid document of jurisdiction j with n tasks; each task
// is led by 单位k (k = task mod units) and shared with the next unit.
func doc(id, j string, n, units int) *graph.Document {
	d := &graph.Document{
		Meta:     graph.DocumentMeta{ID: id, Title: id, Jurisdiction: j, Year: 2023, Date: "2023-01-01", Format: "txt"},
		Sections: []graph.Section{{Index: 0, Title: "全文"}},
		Leaders:  []graph.Leader{{Name: "领导甲", Title: "区长"}},
	}
	for k := range units {
		d.Units = append(d.Units, graph.Unit{Name: fmt.Sprintf("单位%d", k), Kind: graph.KindDepartment})
	}
	for i := range n {
		d.Tasks = append(d.Tasks, graph.Task{
			ID: graph.TaskID(id, i), Index: i, ThemeIndex: -1, Text: fmt.Sprintf("%s的第%d项任务", id, i),
			Leaders:   []string{"领导甲"},
			LeadUnits: []string{d.Units[i%units].Name},
			Units:     []string{d.Units[(i+1)%units].Name},
		})
	}
	d.Source = strings.Repeat("任务\n", n)
	d.Meta.Hash = graph.Hash(d.Source)
	return d
}

type answers struct {
	Counts  graph.Counts
	Docs    []graph.DocumentInfo
	Units   []graph.UnitInfo
	Leaders []graph.LeaderInfo
	Network *graph.UnitNetwork
	Doc     *graph.Document
	Version string // the same data reopens with the same version
}

func collect(t *testing.T, s graph.Store) answers {
	t.Helper()
	ctx := t.Context()
	var a answers
	var err error
	if a.Counts, err = s.Counts(ctx); err != nil {
		t.Fatal(err)
	}
	if a.Docs, err = s.Documents(ctx); err != nil {
		t.Fatal(err)
	}
	if a.Units, err = s.Units(ctx, graph.EntityFilter{}); err != nil {
		t.Fatal(err)
	}
	if a.Leaders, err = s.Leaders(ctx, graph.EntityFilter{}); err != nil {
		t.Fatal(err)
	}
	if a.Network, err = s.UnitNetwork(ctx, graph.NetworkFilter{}); err != nil {
		t.Fatal(err)
	}
	if a.Doc, err = s.Document(ctx, "b"); err != nil {
		t.Fatal(err)
	}
	if a.Version, err = s.Version(ctx); err != nil {
		t.Fatal(err)
	}
	return a
}

func TestPersistsAcrossReopen(t *testing.T) {
	ctx := t.Context()
	dir := t.TempDir()
	s, err := embedded.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !empty(t, s) {
		t.Fatal("a new store is not Empty")
	}
	a, b, c := doc("a", "甲区", 5, 3), doc("b", "甲区", 4, 3), doc("c", "乙区", 3, 2)
	// b gives 领导甲 another title; a later import of a new version of a
	// gives it back, and the reopened store must replay that order.
	b.Leaders[0].Title = "副区长"
	for _, d := range []*graph.Document{a, b, c} {
		if _, err := s.Import(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	a2 := doc("a", "甲区", 2, 3)
	if _, err := s.Import(ctx, a2); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteDocument(ctx, "c"); err != nil {
		t.Fatal(err)
	}
	if empty(t, s) {
		t.Fatal("a store with documents is Empty")
	}
	before := collect(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Ping(ctx); graph.ErrorCode(err) != graph.EUNAVAILABLE {
		t.Errorf("Ping after Close: %v, want %s", err, graph.EUNAVAILABLE)
	}

	reopened := openDir(t, dir)
	after := collect(t, reopened)
	if !reflect.DeepEqual(after, before) {
		t.Errorf("answers differ after reopening:\nbefore %+v\nafter  %+v", before, after)
	}
	if !reflect.DeepEqual(after.Doc, b) {
		t.Error("Document(b) after reopening is not the imported document")
	}
	if after.Leaders[0].Title != "区长" {
		t.Errorf("领导甲's title after reopening is %q, want a2's 区长 (the last import)", after.Leaders[0].Title)
	}
	if after.Counts != (graph.Counts{Documents: 2, Tasks: 6, Leaders: 1, Units: 3}) {
		t.Errorf("Counts after reopening: %+v", after.Counts)
	}
	res, err := reopened.Import(ctx, doc("b", "甲区", 4, 3))
	if err != nil {
		t.Fatal(err)
	}
	if res.Unchanged {
		t.Error("a changed b is Unchanged after reopening")
	}
	if v, err := reopened.Version(ctx); err != nil || v == after.Version {
		t.Errorf("Version after changing b: %q, %v; want other than %q", v, err, after.Version)
	}
	res, err = reopened.Import(ctx, a2)
	if err != nil || !res.Unchanged {
		t.Errorf("importing a2 again after reopening: %+v, %v; want Unchanged", res, err)
	}
}

func TestOpenCleansCrashedWrite(t *testing.T) {
	ctx := t.Context()
	dir := t.TempDir()
	s := openDir(t, dir)
	if _, err := s.Import(ctx, doc("a", "甲区", 3, 2)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	// A crash between writing the temporary file and renaming it leaves a
	// partial temporary file, which never replaced a.json.
	partial, err := os.ReadFile(filepath.Join(dir, "a.json"))
	if err != nil {
		t.Fatal(err)
	}
	leftover := filepath.Join(dir, ".tmp-123456")
	if err := os.WriteFile(leftover, partial[:len(partial)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	s = openDir(t, dir)
	if _, err := os.Stat(leftover); !os.IsNotExist(err) {
		t.Errorf("leftover temporary file is still there: %v", err)
	}
	got, err := s.Document(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, doc("a", "甲区", 3, 2)) {
		t.Error("document a changed after a crashed write")
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !slices.Equal(names, []string{"LOCK", "a.json"}) {
		t.Errorf("data directory holds %v, want LOCK and a.json", names)
	}
}

func TestOpenRejectsBadFiles(t *testing.T) {
	valid := doc("a", "甲区", 2, 2)
	tests := []struct {
		name    string
		file    string
		content string
	}{
		{"truncated JSON", "a.json", `{"format":1,"seq":1,"document":{"document":{"id":"a"`},
		{"not JSON", "notes.json", "hello"},
		{"unknown format", "a.json", `{"format":9,"seq":1,"document":{"document":{"id":"a"}},"source":""}`},
		{"invalid document", "a.json", `{"format":1,"seq":1,"document":{"document":{"id":""}},"source":""}`},
		{"document in the wrong file", "b.json", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			content := tt.content
			if content == "" {
				// A valid record, stored under another document's name.
				s := openDir(t, dir)
				if _, err := s.Import(t.Context(), valid); err != nil {
					t.Fatal(err)
				}
				s.Close()
				data, err := os.ReadFile(filepath.Join(dir, "a.json"))
				if err != nil {
					t.Fatal(err)
				}
				content = string(data)
			}
			path := filepath.Join(dir, tt.file)
			if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := embedded.Open(dir)
			if err == nil {
				s.Close()
				t.Fatal("Open accepted a bad data file")
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name the file %s", err, path)
			}
		})
	}
}

func TestOpenLocksDirectory(t *testing.T) {
	dir := t.TempDir()
	s := openDir(t, dir)
	if _, err := embedded.Open(dir); err == nil {
		t.Fatal("a second Open of a data directory in use succeeded")
	}
	s.Close()
	openDir(t, dir)
}

func TestOddDocumentIDs(t *testing.T) {
	ctx := t.Context()
	dir := t.TempDir()
	s := openDir(t, dir)
	ids := []string{"../escape", "历下区/2023", ".hidden", "a b"}
	for _, id := range ids {
		if _, err := s.Import(ctx, doc(id, "甲区", 1, 1)); err != nil {
			t.Fatalf("Import(%q): %v", id, err)
		}
	}
	s.Close()
	entries, err := os.ReadDir(filepath.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("documents were written outside the data directory: %v", entries)
	}
	s = openDir(t, dir)
	for _, id := range ids {
		if _, err := s.Document(ctx, id); err != nil {
			t.Errorf("Document(%q) after reopening: %v", id, err)
		}
	}
}

func TestClosedStore(t *testing.T) {
	s := openDir(t, "")
	s.Close()
	ctx := context.Background()
	if _, err := s.Import(ctx, doc("a", "甲区", 1, 1)); graph.ErrorCode(err) != graph.EUNAVAILABLE {
		t.Errorf("Import after Close: %v", err)
	}
	if _, err := s.Counts(ctx); graph.ErrorCode(err) != graph.EUNAVAILABLE {
		t.Errorf("Counts after Close: %v", err)
	}
}

func TestCancelledContext(t *testing.T) {
	s := openDir(t, "")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.UnitNetwork(ctx, graph.NetworkFilter{}); err == nil {
		t.Error("UnitNetwork with a cancelled context succeeded")
	}
}

// Readers see either state, never a mix, while a writer imports and deletes;
// run with -race.
func TestConcurrentReadersAndWriter(t *testing.T) {
	ctx := t.Context()
	s := openDir(t, t.TempDir())
	base := doc("base", "甲区", 20, 6)
	extra := doc("extra", "甲区", 10, 6)
	if _, err := s.Import(ctx, base); err != nil {
		t.Fatal(err)
	}
	small := graph.Counts{Documents: 1, Tasks: 20, Leaders: 1, Units: 6}
	large := graph.Counts{Documents: 2, Tasks: 30, Leaders: 1, Units: 6}

	var wg sync.WaitGroup
	done := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(done)
		for range 30 {
			if _, err := s.Import(ctx, extra); err != nil {
				t.Error(err)
				return
			}
			if err := s.DeleteDocument(ctx, "extra"); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				c, err := s.Counts(ctx)
				if err != nil || (c != small && c != large) {
					t.Errorf("Counts %+v, %v: neither state", c, err)
					return
				}
				net, err := s.UnitNetwork(ctx, graph.NetworkFilter{})
				if err != nil {
					t.Error(err)
					return
				}
				total := 0
				for _, n := range net.Nodes {
					total += n.LeadTasks
				}
				if total != 20 && total != 30 {
					t.Errorf("network lead tasks %d: neither state", total)
					return
				}
				page, err := s.Tasks(ctx, graph.TaskFilter{Limit: 5})
				if err != nil || (page.Total != 20 && page.Total != 30) {
					t.Errorf("Tasks total %d, %v: neither state", page.Total, err)
					return
				}
				page.Tasks[0].Units[0] = "changed by a reader"
				if _, err := s.Neighbours(ctx, "unit:甲区/单位0", 2, 0); err != nil {
					t.Error(err)
					return
				}
				if _, err := s.Search(ctx, "任务", 0, ""); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	got, err := s.Document(ctx, "base")
	if err != nil || !reflect.DeepEqual(got, base) {
		t.Errorf("base changed under concurrent use: %v", err)
	}
}
