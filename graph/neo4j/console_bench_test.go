package neo4j_test

import (
	"context"
	"encoding/json"
	"testing"
)

// BenchmarkConsoleLargeAnswer runs the red team's large console answer
// (1,000 rows of 50,000 numbers, 289 MB of JSON uncapped) and reports the
// JSON returned and the bytes allocated per query.
//
//	NEO4J_URI=bolt://127.0.0.1:7687 go test -run '^$' -bench ConsoleLargeAnswer -benchtime 5x -count 5 ./graph/neo4j/
func BenchmarkConsoleLargeAnswer(b *testing.B) {
	s := open(b)
	ctx := context.Background()
	b.ReportAllocs()
	answer := 0
	for range b.N {
		res, err := s.ReadCypher(ctx, "UNWIND range(1, 1000) AS i RETURN range(1, 50000) AS xs", nil, 0)
		if err != nil {
			b.Fatal(err)
		}
		data, err := json.Marshal(res)
		if err != nil {
			b.Fatal(err)
		}
		answer = len(data)
	}
	b.ReportMetric(float64(answer)/(1<<20), "answer-MB")
}
