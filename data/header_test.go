package data

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/tradestats/tradestats/stats"
)

// headerTests are plain texts with header blocks. want renders each
// article as "title|date|publisher|url|first line of Text", joined with
// " ; ", then each warning as "!LINE: problem".
var headerTests = []struct {
	name, in, want string
}{
	{"all keys", "Title: Widget exports jump\nDate: 12 April 2024\nSource: The Daily Ledger\nURL: https://example.com/w\n\nRuritania's exports rose 5.2% in March.\n",
		"Widget exports jump|2024-04-12|The Daily Ledger|https://example.com/w|Ruritania's exports rose 5.2% in March."},
	{"keys in any case and order", "date: 1987-03-11\nSOURCE: Wire\ntitle:Trade gap\n\nBody text.",
		"Trade gap|1987-03-11|Wire||Body text."},
	{"reuters date", "Date: 26-FEB-1987 15:01:01.79\n\nBody text.", "file|1987-02-26|||Body text."},
	{"one key", "Source: Wire\n\nExports up\n\nExports rose 5%.\n", "Exports up||Wire||Exports up"},
	{"spaces and blank lines around", "\n\n  Title :  Spaced  \t\n\tDate: 2019-07\n \n\n  Body text.  \n", "Spaced|2019-07|||Body text."},
	{"CRLF", "Title: T\r\nDate: 2004-11-30\r\n\r\nBody text.\r\n", "T|2004-11-30|||Body text."},
	{"CR only", "Title: T\rDate: 2004-11-30\r\rBody text.\r", "T|2004-11-30|||Body text."},
	{"byte order mark", "\uFEFFTitle: T\n\nBody text.", "T||||Body text."},
	{"empty values", "Title:\nDate:\nSource: S\n\nHeadline\n\nBody text.", "Headline||S||Headline"},
	{"title made one line", "Title: A   B\tC\n\nBody text.", "A B C||||Body text."},

	// Malformed values: a warning naming the line; the article is read.
	{"bad date", "Title: T\nDate: next Tuesday\n\nBody text.", "T||||Body text. !2: header \"Date: next Tuesday\" is not a date (want e.g. 2024-04-12 or 12 April 2024): the article is read without it"},
	{"repeated key", "Date: 2020-01-02\nDate: 2021-01-02\n\nBody text.", "file|2020-01-02|||Body text. !2: header repeats Date: (\"Date: 2021-01-02\"); the first is used"},

	// Not a header block: all lines are article text.
	{"no blank line after", "Title: T\nBody text.\n", "Title: T||||Title: T"},
	{"unknown key", "Title: T\nAuthor: A\n\nBody text.", "Title: T||||Title: T"},
	{"key alone", "Title: T\n\nSources: officials said exports rose.", "T||||Sources: officials said exports rose."},
	{"colon in text", "Note: exports rose 5% in March.\n\nMore.", "Note: exports rose 5% in March.||||Note: exports rose 5% in March."},
	{"too many lines", strings.Repeat("Source: S\n", maxHeaderLines+1) + "\nBody.", "Source: S||||Source: S"},
	{"header only", "Title: T\nDate: 2020-01-02\n\n", ""},

	// Several articles: a block at the start of each section.
	{"sections", "Title: A\nDate: 2020-01-02\nSource: S1\n\nBody a.\n---\nBody b is untitled.\n\fSource: S3\nDate: 1 May 2021\n\nTitle three\n\nBody c.",
		"A|2020-01-02|S1||Body a. ; file||||Body b is untitled. ; Title three|2021-05-01|S3||Title three"},
	{"block mid-section is text", "Title: A\n\nBody a.\n\nTitle: B\n\nBody b.", "A||||Body a."},
	// A run of articles in one section: the date and publisher go to every
	// article, the title and URL to the first.
	{"headline run", "Date: 2020-01-02\nSource: Wire\nTitle: Given\nURL: u\n\nTitle one\n" + p1 + "\n" + p2 + "\nTitle two\n" + p3 + "\n",
		"Given|2020-01-02|Wire|u|Title one ; Title two|2020-01-02|Wire||Title two"},
}

// renderHeader renders articles and warnings as headerTests' want.
func renderHeader(arts []stats.Article, warns []string) string {
	var parts []string
	for _, a := range arts {
		first, _, _ := strings.Cut(a.Text, "\n")
		first = strings.TrimRight(first, "\r")
		if i := strings.IndexByte(first, '\r'); i >= 0 {
			first = first[:i]
		}
		parts = append(parts, strings.Join([]string{a.Title, a.Date, a.Publisher, a.URL, first}, "|"))
	}
	s := strings.Join(parts, " ; ")
	for _, w := range warns {
		s += " " + w
	}
	return s
}

