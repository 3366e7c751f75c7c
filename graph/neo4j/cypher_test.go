package neo4j_test

import (
	"encoding/json"
	"strings"
	"testing"

	"govgraph/graph"
	"govgraph/graph/neo4j"
)

// forbidden are queries the console must refuse, one per form.
var forbidden = []struct {
	name, query, says string
}{
	{"create", "CREATE (n:Unit {name: 'x'})", "CREATE"},
	{"merge", "MERGE (n:Unit {key: 'x'})", "MERGE"},
	{"delete", "MATCH (n) DELETE n", "DELETE"},
	{"detach delete", "MATCH (n) DETACH DELETE n", "DETACH"},
	{"set", "MATCH (n:Unit) SET n.name = 'x'", "SET"},
	{"set without spaces", "MATCH(n)SET n.x=1", "SET"},
	{"remove", "MATCH (n:Unit) REMOVE n.name", "REMOVE"},
	{"drop", "DROP INDEX unit_name", "DROP"},
	{"load csv", "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "LOAD CSV"},
	{"foreach", "MATCH (n) FOREACH (x IN [1] | SET n.x = x)", "FOREACH"},
	{"dbms procedure", "CALL dbms.components()", "CALL dbms.components"},
	{"db.create procedure", "CALL db.createLabel('X')", "CALL db.createLabel"},
	{"db.clear procedure", "CALL db.clearQueryCaches()", "CALL db.clearQueryCaches"},
	{"quoted procedure", "CALL `dbms`.`components`()", "quoted"},
	{"apoc procedure", "CALL apoc.create.node(['X'], {})", "APOC"},
	{"apoc function", "RETURN apoc.text.join(['a'], ',')", "APOC"},
	{"apoc quoted", "RETURN `apoc.text.join`(['a'], ',')", "APOC"},
	{"grant", "GRANT ROLE admin TO alice", "GRANT"},
	{"revoke", "REVOKE ROLE admin FROM alice", "REVOKE"},
	{"deny", "DENY TRAVERSE ON GRAPH * TO reader", "DENY"},
	{"alter", "ALTER USER alice SET PASSWORD 'x'", "ALTER"},
	{"start database", "START DATABASE neo4j", "START DATABASE"},
	{"stop database", "STOP DATABASE neo4j", "STOP DATABASE"},
	{"use", "USE system MATCH (n) RETURN n", "USE"},
	{"show transactions", "SHOW TRANSACTIONS", "SHOW TRANSACTIONS"},
	{"show users", "SHOW USERS", "SHOW USERS"},
	{"terminate", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE"},
	{"lower case", "match (n) detach delete n", "DETACH"},
	{"after a comment", "MATCH (n) // read\nDELETE n", "DELETE"},
	{"after a string with a quote", `MATCH (n) WHERE n.name = 'it\'s' SET n.x = 1`, "SET"},
	{"in a subquery", "MATCH (n) CALL { WITH n CREATE (m) } RETURN n", "CREATE"},
	{"union", "MATCH (n) RETURN n UNION MATCH (m) CREATE (m)-[:R]->(m) RETURN m AS n", "CREATE"},
}

// allowed are read queries that look like writes to a careless check.
var allowed = []string{
	"MATCH (u:Unit) RETURN u.name LIMIT 1",
	"MATCH (t:Task) WHERE t.text CONTAINS 'CREATE a DELETE' RETURN t.id",
	"MATCH (t:Task) WHERE t.text CONTAINS \"SET\" RETURN t.id",
	"// CREATE nothing\nMATCH (n) RETURN count(n)",
	"/* MERGE\n DELETE */ RETURN 1",
	"MATCH (n) RETURN n.set, n.delete, {create: 1, remove: 2} AS m",
	"RETURN $set AS x",
	"MATCH (`CREATE`:Unit) RETURN `CREATE`.name",
	"MATCH (start:Unit)-[:LEADS]->(t) RETURN start.name, t.id",
	"CALL db.labels() YIELD label RETURN label",
	"CALL db.index.fulltext.queryNodes('task_text', '经济') YIELD node RETURN node.id",
	"SHOW INDEXES",
	"SHOW FULLTEXT INDEXES YIELD name",
	"MATCH p = shortestPath((a:Unit)-[*..4]-(b:Leader)) RETURN p LIMIT 1",
}

// TestCheckReadOnly needs no server.
func TestCheckReadOnly(t *testing.T) {
	for _, tt := range forbidden {
		t.Run(tt.name, func(t *testing.T) {
			err := neo4j.CheckReadOnly(tt.query)
			if code := graph.ErrorCode(err); code != graph.EFORBIDDEN {
				t.Fatalf("CheckReadOnly(%q): code %q (%v), want %q", tt.query, code, err, graph.EFORBIDDEN)
			}
			if msg := graph.ErrorMessage(err); !strings.Contains(msg, tt.says) || !strings.Contains(msg, "read-only") {
				t.Errorf("message %q does not say read-only and %q", msg, tt.says)
			}
		})
	}
	for _, q := range allowed {
		if err := neo4j.CheckReadOnly(q); err != nil {
			t.Errorf("CheckReadOnly(%q) refused a read: %v", q, err)
		}
	}
	for _, q := range []string{"", "  \n", strings.Repeat("RETURN 1 ", 2000)} {
		if code := graph.ErrorCode(neo4j.CheckReadOnly(q)); code != graph.EINVALID {
			t.Errorf("CheckReadOnly(%.20q…): code %q, want %q", q, code, graph.EINVALID)
		}
	}
}

func TestReadCypher(t *testing.T) {
	cfg := testConfig(t)
	s := openWith(t, cfg)
	ctx := t.Context()
	doc := genDoc(71, lixia, 2023, 20)
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

	t.Run("forbidden forms are refused", func(t *testing.T) {
		for _, tt := range forbidden {
			_, err := s.ReadCypher(ctx, tt.query, nil, 0)
			if code := graph.ErrorCode(err); code != graph.EFORBIDDEN {
				t.Errorf("%s: code %q (%v), want %q", tt.name, code, err, graph.EFORBIDDEN)
			}
		}
		if n := count(t, cfg, "MATCH (n) RETURN count(n)"); n != nodes {
			t.Errorf("the database has %d nodes, had %d", n, nodes)
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
