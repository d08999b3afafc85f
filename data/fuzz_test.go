package data

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tradestats/tradestats/stats"
)

// Fuzz targets for the input readers: whatever the bytes, no panic, every
// problem a one-line *InputError, and every article well formed. Seeds come
// from the table tests, testdata and, when present, the shared corpus
// (../../shared/corpus). FuzzSplitText is in read_text_test.go.

// sharedSamples returns the contents of up to n files of the shared corpus
// matching pattern (relative to ../../shared/corpus), or none when it is
// absent.
func sharedSamples(pattern string, n int) []string {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", pattern))
	var out []string
	for _, f := range files[:min(n, len(files))] {
		if b, err := os.ReadFile(f); err == nil {
			out = append(out, string(b))
		}
	}
	return out
}

// sharedJSONL returns the first n lines of the shared Reuters trade corpus,
// or "" when it is absent.
func sharedJSONL(n int) string {
	f, err := os.Open(filepath.Join("..", "..", "shared", "corpus", "reuters", "reuters-trade.jsonl"))
	if err != nil {
		return ""
	}
	defer f.Close()
	var b strings.Builder
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for i := 0; i < n && sc.Scan(); i++ {
		b.WriteString(sc.Text())
		b.WriteByte('\n')
	}
	return b.String()
}

// isoDateRE matches the dates articles may have.
var isoDateRE = regexp.MustCompile(`^(\d{4}(-\d{2}(-\d{2})?)?)?$`)

// fuzzWalker returns a walker that checks every warning and article, for
// inputs read as path, and the list of articles it collects.
func fuzzWalker(t *testing.T, path string) (*walker, *[]stats.Article) {
	var arts []stats.Article
	w := &walker{
		r: &Reader{Warn: func(err error) {
			var ie *InputError
			if !errors.As(err, &ie) || ie.Path != path {
				t.Fatalf("warning %v is not an *InputError for %s", err, path)
			}
			if strings.ContainsAny(err.Error(), "\r\n") {
				t.Fatalf("warning %q is not one line", err)
			}
		}},
		fn: func(a *stats.Article) error {
			checkArticle(t, path, a)
			arts = append(arts, *a)
			return nil
		},
	}
	return w, &arts
}

// checkArticle checks the fields every reader must set right.
func checkArticle(t *testing.T, path string, a *stats.Article) {
	t.Helper()
	if a.Source != path {
		t.Fatalf("Source %q, want %q", a.Source, path)
	}
	switch {
	case a.Text != "" && a.ID != stats.ArticleID(a.Text):
		t.Fatalf("ID %q is not the text's", a.ID)
	case a.Text == "" && a.ID != stats.ArticleID(a.Title):
		t.Fatalf("article without text: ID %q is not the title's", a.ID)
	case strings.ContainsAny(a.Title, "\r\n") || a.Title != strings.TrimSpace(a.Title):
		t.Fatalf("title %q is not one trimmed line", a.Title)
	case !isoDateRE.MatchString(a.Date):
		t.Fatalf("date %q is not ISO 8601", a.Date)
	case a.Base < 0:
		t.Fatalf("Base %d", a.Base)
	}
}

// FuzzReadJSONL reads arbitrary bytes as a JSON Lines file.
func FuzzReadJSONL(f *testing.F) {
	for _, tt := range jsonlTests {
		f.Add(tt.in)
	}
	f.Add(`{"title":"A","date":"26-FEB-1987 15:01:01.79","url":"u","body":"Exports rose 5% to $3 billion in 1987."}`)
	f.Add("{\"title\":\"\xff\",\"body\":\"caf\xe9\"}\n{\"body\":\"\\ud800\"}")
	f.Add(utf16Bytes(`{"title":"A","body":"x"}`+"\n", false, true))
	if s := sharedJSONL(20); s != "" {
		f.Add(s)
		for _, l := range strings.SplitAfter(s, "\n")[:5] {
			f.Add(l)
		}
	}
	f.Fuzz(func(t *testing.T, in string) {
		w, arts := fuzzWalker(t, "f.jsonl")
		if err := w.jsonl("f.jsonl", textReader(bufio.NewReaderSize(strings.NewReader(in), decideLen))); err != nil {
			t.Fatal(err)
		}
		lines := strings.Count(in, "\n") + 1
		if len(*arts)+w.failed > lines {
			t.Fatalf("%d articles and %d problems from %d lines", len(*arts), w.failed, lines)
		}
		for _, a := range *arts {
			if a.Base != 0 {
				t.Fatalf("Base %d, want 0", a.Base)
			}
		}
	})
}

