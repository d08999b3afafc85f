package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestREADMEExamples runs every "$ tradestats ..." line of README.md in a
// directory with a copy of examples/ (as goawk's TestCSVDocExamples does
// for its docs): each must exit 0 with nothing on stderr. "< FILE" feeds
// FILE on stdin; anything after "|" or ">" is the shell's business and is
// ignored.
func TestREADMEExamples(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	// The examples run in a temporary directory holding a copy of
	// examples/, so that what they write (report/, charts) stays out of the
	// repository.
	work := t.TempDir()
	if err := os.CopyFS(filepath.Join(work, "examples"), os.DirFS(filepath.Join("..", "..", "examples"))); err != nil {
		t.Fatal(err)
	}
	t.Chdir(work)
	// The dataset examples (ingest, claims, ...) use a database of their
	// own rather than ./tradestats.db in the repository.
	t.Setenv("TRADESTATS_DB", filepath.Join(t.TempDir(), "readme.db"))
	n := 0
	for _, line := range strings.Split(string(readme), "\n") {
		cmdline, ok := strings.CutPrefix(strings.TrimSpace(line), "$ tradestats ")
		if !ok {
			continue
		}
		n++
		cmdline, _, _ = strings.Cut(cmdline, "|")
		cmdline, _, _ = strings.Cut(cmdline, ">")
		cmdline, stdinFile, _ := strings.Cut(cmdline, "<")
		var stdin []byte
		if f := strings.TrimSpace(stdinFile); f != "" {
			if stdin, err = os.ReadFile(f); err != nil {
				t.Fatalf("%s: %v", line, err)
			}
		}
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), strings.Fields(cmdline), bytes.NewReader(stdin), &stdout, &stderr)
		if code != 0 || stderr.Len() > 0 {
			t.Errorf("%s: exit status %d\n%s", line, code, stderr.String())
		}
	}
	if n == 0 {
		t.Error("no $ tradestats examples in README.md")
	}
}
