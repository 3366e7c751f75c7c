package graph

import "context"

// Several govgraph servers may share one store (Neo4j, perhaps a cluster):
// docs/deployment.md. Two optional interfaces make them behave as one
// service: bookmarks, so that a read sees the writes its client has seen
// even when a lagging secondary serves it, and originals kept in the
// store rather than on one server's disk.

// Bookmarker is implemented by stores whose reads may be served by a copy
// that lags behind the writer (a Neo4j cluster's secondaries).
type Bookmarker interface {
	// Bookmarks name the writes this process has committed or seen so far:
	// a read given them (WithBookmarks) waits until its server has them.
	// Opaque values; none when nothing was written.
	Bookmarks(ctx context.Context) ([]string, error)
}

type bookmarksKey struct{}

// WithBookmarks returns ctx whose reads must see at least the writes that
// bookmarks (from Bookmarker.Bookmarks, perhaps of another process) name.
func WithBookmarks(ctx context.Context, bookmarks []string) context.Context {
	if len(bookmarks) == 0 {
		return ctx
	}
	return context.WithValue(ctx, bookmarksKey{}, bookmarks)
}

// BookmarksOf are the bookmarks WithBookmarks gave ctx.
func BookmarksOf(ctx context.Context) []string {
	b, _ := ctx.Value(bookmarksKey{}).([]string)
	return b
}

// Original is the file a stored document was parsed from, byte for byte.
type Original struct {
	Name   string // the file name it was uploaded under
	Data   []byte
	SHA256 string // hex digest of Data
}

// OriginalStore is implemented by stores that keep each document's
// original in the store, so that every server on it can hand it out. An
// original belongs to the source text the document was parsed to
// (DocumentMeta.Hash): re-deriving the document (new tables) keeps it,
// replacing it by one of another source or deleting it drops it
// (ENOTFOUND) until one is kept again.
type OriginalStore interface {
	// KeepOriginal keeps o as the original of the stored document id,
	// replacing any other; ENOTFOUND when no document id is stored.
	KeepOriginal(ctx context.Context, id string, o Original) error
	// Original is the original kept with the stored source of document
	// id; ENOTFOUND when there is none.
	Original(ctx context.Context, id string) (*Original, error)
}
