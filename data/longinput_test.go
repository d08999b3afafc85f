package data

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLongArticles checks the cutting of articles longer than
// maxArticleBytes: parts within the limit, cut at paragraph breaks, each
// a range of the file.
func TestLongArticles(t *testing.T) {
	defer func(n int) { maxArticleBytes = n }(maxArticleBytes)
	maxArticleBytes = 1000
	para := "Exports rose 5.2% to $38.4bn in the fourth quarter, the statistics office said on Tuesday.\n\n"
	nonl := strings.Repeat("Imports fell 2 percent in March. ", 100)
	nospace := strings.Repeat("é1234567", 400)
	t.Chdir(t.TempDir())
	files := map[string]string{
		"paras.txt":    "Long\n\n" + strings.Repeat(para, 60),
		"oneline.txt":  nonl,
		"nospace.txt":  nospace,
		"body.jsonl":   `{"title":"Long","body":"` + strings.ReplaceAll(strings.Repeat(para, 30), "\n", `\n`) + `"}` + "\n",
		"short.txt":    "Short\n\nExports rose.\n",
		"spaces.txt":   "Spaces\n\n" + strings.Repeat(" ", 3000) + "x",
		"sections.txt": "A\n\n" + strings.Repeat(para, 20) + "---\nB\n\n" + strings.Repeat(para, 3),
	}
	makeTree(t, files)
	for name, in := range files {
		t.Run(name, func(t *testing.T) {
			_, arts := walkRender(t, []string{name}, "")
			var joined strings.Builder
			for i, a := range arts {
				if len(a.Text) > maxArticleBytes || a.Text == "" || trimSpace(a.Text) != a.Text {
					t.Errorf("part %d: %d bytes, %q", i, len(a.Text), a.Text)
				}
				if !utf8.ValidString(a.Text) {
					t.Errorf("part %d cut inside a character", i)
				}
				if !strings.HasSuffix(name, ".jsonl") && in[a.Base:a.Base+len(a.Text)] != a.Text {
					t.Errorf("part %d is not file[%d:]", i, a.Base)
				}
				if i > 0 && a.Base < arts[i-1].Base+len(arts[i-1].Text) {
					t.Errorf("part %d overlaps the one before", i)
				}
				joined.WriteString(a.Text)
			}
			src := in
			if strings.HasSuffix(name, ".jsonl") {
				src = strings.Repeat(para, 30)
			}
			if strip(joined.String()) != strip(src) && !strings.HasPrefix(name, "sections") {
				t.Errorf("the parts do not hold the whole text")
			}
			switch name {
			case "paras.txt":
				for i, a := range arts {
					if i < len(arts)-1 && !strings.HasSuffix(a.Text, "Tuesday.") {
						t.Errorf("part %d not cut at a paragraph break: ...%q", i, a.Text[len(a.Text)-20:])
					}
					if a.Title != "Long" {
						t.Errorf("part %d: title %q", i, a.Title)
					}
				}
			case "oneline.txt":
				for i, a := range arts {
					if !strings.HasSuffix(a.Text, "March.") {
						t.Errorf("part %d not cut at a sentence end", i)
					}
				}
			case "short.txt":
				if len(arts) != 1 {
					t.Errorf("short article cut")
				}
			}
		})
	}
}

