package stats

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/extract")

// TestGolden extracts every testdata/extract/NAME.txt (articles written for
// these tests) and compares the claims with NAME.golden.json. Run
// `go test ./stats -run TestGolden -update` to rewrite the goldens, then
// review them with git diff. On a mismatch the actual output is written to
// NAME.actual.json.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "extract", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(f, ".txt")
		t.Run(filepath.Base(name), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text := string(src)
			a := &Article{ID: ArticleID(text), Source: filepath.Base(f), Title: firstLine(text), Text: text}
			claims := Extract(a)
			for _, c := range claims {
				if text[c.Start:c.End] != c.Text {
					t.Errorf("offsets %d:%d give %q, want %q", c.Start, c.End, text[c.Start:c.End], c.Text)
				}
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(claims); err != nil {
				t.Fatal(err)
			}
			golden := name + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(want, buf.Bytes()) {
				actual := name + ".actual.json"
				_ = os.WriteFile(actual, buf.Bytes(), 0o644)
				t.Errorf("claims differ from %s; actual output in %s (diff them, or rerun with -update)", golden, actual)
			}
		})
	}
}

func firstLine(s string) string {
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		return strings.TrimSpace(s[:i])
	}
	return strings.TrimSpace(s)
}
