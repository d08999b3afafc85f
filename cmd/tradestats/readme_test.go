package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readmeExample is a "$ tradestats ..." line of README.md with the output
// shown under it (the lines up to the next "$ " line or the end of the
// block), if any.
type readmeExample struct {
	line int // in README.md, from 1
	cmd  string
	want []string
}

// readmeExamples finds the examples of the README's code blocks.
func readmeExamples(readme string) []readmeExample {
	var out []readmeExample
	inBlock := false
	current := -1 // the example whose output the next lines are, or -1
	for i, line := range strings.Split(readme, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			inBlock = !inBlock
			current = -1
			continue
		}
		if !inBlock {
			continue
		}
		if cmd, ok := strings.CutPrefix(strings.TrimSpace(line), "$ tradestats "); ok {
			out = append(out, readmeExample{line: i + 1, cmd: cmd})
			current = len(out) - 1
			continue
		}
		if strings.HasPrefix(line, "$ ") {
			current = -1 // another program's example
			continue
		}
		if current >= 0 {
			out[current].want = append(out[current].want, line)
		}
	}
	for i := range out {
		for len(out[i].want) > 0 && strings.TrimSpace(out[i].want[len(out[i].want)-1]) == "" {
			out[i].want = out[i].want[:len(out[i].want)-1]
		}
	}
	return out
}

// timing matches the time at the end of ingest's summary line.
var timing = regexp.MustCompile(`; [0-9]+\.[0-9]+s$`)

// normalise makes output comparable across runs: times become 0.0s.
func normalise(lines []string) string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = timing.ReplaceAllString(strings.TrimRight(l, " "), "; 0.0s")
	}
	return strings.Join(out, "\n")
}

// TestREADMEExamples runs every "$ tradestats ..." line of README.md in a
// directory with a copy of examples/ (as goawk's TestCSVDocExamples does
// for its docs), in order: each must exit 0 with nothing on stderr, and
// print what the README shows under it, when it shows anything (times
// aside), so that the README cannot drift from what the tool prints.
// "< FILE" feeds FILE on stdin; anything after "|" or ">" is the shell's
// business and is ignored.
func TestREADMEExamples(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	// The examples run in a temporary directory holding a copy of
	// examples/, so that what they write (report/, charts, the default
	// ./tradestats.db) stays out of the repository.
	work := t.TempDir()
	if err := os.CopyFS(filepath.Join(work, "examples"), os.DirFS(filepath.Join("..", "..", "examples"))); err != nil {
		t.Fatal(err)
	}
	t.Chdir(work)
	t.Setenv("TRADESTATS_DB", "")
	t.Setenv("COLUMNS", "100")
	examples := readmeExamples(string(readme))
	shown := 0
	for _, ex := range examples {
		cmdline, _, _ := strings.Cut(ex.cmd, "|")
		cmdline, _, _ = strings.Cut(cmdline, ">")
		cmdline, stdinFile, _ := strings.Cut(cmdline, "<")
		var stdin []byte
		if f := strings.TrimSpace(stdinFile); f != "" {
			if stdin, err = os.ReadFile(f); err != nil {
				t.Fatalf("README.md:%d: %v", ex.line, err)
			}
		}
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), shellWords(cmdline), bytes.NewReader(stdin), &stdout, &stderr)
		if code != 0 || stderr.Len() > 0 {
			t.Errorf("README.md:%d: $ tradestats %s: exit status %d\n%s", ex.line, ex.cmd, code, stderr.String())
		}
		if len(ex.want) == 0 {
			continue
		}
		shown++
		got := normalise(strings.Split(strings.TrimRight(stdout.String(), "\n"), "\n"))
		if want := normalise(ex.want); got != want {
			t.Errorf("README.md:%d: $ tradestats %s prints\n%s\nbut the README shows\n%s", ex.line, ex.cmd, got, want)
		}
	}
	if len(examples) == 0 || shown == 0 {
		t.Errorf("README.md: %d examples, %d with output", len(examples), shown)
	}
}

// TestREADMEExamplesParse checks how outputs are found: the lines under
// an example, up to the next example or the end of its block.
func TestREADMEExamplesParse(t *testing.T) {
	got := readmeExamples("text\n```\n$ tradestats a\nout 1\n\nout 2\n$ tradestats b\n```\nprose\n$ tradestats c\n```\n$ tradestats d\n```\n")
	if len(got) != 3 || got[0].cmd != "a" || strings.Join(got[0].want, "|") != "out 1||out 2" ||
		got[1].cmd != "b" || len(got[1].want) != 0 || got[2].cmd != "d" || got[2].line != 12 {
		t.Errorf("examples %+v", got)
	}
	if w := shellWords(`report --title "Vietnam in the news" -o 'a b'  x`); strings.Join(w, "|") != "report|--title|Vietnam in the news|-o|a b|x" {
		t.Errorf("shellWords: %q", w)
	}
}

// shellWords splits a command line at spaces, as a shell does for words in
// single or double quotes (without escapes or variables).
func shellWords(s string) []string {
	var words []string
	var w strings.Builder
	in, quote := false, rune(0)
	for _, r := range s {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			w.WriteRune(r)
		case r == '"' || r == '\'':
			quote, in = r, true
		case r == ' ' || r == '\t':
			if in {
				words = append(words, w.String())
				w.Reset()
				in = false
			}
		default:
			w.WriteRune(r)
			in = true
		}
	}
	if in {
		words = append(words, w.String())
	}
	return words
}
