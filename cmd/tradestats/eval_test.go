package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// evalArticle is the input of TestEval. The extractor finds 5.2%, $3.1
// billion, the range, 21 (tariff lines), 12 percent (of Germany) and about
// 400 tonnes (a quantity); it does not take "the two countries".
const evalArticle = `Ruritania widget exports jump

Ruritania's widget exports rose 5.2% to $3.1 billion in March, the statistics office said on Tuesday.

Imports climbed between 3 and 4 percent, and the two countries signed a pact on 21 tariff lines.

Germany's exports fell 12 percent, while France shipped about 400 tonnes of widgets.
`

// evalGold annotates evalArticle: three matches with the right subject
// (one a range, one with the subject in another case), a claim the
// extractor misses ("two countries"), an optional claim that hides a
// prediction ("21"), a wrong subject ("12 percent" is France's in the
// gold), a unit mismatch (gold count, predicted quantity: a MISS and a
// FALSE) and a text that is not in the file (a warning).
const evalGold = `{"file": "news/widgets.txt", "claims": [
{"text": "5.2%", "value": 5.2, "unit": "percent", "subject": ["Ruritania"]},
{"text": "$3.1 billion", "occurrence": 1, "value": 3100000000, "unit": "money", "currency": "USD", "subject": ["Ruritania"]},
{"text": "between 3 and 4 percent", "value": 3, "max": 4, "unit": "percent", "subject": ["ruritania"]},
{"text": "two countries", "value": 2, "unit": "count", "subject": []},
{"text": "21", "value": 21, "unit": "count", "subject": ["Ruritania"], "optional": true},
{"text": "12 percent", "value": 12, "unit": "percent", "subject": ["France"]},
{"text": "about 400 tonnes", "value": 400, "unit": "count", "subject": ["France"]},
{"text": "7%", "value": 7, "unit": "percent", "subject": []}]}
`

const evalTable = `unit                  tp    fp    fn  precision  recall     f1
count                  0     0     2          -   0.000  0.000
money                  1     0     0      1.000   1.000  1.000
percent                3     0     0      1.000   1.000  1.000
quantity               0     1     0      0.000       -  0.000
all                    4     1     2      0.800   0.667  0.727

precision=0.800 recall=0.667 f1=0.727 subject_accuracy=0.750 (3/4)
`

const evalErrors = `MISS news/widgets.txt 'two countries'=2 count  got: nothing
    Imports climbed between 3 and 4 percent, and the two countries signed a pact on 21 tariff lines.
SUBJ news/widgets.txt '12 percent': gold ['France'] got 'Germany'
    Germany's exports fell 12 percent, while France shipped about 400 tonnes of widgets.
MISS news/widgets.txt 'about 400 tonnes'=400 count  got: 'about 400 tonnes'=400 quantity
    Germany's exports fell 12 percent, while France shipped about 400 tonnes of widgets.
FALSE news/widgets.txt 'about 400 tonnes'=400 quantity
    Germany's exports fell 12 percent, while France shipped about 400 tonnes of widgets.
`

const evalJSON = `{"precision": 0.8, "recall": 0.6667, "f1": 0.7273, "subject_accuracy": 0.75, "tp": 4, "fp": 1, "fn": 2, "subject_checked": 4, "unparsable_lines": 0, "per_unit": {"count": {"tp": 0, "fp": 0, "fn": 2}, "money": {"tp": 1, "fp": 0, "fn": 0}, "percent": {"tp": 3, "fp": 0, "fn": 0}, "quantity": {"tp": 0, "fp": 1, "fn": 0}}}
`

// oneLine joins the lines of a JSON object into one JSON Lines line.
func oneLine(s string) string { return strings.ReplaceAll(strings.TrimSpace(s), "\n", "") + "\n" }

