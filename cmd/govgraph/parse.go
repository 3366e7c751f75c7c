package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"strconv"
	"strings"

	"govgraph/graph"
	"govgraph/graph/extract"
)

func init() {
	register("parse", "extract a document's tasks and print them (json or text)", runParse)
}

func runParse(ctx context.Context, env *Env, args []string) error {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	format := fs.String("format", "json", "output `format`: json or text")
	tables := fs.String("tables", "", "`dir` holding aliases.tsv and unit-kinds.tsv (default ./seeds when present)")
	input := fs.String("input", "", "force the input `type`: txt, md, tsv, csv, html, docx, xlsx or pdf (default: from the file name)")
	withSource := fs.Bool("source", false, "add the normalised source text that spans index (json only)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the command to `file` (for go tool pprof)")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: govgraph parse FILE [--format json|text] [--tables dir] [--input type] [--source]")
		fs.PrintDefaults()
	}
	// Flags may come before or after FILE.
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				return err
			}
			return errUsage
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(files) != 1 {
		fs.Usage()
		return errUsage
	}
	if *format != "json" && *format != "text" {
		fmt.Fprintf(env.Stderr, "govgraph parse: unknown format %q (want json or text)\n", *format)
		return errUsage
	}
	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			return err
		}
		defer stop()
	}
	var opts extract.Options
	dir := *tables
	if dir == "" {
		if st, err := os.Stat("seeds"); err == nil && st.IsDir() {
			dir = "seeds"
		}
	}
	if dir != "" {
		var err error
		if opts, err = extract.LoadTables(dir); err != nil {
			return err
		}
		if _, err = loadLineage(dir); err != nil {
			return err
		}
	}
	opts.Format = *input
	doc, err := extract.ParseFile(files[0], opts)
	if err != nil {
		return err
	}
	if *format == "text" {
		return writeOutline(env.Stdout, doc)
	}
	if *withSource {
		return writeDocumentJSON(env.Stdout, doc, jsonField{"source", reflectValue(doc.Source)})
	}
	return writeDocumentJSON(env.Stdout, doc)
}

// startCPUProfile profiles the process into path until stop is called.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// writeOutline prints a document as an outline for people, streamed
// through a buffer (the outline of a large document is never held whole).
func writeOutline(w io.Writer, doc *graph.Document) error {
	b := bufio.NewWriterSize(w, 64<<10)
	if doc.Profile != nil {
		b.WriteString(extract.ProfileText(doc.Profile)) // warnings first: a doubtful parse says so at the top
		b.WriteString("\n")
	}
	m := doc.Meta
	fmt.Fprintf(b, "%s\n", m.Title)
	var facts []string
	for _, f := range []string{m.Jurisdiction, yearText(m.Year), m.Date, m.Issuer, m.Number, m.Format} {
		if f != "" {
			facts = append(facts, f)
		}
	}
	fmt.Fprintf(b, "%s\n", strings.Join(facts, " · "))
	fmt.Fprintf(b, "%d sections, %d themes, %d tasks, %d leaders, %d units, %d projects, %d narrative spans, %d diagnostics\n",
		len(doc.Sections), len(doc.Themes), len(doc.Tasks), len(doc.Leaders), len(doc.Units), len(doc.Projects), len(doc.Narrative), len(doc.Diagnostics))
	count := map[int]int{}
	for _, t := range doc.Tasks {
		count[t.Section]++
	}
	tasks := doc.Tasks
	for _, sec := range doc.Sections {
		fmt.Fprintf(b, "\n§%d [%s] %s (%d tasks)\n", sec.Index, sec.Kind, sec.Title, count[sec.Index])
		theme := -2
		for len(tasks) > 0 && tasks[0].Section == sec.Index {
			t := tasks[0]
			tasks = tasks[1:]
			if t.ThemeIndex != theme {
				theme = t.ThemeIndex
				if theme >= 0 {
					fmt.Fprintf(b, "  ◆ %s\n", t.Theme)
				} else {
					fmt.Fprintf(b, "  ◇ (no theme)\n")
				}
			}
			fmt.Fprintf(b, "    #%d L%d %s\n", t.Index, t.Line, clipText(t.Text, 48))
			var parts []string
			if len(t.Leaders) > 0 {
				parts = append(parts, "领导 "+strings.Join(t.Leaders, "、"))
			}
			if len(t.LeadUnits) > 0 {
				parts = append(parts, "牵头 "+strings.Join(t.LeadUnits, "、"))
			}
			if len(t.Units) > 0 {
				parts = append(parts, "责任 "+strings.Join(t.Units, "、"))
			}
			if t.Deadline != "" {
				parts = append(parts, "时限 "+t.Deadline)
			}
			if len(t.Projects) > 0 {
				parts = append(parts, "项目 "+strings.Join(t.Projects, "、"))
			}
			for _, tg := range t.Targets {
				parts = append(parts, "目标 "+targetText(tg))
			}
			if len(t.Measures) > 0 {
				parts = append(parts, "措施 "+clipText(strings.Join(t.Measures, "；"), 48))
			}
			fmt.Fprintf(b, "       %s\n", strings.Join(parts, " | "))
		}
	}
	if len(doc.Diagnostics) > 0 {
		fmt.Fprintf(b, "\ndiagnostics:\n")
		for _, d := range doc.Diagnostics {
			fmt.Fprintf(b, "  line %d col %d: %s: %s\n", d.Line, d.Column, d.Severity, d.Message)
		}
	}
	return b.Flush() // the first write error, if any
}

func yearText(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}

func targetText(t graph.Target) string {
	v := strconv.FormatFloat(t.Value, 'f', -1, 64)
	if t.Max != 0 {
		v += "-" + strconv.FormatFloat(t.Max, 'f', -1, 64)
	}
	s := t.Metric + " " + v + t.Unit
	if t.Qualifier != "" {
		s += "(" + t.Qualifier + ")"
	}
	return s
}

func clipText(s string, n int) string {
	r := []rune(strings.ReplaceAll(s, "\n", " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n]) + "…"
}
