// Package extract turns government task-decomposition documents (政府工作报告
// 目标任务分解 and kin) into graph.Documents.
//
// Every input — UTF-8 or GB18030 text, Markdown, TSV/CSV tables, web pages,
// .docx, .xlsx, PDF — is first turned into normalised source text (tables
// become one line per row, cells joined by TAB). One pass over that text's lines then finds sections, themes, tasks and
// their annotations; every Span indexes the source in code points.
package extract

import (
	"bufio"
	"bytes"
	"context"
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
	// Aliases maps an alias to its canonical unit name in every document
	// (rows of seeds/aliases.tsv whose jurisdiction is *).
	Aliases map[string]string
	// ScopedAliases maps a jurisdiction (济南市历下区) to the aliases that
	// apply only in its documents; elsewhere names stay as written.
	ScopedAliases map[string]map[string]string
	// KindOverrides maps a canonical unit name to a graph.Kind* constant
	// (seeds/unit-kinds.tsv); it wins over the built-in rules.
	KindOverrides map[string]string
	// Format forces the input format: txt, md, tsv, csv, html, docx, xlsx
	// or pdf. Empty means detect it from the file name.
	Format string
	// Origin names the format a normalised source was first read from (a
	// stored document's DocumentMeta.Format) when Format reads that source
	// again as text: layout rules that hold in one format only (a
	// workbook's sheet names) follow it.
	Origin string
}

// Table file names inside a tables directory (normally seeds/).
const (
	AliasesFile   = "aliases.tsv"
	UnitKindsFile = "unit-kinds.tsv"
)

// LoadTables reads dir/aliases.tsv (alias<TAB>canonical<TAB>jurisdiction)
// and dir/unit-kinds.tsv (name<TAB>kind) into Options. An alias applies
// only in documents of its jurisdiction; * applies it everywhere. Lines
// starting with # and blank lines are skipped; a missing file is simply
// absent. Malformed lines are graph.EINVALID errors naming the file and line.
// Overlays are further table directories (a data directory's own tables,
// written by accepted suggestions of the quality queue); a missing one is
// skipped, and their rows win over dir's for the same name.
func LoadTables(dir string, overlays ...string) (Options, error) {
	var opts Options
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return opts, graph.Errorf(graph.EINVALID, "%s: tables directory not found", dir)
	}
	scoped := map[string]map[string]string{}
	kinds := map[string]map[string]string{}
	var paths []string
	for i, d := range append([]string{dir}, overlays...) {
		if i > 0 {
			if st, err := os.Stat(d); err != nil || !st.IsDir() {
				continue
			}
		}
		path := filepath.Join(d, AliasesFile)
		a, err := readTable(path, 3, nil)
		if err != nil {
			return opts, err
		}
		k, err := readTable(filepath.Join(d, UnitKindsFile), 2, func(v string) bool { return slices.Contains(graph.UnitKinds, v) })
		if err != nil {
			return opts, err
		}
		overlay(scoped, a)
		overlay(kinds, k)
		paths = append(paths, path)
	}
	for where, aliases := range scoped {
		if where == "*" {
			opts.Aliases = aliases
			continue
		}
		if opts.ScopedAliases == nil {
			opts.ScopedAliases = map[string]map[string]string{}
		}
		opts.ScopedAliases[where] = aliases
	}
	for where, aliases := range scoped {
		all := aliases
		if where != "*" && len(scoped["*"]) > 0 {
			all = mergeAliases(scoped["*"], aliases)
		}
		for alias := range aliases {
			if _, err := resolveAlias(all, alias); err != nil {
				return opts, graph.Errorf(graph.EINVALID, "%s: %s (jurisdiction %s)", strings.Join(paths, " + "), err, where)
			}
		}
	}
	opts.KindOverrides = kinds["*"]
	return opts, nil
}

// overlay adds the rows of more to tables, per jurisdiction; more wins.
func overlay(tables, more map[string]map[string]string) {
	for where, rows := range more {
		if tables[where] == nil {
			tables[where] = map[string]string{}
		}
		for k, v := range rows {
			tables[where][k] = v
		}
	}
}

// mergeAliases returns general aliases overlaid by a jurisdiction's own.
func mergeAliases(general, own map[string]string) map[string]string {
	out := make(map[string]string, len(general)+len(own))
	for k, v := range general {
		out[k] = v
	}
	for k, v := range own {
		out[k] = v
	}
	return out
}