// FuzzReadHTML reads arbitrary bytes as a web page.
func FuzzReadHTML(f *testing.F) {
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(page))
	f.Add("<html><head><title>T</title><script>var x = '<p>99%</p>';</script><style>p { color: red }</style></head>" +
		"<body><article><h1>T</h1><p>Exports rose 5% &amp; imports fell &euro;3bn &#8364; &nbsp; &lt;b&gt;.</p></article></body></html>")
	f.Add(`<meta charset="windows-1252"><p>Caf` + "\xe9 \x80" + `3bn</p>`)
	f.Add("<p>unclosed <b><i>tags")
	f.Add("")
	for _, s := range sharedSamples("eval/*.txt", 3) {
		title, body, _ := strings.Cut(s, "\n")
		f.Add("<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" +
			strings.ReplaceAll(strings.TrimSpace(body), "\n\n", "</p><p>") + "</p></article></body></html>")
	}
	f.Add(`<meta charset="iso-2022-kr"><p>Exports rose 5%</p>`)
	f.Add(utf32String("<html><body><article><p>Exports rose 5% in 2024, the ministry said.</p></article></body></html>", false, true))
	f.Fuzz(func(t *testing.T, in string) {
		r, err := htmlReader(bufio.NewReaderSize(strings.NewReader(in), decideLen))
		var a *stats.Article
		if err == nil {
			a, err = readHTML("f.html", r)
		}
		if err != nil {
			if strings.ContainsAny(err.Error(), "\r\n") {
				t.Fatalf("error %q is not one line", err)
			}
			return
		}
		checkArticle(t, "f.html", a)
		if a.Text == "" || a.Text != strings.TrimSpace(a.Text) || a.Base != 0 {
			t.Fatalf("text %q, base %d", a.Text, a.Base)
		}
	})
}

// FuzzReadFeed reads arbitrary bytes as an RSS or Atom feed.
func FuzzReadFeed(f *testing.F) {
	feedXML, err := os.ReadFile("testdata/feed.xml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(feedXML))
	f.Add(`<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><entry><title type="html">Exports &lt;b&gt;up&lt;/b&gt;</title>` +
		`<link href="https://example.com/1"/><updated>2024-05-06T07:08:09Z</updated><content type="html">&lt;p&gt;Exports rose 4 percent.&lt;/p&gt;</content></entry>` +
		`<entry><title></title><content></content></entry></feed>`)
	f.Add(`<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><item><title>Caf` + "\xe9" + `</title><description>x</description></item></channel></rss>`)
	f.Add(utf16Bytes(`<?xml version="1.0" encoding="UTF-16"?><rss version="2.0"><channel><item><title>T</title><description>x</description></item></channel></rss>`, true, true))
	f.Add(`<rss><channel><item><title>T</title><pubDate>yesterday</pubDate><description><![CDATA[<p>a</p><script>x</script>]]></description></item></channel></rss>`)
	for _, s := range sharedSamples("eval/*.txt", 3) {
		title, body, _ := strings.Cut(s, "\n")
		f.Add(`<rss version="2.0"><channel><title>c</title><item><title>` + title + `</title><pubDate>Mon, 03 Mar 2025 08:00:00 +0300</pubDate><description><![CDATA[<p>` +
			strings.ReplaceAll(strings.TrimSpace(body), "\n\n", "</p><p>") + `</p>]]></description></item></channel></rss>`)
	}
	f.Fuzz(func(t *testing.T, in string) {
		w, arts := fuzzWalker(t, "f.xml")
		if err := w.feed("f.xml", feedReader(bufio.NewReaderSize(strings.NewReader(in), decideLen))); err != nil {
			t.Fatal(err)
		}
		for _, a := range *arts {
			if a.Text != strings.TrimSpace(a.Text) || a.Base != 0 {
				t.Fatalf("text %q, base %d", a.Text, a.Base)
			}
		}
	})
}

// FuzzTextStream checks that plain text read as a stream, in pieces, splits
// as SplitText splits the whole, and that decoding leaves UTF-8 as it is
// and makes anything else valid UTF-8.
func FuzzTextStream(f *testing.F) {
	for _, tt := range splitTests {
		f.Add(tt.in)
		f.Add(strings.ReplaceAll(tt.in, "\n", "\r"))
	}
	for _, tt := range headerTests {
		f.Add(tt.in)
	}
	f.Add("Caf\xe9 \x93rise\x94\r\rExports rose.\r---\rB\r\rx")
	f.Add(utf16Bytes("Title\n\nExports rose 5%.\n---\nB\n\nx", false, true))
	for _, s := range sharedSamples("eval/*.txt", 3) {
		f.Add(s)
	}
	for _, s := range sharedSamples("seed/*.txt", 1) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkStream(t, in)
		out, err := io.ReadAll(textReader(bufio.NewReaderSize(strings.NewReader(in), decideLen)))
		if err != nil {
			t.Fatal(err)
		}
		if string(out) != in && !utf8.Valid(out) {
			t.Fatalf("decoded %q to %q: changed, and not valid UTF-8", in, out)
		}
		if utf8.ValidString(in) && textEncodingOf([]byte(in[:min(len(in), sniffLen)])) == encUTF8 && string(out) != in {
			t.Fatalf("UTF-8 %q decoded to %q", in, out)
		}
	})
}

