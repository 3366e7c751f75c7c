package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"govgraph/graph/extract"
	"govgraph/graph/synth"
)

func init() {
	register("synth", "generate a synthetic corpus fitted to a seed document", runSynth)
}

func runSynth(ctx context.Context, env *Env, args []string) error {
	fs := flag.NewFlagSet("synth", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	seedDoc := fs.String("seed-doc", "seeds/documents/2023-jinan-lixia-government-work-report-tasks.txt", "`file` whose distributions the corpus follows")
	tables := fs.String("tables", "seeds", "`dir` with aliases.tsv and unit-kinds.tsv")
	n := fs.Int("n", 1000, "number of documents")
	jurisdictions := fs.Int("jurisdictions", 10, "number of jurisdictions the documents are spread over")
	seed := fs.Int64("seed", 1, "random seed; the same seed gives the same corpus")
	out := fs.String("out", "", "output `dir` (required)")
	large := fs.Int("large", 0, "also write large.txt, one document of at least this many `bytes` (parser benchmark)")
	modelFile := fs.String("model", "", "also write the fitted model as JSON to this `file`")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: govgraph synth --out DIR [--seed-doc FILE] [--n 1000] [--jurisdictions 10] [--seed 1] [--large BYTES] [--model FILE]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	if *n < 0 || *jurisdictions < 1 || *large < 0 {
		return fmt.Errorf("--n and --large must not be negative and --jurisdictions must be at least 1")
	}
	opts, err := parseOptions(*tables)
	if err != nil {
		return err
	}
	doc, err := extract.ParseFile(*seedDoc, opts)
	if err != nil {
		return err
	}
	if len(doc.Tasks) == 0 {
		return fmt.Errorf("%s: the seed document has no annotated tasks to learn from", *seedDoc)
	}
	model := synth.Fit(doc)
	fmt.Fprint(env.Stderr, model.Summary())
	if *modelFile != "" {
		data, err := json.MarshalIndent(model, "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(*modelFile, append(data, '\n'), 0o644); err != nil {
			return fmt.Errorf("write model: %w", err)
		}
	}

	man, err := synth.WriteCorpus(ctx, *out, model, synth.Specs(*n, *jurisdictions), *seed)
	if err != nil {
		return err
	}
	tasks, bytes := 0, 0
	for _, d := range man.Documents {
		tasks += d.Tasks
		bytes += d.Bytes
	}
	fmt.Fprintf(env.Stdout, "wrote %d documents (%d tasks, %.1f MB) over %d jurisdictions and %d–%d to %s\n",
		len(man.Documents), tasks, float64(bytes)/1e6, *jurisdictions, synth.FirstYear, synth.LastYear, *out)
	if *large > 0 {
		big := synth.ComposeLarge(model, *large, *seed)
		path := filepath.Join(*out, "large.txt")
		if err := os.WriteFile(path, big.Text, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		fmt.Fprintf(env.Stdout, "wrote %s: %d tasks, %.1f MB\n", path, len(big.Tasks), float64(len(big.Text))/1e6)
	}
	return nil
}
