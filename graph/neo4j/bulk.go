package neo4j

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	"govgraph/graph"
)

// A bulk load writes a corpus into a new database of a stopped Neo4j
// server with `neo4j-admin database import full`, the offline importer,
// instead of one transaction per document through Bolt. The graph is the
// one Import writes, from the same plans (newPlan): the same labels,
// properties, keys, relationship types, snapshots and seq numbers, and a
// data version of one per document. Two things differ, both invisible to
// every reader: a property holding an empty list (a unit's aliases, the
// network lists of a document without units or leaders) is absent, since
// the importer has no empty list; and the schema (constraints, indexes,
// the full-text index) is created by Open on the next start, as for any
// new database. The unit tables are rows of the load (unitTables), so
// that the first answer after the start only reads.
//
// The importer writes into a staging database next to the target; only
// when it succeeds are the target's store and transaction directories
// swapped for it, so a failure leaves the old database as it was.

// BulkConfig says which database of which Neo4j home a bulk load replaces.
type BulkConfig struct {
	// Home is the NEO4J_HOME of a stopped server: its data/ (or
	// server.directories.data of conf/neo4j.conf) holds the databases.
	Home string
	// Database is the database to write; empty means neo4j.
	Database string
	// Admin is the neo4j-admin command. Empty: Home/bin/neo4j-admin when
	// it exists, else the jars of Home/lib run with java (JAVA_HOME or
	// PATH), as scripts/neo4j-local lays a home out.
	Admin string
	// Overwrite allows replacing a database that exists already.
	Overwrite bool
	// Log receives the importer's output; nil discards it.
	Log io.Writer
}

// BulkLoader collects documents into CSV files and loads them.
type BulkLoader struct {
	cfg        BulkConfig
	dbDir      string // <data>/databases
	txDir      string // <data>/transactions
	csvDir     string
	files      map[string]*csvFile
	order      []*csvFile
	entities   map[string]*entityRow // by ID group and key
	entityKeys []string
	seen       map[string]string // document id -> fingerprint
	docs       int
	bigField   int
	loaded     bool
	// ImporterCPU is the CPU time neo4j-admin used, once Load has run.
	ImporterCPU time.Duration
}

// entityRow is the last row given for a shared leader, unit or project:
// as with MERGE … SET n += row.props, the last document's properties win.
type entityRow struct {
	label string
	row   map[string]any
}

// bulkStep says where the rows of one plan step go: a node file of a
// label, or a relationship file of a type between two ID groups. The list
// follows plan.steps.
var bulkSteps = []struct {
	query         string
	label         string // node steps
	rel, from, to string // relationship steps
}{
	{query: qSections, label: "Section"}, {query: qThemes, label: "Theme"},
	{query: qTasks, label: "Task"}, {query: qTargets, label: "Target"},
	{query: qLeaders, label: "Leader"}, {query: qUnits, label: "Unit"}, {query: qProjects, label: "Project"},
	{query: qSectionIn, rel: "IN", from: "Section", to: "Document"},
	{query: qThemeIn, rel: "IN", from: "Theme", to: "Section"},
	{query: qTaskInTheme, rel: "IN", from: "Task", to: "Theme"},
	{query: qTaskInSection, rel: "IN", from: "Task", to: "Section"},
	{query: qLeaderLeads, rel: "LEADS", from: "Leader", to: "Task"},
	{query: qUnitLeads, rel: "LEADS", from: "Unit", to: "Task"},
	{query: qUnitSupports, rel: "SUPPORTS", from: "Unit", to: "Task"},
	{query: qMentions, rel: "MENTIONS", from: "Task", to: "Project"},
	{query: qSets, rel: "SETS", from: "Task", to: "Target"},
}

// idProperty is the unique key of a label, which the importer takes as
// the node's ID within the label's ID group and stores as a property.
func idProperty(label string) string {
	switch label {
	case "Document", "Task", "Meta":
		return "id"
	case "UnitTable":
		return "jurisdiction"
	}
	return "key"
}

// arrayDelimiter separates list elements in a CSV field; the unit
// separator does not occur in names (checked for each element).
const arrayDelimiter = "\x1f"

