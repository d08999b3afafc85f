package data

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tradestats/tradestats/stats"
)

// readJSONL reads in as a JSON Lines file named f.jsonl and renders each
// article as "title/date/len(text)" and each warning as "!LINE: problem",
// joined with " | ".
func readJSONL(t *testing.T, in string) (string, []*stats.Article) {
	t.Helper()
	var out []string
	var arts []*stats.Article
	w := walker{
		r: &Reader{Warn: func(err error) {
			var ie *InputError
			if !errors.As(err, &ie) || ie.Path != "f.jsonl" {
				t.Errorf("warning %v is not an *InputError for f.jsonl", err)
			}
			out = append(out, fmt.Sprintf("!%d: %v", ie.Line, ie.Err))
		}},
		fn: func(a *stats.Article) error {
			if a.Source != "f.jsonl" || a.Base != 0 {
				t.Errorf("article %q: Source %q, Base %d", a.Title, a.Source, a.Base)
			}
			out = append(out, fmt.Sprintf("%s/%s/%d", a.Title, a.Date, len(a.Text)))
			arts = append(arts, a)
			return nil
		},
	}
	if err := w.jsonl("f.jsonl", strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(strings.Join(out, "\n"), "!"); w.failed != n {
		t.Errorf("failed = %d, want %d", w.failed, n)
	}
	return strings.Join(out, " | "), arts
}

// jsonlTests are the JSON Lines cases: in, rendered by readJSONL.
var jsonlTests = []struct {
	name, in, want string
}{
	{"one", `{"title":"A","body":"xyz"}`, "A//3"},
	{"two lines", "{\"title\":\"A\",\"body\":\"x\"}\n{\"title\":\"B\",\"body\":\"yy\"}\n", "A//1 | B//2"},
	{"CRLF and blank lines", "\r\n{\"title\":\"A\",\"body\":\"x\"}\r\n  \r\n{\"title\":\"B\",\"body\":\"yy\"}\r\n", "A//1 | B//2"},
	{"byte order mark", "\uFEFF{\"title\":\"A\",\"body\":\"x\"}", "A//1"},
	{"text field", `{"title":"A","text":"xyz"}`, "A//3"},
	{"content field", `{"title":"A","content":"xyz"}`, "A//3"},
	{"body preferred", `{"title":"A","content":"xyz","body":"x"}`, "A//1"},
	{"null body falls back", `{"title":"A","body":null,"text":"xy"}`, "A//2"},
	{"empty body", `{"title":"A","body":""}`, "A//0"},
	{"no title", `{"body":"xyz"}`, "//3"},
	{"title trimmed", `{"title":"  A \n","body":"x"}`, "A//1"},
	{"title one line", `{"title":"A\nB\r\n C\tD","body":""}`, "A B C D//0"},
	{"numeric id", `{"id":17,"title":"A","body":"x"}`, "A//1"},
	{"string id", `{"id":"r-17","title":"A","body":"x"}`, "A//1"},
	{"unicode", `{"title":"Ä","body":"\u00a3 3.1bn"}`, "Ä//8"},
	{"reuters date", `{"title":"A","date":"26-FEB-1987 15:01:01.79","body":"x"}`, "A/1987-02-26/1"},
	{"reuters date junk", `{"title":"A","date":" 5-MAR-1987 09:10:44.27RM","body":"x"}`, "A/1987-03-05/1"},
	{"iso date", `{"title":"A","date":"2024-11-14","body":"x"}`, "A/2024-11-14/1"},
	{"rfc3339 date", `{"title":"A","date":"2024-11-14T23:30:00-05:00","body":"x"}`, "A/2024-11-14/1"},
	{"rss date", `{"title":"A","date":"Thu, 14 Nov 2024 08:00:00 +0000","body":"x"}`, "A/2024-11-14/1"},
	{"long date", `{"title":"A","date":"July 10, 2019","body":"x"}`, "A/2019-07-10/1"},
	{"month date", `{"title":"A","date":"2019-07","body":"x"}`, "A/2019-07/1"},
	{"unknown date", `{"title":"A","date":"last Tuesday","body":"x"}`, "A//1"},
	{"url", `{"title":"A","url":"https://example.com/a","body":"x"}`, "A//1"},

	{"bad JSON", "{\"title\":\"A\",\"body\":\"x\"}\n{\"title\":\"B\",\n{\"title\":\"C\",\"body\":\"z\"}", "A//1 | !2: invalid JSON: unexpected end of JSON input | C//1"},
	{"not an object", "[1,2]\n\"s\"\n3\nnull", "!1: record is a JSON array, not an object | !2: record is a JSON string, not an object | !3: record is a JSON number, not an object | !4: record is null, not an object"},
	{"missing body", "{\"title\":\"A\"}\n{\"title\":\"B\",\"body\":\"x\"}", `!1: no body field ("body", "text" or "content") | B//1`},
	{"body not a string", `{"title":"A","body":42}`, `!1: field "body" is not a string`},
	{"title not a string", `{"title":["A"],"body":"x"}`, `!1: field "title" is not a string`},
}

func TestReadJSONL(t *testing.T) {
	for _, tt := range jsonlTests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := readJSONL(t, tt.in); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestReadJSONLPublisher checks the publisher of records: a "publisher"
// string, else a "source" string, made one line; other values ignored.
func TestReadJSONLPublisher(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`{"body":"x"}`, ""},
		{`{"publisher":"The Ledger","body":"x"}`, "The Ledger"},
		{`{"source":"Reuters","body":"x"}`, "Reuters"},
		{`{"source":"S","publisher":"P","body":"x"}`, "P"},
		{`{"publisher":" Daily\n Ledger ","body":"x"}`, "Daily Ledger"},
		{`{"publisher":5,"source":"S","body":"x"}`, "S"},
		{`{"source":{"id":null,"name":"BBC News"},"body":"x"}`, ""},
		{`{"source_file":"reut2-000.sgm","body":"x"}`, ""},
		{`{"source":"caf\u00e9 press","body":"x"}`, "café press"},
	} {
		_, arts := readJSONL(t, tt.in)
		if len(arts) != 1 || arts[0].Publisher != tt.want {
			t.Errorf("%s: %d articles, publisher %q; want %q", tt.in, len(arts), arts[0].Publisher, tt.want)
		}
	}
}

