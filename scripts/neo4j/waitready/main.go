// Command waitready blocks until a Neo4j server answers on Bolt.
//
// It is used by scripts/neo4j-local: it retries the Go driver's
// VerifyConnectivity (no auth) until it succeeds or the timeout passes.
// With -pid it also gives up as soon as that process has exited, so a
// server that crashes during startup fails fast instead of timing out.
// With -query it then runs one Cypher statement and prints each record,
// which makes it a handy smoke test.
//
// Exit status: 0 ready, 1 not ready (timeout, or the process died), 2 usage.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func main() {
	uri := flag.String("uri", "bolt://127.0.0.1:7687", "Bolt URI of the server")
	timeout := flag.Duration("timeout", 120*time.Second, "how long to keep trying")
	interval := flag.Duration("interval", 500*time.Millisecond, "pause between attempts")
	pid := flag.Int("pid", 0, "stop waiting if this process exits (0: don't watch)")
	query := flag.String("query", "", "Cypher statement to run once ready; records are printed")
	quiet := flag.Bool("quiet", false, "print nothing on success")
	flag.Parse()
	if flag.NArg() != 0 {
		flag.Usage()
		os.Exit(2)
	}

	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()

	driver, err := neo4j.NewDriverWithContext(*uri, neo4j.NoAuth())
	if err != nil {
		fmt.Fprintf(os.Stderr, "waitready: %v\n", err)
		os.Exit(2)
	}
	defer driver.Close(context.Background())

	start := time.Now()
	if err := waitReady(ctx, driver, *interval, *pid); err != nil {
		fmt.Fprintf(os.Stderr, "waitready: %s not ready after %s: %v\n",
			*uri, time.Since(start).Round(time.Millisecond), err)
		os.Exit(1)
	}
	if !*quiet {
		fmt.Printf("waitready: %s ready after %s\n", *uri, time.Since(start).Round(time.Millisecond))
	}

	if *query != "" {
		if err := runQuery(ctx, driver, *query); err != nil {
			fmt.Fprintf(os.Stderr, "waitready: query failed: %v\n", err)
			os.Exit(1)
		}
	}
}

// waitReady retries VerifyConnectivity until it succeeds, ctx expires, or
// the watched process (if any) is gone. It returns the last driver error.
func waitReady(ctx context.Context, driver neo4j.DriverWithContext, interval time.Duration, pid int) error {
	var last error
	for {
		if pid > 0 && !alive(pid) {
			return fmt.Errorf("process %d exited (last error: %v)", pid, last)
		}
		attempt, cancel := context.WithTimeout(ctx, 5*time.Second)
		last = driver.VerifyConnectivity(attempt)
		cancel()
		if last == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return errors.Join(ctx.Err(), last)
		case <-time.After(interval):
		}
	}
}

// alive reports whether a process with this pid exists and has not exited.
// A dead child that its parent has not reaped yet (a zombie) counts as gone.
func alive(pid int) bool {
	if err := syscall.Kill(pid, 0); err != nil && !errors.Is(err, syscall.EPERM) {
		return false
	}
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return true // no procfs: trust the signal probe
	}
	// Format: "pid (comm) state ...": comm may hold spaces or parentheses.
	if i := bytes.LastIndexByte(stat, ')'); i >= 0 && i+2 < len(stat) {
		return stat[i+2] != 'Z'
	}
	return true
}

func runQuery(ctx context.Context, driver neo4j.DriverWithContext, query string) error {
	res, err := neo4j.ExecuteQuery(ctx, driver, query, nil, neo4j.EagerResultTransformer)
	if err != nil {
		return err
	}
	for _, rec := range res.Records {
		fmt.Println(rec.AsMap())
	}
	return nil
}
