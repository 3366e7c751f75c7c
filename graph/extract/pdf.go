package extract

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"govgraph/graph"
)

// pdfText reads a PDF's text layer with poppler's pdftotext -layout, then
// removes page noise (running headers and footers, page numbers) and joins
// the lines that the page width broke inside a paragraph. A PDF without a
// text layer (a scan) is an error that says so.
func pdfText(ctx context.Context, name string, data []byte) (string, error) {
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		return "", graph.Errorf(graph.EUNSUPPORTED, "%s: reading PDF needs poppler's pdftotext, which is not installed on this server (Debian: apt-get install poppler-utils)", name)
	}
	tmp, err := os.CreateTemp("", "govgraph-*.pdf")
	if err != nil {
		return "", &graph.Error{Code: graph.EINTERNAL, Message: "keep the PDF for pdftotext", Err: err}
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return "", &graph.Error{Code: graph.EINTERNAL, Message: "keep the PDF for pdftotext", Err: err}
	}
	tmp.Close()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, tool, "-layout", "-enc", "UTF-8", "-eol", "unix", tmp.Name(), "-")
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return "", ctx.Err()
		}
		msg := strings.TrimSpace(stderr.String())
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			return "", &graph.Error{Code: graph.EINTERNAL, Message: "run pdftotext", Err: err}
		}
		if strings.Contains(msg, "password") || strings.Contains(msg, "ncrypt") {
			return "", graph.Errorf(graph.EINVALID, "%s: the PDF is encrypted; save an unprotected copy", name)
		}
		return "", graph.Errorf(graph.EINVALID, "%s: not a readable PDF: %s", name, firstLine(msg))
	}
	if !utf8.Valid(stdout.Bytes()) {
		return "", graph.Errorf(graph.EINVALID, "%s: the PDF's text layer is not valid UTF-8", name)
	}
	pages := strings.Split(strings.TrimRight(stdout.String(), "\f\n"), "\f")
	// Pages holding tables are rebuilt from the word boxes (pdftable.go);
	// pdftotext runs again only when a page's layout text has columns.
	var boxes bytes.Buffer
	cmd = exec.CommandContext(ctx, tool, "-bbox", "-enc", "UTF-8", tmp.Name(), "-")
	cmd.Stdout = &boxes
	tables := slices.ContainsFunc(pages, layoutColumns) || slices.ContainsFunc(pages, layoutHeader)
	if !tables && !slices.ContainsFunc(pages, pdfMayHaveColumns) {
		// no page with columns: the -layout text stands
	} else if err := cmd.Run(); err == nil {
		if words, err := pdfWordPages(boxes.Bytes()); err == nil && len(words) == len(pages) {
			var state pdfTableState
			for i := range pages {
				if text, ok := pdfColumnsPage(words[i]); ok {
					// two text columns (pdfcolumns.go), read one after the other
					pages[i] = text
					continue
				}
				if !tables {
					continue // run for text columns only: no page has a table's columns
				}
				page := pdfTablePageCarry(words[i], state)
				state = page.state
				if !page.ok {
					continue
				}
				pages[i] = page.text
				if page.carry != nil && i > 0 {
					// a row split by the page break: its rest joins it
					if joined, ok := pdfJoinCarry(pages[i-1], page.carry); ok {
						pages[i-1] = joined
					} else {
						pages[i] = strings.Join(page.carry, "\t") + "\n" + pages[i]
					}
				}
			}
		}
	} else if ctx.Err() != nil {
		return "", ctx.Err()
	}
	text := pdfPages(pages)
	if !strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Han, r) || unicode.IsLetter(r) }) {
		return "", graph.Errorf(graph.EINVALID, "%s: the PDF has no text layer (%d pages of images: a scan?); run OCR on it or upload the .docx or text it was made from", name, len(pages))
	}
	return cleanText(name, text)
}

// layoutHeader: a page of pdftotext -layout text with a table's header
// line: two column gaps at least, and two of its cells (the text between
// runs of three spaces) naming columns of a task table (工作任务, 牵头单位,
// 责任领导 …). pdftotext closes up the gaps between a table's columns when
// its cells wrap (a middle-aligned web table prints each row's cells on
// lines of their own), so a table may show no three lines of columns; its
// header, on one line or two, still does.
func layoutHeader(page string) bool {
	for _, l := range strings.Split(page, "\n") {
		if columnGaps(l) < 2 {
			continue
		}
		named := 0
		for _, cell := range strings.Split(strings.TrimSpace(l), "   ") {
			if role := columnRole(strings.TrimSpace(cell)); role != "" && role != "index" {
				named++
			}
		}
		if named >= 2 {
			return true
		}
	}
	return false
}

// layoutColumns: a page of pdftotext -layout text with three lines at least
// whose text stands in three columns or more (runs of three spaces between).
func layoutColumns(page string) bool {
	n := 0
	for _, l := range strings.Split(page, "\n") {
		if columnGaps(l) >= 2 {
			if n++; n >= 3 {
				return true
			}
		}
	}
	return false
}