// writeFile writes content to dir/name, making its directory.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestEval(t *testing.T) {
	root := t.TempDir()
	writeFile(t, root, "news/widgets.txt", evalArticle)
	gold := writeFile(t, root, "gold/widgets.jsonl", oneLine(evalGold))
	malformed := writeFile(t, root, "gold/bad.jsonl", `{"file": "news/widgets.txt", "claims": []}`+"\n\n{\"file\": \n")
	noInput := writeFile(t, root, "gold/noinput.jsonl", `{"file": "news/nosuch.txt", "claims": []}`+"\n")
	warning := "tradestats: eval: warning: " + gold + ": news/widgets.txt: text '7%' occurrence 1 not found\n"

	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string   // the whole of stdout, if set
		stderr []string // substrings of stderr
		exact  string   // the whole of stderr, if set
	}{
		{name: "table", args: []string{"--gold", gold, "--root", root}, stdout: evalTable, exact: warning},
		{name: "errors", args: []string{"--gold", gold, "--root", root, "--show-errors", "10"},
			stdout: evalTable + "\n4 errors:\n" + evalErrors, exact: warning},
		{name: "first errors", args: []string{"--show-errors=2", "--root", root, "--gold", gold},
			stdout: evalTable + "\nfirst 2 of 4 errors:\n" + strings.Join(strings.SplitAfter(evalErrors, "\n")[:4], "")},
		{name: "json", args: []string{"--gold", gold, "--root", root, "--format", "json"}, stdout: evalJSON, exact: warning},
		{name: "json short flag", args: []string{"--gold", gold, "--root", root, "-f", "json"}, stdout: evalJSON},

		{name: "no gold", args: []string{"--root", root}, code: 2, stderr: []string{"tradestats: eval: no --gold FILE", "usage: tradestats eval --gold FILE"}},
		{name: "argument", args: []string{"--gold", gold, "extra"}, code: 2, stderr: []string{`unexpected argument "extra"`}},
		{name: "format", args: []string{"--gold", gold, "--format", "csv"}, code: 2, stderr: []string{`unknown format "csv"`}},
		{name: "negative errors", args: []string{"--gold", gold, "--show-errors", "-1"}, code: 2, stderr: []string{"--show-errors -1"}},
		{name: "bad number", args: []string{"--gold", gold, "--show-errors", "x"}, code: 2, stderr: []string{"invalid argument"}},

		{name: "missing gold", args: []string{"--gold", filepath.Join(root, "nosuch.jsonl")}, code: 1,
			exact: "tradestats: eval: " + filepath.Join(root, "nosuch.jsonl") + ": no such file or directory\n"},
		{name: "malformed gold", args: []string{"--gold", malformed, "--root", root}, code: 1, stderr: []string{malformed + ": gold line 3: "}},
		{name: "missing input", args: []string{"--gold", noInput, "--root", root}, code: 1,
			stderr: []string{"tradestats: eval: " + noInput + ": " + filepath.Join(root, "news", "nosuch.txt") + ": no such file"}},
		{name: "wrong root", args: []string{"--gold", gold}, code: 1, stderr: []string{"news/widgets.txt: no such file"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, "", append([]string{"eval"}, tc.args...)...)
			if code != tc.code {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, tc.code, stderr)
			}
			if tc.code != 0 && stdout != "" {
				t.Errorf("stdout on failure:\n%s", stdout)
			}
			if tc.stdout != "" && stdout != tc.stdout {
				t.Errorf("stdout:\n%s\nwant:\n%s", stdout, tc.stdout)
			}
			if tc.exact != "" && stderr != tc.exact {
				t.Errorf("stderr:\n%s\nwant:\n%s", stderr, tc.exact)
			}
			for _, s := range tc.stderr {
				if !strings.Contains(stderr, s) {
					t.Errorf("stderr lacks %q:\n%s", s, stderr)
				}
			}
		})
	}
}

// TestEvalJSONErrors checks the errors of --format json --show-errors.
func TestEvalJSONErrors(t *testing.T) {
	root := t.TempDir()
	writeFile(t, root, "news/widgets.txt", evalArticle)
	gold := writeFile(t, root, "gold.jsonl", oneLine(evalGold))
	code, stdout, stderr := runCmd(t, "", "eval", "--gold", gold, "--root", root, "--format", "json", "--show-errors", "3")
	if code != 0 {
		t.Fatalf("exit status %d: %s", code, stderr)
	}
	if !strings.HasPrefix(stdout, strings.TrimSuffix(evalJSON, "}\n")+`, "errors": [`) {
		t.Errorf("stdout does not start with the report:\n%s", stdout)
	}
	var got struct {
		F1     float64 `json:"f1"`
		Errors []struct {
			Kind, File, Text, Message, Line, Sentence string
		}
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(evalErrors, "\n")
	if len(got.Errors) != 3 {
		t.Fatalf("%d errors, want 3", len(got.Errors))
	}
	for i, e := range got.Errors {
		if want := lines[2*i]; e.Line != want {
			t.Errorf("error %d: line %q, want %q", i, e.Line, want)
		}
		if want := strings.TrimSpace(lines[2*i+1]); e.Sentence != want {
			t.Errorf("error %d: sentence %q, want %q", i, e.Sentence, want)
		}
	}
	if e := got.Errors[1]; e.Kind != "SUBJ" || e.File != "news/widgets.txt" || e.Text != "12 percent" || e.Message != ": gold ['France'] got 'Germany'" {
		t.Errorf("SUBJ error: %+v", e)
	}
}

func TestSentenceAround(t *testing.T) {
	text := "Title\n\nThe U.S. economy grew 3 pct. in 1989. Mr. Smith said exports rose 5% to $3bn! Imports fell.\nNext\tline  7 here"
	for _, tc := range []struct{ span, want string }{
		{"3 pct", "The U.S. economy grew 3 pct. in 1989."},
		{"5%", "Mr. Smith said exports rose 5% to $3bn!"},
		{"Imports", "Imports fell."},
		{"7", "Next line 7 here"},
		{"Title", "Title"},
	} {
		i := strings.Index(text, tc.span)
		if got := sentenceAround(text, i, i+len(tc.span)); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.span, got, tc.want)
		}
	}
	long := strings.Repeat("word ", 100) + "x 5% y " + strings.Repeat("word ", 100)
	i := strings.Index(long, "5%")
	if got := sentenceAround(long, i, i+2); !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") || !strings.Contains(got, "x 5% y") {
		t.Errorf("long sentence: %q", got)
	}
}

