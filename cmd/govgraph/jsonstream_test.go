package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"govgraph/graph"
	"govgraph/graph/extract"
	"govgraph/graph/synth"
)

// encodeWhole is the encoding the streamed writer must reproduce byte for byte.
func encodeWhole(t testing.TB, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// parsedSeed is the seed tables and the seed document parsed with them.
func parsedSeed(tb testing.TB) (extract.Options, *graph.Document) {
	tb.Helper()
	opts, err := extract.LoadTables("../../seeds")
	if err != nil {
		tb.Fatal(err)
	}
	seed, err := extract.ParseFile(seedDoc, opts)
	if err != nil {
		tb.Fatal(err)
	}
	return opts, seed
}

// The streamed JSON of `govgraph parse` is exactly json.Encoder's output,
// on the seed, on tables and on a document of several thousand tasks (many
// chunks), with and without --source.
func TestStreamedJSON(t *testing.T) {
	opts, seed := parsedSeed(t)
	var err error
	docs := map[string]*graph.Document{"seed": seed}
	for _, name := range []string{"table.csv", "genre/html-tangxi-county.html"} {
		if docs[name], err = extract.ParseFile(filepath.Join("../../graph/extract/testdata", name), opts); err != nil {
			t.Fatal(err)
		}
	}
	large := synth.Large(synth.Fit(seed), 2<<20, 1)
	if docs["large"], err = extract.Parse("large.txt", large, opts); err != nil {
		t.Fatal(err)
	}
	// Nil and empty slices (null and []), special characters in strings.
	docs["empty"] = &graph.Document{Meta: graph.DocumentMeta{Title: `<"引号"> \ & 	tab`}, Tasks: []graph.Task{}}
	for name, doc := range docs {
		var got bytes.Buffer
		if err := writeDocumentJSON(&got, doc); err != nil {
			t.Fatal(err)
		}
		if want := encodeWhole(t, doc); !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%s: streamed JSON differs from json.Encoder's (%d vs %d bytes) at byte %d", name, got.Len(), len(want), firstDiff(got.Bytes(), want))
		}
		got.Reset()
		if err := writeDocumentJSON(&got, doc, jsonField{"source", reflectValue(doc.Source)}); err != nil {
			t.Fatal(err)
		}
		withSource := encodeWhole(t, struct {
			*graph.Document
			Source string `json:"source"`
		}{doc, doc.Source})
		if !bytes.Equal(got.Bytes(), withSource) {
			t.Errorf("%s --source: streamed JSON differs at byte %d", name, firstDiff(got.Bytes(), withSource))
		}
	}
	if len(docs["large"].Tasks) < 2000 {
		t.Errorf("the large document has only %d tasks", len(docs["large"].Tasks))
	}
}

// indentJSON finds the end of every string however its backslashes and
// quotes fall: json.Indent is the reference.
func TestIndentJSON(t *testing.T) {
	cases := []any{
		map[string]any{`a\`: `\`, `"`: `\"`, "k": []any{`\\`, `x"y\`, "", `\\"`, "中文\t", 1.5, nil, true, map[string]any{}, []any{}}},
		[]string{`end\`, `\"\"\\`, `{"[,:]}`},
		map[string][]int{"n": {1, 2, 3}, "e": {}},
	}
	// Escapes and quotes at every position of short and long strings.
	for n := 0; n < 40; n++ {
		for _, esc := range []string{`\`, `"`, `\\`, `\"`, "\n"} {
			s := strings.Repeat("x", n) + esc + strings.Repeat("中", n%5)
			cases = append(cases, []string{s, s + "]"}, map[string]string{s: s})
		}
	}
	for _, v := range cases {
		compact, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact, "", "  "); err != nil {
			t.Fatal(err)
		}
		if got := indentJSON(nil, compact, 0); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("indentJSON(%s) =\n%s\nwant\n%s", compact, got, want.Bytes())
		}
	}
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// BenchmarkParseCommandJSON is `govgraph parse` in process: parse a 10 MB
// document and write its JSON, streamed (as the command does now) and whole
// with json.Encoder (as it did before), side by side.
func BenchmarkParseCommandJSON(b *testing.B) {
	opts, err := extract.LoadTables("../../seeds")
	if err != nil {
		b.Fatal(err)
	}
	seedText, err := os.ReadFile(seedDoc)
	if err != nil {
		b.Fatal(err)
	}
	seed, err := extract.Parse("seed.txt", seedText, opts)
	if err != nil {
		b.Fatal(err)
	}
	data := synth.Large(synth.Fit(seed), 10<<20, 1)
	for _, bm := range []struct {
		name  string
		write func(io.Writer, *graph.Document) error
	}{
		{"encoder=streamed", func(w io.Writer, doc *graph.Document) error { return writeDocumentJSON(w, doc) }},
		{"encoder=whole", func(w io.Writer, doc *graph.Document) error {
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			return enc.Encode(doc)
		}},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			// CPU seconds of the process per op: on a shared machine they
			// say more than the wall time does.
			var before, after syscall.Rusage
			syscall.Getrusage(syscall.RUSAGE_SELF, &before)
			defer func() {
				syscall.Getrusage(syscall.RUSAGE_SELF, &after)
				cpu := time.Duration(after.Utime.Nano() + after.Stime.Nano() - before.Utime.Nano() - before.Stime.Nano())
				b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
			}()
			for b.Loop() {
				doc, err := extract.Parse("large.txt", data, opts)
				if err != nil {
					b.Fatal(err)
				}
				if err := bm.write(io.Discard, doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWriteJSON is the streamed JSON of the 10 MB synthetic document
// alone, the parse done once before.
func BenchmarkWriteJSON(b *testing.B) {
	opts, seed := parsedSeed(b)
	doc, err := extract.Parse("large.txt", synth.Large(synth.Fit(seed), 10<<20, 1), opts)
	if err != nil {
		b.Fatal(err)
	}
	var before, after syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &before)
	defer func() {
		syscall.Getrusage(syscall.RUSAGE_SELF, &after)
		cpu := time.Duration(after.Utime.Nano() + after.Stime.Nano() - before.Utime.Nano() - before.Stime.Nano())
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	}()
	b.ReportAllocs()
	for b.Loop() {
		if err := writeDocumentJSON(io.Discard, doc); err != nil {
			b.Fatal(err)
		}
	}
}
