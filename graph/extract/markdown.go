package extract

import (
	"regexp"
	"strings"
)

// mdDelimiter is a pipe table's delimiter row: | --- | :---: | ---: |
var mdDelimiter = regexp.MustCompile(`^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$`)

// markdownText rewrites Markdown pipe tables as TAB-joined rows (the
// delimiter row dropped) and leaves every other line as it is: headings,
// lists and paragraphs are text the parser reads directly.
func markdownText(src string) string {
	lines := strings.Split(src, "\n")
	var b strings.Builder
	b.Grow(len(src))
	var cells []string
	inTable := false
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		switch {
		case !inTable && strings.Contains(line, "|") && i+1 < len(lines) && mdDelimiter.MatchString(lines[i+1]):
			inTable = true
			i++ // the delimiter row
			cells = mdCells(cells[:0], line)
			writeRow(&b, cells)
			continue
		case inTable && strings.Contains(line, "|") && strings.TrimSpace(line) != "":
			cells = mdCells(cells[:0], line)
			writeRow(&b, cells)
			continue
		}
		inTable = false
		b.WriteString(line)
		if i < len(lines)-1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// mdCells splits a pipe-table row on unescaped |; <br> and bold markers
// inside a cell are dropped.
func mdCells(out []string, line string) []string {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "|")
	if strings.HasSuffix(line, "|") && !strings.HasSuffix(line, `\|`) {
		line = line[:len(line)-1]
	}
	var cell strings.Builder
	flush := func() {
		s := cell.String()
		cell.Reset()
		for _, br := range []string{"<br>", "<br/>", "<br />"} {
			s = strings.ReplaceAll(s, br, " ")
		}
		s = strings.ReplaceAll(s, "**", "")
		out = append(out, cellText(s))
	}
	for i := 0; i < len(line); i++ {
		switch {
		case line[i] == '\\' && i+1 < len(line) && line[i+1] == '|':
			cell.WriteByte('|')
			i++
		case line[i] == '|':
			flush()
		default:
			cell.WriteByte(line[i])
		}
	}
	flush()
	return out
}

// writeRow writes cells as one TAB-joined line.
func writeRow(b *strings.Builder, cells []string) {
	for i, c := range cells {
		if i > 0 {
			b.WriteByte('\t')
		}
		b.WriteString(c)
	}
	b.WriteByte('\n')
}