// NewBulkLoader checks that the home's server is stopped and that the
// database may be written, and prepares the CSV directory (inside the
// home's data directory, on the same disk).
func NewBulkLoader(cfg BulkConfig) (*BulkLoader, error) {
	const op = "neo4j.NewBulkLoader"
	if cfg.Database == "" {
		cfg.Database = "neo4j"
	}
	if cfg.Home == "" {
		return nil, &graph.Error{Code: graph.EINVALID, Op: op, Message: "no Neo4j home given for the bulk import"}
	}
	home, err := filepath.Abs(cfg.Home)
	if err != nil {
		return nil, &graph.Error{Code: graph.EINVALID, Op: op, Message: "bad Neo4j home " + cfg.Home, Err: err}
	}
	cfg.Home = home
	if fi, err := os.Stat(home); err != nil || !fi.IsDir() {
		return nil, &graph.Error{Code: graph.EINVALID, Op: op, Message: fmt.Sprintf("the Neo4j home %s is not a directory", home)}
	}
	data, txRoot := homeDirectories(home)
	b := &BulkLoader{
		cfg: cfg, dbDir: filepath.Join(data, "databases"), txDir: txRoot,
		files: map[string]*csvFile{}, entities: map[string]*entityRow{}, seen: map[string]string{},
	}
	if err := b.checkWritable(); err != nil {
		return nil, withOp(op, err)
	}
	if err := os.MkdirAll(data, 0o755); err != nil {
		return nil, &graph.Error{Code: graph.EINTERNAL, Op: op, Message: "cannot create " + data, Err: err}
	}
	if b.csvDir, err = os.MkdirTemp(data, ".govgraph-bulk-"); err != nil {
		return nil, &graph.Error{Code: graph.EINTERNAL, Op: op, Message: "cannot create the CSV directory in " + data, Err: err}
	}
	return b, nil
}

// homeDirectories reads where a home keeps its databases and transaction
// logs (server.directories.data and .transaction.logs.root of
// conf/neo4j.conf, relative to the home), with Neo4j's defaults.
func homeDirectories(home string) (data, txRoot string) {
	data = "data"
	txRoot = ""
	if conf, err := os.ReadFile(filepath.Join(home, "conf", "neo4j.conf")); err == nil {
		for _, line := range strings.Split(string(conf), "\n") {
			k, v, ok := strings.Cut(strings.TrimSpace(line), "=")
			switch k = strings.TrimSpace(k); {
			case !ok || strings.HasPrefix(k, "#"):
			case k == "server.directories.data":
				data = strings.TrimSpace(v)
			case k == "server.directories.transaction.logs.root":
				txRoot = strings.TrimSpace(v)
			}
		}
	}
	abs := func(p string) string {
		if filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(home, p)
	}
	data = abs(data)
	if txRoot == "" {
		return data, filepath.Join(data, "transactions")
	}
	return data, abs(txRoot)
}

// checkWritable refuses a running server and, without Overwrite, a
// database that exists.
func (b *BulkLoader) checkWritable() error {
	if pid, locked := storeLocked(filepath.Join(b.dbDir, "store_lock")); locked {
		who := "a process"
		if pid > 0 {
			who = "process " + strconv.Itoa(pid)
		}
		return graph.Errorf(graph.ECONFLICT, "the Neo4j server of %s is running (%s holds %s); stop it first: a bulk import writes the database files directly",
			b.cfg.Home, who, filepath.Join(b.dbDir, "store_lock"))
	}
	if b.cfg.Overwrite {
		return nil
	}
	for _, dir := range []string{filepath.Join(b.dbDir, b.cfg.Database), filepath.Join(b.txDir, b.cfg.Database)} {
		if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
			return graph.Errorf(graph.ECONFLICT, "database %s of %s exists already (%s); a bulk import replaces a whole database: pass --overwrite to replace it",
				b.cfg.Database, b.cfg.Home, dir)
		}
	}
	return nil
}

