package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"math"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"govgraph/graph"
	"govgraph/graph/extract"
)

// encodeWholeErr is encodeWhole that returns the encoder's error.
func encodeWholeErr(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	err := enc.Encode(v)
	return buf.Bytes(), err
}

// checkSameJSON fails unless the streamed writer (with the hand-written
// element encoders) writes exactly json.Encoder's bytes for doc, or both fail.
func checkSameJSON(t *testing.T, name string, doc *graph.Document) {
	t.Helper()
	want, wantErr := encodeWholeErr(doc)
	var got bytes.Buffer
	gotErr := writeDocumentJSON(&got, doc)
	switch {
	case wantErr != nil || gotErr != nil:
		if (wantErr == nil) != (gotErr == nil) {
			t.Errorf("%s: json.Encoder's error %v, the streamed writer's %v", name, wantErr, gotErr)
		}
	case !bytes.Equal(got.Bytes(), want):
		i := firstDiff(got.Bytes(), want)
		t.Errorf("%s: streamed JSON differs from json.Encoder's (%d vs %d bytes) at byte %d:\n got %q\nwant %q",
			name, got.Len(), len(want), i, clip(got.Bytes(), i), clip(want, i))
	}
}

func clip(b []byte, i int) []byte { return b[max(0, i-40):min(len(b), i+40)] }

// Every fixture document the parser reads (testdata of graph/extract and the
// seeds) gives the same JSON through the hand-written encoders as through
// encoding/json.
func TestFastJSONFixtures(t *testing.T) {
	opts, err := extract.LoadTables("../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	parsed := 0
	for _, root := range []string{"../../graph/extract/testdata", "../../seeds/documents"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || strings.Contains(path, "/fuzz/") {
				return err
			}
			doc, err := extract.ParseFile(path, opts)
			if err != nil {
				return nil // not a document the parser reads (expected outputs, scripts)
			}
			parsed++
			checkSameJSON(t, path, doc)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if parsed < 300 {
		t.Errorf("only %d fixture documents parsed", parsed)
	}
}

// Strings that exercise every escape of encoding/json: quotes, backslashes,
// controls, the HTML characters (not escaped here), U+2028/9, invalid and
// truncated UTF-8, overlong forms, surrogates, four-byte runes.
var jsonPieces = []string{
	"", "a", "中文", "牵头单位：区发改局", `"`, `\`, `\\"`, "\n", "\r", "\t", "\b", "\f", "\x00", "\x01", "\x1f",
	"\x7f", "<", ">", "&", "\u2028", "\u2029", "\u2027", "\u202a", "\xe2\x80", "\xe2", "\xff", "\xc0\xaf",
	"\xe0\x80\x80", "\xe0\xa0\x80", "\xed\xa0\x80", "\xed\x9f\xbf", "\xef\xbf\xbd", "\xef\xbf\xbf",
	"\xf0\x9f\x98\x80", "\xf4\x90\x80\x80", "é", " ", "/", "{}[],:",
}

func randString(r *rand.Rand) string {
	var b strings.Builder
	for range r.IntN(6) {
		if r.IntN(8) == 0 { // a random byte
			b.WriteByte(byte(r.IntN(256)))
			continue
		}
		b.WriteString(jsonPieces[r.IntN(len(jsonPieces))])
	}
	return b.String()
}

var jsonFloats = []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 6, 3.14, 1e-6, 1e-7, 9.99e-7, 1.5e-10, 1e20,
	1e21, 1e22, 123456789012345678901234.0, 5e-324, math.MaxFloat64, -1e-7, -1e21, 1e100, 1e-100, 0.1 + 0.2}

// fillRandom sets every exported field of v (a settable value) at random:
// strings from jsonPieces, nil, empty and full slices, nil and set
// pointers, ints of every size and floats at encoding/json's format
// boundaries. A field added to a graph type is thus filled too, and the
// comparison fails until the hand-written encoder writes it.
func fillRandom(r *rand.Rand, v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(randString(r))
	case reflect.Int, reflect.Int64, reflect.Int32:
		switch r.IntN(4) {
		case 0:
			v.SetInt(0)
		case 1:
			v.SetInt(-1)
		case 2:
			v.SetInt(int64(r.IntN(1000)))
		default:
			v.SetInt(r.Int64() - r.Int64())
		}
	case reflect.Float64:
		if r.IntN(3) == 0 {
			v.SetFloat(r.NormFloat64() * math.Pow(10, float64(r.IntN(60)-30)))
		} else {
			v.SetFloat(jsonFloats[r.IntN(len(jsonFloats))])
		}
	case reflect.Bool:
		v.SetBool(r.IntN(2) == 0)
	case reflect.Slice:
		switch k := r.IntN(4); {
		case k == 0 || depth > 3:
			v.SetZero()
		case k == 1:
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		default:
			n := 1 + r.IntN(3)
			if depth == 0 {
				n = r.IntN(600) // chunks of 256 elements
			}
			s := reflect.MakeSlice(v.Type(), n, n)
			for i := range n {
				fillRandom(r, s.Index(i), depth+1)
			}
			v.Set(s)
		}
	case reflect.Pointer:
		if r.IntN(3) == 0 {
			v.SetZero()
			return
		}
		p := reflect.New(v.Type().Elem())
		fillRandom(r, p.Elem(), depth+1)
		v.Set(p)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fillRandom(r, v.Field(i), depth)
			}
		}
	default:
		panic("fillRandom: no rule for " + v.Type().String())
	}
}

