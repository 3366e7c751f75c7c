package quality

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"govgraph/graph"
	"govgraph/graph/extract"
	"govgraph/graph/lineage"
)

// Files of a data directory's tables folder (beside aliases.tsv and
// lineage.tsv, which have the seed tables' names and format).
const (
	DismissedFile = "dismissed.tsv"
	HistoryDir    = "history"
)

// Tables are the seed tables (never written) and a data directory's own
// (written by accepted suggestions), read together: the data directory's
// rows add to the seeds' and win for the same alias. Every write keeps the
// previous file in history/.
type Tables struct {
	seeds string // "" or a missing directory: none
	dir   string

	mu        sync.RWMutex
	opts      extract.Options
	lin       *lineage.Table
	version   string
	dismissed map[string]bool
	now       func() time.Time
}

// OpenTables reads the tables of seeds and dir (created when missing).
func OpenTables(seeds, dir string) (*Tables, error) {
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, fmt.Errorf("create tables directory: %w", err)
	}
	t := &Tables{seeds: seeds, dir: dir, now: time.Now}
	opts, lin, version, err := t.load(dir)
	if err != nil {
		return nil, err
	}
	dismissed, err := readDismissed(filepath.Join(dir, DismissedFile))
	if err != nil {
		return nil, err
	}
	t.opts, t.lin, t.version, t.dismissed = opts, lin, version, dismissed
	return t, nil
}

// Dir is the data directory's tables folder.
func (t *Tables) Dir() string { return t.dir }

// Options are the parse options of the merged tables.
func (t *Tables) Options() extract.Options {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.opts
}

// Lineage is the merged lineage table.
func (t *Tables) Lineage() *lineage.Table {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.lin
}

// Version names the content of the data directory's tables; it changes
// with every accepted suggestion.
func (t *Tables) Version() string {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.version
}

// Dismissed reports whether an item id was dismissed.
func (t *Tables) Dismissed(id string) bool {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.dismissed[id]
}

// load reads the seeds with the tables of dir over them.
func (t *Tables) load(dir string) (extract.Options, *lineage.Table, string, error) {
	base, overlays := t.seeds, []string{dir}
	if st, err := os.Stat(base); base == "" || err != nil || !st.IsDir() {
		base, overlays = dir, nil
	}
	opts, err := extract.LoadTables(base, overlays...)
	if err != nil {
		return opts, nil, "", err
	}
	lin, err := lineage.Load(base, overlays...)
	if err != nil {
		return opts, nil, "", err
	}
	h := sha256.New()
	for _, name := range []string{extract.AliasesFile, lineage.FileName} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return opts, nil, "", fmt.Errorf("read %s: %w", name, err)
		}
		h.Write([]byte(name + "\x00"))
		h.Write(data)
	}
	return opts, lin, hex.EncodeToString(h.Sum(nil)[:8]), nil
}

// fileOf is the table file an action writes.
func fileOf(a *Action) (string, error) {
	switch a.Table {
	case TableAliases:
		return extract.AliasesFile, nil
	case TableLineage:
		return lineage.FileName, nil
	}
	return "", graph.Errorf(graph.EINVALID, "unknown table %q", a.Table)
}

// staged is a table change written beside the table, not yet in place.
type staged struct {
	t       *Tables
	file    string // the table's name
	tmp     string // the new content's path
	opts    extract.Options
	lin     *lineage.Table
	version string
	backup  string // the previous content in history/, once committed
}

