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
		if n := mdLabelChildren(lines, i); n > 0 {
			line = joinLabelChildren(lines, i, n)
		}
		b.WriteString(line)
		if i < len(lines)-1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// A role label whose values are nested bullets (`- 配合单位：` over
// `  - 镇水利办`, `  - 镇自然资源办`) reads as the label with its values
// joined by 、 on its own line; the child lines are left blank, so line
// numbers still match the file.

// mdBullet returns a list line's indent and text after its marker.
func mdBullet(line string) (int, string, bool) {
	t := strings.TrimLeft(line, " \t")
	if len(t) < 2 || !strings.ContainsRune("-*+", rune(t[0])) || t[1] != ' ' {
		return 0, "", false
	}
	return len(line) - len(t), strings.TrimSpace(t[2:]), true
}

// mdLabelChildren counts the nested bullets under a role label at line i
// that has no value of its own; 0 when line i is not one.
func mdLabelChildren(lines []string, i int) int {
	ind, t, ok := mdBullet(lines[i])
	if !ok || !(strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")) {
		return 0
	}
	label := strings.Trim(strings.TrimRight(t, "：:"), "*【】[] ")
	if r, _ := roleOf(label); r == roleNone {
		return 0
	}
	n := 0
	for k := i + 1; k < len(lines); k++ {
		ci, ct, ok := mdBullet(lines[k])
		if !ok || ci <= ind || ct == "" {
			break
		}
		n++
	}
	return n
}

// joinLabelChildren writes the n children of label line i onto it and
// blanks them.
func joinLabelChildren(lines []string, i, n int) string {
	vals := make([]string, 0, n)
	for k := i + 1; k <= i+n; k++ {
		_, t, _ := mdBullet(lines[k])
		vals = append(vals, strings.TrimRight(t, "；;，,。、"))
		lines[k] = ""
	}
	return lines[i] + strings.Join(vals, "、")
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
