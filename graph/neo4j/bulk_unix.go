//go:build unix

package neo4j

import (
	"os"
	"syscall"
)

// storeLocked says whether another process holds a lock on the server's
// store_lock file, as a running Neo4j does (a POSIX record lock, which Java
// takes with FileChannel.tryLock), and which process.
func storeLocked(path string) (pid int, locked bool) {
	f, err := os.Open(path)
	if err != nil {
		return 0, false
	}
	defer f.Close()
	lk := syscall.Flock_t{Type: syscall.F_WRLCK, Whence: 0, Start: 0, Len: 0}
	if err := syscall.FcntlFlock(f.Fd(), syscall.F_GETLK, &lk); err != nil {
		return 0, false
	}
	if lk.Type == syscall.F_UNLCK {
		return 0, false
	}
	return int(lk.Pid), true
}
