package api

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"govgraph/graph"
)

// UploadTypes are the file extensions POST /documents accepts.
var UploadTypes = []string{".txt", ".md", ".tsv", ".csv", ".html", ".htm", ".docx", ".xlsx", ".pdf"}

// multipartSlack is what a multipart body may carry beyond the file itself.
const multipartSlack = 64 << 10

// UploadResult is the answer of POST /documents.
type UploadResult struct {
	graph.ImportResult
	Meta        graph.DocumentMeta `json:"meta"`
	Diagnostics []graph.Diagnostic `json:"diagnostics"`
	// Upload is the file name the raw upload was kept under ("" when
	// Config.UploadDir is empty).
	Upload string `json:"upload"`
}

func (s *server) upload(c *gin.Context) {
	if s.cfg.Parse == nil {
		s.fail(c, graph.Errorf(graph.ENOTIMPLEMENTED, "this server has no parser configured; uploads are not possible"))
		return
	}
	limit := s.cfg.MaxUpload
	if c.Request.ContentLength > limit+multipartSlack {
		s.fail(c, tooLarge(limit))
		return
	}
	mt, mp, err := mime.ParseMediaType(c.GetHeader("Content-Type"))
	if err != nil || mt != "multipart/form-data" || mp["boundary"] == "" {
		s.fail(c, graph.Errorf(graph.EINVALID, "the body must be multipart/form-data with the document in the field \"file\""))
		return
	}
	body := http.MaxBytesReader(c.Writer, c.Request.Body, limit+multipartSlack)
	name, data, err := readUploadFile(multipart.NewReader(body, mp["boundary"]), limit)
	if err != nil {
		var maxErr *http.MaxBytesError
		if errors.As(err, &maxErr) {
			err = tooLarge(limit)
		}
		s.fail(c, err)
		return
	}

	saved := ""
	if s.cfg.UploadDir != "" {
		if saved, err = keepUpload(s.cfg.UploadDir, name, data, time.Now()); err != nil {
			s.fail(c, &graph.Error{Code: graph.EINTERNAL, Message: "keep upload", Err: err})
			return
		}
		s.log.Info("upload kept", "requestId", requestID(c), "file", saved, "bytes", len(data))
		defer func() {
			if c.Writer.Status() == http.StatusCreated {
				return
			}
			if err := retireFailedUpload(s.cfg.UploadDir, saved, time.Now()); err != nil {
				s.log.Warn("failed upload not retired", "requestId", requestID(c), "file", saved, "error", err.Error())
			}
		}()
	}

	doc, err := s.cfg.Parse(c.Request.Context(), name, data)
	if err != nil {
		s.fail(c, parseProblem(name, err))
		return
	}
	if len(doc.Tasks) == 0 {
		s.fail(c, &graph.Error{Code: codeUnprocessable, Message: name + ": no annotated tasks found (" +
			"a task ends with an annotation such as （牵头领导：…；牵头单位：…；责任单位：…）); nothing was imported"})
		return
	}
	res, err := s.store.Import(c.Request.Context(), doc)
	if err != nil {
		s.fail(c, err)
		return
	}
	if err := s.keepOriginal(c, res.Document, name, data); err != nil {
		s.fail(c, err)
		return
	}
	s.answerBookmarks(c)
	c.Header("Location", Prefix+"/documents/"+res.Document)
	s.writeJSON(c, http.StatusCreated, "application/json", UploadResult{
		ImportResult: res, Meta: doc.Meta, Diagnostics: nonNil(doc.Diagnostics), Upload: saved,
	})
}

func tooLarge(limit int64) error {
	return graph.Errorf(graph.ETOOLARGE, "the upload is larger than the limit of %s", byteSize(limit))
}

