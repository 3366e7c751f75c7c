package quality

import (
	"context"
	"errors"
	"slices"

	"govgraph/graph"
	"govgraph/graph/extract"
)

// Service answers the queue of a stored document and applies an
// administrator's decisions.
type Service struct {
	Store  graph.Store
	Tables *Tables
}

// Queue is the report of one stored document, without dismissed items.
func (s *Service) Queue(ctx context.Context, docID string) (*Report, error) {
	all, err := s.check(ctx, docID)
	if err != nil {
		return nil, err
	}
	doc := all.doc
	r := &Report{Document: doc.Meta.ID, Jurisdiction: doc.Meta.Jurisdiction, Year: doc.Meta.Year,
		Items: []Item{}, TablesVersion: all.version}
	if doc.Profile != nil {
		r.Coverage = doc.Profile.Coverage
	}
	for _, it := range all.items {
		if s.Tables.Dismissed(it.ID) {
			r.Dismissed++
			continue
		}
		r.Items = append(r.Items, it)
	}
	return r, nil
}

type checked struct {
	doc     *graph.Document
	family  []*graph.Document // the stored documents of its jurisdiction, doc among them
	items   []Item
	version string
}

func (s *Service) check(ctx context.Context, docID string) (*checked, error) {
	doc, family, err := s.family(ctx, docID)
	if err != nil {
		return nil, err
	}
	t := s.Tables
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.check(doc, family), nil
}

// check computes the items with the current tables; the caller holds t.mu.
func (t *Tables) check(doc *graph.Document, family []*graph.Document) *checked {
	items := Check(Input{Document: doc, Jurisdiction: family, Lineage: t.lin, KindOverrides: t.opts.KindOverrides})
	return &checked{doc: doc, family: family, items: items, version: t.version}
}

// family reads a stored document and every stored document of its
// jurisdiction, it first.
func (s *Service) family(ctx context.Context, docID string) (*graph.Document, []*graph.Document, error) {
	doc, err := s.Store.Document(ctx, docID)
	if err != nil {
		return nil, nil, err
	}
	infos, err := s.Store.Documents(ctx)
	if err != nil {
		return nil, nil, err
	}
	family := []*graph.Document{doc}
	for _, info := range infos {
		if info.ID == doc.Meta.ID || info.Jurisdiction != doc.Meta.Jurisdiction {
			continue
		}
		d, err := s.Store.Document(ctx, info.ID)
		if graph.ErrorCode(err) == graph.ENOTFOUND {
			continue // deleted meanwhile
		}
		if err != nil {
			return nil, nil, err
		}
		family = append(family, d)
	}
	return doc, family, nil
}

func (c *checked) item(id string) (Item, error) {
	for _, it := range c.items {
		if it.ID == id {
			return it, nil
		}
	}
	return Item{}, graph.Errorf(graph.ENOTFOUND, "document %s has no quality item %q (the queue may have changed: reload it)", c.doc.Meta.ID, id)
}

// Accepted says what accepting an item did.
type Accepted struct {
	Item Item `json:"item"`
	// File is the table written, relative to the data directory's tables.
	File string `json:"file"`
	// Rederived are the documents parsed again from their stored source
	// with the new tables and stored in place of the old ones.
	Rederived     []graph.ImportResult `json:"rederived"`
	TablesVersion string               `json:"tablesVersion"`
}