func TestHeaderBlock(t *testing.T) {
	for _, tt := range headerTests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs := SplitTextWarn("dir/file.txt", tt.in)
			checkSplit(t, "dir/file.txt", tt.in, arts)
			var warns []string
			for _, err := range errs {
				ie, ok := err.(*InputError)
				if !ok || !ie.Warning || ie.Path != "dir/file.txt" || !IsWarning(err) {
					t.Fatalf("warning %#v is not an *InputError Warning for the file", err)
				}
				warns = append(warns, fmt.Sprintf("!%d: %v", ie.Line, ie.Err))
			}
			if got := renderHeader(arts, warns); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			if got := renderHeader(SplitText("dir/file.txt", tt.in), nil); len(errs) == 0 && got != tt.want {
				t.Errorf("SplitText differs from SplitTextWarn: %s", got)
			}
			// The stream gives the same articles, in pieces of every size.
			checkStream(t, tt.in)
		})
	}
}

// TestHeaderWalk reads header blocks through Reader.Walk: the warnings are
// "warning: PATH:LINE: ..." with the line in the file (also after the
// stream has dropped text it read), not counted as failed inputs; the
// articles keep their offsets into the file; --date fills the dates no
// article has.
func TestHeaderWalk(t *testing.T) {
	filler := strings.Repeat("Filler text that runs on and on.\n", 3000) // ~100 KB: the stream drops it
	in := "Title: A\nDate: soon\n\nExports rose 5%.\n---\n" + filler + "---\r\n\r\nSource: S\r\nDate: ?\r\n\r\nImports fell 2%.\n"
	t.Chdir(t.TempDir())
	if err := os.WriteFile("h.txt", []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	var warns []string
	var arts []stats.Article
	r := &Reader{Warn: func(err error) { warns = append(warns, err.Error()) }, Date: "1999-12-31"}
	failed, err := r.Walk([]string{"h.txt"}, func(a *stats.Article) error {
		arts = append(arts, *a)
		return nil
	})
	if err != nil || failed != 0 {
		t.Fatalf("Walk: failed %d, %v", failed, err)
	}
	lineB := 1 + strings.Count(in[:strings.Index(in, "Date: ?")], "\n")
	want := []string{
		`warning: h.txt:2: header "Date: soon" is not a date (want e.g. 2024-04-12 or 12 April 2024): the article is read without it`,
		fmt.Sprintf(`warning: h.txt:%d: header "Date: ?" is not a date (want e.g. 2024-04-12 or 12 April 2024): the article is read without it`, lineB),
	}
	if strings.Join(warns, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(warns, "\n"), strings.Join(want, "\n"))
	}
	if len(arts) != 3 {
		t.Fatalf("%d articles, want 3", len(arts))
	}
	for i, a := range arts {
		if in[a.Base:a.Base+len(a.Text)] != a.Text {
			t.Errorf("article %d: not the file's text at %d", i, a.Base)
		}
		if a.Date != "1999-12-31" {
			t.Errorf("article %d: date %q, want --date's", i, a.Date)
		}
	}
	if a := arts[2]; a.Publisher != "S" || a.Text != "Imports fell 2%." {
		t.Errorf("last article: %+v", a)
	}

	// An article's own date wins over Reader.Date.
	if err := os.WriteFile("d.txt", []byte("Date: 2004-12-01\n\nExports rose.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var dates []string
	if _, err := r.Walk([]string{"d.txt", filepath.Join("h.txt")}, func(a *stats.Article) error {
		dates = append(dates, a.Date)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(dates, " "); got != "2004-12-01 1999-12-31 1999-12-31 1999-12-31" {
		t.Errorf("dates %s", got)
	}
}

// TestHeaderLongSection reads a header block at the start of a section
// longer than maxSectionBytes, which the stream passes on in parts: the
// block is read whole before the section is cut, so that the parts are
// what SplitText gives.
func TestHeaderLongSection(t *testing.T) {
	defer func(n int) { maxSectionBytes = n }(maxSectionBytes)
	maxSectionBytes = 64
	for _, in := range []string{
		"Title: " + strings.Repeat("t", 70) + "\nDate: 2020-01-02\nSource: " + strings.Repeat("s", 50) + "\n\n" + strings.Repeat("Exports rose 5 percent.\n", 20),
		"Source: S\nDate: 2020-01-02\n\nTitle one\n" + p1 + "\n" + p2 + "\nTitle two\n" + p3 + "\n" + p4 + "\n",
		"Title: T\nNot a header line after all, so this is text.\n\n" + strings.Repeat("Imports fell. ", 20),
	} {
		want := SplitText("s.txt", in)
		for ri, r := range streamReaders(in) {
			got := streamText(t, r)
			var g, w strings.Builder
			for _, a := range got {
				if in[a.Base:a.Base+len(a.Text)] != a.Text {
					t.Fatalf("reader %d: article not the text at %d", ri, a.Base)
				}
				fmt.Fprintf(&g, "%s|%s|%s|%s\n", a.Title, a.Date, a.Publisher, strip(a.Text))
			}
			for _, a := range want {
				fmt.Fprintf(&w, "%s|%s|%s|%s\n", a.Title, a.Date, a.Publisher, strip(a.Text))
			}
			if strip(g.String()) != strip(w.String()) && !sameJoined(got, want) {
				t.Errorf("reader %d of %.30q:\n%s\nwant (SplitText):\n%s", ri, in, g.String(), w.String())
			}
			if len(got) == 0 || got[0].Date != want[0].Date || got[0].Publisher != want[0].Publisher || got[0].Title != want[0].Title {
				t.Errorf("reader %d of %.30q: first article %+v, want %+v", ri, in, got, want[0])
			}
		}
	}
}

// sameJoined reports whether the parts got hold the text of the articles
// want, each with the date and publisher of the article it is part of.
func sameJoined(got, want []stats.Article) bool {
	var g, w strings.Builder
	for _, a := range got {
		g.WriteString(a.Text)
		if a.Date != want[0].Date || a.Publisher != want[0].Publisher {
			return false
		}
	}
	for _, a := range want {
		w.WriteString(a.Text)
	}
	return strip(g.String()) == strip(w.String())
}

// TestHeaderPending checks when the stream waits for the end of a block.
func TestHeaderPending(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"", true},
		{"\n\n  ", true},
		{"Tit", true},
		{"Title: T\n", true},
		{"Title: T\nDate: 2020", true},
		{"Title: T\n\n", false},
		{"Title: T\n \n", false},
		{"Title: T\nBody\n", false},
		{"Body text\n", false},
		{strings.Repeat("Source: S\n", maxHeaderLines), true},
		{strings.Repeat("Source: S\n", maxHeaderLines) + "S", false},
		{strings.Repeat("Source: S\n", maxHeaderLines+1), false},
		{"Title: " + strings.Repeat("x", maxHeaderLine), false},
		{strings.Repeat(" ", maxHeaderBytes+1), false},
	} {
		if got := headerPending(tt.in); got != tt.want {
			t.Errorf("headerPending(%.40q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestLineCounter(t *testing.T) {
	text := "a\nb\r\nc\rd\n\ne"
	var c lineCounter
	for _, tt := range []struct{ off, want int }{{0, 1}, {2, 2}, {5, 3}, {7, 4}, {9, 5}, {10, 6}, {11, 6}} {
		if got := c.lineAt(text, 0, tt.off); got != tt.want {
			t.Errorf("line at %d: %d, want %d", tt.off, got, tt.want)
		}
	}
	// From a later base: the counter goes on where it stopped.
	if got := c.lineAt(text[9:], 9, 11); got != 6 {
		t.Errorf("line at 11 from base 9: %d", got)
	}
}

// TestHeaderLongDashes reads a section that starts with a line of dashes
// longer than maxSectionBytes and the header limits: no header block is
// read from it, and the line (a separator once it ends) is waited for, as
// without headers. (A regression test: the block was looked for in no
// section at all, and the stream panicked.)
func TestHeaderLongDashes(t *testing.T) {
	defer func(n int) { maxSectionBytes = n }(maxSectionBytes)
	maxSectionBytes = maxHeaderBytes + 100
	for _, in := range []string{
		strings.Repeat("-", maxSectionBytes+50) + "\nTitle: T\n\nBody text.\n",
		strings.Repeat("-", maxSectionBytes+50),
	} {
		want := SplitText("s.txt", in)
		// Whole and in halves: a byte at a time takes long here.
		for _, r := range []io.Reader{strings.NewReader(in), iotest.HalfReader(strings.NewReader(in))} {
			if got := streamText(t, r); !slices.Equal(got, want) {
				t.Errorf("stream of %.20q...: %s, want %s", in, renderSplit(got), renderSplit(want))
			}
		}
	}
}