// Add plans doc and appends its rows. A document given again with the
// same content is unchanged; with other content it is refused, since a
// bulk load stores each document once.
func (b *BulkLoader) Add(doc *graph.Document) (graph.ImportResult, error) {
	const op = "neo4j.BulkLoader.Add"
	if b.loaded {
		return graph.ImportResult{}, graph.Errorf(graph.EINVALID, "the bulk load has run; no more documents can be added")
	}
	p, err := newPlan(doc)
	if err != nil {
		return graph.ImportResult{}, withOp(op, err)
	}
	res := p.result()
	if fp, ok := b.seen[p.id]; ok {
		if fp == p.fingerprint {
			res.Unchanged = true
			return res, nil
		}
		return res, &graph.Error{Code: graph.ECONFLICT, Op: op, Message: fmt.Sprintf(
			"document %s is given twice with different content; a bulk import stores each document once (import the other version afterwards with a transactional import)", clip(p.id))}
	}
	b.seen[p.id] = p.fingerprint
	b.docs++
	props := make(map[string]any, len(p.docProps)+1)
	for k, v := range p.docProps {
		props[k] = v
	}
	props["seq"] = b.docs // as coalesce(max(seq), 0) + 1 in a new database
	if err := b.node("Document", props, nil); err != nil {
		return res, withOp(op, err)
	}
	for i, st := range p.steps {
		spec := bulkSteps[i]
		if spec.query != st.query {
			return res, &graph.Error{Code: graph.EINTERNAL, Op: op, Message: "the bulk steps do not follow the import plan"}
		}
		for _, r := range st.rows {
			r := r.(map[string]any)
			switch {
			case spec.rel != "":
				err = b.rel(spec.rel, spec.from, spec.to, r["from"].(string), r["to"].(string))
			case spec.label == "Leader" || spec.label == "Unit" || spec.label == "Project":
				id := spec.label + "\x00" + r["key"].(string)
				if _, ok := b.entities[id]; !ok {
					b.entityKeys = append(b.entityKeys, id)
				}
				b.entities[id] = &entityRow{label: spec.label, row: r}
			default:
				err = b.node(spec.label, r["props"].(map[string]any), nil)
			}
			if err != nil {
				return res, withOp(op, err)
			}
		}
	}
	return res, nil
}

// Load writes the shared nodes and the data version, runs the importer
// into a staging database and swaps it in for the target.
func (b *BulkLoader) Load(ctx context.Context) error {
	const op = "neo4j.BulkLoader.Load"
	if b.loaded {
		return graph.Errorf(graph.EINVALID, "the bulk load has run already")
	}
	b.loaded = true
	for _, id := range b.entityKeys {
		e := b.entities[id]
		var labels []string
		if e.label == "Unit" {
			labels = []string{"Unit"}
			if street, _ := e.row["street"].(bool); street {
				labels = append(labels, "Street")
			}
		}
		if err := b.node(e.label, e.row["props"].(map[string]any), labels); err != nil {
			return withOp(op, err)
		}
	}
	epoch, err := randomUUID()
	if err != nil {
		return &graph.Error{Code: graph.EINTERNAL, Op: op, Message: "cannot draw the data epoch", Err: err}
	}
	// Each import bumps the version once (qBumpVersion).
	meta := map[string]any{"id": "data", "epoch": epoch, "version": b.docs}
	if tables := b.unitTables(); tables != nil {
		for _, t := range tables {
			if err := b.node("UnitTable", t, nil); err != nil {
				return withOp(op, err)
			}
		}
		meta["unitTables"] = b.docs // current, as each import keeps them
	}
	if err := b.node("Meta", meta, nil); err != nil {
		return withOp(op, err)
	}
	for _, f := range b.order {
		if err := f.close(); err != nil {
			return &graph.Error{Code: graph.EINTERNAL, Op: op, Message: "cannot write " + f.path, Err: err}
		}
	}
	if err := b.checkWritable(); err != nil {
		return withOp(op, err)
	}
	staging := fmt.Sprintf("govgraph-bulk-%d", time.Now().UnixNano())
	defer b.removeDatabase(staging)
	if err := b.runImporter(ctx, staging); err != nil {
		return withOp(op, err)
	}
	if err := b.checkWritable(); err != nil {
		return withOp(op, err)
	}
	return withOp(op, b.swap(staging))
}

