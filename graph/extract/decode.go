package extract

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/csv"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"govgraph/graph"
)

// Input formats, as stored in DocumentMeta.Format.
const (
	formatText     = "txt"
	formatTSV      = "tsv"
	formatCSV      = "csv"
	formatDocx     = "docx"
	formatXlsx     = "xlsx"
	formatHTML     = "html"
	formatPDF      = "pdf"
	formatMarkdown = "md"
)

// formatNames lists the formats Options.Format accepts, for messages.
const formatNames = "txt, md, tsv, csv, html, docx, xlsx or pdf"

// maxInput bounds one document (spans use 32-bit byte offsets inside).
const maxInput = 1 << 30

// normalise turns raw input into the source text that spans index.
func normalise(ctx context.Context, name string, data []byte, forced string) (string, string, error) {
	format := strings.ToLower(strings.TrimPrefix(forced, "."))
	ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(name), "."))
	if format == "" {
		format = ext
	}
	switch format {
	case formatTSV, "tab":
		format = formatTSV
	case formatMarkdown, "markdown":
		format = formatMarkdown
	case formatHTML, "htm", "xhtml":
		format = formatHTML
	case formatCSV, formatDocx, formatXlsx, formatPDF:
	case formatText, "text":
		format = formatText
	default:
		if forced != "" {
			return "", "", graph.Errorf(graph.EUNSUPPORTED, "%s: unsupported format %q (want %s)", name, forced, formatNames)
		}
		format = formatText
	}
	if len(data) > maxInput {
		return "", "", graph.Errorf(graph.ETOOLARGE, "%s: file is larger than %d MB", name, maxInput>>20)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", "", graph.Errorf(graph.EINVALID, "%s: empty file", name)
	}
	if err := sniffBinary(name, ext, data, format); err != nil {
		return "", "", err
	}
	var (
		src string
		err error
	)
	switch format {
	case formatDocx:
		src, err = docxText(ctx, name, data)
	case formatXlsx:
		src, err = xlsxText(ctx, name, data)
	case formatPDF:
		src, err = pdfText(ctx, name, data)
	case formatHTML:
		src, err = htmlText(ctx, name, data)
	default:
		src, err = decodeText(name, data)
		switch {
		case err != nil:
		case format == formatTSV || format == formatCSV:
			src, err = tableText(name, src, format)
		case format == formatMarkdown:
			src = markdownText(src)
		case format == formatText:
			src = fixedWidthTables(src)
		}
	}
	if err != nil {
		return "", "", err
	}
	if strings.TrimSpace(src) == "" {
		return "", "", graph.Errorf(graph.EINVALID, "%s: no text in file", name)
	}
	return src, format, nil
}

// sniffBinary rejects well-known binary formats with a helpful message.
func sniffBinary(name, ext string, data []byte, format string) error {
	has := func(magic string) bool { return bytes.HasPrefix(data, []byte(magic)) }
	switch {
	case has("PK\x03\x04"):
		if format == formatDocx || format == formatXlsx {
			return nil
		}
		if bytes.Contains(data, []byte("xl/workbook")) {
			return graph.Errorf(graph.EUNSUPPORTED, "%s: looks like an .xlsx workbook; give it the .xlsx extension", name)
		}
		if bytes.Contains(data, []byte("word/document.xml")) {
			return graph.Errorf(graph.EUNSUPPORTED, "%s: looks like a .docx document; give it the .docx extension", name)
		}
		return graph.Errorf(graph.EUNSUPPORTED, "%s: zip archives are not supported (only .docx and .xlsx)", name)
	case format == formatDocx || format == formatXlsx:
		return graph.Errorf(graph.EINVALID, "%s: not a .%s file (no zip signature at byte 0)", name, format)
	case has("%PDF"):
		if format == formatPDF {
			return nil
		}
		return graph.Errorf(graph.EUNSUPPORTED, "%s: looks like a PDF; give it the .pdf extension", name)
	case format == formatPDF:
		return graph.Errorf(graph.EINVALID, "%s: not a PDF file (no %%PDF signature at byte 0)", name)
	case has("\xd0\xcf\x11\xe0"):
		return graph.Errorf(graph.EUNSUPPORTED, "%s: legacy .doc/.xls files are not supported; save as .docx or CSV", name)
	case has("\x89PNG"), has("\xff\xd8\xff"), has("GIF8"):
		return graph.Errorf(graph.EUNSUPPORTED, "%s: image files are not supported", name)
	}
	return nil
}

// decodeText decodes UTF-8 (with or without BOM), UTF-16 with BOM, or
// GB18030/GBK text, and normalises line ends and control characters.
func decodeText(name string, data []byte) (string, error) {
	var text string
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}), bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", graph.Errorf(graph.EINVALID, "%s: invalid UTF-16 text: %v", name, err)
		}
		text = string(out)
	default:
		data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		if i := bytes.IndexByte(data, 0); i >= 0 {
			return "", graph.Errorf(graph.EINVALID, "%s: byte %d: binary data (NUL byte); expected text", name, i)
		}
		if utf8.Valid(data) {
			text = string(data)
		} else {
			off, ok := validGB18030(data)
			if !ok {
				line := 1 + bytes.Count(data[:off], []byte("\n"))
				return "", graph.Errorf(graph.EINVALID, "%s: byte %d (line %d): text is neither UTF-8 nor GB18030", name, off, line)
			}
			out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
			if err != nil {
				return "", graph.Errorf(graph.EINVALID, "%s: cannot decode GB18030 text: %v", name, err)
			}
			text = string(out)
		}
	}
	return cleanText(name, text)
}

