// Command profile runs one Cypher statement under PROFILE and prints its
// plan as a tree: each operator with the rows it produced, its database
// hits and its details (index names, predicates), then the totals and the
// wall time. BENCHMARKS.md shows the plans of the network reads with it.
//
//	go run ./scripts/neo4j/profile -uri bolt://127.0.0.1:7687 \
//	  -params '{"types": ["LEADS", "SUPPORTS"]}' < query.cypher
//
// The statement is read from standard input; -params is a JSON object.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func main() {
	uri := flag.String("uri", "bolt://127.0.0.1:7687", "Bolt URI of the server (no authentication)")
	params := flag.String("params", "{}", "the statement's parameters, a JSON object")
	flag.Parse()
	query, err := io.ReadAll(os.Stdin)
	if err != nil {
		fail(err)
	}
	var args map[string]any
	if err := json.Unmarshal([]byte(*params), &args); err != nil {
		fail(fmt.Errorf("-params: %w", err))
	}
	ctx := context.Background()
	driver, err := neo4j.NewDriverWithContext(*uri, neo4j.NoAuth())
	if err != nil {
		fail(err)
	}
	defer driver.Close(ctx)
	start := time.Now()
	res, err := neo4j.ExecuteQuery(ctx, driver, "PROFILE "+string(query), args, neo4j.EagerResultTransformer)
	if err != nil {
		fail(err)
	}
	elapsed := time.Since(start)
	plan := res.Summary.Profile()
	if plan == nil {
		fail(fmt.Errorf("the server returned no profile"))
	}
	var hits int64
	printPlan(plan, 0, &hits)
	fmt.Printf("total: %d db hits, %d records, %s\n", hits, len(res.Records), elapsed.Round(time.Millisecond))
}

func printPlan(p neo4j.ProfiledPlan, depth int, hits *int64) {
	*hits += p.DbHits()
	details, _ := p.Arguments()["Details"].(string)
	fmt.Printf("%s%s  rows=%d dbhits=%d  %s\n", strings.Repeat("  ", depth), p.Operator(), p.Records(), p.DbHits(), clip(details))
	for _, c := range p.Children() {
		printPlan(c, depth+1, hits)
	}
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 110 {
		return string(r[:110]) + "…"
	}
	return s
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "profile:", err)
	os.Exit(1)
}
