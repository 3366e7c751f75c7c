package extract

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"govgraph/graph"
)

// maxDocxXML bounds the uncompressed size of word/document.xml.
const maxDocxXML = 512 << 20

// docxText reads word/document.xml: each body paragraph becomes a line, each
// table row a line of TAB-joined cells (a cell's paragraphs joined by a
// space). Vertically merged cells repeat the text of the cell above, as a
// reader of the printed table would.
func docxText(name string, data []byte) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", graph.Errorf(graph.EINVALID, "%s: not a valid .docx (zip) file: %v", name, err)
	}
	var doc *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			doc = f
			break
		}
	}
	if doc == nil {
		return "", graph.Errorf(graph.EINVALID, "%s: not a .docx document (no word/document.xml)", name)
	}
	if doc.UncompressedSize64 > maxDocxXML {
		return "", graph.Errorf(graph.ETOOLARGE, "%s: word/document.xml is larger than %d MB", name, maxDocxXML>>20)
	}
	rc, err := doc.Open()
	if err != nil {
		return "", graph.Errorf(graph.EINVALID, "%s: cannot open word/document.xml: %v", name, err)
	}
	defer rc.Close()
	w := &docxWalker{}
	if err := w.walk(io.LimitReader(rc, maxDocxXML)); err != nil {
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			return "", graph.Errorf(graph.EINVALID, "%s: word/document.xml line %d: malformed XML: %s", name, se.Line, se.Msg)
		}
		return "", graph.Errorf(graph.EINVALID, "%s: cannot read word/document.xml: %v", name, err)
	}
	return w.out.String(), nil
}

type docxCell struct {
	text    strings.Builder
	span    int  // gridSpan
	merge   bool // vMerge continuation
	started bool
}

type docxWalker struct {
	out       strings.Builder
	para      strings.Builder // current top-level paragraph
	tblDepth  int
	row       []*docxCell
	cell      *docxCell
	inText    bool
	above     map[int]string // grid column -> text of the last row, for vMerge
	cellParas int
}

func (w *docxWalker) walk(r io.Reader) error {
	dec := xml.NewDecoder(r)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			w.start(t)
		case xml.EndElement:
			w.end(t.Name.Local)
		case xml.CharData:
			if w.inText {
				w.write(string(t))
			}
		}
	}
}

func (w *docxWalker) write(s string) {
	if w.tblDepth > 0 && w.cell != nil {
		w.cell.text.WriteString(s)
		return
	}
	if w.tblDepth == 0 {
		w.para.WriteString(s)
	}
}

func attr(t xml.StartElement, local string) (string, bool) {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

func (w *docxWalker) start(t xml.StartElement) {
	switch t.Name.Local {
	case "t":
		w.inText = true
	case "tab":
		w.write(" ")
	case "br", "cr":
		if w.tblDepth > 0 {
			w.write(" ")
		} else {
			w.write("\n")
		}
	case "noBreakHyphen":
		w.write("-")
	case "tbl":
		if w.tblDepth == 0 {
			w.flushPara()
			w.above = map[int]string{}
		}
		w.tblDepth++
	case "tr":
		if w.tblDepth == 1 {
			w.row = w.row[:0]
		}
	case "tc":
		if w.tblDepth == 1 {
			w.cell = &docxCell{span: 1}
			w.row = append(w.row, w.cell)
			w.cellParas = 0
		}
	case "p":
		if w.tblDepth > 0 && w.cell != nil {
			if w.cellParas > 0 {
				w.cell.text.WriteByte(' ')
			}
			w.cellParas++
		}
	case "gridSpan":
		if w.tblDepth == 1 && w.cell != nil {
			if v, ok := attr(t, "val"); ok {
				if n, err := strconv.Atoi(v); err == nil && n > 1 && n < 64 {
					w.cell.span = n
				}
			}
		}
	case "vMerge":
		if w.tblDepth == 1 && w.cell != nil {
			if v, _ := attr(t, "val"); v != "restart" {
				w.cell.merge = true
			}
		}
	}
}

func (w *docxWalker) end(local string) {
	switch local {
	case "t":
		w.inText = false
	case "p":
		if w.tblDepth == 0 {
			w.flushPara()
		}
	case "tr":
		if w.tblDepth == 1 {
			w.flushRow()
		}
	case "tc":
		if w.tblDepth == 1 {
			w.cell = nil
		}
	case "tbl":
		w.tblDepth--
		if w.tblDepth < 0 {
			w.tblDepth = 0
		}
	}
}

func (w *docxWalker) flushPara() {
	s := w.para.String()
	w.para.Reset()
	for _, line := range strings.Split(s, "\n") {
		w.out.WriteString(strings.ReplaceAll(line, "\t", " "))
		w.out.WriteByte('\n')
	}
}

func (w *docxWalker) flushRow() {
	col := 0
	var cells []string
	for _, c := range w.row {
		text := strings.Join(strings.Fields(strings.ReplaceAll(c.text.String(), "\t", " ")), " ")
		if c.merge && text == "" {
			text = w.above[col]
		}
		for k := 0; k < c.span; k++ {
			w.above[col+k] = text
			if k == 0 {
				cells = append(cells, text)
			} else {
				cells = append(cells, "")
			}
		}
		col += c.span
	}
	w.out.WriteString(strings.Join(cells, "\t"))
	w.out.WriteByte('\n')
	w.row = w.row[:0]
}
