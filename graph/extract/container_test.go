package extract_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"crypto/rand"
	"runtime"
	"strings"
	"testing"

	"govgraph/graph"
	"govgraph/graph/extract"
)

// deflated compresses unit repeated to n bytes (rounded down to whole units)
// into a raw deflate stream.
func deflated(t *testing.T, unit string, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	fw, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	chunk := []byte(strings.Repeat(unit, 64<<10/len(unit)))
	for left := n / len(unit) * len(unit); left > 0; left -= len(chunk) {
		if _, err := fw.Write(chunk[:min(left, len(chunk))]); err != nil {
			t.Fatal(err)
		}
	}
	if err := fw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// zipEntry is one entry of a hand-made container: raw deflate data and the
// sizes its header declares (which a bomb may lie about).
type zipEntry struct {
	name         string
	raw          []byte
	uncompressed uint64
}

func buildZip(t *testing.T, entries ...zipEntry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.CreateRaw(&zip.FileHeader{Name: e.name, Method: zip.Deflate,
			CompressedSize64: uint64(len(e.raw)), UncompressedSize64: e.uncompressed})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(e.raw); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const docxPara = `<w:p><w:r><w:t>推进重点项目建设（牵头单位：县发展和改革局）</w:t></w:r></w:p>`

// Zip bombs are refused quickly, with ETOOLARGE when the header tells the
// truth and EINVALID when it lies, and never inflated far.
func TestZipBombs(t *testing.T) {
	const bomb = 100 << 20 // what the bombs inflate to
	docPara := deflated(t, docxPara, bomb)
	sheetRow := deflated(t, `<row><c t="inlineStr"><is><t>x</t></is></c></row>`, bomb)
	head := `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`
	random := make([]byte, 400<<10)
	rand.Read(random)
	tests := []struct {
		name, file string
		data       []byte
		code, msg  string
	}{
		{"docx over the entry limit", "bomb.docx", buildZip(t, zipEntry{"word/document.xml", docPara, bomb}),
			graph.ETOOLARGE, "over the limit of 48 MB per entry"},
		{"xlsx over the entry limit", "bomb.xlsx", buildZip(t, zipEntry{"xl/workbook.xml", deflated(t, "<workbook/>", 11), 11},
			zipEntry{"xl/worksheets/sheet1.xml", sheetRow, bomb}), graph.ETOOLARGE, "over the limit of 48 MB per entry"},
		{"docx over the ratio", "ratio.docx", buildZip(t, zipEntry{"word/document.xml", deflated(t, docxPara, 8<<20), 8 << 20}),
			graph.ETOOLARGE, "over the limit of 100:1"},
		{"xlsx over the total", "total.xlsx", buildZip(t, zipEntry{"xl/worksheets/sheet1.xml", random, 30 << 20},
			zipEntry{"xl/worksheets/sheet2.xml", random, 30 << 20}, zipEntry{"xl/worksheets/sheet3.xml", random, 30 << 20}),
			graph.ETOOLARGE, "brings the inflated total over the limit of 64 MB"},
		// The header claims 64 KB; archive/zip stops at the claim.
		{"docx with a lying header", "liar.docx", buildZip(t, zipEntry{"word/document.xml", deflated(t, head+docxPara, bomb), 64 << 10}),
			graph.EINVALID, "cannot read word/document.xml"},
		{"xlsx with a lying header", "liar.xlsx", buildZip(t, zipEntry{"xl/workbook.xml", deflated(t, "<workbook/>", 11), 11},
			zipEntry{"xl/worksheets/sheet1.xml", sheetRow, 64 << 10}), graph.EINVALID, "not a readable .xlsx workbook"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.data) > 2<<20 {
				t.Fatalf("the bomb is %d bytes; it should be small", len(tt.data))
			}
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			read := extract.ZipBytesRead()
			doc, err := extract.Parse(tt.file, tt.data, extract.Options{})
			runtime.ReadMemStats(&after)
			if doc != nil || graph.ErrorCode(err) != tt.code || !strings.Contains(err.Error(), tt.msg) || !strings.HasPrefix(graph.ErrorMessage(err), tt.file+": ") {
				t.Fatalf("Parse = %v, %v; want a %s error saying %q", doc, err, tt.code, tt.msg)
			}
			if n := extract.ZipBytesRead() - read; n > 1<<20 {
				t.Errorf("inflated %d bytes before refusing", n)
			}
			if n := after.TotalAlloc - before.TotalAlloc; n > 32<<20 {
				t.Errorf("allocated %d MB before refusing a %d MB bomb", n>>20, bomb>>20)
			}
		})
	}
}

// A parse stops when its context is done, with ETIMEOUT.
func TestParseContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	size := 1 << 20 / len(docxPara) * len(docxPara)
	docx := buildZip(t, zipEntry{"word/document.xml", deflated(t, docxPara, size), uint64(size)})
	for _, tt := range []struct {
		name string
		data []byte
	}{{"a.docx", docx}, {"a.txt", []byte("1．推进重点项目建设（牵头单位：县发展和改革局）\n")}} {
		doc, err := extract.ParseContext(ctx, tt.name, tt.data, extract.Options{})
		if doc != nil || graph.ErrorCode(err) != graph.ETIMEOUT {
			t.Errorf("%s: ParseContext(cancelled) = %v, %v; want a timeout error", tt.name, doc, err)
		}
	}
	// 1 MB of one paragraph inflates over 100:1 but stays under the floor.
	doc, err := extract.ParseContext(context.Background(), "a.docx", docx, extract.Options{})
	if err != nil || len(doc.Tasks) < 1000 {
		t.Errorf("docx under the ratio floor: %v", err)
	}
}
