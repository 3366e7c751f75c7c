package api

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) deleteDocument(c *gin.Context) {
	id, err := pathName(c, "id")
	if err != nil {
		s.fail(c, err)
		return
	}
	if err := s.store.DeleteDocument(c.Request.Context(), id); err != nil {
		s.fail(c, err)
		return
	}
	s.log.Info("document deleted", "requestId", requestID(c), "document", id)
	s.answerBookmarks(c)
	c.Status(http.StatusNoContent)
}