// unitTables are the properties of the :UnitTable nodes of the units
// collected, one per jurisdiction, as qRebuildUnitTables writes them:
// names in Cypher's order (ORDER BY u.name), kinds and collectiveness
// beside them. The importer reads a list field of one empty element as
// no list, so when some table would hold one (a jurisdiction of one unit
// without a kind), none is written: the :Meta node then says the tables
// are not current and Open writes them, as for any database.
func (b *BulkLoader) unitTables() []map[string]any {
	type unit struct {
		name, kind string
		collective bool
	}
	byJurisdiction := map[string][]unit{}
	for _, id := range b.entityKeys {
		e := b.entities[id]
		if e.label != "Unit" {
			continue
		}
		props := e.row["props"].(map[string]any)
		j, _ := props["jurisdiction"].(string)
		name, _ := props["name"].(string)
		kind, _ := props["kind"].(string)
		coll, _ := props["collective"].(bool)
		byJurisdiction[j] = append(byJurisdiction[j], unit{name, kind, coll})
	}
	tables := make([]map[string]any, 0, len(byJurisdiction))
	for j, units := range byJurisdiction {
		slices.SortFunc(units, func(a, b unit) int { return compareUTF16(a.name, b.name) })
		names, kinds, coll := make([]string, len(units)), make([]string, len(units)), make([]bool, len(units))
		for i, u := range units {
			names[i], kinds[i], coll[i] = u.name, u.kind, u.collective
		}
		if len(units) == 1 && (names[0] == "" || kinds[0] == "") {
			return nil
		}
		tables = append(tables, map[string]any{"jurisdiction": j, "names": names, "kinds": kinds, "collective": coll})
	}
	slices.SortFunc(tables, func(a, b map[string]any) int {
		return strings.Compare(a["jurisdiction"].(string), b["jurisdiction"].(string))
	})
	return tables
}

// compareUTF16 orders strings as Java's String.compareTo, by UTF-16 code
// units, which is how Cypher orders them: a character beyond the BMP (a
// surrogate pair, from 0xD800) comes before U+E000–U+FFFF.
func compareUTF16(a, b string) int {
	return slices.Compare(utf16.Encode([]rune(a)), utf16.Encode([]rune(b)))
}

