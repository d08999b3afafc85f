package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestGeneratedFilesUpToDate fails if stats/gazetteer.tsv,
// stats/currency.tsv or stats/units.tsv differ from what the generator writes now: after
// changing a hand-kept file or a library version, run go generate ./stats.
func TestGeneratedFilesUpToDate(t *testing.T) {
	out, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string][]byte{"gazetteer.tsv": out.gazetteer, "currency.tsv": out.currency, "units.tsv": out.units} {
		got, err := os.ReadFile(filepath.Join("..", "..", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("stats/%s is out of date: run go generate ./stats", name)
		}
	}
}

// TestGenerateDeterministic checks that two runs give identical bytes.
func TestGenerateDeterministic(t *testing.T) {
	a, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	b, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.gazetteer, b.gazetteer) || !bytes.Equal(a.currency, b.currency) || !bytes.Equal(a.units, b.units) {
		t.Error("generate is not deterministic")
	}
}

func TestSplitWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"U.S. exports", "U.S.|exports"},
		{"People's Republic", "People|'s|Republic"},
		{"Asia-Pacific", "Asia|Pacific"},
		{"St. Kitts", "St|Kitts"},
		{"G-20", "G|20"},
	}
	for _, tt := range tests {
		got := ""
		for i, w := range splitWords(tt.in) {
			if i > 0 {
				got += "|"
			}
			got += w
		}
		if got != tt.want {
			t.Errorf("splitWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
