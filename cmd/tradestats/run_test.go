package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/stats"
)

// examples is the repository's examples directory, from this package.
var examples = filepath.Join("..", "..", "examples")

// runCmd runs the command line in-process.
func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestRun(t *testing.T) {
	t.Setenv("COLUMNS", "")
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte(`{"title":"A","body":"x"}`+"\nnot json\n"+`{"title":"B","body":"y"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(dir, "x.pdf")
	if err := os.WriteFile(pdf, []byte("%PDF"), 0o644); err != nil {
		t.Fatal(err)
	}
	vietnam := filepath.Join(examples, "vietnam-trade.txt")
	tests := []struct {
		name       string
		args       []string
		stdin      string
		code       int
		stdout     []string // substrings of stdout
		stderr     []string // substrings of stderr
		exactErr   string   // if set, the whole of stderr
		jsonLines  bool     // every line of stdout is a JSON object
		minClaims  int      // at least this many lines of stdout
		notStdout  []string // not in stdout
		emptyError bool     // nothing on stderr
	}{
		// Help and usage.
		{name: "no arguments", code: 2, stderr: []string{"Usage:", "extract"}},
		{name: "help", args: []string{"help"}, stdout: []string{"Usage:", "extract", "tradestats help <command>"}, emptyError: true},
		{name: "-h", args: []string{"-h"}, stdout: []string{"Usage:"}},
		{name: "--help", args: []string{"--help"}, stdout: []string{"Usage:"}},
		{name: "help extract", args: []string{"help", "extract"}, stdout: []string{"usage: tradestats extract", "--format", "Exit status"}},
		{name: "extract -h", args: []string{"extract", "-h"}, stdout: []string{"usage: tradestats extract", "--format"}, emptyError: true},
		{name: "extract --help after path", args: []string{"extract", vietnam, "--help"}, stdout: []string{"usage: tradestats extract"}},
		{name: "help unknown", args: []string{"help", "nosuch"}, code: 2, stderr: []string{`unknown command "nosuch"`}},
		{name: "unknown command", args: []string{"nosuch"}, code: 2, stderr: []string{`tradestats: unknown command "nosuch"`}, notStdout: []string{"Did you mean"}},
		{name: "mistyped command", args: []string{"extrct", vietnam}, code: 2, stderr: []string{`tradestats: unknown command "extrct"`, "Did you mean extract?", "Usage:"}},
		{name: "swapped letters", args: []string{"reprot"}, code: 2, stderr: []string{"Did you mean report?"}},
		{name: "help mistyped", args: []string{"help", "comapre"}, code: 2, stderr: []string{"Did you mean compare?"}},
		{name: "version", args: []string{"--version"}, stdout: []string{"tradestats devel"}, emptyError: true},
		{name: "version command", args: []string{"version"}, stdout: []string{"tradestats "}, emptyError: true},
		{name: "no path", args: []string{"extract"}, code: 2, stderr: []string{"tradestats: extract: no input PATH", "usage: tradestats extract"}},
		{name: "unknown format", args: []string{"extract", "--format", "xml", vietnam}, code: 2, stderr: []string{`tradestats: extract: unknown format "xml"`, "usage: tradestats extract"}},
		{name: "unknown flag", args: []string{"extract", vietnam, "--bogus"}, code: 2, stderr: []string{"tradestats: extract: unknown flag: --bogus", "usage:"}},
		{name: "missing flag value", args: []string{"extract", vietnam, "--format"}, code: 2, stderr: []string{"flag needs an argument"}},

		// Flags before and after paths.
		{name: "csv flag before", args: []string{"extract", "--format", "csv", vietnam}, stdout: []string{"text,start,end,value,max,unit,currency,unit_name,approx,item,subject,counterpart,metric,indicator,period,outlook,change,sentence,article,title,source,publisher,date,carried,check_verdict,check_reference,check_series,check_year,check_reason,check_source\n"}, emptyError: true},
		{name: "csv flag after", args: []string{"extract", vietnam, "--format", "csv"}, stdout: []string{"text,start,end,value,"}},
		{name: "csv short flag", args: []string{"extract", "-f", "csv", vietnam}, stdout: []string{"text,start,end,value,"}},
		{name: "csv flag =", args: []string{"extract", vietnam, "--format=csv"}, stdout: []string{"text,start,end,value,"}},
		{name: "dash dash", args: []string{"extract", "--format=csv", "--", vietnam}, stdout: []string{"text,start,end,value,"}},
		{name: "json empty array", args: []string{"extract", "--format", "json", "-"}, stdin: "Nothing here\n\nNo figures at all.\n", stdout: []string{"[]\n"}},
		{name: "default jsonl when not a terminal", args: []string{"extract", examples}, jsonLines: true, emptyError: true, notStdout: []string{"TEXT", "(no claims)"}},

		// Inputs.
		{name: "stdin", args: []string{"extract", "-", "--format", "table"}, stdin: "Exports up\n\nExports rose 5.2% to $38.4bn.\n", stdout: []string{"Exports up (-)"}},
		{name: "table header per article", args: []string{"extract", "--format", "table", examples}, stdout: []string{
			"Vietnam's exports climb 5.2% in fourth quarter (" + vietnam + ")",
			"UK TRADE DEFICIT NARROWS IN FEBRUARY (" + filepath.Join(examples, "feed.jsonl") + ", 2025-03-14)",
		}},
		{name: "missing file", args: []string{"extract", "nosuch.txt", vietnam, "--format", "csv"}, code: 1,
			exactErr: "tradestats: extract: nosuch.txt: no such file or directory\n", stdout: []string{"text,start,end"}},
		{name: "unsupported file named", args: []string{"extract", pdf, vietnam}, code: 1, stderr: []string{"tradestats: extract: " + pdf + `: unsupported file type ".pdf"`}},
		{name: "malformed jsonl line", args: []string{"extract", bad, "--format", "table"}, code: 1,
			exactErr: "tradestats: extract: " + bad + ":2: invalid JSON: invalid character 'o' in literal null (expecting 'u')\n",
			stdout:   []string{"A (" + bad + ")", "B (" + bad + ")"}},

		// THE EXTRACTOR-DEPENDENT CASE: the examples hold dozens of claims.
		// This fails while stats.Extract is the placeholder returning nil,
		// and passes once the real extractor lands. Intended.
		{name: "examples have claims", args: []string{"extract", "--format", "jsonl", examples}, jsonLines: true, minClaims: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tt.stdin, tt.args...)
			if code != tt.code {
				t.Errorf("exit status %d, want %d\nstderr: %s", code, tt.code, stderr)
			}
			for _, s := range tt.stdout {
				if !strings.Contains(stdout, s) {
					t.Errorf("stdout does not contain %q:\n%s", s, stdout)
				}
			}
			for _, s := range tt.notStdout {
				if strings.Contains(stdout, s) {
					t.Errorf("stdout contains %q:\n%s", s, stdout)
				}
			}
			for _, s := range tt.stderr {
				if !strings.Contains(stderr, s) {
					t.Errorf("stderr does not contain %q:\n%s", s, stderr)
				}
			}
			if tt.exactErr != "" && stderr != tt.exactErr {
				t.Errorf("stderr:\n%s\nwant:\n%s", stderr, tt.exactErr)
			}
			if tt.emptyError && stderr != "" {
				t.Errorf("stderr: %s", stderr)
			}
			lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
			if stdout == "" {
				lines = nil
			}
			if tt.jsonLines {
				for i, l := range lines {
					var c map[string]any
					if err := json.Unmarshal([]byte(l), &c); err != nil {
						t.Fatalf("stdout line %d is not a JSON object: %v\n%s", i+1, err, l)
					}
				}
			}
			if len(lines) < tt.minClaims {
				t.Errorf("got %d claims, want at least %d", len(lines), tt.minClaims)
			}
		})
	}
}

// TestExtractExamples checks every claim printed for the examples against
// the articles: source, article id and title, and the offsets invariant
// (file[start:end] == text for plain text, body[start:end] == text for JSON
// Lines). It holds for no claims at all, and for any extractor.
func TestExtractExamples(t *testing.T) {
	articles := map[string]*stats.Article{} // by id
	failed, err := (&data.Reader{}).Walk([]string{examples}, func(a *stats.Article) error {
		articles[a.ID] = a
		return nil
	})
	if err != nil || failed != 0 || len(articles) < 4 {
		t.Fatalf("reading the examples: %d articles, %d failed, %v", len(articles), failed, err)
	}
	for _, format := range []string{"jsonl", "json"} {
		t.Run(format, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, "", "extract", "--format", format, examples)
			if code != 0 || stderr != "" {
				t.Fatalf("exit status %d: %s", code, stderr)
			}
			var claims []stats.Claim
			if format == "json" {
				if err := json.Unmarshal([]byte(stdout), &claims); err != nil {
					t.Fatalf("output is not a JSON array of claims: %v", err)
				}
			} else {
				sc := bufio.NewScanner(strings.NewReader(stdout))
				sc.Buffer(nil, 1<<20)
				for sc.Scan() {
					var c stats.Claim
					if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
						t.Fatalf("bad line %q: %v", sc.Text(), err)
					}
					claims = append(claims, c)
				}
			}
			files := map[string]string{}
			for i, c := range claims {
				a := articles[c.Article]
				if a == nil {
					t.Errorf("claim %d %q: unknown article %q", i, c.Text, c.Article)
					continue
				}
				if c.Source != a.Source || c.Title != a.Title || c.Date != a.Date {
					t.Errorf("claim %d %q: source, title, date %q, %q, %q; want %q, %q, %q",
						i, c.Text, c.Source, c.Title, c.Date, a.Source, a.Title, a.Date)
				}
				text := a.Text // JSON Lines: offsets into the body
				if filepath.Ext(a.Source) == ".txt" {
					if _, ok := files[a.Source]; !ok {
						b, err := os.ReadFile(a.Source)
						if err != nil {
							t.Fatal(err)
						}
						files[a.Source] = string(b)
					}
					text = files[a.Source]
				}
				if c.Start < 0 || c.End > len(text) || c.Start > c.End || text[c.Start:c.End] != c.Text {
					t.Errorf("claim %d %q at [%d,%d) does not match %s", i, c.Text, c.Start, c.End, a.Source)
				}
			}
		})
	}
}

// TestExtractSeed reads the seed articles (title last, no separator) from
// the shared corpus: two articles, no errors, valid JSON.
func TestExtractSeed(t *testing.T) {
	seed := filepath.Join("..", "..", "..", "shared", "corpus", "seed", "articles.txt")
	if _, err := os.Stat(seed); err != nil {
		t.Skipf("shared corpus not available: %v", err)
	}
	t.Setenv("COLUMNS", "200")
	code, stdout, stderr := runCmd(t, "", "extract", seed, "--format", "table")
	if code != 0 || stderr != "" {
		t.Fatalf("exit status %d: %s", code, stderr)
	}
	for _, title := range []string{
		"China, Russia hold annual strategic security consultation (" + seed + ")",
		"Strengthened China-Latin America ties epitomize APEC's push for inclusive economic cooperation (",
	} {
		if !strings.Contains(stdout, title) {
			t.Errorf("no header %q in\n%s", title, stdout)
		}
	}
	code, stdout, stderr = runCmd(t, "", "extract", seed, "--format", "json")
	if code != 0 || stderr != "" || !json.Valid([]byte(stdout)) {
		t.Fatalf("json: exit status %d, valid %v: %s", code, json.Valid([]byte(stdout)), stderr)
	}
}

func TestInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	code := run(ctx, []string{"extract", examples}, strings.NewReader(""), &out, &errb)
	if code != 130 || errb.String() != "tradestats: interrupted\n" {
		t.Errorf("exit status %d, stderr %q; want 130, interrupted", code, errb.String())
	}
}

// TestCommandTable checks that every command is complete and documented.
func TestCommandTable(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, c := range commands {
		if c.Name == "" || c.Short == "" || c.Long == "" || c.Flags == nil || seen[c.Name] {
			t.Errorf("command %q: incomplete or duplicate", c.Name)
		}
		seen[c.Name] = true
		if !strings.HasPrefix(c.UsageLine, c.Name) {
			t.Errorf("command %q: usage line %q does not start with its name", c.Name, c.UsageLine)
		}
		if !strings.Contains(string(doc), "tradestats "+c.UsageLine) {
			t.Errorf("doc.go does not show the usage line %q", c.UsageLine)
		}
	}
}

func TestVersionOf(t *testing.T) {
	bi := func(version string, settings ...string) *debug.BuildInfo {
		b := &debug.BuildInfo{Main: debug.Module{Version: version}}
		for i := 0; i < len(settings); i += 2 {
			b.Settings = append(b.Settings, debug.BuildSetting{Key: settings[i], Value: settings[i+1]})
		}
		return b
	}
	for _, tt := range []struct {
		bi   *debug.BuildInfo
		want string
	}{
		{bi("v1.2.0"), "v1.2.0"},
		{bi("(devel)"), "devel"},
		{bi(""), "devel"},
		{bi("(devel)", "vcs.revision", "1a2b3c4d5e6f7a8b9c0d", "vcs.modified", "false"), "devel 1a2b3c4d5e6f"},
		{bi("(devel)", "vcs.revision", "1a2b3c4d5e6f7a8b9c0d", "vcs.modified", "true"), "devel 1a2b3c4d5e6f+dirty"},
		{bi("v1.3.0", "vcs.revision", "abc"), "v1.3.0 abc"},
	} {
		if got := versionOf(tt.bi); got != tt.want {
			t.Errorf("versionOf(%v) = %q, want %q", tt.bi.Main.Version, got, tt.want)
		}
	}
}
