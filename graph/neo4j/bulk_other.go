//go:build !unix

package neo4j

// storeLocked cannot look at another process's file locks here; the
// importer itself still refuses a database that is in use.
func storeLocked(path string) (pid int, locked bool) { return 0, false }
