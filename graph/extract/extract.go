// Package extract turns government task-decomposition documents (政府工作报告
// 目标任务分解 and kin) into graph.Documents.
//
// Every input — UTF-8 or GB18030 text, TSV/CSV tables, .docx — is first turned
// into normalised source text (tables become one line per row, cells joined by
// TAB). One pass over that text's lines then finds sections, themes, tasks and
// their annotations; every Span indexes the source in code points.
package extract

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"govgraph/graph"
)

// Options tune a parse. The zero value works: built-in rules only.
type Options struct {
	// Aliases maps an alias to its canonical unit name (seeds/aliases.tsv).
	Aliases map[string]string
	// KindOverrides maps a canonical unit name to a graph.Kind* constant
	// (seeds/unit-kinds.tsv); it wins over the built-in rules.
	KindOverrides map[string]string
	// Format forces the input format: txt, tsv, csv or docx. Empty means
	// detect it from the file name and content.
	Format string
}

// Table file names inside a tables directory (normally seeds/).
const (
	AliasesFile   = "aliases.tsv"
	UnitKindsFile = "unit-kinds.tsv"
)

// LoadTables reads dir/aliases.tsv (alias<TAB>canonical) and
// dir/unit-kinds.tsv (name<TAB>kind) into Options. Lines starting with # and
// blank lines are skipped; a missing file is simply absent. Malformed lines
// are graph.EINVALID errors naming the file and line.
func LoadTables(dir string) (Options, error) {
	var opts Options
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return opts, graph.Errorf(graph.EINVALID, "%s: tables directory not found", dir)
	}
	aliases, err := readPairs(filepath.Join(dir, AliasesFile), nil)
	if err != nil {
		return opts, err
	}
	kinds, err := readPairs(filepath.Join(dir, UnitKindsFile), func(v string) bool { return slices.Contains(graph.UnitKinds, v) })
	if err != nil {
		return opts, err
	}
	for alias := range aliases {
		if _, err := resolveAlias(aliases, alias); err != nil {
			return opts, graph.Errorf(graph.EINVALID, "%s: %s", filepath.Join(dir, AliasesFile), err)
		}
	}
	opts.Aliases, opts.KindOverrides = aliases, kinds
	return opts, nil
}

// readPairs reads a two-column TSV; valid, when set, checks the second column.
func readPairs(path string, valid func(string) bool) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "%s: cannot read: %v", path, err)
	}
	out := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(strings.TrimPrefix(sc.Text(), "\ufeff"), " \r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		key, val, ok := strings.Cut(line, "\t")
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		if !ok || key == "" || val == "" || strings.Contains(val, "\t") {
			return nil, graph.Errorf(graph.EINVALID, "%s: line %d: expected two columns separated by one TAB", path, n)
		}
		if valid != nil && !valid(val) {
			return nil, graph.Errorf(graph.EINVALID, "%s: line %d: unknown unit kind %q (want one of %s)", path, n, val, strings.Join(graph.UnitKinds, ", "))
		}
		if prev, dup := out[key]; dup && prev != val {
			return nil, graph.Errorf(graph.EINVALID, "%s: line %d: %q is already mapped to %q", path, n, key, prev)
		}
		out[key] = val
	}
	if err := sc.Err(); err != nil {
		return nil, graph.Errorf(graph.EINVALID, "%s: %v", path, err)
	}
	return out, nil
}

// resolveAlias follows alias chains (A→B, B→C) to the canonical name.
func resolveAlias(aliases map[string]string, name string) (string, error) {
	seen := 0
	for {
		next, ok := aliases[name]
		if !ok || next == name {
			return name, nil
		}
		if seen++; seen > 16 {
			return "", fmt.Errorf("alias cycle through %q", name)
		}
		name = next
	}
}

// ParseFile reads and parses one document file.
func ParseFile(path string, opts Options) (*graph.Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		msg := err.Error()
		var pe *fs.PathError
		if errors.As(err, &pe) {
			msg = pe.Err.Error()
		}
		return nil, graph.Errorf(graph.EINVALID, "%s: cannot read file: %s", path, msg)
	}
	return Parse(path, data, opts)
}

// Parse parses a document's bytes; name is its file name (for the format and
// for messages). Bad input is a *graph.Error (EINVALID or EUNSUPPORTED) whose
// message names the file and, when known, the line and column or byte offset.
func Parse(name string, data []byte, opts Options) (*graph.Document, error) {
	source, format, err := normalise(name, data, opts.Format)
	if err != nil {
		return nil, err
	}
	source, noise := stripPageNoise(source)
	p := newParser(name, source, opts)
	p.noiseLines = noise
	p.doc.Meta.Format = format
	p.run()
	return p.doc, nil
}
