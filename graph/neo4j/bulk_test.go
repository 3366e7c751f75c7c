package neo4j_test

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"govgraph/graph"
	"govgraph/graph/neo4j"
	"govgraph/graph/storetest"
)

// TestBulkLoad loads the conformance corpus with neo4j-admin into a Neo4j
// home of its own, starts that server, and asks it everything the
// differential test asks, against a transactional Import of the same
// documents on NEO4J_URI; the two graphs must be the same node for node.
// The unit tables come with the load, before any Open. On the way: a running server, an existing database without --overwrite
// and a failing importer are refused, the last leaving the old database
// as it was.
//
// It needs NEO4J_URI and the jars of scripts/neo4j-local (fetched into
// .cache/neo4j/lib, or NEO4J_LOCAL_DIR/lib) and java.
func TestBulkLoad(t *testing.T) {
	tx := open(t)
	ctx := t.Context()
	root := storetest.ModuleRoot(t)
	srv := newLocalServer(t, root)
	// The suite's documents, and generated ones as the differential test
	// uses, so that most of its questions have answers.
	docs := append(storetest.ConformanceDocuments(t),
		storetest.Generate(301, lixia, 2023, 50), storetest.Generate(303, "济南市市中区", 2023, 30))
	// Unit names that Cypher orders by UTF-16 code units, not code points.
	odd := storetest.Generate(305, "青岛市市南区", 2024, 20)
	renameUnit(odd, odd.Units[0].Name, "\U00020000局")
	renameUnit(odd, odd.Units[1].Name, "（甲）局")
	docs = append(docs, odd)

	// An old database with one document, imported through Bolt.
	srv.start(t, false)
	old := srv.open(t)
	if _, err := old.Import(ctx, docs[0]); err != nil {
		t.Fatal(err)
	}
	old.Close()
	t.Run("refuses a running server", func(t *testing.T) {
		_, err := neo4j.NewBulkLoader(neo4j.BulkConfig{Home: srv.home, Overwrite: true})
		wantError(t, err, graph.ECONFLICT, "is running", "store_lock")
	})
	srv.stop(t)

	t.Run("refuses an existing database without Overwrite", func(t *testing.T) {
		_, err := neo4j.NewBulkLoader(neo4j.BulkConfig{Home: srv.home})
		wantError(t, err, graph.ECONFLICT, "database neo4j", "exists already", "--overwrite")
	})

	t.Run("a failing importer leaves the old database as it was", func(t *testing.T) {
		before := hashTree(t, filepath.Join(srv.home, "data"))
		// The importer writes part of the staging database, then fails.
		failing := filepath.Join(t.TempDir(), "neo4j-admin")
		script := "#!/bin/sh\nfor a; do db=$a; done\nmkdir -p \"$NEO4J_HOME/data/databases/$db\" && echo half > \"$NEO4J_HOME/data/databases/$db/neostore\"\necho 'IMPORT FAILED: bad input' >&2\nexit 3\n"
		if err := os.WriteFile(failing, []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
		b, err := neo4j.NewBulkLoader(neo4j.BulkConfig{Home: srv.home, Overwrite: true, Admin: failing})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			if _, err := b.Add(d); err != nil {
				t.Fatal(err)
			}
		}
		err = b.Load(ctx)
		wantError(t, err, graph.EINTERNAL, "neo4j-admin database import failed", "is unchanged", "IMPORT FAILED: bad input")
		if err := b.Close(); err != nil {
			t.Fatal(err)
		}
		if after := hashTree(t, filepath.Join(srv.home, "data")); after != before {
			t.Errorf("the data directory changed after a failed bulk load:\nbefore %s\nafter  %s", before, after)
		}
	})

	b, err := neo4j.NewBulkLoader(neo4j.BulkConfig{Home: srv.home, Overwrite: true})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for _, d := range docs {
		want, err := tx.Import(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		got, err := b.Add(d)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("Add(%s) = %+v, Import gave %+v", d.Meta.ID, got, want)
		}
	}
	// The same document again changes nothing; another version is refused.
	if res, err := b.Add(docs[1]); err != nil || !res.Unchanged {
		t.Errorf("Add of a document given before = %+v, %v; want unchanged", res, err)
	}
	other := storetest.Generate(99, docs[1].Meta.Jurisdiction, docs[1].Meta.Year, 3)
	other.Meta.ID = docs[1].Meta.ID
	for i := range other.Tasks {
		other.Tasks[i].ID = graph.TaskID(other.Meta.ID, other.Tasks[i].Index)
	}
	_, err = b.Add(other)
	wantError(t, err, graph.ECONFLICT, "given twice with different content")
	if err := b.Load(ctx); err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	if left, _ := filepath.Glob(filepath.Join(srv.home, "data", "*", "*govgraph*")); len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}

	srv.start(t, true)
	t.Run("unit tables loaded", func(t *testing.T) {
		// Before any Open: the loaded store has its unit tables, current.
		res, err := neo4jdrv.ExecuteQuery(ctx, rawDriver(t, srv.config()),
			`MATCH (m:Meta {id: 'data'}) RETURN m.unitTables = m.version AS current, COUNT { (:UnitTable) } AS tables`,
			nil, neo4jdrv.EagerResultTransformer)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Records) != 1 || res.Records[0].Values[0] != true || res.Records[0].Values[1].(int64) < 3 {
			t.Errorf("after the bulk load: %v, want the unit tables current, one per jurisdiction", res.Records)
		}
	})
	bulk := srv.open(t)
	t.Run("answers", func(t *testing.T) {
		// The fixtures' one-section documents have no section 1 nor theme
		// 2, which the questions name: a third are errors, compared too.
		compareStoresErring(t, ctx, bulk, tx, docs, 0.4)
	})
	t.Run("graph", func(t *testing.T) {
		want, got := dumpGraph(t, testConfig(t)), dumpGraph(t, srv.config())
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("the bulk-loaded graph differs from the imported one (-import +bulk):\n%s", diff)
		}
	})
	t.Run("version", func(t *testing.T) {
		want, err := tx.Version(ctx)
		if err != nil {
			t.Fatal(err)
		}
		got, err := bulk.Version(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if counter := want[strings.LastIndex(want, "-"):]; !strings.HasSuffix(got, counter) || got == want {
			t.Errorf("bulk version %s, imported %s: want the same counter in a new epoch", got, want)
		}
	})
}

