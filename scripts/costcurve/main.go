// Command costcurve draws and tabulates the cost curve that
// api.BenchmarkCostCurve records (scripts/bench costcurve): an SVG of four
// log–log panels (import time, store memory, cold p50 of the main answers
// on each store) and the Markdown tables of BENCHMARKS.md.
//
//	go run ./scripts/costcurve -svg docs/costcurve.svg -md OUT.md costcurve-embedded.tsv costcurve-neo4j.tsv
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"slices"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// curve holds value[store][name][docs].
type curve map[string]map[string]map[int]float64

func (c curve) get(store, name string, docs int) (float64, bool) {
	v, ok := c[store][name][docs]
	return v, ok
}

// sizes are the document counts measured on store, ascending.
func (c curve) sizes(store string) []int {
	var out []int
	for d := range c[store]["tasks"] {
		out = append(out, d)
	}
	slices.Sort(out)
	return out
}

// knownStores are the curves BenchmarkCostCurve records, in table order:
// neo4j is imported in steps through store calls, neo4j-bulk bulk-loaded
// anew at each size.
var knownStores = []string{"embedded", "neo4j", "neo4j-bulk"}

// stores are the curves c holds, in table order.
func (c curve) stores() []string {
	var out []string
	for _, s := range knownStores {
		if len(c[s]) > 0 {
			out = append(out, s)
		}
	}
	return out
}

// allSizes are the document counts measured on any store, ascending.
func (c curve) allSizes() []int {
	var out []int
	for _, s := range c.stores() {
		for _, d := range c.sizes(s) {
			if !slices.Contains(out, d) {
				out = append(out, d)
			}
		}
	}
	slices.Sort(out)
	return out
}

func isBulk(store string) bool { return strings.HasSuffix(store, "-bulk") }

// label is a store's name in the plot and the tables.
func label(store string) string {
	switch store {
	case "embedded":
		return "embedded"
	case "neo4j":
		return "Neo4j"
	case "neo4j-bulk":
		return "Neo4j bulk-loaded"
	}
	return store
}

