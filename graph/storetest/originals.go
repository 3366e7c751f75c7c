package storetest

import (
	"reflect"
	"testing"

	"govgraph/graph"
)

// An original belongs to the source of its document: kept, it is read
// back byte for byte; re-deriving the document from the same source keeps
// it; replacing the document by another source or deleting it drops it;
// it does not change the data version.
func testOriginals(t *testing.T, s graph.Store) {
	keeper, ok := s.(graph.OriginalStore)
	if !ok {
		t.Skipf("the %s store keeps no originals", s.Kind())
	}
	ctx := t.Context()
	loadFixtures(t, s)
	_, err := keeper.Original(ctx, idA)
	wantCode(t, "Original before any was kept", err, graph.ENOTFOUND)
	wantCode(t, "KeepOriginal of a missing document", keeper.KeepOriginal(ctx, "no-such-document", graph.Original{Name: "x.txt", Data: []byte("x")}), graph.ENOTFOUND)

	before := version(t, s)
	kept := graph.Original{Name: "甲.docx", Data: []byte{'P', 'K', 3, 4, 0, 0xff, 0xfe}, SHA256: "not checked by the store"}
	must(t, "KeepOriginal", keeper.KeepOriginal(ctx, idA, kept))
	got, err := keeper.Original(ctx, idA)
	must(t, "Original", err)
	if !reflect.DeepEqual(*got, kept) {
		t.Errorf("Original = %+v, want %+v", *got, kept)
	}
	if v := version(t, s); v != before {
		t.Errorf("keeping an original changed the data version from %q to %q", before, v)
	}
	// Keeping another replaces it; the same document imported again keeps it.
	kept.Data = []byte("second")
	must(t, "KeepOriginal again", keeper.KeepOriginal(ctx, idA, kept))
	importAll(t, s, docA())
	got, err = keeper.Original(ctx, idA)
	must(t, "Original after importing the same version", err)
	same(t, "the original after importing the same version", string(got.Data), "second")
	infos, err := s.Documents(ctx)
	must(t, "Documents", err)
	for _, d := range infos {
		if d.ID == idA && d.FileName != docA().Meta.FileName {
			t.Errorf("Documents: A's file name %q, want the parsed one %q", d.FileName, docA().Meta.FileName)
		}
	}

	// The same source derived anew (as a quality decision does) keeps it.
	rederived := docA()
	rederived.Tasks[0].Text += "（改）"
	res, err := s.Import(ctx, rederived)
	must(t, "Import of A re-derived", err)
	if !res.Replaced {
		t.Fatalf("the re-derived A did not replace A: %+v", res)
	}
	got, err = keeper.Original(ctx, idA)
	must(t, "Original after re-deriving A from the same source", err)
	same(t, "the original after re-deriving", string(got.Data), "second")

	_, err = s.Import(ctx, docA2())
	must(t, "Import of a new version", err)
	_, err = keeper.Original(ctx, idA)
	wantCode(t, "Original of a replaced document", err, graph.ENOTFOUND)

	must(t, "KeepOriginal of the new version", keeper.KeepOriginal(ctx, idA, kept))
	must(t, "DeleteDocument", s.DeleteDocument(ctx, idA))
	_, err = keeper.Original(ctx, idA)
	wantCode(t, "Original of a deleted document", err, graph.ENOTFOUND)
	importAll(t, s, docA())
	_, err = keeper.Original(ctx, idA)
	wantCode(t, "Original of a document deleted and imported again", err, graph.ENOTFOUND)
}
