package main

import (
	"math"
	"reflect"
	"strconv"
	"unicode/utf8"

	"govgraph/graph"
)

// A hand-written encoder for the element types of graph.Document's slices
// (tasks above all: 41 k of them in a 10 MB document). It appends each
// element already indented, exactly as json.Encoder with SetEscapeHTML(false)
// and SetIndent("", "  ") would write it, skipping both the reflection of
// encoding/json and the second pass of indentJSON. Field order, names and
// omitempty follow the struct tags of package graph; TestFastJSONRandom
// fails when a field is added there and not here, and the fuzz test
// FuzzFastJSON compares the bytes of both encoders.

// fastChunk returns a function that appends the elements lo..hi-1 of s at
// depth 2, separated by ",\n    " (without a leading indent, a trailing
// comma or a newline), or nil when s's element type has no hand-written
// encoder. The function reports false when a value cannot be encoded (a
// float that is NaN or infinite): the caller then falls back on
// encoding/json, which returns its error.
func fastChunk(s reflect.Value) func(dst []byte, lo, hi int) ([]byte, bool) {
	switch v := s.Interface().(type) {
	case []graph.Task:
		return func(dst []byte, lo, hi int) ([]byte, bool) {
			for i := lo; i < hi; i++ {
				if i > lo {
					dst = append(dst, ",\n    "...)
				}
				var ok bool
				if dst, ok = appendTask(dst, &v[i], 2); !ok {
					return dst, false
				}
			}
			return dst, true
		}
	case []graph.Section:
		return chunkOf(v, appendSection)
	case []graph.Theme:
		return chunkOf(v, appendTheme)
	case []graph.Leader:
		return chunkOf(v, appendLeader)
	case []graph.Unit:
		return chunkOf(v, appendUnit)
	case []graph.Project:
		return chunkOf(v, appendProject)
	case []graph.Span:
		return chunkOf(v, appendSpan)
	case []graph.Diagnostic:
		return chunkOf(v, appendDiagnostic)
	}
	return nil
}

func chunkOf[T any](v []T, appendOne func([]byte, *T, int) []byte) func([]byte, int, int) ([]byte, bool) {
	return func(dst []byte, lo, hi int) ([]byte, bool) {
		for i := lo; i < hi; i++ {
			if i > lo {
				dst = append(dst, ",\n    "...)
			}
			dst = appendOne(dst, &v[i], 2)
		}
		return dst, true
	}
}

const newlineIndent = "\n                                " // 16 levels

// appendNewline appends a newline and depth levels of indentation.
func appendNewline(dst []byte, depth int) []byte {
	if n := 1 + 2*depth; n <= len(newlineIndent) {
		return append(dst, newlineIndent[:n]...)
	}
	dst = append(dst, '\n')
	for range depth {
		dst = append(dst, ' ', ' ')
	}
	return dst
}

// appendKey appends a member's key on its own line at depth: `"name": `.
// first says whether it is the object's first member (no comma before it).
func appendKey(dst []byte, depth int, first bool, name string) []byte {
	if !first {
		dst = append(dst, ',')
	}
	dst = appendNewline(dst, depth)
	dst = append(dst, '"')
	dst = append(dst, name...) // the names are plain ASCII
	return append(dst, '"', ':', ' ')
}

// appendEnd closes an object whose members stood at depth+1.
func appendEnd(dst []byte, depth int) []byte {
	dst = appendNewline(dst, depth)
	return append(dst, '}')
}

func appendInt(dst []byte, n int) []byte { return strconv.AppendInt(dst, int64(n), 10) }

func appendBool(dst []byte, b bool) []byte {
	if b {
		return append(dst, "true"...)
	}
	return append(dst, "false"...)
}

// appendFloat writes f as encoding/json does: 'f' format, or 'e' below 1e-6
// and from 1e21 on, with the exponent's leading zero dropped (1e-7, not
// 1e-07). It reports false for NaN and infinities, which JSON cannot hold.
func appendFloat(dst []byte, f float64) ([]byte, bool) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return dst, false
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' {
		if n := len(dst); n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst, true
}

// jsonSafe holds the ASCII bytes written as they are in a JSON string
// (SetEscapeHTML(false)): all but the controls, '"' and '\\'.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		t[b] = b != '"' && b != '\\'
	}
	return t
}()

const hexDigits = "0123456789abcdef"

