package api

import (
	"crypto/sha256"
	"encoding/hex"
	"mime"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"

	"govgraph/graph"
)

// BookmarkHeader carries the store's bookmarks (graph.Bookmarker): a write
// answers with the bookmarks of the writes the server has committed, and a
// request that sends them back, to this server or another replica on the
// same store, reads data at least that new (docs/deployment.md).
const BookmarkHeader = "X-Govgraph-Bookmark"

// Limits of a bookmark header: a few bookmarks, each a short token.
const (
	maxBookmarks      = 16
	maxBookmarkLength = 512
)

// bookmarks puts the bookmarks of the request's BookmarkHeader into its
// context; a malformed header is a 400.
func (s *server) bookmarks(c *gin.Context) {
	h := strings.TrimSpace(c.GetHeader(BookmarkHeader))
	if h == "" {
		c.Next()
		return
	}
	parts := strings.Split(h, ",")
	if len(parts) > maxBookmarks {
		s.fail(c, invalid("header %s holds %d bookmarks; at most %d are accepted", BookmarkHeader, len(parts), maxBookmarks))
		return
	}
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if !validBookmark(p) {
			s.fail(c, invalid("header %s: bookmark %d is not one this service hands out (1 to %d letters, digits and + / = : _ - .)", BookmarkHeader, i+1, maxBookmarkLength))
			return
		}
		parts[i] = p
	}
	c.Request = c.Request.WithContext(graph.WithBookmarks(c.Request.Context(), parts))
	c.Next()
}

func validBookmark(b string) bool {
	if b == "" || len(b) > maxBookmarkLength {
		return false
	}
	for _, r := range b {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("+/=:_-.", r)) {
			return false
		}
	}
	return true
}

// answerBookmarks sets BookmarkHeader on the answer to a write, when the
// store hands out bookmarks. A failure to read them is logged, not
// answered: the write is done.
func (s *server) answerBookmarks(c *gin.Context) {
	b, ok := s.store.(graph.Bookmarker)
	if !ok {
		return
	}
	marks, err := b.Bookmarks(c.Request.Context())
	if err != nil {
		s.log.Warn("no bookmarks for the answer", "requestId", requestID(c), "error", err.Error())
		return
	}
	if len(marks) > 0 {
		c.Header(BookmarkHeader, strings.Join(marks, ","))
	}
}

// keepOriginal keeps an imported upload in the store, when the store keeps
// originals, so that every replica can serve it.
func (s *server) keepOriginal(c *gin.Context, id, name string, data []byte) error {
	keeper, ok := s.store.(graph.OriginalStore)
	if !ok {
		return nil
	}
	sum := sha256.Sum256(data)
	if err := keeper.KeepOriginal(c.Request.Context(), id, graph.Original{Name: name, Data: data, SHA256: hex.EncodeToString(sum[:])}); err != nil {
		return &graph.Error{Code: graph.ErrorCode(err), Message: "document " + id + " is imported but its original could not be kept; upload it again", Err: err}
	}
	return nil
}

// documentOriginal answers GET /documents/{id}/original: the uploaded
// file, as an attachment (never shown inline: it may be HTML).
func (s *server) documentOriginal(c *gin.Context) {
	id, err := pathName(c, "id")
	if err != nil {
		s.fail(c, err)
		return
	}
	keeper, ok := s.store.(graph.OriginalStore)
	if !ok {
		s.fail(c, graph.Errorf(graph.ENOTIMPLEMENTED, "the %s store keeps no originals", s.store.Kind()))
		return
	}
	o, err := keeper.Original(c.Request.Context(), id)
	if err != nil {
		s.fail(c, err)
		return
	}
	ct := mime.TypeByExtension(strings.ToLower(filepath.Ext(o.Name)))
	if ct == "" || strings.HasPrefix(ct, "text/html") {
		ct = "application/octet-stream"
	}
	c.Header("Content-Disposition", "attachment; filename*=UTF-8''"+url.PathEscape(SanitizeFileName(o.Name)))
	c.Header("ETag", `"`+o.SHA256+`"`)
	c.Header("X-Original-SHA256", o.SHA256)
	c.Data(http.StatusOK, ct, o.Data)
}
