package extract

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/simplifiedchinese"

	"govgraph/graph"
)

// htmlText reads a web page as saved from a government site: block elements
// (p, div, h1–h6, li, br …) become lines, data tables become TAB-joined rows
// (rowspan and colspan laid out by tableGrid), scripts, styles and forms are
// ignored. A table that holds other tables is page layout, not data: its
// cells are read as blocks. The charset comes from a BOM, the <meta> tag or,
// failing both, UTF-8 when the bytes are valid UTF-8 and GB18030 otherwise.
func htmlText(ctx context.Context, name string, data []byte) (string, error) {
	data, err := htmlUTF8(name, data)
	if err != nil {
		return "", err
	}
	root, err := html.ParseWithOptions(bytes.NewReader(data), html.ParseOptionEnableScripting(false))
	if err != nil {
		return "", graph.Errorf(graph.EINVALID, "%s: cannot read HTML: %v", name, err)
	}
	w := &htmlWalker{ctx: ctx}
	w.walk(root)
	w.flush()
	if err := ctx.Err(); err != nil {
		return "", err
	}
	return cleanText(name, w.out.String())
}

// htmlUTF8 converts the page to UTF-8.
func htmlUTF8(name string, data []byte) ([]byte, error) {
	head := data[:min(len(data), 4096)]
	enc, label, certain := charset.DetermineEncoding(head, "text/html")
	valid := utf8.Valid(data)
	switch {
	case valid && (label == "utf-8" || !certain):
		return bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), nil
	case !certain || label == "utf-8" || label == "gbk" || label == "gb18030":
		// A page labelled UTF-8 whose bytes are not is, on a Chinese
		// government site, GBK saved under the wrong label.
		// GB2312 and GBK pages are labelled gbk by the WHATWG index;
		// GB18030 decodes all of them.
		enc = simplifiedchinese.GB18030
		label = "gb18030"
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "%s: cannot decode the page as %s: %v", name, label, err)
	}
	return out, nil
}

type htmlWalker struct {
	ctx  context.Context
	out  strings.Builder
	line strings.Builder // the current block's text
	rows int             // elements seen, to check ctx now and then
	// marker: the number a browser shows before an <ol> item (1．), put
	// before the item's first line unless that line has a marker of its own.
	marker string
}

// Elements whose content is never document text.
var htmlSkip = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Head: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Select: true,
	atom.Button: true, atom.Textarea: true, atom.Input: true, atom.Form: true,
}

// Elements that start and end a line.
var htmlBlock = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true, atom.Nav: true,
	atom.Main: true, atom.Aside: true, atom.Blockquote: true, atom.Pre: true, atom.Center: true,
	atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Caption: true, atom.Hr: true,
	atom.Address: true, atom.Figure: true, atom.Figcaption: true,
}

// space separates inline text, once.
func (w *htmlWalker) space() {
	if s := w.line.String(); s != "" && s[len(s)-1] != ' ' {
		w.line.WriteByte(' ')
	}
}

func (w *htmlWalker) flush() {
	s := strings.TrimSpace(w.line.String())
	w.line.Reset()
	if s != "" && w.marker != "" {
		rs := []rune(s)
		if m, _ := markerAt(rs, 0, len(rs)); m == markNone {
			s = w.marker + s
		}
		w.marker = ""
	}
	if s != "" {
		w.out.WriteString(s)
		w.out.WriteByte('\n')
	}
}