// columnGaps counts the runs of three spaces or more inside a line.
func columnGaps(l string) int {
	l = strings.TrimSpace(l)
	gaps, run := 0, 0
	for _, r := range l {
		if r == ' ' {
			run++
			continue
		}
		if run >= 3 {
			gaps++
		}
		run = 0
	}
	return gaps
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// A line that is only a page number: — 4 —, -5-, 第3页, 3/10, Page 2 of 9.
var pageNumberLine = regexp.MustCompile(`^[\s\-—–－_·•]*(第\s*)?[0-9０-９]+(\s*页)?(\s*[/／]\s*(共\s*)?[0-9０-９]+\s*页?)?(\s*共\s*[0-9０-９]+\s*页)?[\s\-—–－_·•]*$|^(?i:page)\s*\d+(\s*(of|/)\s*\d+)?$`)

// pdfPages drops page noise and joins broken lines. A running header or
// footer is the first or last line of a page whose shape (digits aside)
// recurs there on three quarters of the pages, two at least; a page number
// is a line among the first or last two of a page.
func pdfPages(pages []string) string {
	shape := func(s string) string {
		return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) {
				return '#'
			}
			return r
		}, s)), " ")
	}
	split := make([][]string, len(pages))
	seen := map[string]int{}
	for i, pg := range pages {
		lines := strings.Split(pg, "\n")
		for j := range lines {
			lines[j] = strings.TrimRightFunc(lines[j], func(r rune) bool { return r != '\t' && unicode.IsSpace(r) })
		}
		split[i] = lines
		marked := map[string]bool{}
		for _, j := range edgeLines(lines, 1) {
			if s := shape(lines[j]); !marked[s] {
				marked[s] = true
				seen[s]++
			}
		}
	}
	var body []string
	for _, lines := range split {
		noise := map[int]bool{}
		for _, j := range edgeLines(lines, 1) {
			if n := seen[shape(lines[j])]; n >= 2 && 4*n >= 3*len(pages) {
				noise[j] = true
			}
		}
		for _, j := range edgeLines(lines, 2) {
			noise[j] = noise[j] || pageNumberLine.MatchString(pdfUnmarked(lines[j]))
		}
		for j, l := range lines {
			if !noise[j] {
				body = append(body, l)
			}
		}
	}
	return joinLayoutLines(body)
}

// edgeLines returns the indexes of the first k and last k non-blank lines.
func edgeLines(lines []string, k int) []int {
	var out []int
	for j, n := 0, 0; j < len(lines) && n < k; j++ {
		if strings.TrimSpace(lines[j]) != "" {
			out = append(out, j)
			n++
		}
	}
	for j, n := len(lines)-1, 0; j >= 0 && n < k; j-- {
		if strings.TrimSpace(lines[j]) != "" {
			out = append(out, j)
			n++
		}
	}
	return out
}

// joinLayoutLines joins a line to the one before it when the one before ran
// to the right edge of the text (the page broke it) and this one starts at the
// left margin, not with a number, a label or a column gap. Indentation is
// dropped; blank lines between pages are too, so that a paragraph continues
// across a page break.
func joinLayoutLines(lines []string) string {
	indent := func(s string) int { return len(s) - len(strings.TrimLeft(s, " ")) }
	width := func(s string) int { return utf8.RuneCountInString(s) }
	// The right edge of the text is the commonest line width: full lines
	// outnumber the short last lines of paragraphs.
	margin, right := -1, 0
	widths := map[int]int{}
	for _, l := range lines {
		if strings.TrimSpace(l) == "" || strings.Contains(l, "\t") || pdfHasMark(l) {
			continue
		}
		if in := indent(l); margin < 0 || in < margin {
			margin = in
		}
		w := width(l)
		if widths[w]++; widths[w] > widths[right] || widths[w] == widths[right] && w > right {
			right = w
		}
	}
	var b strings.Builder
	prevFull := false
	for _, l := range lines {
		if mark, k := pdfLineMark(l); mark != "" { // a column's line, already whole
			t := strings.TrimSpace(k)
			if t == "" {
				continue
			}
			if b.Len() > 0 {
				if !(prevFull && indent(k) == 0 && !startsBlock(t) && !startsField(t)) {
					b.WriteByte('\n')
				} else if r, _ := utf8.DecodeLastRuneInString(b.String()); r < 0x80 && t[0] < 0x80 {
					b.WriteByte(' ')
				}
			}
			b.WriteString(t)
			prevFull = mark == pdfFullLine
			continue
		}
		if strings.Contains(l, "\t") { // a table row rebuilt from word boxes
			if t := strings.Trim(l, " "); strings.Trim(t, "\t") != "" {
				if b.Len() > 0 {
					b.WriteByte('\n')
				}
				b.WriteString(t)
			}
			prevFull = false
			continue
		}
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		cont := prevFull && indent(l) <= margin && !startsBlock(t) && !strings.Contains(t, "   ")
		if b.Len() > 0 {
			if !cont {
				b.WriteByte('\n')
			} else if r, _ := utf8.DecodeLastRuneInString(b.String()); r < 0x80 && t[0] < 0x80 {
				b.WriteByte(' ')
			}
		}
		b.WriteString(t)
		prevFull = width(l) >= right-2 && !strings.Contains(t, "   ")
	}
	b.WriteByte('\n')
	return b.String()
}

// pdfLineMark splits a line read by columns into its mark and its text; the
// mark is "" for any other line.
func pdfLineMark(l string) (string, string) {
	for _, m := range []string{pdfKeepLine, pdfFullLine} {
		if t, ok := strings.CutPrefix(l, m); ok {
			return m, t
		}
	}
	return "", l
}

func pdfHasMark(l string) bool { m, _ := pdfLineMark(l); return m != "" }

func pdfUnmarked(l string) string { _, t := pdfLineMark(l); return t }

// startsBlock: a numbered item, a label or a bracket opens its own line.
func startsBlock(t string) bool {
	if mk, _ := markerAt([]rune(t[:min(len(t), 24)]), 0, utf8.RuneCountInString(t[:min(len(t), 24)])); mk != markNone {
		return true
	}
	return false
}
