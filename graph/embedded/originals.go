package embedded

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"govgraph/graph"
)

var _ graph.OriginalStore = (*Store)(nil)

// originalsDir holds the kept originals, one file per document, beside the
// data files (load skips directories).
const originalsDir = "originals"

// keptOriginal is the content of one originals file: the original and the
// source hash of the document it was kept with.
type keptOriginal struct {
	Of       string         `json:"of"`
	Original graph.Original `json:"original"`
}

func originalFile(id string) string {
	return strings.TrimSuffix(fileName(id), ".json") + ".original.json"
}

// KeepOriginal implements graph.OriginalStore.
func (s *Store) KeepOriginal(ctx context.Context, id string, o graph.Original) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, err := s.stored(ctx, id)
	if err != nil {
		return err
	}
	kept := keptOriginal{Of: d.doc.Meta.Hash, Original: o}
	if s.dir == "" {
		if s.originals == nil {
			s.originals = map[string]keptOriginal{}
		}
		kept.Original.Data = append([]byte(nil), o.Data...)
		s.originals[id] = kept
		return nil
	}
	data, err := json.Marshal(kept)
	if err == nil {
		dir := filepath.Join(s.dir, originalsDir)
		if err = os.MkdirAll(dir, 0o755); err == nil {
			err = writeFileAtomic(dir, originalFile(id), data)
		}
	}
	if err != nil {
		return &graph.Error{Code: graph.EINTERNAL, Message: "cannot keep the original of document " + id, Err: err}
	}
	return nil
}

// Original implements graph.OriginalStore.
func (s *Store) Original(ctx context.Context, id string) (*graph.Original, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	d, err := s.stored(ctx, id)
	if err != nil {
		return nil, err
	}
	var kept keptOriginal
	if s.dir == "" {
		kept = s.originals[id]
	} else {
		data, err := os.ReadFile(filepath.Join(s.dir, originalsDir, originalFile(id)))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, &graph.Error{Code: graph.EINTERNAL, Message: "cannot read the original of document " + id, Err: err}
		}
		if err == nil {
			if err := json.Unmarshal(data, &kept); err != nil {
				return nil, &graph.Error{Code: graph.EINTERNAL, Message: "the kept original of document " + id + " is unreadable", Err: err}
			}
		}
	}
	if kept.Of != d.doc.Meta.Hash {
		return nil, graph.Errorf(graph.ENOTFOUND, "no original is kept for the stored source of document %q", id)
	}
	o := kept.Original
	o.Data = append([]byte(nil), o.Data...)
	return &o, nil
}

// dropOriginal forgets the original of a deleted document (s.mu held).
func (s *Store) dropOriginal(id string) error {
	if s.dir == "" {
		delete(s.originals, id)
		return nil
	}
	err := os.Remove(filepath.Join(s.dir, originalsDir, originalFile(id)))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return err
}
