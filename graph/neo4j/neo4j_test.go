package neo4j_test

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"govgraph/graph"
	"govgraph/graph/neo4j"
	"govgraph/graph/storetest"
)

const lixia = "济南市历下区"

// TestOpenErrors needs no server: Open must say which server it could not
// reach, without the credentials.
func TestOpenErrors(t *testing.T) {
	tests := []struct {
		name string
		cfg  neo4j.Config
		code string
		msg  string
	}{
		{"unreachable", neo4j.Config{URI: "bolt://127.0.0.1:1"}, graph.EUNAVAILABLE, "cannot reach Neo4j at bolt://127.0.0.1:1"},
		{"unreachable, credentials hidden", neo4j.Config{URI: "bolt://alice:s3cret@127.0.0.1:1", User: "bob", Password: "s3cret"},
			graph.EUNAVAILABLE, "cannot reach Neo4j at bolt://127.0.0.1:1"},
		{"unreachable routing", neo4j.Config{URI: "neo4j://127.0.0.1:1"}, graph.EUNAVAILABLE, "cannot reach Neo4j at neo4j://127.0.0.1:1"},
		{"no URI", neo4j.Config{}, graph.EINVALID, "no Neo4j URI"},
		{"unknown scheme", neo4j.Config{URI: "http://alice:s3cret@127.0.0.1:7474"}, graph.EINVALID, "http://127.0.0.1:7474 is not a valid Neo4j URI"},
		{"negative timeout", neo4j.Config{URI: "bolt://127.0.0.1:1", QueryTimeout: -time.Second}, graph.EINVALID, "timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			s, err := neo4j.Open(ctx, tt.cfg)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			if code := graph.ErrorCode(err); code != tt.code {
				t.Errorf("code %q (%v), want %q", code, err, tt.code)
			}
			if msg := graph.ErrorMessage(err); !strings.Contains(msg, tt.msg) {
				t.Errorf("message %q does not say %q", msg, tt.msg)
			}
			if strings.Contains(err.Error(), "s3cret") {
				t.Errorf("the error shows the password: %v", err)
			}
		})
	}
}

// schemaState lists the constraints and indexes with their state.
func schemaState(tb testing.TB, cfg neo4j.Config) (constraints, indexes []string) {
	tb.Helper()
	for _, r := range admin(tb, cfg, "SHOW CONSTRAINTS YIELD name, type RETURN name + ' ' + type ORDER BY name") {
		constraints = append(constraints, r.Values[0].(string))
	}
	for _, r := range admin(tb, cfg, "SHOW INDEXES YIELD name, type, state, options "+
		"RETURN name + ' ' + type + ' ' + state + coalesce(' ' + options.indexConfig.`fulltext.analyzer`, '') ORDER BY name") {
		indexes = append(indexes, r.Values[0].(string))
	}
	return constraints, indexes
}

func TestSchemaIsCreatedOnceAndOnline(t *testing.T) {
	cfg := testConfig(t)
	openWith(t, cfg)
	// Open waits for the range indexes, not for the full-text one.
	admin(t, cfg, "CALL db.awaitIndex('task_text', 300)")
	constraints, indexes := schemaState(t, cfg)
	for _, want := range []string{"document_id UNIQUENESS", "section_key UNIQUENESS", "theme_key UNIQUENESS", "task_id UNIQUENESS",
		"leader_key UNIQUENESS", "unit_key UNIQUENESS", "project_key UNIQUENESS", "target_key UNIQUENESS"} {
		if !slices.Contains(constraints, want) {
			t.Errorf("constraint %q missing; have %q", want, constraints)
		}
	}
	for _, want := range []string{"task_text FULLTEXT ONLINE cjk", "unit_name RANGE ONLINE", "leader_name RANGE ONLINE",
		"project_name RANGE ONLINE", "task_document RANGE ONLINE", "section_document RANGE ONLINE",
		"document_jurisdiction RANGE ONLINE", "document_year RANGE ONLINE"} {
		if !slices.Contains(indexes, want) {
			t.Errorf("index %q missing; have %q", want, indexes)
		}
	}

	// Opening again, with data stored, changes nothing.
	s := openWith(t, cfg)
	if _, err := s.Import(t.Context(), storetest.Generate(1, lixia, 2023, 20)); err != nil {
		t.Fatal(err)
	}
	openWith(t, cfg)
	admin(t, cfg, "CALL db.awaitIndex('task_text', 300)")
	againC, againI := schemaState(t, cfg)
	if !reflect.DeepEqual(againC, constraints) || !reflect.DeepEqual(againI, indexes) {
		t.Errorf("a second Open changed the schema:\nconstraints %q\nwant        %q\nindexes %q\nwant    %q", againC, constraints, againI, indexes)
	}
}

