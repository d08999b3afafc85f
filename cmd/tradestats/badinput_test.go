package main

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/tradestats/tradestats/stats"
)

// Bad inputs end to end: every problem is one line on stderr naming the
// file (and line) and what is wrong, the other inputs are read, binary
// data is never extracted, and the exit status is 1 when anything could
// not be read.

// writeFiles writes name → content under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// gzipString returns s gzip-compressed.
func gzipString(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// utf16LE returns s as UTF-16, little-endian, with a byte-order mark.
func utf16LE(s string) string {
	var b strings.Builder
	for _, u := range append([]uint16{0xfeff}, utf16.Encode([]rune(s))...) {
		b.WriteByte(byte(u))
		b.WriteByte(byte(u >> 8))
	}
	return b.String()
}

// utf32 returns s as UTF-32 in the byte order.
func utf32(order binary.AppendByteOrder, s string) string {
	var b []byte
	for _, r := range s {
		b = order.AppendUint32(b, uint32(r))
	}
	return string(b)
}

// badInputs is a directory of inputs, good and bad, and the order in which
// they are named on the command line.
func badInputs(t *testing.T) (dir string, paths []string) {
	t.Helper()
	dir = t.TempDir()
	// Text that does not compress, so that cutting the gzip file cuts it.
	var noise strings.Builder
	for x := uint32(7); noise.Len() < 100<<10; {
		x = x*1664525 + 1013904223
		noise.WriteByte(byte('a' + x>>27%26))
		if x%5 == 0 {
			noise.WriteByte(' ')
		}
	}
	trunc := gzipString(t, "Kept\n\nExports rose 6% in 2023.\n---\nLost\n\n"+noise.String())
	// Zero padding after gzip data (tape blocks, some compressors), which
	// gzip -t accepts: the last article is read too.
	padded := gzipString(t, "Padded\n\nMexico's exports rose 4% in 2024.\n---\nLast\n\nMexico's imports fell 3% in 2024.\n") + strings.Repeat("\x00", 1024)
	writeFiles(t, dir, map[string]string{
		"good.txt":      "Alpha\n\nExports rose 5% to $3 billion in 2024.\n",
		"empty.txt":     "",
		"scan.txt":      "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 44 >>\nstream\nExports rose 99% to $99 billion.\nendstream\n",
		"photo.md":      "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR Exports rose 99 percent",
		"archive.jsonl": "PK\x03\x04\x14\x00\x00\x00\x08\x00{\"title\":\"x\",\"body\":\"Exports rose 99%.\"}",
		"program":       "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00Exports rose 99 percent\x00\x00",
		"nodocs/a.pdf":  "%PDF-1.4\n",
		"nodocs/b.csv":  "a,b\n",
		"latin1.txt":    "Caf\xe9 trade\n\nBrazil's caf\xe9 exports rose 4% to \x802 billion in 2024, the ministry said.\n",
		"utf16.txt":     utf16LE("Wide\n\nJapan's exports rose 7% to $9 billion in 2024.\n"),
		"crlf.txt":      "Windows\r\n\r\nCanada's exports rose 3% in 2024.\r\n",
		"cr.txt":        "Mac\r\rKenya's exports rose 8% in 2024.\r",
		"bad.jsonl": `{"title":"First","body":"Peru's exports rose 2% in 2024."}` + "\n" +
			`{"title":"Broken",` + "\n" +
			`[1,2,3]` + "\n" +
			`{"title":"No body"}` + "\n" +
			`"just a string"` + "\n" +
			`{"title":"Last","body":"Chile's exports rose 9% in 2024."}` + "\n",
		"trunc.txt.gz":   trunc[:len(trunc)/2],
		"padded.txt.gz":  padded,
		"utf32.txt":      utf32(binary.LittleEndian, "\uFEFFWide32\n\nChile's exports rose 6.5% in 2024.\n"),
		"utf32be.txt":    utf32(binary.BigEndian, "\uFEFFWide32\n\nChile's imports rose 1.5% in 2024.\n"),
		"korean.html":    `<html><head><meta charset="iso-2022-kr"><title>Korea</title></head><body><p>Korea's exports rose 99%.</p></body></html>`,
		"a\u202egpj.txt": "",
		"page.html": `<html><head><title>Page</title><style>p { content: "Exports rose 99%" }</style>` +
			`<script>var claim = "Exports rose 99 percent to $99 billion";</script></head><body><article><h1>Page</h1>` +
			`<p>India&#39;s exports rose 6% to &#x20B9;5 trillion &amp; imports fell 2&nbsp;percent in 2024, the ministry said on Monday in New Delhi.</p>` +
			`<p>The trade deficit narrowed to $1 billion in the year as demand for oil from abroad slowed, the data showed.</p>` +
			`<script>document.write("Exports rose 98 percent")</script></article></body></html>`,
	})
	paths = []string{"good.txt", "missing.txt", "empty.txt", "scan.txt", "photo.md", "archive.jsonl", "program", "nodocs",
		"latin1.txt", "utf16.txt", "crlf.txt", "cr.txt", "bad.jsonl", "trunc.txt.gz", "page.html",
		"padded.txt.gz", "utf32.txt", "utf32be.txt", "korean.html", "a\u202egpj.txt"}
	return dir, paths
}

// badInputErrors are the problems with badInputs, in order, after
// "tradestats: COMMAND: ".
var badInputErrors = []string{
	"missing.txt: no such file or directory",
	"empty.txt: empty file",
	"scan.txt: binary file (a PDF document): skipped",
	"photo.md: binary file (a PNG image): skipped",
	"archive.jsonl: binary file (a ZIP archive (or .docx, .xlsx, .epub)): skipped",
	"program: binary file (an ELF executable): skipped",
	"nodocs: no files of a supported type in the directory (want .txt, .md, .jsonl, .ndjson, .html, .htm, .xml, .rss, .atom, no extension, or one of these with .gz)",
	"bad.jsonl:2: invalid JSON: unexpected end of JSON input",
	"bad.jsonl:3: record is a JSON array, not an object",
	`bad.jsonl:4: no body field ("body", "text" or "content")`,
	"bad.jsonl:5: record is a JSON string, not an object",
	"trunc.txt.gz: unexpected EOF",
	`korean.html: cannot decode "iso-2022-kr" (not supported: convert the page to UTF-8): skipped`,
	`"a\u202egpj.txt": empty file`,
}

func TestBadInputCommand(t *testing.T) {
	dir, paths := badInputs(t)
	t.Chdir(dir)
	t.Setenv("TRADESTATS_DB", filepath.Join(t.TempDir(), "t.db"))
	for _, name := range []string{"extract", "ingest"} {
		t.Run(name, func(t *testing.T) {
			args := append([]string{name}, paths...)
			if name == "extract" {
				args = append(args, "--format", "jsonl")
			}
			code, stdout, stderr := runCmd(t, "", args...)
			var want strings.Builder
			for _, e := range badInputErrors {
				fmt.Fprintf(&want, "tradestats: %s: %s\n", name, e)
			}
			if code != 1 || stderr != want.String() {
				t.Errorf("exit %d, stderr:\n%s\nwant exit 1, stderr:\n%s", code, stderr, want.String())
			}
			if name == "ingest" {
				if s := parseSummary(t, stdout); s[0] != 13 || s[2] != len(badInputErrors) {
					t.Errorf("summary %q: want 13 new articles, %d failed", stdout, len(badInputErrors))
				}
				_, stdout, _ = runCmd(t, "", "claims", "--format", "jsonl")
			}
			checkBadInputClaims(t, jsonlClaims(t, stdout))
		})
	}

	// Nothing readable: exit status 1, no output.
	bad := []string{"missing.txt", "empty.txt", "scan.txt", "nodocs"}
	code, stdout, stderr := runCmd(t, "", append([]string{"extract"}, bad...)...)
	if code != 1 || stdout != "" || strings.Count(stderr, "\n") != 4 {
		t.Errorf("extract of nothing readable: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	t.Setenv("TRADESTATS_DB", filepath.Join(t.TempDir(), "empty.db"))
	code, stdout, stderr = runCmd(t, "", append([]string{"ingest"}, bad...)...)
	if s := parseSummary(t, stdout); code != 1 || s[0] != 0 || s[2] != 4 || strings.Count(stderr, "\n") != 4 {
		t.Errorf("ingest of nothing readable: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

// checkBadInputClaims checks the claims read from badInputs: from the
// readable files only, never from binary data or scripts, converted text
// in UTF-8, offsets into the file for UTF-8 plain text.
func checkBadInputClaims(t *testing.T, claims []stats.Claim) {
	t.Helper()
	bySource := map[string][]string{}
	for _, c := range claims {
		bySource[c.Source] = append(bySource[c.Source], c.Text)
		if strings.Contains(c.Text, "99") || strings.Contains(c.Text, "98") {
			t.Errorf("%s: claim %q from binary data or a script", c.Source, c.Text)
		}
		if c.Source == "good.txt" || c.Source == "crlf.txt" || c.Source == "cr.txt" {
			b, _ := os.ReadFile(c.Source)
			if c.End > len(b) || string(b[c.Start:c.End]) != c.Text {
				t.Errorf("%s: claim %q at %d:%d is not the file's", c.Source, c.Text, c.Start, c.End)
			}
		}
	}
	want := map[string][]string{
		"good.txt":      {"5%", "$3 billion"},
		"latin1.txt":    {"4%", "€2 billion"},
		"utf16.txt":     {"7%", "$9 billion"},
		"crlf.txt":      {"3%"},
		"cr.txt":        {"8%"},
		"bad.jsonl":     {"2%", "9%"},
		"trunc.txt.gz":  {"6%"},
		"page.html":     {"6%", "₹5 trillion", "2 percent", "$1 billion"},
		"padded.txt.gz": {"4%", "3%"},
		"utf32.txt":     {"6.5%"},
		"utf32be.txt":   {"1.5%"},
	}
	for src, texts := range want {
		for _, s := range texts {
			if !slices.Contains(bySource[src], s) {
				t.Errorf("%s: no claim %q in %q", src, s, bySource[src])
			}
		}
	}
	for src := range bySource {
		if _, ok := want[src]; !ok {
			t.Errorf("claims from %s: %q", src, bySource[src])
		}
	}
}

// TestPathologicalText runs extract and ingest over text built to be slow
// or big: 100,000 digits in a row, number words repeated, a sentence of
// 2 MB, runs of symbols. Each finishes quickly with well-formed claims.
func TestPathologicalText(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"digits.txt":    "Digits\n\nExports rose " + strings.Repeat("9", 100000) + " percent in 2024.\n",
		"digits2.txt":   "Digits\n\n" + strings.Repeat("1,000,", 20000) + "000 dollars and " + strings.Repeat("0.", 20000) + "5%.\n",
		"words.txt":     "Words\n\nExports rose " + strings.Repeat("one hundred and twenty-five thousand million billion ", 20000) + "dollars.\n",
		"words2.txt":    "Words\n\nExports rose " + strings.Repeat("thousand million billion twenty-five and ", 20000) + "dollars.\n",
		"sentence.txt":  "Sentence\n\n" + strings.Repeat("exports rose 5 percent to 3 billion dollars and imports fell 2 percent, ", 30000) + "said the ministry.\n",
		"symbols.txt":   "Symbols\n\n" + strings.Repeat("$%", 50000) + strings.Repeat("(", 50000) + strings.Repeat("-", 50000) + strings.Repeat("5/", 50000) + "\n",
		"ranges.txt":    "Ranges\n\n" + strings.Repeat("5-", 100000) + " " + strings.Repeat("5 to ", 50000) + strings.Repeat("one hundred ", 50000) + "\n",
		"periods.txt":   "Periods\n\n" + strings.Repeat("In 1987, 1988, Q1 1989 and March 1990 ", 10000) + "exports rose 5%.\n",
		"unicode.txt":   "Unicode\n\n" + strings.Repeat("٣٤٥ ١٢% €€€ ５０％ ", 20000) + "\n",
		"longlines.txt": strings.Repeat(strings.Repeat("x", 150)+".\n", 20000),
	}
	writeFiles(t, dir, files)
	t.Chdir(dir)
	t.Setenv("TRADESTATS_DB", filepath.Join(t.TempDir(), "t.db"))
	var names []string
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			code, stdout, stderr := runCmd(t, "", "extract", "--format", "jsonl", name)
			elapsed := time.Since(start)
			if code != 0 || stderr != "" {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if elapsed > 20*time.Second {
				t.Errorf("extract took %v", elapsed)
			}
			in := files[name]
			for _, c := range jsonlClaims(t, stdout) {
				if c.Start < 0 || c.End > len(in) || c.Start >= c.End || in[c.Start:c.End] != c.Text {
					t.Fatalf("claim %q at %d:%d is not the file's", c.Text, c.Start, c.End)
				}
				if math.IsNaN(c.Value) || math.IsInf(c.Value, 0) || len(c.Sentence) > 5000 {
					t.Fatalf("claim %q: value %v, sentence of %d bytes", c.Text, c.Value, len(c.Sentence))
				}
			}
			if code, _, stderr := runCmd(t, "", "ingest", "-q", name); code != 0 {
				t.Fatalf("ingest: exit %d: %s", code, stderr)
			}
			t.Logf("%s: %d bytes, %d claims, %v", name, len(in), strings.Count(stdout, "\n"), elapsed.Round(time.Millisecond))
		})
	}
}

// TestBigInputs runs the command on big generated inputs — 20 MB of many
// articles, a 20 MB article on one line, a JSON Lines record of 20 MB —
// and checks that its memory stays bounded and its time grows linearly:
// 4 MB inputs of the same kind are read too, and the 20 MB ones must not
// take more than about 5 times as long.
func TestBigInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("big inputs")
	}
	dir := t.TempDir()
	para := "Exports rose 5.2% to $38.4bn in the fourth quarter, the statistics office said on Tuesday, beating forecasts of 4 percent.\n\n"
	line := "Imports fell 4 percent to 2.1 billion dollars in March. "
	gen := func(name string, size int) string {
		p := filepath.Join(dir, name)
		var b bytes.Buffer
		switch {
		case strings.Contains(name, "many"):
			for i := 0; b.Len() < size; i++ {
				fmt.Fprintf(&b, "Report %d\n\n%s%s---\n", i, para, strings.ReplaceAll(para, "5.2%", fmt.Sprintf("%d.%d%%", i%50, i%10)))
			}
		case strings.Contains(name, "line"):
			for b.Len() < size {
				b.WriteString(line)
			}
		case strings.Contains(name, "record"):
			body := strings.Repeat(line, size/len(line))
			b.WriteString(`{"title":"small","body":"Exports rose 5%."}` + "\n")
			json.NewEncoder(&b).Encode(map[string]string{"title": "big", "body": body})
			b.WriteString(`{"title":"after","body":"Exports rose 7%."}` + "\n")
		}
		if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// measure runs the command in a process and returns its time and peak
	// memory, as the kernel's high-water mark of its resident set
	// (/proc/PID/status VmHWM) read while it runs: the rusage of a child
	// of this process would count this process's memory too, as Go starts
	// children sharing its memory until they exec.
	measure := func(t *testing.T, args ...string) (time.Duration, int64) {
		cmd := toolCommand(args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		start := time.Now()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		var peak int64
		done := make(chan struct{})
		polled := make(chan struct{})
		go func() {
			defer close(polled)
			status := fmt.Sprintf("/proc/%d/status", cmd.Process.Pid)
			for {
				if b, err := os.ReadFile(status); err == nil {
					if i := bytes.Index(b, []byte("VmHWM:")); i >= 0 {
						var kb int64
						fmt.Sscan(string(b[i+len("VmHWM:"):]), &kb)
						peak = max(peak, kb<<10)
					}
				}
				select {
				case <-done:
					return
				case <-time.After(5 * time.Millisecond):
				}
			}
		}()
		err := cmd.Wait()
		close(done)
		<-polled
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stderr.String())
		}
		return time.Since(start), peak
	}
	summary := regexp.MustCompile(`^ingest: (\d+) new`)
	for _, kind := range []string{"many.txt", "line.txt", "record.jsonl"} {
		t.Run(kind, func(t *testing.T) {
			small := gen("small-"+kind, 4<<20)
			big := gen(kind, 20<<20)
			tSmall, _ := measure(t, "extract", "--format", "jsonl", small)
			tBig, rss := measure(t, "extract", "--format", "jsonl", big)
			t.Logf("extract: 4 MB %v, 20 MB %v, %d MB peak", tSmall.Round(time.Millisecond), tBig.Round(time.Millisecond), rss>>20)
			if tBig > 8*tSmall+2*time.Second {
				t.Errorf("extract of 20 MB took %v, of 4 MB %v: not linear", tBig, tSmall)
			}
			if rss > 640<<20 {
				t.Errorf("extract of 20 MB: %d MB peak memory", rss>>20)
			}
			if kind == "many.txt" {
				return // ingest of many articles: TestIngestKilled and the benchmarks
			}
			db := filepath.Join(dir, kind+".db")
			tIngest, rss := measure(t, "ingest", "-q", "--db", db, big)
			t.Logf("ingest: 20 MB %v, %d MB peak", tIngest.Round(time.Millisecond), rss>>20)
			if rss > 640<<20 {
				t.Errorf("ingest of 20 MB: %d MB peak memory", rss>>20)
			}
			out, err := toolCommand("ingest", "--db", db, big).Output()
			if err != nil || summary.FindStringSubmatch(string(out)) == nil || !strings.HasPrefix(string(out), "ingest: 0 new") {
				t.Errorf("ingest again: %q, %v", out, err)
			}
		})
	}
}

// TestStdinBinary checks that standard input is checked as files are.
func TestStdinBinary(t *testing.T) {
	code, stdout, stderr := runCmd(t, "%PDF-1.4\nExports rose 99%.\n", "extract", "-")
	if code != 1 || stdout != "" || stderr != "tradestats: extract: -: binary file (a PDF document): skipped\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, stdout, _ = runCmd(t, utf16LE("Exports rose 5% in 2024.\n"), "extract", "--format", "jsonl", "-")
	if code != 0 || !strings.Contains(stdout, `"text":"5%"`) {
		t.Errorf("UTF-16 on stdin: exit %d, %q", code, stdout)
	}
}

// TestBadInputMore runs commands on the bad inputs of issue 18 that need a
// command of their own: each gives its one-line message, or the right
// output, and the exit status.
func TestBadInputMore(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("TRADESTATS_DB", filepath.Join(dir, "t.db"))
	if code, _, stderr := runCmd(t, "", "ingest", "-q", filepath.Join(testDir, examples)); code != 0 {
		t.Fatal(stderr)
	}
	tests := []struct {
		name   string
		files  map[string]string
		args   []string
		code   int
		stderr string // exactly
		stdout string // contained in stdout
	}{
		{name: "negative zero printed as claims prints it",
			files: map[string]string{"zero.txt": "Flat\n\nGrowth was -0.0% in 2024, and inflation minus 0 percent.\n"},
			args:  []string{"extract", "--format", "jsonl", "zero.txt"}, stdout: `"text":"-0.0%","start":17,"end":22,"value":0,`},
		{name: "negative zero in csv",
			files: map[string]string{"zero.txt": "Flat\n\nGrowth was -0.0% in 2024.\n"},
			args:  []string{"extract", "--format", "csv", "zero.txt"}, stdout: "'-0.0%,17,22,0,,percent"},
		{name: "metrics line too long",
			files: map[string]string{"m.tsv": "trade surplus\tsurplus\nexports\t" + strings.Repeat("x", 2<<20) + "\n"},
			args:  []string{"compare", "--metrics", "m.tsv"}, code: 1,
			stderr: "tradestats: compare: m.tsv:2: line longer than 1 MiB\n"},
		{name: "JSON line over 64 MiB",
			files: map[string]string{"big.jsonl": `{"title":"A","body":"Exports rose 5%."}` + "\n" +
				`{"title":"B","body":"` + strings.Repeat("x", 64<<20) + `"}` + "\n" + `{"title":"C","body":"Imports fell 7%."}` + "\n"},
			args: []string{"extract", "--format", "jsonl", "big.jsonl"}, code: 1,
			stderr: "tradestats: extract: big.jsonl:2: line larger than 64 MiB: not read\n", stdout: `"text":"7%"`},
		{name: "bidirectional override in a missing file's name",
			args: []string{"ingest", "report\u202etxt.exe.txt"}, code: 1,
			stderr: `tradestats: ingest: "report\u202etxt.exe.txt": no such file or directory` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if testing.Short() && strings.Contains(tt.name, "64 MiB") {
				t.Skip("big input")
			}
			writeFiles(t, dir, tt.files)
			code, stdout, stderr := runCmd(t, "", tt.args...)
			if code != tt.code || stderr != tt.stderr || !strings.Contains(stdout, tt.stdout) {
				t.Errorf("exit %d, stderr %q, stdout %.300q; want exit %d, stderr %q, stdout with %q",
					code, stderr, stdout, tt.code, tt.stderr, tt.stdout)
			}
		})
	}
}
