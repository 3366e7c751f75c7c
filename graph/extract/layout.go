package extract

import (
	"strings"
	"unicode/utf8"
)

// Page noise: what a PDF's text layer or a printed page leaves between the
// lines of a document. Page numbers (— 4 —, -5-, 第3页, 3/12) and running
// headers (a short line repeated on every page) are blanked, not removed, so
// that line numbers still match the file; tasks and unit lists broken across
// a page then read as if the page had not ended.

// stripPageNoise blanks page-number lines and running headers; it returns
// the text and the number of lines blanked.
func stripPageNoise(text string) (string, int) {
	pages := 0
	for rest := text; rest != ""; {
		ln := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			ln, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if len(ln) <= 80 {
			if t := strings.TrimSpace(ln); t != "" && isPageNumber(t) {
				pages++
			}
		}
	}
	if pages == 0 {
		return text, 0
	}
	lines := strings.Split(text, "\n")
	// A running header repeats on at least half the pages (and three times).
	counts := map[string]int{}
	if pages >= 2 {
		for _, ln := range lines {
			if t := strings.TrimSpace(ln); t != "" && len(t) <= 120 && isHeaderCandidate(t) {
				counts[t]++
			}
		}
	}
	// Or it opens the document and the page after a page number (a
	// two-page document shows its header only twice).
	top := map[string]bool{}
	for k, seen := 0, 0; k < len(lines) && seen < 3; k++ {
		if t := strings.TrimSpace(lines[k]); t != "" {
			top[t] = true
			seen++
		}
	}
	for k := 0; k < len(lines); k++ {
		if t := strings.TrimSpace(lines[k]); t == "" || len(t) > 80 || !isPageNumber(t) {
			continue
		}
		j := k + 1
		for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
			j++
		}
		if j < len(lines) {
			if t := strings.TrimSpace(lines[j]); top[t] && len(t) <= 120 && isHeaderCandidate(t) {
				counts[t] = max(counts[t], 3, pages)
			}
		}
	}
	blanked := 0
	for k, ln := range lines {
		t := strings.TrimSpace(ln)
		if t == "" && ln != "" {
			lines[k] = "" // a form feed or spaces between pages
			blanked++
			continue
		}
		if t == "" || len(t) > 120 {
			continue
		}
		if isPageNumber(t) || counts[t] >= 3 && 2*counts[t] >= pages {
			lines[k] = ""
			blanked++
		}
	}
	if blanked == 0 {
		return text, 0
	}
	return strings.Join(lines, "\n"), blanked
}

// isPageNumber reports — 4 —, -5-, - 12 -, 第3页, 第 3 页 共 12 页, 3/12, or a
// bare number of up to three digits on its own line.
func isPageNumber(t string) bool {
	t = strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, t)
	n := utf8.RuneCountInString(t)
	if n == 0 || n > 16 {
		return false
	}
	digits, dashes, other := 0, 0, 0
	for _, r := range t {
		switch {
		case isDigit(r):
			digits++
		case strings.ContainsRune("-—－–~～·•", r):
			dashes++
		default:
			other++
		}
	}
	switch {
	case digits == 0:
		return false
	case other == 0 && (dashes > 0 || digits <= 3):
		return true
	case strings.HasPrefix(t, "第") && strings.Contains(t, "页"):
		rest := strings.NewReplacer("第", "", "页", "", "共", "", ",", "", "，", "").Replace(t)
		return strings.Trim(rest, "0123456789０１２３４５６７８９") == ""
	case strings.Count(t, "/") == 1 && other == 1:
		return true
	}
	return false
}

// isHeaderCandidate: a short line that could repeat as a running header —
// not a heading, an item, a label, an annotation or a table row.
func isHeaderCandidate(t string) bool {
	n := utf8.RuneCountInString(t)
	if n < 4 || n > 40 || strings.ContainsAny(t, "：:\t（()）【】；;") {
		return false
	}
	rs := []rune(t)
	if mk, _ := markerAt(rs, 0, len(rs)); mk != markNone {
		return false
	}
	return true
}

// markNotes marks footnotes: a line starting 注：, 注① or 注1 and the lines
// right below it that start with a note mark (②, 注2). They are no items and
// no task text; each is attached to the tasks above whose text holds its mark.
func (p *parser) markNotes() {
	for i := 0; i < len(p.lines); i++ {
		ln := p.lines[i]
		if ln.kind != lkText || !noteStart(p.src, ln.cs, ln.e) {
			continue
		}
		p.lines[i].kind = lkNote
		for j := i + 1; j < len(p.lines); j++ {
			nx := p.lines[j]
			if nx.kind != lkText || noteMark(p.src, nx.cs, nx.e) == "" {
				break
			}
			p.lines[j].kind = lkNote
			i = j
		}
	}
}

// noteStart reports 注：…, 注①… or 注1… at src[cs:e].
func noteStart(src []rune, cs, e int) bool {
	if cs+2 >= e || src[cs] != '注' {
		return false
	}
	r := src[cs+1]
	return isColon(r) || isCircled(r) || isDigit(r) && (isColon(src[cs+2]) || isSpace(src[cs+2]) || isDigit(src[cs+2]) || src[cs+2] == '、')
}

// noteMark returns the mark a footnote line starts with (①, 注2), past a
// leading 注：, or "".
func noteMark(src []rune, cs, e int) string {
	i := cs
	if i+1 < e && src[i] == '注' && isColon(src[i+1]) {
		i += 2
	}
	for i < e && isSpace(src[i]) {
		i++
	}
	switch {
	case i < e && isCircled(src[i]):
		return string(src[i])
	case i+1 < e && src[i] == '注' && isDigit(src[i+1]):
		j := i + 1
		for j < e && isDigit(src[j]) {
			j++
		}
		return string(src[i:j])
	}
	return ""
}

func isCircled(r rune) bool { return r >= '①' && r <= '⑳' }

// footnote keeps a footnote line out of the tasks: it is narrative, and a
// note of the tasks since the last notes whose text holds its mark.
func (p *parser) footnote(i int) {
	p.flushPending()
	p.releaseHeld()
	ln := p.lines[i]
	p.conv[convFootnotes]++
	s, e := trim(p.src, ln.cs, ln.e, isSpace, isSpace)
	p.narrative(s, e)
	p.sectionEnd = max(p.sectionEnd, e)
	if mark := noteMark(p.src, s, e); mark != "" {
		body := p.str(s, e)
		for k := p.noteFrom; k < len(p.doc.Tasks); k++ {
			if t := &p.doc.Tasks[k]; strings.Contains(t.Text, mark) {
				t.Notes = append(t.Notes, body)
			}
		}
	}
	if j := p.nextLine(i); j < 0 || p.lines[j].kind != lkNote {
		p.noteFrom = len(p.doc.Tasks)
	}
}
