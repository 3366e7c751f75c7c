package embedded

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"

	"govgraph/graph"
)

// Import implements graph.Store.
func (s *Store) Import(ctx context.Context, doc *graph.Document) (graph.ImportResult, error) {
	p, err := graph.Prepare(doc)
	if err != nil {
		return graph.ImportResult{}, err
	}
	// The stored copy is the document as JSON carries it back, so that what
	// Document returns is the same before and after a restart.
	stored := p.Doc
	fp := p.Fingerprint

	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.ready(ctx); err != nil {
		return graph.ImportResult{}, err
	}
	id := doc.Meta.ID
	old := s.docs[id]
	if old != nil && old.fingerprint == fp {
		return result(old, false, true), nil
	}
	seq := s.seq + 1
	if s.dir != "" {
		data, err := json.Marshal(record{Format: recordFormat, Seq: seq, Document: stored, Source: stored.Source})
		if err != nil {
			return graph.ImportResult{}, &graph.Error{Code: graph.EINTERNAL, Message: "cannot encode document " + id, Err: err}
		}
		if err := writeFileAtomic(s.dir, fileName(id), data); err != nil {
			return graph.ImportResult{}, &graph.Error{Code: graph.EINTERNAL, Message: "cannot write document " + id, Err: err}
		}
	}
	s.seq = seq
	if old != nil {
		s.removeDocument(old)
	}
	d := s.addDocument(p, seq)
	s.version = s.stateHash()
	return result(d, old != nil, false), nil
}

func result(d *docState, replaced, unchanged bool) graph.ImportResult {
	return graph.ImportResult{
		Document:  d.doc.Meta.ID,
		Replaced:  replaced,
		Unchanged: unchanged,
		Tasks:     len(d.doc.Tasks),
		Nodes:     d.nodes,
		Rels:      d.rels,
	}
}

// DeleteDocument implements graph.Store.
func (s *Store) DeleteDocument(ctx context.Context, id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, err := s.stored(ctx, id)
	if err != nil {
		return err
	}
	if s.dir != "" {
		if err := removeFileDurably(s.dir, fileName(id)); err != nil {
			return &graph.Error{Code: graph.EINTERNAL, Message: "cannot delete document " + id, Err: err}
		}
	}
	s.removeDocument(d)
	s.version = s.stateHash()
	if err := s.dropOriginal(id); err != nil {
		return &graph.Error{Code: graph.EINTERNAL, Message: "document " + id + " is deleted but not its original", Err: err}
	}
	return nil
}

// writeFileAtomic replaces dir/name with data so that a crash leaves either
// the old file or the new one: temporary file, fsync, rename, fsync dir.
func writeFileAtomic(dir, name string, data []byte) (err error) {
	f, err := os.CreateTemp(dir, tempPrefix+"*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp, filepath.Join(dir, name)); err != nil {
		return err
	}
	return syncDir(dir)
}

func removeFileDurably(dir, name string) error {
	if err := os.Remove(filepath.Join(dir, name)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return syncDir(dir)
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