// appendString writes s as a JSON string exactly as encoding/json does
// without HTML escaping: '"', '\\' and the controls escaped (\b \f \n \r \t
// short, others \u00XX), invalid UTF-8 as \ufffd byte by byte, U+2028 and
// U+2029 as \u2028 and \u2029. The three-byte sequences of Chinese text are
// checked inline instead of decoded rune by rune.
func appendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if jsonSafe[b] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		// A well-formed three-byte sequence (U+0800–U+FFFF without the
		// surrogates): lead E0–EF, then two continuation bytes, the first
		// limited for E0 (no overlong form) and ED (no surrogate).
		if b >= 0xE0 && b <= 0xEF && i+2 < len(s) {
			c1, c2 := s[i+1], s[i+2]
			lo, hi := byte(0x80), byte(0xBF)
			switch b {
			case 0xE0:
				lo = 0xA0
			case 0xED:
				hi = 0x9F
			}
			if c1 >= lo && c1 <= hi && c2&0xC0 == 0x80 {
				if b == 0xE2 && c1 == 0x80 && (c2 == 0xA8 || c2 == 0xA9) { // U+2028, U+2029
					dst = append(dst, s[start:i]...)
					dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c2&0xF])
					i += 3
					start = i
					continue
				}
				i += 3
				continue
			}
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i++
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// appendStrings writes a []string at depth: null when nil, [] when empty.
func appendStrings(dst []byte, list []string, depth int) []byte {
	if list == nil {
		return append(dst, "null"...)
	}
	if len(list) == 0 {
		return append(dst, '[', ']')
	}
	dst = append(dst, '[')
	for i, s := range list {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendNewline(dst, depth+1)
		dst = appendString(dst, s)
	}
	dst = appendNewline(dst, depth)
	return append(dst, ']')
}

func appendInts(dst []byte, list []int, depth int) []byte {
	if list == nil {
		return append(dst, "null"...)
	}
	if len(list) == 0 {
		return append(dst, '[', ']')
	}
	dst = append(dst, '[')
	for i, n := range list {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendNewline(dst, depth+1)
		dst = appendInt(dst, n)
	}
	dst = appendNewline(dst, depth)
	return append(dst, ']')
}

func appendSpan(dst []byte, s *graph.Span, depth int) []byte {
	dst = append(dst, '{')
	dst = appendKey(dst, depth+1, true, "start")
	dst = appendInt(dst, s.Start)
	dst = appendKey(dst, depth+1, false, "end")
	dst = appendInt(dst, s.End)
	return appendEnd(dst, depth)
}

func appendTask(dst []byte, t *graph.Task, depth int) ([]byte, bool) {
	d := depth + 1
	dst = append(dst, '{')
	dst = appendKey(dst, d, true, "id")
	dst = appendString(dst, t.ID)
	dst = appendKey(dst, d, false, "index")
	dst = appendInt(dst, t.Index)
	dst = appendKey(dst, d, false, "section")
	dst = appendInt(dst, t.Section)
	dst = appendKey(dst, d, false, "theme")
	dst = appendString(dst, t.Theme)
	dst = appendKey(dst, d, false, "themeIndex")
	dst = appendInt(dst, t.ThemeIndex)
	dst = appendKey(dst, d, false, "text")
	dst = appendString(dst, t.Text)
	dst = appendKey(dst, d, false, "span")
	dst = appendSpan(dst, &t.Span, d)
	dst = appendKey(dst, d, false, "annotation")
	dst = appendSpan(dst, &t.Annotation, d)
	dst = appendKey(dst, d, false, "line")
	dst = appendInt(dst, t.Line)
	dst = appendKey(dst, d, false, "leaders")
	dst = appendStrings(dst, t.Leaders, d)
	dst = appendKey(dst, d, false, "leadUnits")
	dst = appendStrings(dst, t.LeadUnits, d)
	dst = appendKey(dst, d, false, "units")
	dst = appendStrings(dst, t.Units, d)
	dst = appendKey(dst, d, false, "deadline")
	dst = appendString(dst, t.Deadline)
	dst = appendKey(dst, d, false, "projects")
	dst = appendStrings(dst, t.Projects, d)
	dst = appendKey(dst, d, false, "targets")
	switch {
	case t.Targets == nil:
		dst = append(dst, "null"...)
	case len(t.Targets) == 0:
		dst = append(dst, '[', ']')
	default:
		dst = append(dst, '[')
		for i := range t.Targets {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendNewline(dst, d+1)
			var ok bool
			if dst, ok = appendTarget(dst, &t.Targets[i], d+1); !ok {
				return dst, false
			}
		}
		dst = appendNewline(dst, d)
		dst = append(dst, ']')
	}
	if len(t.Notes) > 0 {
		dst = appendKey(dst, d, false, "notes")
		dst = appendStrings(dst, t.Notes, d)
	}
	if len(t.Measures) > 0 {
		dst = appendKey(dst, d, false, "measures")
		dst = appendStrings(dst, t.Measures, d)
	}
	return appendEnd(dst, depth), true
}

