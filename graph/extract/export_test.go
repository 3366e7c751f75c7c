package extract

// ZipBytesRead totals the bytes inflated from zip entries, for the bomb tests.
func ZipBytesRead() int64 { return zipBytesRead.Load() }