// graphShape counts nodes by label and relationships by type.
func graphShape(tb testing.TB, cfg neo4j.Config) map[string]int64 {
	tb.Helper()
	out := map[string]int64{}
	for _, r := range admin(tb, cfg, "MATCH (n) UNWIND labels(n) AS l RETURN l, count(*)") {
		out[r.Values[0].(string)] = r.Values[1].(int64)
	}
	for _, r := range admin(tb, cfg, "MATCH ()-[r]->() RETURN type(r), count(*)") {
		out["-"+r.Values[0].(string)+"->"] = r.Values[1].(int64)
	}
	return out
}

func TestImportResultMatchesGraph(t *testing.T) {
	cfg := testConfig(t)
	s := openWith(t, cfg)
	doc := storetest.Generate(7, lixia, 2023, 80)
	res, err := s.Import(t.Context(), doc)
	if err != nil {
		t.Fatal(err)
	}
	shape := graphShape(t, cfg)
	var nodes, rels int64
	for k, n := range shape {
		switch {
		case strings.HasPrefix(k, "-"):
			rels += n
		case k != "Street" && k != "Meta" && k != "UnitTable": // a second label of some units; the data version; the unit tables
			nodes += n
		}
	}
	if int64(res.Nodes) != nodes || int64(res.Rels) != rels {
		t.Errorf("ImportResult says %d nodes and %d relationships; the database has %d and %d (%v)", res.Nodes, res.Rels, nodes, rels, shape)
	}
}

// rawDriver is a driver of its own on cfg's server, closed when the test ends.
func rawDriver(t *testing.T, cfg neo4j.Config) neo4jdrv.DriverWithContext {
	t.Helper()
	d, err := neo4jdrv.NewDriverWithContext(cfg.URI, neo4jdrv.NoAuth())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	return d
}

// blockedImport starts an import of doc while another transaction holds the
// lock of the unit it needs, waits until the import transaction is blocked
// in the middle of its work, cancels it, and releases the lock.
func blockedImport(t *testing.T, s *neo4j.Store, cfg neo4j.Config, doc *graph.Document, lockQuery string) error {
	t.Helper()
	ctx := context.Background()
	d := rawDriver(t, cfg)
	blocker := d.NewSession(ctx, neo4jdrv.SessionConfig{DatabaseName: cfg.Database})
	defer blocker.Close(ctx)
	tx, err := blocker.BeginTransaction(ctx)
	if err != nil {
		t.Fatal(err)
	}
	unitKey := graph.EntityKey(doc.Meta.Jurisdiction, doc.Units[len(doc.Units)-1].Name)
	if res, err := tx.Run(ctx, lockQuery, map[string]any{"key": unitKey}); err != nil {
		t.Fatal(err)
	} else if _, err := res.Consume(ctx); err != nil {
		t.Fatal(err)
	}

	importCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		_, err := s.Import(importCtx, doc)
		done <- err
	}()
	watcher := d.NewSession(ctx, neo4jdrv.SessionConfig{DatabaseName: cfg.Database})
	defer watcher.Close(ctx)
	for blocked := false; !blocked; {
		select {
		case err := <-done:
			t.Fatalf("the import ended without waiting for the locked unit: %v", err)
		case <-time.After(20 * time.Millisecond):
		}
		res, err := watcher.Run(ctx, "SHOW TRANSACTIONS YIELD metaData, status WHERE metaData.op = 'import' AND metaData.document = $doc RETURN status",
			map[string]any{"doc": doc.Meta.ID})
		if err != nil {
			t.Fatal(err)
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			blocked = blocked || strings.HasPrefix(r.Values[0].(string), "Blocked")
		}
	}
	cancel()
	err = <-done
	if err := tx.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	return err
}

