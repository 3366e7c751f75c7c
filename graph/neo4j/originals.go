package neo4j

import (
	"context"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"govgraph/graph"
)

var (
	_ graph.OriginalStore = (*Store)(nil)
	_ graph.Bookmarker    = (*Store)(nil)
)

// An original is kept on its :Document node (original, originalName,
// originalSha256) with the source hash of the document it came with
// (originalOf): deleting the document deletes it, and one replaced by
// another source has none until one is kept again. Documents leaves these
// properties out.
const (
	qKeepOriginal = `MATCH (d:Document {id: $id})
SET d.original = $data, d.originalName = $name, d.originalSha256 = $sha256, d.originalOf = d.hash
RETURN d.id`
	qOriginal = `MATCH (d:Document {id: $id})
RETURN d.originalOf = d.hash AS current, d.original AS data, d.originalName AS name, d.originalSha256 AS sha256`
)

// KeepOriginal implements graph.OriginalStore. It does not change the data
// version: no answer depends on the original.
func (s *Store) KeepOriginal(ctx context.Context, id string, o graph.Original) error {
	const op = "neo4j.KeepOriginal"
	res, err := s.write(ctx, qKeepOriginal, map[string]any{"id": id, "data": o.Data, "name": o.Name, "sha256": o.SHA256})
	if err != nil {
		return s.wrap(ctx, op, "cannot keep the original of document "+id, err)
	}
	if len(res.Records) == 0 {
		return graph.Errorf(graph.ENOTFOUND, "no document %q", id)
	}
	return nil
}

// Original implements graph.OriginalStore.
func (s *Store) Original(ctx context.Context, id string) (*graph.Original, error) {
	const op = "neo4j.Original"
	res, err := s.read(ctx, qOriginal, map[string]any{"id": id})
	if err != nil {
		return nil, s.wrap(ctx, op, "", err)
	}
	if len(res.Records) == 0 {
		return nil, graph.Errorf(graph.ENOTFOUND, "no document %q", id)
	}
	v := res.Records[0].Values
	data, ok := v[1].([]byte)
	if current, _ := v[0].(bool); !current || !ok {
		return nil, graph.Errorf(graph.ENOTFOUND, "no original is kept for the stored source of document %q", id)
	}
	return &graph.Original{Name: str(v[2]), Data: data, SHA256: str(v[3])}, nil
}

// Bookmarks implements graph.Bookmarker: those of the driver's bookmark
// manager, which every transaction of this store shares.
func (s *Store) Bookmarks(ctx context.Context) ([]string, error) {
	if err := s.ready(); err != nil {
		return nil, err
	}
	b, err := s.driver.ExecuteQueryBookmarkManager().GetBookmarks(ctx)
	if err != nil {
		return nil, s.wrap(ctx, "neo4j.Bookmarks", "", err)
	}
	return neo4jdrv.BookmarksToRawValues(b), nil
}
