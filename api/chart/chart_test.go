package chart_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"govgraph/api/chart"
	"govgraph/graph"
	"govgraph/graph/analytics"
	"govgraph/graph/embedded"
	"govgraph/graph/extract"
)

// seedStore is a fresh embedded store holding the seed document, parsed
// with the seed tables as govgraph serve loads it.
func seedStore(tb testing.TB) (*embedded.Store, *graph.Document) {
	tb.Helper()
	const name = "2023-jinan-lixia-government-work-report-tasks.txt"
	seeds := filepath.Join("..", "..", "seeds")
	data, err := os.ReadFile(filepath.Join(seeds, "documents", name))
	if err != nil {
		tb.Fatal(err)
	}
	opts, err := extract.LoadTables(seeds)
	if err != nil {
		tb.Fatalf("load seed tables: %v", err)
	}
	doc, err := extract.Parse(name, data, opts)
	if err != nil {
		tb.Fatalf("parse seed: %v", err)
	}
	store, err := embedded.Open(tb.TempDir())
	if err != nil {
		tb.Fatalf("open embedded store: %v", err)
	}
	tb.Cleanup(func() { store.Close() })
	if _, err := store.Import(context.Background(), doc); err != nil {
		tb.Fatalf("import seed: %v", err)
	}
	return store, doc
}

func seedNetwork(tb testing.TB, store graph.Store) *graph.UnitNetwork {
	tb.Helper()
	net, err := store.UnitNetwork(context.Background(), graph.NetworkFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	return net
}

func records(doc *graph.Document) []graph.TaskRecord {
	out := make([]graph.TaskRecord, len(doc.Tasks))
	for i, t := range doc.Tasks {
		out[i] = graph.TaskRecord{Task: t, Document: doc.Meta.ID, Jurisdiction: doc.Meta.Jurisdiction}
	}
	return out
}

func communities(tb testing.TB, net *graph.UnitNetwork) map[string]int {
	tb.Helper()
	rep, err := analytics.Units(net, nil, analytics.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string]int{}
	for _, u := range rep.Units {
		out[u.ID] = u.Community
	}
	return out
}

// decoded is an option as the browser receives it, after the checks every
// option passes: one compact JSON object, no JavaScript in it, document
// text unescaped, tooltips confined and drawn as rich text (no HTML), an
// animation threshold.
func decoded(tb testing.TB, o chart.Option) map[string]any {
	tb.Helper()
	var compact bytes.Buffer
	if err := json.Compact(&compact, o); err != nil {
		tb.Fatalf("option is not JSON: %v", err)
	}
	if !bytes.Equal(compact.Bytes(), o) {
		tb.Error("option is not compact JSON")
	}
	if bytes.Contains(o, []byte("function")) || bytes.Contains(o, []byte("__f__")) {
		tb.Fatalf("option carries JavaScript: %s", o)
	}
	if bytes.Contains(o, []byte(`\u003c`)) || bytes.Contains(o, []byte(`\u0026`)) {
		tb.Error("option escapes HTML characters of document text")
	}
	var m map[string]any
	if err := json.Unmarshal(o, &m); err != nil {
		tb.Fatal(err)
	}
	tip, _ := m["tooltip"].(map[string]any)
	if tip["confine"] != true || tip["renderMode"] != "richText" {
		tb.Errorf("tooltip %v is not confined rich text", tip)
	}
	if _, ok := m["animationThreshold"].(float64); !ok {
		tb.Error("option sets no animationThreshold")
	}
	return m
}

// series returns the option's i-th series after checking its type.
func series(tb testing.TB, o map[string]any, i int, typ string) map[string]any {
	tb.Helper()
	list, _ := o["series"].([]any)
	if len(list) <= i {
		tb.Fatalf("option has %d series, want at least %d", len(list), i+1)
	}
	s := list[i].(map[string]any)
	if s["type"] != typ {
		tb.Fatalf("series %d has type %v, want %s", i, s["type"], typ)
	}
	return s
}

func list(v any) []any { l, _ := v.([]any); return l }

func object(v any) map[string]any { m, _ := v.(map[string]any); return m }

func titleOf(o map[string]any) string {
	s, _ := object(o["title"])["text"].(string)
	return s
}

// noLegend checks that a single-series chart has no legend: an empty one
// would list the series.
func noLegend(tb testing.TB, o map[string]any) {
	tb.Helper()
	if l, ok := o["legend"]; ok {
		tb.Errorf("option has legend %v", l)
	}
}