// runImporter runs neo4j-admin database import full into database name.
func (b *BulkLoader) runImporter(ctx context.Context, name string) error {
	args := []string{"database", "import", "full",
		"--array-delimiter=U+001F", "--bad-tolerance=0", "--skip-bad-relationships=false",
		"--report-file=" + filepath.Join(b.csvDir, "import.report"),
		// A buffer holds at least the largest value (a document's source
		// or JSON); 4 MB is the importer's default.
		"--read-buffer-size=" + strconv.Itoa(max(4<<20, 2*b.bigField+1<<20)),
	}
	var multiline []string
	for _, f := range b.order {
		if f.rel != "" {
			args = append(args, "--relationships="+f.rel+"="+f.path)
		} else {
			args = append(args, "--nodes="+f.label+"="+f.path)
		}
		if f.multiline {
			multiline = append(multiline, f.path)
		}
	}
	// Always given, it also ends the last --relationships list, which would
	// otherwise take the database name for one more file.
	args = append(args, "--multiline-fields="+strconv.FormatBool(len(multiline) > 0), name)
	cmd, err := b.adminCommand(ctx, args)
	if err != nil {
		return err
	}
	tail := &tailWriter{max: 4096}
	var out io.Writer = tail
	if b.cfg.Log != nil {
		out = io.MultiWriter(b.cfg.Log, tail)
	}
	cmd.Stdout, cmd.Stderr = out, out
	err = cmd.Run()
	if cmd.ProcessState != nil {
		b.ImporterCPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	if err != nil {
		if ctx.Err() != nil {
			return &graph.Error{Code: graph.EUNAVAILABLE, Message: "the bulk import was cancelled; database " + b.cfg.Database + " is unchanged", Err: ctx.Err()}
		}
		return &graph.Error{Code: graph.EINTERNAL, Message: fmt.Sprintf("neo4j-admin database import failed; database %s of %s is unchanged. Its last words: %s",
			b.cfg.Database, b.cfg.Home, tail.lastLines(6)), Err: err}
	}
	return nil
}

// adminCommand is neo4j-admin with args, run with the home's settings.
func (b *BulkLoader) adminCommand(ctx context.Context, args []string) (*exec.Cmd, error) {
	home := b.cfg.Home
	var cmd *exec.Cmd
	switch admin := filepath.Join(home, "bin", "neo4j-admin"); {
	case b.cfg.Admin != "":
		cmd = exec.CommandContext(ctx, b.cfg.Admin, args...)
	case isFile(admin):
		cmd = exec.CommandContext(ctx, admin, args...)
	default:
		jars, _ := filepath.Glob(filepath.Join(home, "lib", "neo4j-import-tool-*.jar"))
		if len(jars) == 0 {
			return nil, graph.Errorf(graph.EINVALID, "%s has neither bin/neo4j-admin nor the importer's jars in lib/: is it a Neo4j home?", home)
		}
		java := "java"
		if jh := os.Getenv("JAVA_HOME"); jh != "" {
			java = filepath.Join(jh, "bin", "java")
		}
		flags := append(importerJVMFlags(home), "-cp", filepath.Join(home, "lib", "*"), "org.neo4j.cli.AdminTool")
		cmd = exec.CommandContext(ctx, java, append(flags, args...)...)
	}
	cmd.Env = append(os.Environ(), "NEO4J_HOME="+home)
	if conf := filepath.Join(home, "conf"); isDir(conf) {
		cmd.Env = append(cmd.Env, "NEO4J_CONF="+conf)
	}
	cmd.Dir = home
	return cmd, nil
}

// importerArchive is the class data sharing archive of the importer run
// from a home's jars, in its run/ directory.
const importerArchive = "govgraph-importer.jsa"

// importerJVMFlags are the JVM flags of the importer run from the jars of
// home. Most of a small import's time is the JVM's start: loading and
// verifying some thousand classes from the jars, and compiling. So the
// classes are mapped from a class data sharing archive, which the first
// run writes at its exit (and again when a jar is newer than it), and
// only the C1 compiler runs, which compiles far less for the same work
// (BENCHMARKS.md §13c). An unusable archive is ignored by the JVM.
func importerJVMFlags(home string) []string {
	flags := []string{"-XX:TieredStopAtLevel=1", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"}
	run := filepath.Join(home, "run")
	archive := filepath.Join(run, importerArchive)
	if fi, err := os.Stat(archive); err == nil && !jarNewerThan(filepath.Join(home, "lib"), fi.ModTime()) {
		return append(flags, "-XX:SharedArchiveFile="+archive)
	}
	if os.MkdirAll(run, 0o755) != nil {
		return flags
	}
	os.Remove(archive) // a stale one
	return append(flags, "-XX:ArchiveClassesAtExit="+archive)
}

// jarNewerThan says whether a jar in dir was modified after t.
func jarNewerThan(dir string, t time.Time) bool {
	jars, _ := filepath.Glob(filepath.Join(dir, "*.jar"))
	for _, j := range jars {
		if fi, err := os.Stat(j); err == nil && fi.ModTime().After(t) {
			return true
		}
	}
	return false
}

// swap puts the staging database in the target's place: the target's
// directories are moved aside, the staging ones renamed, and the old
// ones removed; if a rename fails, what was moved is moved back.
func (b *BulkLoader) swap(staging string) error {
	db := b.cfg.Database
	aside := db + ".govgraph-replaced"
	b.removeDatabase(aside)
	var undo []func()
	rollback := func(err error) error {
		slices.Reverse(undo)
		for _, u := range undo {
			u()
		}
		return &graph.Error{Code: graph.EINTERNAL, Message: fmt.Sprintf("cannot put the imported database in place of %s; it is unchanged", db), Err: err}
	}
	for _, root := range []string{b.dbDir, b.txDir} {
		target, old := filepath.Join(root, db), filepath.Join(root, aside)
		if _, err := os.Lstat(target); err == nil {
			if err := os.Rename(target, old); err != nil {
				return rollback(err)
			}
			undo = append(undo, func() { os.Rename(old, target) })
		}
	}
	for _, root := range []string{b.dbDir, b.txDir} {
		from, target := filepath.Join(root, staging), filepath.Join(root, db)
		if _, err := os.Lstat(from); err != nil {
			continue // an importer that writes no transaction directory
		}
		if err := os.Rename(from, target); err != nil {
			return rollback(err)
		}
		undo = append(undo, func() { os.Rename(target, from) })
	}
	b.removeDatabase(aside)
	return nil
}

// removeDatabase deletes the directories of database name, if any.
func (b *BulkLoader) removeDatabase(name string) {
	for _, root := range []string{b.dbDir, b.txDir} {
		os.RemoveAll(filepath.Join(root, name))
	}
}

// Close removes the CSV files.
func (b *BulkLoader) Close() error {
	for _, f := range b.order {
		f.close()
	}
	if b.csvDir == "" {
		return nil
	}
	return os.RemoveAll(b.csvDir)
}

// node appends a node of label with props; labels, when given, go to a
// :LABEL column instead of the file's label.
func (b *BulkLoader) node(label string, props map[string]any, labels []string) error {
	name := "nodes-" + label
	f := b.files[name]
	if f == nil {
		idKey := idProperty(label)
		var cols []column
		for k, v := range props {
			if k == idKey {
				continue
			}
			typ, err := csvType(v)
			if err != nil {
				return fmt.Errorf("%s.%s: %w", label, k, err)
			}
			cols = append(cols, column{name: k, typ: typ})
		}
		slices.SortFunc(cols, func(a, b column) int { return strings.Compare(a.name, b.name) })
		header := []string{idKey + ":ID(" + label + ")"}
		for _, c := range cols {
			header = append(header, c.name+":"+c.typ)
		}
		if label == "Unit" {
			header = append(header, ":LABEL")
		}
		var err error
		if f, err = b.newFile(name, label, "", header); err != nil {
			return err
		}
		f.idKey, f.cols = idKey, cols
	}
	id, _ := props[f.idKey].(string)
	if id == "" {
		return &graph.Error{Code: graph.EINTERNAL, Message: fmt.Sprintf("a %s node without its %s", label, f.idKey)}
	}
	if len(props) > len(f.cols)+1 {
		for k := range props {
			if k != f.idKey && !slices.ContainsFunc(f.cols, func(c column) bool { return c.name == k }) {
				return &graph.Error{Code: graph.EINTERNAL, Message: fmt.Sprintf("%s property %s is not a column of the bulk file", label, k)}
			}
		}
	}
	f.buf.Reset()
	f.quoted(id)
	for _, c := range f.cols {
		f.buf.WriteByte(',')
		if err := f.value(c, props[c.name]); err != nil {
			return &graph.Error{Code: graph.EINVALID, Message: fmt.Sprintf("%s %s: property %s: %v", label, clip(id), c.name, err)}
		}
	}
	if label == "Unit" {
		f.buf.WriteByte(',')
		f.quoted(strings.Join(labels, arrayDelimiter))
	}
	b.bigField = max(b.bigField, f.buf.Len())
	return f.endRow()
}

// rel appends a relationship of type typ from a node of group from to one
// of group to.
func (b *BulkLoader) rel(typ, from, to, fromID, toID string) error {
	name := "rels-" + typ + "-" + from + "-" + to
	f := b.files[name]
	if f == nil {
		var err error
		if f, err = b.newFile(name, "", typ, []string{":START_ID(" + from + ")", ":END_ID(" + to + ")"}); err != nil {
			return err
		}
	}
	f.buf.Reset()
	f.quoted(fromID)
	f.buf.WriteByte(',')
	f.quoted(toID)
	return f.endRow()
}

func (b *BulkLoader) newFile(name, label, rel string, header []string) (*csvFile, error) {
	path := filepath.Join(b.csvDir, name+".csv")
	out, err := os.Create(path)
	if err != nil {
		return nil, &graph.Error{Code: graph.EINTERNAL, Message: "cannot create " + path, Err: err}
	}
	f := &csvFile{path: path, label: label, rel: rel, out: out, w: bufio.NewWriterSize(out, 1<<20)}
	f.w.WriteString(strings.Join(header, ",") + "\n")
	b.files[name] = f
	b.order = append(b.order, f)
	return f, nil
}

// column is a property column of a node file; typ is the importer's type.
type column struct{ name, typ string }

// csvType is the importer's type of a property value.
func csvType(v any) (string, error) {
	switch v.(type) {
	case string:
		return "string", nil
	case int, int64:
		return "long", nil
	case float64:
		return "double", nil
	case bool:
		return "boolean", nil
	case []string:
		return "string[]", nil
	case []bool:
		return "boolean[]", nil
	case []byte:
		return "byte[]", nil
	}
	return "", fmt.Errorf("no CSV type for %T", v)
}

// csvFile is one node or relationship file being written. Fields are
// written by hand rather than with encoding/csv, which cannot quote an
// empty string: the importer reads an unquoted empty field as no value
// and a quoted one as "".
type csvFile struct {
	path      string
	label     string // node files
	rel       string // relationship files
	idKey     string
	cols      []column
	out       *os.File
	w         *bufio.Writer
	buf       bytes.Buffer // the row being written
	multiline bool         // some field holds a line break
	closed    bool
}

func (f *csvFile) quoted(s string) {
	if strings.ContainsAny(s, "\r\n") {
		f.multiline = true
	}
	f.buf.WriteByte('"')
	f.buf.WriteString(strings.ReplaceAll(s, `"`, `""`))
	f.buf.WriteByte('"')
}

// value writes v as a field of column c; nil is an empty field (no
// property, as SET n = row.props leaves a null out).
func (f *csvFile) value(c column, v any) error {
	if v == nil {
		return nil
	}
	if typ, err := csvType(v); err != nil || typ != c.typ {
		return fmt.Errorf("a %T where the column holds %s", v, c.typ)
	}
	switch x := v.(type) {
	case string:
		f.quoted(x)
	case int:
		f.buf.WriteString(strconv.Itoa(x))
	case int64:
		f.buf.WriteString(strconv.FormatInt(x, 10))
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return fmt.Errorf("%v is not a finite number", x)
		}
		f.buf.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case bool:
		f.buf.WriteString(strconv.FormatBool(x))
	case []string:
		if len(x) == 0 {
			return nil // the importer has no empty list: left out
		}
		for _, s := range x {
			if strings.Contains(s, arrayDelimiter) {
				return fmt.Errorf("list element %q holds the control character U+001F", clip(s))
			}
		}
		f.quoted(strings.Join(x, arrayDelimiter))
	case []bool:
		if len(x) == 0 {
			return nil
		}
		for i, v := range x {
			if i > 0 {
				f.buf.WriteString(arrayDelimiter)
			}
			f.buf.WriteString(strconv.FormatBool(v))
		}
	case []byte:
		// Neo4j's bytes are signed.
		for i, by := range x {
			if i > 0 {
				f.buf.WriteString(arrayDelimiter)
			}
			f.buf.WriteString(strconv.Itoa(int(int8(by))))
		}
	}
	return nil
}

func (f *csvFile) endRow() error {
	f.buf.WriteByte('\n')
	_, err := f.w.Write(f.buf.Bytes())
	return err
}

func (f *csvFile) close() error {
	if f.closed || f.out == nil {
		return nil
	}
	f.closed = true
	err := f.w.Flush()
	if cerr := f.out.Close(); err == nil {
		err = cerr
	}
	return err
}

// tailWriter keeps the last max bytes written to it.
type tailWriter struct {
	max int
	buf []byte
}

func (t *tailWriter) Write(p []byte) (int, error) {
	t.buf = append(t.buf, p...)
	if len(t.buf) > t.max {
		t.buf = t.buf[len(t.buf)-t.max:]
	}
	return len(p), nil
}

// lastLines is the last n non-empty lines, joined by " | ".
func (t *tailWriter) lastLines(n int) string {
	var lines []string
	for _, l := range strings.Split(string(t.buf), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines[max(0, len(lines)-n):], " | ")
}

// randomUUID is a version 4 UUID, as Cypher's randomUUID() draws.
func randomUUID() (string, error) {
	var u [16]byte
	if _, err := rand.Read(u[:]); err != nil {
		return "", err
	}
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:]), nil
}

func isFile(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