// stage writes the table with the action's row appended to a staging
// folder and reads the merged tables from there, so that a bad row is an
// error before anything changes. The caller holds t.mu.
func (t *Tables) stage(a *Action, itemID string) (*staged, error) {
	file, err := fileOf(a)
	if err != nil {
		return nil, err
	}
	for _, f := range a.Row {
		if f == "" || strings.ContainsAny(f, "\t\n\r") {
			return nil, graph.Errorf(graph.EINVALID, "a row of %s cannot hold an empty field or a TAB or line break: %q", file, a.Row)
		}
	}
	stage, err := os.MkdirTemp(t.dir, ".stage-")
	if err != nil {
		return nil, fmt.Errorf("stage tables: %w", err)
	}
	for _, name := range []string{extract.AliasesFile, lineage.FileName} {
		data, err := os.ReadFile(filepath.Join(t.dir, name))
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			os.RemoveAll(stage)
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		if name == file {
			if len(data) == 0 {
				data = []byte(header[name])
			} else if !bytes.HasSuffix(data, []byte("\n")) {
				data = append(data, '\n')
			}
			data = fmt.Appendf(data, "# accepted %s on %s\n%s\n", itemID, t.now().UTC().Format(time.RFC3339), strings.Join(a.Row, "\t"))
		}
		if data != nil {
			if err := os.WriteFile(filepath.Join(stage, name), data, 0o640); err != nil {
				os.RemoveAll(stage)
				return nil, fmt.Errorf("stage %s: %w", name, err)
			}
		}
	}
	opts, lin, version, err := t.load(stage)
	if err != nil {
		os.RemoveAll(stage)
		return nil, &graph.Error{Code: graph.ECONFLICT, Message: "the row does not fit the tables: " + graph.ErrorMessage(err), Err: err}
	}
	return &staged{t: t, file: file, tmp: filepath.Join(stage, file), opts: opts, lin: lin, version: version}, nil
}

var header = map[string]string{
	extract.AliasesFile: "# Unit aliases accepted in the data-quality queue: alias<TAB>canonical<TAB>jurisdiction,\n" +
		"# read after seeds/aliases.tsv (docs/quality.md). Edit with care; history/ keeps every previous version.\n",
	lineage.FileName: "# Lineage events accepted in the data-quality queue: jurisdiction<TAB>date<TAB>event<TAB>from<TAB>to,\n" +
		"# read after seeds/lineage.tsv (docs/quality.md). Edit with care; history/ keeps every previous version.\n",
}

// commit keeps the previous table in history/ and renames the staged one
// into place.
func (s *staged) commit() error {
	path := filepath.Join(s.t.dir, s.file)
	prev, err := os.ReadFile(path)
	switch {
	case err == nil:
		hist := filepath.Join(s.t.dir, HistoryDir)
		if err := os.MkdirAll(hist, 0o750); err != nil {
			return err
		}
		s.backup = filepath.Join(hist, s.t.now().UTC().Format("20060102T150405.000000000Z")+"-"+s.file)
		if err := os.WriteFile(s.backup, prev, 0o640); err != nil {
			return err
		}
	case !errors.Is(err, fs.ErrNotExist):
		return err
	}
	if err := os.Rename(s.tmp, path); err != nil {
		return err
	}
	s.t.opts, s.t.lin, s.t.version = s.opts, s.lin, s.version
	return nil
}

// rollback puts the previous table back (after commit) and drops the stage.
func (s *staged) rollback(prev extract.Options, prevLin *lineage.Table, prevVersion string) error {
	var err error
	path := filepath.Join(s.t.dir, s.file)
	switch {
	case s.backup != "":
		var data []byte
		if data, err = os.ReadFile(s.backup); err == nil {
			err = writeAtomic(path, data)
		}
	default:
		if _, statErr := os.Stat(s.tmp); errors.Is(statErr, fs.ErrNotExist) {
			err = os.Remove(path) // committed over no file
		}
	}
	s.t.opts, s.t.lin, s.t.version = prev, prevLin, prevVersion
	s.cleanup()
	return err
}

func (s *staged) cleanup() { os.RemoveAll(filepath.Dir(s.tmp)) }

func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".write-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// dismiss remembers an item id in dismissed.tsv.
func (t *Tables) dismiss(it Item, document string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.dismissed[it.ID] {
		return nil
	}
	path := filepath.Join(t.dir, DismissedFile)
	prev, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if len(prev) == 0 {
		prev = []byte("# Items of the data-quality queue dismissed by an administrator: id<TAB>time<TAB>document<TAB>kind<TAB>names\n")
	}
	row := strings.Join([]string{it.ID, t.now().UTC().Format(time.RFC3339), document, it.Kind, strings.Join(it.Names, "、")}, "\t")
	if err := writeAtomic(path, append(prev, row+"\n"...)); err != nil {
		return err
	}
	t.dismissed[it.ID] = true
	return nil
}

func readDismissed(path string) (map[string]bool, error) {
	out := map[string]bool{}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return out, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, _, _ := strings.Cut(line, "\t")
		if id == "" {
			return nil, graph.Errorf(graph.EINVALID, "%s: line %d: expected an item id in the first column", path, n)
		}
		out[id] = true
	}
	return out, sc.Err()
}
