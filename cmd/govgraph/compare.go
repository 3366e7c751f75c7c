package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/mattn/go-runewidth"

	"govgraph/graph"
	"govgraph/graph/compare"
	"govgraph/graph/embedded"
	"govgraph/graph/survey"
)

func init() {
	register("compare", "compare two documents: units, ties, load, ranks, leaders, indicators", runCompare)
}

func runCompare(ctx context.Context, env *Env, args []string) error {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	var sf storeFlags
	sf.register(fs, env)
	format := fs.String("format", "table", "output: table or json")
	tables := fs.String("tables", "seeds", "directory with aliases.tsv, unit-kinds.tsv and lineage.tsv")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: govgraph compare [flags] FROM TO")
		fmt.Fprintln(env.Stderr, "FROM and TO are document ids in the store, or two files compared in memory.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		fs.Usage()
		return errUsage
	}
	if *format != "table" && *format != "json" {
		return fmt.Errorf("--format must be table or json, not %q", *format)
	}
	opts, err := parseOptions(*tables, sf.dataTables())
	if err != nil {
		return err
	}
	lin, err := loadLineage(*tables, sf.dataTables())
	if err != nil {
		return err
	}

	ids := []string{fs.Arg(0), fs.Arg(1)}
	var store graph.Store
	if isFile(ids[0]) && isFile(ids[1]) {
		// Two files are compared on their own, in memory.
		if store, err = embedded.Open(""); err != nil {
			return err
		}
		for i, path := range ids {
			res, err := importFile(ctx, store, path, opts)
			if err != nil {
				store.Close()
				return fmt.Errorf("%s: %w", path, err)
			}
			ids[i] = res.Document
		}
	} else if store, err = sf.open(ctx); err != nil {
		return err
	}
	defer store.Close()

	var sides [2]*compare.Side
	sv := survey.New(store)
	for i, id := range ids {
		if sides[i], err = compare.Snapshot(ctx, sv, id); err != nil {
			return err
		}
	}
	r, err := compare.Documents(sides[0], sides[1], lin)
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	printComparison(env.Stdout, r)
	return nil
}

func isFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

// printComparison writes a readable summary of r.
func printComparison(w io.Writer, r *compare.Result) {
	doc := func(d compare.DocRef) string {
		return fmt.Sprintf("%s (%s, %s, %s)", d.Title, d.Jurisdiction, d.Date, d.Document)
	}
	fmt.Fprintf(w, "from %s\nto   %s\n", doc(r.From), doc(r.To))
	for _, warn := range r.Warnings {
		fmt.Fprintf(w, "note: %s\n", warn)
	}

	a, b := r.Indicators.From, r.Indicators.To
	fmt.Fprintln(w)
	printTable(w, [][]string{
		{"Indicators", "from", "to"},
		{"tasks", fmt.Sprint(a.Tasks), fmt.Sprint(b.Tasks)},
		{"units", fmt.Sprint(a.Units), fmt.Sprint(b.Units)},
		{"ties", fmt.Sprint(a.Ties), fmt.Sprint(b.Ties)},
		{"density", fmt.Sprintf("%.3f", a.Density), fmt.Sprintf("%.3f", b.Density)},
		{"centralization", fmt.Sprintf("%.3f", a.Centralization), fmt.Sprintf("%.3f", b.Centralization)},
		{"modularity", fmt.Sprintf("%.3f", a.Modularity), fmt.Sprintf("%.3f", b.Modularity)},
		{"communities", fmt.Sprint(a.Communities), fmt.Sprint(b.Communities)},
		{"components", fmt.Sprint(a.Components), fmt.Sprint(b.Components)},
	})
	rows := [][]string{{"Units by kind", "from", "to"}}
	for _, k := range r.Kinds {
		rows = append(rows, []string{k.Kind, fmt.Sprint(k.From), fmt.Sprint(k.To)})
	}
	fmt.Fprintln(w)
	printTable(w, rows)
	if !r.SameJurisdiction {
		return
	}

	section := func(title string, n int) bool {
		if n == 0 {
			return false
		}
		fmt.Fprintf(w, "\n%s (%d)\n", title, n)
		return true
	}
	if section("Lineage", len(r.Units.Lineage)) {
		for _, ev := range r.Units.Lineage {
			fmt.Fprintf(w, "  %s %s: %s → %s\n", ev.Date, ev.Event, names(ev.From), names(ev.To))
		}
	}
	if section("Units added", len(r.Units.Added)) {
		fmt.Fprintf(w, "  %s\n", strings.Join(r.Units.Added, "、"))
	}
	if section("Units removed", len(r.Units.Removed)) {
		fmt.Fprintf(w, "  %s\n", strings.Join(r.Units.Removed, "、"))
	}
	ties := func(title, sign string, list []compare.Tie) {
		if section(title, len(list)) {
			var rows [][]string
			for _, t := range list {
				rows = append(rows, []string{"", t.Source, t.Target, sign + fmt.Sprint(t.Weight)})
			}
			printTable(w, rows)
		}
	}
	ties("Ties added", "+", r.Ties.Added)
	ties("Ties removed", "-", r.Ties.Removed)
	if section("Ties changed", len(r.Ties.Changed)) {
		var rows [][]string
		for _, t := range r.Ties.Changed {
			rows = append(rows, []string{"", t.Source, t.Target, fmt.Sprintf("%d → %d", t.From, t.To)})
		}
		printTable(w, rows)
	}
	if section("Load (tasks)", len(r.Load)) {
		var rows [][]string
		for _, c := range r.Load {
			rows = append(rows, []string{"", c.Unit, fmt.Sprintf("%d → %d", c.From, c.To)})
		}
		printTable(w, rows)
	}
	if section("Ranks", len(r.Ranks)) {
		var rows [][]string
		for _, rk := range r.Ranks {
			rows = append(rows, []string{"", rk.Metric, rk.Unit, fmt.Sprintf("%d → %d", rk.From, rk.To)})
		}
		printTable(w, rows)
	}
	l := r.Leaders
	if section("Leaders", len(l.Added)+len(l.Removed)+len(l.Changed)) {
		if len(l.Added) > 0 {
			fmt.Fprintf(w, "  added: %s\n", strings.Join(l.Added, "、"))
		}
		if len(l.Removed) > 0 {
			fmt.Fprintf(w, "  removed: %s\n", strings.Join(l.Removed, "、"))
		}
		for _, c := range l.Changed {
			fmt.Fprintf(w, "  %s: %d → %d tasks\n", c.Leader, c.From, c.To)
		}
	}
}

// printTable aligns columns by display width (a Chinese character takes two
// cells, which text/tabwriter does not know), two spaces apart.
func printTable(w io.Writer, rows [][]string) {
	var widths []int
	for _, row := range rows {
		for i, cell := range row {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], runewidth.StringWidth(cell))
		}
	}
	for _, row := range rows {
		var b strings.Builder
		for i, cell := range row {
			if i == len(row)-1 {
				b.WriteString(cell)
				break
			}
			b.WriteString(runewidth.FillRight(cell, widths[i]))
			b.WriteString("  ")
		}
		fmt.Fprintln(w, b.String())
	}
}

func names(s []string) string {
	if len(s) == 0 {
		return "-"
	}
	return strings.Join(s, "、")
}