// Random documents, every field of every type filled (so a field added to
// graph.Task or its kin and not to the hand-written encoder fails here).
func TestFastJSONRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 2026))
	for i := range 300 {
		var doc graph.Document
		fillRandom(r, reflect.ValueOf(&doc).Elem(), 0)
		doc.Tasks = doc.Tasks[:min(len(doc.Tasks), 40)] // keep each round small but for one in ten
		if i%10 == 0 {
			fillRandom(r, reflect.ValueOf(&doc.Tasks).Elem(), 0)
		}
		checkSameJSON(t, "random", &doc)
		if t.Failed() {
			return
		}
	}
}

// NaN and infinite targets: encoding/json refuses them, and so does the
// streamed writer (through its fallback), whatever chunk they stand in.
func TestFastJSONUnsupported(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		tasks := make([]graph.Task, 300)
		tasks[290].Targets = []graph.Target{{Value: 1}, {Value: 2, Max: f}}
		doc := &graph.Document{Tasks: tasks}
		if err := writeDocumentJSON(&bytes.Buffer{}, doc); err == nil {
			t.Errorf("max %v: no error", f)
		}
		checkSameJSON(t, "unsupported", doc)
	}
}

// appendString and appendFloat against encoding/json for one value each.
func TestFastJSONScalars(t *testing.T) {
	for _, s := range append(jsonPieces, strings.Repeat("中\u2028\xff", 100), "x\xe2\x80\xa8", "\xe2\x80\xa9") {
		want, _ := encodeWholeErr(s)
		if got := appendString(nil, s); string(got) != strings.TrimSuffix(string(want), "\n") {
			t.Errorf("appendString(%q) = %s, want %s", s, got, want)
		}
	}
	for _, f := range jsonFloats {
		want, _ := encodeWholeErr(f)
		if got, _ := appendFloat(nil, f); string(got) != strings.TrimSuffix(string(want), "\n") {
			t.Errorf("appendFloat(%v) = %s, want %s", f, got, want)
		}
	}
}

// FuzzFastJSON compares the two encoders' bytes on documents built from the
// fuzzer's strings, ints and floats (every element type, a task's optional
// fields present or not).
func FuzzFastJSON(f *testing.F) {
	f.Add("区发改局", "牵头\u2028", "\xff\"\\\n", 3, -1, 1e-7, 6.5, uint8(0xff))
	f.Add("", "", "", 0, 0, 0.0, 0.0, uint8(0))
	f.Add("<&>", "\x00\x1f", "\xed\xa0\x80", 1<<40, 7, 1e21, -0.0, uint8(0x55))
	f.Fuzz(func(t *testing.T, a, b, c string, n, m int, x, y float64, flags uint8) {
		bit := func(i uint) bool { return flags&(1<<i) != 0 }
		list := func(on bool, s ...string) []string {
			if !on {
				return nil
			}
			return s
		}
		task := graph.Task{ID: a, Index: n, Section: m, Theme: b, ThemeIndex: -m, Text: a + c + b,
			Span: graph.Span{Start: n, End: m}, Annotation: graph.Span{Start: m, End: n}, Line: n ^ m,
			Leaders: list(bit(0), a), LeadUnits: list(bit(1), b, c), Units: list(bit(2)), Deadline: c,
			Projects: list(bit(3), c, a, b), Notes: list(bit(4), b), Measures: list(bit(5), a, c)}
		if bit(6) {
			task.Targets = []graph.Target{{Metric: a, Value: x, Max: y, Unit: b, Qualifier: c, Text: c},
				{Metric: c, Value: y, Max: x}}
		} else if bit(7) {
			task.Targets = []graph.Target{}
		}
		tasks := make([]graph.Task, 1+int(flags)%3*150) // up to two chunk borders
		for i := range tasks {
			tasks[i] = task
		}
		doc := &graph.Document{
			Meta:        graph.DocumentMeta{ID: a, Title: b, Year: n, Number: c},
			Sections:    []graph.Section{{Index: n, Title: a, Kind: b, Span: graph.Span{Start: m}, Heading: graph.Span{End: n}}},
			Themes:      []graph.Theme{{Index: m, Section: n, Title: c, Span: graph.Span{Start: n, End: m}}},
			Tasks:       tasks,
			Leaders:     []graph.Leader{{Name: a, Title: b, Placeholder: bit(0)}, {Name: c}},
			Units:       []graph.Unit{{Name: b, Kind: c, Collective: bit(1), Aliases: list(bit(2), a, c)}},
			Projects:    []graph.Project{{Name: c, Tasks: []int{n, m}}, {Name: a}, {Tasks: []int{}}},
			Narrative:   []graph.Span{{Start: n, End: m}},
			Diagnostics: []graph.Diagnostic{{Line: n, Column: m, Severity: a, Code: b, Message: c}},
		}
		checkSameJSON(t, "fuzz", doc)
	})
}
