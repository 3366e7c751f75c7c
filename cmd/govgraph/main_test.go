package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"govgraph/graph"
)

const seed = "../../seeds/documents/2023-jinan-lixia-government-work-report-tasks.txt"

// run runs govgraph with args and returns what it printed.
func run(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	err = Run(context.Background(), env, args)
	return out.String(), errb.String(), err
}

func TestParseSeed(t *testing.T) {
	out, _, err := run(t, "parse", "--tables", "../../seeds", seed)
	if err != nil {
		t.Fatal(err)
	}
	var doc graph.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("parse output is not the JSON contract: %v", err)
	}
	if len(doc.Tasks) != 144 || doc.Meta.Jurisdiction != "济南市历下区" || doc.Meta.Date != "2023-02-01" {
		t.Errorf("parsed %d tasks, jurisdiction %q, date %q; want 144, 济南市历下区, 2023-02-01",
			len(doc.Tasks), doc.Meta.Jurisdiction, doc.Meta.Date)
	}
	text, _, err := run(t, "parse", "--format", "text", "--tables", "../../seeds", seed)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "区发展和改革局") || !strings.Contains(text, "武毅") {
		t.Errorf("text outline lacks the seed's units and leaders:\n%.500s", text)
	}
}

func TestParseBadInput(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	binary := filepath.Join(dir, "blob.txt")
	os.WriteFile(empty, nil, 0o644)
	os.WriteFile(binary, []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0xff, 0xfe, 0}, 0o644)
	for _, path := range []string{empty, binary, filepath.Join(dir, "missing.txt")} {
		_, _, err := run(t, "parse", path)
		if err == nil {
			t.Errorf("parse %s: no error", path)
			continue
		}
		if !strings.Contains(err.Error(), filepath.Base(path)) {
			t.Errorf("parse %s: error %q does not name the file", path, err)
		}
	}
	if _, _, err := run(t, "parse"); err == nil {
		t.Error("parse without a file: no error")
	}
}

func TestImportIsIdempotent(t *testing.T) {
	data := t.TempDir()
	out, _, err := run(t, "import", "--quiet", "--data", data, "--tables", "../../seeds", seed)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "1 new") || !strings.Contains(out, "144 tasks") {
		t.Errorf("first import: %q", out)
	}
	out, _, err = run(t, "import", "--quiet", "--data", data, "--tables", "../../seeds", seed)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "1 unchanged") {
		t.Errorf("second import: %q, want unchanged", out)
	}
	// A bad file among good ones fails alone and the command says so.
	bad := filepath.Join(t.TempDir(), "bad.txt")
	os.WriteFile(bad, []byte("没有任何任务的文字。"), 0o644)
	out, errOut, err := run(t, "import", "--quiet", "--data", data, "--tables", "../../seeds", seed, bad)
	if err == nil || !strings.Contains(out, "1 failed") || !strings.Contains(errOut, "bad.txt") {
		t.Errorf("import with a bad file: err %v, out %q, stderr %q", err, out, errOut)
	}
}

func TestAnalyzeAndExport(t *testing.T) {
	out, _, err := run(t, "analyze", "--tables", "../../seeds", seed)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Bottleneck score", "Most co-assigned pairs", "区住房和城市建设局", "武毅"} {
		if !strings.Contains(out, want) {
			t.Errorf("analyze table lacks %q", want)
		}
	}
	data := t.TempDir()
	if _, _, err := run(t, "import", "--quiet", "--data", data, "--tables", "../../seeds", seed); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "seed.gexf")
	if _, _, err := run(t, "export", "--data", data, "--format", "gexf", "--out", file); err != nil {
		t.Fatal(err)
	}
	gexf, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(gexf, []byte("<gexf")) || !bytes.Contains(gexf, []byte("区发展和改革局")) {
		t.Errorf("export is not a GEXF of the seed: %.300s", gexf)
	}
}

func TestSynthCorpusImports(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := run(t, "synth", "--seed-doc", seed, "--tables", "../../seeds", "--n", "3", "--out", dir); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) != 3 {
		t.Fatalf("synth wrote %d documents, want 3", len(files))
	}
	out, _, err := run(t, "import", "--quiet", "--data", t.TempDir(), "--tables", "../../seeds", files[0], files[1], files[2])
	if err != nil || !strings.Contains(out, "3 new") {
		t.Errorf("import of the corpus: %v, %q", err, out)
	}
}

// TestServe starts the whole program on port 0 with a fresh data directory,
// checks that the seeds were loaded, and shuts it down gracefully.
func TestServe(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	logR, logW := io.Pipe()
	env := &Env{Stdout: io.Discard, Stderr: logW, Getenv: func(string) string { return "" }}
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, env, []string{"serve", "--addr", "127.0.0.1:0", "--data", t.TempDir(), "--seeds", "../../seeds"})
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

	resp, err := http.Get(base + "/api/v1/health")
	if err != nil {
		t.Fatal(err)
	}
	var health struct {
		Store  string       `json:"store"`
		Counts graph.Counts `json:"counts"`
	}
	json.NewDecoder(resp.Body).Decode(&health)
	resp.Body.Close()
	if resp.StatusCode != 200 || health.Counts.Documents != 1 || health.Counts.Tasks != 144 {
		t.Errorf("health = %d %+v, want 200 with the seed loaded", resp.StatusCode, health)
	}
	// Listening on loopback, it answers only to loopback names (DNS rebinding).
	rebound, _ := http.NewRequest("GET", base+"/api/v1/health", nil)
	rebound.Host = "rebound.example"
	if resp, err := http.DefaultClient.Do(rebound); err != nil {
		t.Fatal(err)
	} else if resp.Body.Close(); resp.StatusCode != http.StatusForbidden {
		t.Errorf("Host rebound.example = %d, want 403", resp.StatusCode)
	}
	req, _ := http.NewRequest("DELETE", base+"/api/v1/documents/x", nil)
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("DELETE without an admin token = %d, want 403 (read-only by default)", resp.StatusCode)
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
}

func TestAllowedHosts(t *testing.T) {
	loopback := []string{"localhost", "127.0.0.1", "::1"}
	for _, tt := range []struct {
		flag, addr string
		want       []string
	}{
		{"", "127.0.0.1:8080", loopback},
		{"", "[::1]:8080", loopback},
		{"", "localhost:8080", loopback},
		{"", "0.0.0.0:8080", nil},
		{"", ":8080", nil},
		{"", "[::]:8080", nil},
		{"", "192.0.2.7:8080", []string{"192.0.2.7"}},
		{"", "graph.example.org:8080", []string{"graph.example.org"}},
		{"graph.example.org, localhost", "0.0.0.0:8080", []string{"graph.example.org", "localhost"}},
		{"*", "127.0.0.1:8080", nil},
	} {
		if got := allowedHosts(tt.flag, tt.addr); !slices.Equal(got, tt.want) {
			t.Errorf("allowedHosts(%q, %q) = %v, want %v", tt.flag, tt.addr, got, tt.want)
		}
	}
}
