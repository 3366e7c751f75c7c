package main

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"text/tabwriter"

	"govgraph/graph"
	"govgraph/graph/analytics"
	"govgraph/graph/embedded"
	"govgraph/graph/survey"
)

func init() {
	register("analyze", "coordination analytics of a document: load, brokerage, bottlenecks", runAnalyze)
}

func runAnalyze(ctx context.Context, env *Env, args []string) error {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	var sf storeFlags
	sf.register(fs, env)
	var docs multiFlag
	fs.Var(&docs, "document", "document id in the store (repeatable); instead of FILE")
	format := fs.String("format", "table", "output: table or json")
	top := fs.Int("top", 10, "rows per ranking in the table")
	groups := fs.String("groups", analytics.GroupByKind, "brokerage groups: kind or leader")
	tables := fs.String("tables", "seeds", "directory with aliases.tsv and unit-kinds.tsv")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: govgraph analyze [flags] FILE | --document ID")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if (fs.NArg() == 1) == (len(docs) > 0) || fs.NArg() > 1 {
		fs.Usage()
		return errUsage
	}
	if *format != "table" && *format != "json" {
		return fmt.Errorf("--format must be table or json, not %q", *format)
	}

	var store graph.Store
	var err error
	if fs.NArg() == 1 {
		// A file is analysed on its own, in memory, without touching any store.
		opts, err := parseOptions(*tables)
		if err != nil {
			return err
		}
		store, err = embedded.Open("")
		if err != nil {
			return err
		}
		res, err := importFile(ctx, store, fs.Arg(0), opts)
		if err != nil {
			return err
		}
		docs = multiFlag{res.Document}
	} else if store, err = sf.open(ctx); err != nil {
		return err
	}
	defer store.Close()

	sv, err := survey.New(store).Analyse(ctx, graph.NetworkFilter{Documents: docs}, analytics.Options{Groups: *groups, Seed: survey.Seed})
	if err != nil {
		return err
	}
	rep, net := sv.Report, sv.Network
	if *format == "json" {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Report *analytics.Report `json:"report"`
			Pairs  []graph.UnitLink  `json:"pairs"`
		}{rep, net.Links})
	}
	printAnalysis(env.Stdout, rep, net, *top)
	return nil
}

func printAnalysis(w io.Writer, rep *analytics.Report, net *graph.UnitNetwork, top int) {
	n := rep.Network
	fmt.Fprintf(w, "%d units, %d links; density %.3f, degree centralisation %.3f, %d communities (Q %.3f)\n",
		n.Nodes, n.Links, n.Density, n.DegreeCentralisation, n.Communities, n.Modularity)

	ranking := func(title string, value func(analytics.UnitMetrics) float64, format string) {
		units := slices.Clone(rep.Units)
		slices.SortStableFunc(units, func(a, b analytics.UnitMetrics) int { return cmp.Compare(value(b), value(a)) })
		fmt.Fprintf(w, "\n%s\n", title)
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		for i, u := range units[:min(top, len(units))] {
			fmt.Fprintf(tw, "%d\t%s\t"+format+"\t%d tasks, %d leads, %d leaders\n", i+1, u.Name, value(u), u.Tasks, u.LeadTasks, u.Leaders)
		}
		tw.Flush()
	}
	ranking("Load (tasks shared with other units, weighted degree)", func(u analytics.UnitMetrics) float64 { return u.WeightedDegree }, "%.0f")
	ranking("Betweenness (normalised)", func(u analytics.UnitMetrics) float64 { return u.Betweenness }, "%.3f")
	ranking("Bottleneck score (mean of normalised load, betweenness, leaders)", func(u analytics.UnitMetrics) float64 { return u.Bottleneck.Score }, "%.3f")

	names := make(map[string]string, len(net.Nodes))
	for _, u := range net.Nodes {
		names[u.ID] = u.Name
	}
	fmt.Fprintln(w, "\nMost co-assigned pairs")
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for i, l := range net.Links[:min(top, len(net.Links))] {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d tasks\n", i+1, names[l.Source], names[l.Target], l.Weight)
	}
	tw.Flush()

	fmt.Fprintln(w, "\nLeaders' span of control")
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, l := range rep.Leaders {
		fmt.Fprintf(tw, "%s\t%d units\t%d tasks\t%d shared with other leaders\n", l.Name, l.Span, l.Tasks, l.MultiLeaderTasks)
	}
	tw.Flush()
}

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return fmt.Sprint(*m) }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
