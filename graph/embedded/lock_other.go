//go:build !unix

package embedded

import "os"

// lockDir opens the lock file; other systems get no exclusive lock.
func lockDir(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
}

func unlockDir(f *os.File) error { return f.Close() }
