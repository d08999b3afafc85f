package main

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestChartCommand draws each kind of chart of the examples as PNG and
// SVG, with what is drawn chosen and given.
func TestChartCommand(t *testing.T) {
	ingestExamples(t)
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		what string // in the line on stdout
	}{
		{"compare", []string{"--kind", "compare"}, "compare: APEC's share of world GDP"},
		{"compare given", []string{"--kind", "compare", "--subject", "Asia-Pacific Economic Cooperation", "--metric", "of global output"}, "compare: APEC's share of world GDP"},
		{"shares", []string{"--kind", "shares"}, "shares: share of world trade, 5 subjects"},
		{"shares given", []string{"--kind", "SHARES", "--metric", "share of global trade"}, "shares: share of world trade, 5 subjects"},
		{"timeline", []string{"--kind", "timeline"}, "timeline: South Korea's trade surplus, 5 periods"},
		{"timeline given", []string{"--kind", "timeline", "--subject", "Vietnam", "--metric", "export growth"}, "timeline: Vietnam's exports growth, 4 periods"},
		{"overview", []string{"--kind", "overview"}, "overview: claims per subject"},
	}
	for _, tt := range tests {
		for _, ext := range []string{".png", ".svg", ".PNG"} {
			t.Run(tt.name+ext, func(t *testing.T) {
				out := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+ext)
				code, stdout, stderr := runCmd(t, "", append([]string{"chart", "-o", out}, tt.args...)...)
				if code != 0 || stderr != "" {
					t.Fatalf("exit %d: %s", code, stderr)
				}
				if want := "chart: wrote " + out + " (" + tt.what; !strings.HasPrefix(stdout, want) {
					t.Errorf("stdout %q, want %q...", stdout, want)
				}
				b, err := os.ReadFile(out)
				if err != nil {
					t.Fatal(err)
				}
				if ext == ".svg" {
					if !bytes.Contains(b, []byte("<svg")) || !bytes.Contains(b, []byte("sans-serif")) {
						t.Errorf("%s: not an SVG with a sans-serif font", out)
					}
					return
				}
				cfg, err := png.DecodeConfig(bytes.NewReader(b))
				if !bytes.HasPrefix(b, []byte(pngMagic)) || err != nil || cfg.Width != 1280 {
					t.Errorf("%s: not a 1280-pixel PNG: %v", out, err)
				}
			})
		}
	}
	if tmp, _ := filepath.Glob(filepath.Join(dir, ".*")); len(tmp) > 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
}

func TestChartErrors(t *testing.T) {
	ingestExamples(t)
	dir := t.TempDir()
	empty := emptyDB(t, dir)
	file := filepath.Join(dir, "x.png")
	for _, tt := range []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"unknown kind", []string{"--kind", "pie", "-o", file}, 2, `unknown kind "pie"`},
		{"no kind", []string{"-o", file}, 2, "no --kind"},
		{"no output", []string{"--kind", "overview"}, 2, "no -o FILE"},
		{"bad extension", []string{"--kind", "overview", "-o", filepath.Join(dir, "x.jpg")}, 2, `unknown chart format ".jpg"`},
		{"no extension", []string{"--kind", "overview", "-o", filepath.Join(dir, "x")}, 2, "no file extension"},
		{"argument", []string{"--kind", "overview", "-o", file, "examples"}, 2, "unexpected argument"},
		{"overview with subject", []string{"--kind", "overview", "--subject", "APEC", "-o", file}, 2, "do not apply"},
		{"shares with subject", []string{"--kind", "shares", "--subject", "APEC", "-o", file}, 2, "--subject does not apply"},
		{"no such group", []string{"--kind", "compare", "--subject", "Atlantis", "-o", file}, 1, "no figure of Atlantis is stated by two or more articles"},
		{"one article", []string{"--kind", "compare", "--subject", "Vietnam", "--metric", "exports", "-o", file}, 1, "no figure of Vietnam · exports"},
		{"no timeline", []string{"--kind", "timeline", "--subject", "APEC", "-o", file}, 1, "three or more periods"},
		{"no shares", []string{"--kind", "shares", "--metric", "exports", "-o", file}, 1, "no share figures of exports"},
		{"empty database", []string{"--kind", "overview", "--db", empty, "-o", file}, 1, "holds no claims"},
		{"no database", []string{"--kind", "overview", "--db", filepath.Join(dir, "none.db"), "-o", file}, 1, "no database"},
		{"unwritable", []string{"--kind", "overview", "-o", filepath.Join(dir, "no", "dir.png")}, 1, filepath.Join(dir, "no", "dir.png") + ": no such file or directory"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, "", append([]string{"chart"}, tt.args...)...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) || stdout != "" {
				t.Errorf("exit %d, %q, %q; want %d, %q", code, stdout, stderr, tt.code, tt.stderr)
			}
			if tt.code == 2 && !strings.Contains(stderr, "usage: tradestats chart") {
				t.Errorf("no usage line: %q", stderr)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 { // empty.db
				t.Errorf("files written: %v", entries)
			}
		})
	}
}
