package stats

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// benchArticles loads up to n Reuters bodies from ../shared (skipping when
// absent), else falls back to the golden-test articles.
func benchArticles(b *testing.B, n int) []Article {
	var out []Article
	f, err := os.Open(filepath.Join("..", "..", "shared", "corpus", "reuters", "reuters.jsonl"))
	if err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() && len(out) < n {
			var rec struct{ Body string }
			if json.Unmarshal(sc.Bytes(), &rec) == nil && rec.Body != "" {
				out = append(out, Article{Text: rec.Body})
			}
		}
	}
	if len(out) == 0 {
		files, _ := filepath.Glob(filepath.Join("testdata", "extract", "*.txt"))
		for _, p := range files {
			data, _ := os.ReadFile(p)
			out = append(out, Article{Text: string(data)})
		}
	}
	return out
}

// haveReuters reports whether the shared Reuters corpus is there for
// benchArticles (else it falls back to the few golden-test articles).
func haveReuters() bool {
	_, err := os.Stat(filepath.Join("..", "..", "shared", "corpus", "reuters", "reuters.jsonl"))
	return err == nil
}

// BenchmarkExtract measures whole-article extraction throughput (MB/s).
func BenchmarkExtract(b *testing.B) {
	arts := benchArticles(b, 2000)
	size := 0
	for _, a := range arts {
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	x := extractor{}
	var out []Claim
	for b.Loop() {
		for i := range arts {
			out = x.extract(&arts[i], out[:0])
		}
	}
}

// BenchmarkTokenize measures the tokenizer alone.
func BenchmarkTokenize(b *testing.B) {
	arts := benchArticles(b, 2000)
	size := 0
	for _, a := range arts {
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var toks []token
	for b.Loop() {
		for i := range arts {
			toks = tokenize(arts[i].Text, toks)
		}
	}
}

// BenchmarkGrammar measures the number grammar alone: the scan of every
// sentence for quantities, over text already tokenized and split (no
// attribution). MB/s counts the article text.
func BenchmarkGrammar(b *testing.B) {
	arts := benchArticles(b, 2000)
	type prepared struct {
		g     grammar
		sents []sentence
	}
	var ps []prepared
	size := 0
	for _, a := range arts {
		toks := tokenize(a.Text, nil)
		ps = append(ps, prepared{g: newGrammar(a.Text, toks), sents: splitSentences(a.Text, toks, nil)})
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var qs []quantity
	n := 0
	for b.Loop() {
		n = 0
		for i := range ps {
			for _, s := range ps[i].sents {
				qs = ps[i].g.scan(s, qs[:0])
				n += len(qs)
			}
		}
	}
	if n == 0 {
		b.Fatal("no quantities found")
	}
}
