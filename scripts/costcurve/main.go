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
	specs := []struct {
		title, y string
		lines    []series
	}{
		{"Import (store calls, parse excluded)", "seconds", []series{{"embedded", "import", "embedded"}, {"neo4j", "import", "Neo4j"}}},
		{"Store memory", "MiB", []series{{"embedded", "go-heap", "embedded Go heap"}, {"embedded", "process-rss", "embedded RSS"},
			{"neo4j", "neo4j-disk", "Neo4j on disk"}, {"neo4j", "jvm-heap", "Neo4j JVM heap used"}}},
		{"Embedded: cold p50", "ms", routeLines("embedded")},
		{"Neo4j: cold p50", "ms", routeLines("neo4j")},
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
	stores := []string{"embedded", "neo4j"}
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
			fmt.Fprintf(w, "| %s | %d | %.0f | %.0f | %s (%.0f) | %.0f | %s | %s |\n", s, d, tasks, rels, num(imp), rels/imp,
				(rels-prevRels)/(imp-prevImp), num(cpu), mem)
			prevRels, prevImp = rels, imp
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Cold and warm p50 / p99, ms:")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| Answer | Documents | Embedded cold | Embedded warm | Neo4j cold | Neo4j warm | Neo4j / embedded, cold p50 |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- | --- |")
	for _, r := range routes {
		for _, d := range c.sizes("embedded") {
			ratio := "—"
			if e, ok := c.get("embedded", r+"-cold-p50", d); ok {
				if n, ok := c.get("neo4j", r+"-cold-p50", d); ok && e > 0 {
					ratio = num(n/e) + "×"
				}
			}
			fmt.Fprintf(w, "| %s | %d | %s | %s | %s | %s | %s |\n", r, d,
				answer(c, "embedded", r, "cold", d), answer(c, "embedded", r, "warm", d),
				answer(c, "neo4j", r, "cold", d), answer(c, "neo4j", r, "warm", d), ratio)
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
