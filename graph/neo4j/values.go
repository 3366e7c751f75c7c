package neo4j

import (
	"encoding/json"
	"fmt"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"govgraph/graph"
)

// Helpers that read the plain values Cypher returns (string, int64, bool,
// float64, []any, map[string]any, nil).

func str(v any) string {
	s, _ := v.(string)
	return s
}

func integer(v any) int {
	n, _ := v.(int64)
	return int(n)
}

func boolean(v any) bool {
	b, _ := v.(bool)
	return b
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}

func dict(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func stringList(v any) []string {
	l := list(v)
	out := make([]string, len(l))
	for i, x := range l {
		out[i] = str(x)
	}
	return out
}

// taskProjection is the Cypher map a task record is read from.
const taskProjection = `t {.json, .document, .jurisdiction, .sectionTitle}`

// taskRecord decodes a taskProjection map.
func taskRecord(v any) (graph.TaskRecord, error) {
	m := dict(v)
	var r graph.TaskRecord
	if err := json.Unmarshal([]byte(str(m["json"])), &r.Task); err != nil {
		return r, fmt.Errorf("task of document %s: %w", str(m["document"]), err)
	}
	r.Document = str(m["document"])
	r.Jurisdiction = str(m["jurisdiction"])
	r.SectionTitle = str(m["sectionTitle"])
	return r, nil
}

// taskRecords decodes a list of taskProjection maps in canonical order.
func taskRecords(v any) ([]graph.TaskRecord, error) {
	l := list(v)
	out := make([]graph.TaskRecord, 0, len(l))
	for _, x := range l {
		r, err := taskRecord(x)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	graph.SortTaskRecords(out)
	return out, nil
}

// taskList decodes records whose first value is a taskProjection map, in
// task order.
func taskList(recs []*neo4jdrv.Record) ([]graph.TaskRecord, error) {
	out := make([]graph.TaskRecord, 0, len(recs))
	for _, r := range recs {
		t, err := taskRecord(r.Values[0])
		if err != nil {
			return nil, &graph.Error{Code: graph.EINTERNAL, Message: "a stored task is unreadable", Err: err}
		}
		out = append(out, t)
	}
	graph.SortTaskRecords(out)
	return out, nil
}

// unitProps decodes a unit's stored JSON.
func unitProps(v any) (graph.Unit, error) {
	var u graph.Unit
	err := json.Unmarshal([]byte(str(v)), &u)
	return u, err
}
