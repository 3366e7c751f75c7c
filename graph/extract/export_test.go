package extract

import (
	"context"

	"govgraph/graph"
)

// ZipBytesRead totals the bytes inflated from zip entries, for the bomb tests.
func ZipBytesRead() int64 { return zipBytesRead.Load() }

// Item is a numbered item the layout found: its 1-based line and level.
type Item struct{ Line, Level int }

// ParseItems parses a document and also returns the numbered items its
// layout found, for the no-silent-loss test.
func ParseItems(name string, data []byte, opts Options) (*graph.Document, []Item, error) {
	source, format, err := normalise(context.Background(), name, data, opts.Format)
	if err != nil {
		return nil, nil, err
	}
	p := parseSource(name, source, format, opts)
	var items []Item
	for _, i := range p.itemLines() {
		items = append(items, Item{i + 1, itemLevel(p.src, p.lines[i].cs, p.lines[i].e)})
	}
	return p.doc, items, nil
}