func appendTarget(dst []byte, t *graph.Target, depth int) ([]byte, bool) {
	d := depth + 1
	var ok bool
	dst = append(dst, '{')
	dst = appendKey(dst, d, true, "metric")
	dst = appendString(dst, t.Metric)
	dst = appendKey(dst, d, false, "value")
	if dst, ok = appendFloat(dst, t.Value); !ok {
		return dst, false
	}
	if t.Max != 0 {
		dst = appendKey(dst, d, false, "max")
		if dst, ok = appendFloat(dst, t.Max); !ok {
			return dst, false
		}
	}
	dst = appendKey(dst, d, false, "unit")
	dst = appendString(dst, t.Unit)
	dst = appendKey(dst, d, false, "qualifier")
	dst = appendString(dst, t.Qualifier)
	if t.Text != "" {
		dst = appendKey(dst, d, false, "text")
		dst = appendString(dst, t.Text)
	}
	return appendEnd(dst, depth), true
}

func appendSection(dst []byte, s *graph.Section, depth int) []byte {
	d := depth + 1
	dst = append(dst, '{')
	dst = appendKey(dst, d, true, "index")
	dst = appendInt(dst, s.Index)
	dst = appendKey(dst, d, false, "title")
	dst = appendString(dst, s.Title)
	dst = appendKey(dst, d, false, "kind")
	dst = appendString(dst, s.Kind)
	dst = appendKey(dst, d, false, "span")
	dst = appendSpan(dst, &s.Span, d)
	dst = appendKey(dst, d, false, "heading")
	dst = appendSpan(dst, &s.Heading, d)
	return appendEnd(dst, depth)
}

func appendTheme(dst []byte, t *graph.Theme, depth int) []byte {
	d := depth + 1
	dst = append(dst, '{')
	dst = appendKey(dst, d, true, "index")
	dst = appendInt(dst, t.Index)
	dst = appendKey(dst, d, false, "section")
	dst = appendInt(dst, t.Section)
	dst = appendKey(dst, d, false, "title")
	dst = appendString(dst, t.Title)
	dst = appendKey(dst, d, false, "span")
	dst = appendSpan(dst, &t.Span, d)
	return appendEnd(dst, depth)
}

func appendLeader(dst []byte, l *graph.Leader, depth int) []byte {
	d := depth + 1
	dst = append(dst, '{')
	dst = appendKey(dst, d, true, "name")
	dst = appendString(dst, l.Name)
	dst = appendKey(dst, d, false, "title")
	dst = appendString(dst, l.Title)
	dst = appendKey(dst, d, false, "placeholder")
	dst = appendBool(dst, l.Placeholder)
	return appendEnd(dst, depth)
}

func appendUnit(dst []byte, u *graph.Unit, depth int) []byte {
	d := depth + 1
	dst = append(dst, '{')
	dst = appendKey(dst, d, true, "name")
	dst = appendString(dst, u.Name)
	dst = appendKey(dst, d, false, "kind")
	dst = appendString(dst, u.Kind)
	dst = appendKey(dst, d, false, "collective")
	dst = appendBool(dst, u.Collective)
	dst = appendKey(dst, d, false, "aliases")
	dst = appendStrings(dst, u.Aliases, d)
	return appendEnd(dst, depth)
}

func appendProject(dst []byte, p *graph.Project, depth int) []byte {
	d := depth + 1
	dst = append(dst, '{')
	dst = appendKey(dst, d, true, "name")
	dst = appendString(dst, p.Name)
	dst = appendKey(dst, d, false, "tasks")
	dst = appendInts(dst, p.Tasks, d)
	return appendEnd(dst, depth)
}

func appendDiagnostic(dst []byte, g *graph.Diagnostic, depth int) []byte {
	d := depth + 1
	dst = append(dst, '{')
	dst = appendKey(dst, d, true, "line")
	dst = appendInt(dst, g.Line)
	dst = appendKey(dst, d, false, "column")
	dst = appendInt(dst, g.Column)
	dst = appendKey(dst, d, false, "severity")
	dst = appendString(dst, g.Severity)
	if g.Code != "" {
		dst = appendKey(dst, d, false, "code")
		dst = appendString(dst, g.Code)
	}
	dst = appendKey(dst, d, false, "message")
	dst = appendString(dst, g.Message)
	return appendEnd(dst, depth)
}