// aliasesFor returns the aliases that apply in a jurisdiction: the general
// ones and those written for it (济南市历下区 also matches 历下区).
func (o Options) aliasesFor(jurisdiction string) map[string]string {
	var own map[string]string
	if jurisdiction != "" {
		for where, a := range o.ScopedAliases {
			if where == jurisdiction || strings.HasSuffix(jurisdiction, where) || strings.HasSuffix(where, jurisdiction) {
				own = a
				break
			}
		}
	}
	switch {
	case own == nil:
		return o.Aliases
	case len(o.Aliases) == 0:
		return own
	}
	return mergeAliases(o.Aliases, own)
}

// readTable reads a TSV of key<TAB>value and, when cols is 3, an optional
// third column naming the jurisdiction (* or empty: everywhere); it returns
// the pairs per jurisdiction. valid, when set, checks the value column.
func readTable(path string, cols int, valid func(string) bool) (map[string]map[string]string, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "%s: cannot read: %v", path, err)
	}
	out := map[string]map[string]string{}
	want := "two columns separated by one TAB"
	if cols == 3 {
		want = "two columns separated by one TAB (alias<TAB>canonical) and optionally a third, the jurisdiction (* for everywhere)"
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(strings.TrimPrefix(sc.Text(), "\ufeff"), " \r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for k := range f {
			f[k] = strings.TrimSpace(f[k])
		}
		if len(f) < 2 || len(f) > cols || f[0] == "" || f[1] == "" {
			return nil, graph.Errorf(graph.EINVALID, "%s: line %d: expected %s", path, n, want)
		}
		key, val, where := f[0], f[1], "*"
		if len(f) == 3 && f[2] != "" {
			where = f[2]
		}
		if valid != nil && !valid(val) {
			return nil, graph.Errorf(graph.EINVALID, "%s: line %d: unknown unit kind %q (want one of %s)", path, n, val, strings.Join(graph.UnitKinds, ", "))
		}
		m := out[where]
		if m == nil {
			m = map[string]string{}
			out[where] = m
		}
		if prev, dup := m[key]; dup && prev != val {
			scope := ""
			if where != "*" {
				scope = " in " + where
			}
			return nil, graph.Errorf(graph.EINVALID, "%s: line %d: %q is already mapped to %q%s", path, n, key, prev, scope)
		}
		m[key] = val
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
	return ParseFileContext(context.Background(), path, opts)
}

// ParseFileContext is ParseFile that stops when ctx is done.
func ParseFileContext(ctx context.Context, path string, opts Options) (*graph.Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		msg := err.Error()
		var pe *fs.PathError
		if errors.As(err, &pe) {
			msg = pe.Err.Error()
		}
		return nil, graph.Errorf(graph.EINVALID, "%s: cannot read file: %s", path, msg)
	}
	return ParseContext(ctx, path, data, opts)
}

// Parse parses a document's bytes; name is its file name (for the format and
// for messages). Bad input is a *graph.Error (EINVALID, EUNSUPPORTED or
// ETOOLARGE) whose message names the file and, when known, the line and
// column or byte offset.
func Parse(name string, data []byte, opts Options) (*graph.Document, error) {
	return ParseContext(context.Background(), name, data, opts)
}

// ParseContext is Parse that stops when ctx is done (a request's deadline):
// the error is then a graph.ETIMEOUT error.
func ParseContext(ctx context.Context, name string, data []byte, opts Options) (*graph.Document, error) {
	source, format, err := normalise(ctx, name, data, opts.Format)
	if err == nil {
		err = ctx.Err()
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return nil, &graph.Error{Code: graph.ETIMEOUT, Message: fmt.Sprintf("%s: reading the document was stopped: %v", name, err), Err: err}
	}
	if err != nil {
		return nil, err
	}
	return parseSource(name, source, format, opts).doc, nil
}

// parseSource parses a normalised source text.
func parseSource(name, source, format string, opts Options) *parser {
	source, noise, pageEnds := stripPageNoise(source)
	p := newParser(name, source, opts)
	p.noiseLines, p.pageEnds = noise, pageEnds
	p.doc.Meta.Format = format
	p.run()
	return p
}