func (w *htmlWalker) walk(n *html.Node) {
	if w.rows++; w.rows%1024 == 0 && w.ctx.Err() != nil {
		return
	}
	switch n.Type {
	case html.TextNode:
		// Line breaks in the markup are not line breaks of the page.
		t := collapseSpace(n.Data)
		if t == "" || n.Data != strings.TrimLeftFunc(n.Data, unicode.IsSpace) {
			w.space()
		}
		if t != "" {
			w.line.WriteString(t)
			if n.Data != strings.TrimRightFunc(n.Data, unicode.IsSpace) {
				w.space()
			}
		}
		return
	case html.CommentNode, html.DoctypeNode:
		return
	case html.ElementNode:
		if htmlSkip[n.DataAtom] {
			return
		}
		if pageChrome(n) {
			return
		}
		if n.DataAtom == atom.Br {
			w.flush()
			return
		}
		if n.DataAtom == atom.Table && (!hasDescendant(n, atom.Table) || dataHeader(n)) {
			w.flush()
			w.table(n)
			return
		}
		if rows := divGrid(n); rows != nil {
			w.flush()
			w.divTable(rows)
			return
		}
	}
	block := n.Type == html.ElementNode && htmlBlock[n.DataAtom]
	if block {
		w.flush()
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.Li && n.Parent != nil && n.Parent.DataAtom == atom.Ol {
		w.marker = strconv.Itoa(olOrdinal(n)) + "．"
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if block {
		w.flush()
	}
}

// olOrdinal is the number a browser shows for <li> n of an <ol>: its place
// among the list's items, from the list's start attribute (1 by default).
func olOrdinal(n *html.Node) int {
	k := 1
	for _, a := range n.Parent.Attr {
		if v, err := strconv.Atoi(a.Val); a.Key == "start" && err == nil {
			k = v
		}
	}
	for c := n.Parent.FirstChild; c != nil && c != n; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Li {
			k++
		}
	}
	return k
}

// chromeWords mark a site's navigation and footer by class or id.
var chromeWords = []string{"footer", "foot", "bottom", "copyright", "nav", "menu", "breadcrumb", "navigation", "share", "search", "sidebar"}

// pageChrome: a site's navigation, footer and the like, not the document
// (<nav>, <footer>, or an element whose class or id says so). A footer's
// 主办：…　承办：… would read as a labelled line.
func pageChrome(n *html.Node) bool {
	if n.DataAtom == atom.Nav || n.DataAtom == atom.Footer {
		return true
	}
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, part := range strings.FieldsFunc(strings.ToLower(a.Val), func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
			for _, w := range chromeWords {
				if part == w || strings.HasPrefix(part, w) && len(part) <= len(w)+2 {
					return true
				}
			}
		}
	}
	return false
}

func hasDescendant(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == a || hasDescendant(c, a)) {
			return true
		}
	}
	return false
}

// tableRows returns the rows (tr) of table t, not those of tables inside it.
func tableRows(t *html.Node) []*html.Node {
	var out []*html.Node
	var rows func(n *html.Node)
	rows = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Tr:
				out = append(out, c)
			case atom.Thead, atom.Tbody, atom.Tfoot:
				rows(c)
			}
		}
	}
	rows(t)
	return out
}

// rowCells returns the td and th of a row.
func rowCells(tr *html.Node) []*html.Node {
	var out []*html.Node
	for td := tr.FirstChild; td != nil; td = td.NextSibling {
		if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) {
			out = append(out, td)
		}
	}
	return out
}

// dataHeader reports a table holding other tables that is data all the
// same: one of its first rows is a header naming a task column and a column
// of leaders, units or deadlines (the tables inside are then cells' text).
// A page's layout table has no such row.
func dataHeader(t *html.Node) bool {
	rows := tableRows(t)
	for _, tr := range rows[:min(len(rows), 3)] {
		var hs []string
		for _, td := range rowCells(tr) {
			if !hasDescendant(td, atom.Table) {
				hs = append(hs, nodeText(td))
			}
		}
		if headerRow(hs) {
			return true
		}
	}
	return false
}

// headerRow reports a row naming a task column and a column of leaders,
// units or deadlines.
func headerRow(hs []string) bool {
	task, role := false, false
	for _, h := range hs {
		switch columnRole(h) {
		case "task":
			task = true
		case "leader", "lead", "units", "deadline":
			role = true
		default:
			role = role || groupHeader(h)
		}
	}
	return task && role
}

// divGrid returns the rows of a table drawn without <table>: an element
// whose child elements are rows, the first a header (headerRow) of at least
// three child elements, each cell a child of its row (<div class="row">
// <span>序号</span><span>重点任务</span>…). Nil for anything else.
func divGrid(n *html.Node) []*html.Node {
	first := firstElement(n.FirstChild)
	if first == nil || !htmlBlock[first.DataAtom] || first.DataAtom == atom.Table {
		return nil
	}
	cells := childElements(first)
	if len(cells) < 3 {
		return nil
	}
	hs := make([]string, len(cells))
	for k, c := range cells {
		if firstElement(c.FirstChild) != nil && htmlBlock[firstElement(c.FirstChild).DataAtom] {
			return nil // a cell holding blocks: layout, not a header
		}
		hs[k] = nodeText(c)
	}
	if !headerRow(hs) {
		return nil
	}
	rows := childElements(n)
	if len(rows) < 2 {
		return nil
	}
	return rows
}

