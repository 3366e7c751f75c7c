package neo4j_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/db"

	"govgraph/graph"
	"govgraph/graph/neo4j"
	"govgraph/graph/storetest"
)

// forbidden are queries the console must refuse, one per form, with what
// the refusal names. The database plans them; nothing runs.
var forbidden = []struct {
	name, query, says string
}{
	{"create", "CREATE (n:Unit {name: 'x'})", "Create"},
	{"merge", "MERGE (n:Unit {key: 'x'})", "Merge"},
	{"delete", "MATCH (n) DELETE n", "Delete"},
	{"detach delete", "MATCH (n) DETACH DELETE n", "DetachDelete"},
	{"set", "MATCH (n:Unit) SET n.name = 'x'", "SetProperty"},
	{"set without spaces", "MATCH(n)SET n.x=1", "SetProperty"},
	{"remove", "MATCH (n:Unit) REMOVE n.name", "SetProperty"},
	{"drop", "DROP INDEX unit_name", "DropIndex"},
	{"load csv", "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "LoadCSV"},
	{"load csv in the left branch of an Apply", "CALL { LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row } MATCH (n) RETURN row, n", "LoadCSV"},
	{"foreach", "MATCH (n) FOREACH (x IN [1] | SET n.x = x)", "Foreach"},
	{"in transactions", "CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN n", "TransactionApply"},
	{"dbms procedure", "CALL dbms.components()", "CALL dbms.components"},
	{"dbms procedure, space before the dot", "CALL dbms .listConfig()", "CALL dbms.listConfig"},
	{"dbms procedure, comment before the dot", "CALL dbms/**/.listConfig()", "CALL dbms.listConfig"},
	{"dbms procedure, spaces around the dot", "CALL dbms . listConnections()", "CALL dbms.listConnections"},
	{"kill connections", "CALL dbms . killConnections($ids)", "CALL dbms.killConnections"},
	{"clear query caches, spaced", "CALL db . clearQueryCaches()", "CALL db.clearQueryCaches"},
	{"db.create procedure", "CALL db.createLabel('X')", "CALL db.createLabel"},
	{"quoted procedure", "CALL `dbms`.`components`()", "CALL dbms.components"},
	{"read procedure outside the list", "CALL db.ping()", "CALL db.ping"},
	{"procedure in a subquery branch", "MATCH (a) WITH a LIMIT 1 CALL { CALL dbms.listConfig() YIELD name RETURN name } RETURN a, name", "CALL dbms.listConfig"},
	{"show settings", "SHOW SETTINGS $x", "ShowSettings"},
	{"show settings yield", "SHOW SETTINGS YIELD name RETURN name", "ShowSettings"},
	{"show transactions", "SHOW TRANSACTIONS $x", "ShowTransactions"},
	{"show transactions plain", "SHOW TRANSACTIONS", "ShowTransactions"},
	{"show database", "SHOW DATABASE $x", "AdministrationCommand"},
	{"show users", "SHOW USERS", "AdministrationCommand"},
	{"alter", "ALTER USER alice SET PASSWORD 'x'", "AdministrationCommand"},
	{"terminate", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TerminateTransactions"},
	{"lower case", "match (n) detach delete n", "DetachDelete"},
	{"after a comment", "MATCH (n) // read\nDELETE n", "Delete"},
	{"in a subquery", "MATCH (n) CALL { WITH n CREATE (m) } RETURN n", "SubqueryForeach"},
	{"union", "MATCH (n) RETURN n UNION MATCH (m) CREATE (m)-[:R]->(m) RETURN m AS n", "Create"},
	{"explain of a write", "EXPLAIN CREATE (n)", "Create"},
}

// refusedAsErrors do not plan (the database says why): they are refused
// as the user's errors, and never run.
var refusedAsErrors = []string{
	"GRANT ROLE admin TO alice", // Community: unsupported administration command
	"START DATABASE neo4j",
	"STOP DATABASE neo4j",
	"USE system SHOW USERS",
	"USE system MATCH (n) RETURN n",
	"PROFILE MATCH (n) RETURN n",
	"CALL apoc.util.sleep(1)",
	"RETURN apoc.text.join(['a'], ',')",
	"CALL apoc.load.json('file:///etc/passwd')",
	"MATCH (n) WITH n LIMIT 1 CALL { SHOW SETTINGS YIELD name RETURN name } RETURN n, name",
}

// allowed are read queries, some of which look like writes to a careless
// check.
var allowed = []string{
	"MATCH (u:Unit) RETURN u.name LIMIT 1",
	"MATCH (t:Task) WHERE t.text CONTAINS 'CREATE a DELETE' RETURN t.id",
	"MATCH (t:Task) WHERE t.text CONTAINS \"SET\" RETURN t.id",
	"// CREATE nothing\nMATCH (n) RETURN count(n)",
	"/* MERGE\n DELETE */ RETURN 1",
	"MATCH (n) RETURN n.set, n.delete, {create: 1, remove: 2} AS m",
	"MATCH (`CREATE`:Unit) RETURN `CREATE`.name",
	"MATCH (start:Unit)-[:LEADS]->(t) RETURN start.name, t.id",
	"CALL db.labels() YIELD label RETURN label",
	"CALL db.relationshipTypes()",
	"CALL db . propertyKeys()",
	"CALL db.schema.visualization()",
	"CALL db.index.fulltext.queryNodes('task_text', '经济') YIELD node RETURN node.id",
	"SHOW INDEXES",
	"SHOW FULLTEXT INDEXES YIELD name",
	"SHOW CONSTRAINTS",
	"MATCH p = shortestPath((a:Unit)-[*..4]-(b:Leader)) RETURN p LIMIT 1",
	"MATCH (a:Unit), (b:Leader) RETURN a.name, b.name LIMIT 1",
	"MATCH (a)-[r]->(b) WITH a, count(r) AS c WHERE c > 1 OPTIONAL MATCH (a)--(x) RETURN DISTINCT a.name, collect(x.name) SKIP 1",
	"MATCH (n) WHERE exists { (n)-->() } RETURN n.name UNION MATCH (m:Leader) RETURN m.name AS `n.name`",
	"UNWIND range(1, 10) AS i RETURN i ORDER BY i DESC LIMIT 3",
	"CYPHER runtime=slotted MATCH (n) RETURN count(n)",
}

// TestCheckPlan needs no server: it walks plans as the database writes
// them, down every branch.
func TestCheckPlan(t *testing.T) {
	leaf := func(op string) db.Plan { return db.Plan{Operator: op + "@neo4j"} }
	node := func(op string, children ...db.Plan) db.Plan {
		return db.Plan{Operator: op + "@neo4j", Children: children}
	}
	call := func(name string) db.Plan {
		return db.Plan{Operator: "ProcedureCall@neo4j", Arguments: map[string]any{"Details": name + "() :: (x :: STRING)"}}
	}
	for _, tt := range []struct {
		name string
		plan db.Plan
		says string // "" when allowed
	}{
		{"read", node("ProduceResults", node("Filter", leaf("NodeByLabelScan"))), ""},
		{"both branches read", node("ProduceResults", node("CartesianProduct", leaf("AllNodesScan"), leaf("NodeByLabelScan"))), ""},
		{"allowed procedure", node("ProduceResults", call("db.labels")), ""},
		{"write in the first branch", node("ProduceResults", node("Apply", leaf("LoadCSV"), leaf("AllNodesScan"))), "LoadCSV"},
		{"procedure outside the list", node("ProduceResults", node("CartesianProduct", call("dbms.listConfig"), leaf("Argument"))), "CALL dbms.listConfig"},
		{"administration", leaf("AdministrationCommand"), "AdministrationCommand"},
		{"unknown operator", node("ProduceResults", leaf("SomethingNew")), "SomethingNew"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := neo4j.CheckPlan(&tt.plan)
			if tt.says == "" {
				if err != nil {
					t.Fatalf("refused a read plan: %v", err)
				}
				return
			}
			if graph.ErrorCode(err) != graph.EFORBIDDEN || !strings.Contains(graph.ErrorMessage(err), tt.says) {
				t.Fatalf("CheckPlan: %v, want forbidden naming %q", err, tt.says)
			}
		})
	}
}

func TestReadCypher(t *testing.T) {
	cfg := testConfig(t)
	s := openWith(t, cfg)
	ctx := t.Context()
	doc := storetest.Generate(71, lixia, 2023, 20)
	if _, err := s.Import(ctx, doc); err != nil {
		t.Fatal(err)
	}
	nodes := count(t, cfg, "MATCH (n) RETURN count(n)")

	t.Run("read", func(t *testing.T) {
		res, err := s.ReadCypher(ctx, "MATCH (d:Document {id: $id}) RETURN d.title AS title, d.year AS year", map[string]any{"id": doc.Meta.ID}, 0)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(res.Columns, ",") != "title,year" || len(res.Rows) != 1 || res.Truncated {
			t.Fatalf("result %+v", res)
		}
		if res.Rows[0][0] != doc.Meta.Title || res.Rows[0][1] != int64(doc.Meta.Year) {
			t.Errorf("row %v, want [%s %d]", res.Rows[0], doc.Meta.Title, doc.Meta.Year)
		}
	})

	t.Run("graph and temporal values become JSON", func(t *testing.T) {
		res, err := s.ReadCypher(ctx, `MATCH p = (u:Unit)-[r:LEADS]->(t:Task {id: $id})
RETURN u, r, p, date('2023-02-01') AS day, datetime('2023-02-01T08:30:00Z') AS at, duration('P1D') AS span,
       point({x: 1, y: 2}) AS pt, [1, 2.5, 'x', null] AS mixed LIMIT 1`, map[string]any{"id": doc.Tasks[0].ID}, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Rows) != 1 {
			t.Fatalf("%d rows", len(res.Rows))
		}
		data, err := json.Marshal(res)
		if err != nil {
			t.Fatalf("the result does not encode as JSON: %v", err)
		}
		var back struct {
			Rows [][]any `json:"rows"`
		}
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatal(err)
		}
		row := back.Rows[0]
		unit := row[0].(map[string]any)
		if labels := unit["labels"].([]any); labels[0] != "Unit" || unit["elementId"] == "" {
			t.Errorf("node %v", unit)
		}
		if props := unit["properties"].(map[string]any); props["name"] != doc.Tasks[0].LeadUnits[0] && props["name"] != doc.Tasks[0].LeadUnits[len(doc.Tasks[0].LeadUnits)-1] {
			t.Errorf("node properties %v do not name a lead unit of %v", props, doc.Tasks[0].LeadUnits)
		}
		if rel := row[1].(map[string]any); rel["type"] != "LEADS" || rel["start"] != unit["elementId"] {
			t.Errorf("relationship %v", rel)
		}
		if path := row[2].(map[string]any); len(path["nodes"].([]any)) != 2 || len(path["relationships"].([]any)) != 1 {
			t.Errorf("path %v", path)
		}
		for i, want := range []string{"2023-02-01", "2023-02-01T08:30:00Z", "P0M1DT0S"} {
			if got := row[3+i]; got != want {
				t.Errorf("column %s = %v, want %q", res.Columns[3+i], got, want)
			}
		}
		if pt := row[6].(map[string]any); pt["x"] != 1.0 || pt["y"] != 2.0 {
			t.Errorf("point %v", pt)
		}
	})

	t.Run("row cap", func(t *testing.T) {
		for _, tt := range []struct {
			rows, max int
			truncated bool
		}{{10, 3, true}, {10, 10, false}, {10, 0, false}, {1500, 0, true}} {
			res, err := s.ReadCypher(ctx, "UNWIND range(1, $n) AS x RETURN x", map[string]any{"n": tt.rows}, tt.max)
			if err != nil {
				t.Fatal(err)
			}
			want := tt.rows
			if tt.truncated {
				want = max(tt.max, 0)
				if tt.max == 0 {
					want = neo4j.DefaultMaxRows
				}
			}
			if len(res.Rows) != want || res.Truncated != tt.truncated {
				t.Errorf("%d rows with limit %d: got %d rows, truncated %v", tt.rows, tt.max, len(res.Rows), res.Truncated)
			}
		}
		if _, err := s.ReadCypher(ctx, "RETURN 1", nil, -1); graph.ErrorCode(err) != graph.EINVALID {
			t.Errorf("negative row limit: %v", err)
		}
	})

	t.Run("forbidden forms are refused from the plan", func(t *testing.T) {
		for _, tt := range forbidden {
			_, err := s.ReadCypher(ctx, tt.query, map[string]any{"x": "a", "ids": []string{"bolt-1"}}, 0)
			msg := graph.ErrorMessage(err)
			if code := graph.ErrorCode(err); code != graph.EFORBIDDEN || !strings.Contains(msg, "read-only") || !strings.Contains(msg, tt.says) {
				t.Errorf("%s: %q: code %q (%v), want %q saying read-only and %q", tt.name, tt.query, code, err, graph.EFORBIDDEN, tt.says)
			}
		}
		for _, q := range refusedAsErrors {
			if _, err := s.ReadCypher(ctx, q, nil, 0); graph.ErrorCode(err) != graph.EINVALID {
				t.Errorf("%q: %v, want the database's own error (invalid)", q, err)
			}
		}
		if n := count(t, cfg, "MATCH (n) RETURN count(n)"); n != nodes {
			t.Errorf("the database has %d nodes, had %d", n, nodes)
		}
	})

	t.Run("EXPLAIN returns the plan and no rows", func(t *testing.T) {
		res, err := s.ReadCypher(ctx, "explain MATCH (u:Unit)-[:LEADS]->(t:Task) WHERE u.name = $name RETURN u.name, count(t) AS tasks ORDER BY tasks DESC", map[string]any{"name": "x"}, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Rows) != 0 || res.Plan == nil {
			t.Fatalf("rows %v, plan %v", res.Rows, res.Plan)
		}
		if res.Plan.Operator != "ProduceResults" || len(res.Plan.Children) == 0 {
			t.Errorf("root operator %q with %d children, want ProduceResults over the rest", res.Plan.Operator, len(res.Plan.Children))
		}
		var ops []string
		var walk func(p graph.CypherPlan)
		walk = func(p graph.CypherPlan) {
			ops = append(ops, p.Operator)
			for _, c := range p.Children {
				walk(c)
			}
		}
		walk(*res.Plan)
		if !slices.Contains(ops, "Sort") && !slices.Contains(ops, "Top") {
			t.Errorf("operators %v: no Sort or Top for ORDER BY", ops)
		}
		if plain, err := s.ReadCypher(ctx, "RETURN 1 AS one", nil, 0); err != nil || plain.Plan != nil {
			t.Errorf("a query run (not explained) has plan %v (err %v)", plain.Plan, err)
		}
	})

	t.Run("reads are allowed", func(t *testing.T) {
		for _, q := range allowed {
			if _, err := s.ReadCypher(ctx, q, nil, 0); err != nil {
				t.Errorf("%q was refused: %v", q, err)
			}
		}
	})

	t.Run("byte cap", func(t *testing.T) {
		// 1,000 rows of 50,000 numbers: about 290 MB of JSON uncapped.
		res, err := s.ReadCypher(ctx, "UNWIND range(1, 1000) AS i RETURN range(1, 50000) AS xs", nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		data, _ := json.Marshal(res.Rows)
		if !res.Truncated || len(res.Rows) == 0 || len(data) > graph.MaxCypherBytes {
			t.Errorf("%d rows, %d bytes, truncated %v: want fewer than %d bytes and truncated", len(res.Rows), len(data), res.Truncated, graph.MaxCypherBytes)
		}
		_, err = s.ReadCypher(ctx, "RETURN [i IN range(1, 120000) | $s] AS xs", map[string]any{"s": strings.Repeat("x", 100)}, 0)
		if graph.ErrorCode(err) != graph.ETOOLARGE || !strings.Contains(graph.ErrorMessage(err), "10 MB") {
			t.Errorf("one row over the cap: %v, want too_large naming the limit", err)
		}
	})

	t.Run("the read transaction refuses writes the check misses", func(t *testing.T) {
		for _, q := range []string{"CREATE (n:Intruder)", "MATCH (u:Unit) SET u.name = 'x'", "MATCH (n) DETACH DELETE n"} {
			_, err := s.ReadCypherUnchecked(ctx, q, nil, 0)
			if code := graph.ErrorCode(err); code != graph.EFORBIDDEN {
				t.Errorf("%s: code %q (%v), want %q", q, code, err, graph.EFORBIDDEN)
			}
		}
		if n := count(t, cfg, "MATCH (n) RETURN count(n)"); n != nodes {
			t.Errorf("the database has %d nodes, had %d", n, nodes)
		}
	})

	t.Run("errors in the query are the user's", func(t *testing.T) {
		for _, tt := range []struct{ query, says string }{
			{"MATCH (n RETURN n", "Invalid input"},
			{"RETURN $missing", "missing"},
			{"RETURN 1 / 0", "/ by zero"},
			{"MATCH (n RETURN n", `(line 1, column 10 (offset: 9))
"MATCH (n RETURN n"
          ^`},
			{"RETURN 1\nMATCH (n RETURN n", "(line 2, column 10 (offset: 18))"},
		} {
			_, err := s.ReadCypher(ctx, tt.query, nil, 0)
			if code := graph.ErrorCode(err); code != graph.EINVALID {
				t.Errorf("%s: code %q (%v), want %q", tt.query, code, err, graph.EINVALID)
			}
			if msg := graph.ErrorMessage(err); !strings.Contains(msg, tt.says) {
				t.Errorf("%s: message %q does not say %q", tt.query, msg, tt.says)
			}
		}
	})
}