func read(paths []string) (curve, error) {
	c := curve{}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		for line := 1; sc.Scan(); line++ {
			f := strings.Split(sc.Text(), "\t")
			if len(f) != 5 {
				return nil, fmt.Errorf("%s:%d: want 5 tab-separated fields (store, docs, name, value, unit), got %d", p, line, len(f))
			}
			docs, err1 := strconv.Atoi(f[1])
			v, err2 := strconv.ParseFloat(f[3], 64)
			if err1 != nil || err2 != nil {
				return nil, fmt.Errorf("%s:%d: docs %q or value %q is not a number", p, line, f[1], f[3])
			}
			if c[f[0]] == nil {
				c[f[0]] = map[string]map[int]float64{}
			}
			if c[f[0]][f[2]] == nil {
				c[f[0]][f[2]] = map[int]float64{}
			}
			c[f[0]][f[2]][docs] = v
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// series is one line of a panel.
type series struct{ store, name, label string }

func panel(c curve, title, ylabel string, lines []series) (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = "documents"
	p.Y.Label.Text = ylabel
	p.X.Scale, p.Y.Scale = plot.LogScale{}, plot.LogScale{}
	p.X.Tick.Marker, p.Y.Tick.Marker = plot.LogTicks{Prec: -1}, plot.LogTicks{Prec: -1}
	p.Legend.Top, p.Legend.Left = true, true
	p.Legend.TextStyle.Font.Size = vg.Points(8)
	var args []any
	for _, l := range lines {
		var xys plotter.XYs
		for _, d := range c.sizes(l.store) {
			if v, ok := c.get(l.store, l.name, d); ok && v > 0 {
				xys = append(xys, plotter.XY{X: float64(d), Y: v})
			}
		}
		if len(xys) > 0 {
			args = append(args, l.label, xys)
		}
	}
	if len(args) == 0 {
		p.Title.Text += " (not measured)"
		p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = 1, 10, 1, 10
		return p, nil
	}
	return p, plotutil.AddLinePoints(p, args...)
}

var routes = []string{"network", "network-lead", "network-responsible", "metrics", "bottleneck", "compare"}

func draw2x2(c curve, out string) error {
	var routeLines = func(store string) []series {
		var s []series
		for _, r := range routes {
			s = append(s, series{store, r + "-cold-p50", r})
		}
		return s
	}
	// The Neo4j answers panel: the bulk-loaded curve when there is one
	// (it reaches the largest size), else the transactional one.
	n4j := "neo4j"
	if len(c["neo4j-bulk"]) > 0 {
		n4j = "neo4j-bulk"
	}
	importLines := []series{{"embedded", "import", "embedded (store calls)"}, {"neo4j", "import", "Neo4j (store calls)"},
		{"neo4j-bulk", "import", "Neo4j bulk load, whole"}}
	memLines := []series{{"embedded", "go-heap", "embedded Go heap"}, {"embedded", "process-rss", "embedded RSS"}}
	for _, s := range []string{"neo4j", "neo4j-bulk"} {
		if len(c[s]) > 0 {
			memLines = append(memLines, series{s, "neo4j-disk", label(s) + " on disk"}, series{s, "jvm-heap", label(s) + " JVM heap used"})
		}
	}
	specs := []struct {
		title, y string
		lines    []series
	}{
		{"Import time", "seconds", importLines},
		{"Store memory", "MiB", memLines},
		{"Embedded: cold p50", "ms", routeLines("embedded")},
		{label(n4j) + ": cold p50", "ms", routeLines(n4j)},
	}
	plots := [][]*plot.Plot{make([]*plot.Plot, 2), make([]*plot.Plot, 2)}
	for i, s := range specs {
		p, err := panel(c, s.title, s.y, s.lines)
		if err != nil {
			return err
		}
		plots[i/2][i%2] = p
	}
	w, h := vg.Points(900), vg.Points(700)
	var img interface {
		vg.CanvasSizer
		io.WriterTo
	}
	if strings.HasSuffix(out, ".png") {
		img = vgimg.PngCanvas{Canvas: vgimg.New(w, h)}
	} else {
		img = vgsvg.New(w, h)
	}
	dc := draw.New(img)
	t := draw.Tiles{Rows: 2, Cols: 2, PadX: vg.Millimeter * 6, PadY: vg.Millimeter * 6,
		PadTop: vg.Points(6), PadBottom: vg.Points(6), PadLeft: vg.Points(6), PadRight: vg.Points(6)}
	canvases := plot.Align(plots, t, dc)
	for j := range plots {
		for i := range plots[j] {
			plots[j][i].Draw(canvases[j][i])
		}
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if _, err := img.WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func num(v float64) string {
	switch {
	case v >= 100:
		return strconv.FormatFloat(v, 'f', 0, 64)
	case v >= 10:
		return strconv.FormatFloat(v, 'f', 1, 64)
	case v >= 1:
		return strconv.FormatFloat(v, 'f', 2, 64)
	}
	return strconv.FormatFloat(v, 'g', 2, 64)
}

func cell(c curve, store, name string, docs int) string {
	if v, ok := c.get(store, name, docs); ok {
		return num(v)
	}
	return "—"
}

// answer is a route's p50 / p99 of one kind (cold or warm), or the status
// the API refused it with.
func answer(c curve, store, route, kind string, docs int) string {
	p50, ok50 := c.get(store, route+"-"+kind+"-p50", docs)
	p99, ok99 := c.get(store, route+"-"+kind+"-p99", docs)
	if ok50 && ok99 {
		return num(p50) + " / " + num(p99)
	}
	if st, ok := c.get(store, route+"-status", docs); ok {
		return fmt.Sprintf("HTTP %d", int(st))
	}
	return "—"
}

func tables(c curve, w io.Writer) {
	stores := c.stores()
	fmt.Fprintln(w, "| Store | Documents | Tasks | Relationships | Import s (rels/s) | This step's rels/s | Import CPU s (govgraph) | Memory |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- | --- | --- |")
	for _, s := range stores {
		var prevRels, prevImp float64
		for _, d := range c.sizes(s) {
			tasks, _ := c.get(s, "tasks", d)
			rels, _ := c.get(s, "relationships", d)
			imp, _ := c.get(s, "import", d)
			cpu, _ := c.get(s, "import-cpu-govgraph", d)
			var mem string
			if s == "embedded" {
				mem = fmt.Sprintf("Go heap %s MiB, RSS %s MiB", cell(c, s, "go-heap", d), cell(c, s, "process-rss", d))
			} else {
				mem = fmt.Sprintf("disk %s MiB, JVM heap used %s MiB (RSS %s MiB)", cell(c, s, "neo4j-disk", d), cell(c, s, "jvm-heap", d), cell(c, s, "jvm-rss", d))
			}
			// A bulk load starts afresh at each size: no step.
			step := "—"
			if !isBulk(s) {
				step = fmt.Sprintf("%.0f", (rels-prevRels)/(imp-prevImp))
			}
			fmt.Fprintf(w, "| %s | %d | %.0f | %.0f | %s (%.0f) | %s | %s | %s |\n", s, d, tasks, rels, num(imp), rels/imp,
				step, num(cpu), mem)
			prevRels, prevImp = rels, imp
		}
	}
	for _, s := range stores {
		if !isBulk(s) {
			continue
		}
		fmt.Fprintln(w)
		fmt.Fprintf(w, "%s, the import's parts, s (the CPU: govgraph with neo4j-admin, its child; the server's JVM from its start to the first answer):\n", label(s))
		fmt.Fprintln(w)
		fmt.Fprintln(w, "| Documents | bulk import (its parse) | server start | first answer | whole | rels/s | govgraph + neo4j-admin CPU (neo4j-admin) | server JVM CPU |")
		fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- | --- | --- |")
		for _, d := range c.sizes(s) {
			rels, _ := c.get(s, "relationships", d)
			imp, _ := c.get(s, "import", d)
			fmt.Fprintf(w, "| %d | %s (%s) | %s | %s | %s | %.0f | %s (%s) | %s |\n", d, cell(c, s, "import-bulk", d), cell(c, s, "parse", d),
				cell(c, s, "server-start", d), cell(c, s, "first-answer", d), num(imp), rels/imp,
				cell(c, s, "import-cpu-govgraph", d), cell(c, s, "import-cpu-neo4j-admin", d), cell(c, s, "jvm-cpu", d))
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Cold and warm p50 / p99, ms:")
	fmt.Fprintln(w)
	head, rule := "| Answer | Documents |", "| --- | --- |"
	for _, s := range stores {
		head += fmt.Sprintf(" %s cold | %s warm |", label(s), label(s))
		rule += " --- | --- |"
	}
	for _, s := range stores {
		if s != "embedded" && slices.Contains(stores, "embedded") {
			head += fmt.Sprintf(" %s / embedded, cold p50 |", label(s))
			rule += " --- |"
		}
	}
	fmt.Fprintln(w, head)
	fmt.Fprintln(w, rule)
	for _, r := range routes {
		for _, d := range c.allSizes() {
			line := fmt.Sprintf("| %s | %d |", r, d)
			for _, s := range stores {
				line += fmt.Sprintf(" %s | %s |", answer(c, s, r, "cold", d), answer(c, s, r, "warm", d))
			}
			for _, s := range stores {
				if s == "embedded" || !slices.Contains(stores, "embedded") {
					continue
				}
				ratio := "—"
				if e, ok := c.get("embedded", r+"-cold-p50", d); ok {
					if n, ok := c.get(s, r+"-cold-p50", d); ok && e > 0 {
						ratio = num(n/e) + "×"
					}
				}
				line += " " + ratio + " |"
			}
			fmt.Fprintln(w, line)
		}
	}
}

func main() {
	svg := flag.String("svg", "", "write the plot to this `file` (SVG, or PNG when it ends in .png)")
	md := flag.String("md", "", "write the Markdown tables to this `file` (default stdout)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: costcurve [-svg FILE] [-md FILE] costcurve-*.tsv")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	c, err := read(flag.Args())
	if err != nil {
		log.Fatal(err)
	}
	if *svg != "" {
		if err := draw2x2(c, *svg); err != nil {
			log.Fatal(err)
		}
	}
	w := io.Writer(os.Stdout)
	if *md != "" {
		f, err := os.Create(*md)
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		w = f
	}
	tables(c, w)
}