func byteSize(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	if n >= 1<<10 && n%(1<<10) == 0 {
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// readUploadFile finds the part "file" and reads it, at most limit bytes.
func readUploadFile(mr *multipart.Reader, limit int64) (name string, data []byte, err error) {
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			return "", nil, graph.Errorf(graph.EINVALID, "the form has no field \"file\" holding the document")
		}
		if err != nil {
			var maxErr *http.MaxBytesError
			if errors.As(err, &maxErr) {
				return "", nil, err
			}
			return "", nil, &graph.Error{Code: graph.EINVALID, Message: "the multipart body is malformed", Err: err}
		}
		if part.FormName() != "file" {
			_, _ = io.Copy(io.Discard, part)
			continue
		}
		name = filepath.Base(strings.ReplaceAll(part.FileName(), `\`, "/"))
		if name == "" || name == "." || name == "/" {
			return "", nil, graph.Errorf(graph.EINVALID, "the field \"file\" has no file name")
		}
		ext := strings.ToLower(filepath.Ext(name))
		if !slices.Contains(UploadTypes, ext) {
			return "", nil, graph.Errorf(graph.EUNSUPPORTED, "%s: files of type %q cannot be read; upload one of %s", name, ext, strings.Join(UploadTypes, ", "))
		}
		data, err = io.ReadAll(io.LimitReader(part, limit+1))
		if err != nil {
			var maxErr *http.MaxBytesError
			if errors.As(err, &maxErr) {
				return "", nil, err
			}
			return "", nil, &graph.Error{Code: graph.EINVALID, Message: "the upload was cut short", Err: err}
		}
		if int64(len(data)) > limit {
			return "", nil, tooLarge(limit)
		}
		if len(data) == 0 {
			return "", nil, graph.Errorf(graph.EINVALID, "%s is empty", name)
		}
		return name, data, nil
	}
}

// Retention of failed uploads: they are moved to UploadDir/failed for
// diagnosis, where only the FailedUploadsKept most recent ones, none older
// than FailedUploadsAge, are kept. Imported uploads stay in UploadDir.
const (
	FailedUploadsKept = 20
	FailedUploadsAge  = 7 * 24 * time.Hour
)

// retireFailedUpload moves dir/saved to dir/failed and prunes that folder.
func retireFailedUpload(dir, saved string, now time.Time) error {
	failed := filepath.Join(dir, "failed")
	if err := os.MkdirAll(failed, 0o750); err != nil {
		return err
	}
	if err := os.Rename(filepath.Join(dir, saved), filepath.Join(failed, saved)); err != nil {
		return err
	}
	entries, err := os.ReadDir(failed)
	if err != nil {
		return err
	}
	// Names start with the upload time, so name order is time order.
	var errs []error
	for i, e := range entries {
		info, err := e.Info()
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		if len(entries)-i > FailedUploadsKept || now.Sub(info.ModTime()) > FailedUploadsAge {
			errs = append(errs, os.Remove(filepath.Join(failed, e.Name())))
		}
	}
	return errors.Join(errs...)
}

// keepUpload writes data to dir under a timestamped, sanitised name,
// atomically, and returns the name.
func keepUpload(dir, name string, data []byte, now time.Time) (string, error) {
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return "", err
	}
	saved := now.UTC().Format("20060102T150405.000000000Z") + "-" + SanitizeFileName(name)
	tmp, err := os.CreateTemp(dir, ".upload-*")
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return "", err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return "", err
	}
	if err := tmp.Close(); err != nil {
		return "", err
	}
	if err := os.Chmod(tmp.Name(), 0o640); err != nil {
		return "", err
	}
	return saved, os.Rename(tmp.Name(), filepath.Join(dir, saved))
}

// SanitizeFileName keeps letters (any script), digits, '.', '-' and '_' of a
// base name, replaces the rest by '_', drops leading dots and keeps at most
// 100 code points, so that the result is a safe file name.
func SanitizeFileName(name string) string {
	name = filepath.Base(strings.ReplaceAll(name, `\`, "/"))
	var b strings.Builder
	for _, r := range name {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-' || r == '_':
			b.WriteRune(r)
		default:
			b.WriteRune('_')
		}
	}
	out := strings.TrimLeft(b.String(), ".")
	if utf8.RuneCountInString(out) > 100 {
		r := []rune(out)
		out = string(r[len(r)-100:]) // keep the extension
	}
	if out == "" {
		out = "upload"
	}
	return out
}

// parseProblem says why an upload did not parse: the parser's message with
// 422, unless the parser said what kind of failure it was.
func parseProblem(name string, err error) error {
	var ge *graph.Error
	if errors.As(err, &ge) {
		switch ge.Code {
		case graph.EINVALID:
			return &graph.Error{Code: codeUnprocessable, Message: ge.Message, Err: err}
		default:
			return err
		}
	}
	return &graph.Error{Code: codeUnprocessable, Message: name + ": " + err.Error(), Err: err}
}
