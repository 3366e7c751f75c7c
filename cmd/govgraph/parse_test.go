package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const seedDoc = "../../seeds/documents/2023-jinan-lixia-government-work-report-tasks.txt"

func parseCmd(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" }}
	err := Run(context.Background(), env, append([]string{"parse"}, args...))
	return out.String(), errOut.String(), err
}

func TestParseJSON(t *testing.T) {
	out, _, err := parseCmd(t, seedDoc, "--tables", "../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Document struct {
			ID, Title, Jurisdiction, Date string
			Year                          int
		}
		Sections []json.RawMessage
		Tasks    []struct {
			Text      string
			Span      struct{ Start, End int }
			Leaders   []string
			LeadUnits []string `json:"leadUnits"`
			Units     []string
		}
		Leaders     []struct{ Name string }
		Units       []struct{ Name, Kind string }
		Projects    []struct{ Name string }
		Diagnostics []json.RawMessage
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	var keys map[string]json.RawMessage
	json.Unmarshal([]byte(out), &keys)
	for _, k := range []string{"document", "sections", "themes", "tasks", "leaders", "units", "projects", "narrative", "diagnostics"} {
		if _, ok := keys[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
	if doc.Document.Jurisdiction != "济南市历下区" || doc.Document.Year != 2023 || doc.Document.Date != "2023-02-01" ||
		len(doc.Sections) != 8 || len(doc.Tasks) != 144 || len(doc.Leaders) != 10 || len(doc.Units) != 61 || len(doc.Diagnostics) != 0 {
		t.Errorf("document %+v: %d sections %d tasks %d leaders %d units %d diagnostics", doc.Document,
			len(doc.Sections), len(doc.Tasks), len(doc.Leaders), len(doc.Units), len(doc.Diagnostics))
	}
	src, err := os.ReadFile(seedDoc)
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(string(src))
	for i, task := range doc.Tasks {
		if got := string(runes[task.Span.Start:task.Span.End]); got != task.Text {
			t.Fatalf("task %d: span counts code points wrongly: %q vs %q", i, got, task.Text)
		}
	}
	if !strings.Contains(out, `"leadUnits": [`) || strings.Contains(out, `\u003c`) {
		t.Error("JSON field names or escaping differ from the contract")
	}
}

func TestParseText(t *testing.T) {
	// Flags may follow the file.
	out, _, err := parseCmd(t, seedDoc, "--format", "text")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"2023年《济南市历下区政府工作报告》目标任务分解\n",
		"济南市历下区 · 2023 · 2023-02-01 · 济南市历下区人民政府办公室 · txt\n",
		"8 sections, 27 themes, 144 tasks",
		"§0 [opening] 今年经济社会发展主要预期目标是 (8 tasks)",
		"§7 [closing] 持续加强政府自身建设 (4 tasks)",
		"  ◆ 全力以赴做好稳企惠企、稳定就业\n",
		"    #0 L25 地区生产总值增长6%\n       领导 武毅 | 责任 区发展和改革局 | 目标 地区生产总值增长 6%\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("outline lacks %q", want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	dir := t.TempDir()
	binary := filepath.Join(dir, "scan.txt")
	os.WriteFile(binary, []byte("abc\x00def"), 0o644)
	broken := filepath.Join(dir, "tasks.csv")
	os.WriteFile(broken, []byte("序号,工作任务\n1,\"推进\"建设\n"), 0o644)

	tests := []struct {
		name string
		args []string
		exit int
		msg  string
	}{
		{"binary file", []string{binary}, 1, binary + ": byte 3: binary data (NUL byte); expected text"},
		{"bad csv", []string{broken}, 1, broken + ": line 2 col 6: "},
		{"missing file", []string{filepath.Join(dir, "none.txt")}, 1, filepath.Join(dir, "none.txt") + ": cannot read file"},
		{"bad tables dir", []string{seedDoc, "--tables", filepath.Join(dir, "nope")}, 1, "tables directory not found"},
		{"no file", nil, 2, ""},
		{"two files", []string{seedDoc, seedDoc}, 2, ""},
		{"unknown format", []string{seedDoc, "--format", "xml"}, 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := parseCmd(t, tt.args...)
			if err == nil || exitCode(err) != tt.exit || out != "" {
				t.Fatalf("err %v exit %d out %q, want exit %d", err, exitCode(err), out, tt.exit)
			}
			if tt.msg != "" && !strings.HasPrefix(err.Error(), tt.msg) && !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q, want %q", err, tt.msg)
			}
			if tt.exit == 2 && !errors.Is(err, errUsage) {
				t.Errorf("error %v is not a usage error", err)
			}
		})
	}
}

func TestParseWithSource(t *testing.T) {
	out, _, err := parseCmd(t, "--source", "../../graph/extract/testdata/table.csv")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Source string
		Tasks  []struct {
			Text string
			Span struct{ Start, End int }
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	src := []rune(doc.Source)
	if len(doc.Tasks) != 3 || !strings.HasPrefix(doc.Source, "序号\t工作任务\t") {
		t.Fatalf("%d tasks, source %q", len(doc.Tasks), doc.Source)
	}
	for _, task := range doc.Tasks {
		if string(src[task.Span.Start:task.Span.End]) != task.Text {
			t.Errorf("span %v does not hold %q in the normalised source", task.Span, task.Text)
		}
	}
}

// failAfter accepts n bytes, then fails every write.
type failAfter struct{ n int }

func (f *failAfter) Write(b []byte) (int, error) {
	if len(b) > f.n {
		k := f.n
		f.n = 0
		return k, errors.New("disk full")
	}
	f.n -= len(b)
	return len(b), nil
}

// The outline is streamed: a write that fails midway is the command's error.
func TestOutlineWriteError(t *testing.T) {
	_, doc := parsedSeed(t)
	var full strings.Builder
	if err := writeOutline(&full, doc); err != nil {
		t.Fatal(err)
	}
	if err := writeOutline(&failAfter{n: full.Len() / 2}, doc); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("writeOutline to a failing writer: %v", err)
	}
}
