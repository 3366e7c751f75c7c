package synth

import (
	"context"
	"encoding/json"
	"iter"
	"math/rand/v2"
	"os"
	"path/filepath"

	"govgraph/graph"
)

// Corpus years: documents cycle through FirstYear … LastYear.
const (
	FirstYear = 2019
	LastYear  = 2028
)

// Specs lays out n documents over the given number of jurisdictions and the
// years FirstYear … LastYear: jurisdictions vary fastest, then years; a
// jurisdiction and year that come round again get the next Index, so that
// every document has its own title (and so its own document id).
func Specs(n, jurisdictions int) []Spec {
	jurisdictions = max(1, jurisdictions)
	names := Jurisdictions(jurisdictions)
	years := LastYear - FirstYear + 1
	out := make([]Spec, n)
	for i := range out {
		out[i] = Spec{
			Jurisdiction: names[i%jurisdictions],
			Year:         FirstYear + (i/jurisdictions)%years,
			Index:        i / (jurisdictions * years),
		}
	}
	return out
}

// Corpus generates a document for each spec. Document i is drawn from its
// own random stream (seed, i), so any one can be regenerated alone.
func Corpus(m Model, specs []Spec, seed int64) iter.Seq2[Spec, Output] {
	return func(yield func(Spec, Output) bool) {
		for i, s := range specs {
			rng := rand.New(rand.NewPCG(uint64(seed), uint64(i)))
			if !yield(s, m.Compose(rng, s)) {
				return
			}
		}
	}
}

// ManifestFile lists a written corpus: the seed, the generator seed and
// each document with what it holds.
const ManifestFile = "manifest.json"

// Manifest is the content of ManifestFile.
type Manifest struct {
	Seed      SeedInfo        `json:"seed"`
	Generator int64           `json:"generatorSeed"`
	Documents []ManifestEntry `json:"documents"`
}

// ManifestEntry is one document of a corpus.
type ManifestEntry struct {
	File string `json:"file"`
	Spec
	Title    string `json:"title"`
	Sections int    `json:"sections"`
	Themes   int    `json:"themes"`
	Tasks    int    `json:"tasks"`
	Bytes    int    `json:"bytes"`
}

// WriteCorpus writes a document for each spec into dir (created when
// needed), named by Spec.FileName, and ManifestFile beside them. It stops
// when ctx is done.
func WriteCorpus(ctx context.Context, dir string, m Model, specs []Spec, seed int64) (Manifest, error) {
	man := Manifest{Seed: m.Seed, Generator: seed, Documents: []ManifestEntry{}}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return man, graph.Errorf(graph.EINVALID, "%s: cannot create directory: %v", dir, err)
	}
	for s, out := range Corpus(m, specs, seed) {
		if err := ctx.Err(); err != nil {
			return man, err
		}
		path := filepath.Join(dir, s.FileName())
		if err := os.WriteFile(path, out.Text, 0o644); err != nil {
			return man, graph.Errorf(graph.EINVALID, "%s: cannot write: %v", path, err)
		}
		man.Documents = append(man.Documents, ManifestEntry{File: s.FileName(), Spec: s, Title: out.Title,
			Sections: out.Sections, Themes: out.Themes, Tasks: len(out.Tasks), Bytes: len(out.Text)})
	}
	data, err := json.MarshalIndent(man, "", "  ")
	if err != nil {
		return man, err
	}
	path := filepath.Join(dir, ManifestFile)
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return man, graph.Errorf(graph.EINVALID, "%s: cannot write: %v", path, err)
	}
	return man, nil
}