func TestImportIsAtomic(t *testing.T) {
	cfg := testConfig(t)
	t.Run("new document cancelled mid-transaction leaves nothing", func(t *testing.T) {
		s := openWith(t, cfg)
		doc := storetest.Generate(11, lixia, 2023, 40)
		err := blockedImport(t, s, cfg, doc, "MERGE (u:Unit {key: $key})")
		if code := graph.ErrorCode(err); code != graph.EUNAVAILABLE {
			t.Errorf("cancelled import: code %q (%v), want %q", code, err, graph.EUNAVAILABLE)
		}
		if n := count(t, cfg, "MATCH (n) RETURN count(n)"); n != 0 {
			t.Errorf("a cancelled import left %d nodes: %v", n, graphShape(t, cfg))
		}
		// The same import then succeeds.
		if _, err := s.Import(t.Context(), doc); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("replacement cancelled mid-transaction keeps the old version", func(t *testing.T) {
		s := openWith(t, cfg)
		v1 := storetest.Generate(12, lixia, 2023, 40)
		other := storetest.Generate(13, lixia, 2024, 30)
		for _, d := range []*graph.Document{v1, other} {
			if _, err := s.Import(t.Context(), d); err != nil {
				t.Fatal(err)
			}
		}
		before := graphShape(t, cfg)
		v2 := storetest.Generate(14, lixia, 2023, 25) // other tasks, same id
		v2.Meta = v1.Meta
		for i := range v2.Tasks {
			v2.Tasks[i].ID = graph.TaskID(v1.Meta.ID, v2.Tasks[i].Index)
		}
		v2.Source += "（修订）"
		v2.Meta.Hash = graph.Hash(v2.Source)

		err := blockedImport(t, s, cfg, v2, "MATCH (u:Unit {key: $key}) SET u.locked = true")
		if code := graph.ErrorCode(err); code != graph.EUNAVAILABLE {
			t.Errorf("cancelled import: code %q (%v), want %q", code, err, graph.EUNAVAILABLE)
		}
		if after := graphShape(t, cfg); !reflect.DeepEqual(after, before) {
			t.Errorf("a cancelled replacement changed the graph:\n got %v\nwant %v", after, before)
		}
		got, err := s.Document(t.Context(), v1.Meta.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, v1) {
			t.Error("after a cancelled replacement, Document is not the old version")
		}
	})
	t.Run("name too long for an index is refused before writing", func(t *testing.T) {
		s := openWith(t, cfg)
		doc := storetest.Generate(15, lixia, 2023, 10)
		long := strings.Repeat("很长的单位名称", 300) // 6,300 bytes
		old := doc.Units[0].Name
		doc.Units[0].Name = long
		for i := range doc.Tasks {
			for _, list := range [][]string{doc.Tasks[i].LeadUnits, doc.Tasks[i].Units} {
				for k := range list {
					if list[k] == old {
						list[k] = long
					}
				}
			}
		}
		_, err := s.Import(t.Context(), doc)
		if code := graph.ErrorCode(err); code != graph.ETOOLARGE {
			t.Errorf("code %q (%v), want %q", code, err, graph.ETOOLARGE)
		}
		if msg := graph.ErrorMessage(err); !strings.Contains(msg, "unit name") || !strings.Contains(msg, "6300 bytes") {
			t.Errorf("message %q does not say which name and how long", msg)
		}
		if n := count(t, cfg, "MATCH (n) RETURN count(n)"); n != 0 {
			t.Errorf("a refused import left %d nodes", n)
		}
	})
}

// streetUnits counts the units with the Street label and those whose label
// and kind disagree.
func streetUnits(tb testing.TB, cfg neo4j.Config) (streets, wrong int64) {
	tb.Helper()
	streets = count(tb, cfg, "MATCH (u:Unit:Street) RETURN count(u)")
	wrong = count(tb, cfg, "MATCH (u:Unit) WHERE (u:Street) <> (u.kind = 'street') RETURN count(u)")
	return streets, wrong
}

func TestStreetLabel(t *testing.T) {
	cfg := testConfig(t)
	s := openWith(t, cfg)
	ctx := t.Context()
	a := storetest.Generate(21, lixia, 2023, 60)
	if _, err := s.Import(ctx, a); err != nil {
		t.Fatal(err)
	}
	units, err := s.Units(ctx, graph.EntityFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var want int64
	for _, u := range units {
		if u.Kind == graph.KindStreet {
			want++
		}
	}
	if want == 0 {
		t.Fatal("the fixture has no street units")
	}
	if got, wrong := streetUnits(t, cfg); got != want || wrong != 0 {
		t.Errorf("%d units labelled Street (%d wrongly), want %d", got, wrong, want)
	}

	// A later document that calls a street a department takes the label
	// away; deleting it gives the label back.
	street := ""
	for _, u := range a.Units {
		if u.Kind == graph.KindStreet {
			street = u.Name
			break
		}
	}
	b := storetest.Generate(22, lixia, 2024, 5)
	if i := slices.IndexFunc(b.Units, func(u graph.Unit) bool { return u.Name == street }); i >= 0 {
		b.Units[i].Kind = graph.KindDepartment
	} else {
		b.Units = append(b.Units, graph.Unit{Name: street, Kind: graph.KindDepartment, Aliases: []string{}})
	}
	if !slices.Contains(b.Tasks[0].Involved(), street) {
		b.Tasks[0].Units = append(b.Tasks[0].Units, street)
	}
	if _, err := s.Import(ctx, b); err != nil {
		t.Fatal(err)
	}
	key := graph.EntityKey(lixia, street)
	labelled := func() bool {
		return count(t, cfg, "MATCH (u:Unit:Street {key: $key}) RETURN count(u)", "key", key) == 1
	}
	if labelled() {
		t.Errorf("%s keeps the Street label after a newer document calls it a department", street)
	}
	if err := s.DeleteDocument(ctx, b.Meta.ID); err != nil {
		t.Fatal(err)
	}
	if !labelled() {
		t.Errorf("%s lacks the Street label after the newer document is deleted", street)
	}
	if _, wrong := streetUnits(t, cfg); wrong != 0 {
		t.Errorf("%d units whose Street label disagrees with their kind", wrong)
	}
}

func TestRoutingScheme(t *testing.T) {
	cfg := testConfig(t)
	if !strings.HasPrefix(cfg.URI, "bolt://") {
		t.Skipf("NEO4J_URI %s is not bolt://; the other tests use its scheme", cfg.URI)
	}
	cfg.URI = "neo4j://" + strings.TrimPrefix(cfg.URI, "bolt://")
	s := openWith(t, cfg)
	doc := storetest.Generate(31, lixia, 2023, 10)
	if _, err := s.Import(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	docs, err := s.Documents(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].ID != doc.Meta.ID {
		t.Errorf("Documents over neo4j:// = %+v", docs)
	}
}

func TestClosedStore(t *testing.T) {
	s := open(t)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	_, importErr := s.Import(ctx, storetest.Generate(41, lixia, 2023, 3))
	_, docsErr := s.Documents(ctx)
	_, cypherErr := s.ReadCypher(ctx, "RETURN 1", nil, 0)
	for name, err := range map[string]error{"Ping": s.Ping(ctx), "Import": importErr, "Documents": docsErr, "ReadCypher": cypherErr} {
		if code := graph.ErrorCode(err); code != graph.EUNAVAILABLE {
			t.Errorf("%s on a closed store: code %q (%v), want %q", name, code, err, graph.EUNAVAILABLE)
		}
	}
}

func TestImportNaiveBuildsTheSameGraph(t *testing.T) {
	cfg := testConfig(t)
	s := openWith(t, cfg)
	ctx := t.Context()
	doc := storetest.Generate(51, lixia, 2023, 30)
	batched, err := s.Import(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	want := graphShape(t, cfg)
	clear(t, cfg)
	naive, err := s.ImportNaive(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	if got := graphShape(t, cfg); !reflect.DeepEqual(got, want) {
		t.Errorf("ImportNaive built %v, Import built %v", got, want)
	}
	if naive != batched {
		t.Errorf("ImportNaive result %+v, Import result %+v", naive, batched)
	}
	got, err := s.Document(ctx, doc.Meta.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, doc) {
		t.Error("Document after ImportNaive is not the document")
	}
}

// TestSearchFullTextFindsEverySubstring checks the claim useFullText rests
// on: for Han text, the cjk full-text phrase query finds exactly the tasks
// whose text contains the query; and that a store whose full-text index is
// not online (Open does not wait for it) gives the same answers.
func TestSearchFullTextFindsEverySubstring(t *testing.T) {
	cfg := testConfig(t)
	s := openWith(t, cfg)
	ctx := t.Context()
	doc := storetest.Generate(61, lixia, 2023, 30)
	if _, err := s.Import(ctx, doc); err != nil {
		t.Fatal(err)
	}
	queries := map[string]bool{}
	for _, task := range doc.Tasks[:10] {
		r := []rune(task.Text)
		for i := range r {
			for n := 2; n <= 5 && i+n <= len(r); n++ {
				queries[string(r[i:i+n])] = true
			}
		}
	}
	queries["展推"] = true // Han, in no task
	check := func(t *testing.T, s *neo4j.Store) {
		for q := range queries {
			want := []string{}
			for _, task := range doc.Tasks {
				if strings.Contains(strings.ToLower(task.Text), strings.ToLower(q)) {
					want = append(want, graph.NodeID(graph.NodeTask, task.ID))
				}
			}
			hits, err := s.Search(ctx, q, 100, "")
			if err != nil {
				t.Fatalf("Search(%q): %v", q, err)
			}
			got := []string{}
			for _, h := range hits {
				if h.Kind == graph.NodeTask {
					got = append(got, h.ID)
				}
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("Search(%q) found tasks %v, want %v", q, got, want)
			}
		}
	}
	admin(t, cfg, "CALL db.awaitIndex('task_text', 300)")
	t.Run("online", func(t *testing.T) { check(t, s) })
	// A store that has not seen the index online, the index gone: a
	// full-text query would fail, so the answers come from the scan.
	other, err := neo4j.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	admin(t, cfg, "DROP INDEX task_text")
	t.Run("absent", func(t *testing.T) { check(t, other) })
	// Open creates it again without waiting for it.
	again, err := neo4j.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	t.Run("recreated", func(t *testing.T) { check(t, again) })
	t.Logf("%d queries", len(queries))
}

// TestQueryTimeout: reads are bounded by Config.QueryTimeout and by the
// caller's context.
func TestQueryTimeout(t *testing.T) {
	cfg := testConfig(t)
	slow := "UNWIND range(1, 100000000) AS x RETURN count(x)"
	t.Run("config", func(t *testing.T) {
		cfg := cfg
		cfg.QueryTimeout = 100 * time.Millisecond
		s := openWith(t, cfg)
		_, err := s.ReadCypher(t.Context(), slow, nil, 10)
		if code := graph.ErrorCode(err); code != graph.ETIMEOUT {
			t.Errorf("code %q (%v), want %q", code, err, graph.ETIMEOUT)
		}
		// The store still answers: a broken connection or pool would fail
		// otherwise (on a busy machine even Counts may run over 100 ms).
		if _, err := s.Counts(t.Context()); err != nil && graph.ErrorCode(err) != graph.ETIMEOUT {
			t.Errorf("Counts after a timeout: %v", err)
		}
	})
	t.Run("context", func(t *testing.T) {
		s := openWith(t, cfg)
		ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
		defer cancel()
		_, err := s.ReadCypher(ctx, slow, nil, 10)
		if code := graph.ErrorCode(err); code != graph.ETIMEOUT {
			t.Errorf("code %q (%v), want %q", code, err, graph.ETIMEOUT)
		}
	})
}

// TestImportRefusesTooLargeDocuments: a document over Config.MaxImportBytes
// is refused before any transaction, with the limit named; one under it is
// imported.
func TestImportRefusesTooLargeDocuments(t *testing.T) {
	cfg := testConfig(t)
	cfg.MaxImportBytes = 64 << 10
	s := openWith(t, cfg)
	small := storetest.Generate(1, lixia, 2023, 5)
	if _, err := s.Import(t.Context(), small); err != nil {
		t.Fatalf("a small document: %v", err)
	}
	large := storetest.Generate(2, lixia, 2023, 600)
	_, err := s.Import(t.Context(), large)
	if code := graph.ErrorCode(err); code != graph.ETOOLARGE {
		t.Fatalf("a large document: code %q (%v), want %q", code, err, graph.ETOOLARGE)
	}
	if msg := graph.ErrorMessage(err); !strings.Contains(msg, "at most 64 KB per document") || !strings.Contains(msg, large.Meta.ID) {
		t.Errorf("message %q does not name the document and the limit", msg)
	}
	docs, err := s.Documents(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].ID != small.Meta.ID {
		t.Errorf("documents after the refusal: %+v, want only %s", docs, small.Meta.ID)
	}
}
