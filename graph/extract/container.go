package extract

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"sync/atomic"

	"govgraph/graph"
)

// Limits on zip containers (.docx, .xlsx). A document's XML is text that
// compresses perhaps 5–30 times; a zip bomb inflates hundreds or thousands of
// times. Sizes are checked from the central directory before anything is
// inflated, and archive/zip refuses an entry that inflates past its declared
// size, so the bytes read stay under these bounds even when a header lies.
const (
	maxZipEntry = 48 << 20 // one entry, inflated
	maxZipTotal = 64 << 20 // all entries, inflated
	maxZipRatio = 100      // inflated:compressed, beyond zipRatioFloor
	// zipRatioFloor: small entries may compress as well as they like (an
	// empty sheet's XML is almost all repetition).
	zipRatioFloor = 1 << 20
)

// openZip opens a zip container and refuses it, before inflating anything,
// when its entries would inflate past the limits (graph.ETOOLARGE).
func openZip(name, kind string, data []byte) (*zip.Reader, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "%s: not a valid %s (zip) file: %v", name, kind, err)
	}
	var total uint64
	for _, f := range zr.File {
		size := f.UncompressedSize64
		if size > maxZipEntry {
			return nil, zipTooLarge(name, f.Name, fmt.Sprintf("inflates to %d MB, over the limit of %d MB per entry", size>>20, maxZipEntry>>20))
		}
		if size > zipRatioFloor && size > maxZipRatio*max(f.CompressedSize64, 1) {
			return nil, zipTooLarge(name, f.Name, fmt.Sprintf("inflates %d times (%d KB to %d MB), over the limit of %d:1; it looks like a zip bomb",
				size/max(f.CompressedSize64, 1), f.CompressedSize64>>10, size>>20, maxZipRatio))
		}
		if total += size; total > maxZipTotal {
			return nil, zipTooLarge(name, f.Name, fmt.Sprintf("brings the inflated total over the limit of %d MB", maxZipTotal>>20))
		}
	}
	return zr, nil
}

func zipTooLarge(name, entry, why string) error {
	return graph.Errorf(graph.ETOOLARGE, "%s: zip entry %s %s", name, entry, why)
}

// zipEntry finds an entry by name, nil when absent.
func zipEntry(zr *zip.Reader, entry string) *zip.File {
	for _, f := range zr.File {
		if f.Name == entry {
			return f
		}
	}
	return nil
}

// openEntry opens an entry for streaming. The reader stops at the entry's
// declared size (archive/zip fails past it) and at maxZipEntry, and returns
// ctx's error once ctx is done.
func openEntry(ctx context.Context, f *zip.File) (io.ReadCloser, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	return &boundedReader{ctx: ctx, r: io.LimitReader(rc, maxZipEntry+1), c: rc}, nil
}

// boundedReader counts what it reads (inflated bytes) and honours a context.
type boundedReader struct {
	ctx  context.Context
	r    io.Reader
	c    io.Closer
	read int64
}

// zipBytesRead totals the inflated bytes read from zip entries; tests use it
// to show that a bomb is refused before it is inflated.
var zipBytesRead atomic.Int64

func (b *boundedReader) Read(p []byte) (int, error) {
	if err := b.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := b.r.Read(p)
	b.read += int64(n)
	if b.read > maxZipEntry {
		return n, graph.Errorf(graph.ETOOLARGE, "zip entry inflates past %d MB", maxZipEntry>>20)
	}
	return n, err
}

func (b *boundedReader) Close() error {
	zipBytesRead.Add(b.read)
	return b.c.Close()
}
