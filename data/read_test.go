package data

import (
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
			`!report.pdf: unsupported file type ".pdf" (want .txt, .md, .jsonl, .ndjson or no extension) plain:Plain`},
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
