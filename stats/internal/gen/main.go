// Command gen generates the entity gazetteer (../../gazetteer.tsv), the
// currency lexicon (../../currency.tsv) and the units table
// (../../units.tsv) that package stats embeds.
//
// Country and territory names, ISO 3166-1 codes, capitals and currencies come
// from github.com/biter777/countries; ISO 4217 codes, the country-to-currency
// mapping (CLDR) and currency symbols from github.com/bojanz/currency. The
// hand-kept files next to this one (countries.tsv, entities.tsv,
// currencies.tsv) add what the libraries lack: the short names used in news,
// aliases, adjectives, blocs, organisations, regions, historical states and
// currencies, and the words news uses for currencies. units.tsv is the
// hand-kept source of the units table (see units.go).
//
// It is run from package stats by
//
//	go generate ./stats
//
// which writes the three files into the stats directory. Output is
// deterministic: running it again gives identical bytes. With -check it
// writes nothing and exits 1 if the files differ from what it would write.
package main

import (
	"bytes"
	"embed"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
)

//go:embed countries.tsv entities.tsv currencies.tsv units.tsv
var handFiles embed.FS

func main() {
	log.SetPrefix("gen: ")
	log.SetFlags(0)
	dir := flag.String("dir", ".", "directory to write `gazetteer.tsv`, `currency.tsv` and `units.tsv` into")
	check := flag.Bool("check", false, "only check that the files in -dir are up to date")
	verbose := flag.Bool("v", false, "report dropped ambiguous phrases and symbols")
	flag.Parse()

	out, err := generate()
	if err != nil {
		log.Fatal(err)
	}
	if *verbose {
		for _, n := range out.notes {
			log.Print(n)
		}
	}
	files := []struct {
		name string
		data []byte
	}{
		{"gazetteer.tsv", out.gazetteer},
		{"currency.tsv", out.currency},
		{"units.tsv", out.units},
	}
	stale := false
	for _, f := range files {
		path := filepath.Join(*dir, f.name)
		if *check {
			old, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(old, f.data) {
				log.Printf("%s is out of date: run go generate ./stats", path)
				stale = true
			}
			continue
		}
		if err := os.WriteFile(path, f.data, 0o644); err != nil {
			log.Fatal(err)
		}
	}
	if stale {
		os.Exit(1)
	}
}

// output is what the generator produces.
type output struct {
	gazetteer []byte
	currency  []byte
	units     []byte
	notes     []string // dropped ambiguous phrases and symbols, for -v
}

// generate builds both files from the libraries and the hand-kept files.
func generate() (*output, error) {
	out := &output{}
	gz, err := buildGazetteer()
	if err != nil {
		return nil, err
	}
	out.gazetteer = gz.render()
	cur, err := buildCurrencies(gz)
	if err != nil {
		return nil, err
	}
	out.currency = cur.render()
	units, err := buildUnits()
	if err != nil {
		return nil, err
	}
	out.units = units.render()
	out.notes = append(append(gz.notes, cur.notes...), units.notes...)
	return out, nil
}

// errorList collects data errors so that one run reports them all.
type errorList []string

func (e *errorList) add(format string, args ...any) {
	*e = append(*e, fmt.Sprintf(format, args...))
}

func (e errorList) err() error {
	if len(e) == 0 {
		return nil
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "%d data errors:", len(e))
	for _, s := range e {
		b.WriteString("\n\t")
		b.WriteString(s)
	}
	return fmt.Errorf("%s", b.String())
}
