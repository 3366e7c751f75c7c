package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"runtime"
	"strings"
)

// writeDocumentJSON writes v (a struct or a pointer to one, such as
// *graph.Document) exactly as a json.Encoder with SetEscapeHTML(false) and
// SetIndent("", "  ") would, but streams it: each top-level field in turn,
// the elements of slices in chunks encoded in parallel and written in order
// to a buffered writer. A 10 MB document's 30 MB of JSON is never held whole.
func writeDocumentJSON(w io.Writer, v any, extra ...jsonField) error {
	bw := bufio.NewWriterSize(w, 256<<10)
	rv := reflect.Indirect(reflect.ValueOf(v))
	fields := append(jsonFields(rv), extra...)
	if len(fields) == 0 {
		bw.WriteString("{}\n")
		return bw.Flush()
	}
	bw.WriteString("{\n")
	for i, f := range fields {
		name, err := json.Marshal(f.name)
		if err != nil {
			return err
		}
		bw.WriteString("  ")
		bw.Write(name)
		bw.WriteString(": ")
		if f.value.Kind() == reflect.Slice && f.value.Len() > 0 {
			err = writeSlice(bw, f.value)
		} else {
			err = encodeIndented(bw, f.value.Interface(), "  ")
		}
		if err != nil {
			return err
		}
		if i < len(fields)-1 {
			bw.WriteByte(',')
		}
		bw.WriteByte('\n')
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

type jsonField struct {
	name  string
	value reflect.Value
}

// jsonFields lists a struct's fields as encoding/json orders them. Embedded
// structs are not promoted (graph.Document has none); extra fields go last.
func jsonFields(rv reflect.Value) []jsonField {
	var out []jsonField
	t := rv.Type()
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if tag == "-" || !sf.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		fv := rv.Field(i)
		if strings.Contains(","+opts+",", ",omitempty,") && fv.IsZero() {
			continue
		}
		out = append(out, jsonField{name, fv})
	}
	return out
}

// encodeIndented writes v at the given depth's indentation, without the
// encoder's trailing newline.
func encodeIndented(w io.Writer, v any, prefix string) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	return err
}

// writeSlice writes a non-empty slice at depth 1, its elements at depth 2,
// encoding chunks of elements on all cores and writing them in order.
func writeSlice(w io.Writer, s reflect.Value) error {
	const chunk = 256
	n := s.Len()
	chunks := (n + chunk - 1) / chunk
	type result struct {
		buf []byte
		err error
	}
	results := make([]chan result, chunks)
	for i := range results {
		results[i] = make(chan result, 1)
	}
	work := make(chan int)
	workers := max(1, runtime.GOMAXPROCS(0))
	inFlight := make(chan struct{}, 4*workers) // chunks encoded but not yet written
	// Chunk buffers go back to free once written: a few buffers, not one
	// fresh (zeroed) 512 KB per chunk.
	free := make(chan []byte, 4*workers+workers)
	fast := fastChunk(s) // nil: encoding/json and indentJSON
	for range workers {
		go func() {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			for c := range work {
				var out []byte
				select {
				case out = <-free:
				default:
					out = make([]byte, 0, 512<<10)
				}
				// The chunk is encoded as one array; its elements, without the
				// brackets, indent at depth 2 with ",\n    " between them.
				lo, hi := c*chunk, min(n, (c+1)*chunk)
				out = append(out, "    "...)
				var err error
				ok := false
				if fast != nil {
					out, ok = fast(out, lo, hi)
				}
				if !ok {
					// No hand-written encoder, or a value it cannot write
					// (NaN): encoding/json writes it or says why not.
					out = append(out[:0], "    "...)
					buf.Reset()
					if err = enc.Encode(s.Slice(lo, hi).Interface()); err == nil {
						elems := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
						out = indentJSON(out, elems[1:len(elems)-1], 2)
					}
				}
				if err == nil {
					if hi < n {
						out = append(out, ',')
					}
					out = append(out, '\n')
				}
				results[c] <- result{out, err}
			}
		}()
	}
	go func() {
		defer close(work)
		for c := range chunks {
			inFlight <- struct{}{}
			work <- c
		}
	}()
	io.WriteString(w, "[\n")
	var firstErr error
	for c := range chunks {
		r := <-results[c]
		<-inFlight
		if firstErr == nil {
			if firstErr = r.err; firstErr == nil {
				if _, err := w.Write(r.buf); err != nil {
					firstErr = err
				}
			}
		}
		select {
		case free <- r.buf[:0]:
		default:
		}
	}
	if firstErr != nil {
		return firstErr
	}
	_, err := io.WriteString(w, "  ]")
	return err
}

// indentJSON appends compact JSON src to dst indented as json.Indent does
// with prefix "" and indent "  ", starting depth levels deep. It is a plain
// byte loop that skips string contents, several times faster than
// json.Indent's scanner; src must be valid JSON (it comes from the encoder).
func indentJSON(dst, src []byte, depth int) []byte {
	newline := func() { dst = appendNewline(dst, depth) }
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '"':
			// The closing quote is the next one not escaped: preceded by
			// an even number of backslashes. IndexByte is vectorised;
			// IndexAny over two bytes is not.
			j := i + 1
			for {
				k := bytes.IndexByte(src[j:], '"')
				if k < 0 {
					j = len(src)
					break
				}
				j += k
				escapes := 0
				for m := j - 1; m > i && src[m] == '\\'; m-- {
					escapes++
				}
				if escapes%2 == 0 {
					break
				}
				j++
			}
			dst = append(dst, src[i:min(j+1, len(src))]...)
			i = j
		case '{', '[':
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				dst = append(dst, c, src[i+1])
				i++
				continue
			}
			dst = append(dst, c)
			depth++
			newline()
		case '}', ']':
			depth--
			newline()
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline()
		case ':':
			dst = append(dst, ':', ' ')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

func reflectValue(v any) reflect.Value { return reflect.ValueOf(v) }