func TestClipAround(t *testing.T) {
	s := strings.Repeat("alpha ", 40) + "the 5.2% figure " + strings.Repeat("omega ", 40)
	got := clipAround(s, "5.2%", 100)
	if !strings.HasPrefix(got, "…alpha") || !strings.HasSuffix(got, "omega…") || !strings.Contains(got, "the 5.2% figure") {
		t.Errorf("clipAround: %q", got)
	}
	if n := len([]rune(got)); n > 102 {
		t.Errorf("clipAround: %d runes", n)
	}
	if got := clipAround("short 5%", "5%", 100); got != "short 5%" {
		t.Errorf("short: %q", got)
	}
	if got := clipAround(strings.Repeat("é", 300), "nowhere", 50); len([]rune(got)) != 51 {
		t.Errorf("multibyte: %q", got)
	}
}

// TestEvalScorePy checks that eval agrees exactly with the reference scorer
// shared/tools/score.py on the shared gold sets and on TestEval's gold: the
// JSON report byte for byte, the error lines and the summary line. The
// predictions given to score.py are those of "tradestats extract --format
// jsonl --date DATE" on each of the gold's files (DATE the gold line's),
// run from the gold's root.
func TestEvalScorePy(t *testing.T) {
	shared, err := filepath.Abs(filepath.Join("..", "..", "..", "shared"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(shared, "gold")); err != nil {
		t.Skipf("no shared dataset: %v", err)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	scoreScript := filepath.Join(shared, "tools", "score.py")
	fixture := t.TempDir()
	writeFile(t, fixture, "news/widgets.txt", evalArticle)
	writeFile(t, fixture, "gold.jsonl", oneLine(evalGold))
	for _, tc := range []struct {
		name, gold, root string
		warnings         bool
	}{
		{"seed", filepath.Join(shared, "gold", "seed.jsonl"), shared, false},
		{"dev", filepath.Join(shared, "gold", "dev.jsonl"), shared, false},
		{"fixture", filepath.Join(fixture, "gold.jsonl"), fixture, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			gold, err := readGoldFile(tc.gold)
			if err != nil {
				t.Fatal(err)
			}
			t.Chdir(tc.root)
			// Each file with its gold date, as eval extracts it.
			var files []string
			var pred string
			for _, g := range gold {
				if slices.Contains(files, g.File) {
					continue
				}
				files = append(files, g.File)
				args := []string{"extract", "--format", "jsonl", g.File}
				if g.Date != "" {
					args = append(args, "--date", g.Date)
				}
				code, out, stderr := runCmd(t, "", args...)
				if code != 0 {
					t.Fatalf("extract: exit status %d: %s", code, stderr)
				}
				pred += out
			}
			predPath := filepath.Join(t.TempDir(), "pred.jsonl")
			if err := os.WriteFile(predPath, []byte(pred), 0o644); err != nil {
				t.Fatal(err)
			}
			scorePy := func(args ...string) string {
				cmd := exec.Command(python, append([]string{scoreScript, tc.gold, predPath, "--root", tc.root}, args...)...)
				cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8")
				out, err := cmd.CombinedOutput()
				if err != nil {
					t.Fatalf("score.py: %v\n%s", err, out)
				}
				return string(out)
			}
			eval := func(args ...string) string {
				code, out, stderr := runCmd(t, "", append([]string{"eval", "--gold", tc.gold, "--root", tc.root}, args...)...)
				if code != 0 || stderr != "" && !tc.warnings {
					t.Fatalf("eval: exit status %d: %s", code, stderr)
				}
				return out
			}

			if got, want := eval("--format", "json"), scorePy("--json"); got != want {
				t.Errorf("eval --format json:\n%s\nscore.py --json:\n%s", got, want)
			}
			table := eval("--show-errors", "100000")
			if got, want := errorLines(table), errorLines(scorePy("--show-errors", "100000")); !slices.Equal(got, want) {
				t.Errorf("error lines differ:\neval:\n%s\nscore.py:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			} else if tc.name == "fixture" && len(got) != 4 {
				t.Errorf("fixture: %d error lines, want 4", len(got))
			}
			if sum := lastLine(scorePy()); !strings.Contains(table, "\n"+sum+"\n") {
				t.Errorf("summary line differs:\n%s\nscore.py:\n%s", table, sum)
			}
		})
	}
}

// errorLines returns the lines of out that are error lines.
func errorLines(out string) []string {
	var errs []string
	for _, l := range strings.Split(out, "\n") {
		if k, _, _ := strings.Cut(l, " "); k == "MISS" || k == "FALSE" || k == "SUBJ" {
			errs = append(errs, l)
		}
	}
	return errs
}

// lastLine returns the last non-empty line of s.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
