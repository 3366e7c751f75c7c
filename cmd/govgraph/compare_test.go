package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"govgraph/graph"
	"govgraph/graph/compare"
)

const (
	corpus2024 = "../../testdata/corpus/2024-jinan-lixia-tasks.txt"
	corpus2025 = "../../testdata/corpus/2025-jinan-lixia-tasks.txt"
)

// compare reads two imported documents from the store, or two files in
// memory, and gives the same comparison either way.
func TestCompare(t *testing.T) {
	data := t.TempDir()
	if _, _, err := run(t, "import", "--quiet", "--data", data, "--tables", "../../seeds", corpus2024, corpus2025); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range []string{corpus2024, corpus2025} {
		out, _, err := run(t, "parse", "--tables", "../../seeds", p)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Meta struct{ ID string } `json:"document"`
		}
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, doc.Meta.ID)
	}

	out, _, err := run(t, "compare", "--format", "json", "--data", data, "--tables", "../../seeds", ids[0], ids[1])
	if err != nil {
		t.Fatal(err)
	}
	var stored compare.Result
	if err := json.Unmarshal([]byte(out), &stored); err != nil {
		t.Fatalf("compare --format json is not the contract: %v\n%s", err, out)
	}
	if len(stored.Units.Lineage) != 2 || strings.Join(stored.Units.Added, ",") != "区城市管理局" || len(stored.Ties.Changed) != 1 {
		t.Errorf("stored comparison: lineage %+v, added %v, changed %+v", stored.Units.Lineage, stored.Units.Added, stored.Ties.Changed)
	}

	files, _, err := run(t, "compare", "--format", "json", "--tables", "../../seeds", corpus2024, corpus2025)
	if err != nil {
		t.Fatal(err)
	}
	if files != out {
		t.Errorf("comparing the files in memory differs from comparing the stored documents")
	}

	text, _, err := run(t, "compare", "--tables", "../../seeds", corpus2024, corpus2025)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"2024-05-20 merge: 区工业和信息化局、区科学技术局 → 区科技和工业信息化局",
		"Units added (1)\n  区城市管理局",
		"张明",
		"density",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("table output lacks %q:\n%s", want, text)
		}
	}
}

func TestCompareErrors(t *testing.T) {
	if _, _, err := run(t, "compare", corpus2024); err != errUsage {
		t.Errorf("one argument: %v, want the usage", err)
	}
	_, _, err := run(t, "compare", "--data", t.TempDir(), "--tables", "../../seeds", "nope", "nada")
	if err == nil || !strings.Contains(err.Error(), `"nope" not found`) {
		t.Errorf("unknown document: %v", err)
	}
	// A malformed lineage table stops every command that reads the tables.
	tables := t.TempDir()
	if err := os.WriteFile(filepath.Join(tables, "lineage.tsv"), []byte("济南市历下区\t2024-01-01\tmerge\t区甲局\t区乙局\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"compare", "--tables", tables, corpus2024, corpus2025},
		{"parse", "--tables", tables, corpus2024},
		{"import", "--quiet", "--data", t.TempDir(), "--tables", tables, corpus2024},
	} {
		_, _, err := run(t, args...)
		if err == nil || !strings.Contains(err.Error(), "lineage.tsv:1:25: merge needs at least two names in from") {
			t.Errorf("%s with a bad lineage table: %v", args[0], err)
		}
	}
}

// serve reads the lineage table of its --seeds directory and hands it to
// the API: a seeds directory holding the 2024 and 2025 documents answers
// /compare with the merge and the split of seeds/lineage.tsv.
func TestServeCompare(t *testing.T) {
	seeds := t.TempDir()
	if err := os.Mkdir(filepath.Join(seeds, "documents"), 0o755); err != nil {
		t.Fatal(err)
	}
	copyFile := func(from, to string) {
		data, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(to, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"aliases.tsv", "unit-kinds.tsv", "lineage.tsv"} {
		copyFile(filepath.Join("..", "..", "seeds", f), filepath.Join(seeds, f))
	}
	copyFile(corpus2024, filepath.Join(seeds, "documents", "2024.txt"))
	copyFile(corpus2025, filepath.Join(seeds, "documents", "2025.txt"))

	data := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	logR, logW := io.Pipe()
	env := &Env{Stdout: io.Discard, Stderr: logW, Getenv: func(string) string { return "" }}
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, env, []string{"serve", "--addr", "127.0.0.1:0", "--data", data, "--seeds", seeds})
		logW.Close()
	}()
	urlRE := regexp.MustCompile(`url=(http://\S+)`)
	lines := bufio.NewScanner(logR)
	var base string
	for lines.Scan() {
		if m := urlRE.FindStringSubmatch(lines.Text()); m != nil {
			base = m[1]
			break
		}
	}
	if base == "" {
		t.Fatalf("serve did not start: %v", <-done)
	}
	go io.Copy(io.Discard, logR)

	get := func(path string, v any) {
		t.Helper()
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: status %d", path, resp.StatusCode)
		}
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			t.Fatal(err)
		}
	}
	var docs []graph.DocumentInfo
	get("/api/v1/documents", &docs)
	if len(docs) != 2 {
		t.Fatalf("%d documents loaded from the seeds directory, want 2", len(docs))
	}
	from, to := docs[1].ID, docs[0].ID // newest first
	var r compare.Result
	get("/api/v1/compare?from="+from+"&to="+to, &r)
	if len(r.Units.Lineage) != 2 || r.Units.Lineage[0].Event != "merge" || r.Units.Lineage[1].Event != "split" {
		t.Errorf("lineage through serve: %+v", r.Units.Lineage)
	}
	resp, err := http.Get(base + "/api/v1/export?format=panel")
	if err != nil {
		t.Fatal(err)
	}
	served, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /export?format=panel: %d %v", resp.StatusCode, err)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after shutdown: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not shut down")
	}

	// govgraph export --format panel gives the same bytes from the same store.
	written, _, err := run(t, "export", "--format", "panel", "--data", data, "--tables", seeds)
	if err != nil {
		t.Fatal(err)
	}
	if len(served) == 0 || written != string(served) {
		t.Errorf("export --format panel (%d bytes) differs from GET /export?format=panel (%d bytes)", len(written), len(served))
	}
	out := filepath.Join(t.TempDir(), "panels") + "/"
	if _, _, err := run(t, "export", "--format", "panel", "--data", data, "--tables", seeds, "--out", out); err != nil {
		t.Fatal(err)
	}
	if file, err := os.ReadFile(filepath.Join(out, "govgraph-panel.zip")); err != nil || string(file) != written {
		t.Errorf("export --out DIR/: %v, %d bytes", err, len(file))
	}
}