// validGB18030 checks the byte structure of GB18030 text and returns the
// offset of the first invalid byte.
func validGB18030(b []byte) (int, bool) {
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c < 0x80:
			i++
		case c == 0x80 || c == 0xff:
			return i, false
		case i+1 < len(b) && (b[i+1] >= 0x40 && b[i+1] <= 0x7e || b[i+1] >= 0x80 && b[i+1] <= 0xfe):
			i += 2
		case i+3 < len(b) && b[i+1] >= 0x30 && b[i+1] <= 0x39 && b[i+2] >= 0x81 && b[i+2] <= 0xfe && b[i+3] >= 0x30 && b[i+3] <= 0x39:
			i += 4
		default:
			return i, false
		}
	}
	return 0, true
}

// cleanText unifies line ends, drops BOMs and rejects text that is mostly
// control characters (a binary file that happened to decode).
func cleanText(name, text string) (string, error) {
	if isClean(text) {
		return text, nil
	}
	var b strings.Builder
	b.Grow(len(text))
	controls, total, line, col := 0, 0, 1, 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		total++
		col++
		switch {
		case r == '\r':
			if i < len(text) && text[i] == '\n' {
				continue
			}
			b.WriteByte('\n')
		case r == '\n':
			b.WriteByte('\n')
			line, col = line+1, 0
		case r == '\t':
			b.WriteByte('\t')
		case r == '\ufeff':
		case r == 0 || r == utf8.RuneError && size == 1:
			return "", graph.Errorf(graph.EINVALID, "%s: line %d col %d: binary data; expected text", name, line, col)
		case r < 0x20 || r == 0x7f:
			controls++
			b.WriteByte(' ')
		case r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
			line, col = line+1, 0
		default:
			b.WriteRune(r)
		}
	}
	if controls > 8 && controls*50 > total {
		return "", graph.Errorf(graph.EINVALID, "%s: binary data (%d control characters); expected text", name, controls)
	}
	return b.String(), nil
}

// isClean reports text that needs no cleaning: no CR, control characters,
// BOMs or Unicode line separators. It tests eight bytes at a time.
func isClean(text string) bool {
	const lows, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(text); i += 8 {
		x := binary.LittleEndian.Uint64([]byte(text[i : i+8]))
		// A byte below 0x20 or equal to 0x7f: check these eight closely.
		if (x-0x20*lows)&^x&highs == 0 && ((x^0x7f*lows)-lows)&^(x^0x7f*lows)&highs == 0 {
			continue
		}
		for _, c := range []byte(text[i : i+8]) {
			if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
				return false
			}
		}
	}
	for ; i < len(text); i++ {
		if c := text[i]; c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
			return false
		}
	}
	return indexLast(text, "\ufeff") < 0 && indexLast(text, "\u2028") < 0 && indexLast(text, "\u2029") < 0
}

// tableText reads CSV/TSV and writes one line per row, cells joined by TAB.
func tableText(name, text, format string) (string, error) {
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1
	if format == formatTSV {
		r.Comma = '\t'
		r.LazyQuotes = true // hand-written TSV has bare quotes: 开展"消费提振年"活动
	} else if sep := guessCSVSeparator(text); sep != ',' {
		r.Comma = sep
	}
	var b strings.Builder
	b.Grow(len(text))
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return "", graph.Errorf(graph.EINVALID, "%s: line %d col %d: %v", name, pe.Line, runeColumn(text, pe.Line, pe.Column), pe.Err)
			}
			return "", graph.Errorf(graph.EINVALID, "%s: %v", name, err)
		}
		for i, cell := range rec {
			if i > 0 {
				b.WriteByte('\t')
			}
			b.WriteString(strings.TrimSpace(strings.Map(func(r rune) rune {
				if r == '\t' || r == '\n' {
					return ' '
				}
				return r
			}, cell)))
		}
		b.WriteByte('\n')
	}
	return b.String(), nil
}

// guessCSVSeparator picks ';' for European-style exports when the first
// line has more semicolons than commas.
func guessCSVSeparator(text string) rune {
	first, _, _ := strings.Cut(text, "\n")
	if strings.Count(first, ";") > strings.Count(first, ",")+strings.Count(first, "，") {
		return ';'
	}
	return ','
}

// runeColumn converts csv's 1-based byte column on a 1-based line to code points.
func runeColumn(text string, line, byteCol int) int {
	for l := 1; l < line; l++ {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			return byteCol
		}
		text = text[i+1:]
	}
	if byteCol-1 > len(text) || byteCol < 1 {
		return byteCol
	}
	return utf8.RuneCountInString(text[:byteCol-1]) + 1
}
