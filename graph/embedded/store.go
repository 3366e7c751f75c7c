// Package embedded is govgraph's pure-Go graph store: the whole graph is held
// in memory, indexed for the queries of graph.Store, and each document is
// persisted as one JSON file in a data directory, written atomically.
package embedded

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"

	"govgraph/graph"
)

var _ graph.Store = (*Store)(nil)

// Store is the embedded graph store. It is safe for concurrent use: one
// writer or many readers at a time, and every answer is a copy.
type Store struct {
	dir  string
	lock *os.File // holds the data directory's lock while open

	mu        sync.RWMutex
	closed    bool
	seq       int64  // import sequence number of the newest document
	version   string // stateHash, renewed by every write
	entityNum int
	docs      map[string]*docState
	originals map[string]keptOriginal // of a store in memory only (no dir)
	sorted    []*docState             // docs by id
	leaders   *entityIndex
	units     *entityIndex
	projects  *entityIndex
}

// recordFormat is the version of the data file layout.
const recordFormat = 1

// record is the content of one data file: a document with its source (which
// graph.Document leaves out of its JSON) and its import sequence number,
// which decides whose entity properties win after a restart.
type record struct {
	Format   int             `json:"format"`
	Seq      int64           `json:"seq"`
	Document *graph.Document `json:"document"`
	Source   string          `json:"source"`
}

const (
	tempPrefix = ".tmp-"
	lockName   = "LOCK"
)

// Open opens the store persisted in dir, creating dir when needed, and loads
// every document in it. An empty dir means a store in memory only.
func Open(dir string) (*Store, error) {
	s := &Store{
		dir:      dir,
		docs:     make(map[string]*docState),
		leaders:  newEntityIndex(graph.NodeLeader),
		units:    newEntityIndex(graph.NodeUnit),
		projects: newEntityIndex(graph.NodeProject),
	}
	if dir == "" {
		s.version = s.stateHash()
		return s, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, openError("cannot create data directory %s", dir, err)
	}
	lock, err := lockDir(filepath.Join(dir, lockName))
	if err != nil {
		return nil, openError("cannot lock data directory %s (is another govgraph using it?)", dir, err)
	}
	s.lock = lock
	if err := s.load(); err != nil {
		unlockDir(lock)
		return nil, err
	}
	s.version = s.stateHash()
	return s, nil
}

// stateHash is the data version: a hash of every stored document's id,
// content fingerprint and import sequence number, which together decide
// every answer. Every write changes it, the same data has the same version
// after a restart, and other data never has it.
func (s *Store) stateHash() string {
	h := sha256.New()
	for _, d := range s.sorted {
		fmt.Fprintf(h, "%s\x00%s\x00%d\n", d.doc.Meta.ID, d.fingerprint, d.seq)
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// Version implements graph.Store.
func (s *Store) Version(ctx context.Context) (string, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.ready(ctx); err != nil {
		return "", err
	}
	return s.version, nil
}

func openError(format, path string, err error) error {
	return &graph.Error{Code: graph.EINTERNAL, Op: "embedded.Open", Message: fmt.Sprintf(format, path), Err: err}
}

// load reads every data file, removes temporary files left by a crash, and
// replays the documents in import order.
func (s *Store) load() error {
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return openError("cannot read data directory %s", s.dir, err)
	}
	type loaded struct {
		rec  record
		doc  *graph.Prepared
		path string
	}
	var recs []loaded
	byID := make(map[string]string)
	for _, entry := range entries {
		name := entry.Name()
		path := filepath.Join(s.dir, name)
		if !entry.Type().IsRegular() {
			continue
		}
		if strings.HasPrefix(name, tempPrefix) {
			// An import that crashed before its rename: the document it was
			// writing was never stored.
			if err := os.Remove(path); err != nil {
				return openError("cannot remove leftover temporary file %s", path, err)
			}
			continue
		}
		if !strings.HasSuffix(name, ".json") {
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return openError("cannot read data file %s", path, err)
		}
		var rec record
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&rec); err != nil {
			return openError("data file %s is not a valid document record", path, err)
		}
		if rec.Format != recordFormat {
			return openError("data file %s has format %d", path, fmt.Errorf("want format %d", recordFormat))
		}
		if rec.Document == nil {
			return openError("data file %s holds no document", path, nil)
		}
		rec.Document.Source = rec.Source
		prepared, err := graph.Prepare(rec.Document)
		if err != nil {
			return openError("data file %s holds an invalid document", path, err)
		}
		id := rec.Document.Meta.ID
		if want := fileName(id); name != want {
			return openError("data file %s holds document "+id+" whose file is "+want, path, nil)
		}
		if other, dup := byID[id]; dup {
			return openError("data file %s repeats document "+id+" of "+other, path, nil)
		}
		byID[id] = path
		recs = append(recs, loaded{rec: rec, doc: prepared, path: path})
	}
	slices.SortFunc(recs, func(a, b loaded) int {
		return cmp.Or(cmp.Compare(a.rec.Seq, b.rec.Seq), strings.Compare(a.rec.Document.Meta.ID, b.rec.Document.Meta.ID))
	})
	for _, r := range recs {
		s.seq = max(s.seq, r.rec.Seq)
		s.addDocument(r.doc, r.rec.Seq)
	}
	return nil
}

// fileName is the data file of a document id: the id itself when it is a
// safe file name, else "_" and a hash of the id.
func fileName(id string) string {
	if safeID.MatchString(id) {
		return id + ".json"
	}
	sum := sha256.Sum256([]byte(id))
	return "_" + hex.EncodeToString(sum[:16]) + ".json"
}

var safeID = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$`)

// Kind implements graph.Store.
func (s *Store) Kind() string { return "embedded" }

// Ping implements graph.Store.
func (s *Store) Ping(ctx context.Context) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.ready(ctx)
}

// Close releases the data directory; later calls fail with EUNAVAILABLE.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	if s.lock != nil {
		return unlockDir(s.lock)
	}
	return nil
}

// ready is checked under the lock by every method.
func (s *Store) ready(ctx context.Context) error {
	if s.closed {
		return graph.Errorf(graph.EUNAVAILABLE, "the embedded store is closed")
	}
	return ctxError(ctx)
}

func ctxError(ctx context.Context) error {
	err := ctx.Err()
	switch {
	case err == nil:
		return nil
	case errors.Is(err, context.DeadlineExceeded):
		return &graph.Error{Code: graph.ETIMEOUT, Message: "the query ran over its time limit", Err: err}
	default:
		return &graph.Error{Code: graph.EUNAVAILABLE, Message: "the request was cancelled", Err: err}
	}
}