// FuzzLongSections reads text as a stream with a small maxSectionBytes, so
// that sections are cut (see cutSection): every article must still be a
// trimmed byte range of the text at its offset, in order, and together they
// must hold what SplitText's articles hold.
func FuzzLongSections(f *testing.F) {
	for _, tt := range splitTests {
		f.Add(tt.in)
	}
	for _, tt := range headerTests {
		f.Add(tt.in)
	}
	f.Add(strings.Repeat("Imports fell 2 percent in March. ", 20))
	f.Add("Long\n\n" + strings.Repeat("Exports rose 5.2 percent,\nthe office said.\n", 10) + "---\n" + strings.Repeat("x", 300))
	for _, s := range sharedSamples("seed/*.txt", 1) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		defer func(n int) { maxSectionBytes = n }(maxSectionBytes)
		maxSectionBytes = 64
		var want strings.Builder
		for _, a := range SplitText("s.txt", in) {
			want.WriteString(a.Text)
		}
		for ri, r := range streamReaders(in) {
			var got strings.Builder
			end := 0
			for i, a := range streamText(t, r) {
				if a.Base < end || a.Base+len(a.Text) > len(in) || in[a.Base:a.Base+len(a.Text)] != a.Text {
					t.Fatalf("reader %d, article %d: not text[%d:] after %d: %q", ri, i, a.Base, end, a.Text)
				}
				if a.Text == "" || trimSpace(a.Text) != a.Text {
					t.Fatalf("reader %d, article %d: not trimmed: %q", ri, i, a.Text)
				}
				end = a.Base + len(a.Text)
				got.WriteString(a.Text)
			}
			if strip(got.String()) != strip(want.String()) {
				t.Fatalf("reader %d: the articles hold %q, SplitText's %q", ri, strip(got.String()), strip(want.String()))
			}
		}
	})
}

// FuzzWalkFile writes arbitrary bytes to a file of each kind and walks it:
// sniffing, gzip, decoding and the kind's reader together.
func FuzzWalkFile(f *testing.F) {
	page, _ := os.ReadFile("testdata/page.html")
	feedXML, _ := os.ReadFile("testdata/feed.xml")
	for _, s := range []struct {
		in  string
		ext uint8
	}{
		{"Alpha\n\nExports rose 5%.\n---\nBeta\n\nImports fell.", 0},
		{`{"title":"A","body":"Exports rose 5%."}` + "\nnot json\n", 1},
		{string(page), 2},
		{string(feedXML), 3},
		{binaries["pdf"], 0},
		{binaries["zip"], 1},
		{utf16Bytes("Title\n\nExports rose.", false, true), 0},
		{"Caf\xe9 exports\r\rrose 5%.", 0},
		{"", 0},
		{utf32String("Title\n\nExports rose 5%.", false, true), 0},
		{utf32String(`{"title":"A","body":"Exports rose 5%."}`, true, false), 1},
		{`{"title":"` + strings.Repeat("Long title ", 100) + `","body":"Exports rose 5%."}`, 1},
		{`<meta charset="hz-gb-2312"><title>T</title><p>Exports rose 5%.</p>`, 2},
	} {
		f.Add([]byte(s.in), s.ext)
		var buf bytes.Buffer
		gzipBytes(&buf, s.in)
		f.Add(buf.Bytes(), s.ext+4)
		f.Add(append(buf.Bytes(), 0, 0, 0, 0), s.ext+4) // zero padding
	}
	exts := []string{".txt", ".jsonl", ".html", ".xml", ".txt.gz", ".jsonl.gz", ".html.gz", ".xml.gz"}
	f.Fuzz(func(t *testing.T, in []byte, ext uint8) {
		dir := t.TempDir()
		path := filepath.Join(dir, "f"+exts[int(ext)%len(exts)])
		if err := os.WriteFile(path, in, 0o644); err != nil {
			t.Fatal(err)
		}
		var arts []stats.Article
		nwarn := 0
		r := &Reader{Warn: func(err error) {
			nwarn++
			var ie *InputError
			if !errors.As(err, &ie) || ie.Path != path || strings.ContainsAny(err.Error(), "\r\n") {
				t.Fatalf("warning %q is not a one-line *InputError for %s", err, path)
			}
		}}
		failed, err := r.Walk([]string{path}, func(a *stats.Article) error {
			checkArticle(t, path, a)
			if len(a.Text) > maxArticleBytes || len(a.Title) > maxTitleBytes {
				t.Fatalf("article of %d bytes, title of %d", len(a.Text), len(a.Title))
			}
			arts = append(arts, *a)
			return nil
		})
		if err != nil || failed != nwarn {
			t.Fatalf("Walk: failed %d (%d warnings), %v", failed, nwarn, err)
		}
		if len(in) == 0 && (nwarn != 1 || len(arts) != 0) {
			t.Fatalf("empty file: %d warnings, %d articles", nwarn, len(arts))
		}
	})
}

// gzipBytes writes s gzip-compressed to w.
func gzipBytes(w io.Writer, s string) {
	zw := gzip.NewWriter(w)
	zw.Write([]byte(s))
	zw.Close()
}
