// Command gen builds the reference snapshot that package refs embeds
// (wdi.snap) from a checkout of the World Bank WDI mirror:
//
//	go run ./internal/gen -from ../../../shared/data/wdi -o wdi.snap
//
// It is run by go generate in data/refs. The output is deterministic:
// the same mirror gives the same bytes.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tradestats/tradestats/data/refs"
)

func main() {
	from := flag.String("from", "", "the mirror `DIR` (one folder per series with data.csv)")
	out := flag.String("o", "wdi.snap", "write the snapshot to `FILE`")
	flag.Parse()
	if *from == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: gen -from DIR [-o FILE]")
		os.Exit(2)
	}
	t, err := refs.ReadDir(*from)
	if err == nil {
		err = refs.WriteFile(*out, t)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	fmt.Printf("gen: %s: %d series, %d codes, %d values\n", *out, len(t.Series()), len(t.Codes()), t.Len())
}
