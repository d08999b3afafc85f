package data

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/tradestats/tradestats/stats"
)

// Long paragraph lines (over 100 bytes, ending a sentence) for the
// one-paragraph-per-line layouts.
const (
	p1 = "Exports rose 5.2% to $38.4bn in the fourth quarter, the statistics office said on Tuesday, beating forecasts."
	p2 = "Imports fell for a third month as energy prices eased, narrowing the trade deficit to its lowest level since 2021."
	p3 = "The central bank said it expected growth of between 2 and 2.5 percent next year, helped by stronger demand abroad."
	p4 = "Analysts said the figures showed that the economy had weathered the slowdown in Europe better than feared."
)

// splitTests lists the plain-text layouts. want renders the articles as
// "Title(n)" for each, where n is the number of lines in its Text, joined
// with "|".
var splitTests = []struct {
	name   string
	source string // default "dir/file.txt"
	in     string
	want   string
}{
	// Title on line 1, blank line, body.
	{"title first", "", "Trade gap narrows\n\n" + p1 + "\n\n" + p2 + "\n", "Trade gap narrows(5)"},
	{"title first CRLF", "", "Trade gap narrows\r\n\r\n" + p1 + "\r\n\r\n" + p2 + "\r\n", "Trade gap narrows(5)"},
	{"title first no blank", "", "Exports up\n" + p1 + "\n", "Exports up(2)"},
	{"question title", "", "Could rates fall again?\n\n" + p3 + "\n", "Could rates fall again?(3)"},
	{"markdown heading", "", "# Trade update\n\n" + p1 + "\n", "Trade update(3)"},
	{"leading blanks and indent", "", "\n\n  Trade update\t\n\n" + p1 + "\n\n\n", "Trade update(3)"},
	{"byte order mark", "", "\uFEFFTrade update\n\n" + p1, "Trade update(3)"},
	{"subheading after blank", "", "Trade update\n\n" + p1 + "\n\nOutlook\n\n" + p2, "Trade update(7)"},
	{"untitled", "", "(untitled) The Wall Street Journal\n\n" + p1 + "\n", "file(3)"},

	// Runs of articles, each titled by its last line, no separator.
	{"title last", "", p1 + "\n" + p2 + "\nTitle one\n" + p3 + "\nTitle two\n", "Title one(3)|Title two(2)"},
	{"title last CRLF", "", p1 + "\r\n" + p2 + "\r\nTitle one\r\n" + p3 + "\r\nTitle two\r\n", "Title one(3)|Title two(2)"},
	{"title last blank paragraphs", "", p1 + "\n\n" + p2 + "\nTitle one\n" + p3 + "\n\n" + p4 + "\nTitle two", "Title one(4)|Title two(4)"},
	{"title last then untitled", "", p1 + "\nTitle one\n" + p2 + "\n" + p3 + "\n", "Title one(2)|file(2)"},
	{"title last blank after title", "", p1 + "\nTitle one\n\n" + p2 + "\nTitle two\n", "Title one(2)|Title two(2)"},
	{"title last question not a headline", "", p1 + "\nWill rates fall?\n" + p2 + "\nTitle two", "Title two(4)"},
	// Runs of articles, each titled by its first line, no blank lines.
	{"title first run", "", "Title one\n" + p1 + "\n" + p2 + "\nTitle two\n" + p3 + "\n", "Title one(3)|Title two(2)"},
	{"title first run trailing headline", "", "Title one\n" + p1 + "\nReporting by A. Writer\n", "Title one(3)"},
	{"title first blank then run", "", "Title one\n\n" + p1 + "\nTitle two\n" + p2 + "\n", "Title one(3)|Title two(2)"},

	// Explicit separators.
	{"dashes", "", "A\n\n" + p1 + "\n---\nB\n\n" + p2 + "\n", "A(3)|B(3)"},
	{"long dashes", "", "A\n\n" + p1 + "\n  ----------  \r\nB\n\n" + p2 + "\n", "A(3)|B(3)"},
	{"two dashes are text", "", "A\n\nsome text\n--\nmore text\n", "A(5)"},
	{"form feed", "", "A\n\n" + p1 + "\fB\n\n" + p2, "A(3)|B(3)"},
	{"form feed line", "", "A\n\n" + p1 + "\n\f\nB\n\n" + p2, "A(3)|B(3)"},
	{"empty sections", "", "---\n\n---\nA\n\n" + p1 + "\n---\n \n\f\f", "A(3)"},
	{"separators and title last", "", p1 + "\nTitle one\n---\n" + p2 + "\nTitle two\n", "Title one(2)|Title two(2)"},

	// One article, title from the first line or the file name.
	{"empty", "", "", ""},
	{"white space only", "", " \n\t\r\n\v", ""},
	{"no title line", "", "Exports rose 5% in March. Imports fell.\nMore text.\n", "file(2)"},
	{"hard wrapped", "", "BAHIA COCOA REVIEW\n  Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought.\nThe dry period means the temporao will\nbe late this year.\n", "BAHIA COCOA REVIEW(5)"},
	{"short sentence lines", "", "Exports rose.\nImports fell.\nMarket summary\nStocks rose.\n", "file(4)"},
	{"no extension", "notes/README", "Exports rose 5% in March.\n", "README(1)"},
	{"stdin", "-", "Exports rose 5% in March.\n", "(1)"},
	{"stdin titled", "-", "Exports up\n\nExports rose 5% in March.\n", "Exports up(3)"},
}