func firstElement(c *html.Node) *html.Node {
	for ; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !htmlSkip[c.DataAtom] {
			return c
		}
	}
	return nil
}

func childElements(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := firstElement(n.FirstChild); c != nil; c = firstElement(c.NextSibling) {
		out = append(out, c)
	}
	return out
}

// divTable writes the rows of a divGrid as a table's; a row of one cell
// spans the width (a category row).
func (w *htmlWalker) divTable(rows []*html.Node) {
	grid := newFormGrid(&w.out)
	width := len(childElements(rows[0]))
	var cells []gridCell
	for _, r := range rows {
		cells = cells[:0]
		cs := childElements(r)
		for _, c := range cs {
			cells = append(cells, gridCell{text: nodeText(c), colspan: 1, rowspan: 1})
		}
		if len(cs) == 0 {
			cells = append(cells, gridCell{text: nodeText(r), colspan: width, rowspan: 1})
		} else if len(cs) == 1 {
			cells[0].colspan = width
		}
		grid.row(cells)
	}
	grid.end()
}

// table writes a data table's rows: a caption as a line of its own, then
// every tr of thead, tbody and tfoot in order.
func (w *htmlWalker) table(t *html.Node) {
	grid := newFormGrid(&w.out)
	var cells []gridCell
	var rows func(n *html.Node)
	rows = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || htmlSkip[c.DataAtom] {
				continue
			}
			switch c.DataAtom {
			case atom.Caption:
				w.line.WriteString(nodeText(c))
				w.flush()
			case atom.Tr:
				cells = cells[:0]
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) {
						cells = append(cells, gridCell{text: nodeText(td), colspan: spanAttr(td, "colspan"), rowspan: spanAttr(td, "rowspan")})
					}
				}
				grid.row(cells)
			default: // thead, tbody, tfoot, colgroup
				rows(c)
			}
		}
	}
	rows(t)
	grid.end()
}

// nodeText is the text of a cell; <br> and blocks inside it become spaces
// (a multi-line cell is one cell).
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && htmlSkip[n.DataAtom]:
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.Table:
			// a small table inside the cell: labelled fields
			var rows [][]string
			for _, tr := range tableRows(n) {
				var r []string
				for _, td := range rowCells(tr) {
					r = append(r, nodeText(td))
				}
				rows = append(rows, r)
			}
			b.WriteString(" " + nestedCellText(rows) + " ")
			return
		case n.Type == html.ElementNode && (n.DataAtom == atom.Br || htmlBlock[n.DataAtom]):
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && htmlBlock[n.DataAtom] {
			b.WriteByte(' ')
		}
	}
	walk(n)
	return cellText(b.String())
}

func spanAttr(n *html.Node, key string) int {
	for _, a := range n.Attr {
		if a.Key == key {
			if v, err := strconv.Atoi(strings.TrimSpace(a.Val)); err == nil && v > 0 {
				return v
			}
		}
	}
	return 1
}

// collapseSpace trims s and turns each run of white space into one space,
// except that a line break of the markup between two Chinese characters
// disappears (CSS Text's segment break rule): 推进\n  老旧小区 is 推进老旧小区.
func collapseSpace(s string) string {
	s = strings.TrimSpace(s)
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			b.WriteRune(r)
			prev = r
			i += size
			continue
		}
		j, breaks := i, false
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(r) {
				break
			}
			breaks = breaks || r == '\n'
			j += size
		}
		next, _ := utf8.DecodeRuneInString(s[j:])
		if !(breaks && wideRune(prev) && wideRune(next)) {
			b.WriteByte(' ')
		}
		i = j
	}
	return b.String()
}

// wideRune: a Chinese character or full-width punctuation.
func wideRune(r rune) bool {
	return unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef
}
