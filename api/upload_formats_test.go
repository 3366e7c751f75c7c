package api_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"net/http"
	"os"
	"strings"
	"testing"

	"govgraph/graph"
)

// zipBomb is a small .docx or .xlsx whose one XML entry inflates to 100 MB.
func zipBomb(t *testing.T, entry string) []byte {
	t.Helper()
	var raw bytes.Buffer
	fw, _ := flate.NewWriter(&raw, flate.BestCompression)
	chunk := []byte(strings.Repeat("<w:p><w:r><w:t>任务</w:t></w:r></w:p>", 2048))
	const size = 100 << 20
	for n := 0; n+len(chunk) <= size; n += len(chunk) {
		fw.Write(chunk)
	}
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: entry, Method: zip.Deflate,
		CompressedSize64: uint64(raw.Len()), UncompressedSize64: size / uint64(len(chunk)) * uint64(len(chunk))})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(raw.Bytes())
	zw.Close()
	return buf.Bytes()
}

// Zip bombs are 413 before they are inflated; the new file types upload.
func TestUploadFormats(t *testing.T) {
	for _, tt := range []struct{ file, entry string }{{"bomb.docx", "word/document.xml"}, {"bomb.xlsx", "xl/worksheets/sheet1.xml"}} {
		t.Run(tt.file, func(t *testing.T) {
			e := newEnv(t, false, withAdmin(adminToken))
			p := e.upload(t, "file", tt.file, zipBomb(t, tt.entry), bearer...).problem(t, http.StatusRequestEntityTooLarge)
			if p.Code != graph.ETOOLARGE || !strings.Contains(p.Detail, tt.file+": zip entry "+tt.entry) {
				t.Errorf("problem %+v", p)
			}
		})
	}
	for _, name := range []string{"html-tangxi-county.html", "xlsx-baishiling-city.xlsx", "md-hechuan-county.md"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile("../graph/extract/testdata/genre/" + name)
			if err != nil {
				t.Fatal(err)
			}
			e := newEnv(t, false, withAdmin(adminToken))
			e.upload(t, "file", name, data, bearer...).status(t, http.StatusCreated)
			counts, _ := e.store.Counts(t.Context())
			if counts.Documents != 1 || counts.Tasks < 25 {
				t.Errorf("%s: counts %+v", name, counts)
			}
		})
	}
}
