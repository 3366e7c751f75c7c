package extract

import (
	"context"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"govgraph/graph"
)

// docxText reads word/document.xml as a stream: each body paragraph becomes
// a line, each table row a line of TAB-joined cells (a cell's paragraphs
// joined by a space). Vertically merged cells repeat the text of the cell
// above, as a reader of the printed table would (tableGrid).
func docxText(ctx context.Context, name string, data []byte) (string, error) {
	zr, err := openZip(name, ".docx", data)
	if err != nil {
		return "", err
	}
	doc := zipEntry(zr, "word/document.xml")
	if doc == nil {
		return "", graph.Errorf(graph.EINVALID, "%s: not a .docx document (no word/document.xml)", name)
	}
	rc, err := openEntry(ctx, doc)
	if err != nil {
		return "", graph.Errorf(graph.EINVALID, "%s: cannot open word/document.xml: %v", name, err)
	}
	defer rc.Close()
	num, err := readDocxNumbering(ctx, name, zr)
	if err != nil {
		return "", err
	}
	w := &docxWalker{numbering: num}
	w.grid = newFormGrid(&w.out)
	if err := w.walk(rc); err != nil {
		return "", xmlError(name, "word/document.xml", err)
	}
	w.grid.end() // a table the document never closed
	return w.out.String(), nil
}

// xmlError explains a failure while streaming an XML entry.
func xmlError(name, entry string, err error) error {
	var se *xml.SyntaxError
	var ge *graph.Error
	switch {
	case errors.As(err, &ge):
		ge.Message = name + ": " + ge.Message
		return ge
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return err
	case errors.As(err, &se):
		return graph.Errorf(graph.EINVALID, "%s: %s line %d: malformed XML: %s", name, entry, se.Line, se.Msg)
	}
	return graph.Errorf(graph.EINVALID, "%s: cannot read %s: %v", name, entry, err)
}

type docxCell struct {
	text  strings.Builder
	span  int  // gridSpan
	merge bool // vMerge continuation
}

type docxWalker struct {
	out       strings.Builder
	para      strings.Builder // current top-level paragraph
	tblDepth  int
	row       []*docxCell
	cell      *docxCell
	inText    bool
	grid      *tableGrid // the current top-level table
	cells     []gridCell // scratch
	cellParas int
	// a table inside a cell of the top-level table: its rows, written into
	// the cell as labelled fields when it ends (nestedCellText)
	inner     [][]string
	innerCell *strings.Builder
	// frames holds, per open table, whether it is a layout frame (one
	// grid column): its rows and cells are not a table, what they hold is
	// read as if it stood outside it (paragraphs, the tables inside)
	frames   []bool
	gridCols int
	// fallback counts open mc:Fallback elements: the copy Word keeps for
	// old readers of what mc:Choice holds (a text box), skipped
	fallback int
	// Word's list numbering (docxnum.go) and the current paragraph's: its
	// style, list and level; pPrChange holds a former pPr, not read
	numbering *docxNumbering
	pStyle    string
	numID     string
	ilvl      int
	inChange  int
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
			if t.Name.Local == "Fallback" {
				w.fallback++
			}
			if w.fallback == 0 {
				w.start(t)
			}
		case xml.EndElement:
			if w.fallback == 0 {
				w.end(t.Name.Local)
			} else if t.Name.Local == "Fallback" {
				w.fallback--
			}
		case xml.CharData:
			if w.inText {
				w.write(string(t))
			}
		}
	}
}

func (w *docxWalker) write(s string) {
	if w.tblDepth > 1 && w.innerCell != nil {
		w.innerCell.WriteString(s)
		return
	}
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
		w.frames = append(w.frames, false)
		w.gridCols = 0
		if w.tblDepth == 0 {
			w.flushPara()
			w.grid = newFormGrid(&w.out)
		}
		w.tblDepth++
		if w.tblDepth == 2 {
			w.inner = w.inner[:0]
		}
	case "gridCol":
		w.gridCols++
	case "tr":
		if w.tblDepth == 1 {
			w.row = w.row[:0]
		}
		if w.tblDepth == 2 {
			w.inner = append(w.inner, nil)
		}
	case "tc":
		if w.tblDepth == 1 {
			w.cell = &docxCell{span: 1}
			w.row = append(w.row, w.cell)
			w.cellParas = 0
		}
		if w.tblDepth == 2 {
			w.innerCell = &strings.Builder{}
		}
	case "pPrChange":
		w.inChange++
	case "pStyle":
		if w.inChange == 0 {
			w.pStyle, _ = attr(t, "val")
		}
	case "numId":
		if w.inChange == 0 {
			w.numID, _ = attr(t, "val")
		}
	case "ilvl":
		if w.inChange == 0 {
			v, _ := attr(t, "val")
			w.ilvl, _ = strconv.Atoi(v)
		}
	case "p":
		w.pStyle, w.numID, w.ilvl = "", "", -1
		if w.tblDepth > 1 && w.innerCell != nil {
			w.innerCell.WriteByte(' ')
		} else if w.tblDepth > 0 && w.cell != nil {
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
	case "pPrChange":
		w.inChange--
	case "pPr":
		if w.inChange == 0 && w.numbering != nil {
			w.write(w.listLabel())
		}
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
		if w.tblDepth == 2 && w.innerCell != nil && len(w.inner) > 0 {
			last := len(w.inner) - 1
			w.inner[last] = append(w.inner[last], w.innerCell.String())
			w.innerCell = nil
		}
	case "tblGrid":
		if w.tblDepth == 1 && w.gridCols == 1 && len(w.frames) > 0 {
			// a one-column top-level table frames what it holds
			w.frames[len(w.frames)-1] = true
			w.tblDepth = 0
		}
	case "tbl":
		if n := len(w.frames); n > 0 {
			frame := w.frames[n-1]
			w.frames = w.frames[:n-1]
			if frame {
				return
			}
		}
		if w.tblDepth == 2 && w.cell != nil {
			w.cell.text.WriteString(" " + nestedCellText(w.inner) + " ")
		}
		w.tblDepth--
		if w.tblDepth <= 0 {
			w.tblDepth = 0
			w.grid.end()
		}
	}
}

// listLabel is the number Word shows before the current paragraph: from
// its own numPr, else its style's.
func (w *docxWalker) listLabel() string {
	numID, ilvl := w.numID, w.ilvl
	if ref, ok := w.numbering.styleNum(w.pStyle); ok && numID == "" {
		numID = ref.numID
		if ilvl < 0 && ref.hasLvl {
			ilvl = ref.ilvl
		}
	}
	if numID == "" || numID == "0" {
		return ""
	}
	return w.numbering.label(numID, max(ilvl, 0))
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
	cells := w.cells[:0]
	for _, c := range w.row {
		cells = append(cells, gridCell{text: c.text.String(), colspan: c.span, above: c.merge})
	}
	w.cells = cells
	w.grid.row(cells)
	w.row = w.row[:0]
}