// strip drops all white space.
func strip(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// TestTooLarge checks the size limits of pages and feeds.
func TestTooLarge(t *testing.T) {
	defer func(p, f int) { maxPageBytes, maxFeedBytes = p, f }(maxPageBytes, maxFeedBytes)
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	feedXML, err := os.ReadFile("testdata/feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	maxPageBytes, maxFeedBytes = len(page), len(feedXML)
	t.Chdir(t.TempDir())
	makeTree(t, map[string]string{
		"page.html": string(page), "big.html": string(page) + " ",
		"feed.xml": string(feedXML), "big.xml": string(feedXML) + " ",
	})
	got, _ := walkRender(t, []string{"page.html", "big.html", "feed.xml", "big.xml"}, "")
	want := "page.html:Chile_copper_exports_rise_7.5%_in_March " +
		"!big.html: larger than " + strconv.Itoa(len(page)) + " bytes: not read " +
		"feed.xml:Kenya_tea_exports_climb_12_percent feed.xml:Norway_&_the_krone:_salmon_sales_set_record feed.xml:Ghana_cocoa_output_seen_at_650,000_tonnes " +
		"!big.xml: larger than " + strconv.Itoa(len(feedXML)) + " bytes: not read"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if err := errTooLarge(16 << 20); err.Error() != "larger than 16 MiB: not read" {
		t.Errorf("errTooLarge: %v", err)
	}
}

// TestWalkUnreadable checks files and directories without read
// permission. Root reads them anyway, so the test skips as root (the
// command's tests run the same as an unprivileged user).
func TestWalkUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can read files without read permission")
	}
	t.Chdir(t.TempDir())
	makeTree(t, map[string]string{"secret.txt": "S\n\nx.\n", "locked/a.txt": "A\n\nx.\n", "ok.txt": "Alpha\n\nx.\n"})
	if err := os.Chmod("secret.txt", 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod("locked", 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod("locked", 0o755)
	got, _ := walkRender(t, []string{"secret.txt", "locked", "ok.txt"}, "")
	if want := "!secret.txt: permission denied !locked: permission denied ok.txt:Alpha"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestBinaryKind checks the sniffing on its own, UTF-16 included.
func TestBinaryKind(t *testing.T) {
	for in, want := range map[string]string{
		"":                                       "",
		"Exports rose.":                          "",
		binaries["pdf"]:                          "a PDF document",
		binaries["nul"]:                          "binary data",
		utf16Bytes("Exports rose.", false, true): "",
		utf16Bytes("Exports rose.", true, false): "",
		"\x00\x00\x00\x00\x00\x00\x00\x00":       "binary data",
		"BZh91AY&SX":                             "",
		"RIFF\x24\x00\x00\x00WEBPVP8 ":           "a RIFF file (WebP image, WAV or AVI)",
		"RIFF raffle results\n":                  "",
		"\u00e9\u00e8 caf\xe9":                   "",
	} {
		if got := binaryKind([]byte(in)); got != want {
			t.Errorf("binaryKind(%q) = %q, want %q", in, got, want)
		}
	}
	if !bytes.Equal(trimPartialRune([]byte("ab\xe2\x82")), []byte("ab")) || !bytes.Equal(trimPartialRune([]byte("a€")), []byte("a€")) {
		t.Error("trimPartialRune")
	}
}

// TestInputErrorOneLine checks that a problem is one line whatever the
// file name or the message.
func TestInputErrorOneLine(t *testing.T) {
	for _, tt := range []struct {
		err  *InputError
		want string
	}{
		{&InputError{Path: "a\nb.txt", Err: errEmpty}, `"a\nb.txt": empty file`},
		{&InputError{Path: "\x1b[2Ja.txt", Line: 3, Err: errors.New("bad")}, `"\x1b[2Ja.txt":3: bad`},
		{&InputError{Path: "a.xml", Err: errors.New("XML syntax error\non line 2")}, "a.xml: XML syntax error on line 2"},
		{&InputError{Path: "é.txt", Err: errEmpty}, "é.txt: empty file"},
		{&InputError{Path: "report\u202etxt.exe", Err: errEmpty}, `"report\u202etxt.exe": empty file`},
		{&InputError{Path: "a\u2066b\u2069\u200f.txt", Line: 2, Err: errEmpty}, `"a\u2066b\u2069\u200f.txt":2: empty file`},
		{&InputError{Path: "a\u2028b.txt", Err: errEmpty}, `"a\u2028b.txt": empty file`},
	} {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
	// A file with a line break in its name, found in a directory.
	t.Chdir(t.TempDir())
	makeTree(t, map[string]string{"d/a\nb.txt": ""})
	if got, _ := walkRender(t, []string{"d"}, ""); got != `!"d/a\nb.txt": empty file` {
		t.Errorf("got %s", got)
	}
}

// TestLongSections checks textStream on sections longer than
// maxSectionBytes: articles told apart by headlines come out as SplitText
// gives them for the whole text; one long article, or one long line, comes
// out in parts that hold the whole text at its offsets, with its title.
func TestLongSections(t *testing.T) {
	defer func(n int) { maxSectionBytes = n }(maxSectionBytes)
	maxSectionBytes = 600

	// title last, one paragraph per line: 40 articles, no separators
	var b strings.Builder
	for i := range 40 {
		fmt.Fprintf(&b, "Exports of article %d rose 5.2 percent to 38.4 billion dollars in the fourth quarter, the office said.\n", i)
		fmt.Fprintf(&b, "Imports fell 2 percent in March, the ministry said on Tuesday, citing weaker demand for oil and gas.\n")
		fmt.Fprintf(&b, "Trade Report Number %d\n", i)
	}
	in := b.String()
	want := SplitText("s.txt", in)
	if len(want) != 40 {
		t.Fatalf("SplitText: %d articles, want 40", len(want))
	}
	for _, r := range streamReaders(in) {
		if got := streamText(t, r); !slices.Equal(got, want) {
			t.Errorf("headlines: stream gives %d articles (%s), want %d (%s)", len(got), renderSplit(got), len(want), renderSplit(want))
		}
	}

	// one long article, hard-wrapped, then one long line
	long := "Long Report\n\n" + strings.Repeat("Exports rose 5.2 percent in the fourth quarter,\nthe office said.\n", 60)
	line := strings.Repeat("Imports fell 2 percent in March. ", 100)
	// a part ending right at a separator does not lend its title on
	if got := streamText(t, strings.NewReader(strings.Repeat("x", 400)+"\n"+strings.Repeat(" ", 300)+"\n---\nNext Title\n\nBody text.\n")); len(got) == 0 || got[len(got)-1].Title != "Next Title" {
		t.Errorf("after a cut article and a separator: %s", renderSplit(got))
	}
	for name, in := range map[string]string{"article": long, "line": line, "both": long + "---\n" + line} {
		for ri, r := range streamReaders(in) {
			got := streamText(t, r)
			if len(got) < 2 {
				t.Errorf("%s, reader %d: %d articles, want parts", name, ri, len(got))
			}
			var joined strings.Builder
			for i, a := range got {
				if in[a.Base:a.Base+len(a.Text)] != a.Text {
					t.Errorf("%s, reader %d: part %d is not text[%d:]", name, ri, i, a.Base)
				}
				if len(a.Text) > 2*maxSectionBytes {
					t.Errorf("%s, reader %d: part %d has %d bytes", name, ri, i, len(a.Text))
				}
				if i > 0 && a.Base < got[i-1].Base+len(got[i-1].Text) {
					t.Errorf("%s, reader %d: part %d overlaps the one before", name, ri, i)
				}
				if wantTitle := got[0].Title; a.Title != wantTitle && !(name == "both" && strings.HasPrefix(a.Text, "Imports")) {
					t.Errorf("%s, reader %d: part %d title %q, want %q", name, ri, i, a.Title, wantTitle)
				}
				joined.WriteString(a.Text)
			}
			if strip(joined.String()) != strip(strings.ReplaceAll(in, "---", "")) {
				t.Errorf("%s, reader %d: the parts do not hold the whole text", name, ri)
			}
			if name == "article" && got[0].Title != "Long Report" {
				t.Errorf("article: title %q", got[0].Title)
			}
		}
	}
}

// TestLongTitles checks that a title of a megabyte — of a JSON record, a
// page's <title>, a feed item — is cut to maxTitleBytes, at a space, with
// "…": every claim of the article carries it.
func TestLongTitles(t *testing.T) {
	t.Chdir(t.TempDir())
	long := strings.Repeat("Exports of widgets ", 1<<20/19)
	body := "Exports rose 5% to $3 billion in 2024, the ministry said on Tuesday in the capital."
	para := "<p>" + body + " Imports fell 2 percent in the year as demand for machinery from abroad slowed.</p>"
	makeTree(t, map[string]string{
		"a.jsonl": `{"title":"` + long + `","body":"` + body + `"}` + "\n",
		"a.html":  "<html><head><title>" + long + "</title></head><body><article>" + strings.Repeat(para, 5) + "</article></body></html>",
		"a.rss":   `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>` + long + `</title><description>` + body + `</description></item></channel></rss>`,
		"b.jsonl": `{"title":"` + strings.Repeat("é", 400) + `","body":"` + body + `"}` + "\n",
	})
	for _, path := range []string{"a.jsonl", "a.html", "a.rss", "b.jsonl"} {
		got, arts := walkRender(t, []string{path}, "")
		if len(arts) != 1 {
			t.Fatalf("%s: got %s, want one article", path, got)
		}
		title := arts[0].Title
		cut := strings.TrimSuffix(title, "…")
		if len(title) > maxTitleBytes || len(title) < maxTitleBytes/2 || cut == title || !utf8.ValidString(title) ||
			!strings.HasPrefix(strings.TrimSpace(long)+" "+strings.Repeat("é", 400), cut) && !strings.HasPrefix(strings.Repeat("é", 400), cut) {
			t.Errorf("%s: title of %d bytes: %.80q…%q", path, len(title), title, title[max(0, len(title)-20):])
		}
	}
}