// Accept writes the item's row into the data directory's table and
// re-derives the documents it affects, all or nothing: the new table is
// read and every affected document parsed before the table is put in
// place; if storing one fails, the previous table and the documents
// already replaced are restored.
func (s *Service) Accept(ctx context.Context, docID, itemID string) (*Accepted, error) {
	t := s.Tables
	t.mu.Lock()
	defer t.mu.Unlock()
	doc, family, err := s.family(ctx, docID)
	if err != nil {
		return nil, err
	}
	c := t.check(doc, family)
	it, err := c.item(itemID)
	if err != nil {
		return nil, err
	}
	if it.Action == nil {
		return nil, graph.Errorf(graph.ECONFLICT, "an item of kind %s has no suggestion to accept; correct the source or dismiss it", it.Kind)
	}
	if t.dismissed[it.ID] {
		return nil, graph.Errorf(graph.ECONFLICT, "item %s was dismissed", it.ID)
	}
	st, err := t.stage(it.Action, it.ID)
	if err != nil {
		return nil, err
	}
	defer st.cleanup()

	// Parse every affected document with the new tables before anything changes.
	var olds, news []*graph.Document
	if it.Action.Table == TableAliases {
		for _, d := range c.family {
			if !slices.ContainsFunc(d.Units, func(u graph.Unit) bool { return u.Name == it.Action.Row[0] }) {
				continue
			}
			nd, err := Rederive(d, st.opts)
			if err != nil {
				return nil, err
			}
			olds, news = append(olds, d), append(news, nd)
		}
	}
	prevOpts, prevLin, prevVersion := t.opts, t.lin, t.version
	if err := st.commit(); err != nil {
		st.rollback(prevOpts, prevLin, prevVersion)
		return nil, &graph.Error{Code: graph.EINTERNAL, Message: "write " + st.file, Err: err}
	}
	res := &Accepted{Item: it, File: st.file, Rederived: []graph.ImportResult{}, TablesVersion: st.version}
	for i, nd := range news {
		r, err := s.Store.Import(ctx, nd)
		if err != nil {
			// Put back what was replaced, then the table.
			var errs []error
			for _, old := range olds[:i] {
				if _, rerr := s.Store.Import(context.WithoutCancel(ctx), old); rerr != nil {
					errs = append(errs, rerr)
				}
			}
			if rerr := st.rollback(prevOpts, prevLin, prevVersion); rerr != nil {
				errs = append(errs, rerr)
			}
			if len(errs) > 0 {
				return nil, &graph.Error{Code: graph.EINTERNAL, Message: "re-derivation failed and could not be undone completely", Err: errors.Join(append(errs, err)...)}
			}
			return nil, err
		}
		res.Rederived = append(res.Rederived, r)
	}
	return res, nil
}

// Dismiss remembers that an item of a document's queue needs nothing.
func (s *Service) Dismiss(ctx context.Context, docID, itemID string) (Item, error) {
	c, err := s.check(ctx, docID)
	if err != nil {
		return Item{}, err
	}
	it, err := c.item(itemID)
	if err != nil {
		return Item{}, err
	}
	return it, s.Tables.dismiss(it, docID)
}

// Rederive parses a stored document again from its source with opts. The
// source is the normalised text every span indexes (tables as TAB-joined
// rows), so it is read as text, or as TSV when the document was a table;
// the result keeps the document's format, file name and id.
func Rederive(doc *graph.Document, opts extract.Options) (*graph.Document, error) {
	opts.Format, opts.Origin = "txt", doc.Meta.Format
	if doc.Meta.Format == "csv" || doc.Meta.Format == "tsv" {
		opts.Format = "tsv"
	}
	name := doc.Meta.FileName
	if name == "" {
		name = doc.Meta.ID + ".txt"
	}
	nd, err := extract.Parse(name, []byte(doc.Source), opts)
	if err != nil {
		return nil, &graph.Error{Code: graph.ECONFLICT, Message: "document " + doc.Meta.ID + " does not parse again from its stored source: " + graph.ErrorMessage(err), Err: err}
	}
	if nd.Meta.ID != doc.Meta.ID {
		return nil, graph.Errorf(graph.ECONFLICT, "document %s parses again as another document (%s); nothing was changed", doc.Meta.ID, nd.Meta.ID)
	}
	nd.Meta.Format, nd.Meta.FileName = doc.Meta.Format, doc.Meta.FileName
	return nd, nil
}