// renderSplit renders articles as "Title(n)|...".
func renderSplit(arts []stats.Article) string {
	var parts []string
	for _, a := range arts {
		parts = append(parts, a.Title+"("+strconv.Itoa(strings.Count(a.Text, "\n")+1)+")")
	}
	return strings.Join(parts, "|")
}

// checkSplit checks the invariants of SplitText's result for input in.
func checkSplit(t *testing.T, source, in string, arts []stats.Article) {
	t.Helper()
	prevEnd := 0
	for i, a := range arts {
		if a.Base < prevEnd || a.Base+len(a.Text) > len(in) {
			t.Fatalf("article %d: range [%d,%d) overlaps the previous one (ends %d) or the end (%d)", i, a.Base, a.Base+len(a.Text), prevEnd, len(in))
		}
		if got := in[a.Base : a.Base+len(a.Text)]; got != a.Text {
			t.Fatalf("article %d: Text %q != input[%d:] %q", i, a.Text, a.Base, got)
		}
		if trimSpace(a.Text) != a.Text || a.Text == "" {
			t.Fatalf("article %d: Text %q is empty or has surrounding white space", i, a.Text)
		}
		if strings.ContainsAny(a.Title, "\n\f") {
			t.Fatalf("article %d: Title %q has a line break", i, a.Title)
		}
		if a.Source != source || a.ID != stats.ArticleID(a.Text) {
			t.Fatalf("article %d: Source %q, ID %q; want %q, %q", i, a.Source, a.ID, source, stats.ArticleID(a.Text))
		}
		prevEnd = a.Base + len(a.Text)
	}
}

func TestSplitText(t *testing.T) {
	for _, tt := range splitTests {
		t.Run(tt.name, func(t *testing.T) {
			source := tt.source
			if source == "" {
				source = "dir/file.txt"
			}
			arts := SplitText(source, tt.in)
			if got := renderSplit(arts); got != tt.want {
				t.Errorf("SplitText(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			checkSplit(t, source, tt.in, arts)
		})
	}
}

func FuzzSplitText(f *testing.F) {
	for _, tt := range splitTests {
		f.Add(tt.in)
	}
	for _, tt := range headerTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkSplit(t, "f.txt", in, SplitText("f.txt", in))
	})
}

// sharedDir returns ../../shared/ELEM... (the shared folder beside the
// repository) or skips the test when it is absent.
func sharedDir(t testing.TB, elem ...string) string {
	t.Helper()
	p := filepath.Join(append([]string{"..", "..", "shared"}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	return p
}

func TestSplitTextSeed(t *testing.T) {
	path := filepath.Join(sharedDir(t, "corpus", "seed"), "articles.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	arts := SplitText(path, string(b))
	checkSplit(t, path, string(b), arts)
	want := []string{
		"China, Russia hold annual strategic security consultation",
		"Strengthened China-Latin America ties epitomize APEC's push for inclusive economic cooperation",
	}
	if len(arts) != len(want) {
		t.Fatalf("got %d articles (%s), want %d", len(arts), renderSplit(arts), len(want))
	}
	for i, a := range arts {
		if a.Title != want[i] {
			t.Errorf("article %d: title %q, want %q", i, a.Title, want[i])
		}
		if !strings.HasSuffix(a.Text, want[i]) {
			t.Errorf("article %d: Text does not end with its title", i)
		}
	}
}

// TestSplitTextCorpora checks that every file of the one-article-per-file
// corpora gives exactly one article, titled by its first line where it
// has a headline.
func TestSplitTextCorpora(t *testing.T) {
	for _, c := range []struct {
		dir        string
		firstTitle bool // the title is line 1
	}{
		{"eval", true}, {"bbc", true}, {"chinadaily", true}, {"wikinews", true}, {"usnews", false},
	} {
		t.Run(c.dir, func(t *testing.T) {
			dir := sharedDir(t, "corpus", c.dir)
			files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
			if err != nil {
				t.Fatal(err)
			}
			if testing.Short() && len(files) > 50 {
				files = files[:50]
			}
			for _, f := range files {
				b, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				arts := SplitText(f, string(b))
				checkSplit(t, f, string(b), arts)
				if len(arts) != 1 {
					t.Errorf("%s: %d articles: %s", f, len(arts), renderSplit(arts))
					continue
				}
				first, _, _ := strings.Cut(string(b), "\n")
				want := strings.TrimSpace(first)
				if !c.firstTitle {
					want = strings.TrimSuffix(filepath.Base(f), ".txt")
				}
				if arts[0].Title != want {
					t.Errorf("%s: title %q, want %q", f, arts[0].Title, want)
				}
			}
		})
	}
}