func TestReadJSONLIDs(t *testing.T) {
	_, arts := readJSONL(t, `{"title":"A","body":"text"}
{"title":"B","body":"text"}
{"title":"C","body":""}
{"title":"D","body":""}`)
	if len(arts) != 4 {
		t.Fatalf("got %d articles", len(arts))
	}
	if arts[0].ID != stats.ArticleID("text") || arts[0].ID != arts[1].ID {
		t.Errorf("same body, ids %q %q; want both %q", arts[0].ID, arts[1].ID, stats.ArticleID("text"))
	}
	if arts[2].ID != stats.ArticleID("C") || arts[2].ID == arts[3].ID {
		t.Errorf("empty bodies: ids %q %q; want ids of the titles", arts[2].ID, arts[3].ID)
	}
}

func TestReadJSONLLongLine(t *testing.T) {
	defer func(n int) { maxLineBytes = n }(maxLineBytes)
	maxLineBytes = 100
	long := `{"title":"L","body":"` + strings.Repeat("x", 3000) + `"}`
	got, _ := readJSONL(t, "{\"title\":\"A\",\"body\":\"x\"}\n"+long+"\n{\"title\":\"B\",\"body\":\"y\"}\n"+long)
	want := "A//1 | !2: " + errLineTooLong.Error() + " | B//1 | !4: " + errLineTooLong.Error()
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestReadJSONLBigLine reads a line larger than any bufio default (a 60 MiB
// body, under the limit of 64 MiB).
func TestReadJSONLBigLine(t *testing.T) {
	if testing.Short() {
		t.Skip("big line")
	}
	body := strings.Repeat("Exports rose 5%. ", 60<<20/17)
	got, _ := readJSONL(t, `{"title":"Big","body":"`+body+`"}`+"\n"+`{"title":"Next","body":"x"}`)
	if want := fmt.Sprintf("Big//%d | Next//1", len(body)); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// TestReadReuters reads the whole Reuters-21578 corpus: every record is an
// article, and 1,799 have an empty body.
func TestReadReuters(t *testing.T) {
	if testing.Short() {
		t.Skip("24 MB corpus")
	}
	path := filepath.Join(sharedDir(t, "corpus", "reuters"), "reuters.jsonl")
	r := &Reader{Warn: func(err error) { t.Error(err) }}
	n, empty, undated := 0, 0, 0
	failed, err := r.Walk([]string{path}, func(a *stats.Article) error {
		n++
		if a.Text == "" {
			empty++
		}
		if a.Date == "" {
			undated++
		}
		return nil
	})
	if err != nil || failed != 0 {
		t.Fatalf("Walk: failed %d, err %v", failed, err)
	}
	if n != 21578 || empty != 1799 || undated != 0 {
		t.Errorf("got %d articles, %d empty, %d undated; want 21578, 1799, 0", n, empty, undated)
	}
}

func TestISODate(t *testing.T) {
	for in, want := range map[string]string{
		"26-FEB-1987 15:01:01.79":       "1987-02-26",
		"1-APR-1987 00:00:00.00F":       "1987-04-01",
		"2006-01-02":                    "2006-01-02",
		"2006-01-02T15:04:05Z":          "2006-01-02",
		"2006-01-02T23:04:05.5+09:00":   "2006-01-02",
		"2006-01-02 15:04:05":           "2006-01-02",
		"Mon, 02 Jan 2006 15:04:05 MST": "2006-01-02",
		"2 January 2006":                "2006-01-02",
		"Jan 2, 2006":                   "2006-01-02",
		"2006":                          "2006",
		"2006-13":                       "",
		"31-FOO-1987":                   "",
		"":                              "",
		"yesterday":                     "",
	} {
		if got := isoDate(in); got != want {
			t.Errorf("isoDate(%q) = %q, want %q", in, got, want)
		}
	}
}
