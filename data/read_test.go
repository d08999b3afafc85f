package data

import (
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tradestats/tradestats/stats"
)

// makeTree creates files (path → content) under the current directory.
func makeTree(t *testing.T, files map[string]string) {
	t.Helper()
	for name, content := range files {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestWalk(t *testing.T) {
	t.Chdir(t.TempDir())
	makeTree(t, map[string]string{
		"corpus/a.txt":           "Alpha\n\nExports rose 5%.\n",
		"corpus/b.md":            "# Beta\n\nImports fell.\n",
		"corpus/c":               "Gamma\n\nNo extension.\n",
		"corpus/d.jsonl":         `{"title":"Delta 1","body":"x"}` + "\n" + `{"title":"Delta 2","body":"y"}` + "\n",
		"corpus/e.pdf":           "not read",
		"corpus/z.csv":           "not,read",
		"corpus/.hidden.txt":     "Hidden\n\nnot read\n",
		"corpus/.git/x.txt":      "Hidden dir\n\nnot read\n",
		"corpus/sub/g.TXT":       "Golf\n\nUpper-case extension.\n",
		"corpus/sub/f.ndjson":    `{"title":"Foxtrot","text":"z"}`,
		"corpus/sub/deep/h.txt":  "Hotel\n\nDeep.\n",
		"corpus/sub/empty.txt":   "\n \n",
		"corpus/bad.jsonl":       "{\"title\":\"India\",\"body\":\"i\"}\nnot json\n",
		".cfg/x.txt":             "Xray\n\nIn a hidden directory named explicitly.\n",
		"report.pdf":             "unsupported when named",
		"two.txt":                "One\n\nFirst.\n---\nTwo\n\nSecond.\n",
		"plain":                  "Plain\n\nNo extension.\n",
		"corpus2/only.json":      "{}",
		"corpus2/sub/README.txt": "Readme\n\nText.\n",
	})
	tests := []struct {
		name  string
		paths []string
		stdin string
		want  string // "Source:Title" per article, "!warning" per failure
	}{
		{"directory", []string{"corpus"}, "",
			"corpus/a.txt:Alpha corpus/b.md:Beta corpus/bad.jsonl:India !corpus/bad.jsonl:2: invalid JSON: invalid character 'o' in literal null (expecting 'u') corpus/c:Gamma corpus/d.jsonl:Delta_1 corpus/d.jsonl:Delta_2 corpus/sub/deep/h.txt:Hotel corpus/sub/f.ndjson:Foxtrot corpus/sub/g.TXT:Golf"},
		{"directory with slashes", []string{"./corpus2/"}, "", "corpus2/sub/README.txt:Readme"},
		{"files", []string{"two.txt", "plain", "corpus/sub/deep/h.txt"}, "", "two.txt:One two.txt:Two plain:Plain corpus/sub/deep/h.txt:Hotel"},
		{"hidden named explicitly", []string{".cfg", "corpus/.hidden.txt"}, "", ".cfg/x.txt:Xray corpus/.hidden.txt:Hidden"},
		{"unsupported named explicitly", []string{"report.pdf", "plain"}, "",
			`!report.pdf: unsupported file type ".pdf" (want .txt, .md, .jsonl, .ndjson, .html, .htm, .xml, .rss, .atom, no extension, or one of these with .gz) plain:Plain`},
		{"missing", []string{"nosuch.txt", "plain", "nodir/"}, "",
			"!nosuch.txt: no such file or directory plain:Plain !nodir/: no such file or directory"},
		{"stdin", []string{"-", "plain"}, "Stdin title\n\nExports rose.\n", "-:Stdin_title plain:Plain"},
		{"stdin untitled", []string{"-"}, "Exports rose 5% in March.\n", "-:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			nwarn := 0
			r := &Reader{
				Stdin: strings.NewReader(tt.stdin),
				Warn: func(err error) {
					nwarn++
					got = append(got, "!"+err.Error())
				},
			}
			failed, err := r.Walk(tt.paths, func(a *stats.Article) error {
				got = append(got, a.Source+":"+strings.ReplaceAll(a.Title, " ", "_"))
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if failed != nwarn {
				t.Errorf("failed = %d, want %d (the warnings)", failed, nwarn)
			}
			if s := strings.Join(got, " "); s != filepath.FromSlash(tt.want) {
				t.Errorf("got  %s\nwant %s", s, tt.want)
			}
		})
	}
}

func TestWalkOffsets(t *testing.T) {
	t.Chdir(t.TempDir())
	text := "One\r\n\r\nFirst paragraph.\r\n---\r\n  Two\r\n\r\nSecond.\r\n"
	makeTree(t, map[string]string{"x.txt": text})
	var arts []stats.Article
	failed, err := (&Reader{}).Walk([]string{"x.txt"}, func(a *stats.Article) error {
		arts = append(arts, *a)
		return nil
	})
	if err != nil || failed != 0 {
		t.Fatal(failed, err)
	}
	checkSplit(t, "x.txt", text, arts)
	if len(arts) != 2 || arts[1].Base != strings.Index(text, "Two") {
		t.Errorf("got %s", renderSplit(arts))
	}
}

func TestWalkStop(t *testing.T) {
	t.Chdir(t.TempDir())
	makeTree(t, map[string]string{
		"d/a.txt":   "A\n\nx.\n",
		"d/b.jsonl": `{"title":"B","body":"x"}` + "\n" + `{"title":"C","body":"x"}`,
		"d/c.txt":   "C\n\nx.\n",
	})
	stop := errors.New("stop")
	for _, after := range []int{1, 2} {
		n := 0
		failed, err := (&Reader{}).Walk([]string{"d", "d"}, func(a *stats.Article) error {
			n++
			if n == after {
				return stop
			}
			return nil
		})
		if err != stop || failed != 0 || n != after {
			t.Errorf("stop after %d: got err %v, failed %d, %d articles", after, err, failed, n)
		}
	}
}

func TestInputError(t *testing.T) {
	for _, tt := range []struct {
		err  *InputError
		want string
	}{
		{&InputError{Path: "a.txt", Err: os.ErrNotExist}, "a.txt: file does not exist"},
		{&InputError{Path: "a.jsonl", Line: 7, Err: errors.New("invalid JSON")}, "a.jsonl:7: invalid JSON"},
	} {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
		if !errors.Is(fmt.Errorf("wrapped: %w", tt.err), tt.err.Err) {
			t.Errorf("%v does not unwrap", tt.err)
		}
	}
}

// gz returns s gzip-compressed.
func gz(t *testing.T, s string) string {
	t.Helper()
	var b strings.Builder
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestWalkFormats reads web pages, feeds and gzip-compressed files.
func TestWalkFormats(t *testing.T) {
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	feedXML, err := os.ReadFile("testdata/feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	text := "Alpha\n\nExports rose 5%.\n"
	atom := `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom wire</title>
  <entry>
    <title type="html">Exports &lt;b&gt;up&lt;/b&gt;</title>
    <link href="https://example.com/atom/1"/>
    <updated>2024-05-06T07:08:09Z</updated>
    <content type="html">&lt;p&gt;Exports rose 4 percent.&lt;/p&gt;</content>
  </entry>
  <entry><title></title><content></content></entry>
</feed>`
	t.Chdir(t.TempDir())
	makeTree(t, map[string]string{
		"page.html":          string(page),
		"PAGE.HTM":           string(page),
		"page.html.gz":       gz(t, string(page)),
		"feed.xml":           string(feedXML),
		"feed.rss.gz":        gz(t, string(feedXML)),
		"wire.atom":          atom,
		"a.txt.gz":           gz(t, text),
		"untitled.txt.gz":    gz(t, "Exports rose 5% in March.\n"),
		"noext.gz":           gz(t, text),
		"d.jsonl.gz":         gz(t, `{"title":"Delta","body":"x"}`+"\n"),
		"bad.gz":             "not gzip at all",
		"truncated.txt.gz":   gz(t, text)[:20],
		"notfeed.xml":        "<html><body>no feed</body></html>",
		"empty.html":         "<html><head><title>Nothing</title></head><body></body></html>",
		"dir/page.html":      string(page),
		"dir/sitemap.pdf.gz": gz(t, "skipped"),
	})
	chile := "Chile_copper_exports_rise_7.5%_in_March"
	tests := []struct {
		name  string
		paths []string
		want  string
	}{
		{"html", []string{"page.html", "PAGE.HTM"}, "page.html:" + chile + " PAGE.HTM:" + chile},
		{"html gz", []string{"page.html.gz"}, "page.html.gz:" + chile},
		{"rss", []string{"feed.xml"}, "feed.xml:Kenya_tea_exports_climb_12_percent feed.xml:Norway_&_the_krone:_salmon_sales_set_record feed.xml:Ghana_cocoa_output_seen_at_650,000_tonnes"},
		{"rss gz", []string{"feed.rss.gz"}, "feed.rss.gz:Kenya_tea_exports_climb_12_percent feed.rss.gz:Norway_&_the_krone:_salmon_sales_set_record feed.rss.gz:Ghana_cocoa_output_seen_at_650,000_tonnes"},
		{"atom", []string{"wire.atom"}, "wire.atom:Exports_up !wire.atom: item 2: no title or content"},
		{"text gz", []string{"a.txt.gz", "noext.gz", "untitled.txt.gz"}, "a.txt.gz:Alpha noext.gz:Alpha untitled.txt.gz:untitled"},
		{"jsonl gz", []string{"d.jsonl.gz"}, "d.jsonl.gz:Delta"},
		{"bad gzip", []string{"bad.gz"}, "!bad.gz: gzip: invalid header"},
		{"truncated gzip", []string{"truncated.txt.gz"}, "!truncated.txt.gz: unexpected EOF"},
		{"not a feed", []string{"notfeed.xml"}, "!notfeed.xml: not a readable RSS or Atom feed: failed to detect feed type"},
		{"page without text", []string{"empty.html"}, "!empty.html: no article text found in the page"},
		{"directory", []string{"dir"}, "dir/page.html:" + chile},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			r := &Reader{Warn: func(err error) { got = append(got, "!"+err.Error()) }}
			_, err := r.Walk(tt.paths, func(a *stats.Article) error {
				got = append(got, a.Source+":"+strings.ReplaceAll(a.Title, " ", "_"))
				if a.ID != stats.ArticleID(a.Text) || strings.TrimSpace(a.Text) != a.Text {
					t.Errorf("%s: id %s, text %q", a.Source, a.ID, a.Text)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if s := strings.Join(got, " "); s != filepath.FromSlash(tt.want) {
				t.Errorf("got  %s\nwant %s", s, tt.want)
			}
		})
	}
}

// TestWalkAtomFields checks the fields of an Atom entry with HTML content.
func TestWalkAtomFields(t *testing.T) {
	t.Chdir(t.TempDir())
	makeTree(t, map[string]string{"w.atom": `<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
<entry><title>Trade</title><link href="https://example.com/1"/><published>2024-05-06T23:30:00-05:00</published>
<content type="html">&lt;p&gt;Exports rose 4 percent.&lt;/p&gt;&lt;p&gt;Imports fell &amp;amp; 2%.&lt;/p&gt;</content></entry></feed>`})
	var got []stats.Article
	if _, err := (&Reader{}).Walk([]string{"w.atom"}, func(a *stats.Article) error {
		got = append(got, *a)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := stats.Article{Source: "w.atom", Title: "Trade", Date: "2024-05-06", URL: "https://example.com/1",
		Publisher: "x", Text: "Exports rose 4 percent.\n\nImports fell & 2%."}
	want.ID = stats.ArticleID(want.Text)
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

// TestHTMLPublisher checks the publisher of web pages: og:site_name, else
// the publisher of the page's JSON-LD article, else application-name.
func TestHTMLPublisher(t *testing.T) {
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	const (
		og     = `<meta property="og:site_name" content=" Example  News ">`
		ogName = `<meta name="og:site_name" content="Named News">`
		app    = `<meta name="application-name" content="Example App">`
		ld     = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Chile copper exports rise 7.5% in March","publisher":{"@type":"Organization","name":"LD Wire"}}</script>`
	)
	for _, tt := range []struct{ head, want string }{
		{"", ""},
		{og, "Example News"},
		{ogName, "Named News"},
		{app, "Example App"},
		{ld, "LD Wire"},
		{app + ld, "LD Wire"},
		{app + ld + og, "Example News"},
	} {
		in := strings.Replace(string(page), "</head>", tt.head+"</head>", 1)
		a, err := readHTML("p.html", strings.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		if a.Publisher != tt.want || a.URL != "https://news.example.com/2025/04/chile-copper-exports" {
			t.Errorf("%.60s: publisher %q, URL %q; want %q", tt.head, a.Publisher, a.URL, tt.want)
		}
	}
}

// TestFeedPublisher checks that a feed's items have its title as publisher.
func TestFeedPublisher(t *testing.T) {
	var got []string
	if _, err := (&Reader{}).Walk([]string{"testdata/feed.xml"}, func(a *stats.Article) error {
		got = append(got, a.Publisher)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if s := strings.Join(got, "|"); s != "Example Trade Wire|Example Trade Wire|Example Trade Wire" {
		t.Errorf("publishers %s", s)
	}
}
