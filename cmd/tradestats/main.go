package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

func main() {
	os.Exit(runMain())
}

// runMain runs the command line of the process and returns its exit
// status (tests run it in processes of their own, see TestMain).
func runMain() int {
	tuneGC()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
}

// tuneGC trades memory for speed: the live heap of tradestats is small (a
// few articles in flight), so the collector runs at 4 times it rather than
// twice, which saves a tenth of extract's time; a soft limit of 256 MiB makes
// it collect as often as needed beyond that. GOGC and GOMEMLIMIT, when set,
// take precedence.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(256 << 20)
	}
}