// localServer is a Neo4j of the test's own, run by scripts/neo4j-local
// in a temporary directory on a free port.
type localServer struct {
	script, dir, home string
	port              int
}

func newLocalServer(t *testing.T, root string) *localServer {
	t.Helper()
	lib := filepath.Join(root, ".cache", "neo4j", "lib")
	if d := os.Getenv("NEO4J_LOCAL_DIR"); d != "" {
		lib = filepath.Join(d, "lib")
	}
	if _, err := os.Stat(filepath.Join(lib, ".fetched")); err != nil {
		msg := "no Neo4j jars in " + lib + " (scripts/neo4j-local fetch)"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	dir := t.TempDir()
	if err := os.Symlink(lib, filepath.Join(dir, "lib")); err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	s := &localServer{script: filepath.Join(root, "scripts", "neo4j-local"), dir: dir, home: filepath.Join(dir, "home"), port: port}
	t.Cleanup(func() { s.run(t, "stop", false) })
	return s
}

func (s *localServer) run(t *testing.T, verb string, keep bool) {
	cmd := exec.Command(s.script, verb)
	cmd.Env = append(os.Environ(), "NEO4J_PORT="+strconv.Itoa(s.port), "NEO4J_LOCAL_DIR="+s.dir)
	if keep {
		cmd.Env = append(cmd.Env, "NEO4J_KEEP_DATA=1")
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("neo4j-local %s: %v\n%s", verb, err, out)
	}
}

func (s *localServer) start(t *testing.T, keep bool) {
	t.Helper()
	s.run(t, "start", keep)
	if t.Failed() {
		t.FailNow()
	}
}

func (s *localServer) stop(t *testing.T) { t.Helper(); s.run(t, "stop", false) }

func (s *localServer) config() neo4j.Config {
	return neo4j.Config{URI: fmt.Sprintf("bolt://127.0.0.1:%d", s.port)}
}

func (s *localServer) open(t *testing.T) *neo4j.Store {
	t.Helper()
	st, err := neo4j.Open(t.Context(), s.config())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func wantError(t *testing.T, err error, code string, parts ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error; want %s", code)
	}
	if graph.ErrorCode(err) != code {
		t.Errorf("code %s, want %s: %v", graph.ErrorCode(err), code, err)
	}
	for _, p := range parts {
		if !strings.Contains(err.Error(), p) {
			t.Errorf("error %q does not say %q", err, p)
		}
	}
}

// hashTree digests the names, sizes and contents of the files under dir.
func hashTree(t *testing.T, dir string) string {
	t.Helper()
	h := sha256.New()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s %d %x\n", path, len(data), sha256.Sum256(data))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

// dumpGraph lists every node (labels and properties) and relationship
// (type and the keys of its ends) of a database, sorted. The data epoch
// is random and left out; an empty list is left out as the importer has
// none.
func dumpGraph(t *testing.T, cfg neo4j.Config) []string {
	t.Helper()
	ctx := context.Background()
	d := rawDriver(t, cfg)
	key := `labels(%[1]s)[0] + ' ' + coalesce(%[1]s.id, %[1]s.key)`
	var out []string
	for _, q := range []string{
		`MATCH (n) RETURN labels(n) AS labels, properties(n) AS props`,
		`MATCH (a)-[r]->(b) RETURN type(r) AS type, ` + fmt.Sprintf(key, "a") + ` AS a, ` + fmt.Sprintf(key, "b") + ` AS b`,
	} {
		res, err := neo4jdrv.ExecuteQuery(ctx, d, q, nil, neo4jdrv.EagerResultTransformer, neo4jdrv.ExecuteQueryWithDatabase(cfg.Database))
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res.Records {
			m := r.AsMap()
			if props, ok := m["props"].(map[string]any); ok {
				delete(props, "epoch")
				for k, v := range props {
					if l, ok := v.([]any); ok && len(l) == 0 {
						delete(props, k)
					}
				}
				labels := m["labels"].([]any)
				slices.SortFunc(labels, func(a, b any) int { return strings.Compare(a.(string), b.(string)) })
			}
			out = append(out, fmt.Sprintf("%v", m))
		}
	}
	slices.Sort(out)
	return out
}

// TestBulkUnitTableRows: the bulk files hold the unit tables, one row per
// jurisdiction with the names in Cypher's order (UTF-16 code units: a
// character beyond the BMP before U+FF08), and a :Meta node that says they
// are current; when a table cannot be written (a list of one empty kind,
// which the importer reads as no list), there are none and the :Meta node
// leaves them to Open. The importer is a stand-in that keeps the files.
func TestBulkUnitTableRows(t *testing.T) {
	load := func(t *testing.T, docs ...*graph.Document) map[string][]string {
		t.Helper()
		home, out := t.TempDir(), t.TempDir()
		admin := filepath.Join(t.TempDir(), "neo4j-admin")
		script := "#!/bin/sh\nfor a; do case \"$a\" in --nodes=*|--relationships=*) f=${a#*=}; cp \"${f#*=}\" " + out + "/;; esac; done\n"
		if err := os.WriteFile(admin, []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
		b, err := neo4j.NewBulkLoader(neo4j.BulkConfig{Home: home, Admin: admin})
		if err != nil {
			t.Fatal(err)
		}
		defer b.Close()
		for _, d := range docs {
			if _, err := b.Add(d); err != nil {
				t.Fatal(err)
			}
		}
		if err := b.Load(t.Context()); err != nil {
			t.Fatal(err)
		}
		files := map[string][]string{}
		names, _ := filepath.Glob(filepath.Join(out, "*.csv"))
		for _, n := range names {
			data, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			files[strings.TrimSuffix(filepath.Base(n), ".csv")] = strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
		}
		return files
	}
	t.Run("written", func(t *testing.T) {
		a := storetest.Generate(41, lixia, 2023, 12)
		b := storetest.Generate(42, "青岛市市南区", 2023, 12)
		renameUnit(a, a.Units[0].Name, "\U00020000局")
		renameUnit(a, a.Units[1].Name, "（甲）局")
		renameUnit(a, a.Units[2].Name, "乙局")
		files := load(t, a, b)
		rows := files["nodes-UnitTable"]
		if len(rows) != 3 || rows[0] != "jurisdiction:ID(UnitTable),collective:boolean[],kinds:string[],names:string[]" {
			t.Fatalf("unit table file %q, want a header and two rows", rows)
		}
		var names []string
		for _, r := range rows[1:] {
			f := strings.Split(r, ",")
			names = append(names, strings.Split(strings.Trim(f[3], `"`), "\x1f")...)
			if n := len(strings.Split(f[3], "\x1f")); len(strings.Split(f[1], "\x1f")) != n || len(strings.Split(f[2], "\x1f")) != n {
				t.Errorf("row %q: lists of different lengths", r)
			}
		}
		if want := len(a.Units) + len(b.Units); len(names) != want {
			t.Errorf("%d units in the tables, want %d", len(names), want)
		}
		i, j, k := slices.Index(names, "乙局"), slices.Index(names, "\U00020000局"), slices.Index(names, "（甲）局")
		if !(i >= 0 && i < j && j < k) {
			t.Errorf("names %q: want 乙局, then U+20000, then （甲）局 (Cypher's order)", names)
		}
		if meta := files["nodes-Meta"]; len(meta) != 2 || !strings.Contains(meta[0], "unitTables:long") || !strings.HasSuffix(meta[1], ",2,2") {
			t.Errorf("meta file %q, want unitTables = version = 2", meta)
		}
	})
	t.Run("left to Open", func(t *testing.T) {
		a := storetest.Generate(43, lixia, 2023, 12)
		one := storetest.Generate(44, "青岛市市南区", 2023, 3)
		name := one.Units[0].Name
		for i := range one.Tasks {
			one.Tasks[i].LeadUnits, one.Tasks[i].Units = []string{name}, nil
		}
		one.Units = []graph.Unit{{Name: name}}
		files := load(t, a, one)
		if rows, ok := files["nodes-UnitTable"]; ok {
			t.Errorf("unit tables written with one not writable: %q", rows)
		}
		if meta := files["nodes-Meta"]; len(meta) != 2 || strings.Contains(meta[0], "unitTables") {
			t.Errorf("meta file %q, want no unitTables", meta)
		}
	})
}

// renameUnit gives a document's unit another name, in its tasks too.
func renameUnit(doc *graph.Document, from, to string) {
	for i := range doc.Units {
		if doc.Units[i].Name == from {
			doc.Units[i].Name = to
		}
	}
	for i := range doc.Tasks {
		for _, l := range []([]string){doc.Tasks[i].LeadUnits, doc.Tasks[i].Units} {
			for k := range l {
				if l[k] == from {
					l[k] = to
				}
			}
		}
	}
}
