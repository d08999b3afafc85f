package data

import (
	"errors"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/tradestats/tradestats/stats"
)

// Bad inputs, generated here rather than committed: binary files, odd
// encodings and line ends, empty files and directories, truncated and
// disguised gzip data, oversized inputs.

// A minimal file of each binary format: its signature and some bytes.
var binaries = map[string]string{
	"pdf":    "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
	"png":    "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01",
	"jpeg":   "\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01",
	"gif":    "GIF89a\x01\x00\x01\x00\x80\x00\x00",
	"zip":    "PK\x03\x04\x14\x00\x00\x00\x08\x00word/document.xml",
	"elf":    "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00",
	"sqlite": "SQLite format 3\x00\x10\x00\x01\x01\x00@  ",
	"doc":    "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00\x00\x00",
	"nul":    "Exports rose 5%\x00\x00\x00\x01\x02 to $3bn",
	"bzip2":  "BZh91AY&SY\x00\x01\x02",
}

// utf16Bytes encodes s as UTF-16 with the byte order and an optional BOM.
func utf16Bytes(s string, bigEndian, bom bool) string {
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xfeff}, units...)
	}
	var b strings.Builder
	for _, u := range units {
		if bigEndian {
			b.WriteByte(byte(u >> 8))
			b.WriteByte(byte(u))
		} else {
			b.WriteByte(byte(u))
			b.WriteByte(byte(u >> 8))
		}
	}
	return b.String()
}

// utf32String encodes s as UTF-32 with the byte order and an optional BOM.
func utf32String(s string, bigEndian, bom bool) string {
	if bom {
		s = "\uFEFF" + s
	}
	var b strings.Builder
	for _, r := range s {
		u := uint32(r)
		if bigEndian {
			b.Write([]byte{byte(u >> 24), byte(u >> 16), byte(u >> 8), byte(u)})
		} else {
			b.Write([]byte{byte(u), byte(u >> 8), byte(u >> 16), byte(u >> 24)})
		}
	}
	return b.String()
}

// walkRender walks paths with r and renders each article as
// "Source:Title" (spaces as "_") and each warning as "!message", checking
// that every warning is a one-line *InputError and failed counts them.
func walkRender(t *testing.T, paths []string, stdin string) (string, []stats.Article) {
	t.Helper()
	var out []string
	var arts []stats.Article
	nwarn := 0
	r := &Reader{
		Stdin: strings.NewReader(stdin),
		Warn: func(err error) {
			nwarn++
			var ie *InputError
			if !errors.As(err, &ie) || ie.Path == "" {
				t.Errorf("warning %v is not an *InputError with a path", err)
			}
			if strings.ContainsAny(err.Error(), "\n\r") {
				t.Errorf("warning %q is not one line", err)
			}
			out = append(out, "!"+err.Error())
		},
	}
	failed, err := r.Walk(paths, func(a *stats.Article) error {
		out = append(out, a.Source+":"+strings.ReplaceAll(a.Title, " ", "_"))
		arts = append(arts, *a)
		if a.ID != stats.ArticleID(a.Text) && a.Text != "" {
			t.Errorf("%s: ID %s is not the text's", a.Source, a.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if failed != nwarn {
		t.Errorf("failed = %d, want %d (the warnings)", failed, nwarn)
	}
	return strings.Join(out, " "), arts
}

func TestWalkBadInput(t *testing.T) {
	t.Chdir(t.TempDir())
	text := "Alpha\n\nExports rose 5% to $3 billion in 2024.\n"
	files := map[string]string{
		"ok.txt":                text,
		"empty.txt":             "",
		"empty.jsonl":           "",
		"empty.html":            "",
		"empty.xml":             "",
		"empty.txt.gz":          "",
		"gzempty.txt.gz":        gz(t, ""),
		"blank.txt":             " \n\t\r\n",
		"nodocs/a.pdf":          binaries["pdf"],
		"nodocs/b.csv":          "a,b\n1,2\n",
		"nodocs/.hidden.txt":    text,
		"emptydir/.keep":        "",
		"pdf.txt":               binaries["pdf"],
		"png.md":                binaries["png"],
		"jpeg":                  binaries["jpeg"],
		"gif.html":              binaries["gif"],
		"zip.jsonl":             binaries["zip"],
		"elf":                   binaries["elf"],
		"db.txt":                binaries["sqlite"],
		"doc.xml":               binaries["doc"],
		"nul.txt":               binaries["nul"],
		"bz.txt":                binaries["bzip2"],
		"pdf.txt.gz":            gz(t, binaries["pdf"]),
		"mixed/a.txt":           text,
		"mixed/b.txt":           binaries["pdf"],
		"mixed/c.txt":           "",
		"disguised.jsonl":       gz(t, `{"title":"Gzipped","body":"Exports rose 5%."}`+"\n"),
		"disguised.txt":         gz(t, text),
		"controls.txt":          strings.Repeat("\x01\x02\x03\x04 text ", 50),
		"escapes.txt":           "Colour\n\n\x1b[1mExports\x1b[0m rose 5%.\n",
		"truncated.txt.gz":      truncatedGzip(t),
		"padded.txt.gz":         gz(t, "First\n\nExports rose 5%.\n---\nLast\n\nImports fell 2%.\n") + strings.Repeat("\x00", 5000),
		"twomembers.txt.gz":     gz(t, "First\n\nExports rose 5%.\n---\n") + gz(t, "Last\n\nImports fell 2%.\n") + "\x00\x00",
		"garbage.txt.gz":        gz(t, "First\n\nExports rose 5%.\n---\nLast\n\nImports fell 2%.\n") + "junk at the end",
		"korean.html":           `<html><head><meta charset="iso-2022-kr"><title>K</title></head><body><p>Exports rose 5%.</p></body></html>`,
		"hz.html.gz":            gz(t, `<meta http-equiv="Content-Type" content="text/html; charset=HZ-GB-2312"><p>Exports rose 5%.</p>`),
		"zerosgarbage.txt.gz":   gz(t, "First\n\nExports rose 5%.\n---\nLast\n\nImports fell 2%.\n") + "\x00\x00junk",
		"mz.txt":                "MZ Exports\n\nMZ is a plain word here.\n",
		"bzh.txt":               "BZh is not bzip2\n\nExports rose.\n",
		"notgzip.txt":           "\x1f\x8b is not always gzip\n",
		"symbols.txt":           "Signs\n\n\u2022 Exports rose 5%.\n",
		"controls-few.txt":      "Form\n\nExports\v rose\x07 5%.\n",
		"feed-binary.rss":       binaries["nul"],
		"sub/deeper/x.pdf.gz":   gz(t, binaries["pdf"]),
		"sub/deeper/notes.docx": binaries["zip"],
	}
	makeTree(t, files)
	supported := " (want " + supportedTypes + ")"
	tests := []struct {
		name  string
		paths []string
		want  string
	}{
		{"empty files", []string{"empty.txt", "empty.jsonl", "empty.html", "empty.xml", "empty.txt.gz", "gzempty.txt.gz", "ok.txt"},
			"!empty.txt: empty file !empty.jsonl: empty file !empty.html: empty file !empty.xml: empty file !empty.txt.gz: empty file !gzempty.txt.gz: empty file ok.txt:Alpha"},
		{"blank file gives nothing", []string{"blank.txt", "ok.txt"}, "ok.txt:Alpha"},
		{"directory without supported files", []string{"nodocs", "ok.txt"}, "!nodocs: no files of a supported type in the directory" + supported + " ok.txt:Alpha"},
		{"directory with hidden files only", []string{"emptydir/"}, "!emptydir/: no files of a supported type in the directory" + supported},
		{"binary files", []string{"pdf.txt", "png.md", "jpeg", "gif.html", "zip.jsonl", "elf", "db.txt", "doc.xml", "nul.txt", "bz.txt", "pdf.txt.gz", "feed-binary.rss", "ok.txt"},
			"!pdf.txt: binary file (a PDF document): skipped !png.md: binary file (a PNG image): skipped !jpeg: binary file (a JPEG image): skipped " +
				"!gif.html: binary file (a GIF image): skipped !zip.jsonl: binary file (a ZIP archive (or .docx, .xlsx, .epub)): skipped " +
				"!elf: binary file (an ELF executable): skipped !db.txt: binary file (a SQLite database): skipped " +
				"!doc.xml: binary file (an old Microsoft Office document (.doc, .xls)): skipped !nul.txt: binary file (binary data): skipped " +
				"!bz.txt: binary file (bzip2-compressed data): skipped !pdf.txt.gz: binary file (a PDF document): skipped " +
				"!feed-binary.rss: binary file (binary data): skipped ok.txt:Alpha"},
		{"binary in a directory", []string{"mixed"}, "mixed/a.txt:Alpha !mixed/b.txt: binary file (a PDF document): skipped !mixed/c.txt: empty file"},
		{"unsupported types in a directory are not read", []string{"sub"}, "!sub: no files of a supported type in the directory" + supported},
		{"gzip without .gz", []string{"disguised.jsonl", "disguised.txt"}, "disguised.jsonl:Gzipped disguised.txt:Alpha"},
		{"control characters", []string{"controls.txt", "escapes.txt", "controls-few.txt"},
			"!controls.txt: binary file (binary data): skipped escapes.txt:Colour controls-few.txt:Form"},
		{"text that starts like a signature", []string{"mz.txt", "bzh.txt", "notgzip.txt", "symbols.txt"},
			"mz.txt:MZ_Exports bzh.txt:BZh_is_not_bzip2 notgzip.txt:\x1f‹_is_not_always_gzip symbols.txt:Signs"},
		{"truncated gzip after an article", []string{"truncated.txt.gz", "ok.txt"}, "truncated.txt.gz:First !truncated.txt.gz: unexpected EOF ok.txt:Alpha"},
		{"charsets that cannot be decoded", []string{"korean.html", "hz.html.gz", "ok.txt"},
			`!korean.html: cannot decode "iso-2022-kr" (not supported: convert the page to UTF-8): skipped ` +
				`!hz.html.gz: cannot decode "HZ-GB-2312" (not supported: convert the page to UTF-8): skipped ok.txt:Alpha`},
		{"gzip with zero padding", []string{"padded.txt.gz", "twomembers.txt.gz"},
			"padded.txt.gz:First padded.txt.gz:Last twomembers.txt.gz:First twomembers.txt.gz:Last"},
		{"gzip with trailing garbage keeps the data", []string{"garbage.txt.gz", "zerosgarbage.txt.gz"},
			"garbage.txt.gz:First garbage.txt.gz:Last !garbage.txt.gz: trailing bytes after the gzip data (not gzip): ignored " +
				"zerosgarbage.txt.gz:First zerosgarbage.txt.gz:Last !zerosgarbage.txt.gz: bytes after the zero padding of the gzip data: ignored"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := walkRender(t, tt.paths, "")
			if want := filepath.FromSlash(tt.want); got != want {
				t.Errorf("got  %s\nwant %s", got, want)
			}
		})
	}
}

// truncatedGzip returns a gzip file cut off in the middle: a whole first
// article, then a second whose end is lost.
func truncatedGzip(t *testing.T) string {
	// Text that does not compress, so that the cut falls in it.
	var b strings.Builder
	b.WriteString("First\n\nExports rose 5% in 2024.\n---\nSecond\n\n")
	x := uint32(1)
	for b.Len() < 200<<10 {
		x = x*1664525 + 1013904223
		b.WriteString(string(rune('a' + x>>27%26)))
		if x%7 == 0 {
			b.WriteByte(' ')
		}
	}
	z := gz(t, b.String())
	return z[:len(z)/2]
}

// TestWalkStdinBinary checks that standard input is sniffed too, and that
// empty standard input is no error.
func TestWalkStdinBinary(t *testing.T) {
	for _, tt := range []struct{ stdin, want string }{
		{"", ""},
		{binaries["pdf"], "!-: binary file (a PDF document): skipped"},
		{gz(t, "Title\n\nExports rose.\n"), "-:Title"},
		{utf16Bytes("Title\n\nExports rose.\n", false, true), "-:Title"},
	} {
		if got, _ := walkRender(t, []string{"-"}, tt.stdin); got != tt.want {
			t.Errorf("stdin %q: got %s, want %s", tt.stdin, got, tt.want)
		}
	}
}

// TestWalkEncodings reads the same article in every encoding and line
// ending: the title and text come out the same, in UTF-8, and for files
// that are UTF-8 the offsets are into the file.
func TestWalkEncodings(t *testing.T) {
	t.Chdir(t.TempDir())
	const title = "Café exports “rise”"
	const body = "Brazil's café exports rose 5% to €3 billion in 2024, the ministry said.\n\nImports fell 2 percent."
	utf8Text := title + "\n\n" + body + "\n"
	latin1 := "Caf\xe9 exports rose\n\nBrazil's caf\xe9 exports rose 5% in 2024. Na\xefve \xbd.\n"
	cp1252 := "Caf\xe9 exports \x93rise\x94\n\nBrazil's caf\xe9 exports rose 5% to \x803 billion in 2024, the ministry said.\n\nImports fell 2 percent.\n"
	invalid := "Exports \xff rose\n\nBrazil's café exports rose 5% to €3 billion in 2024. Crème brûlée.\n"
	files := map[string]string{
		"utf8.txt":      utf8Text,
		"bom.txt":       "\uFEFF" + utf8Text,
		"utf16le.txt":   utf16Bytes(utf8Text, false, true),
		"utf16be.txt":   utf16Bytes(utf8Text, true, true),
		"utf16le-nobom": utf16Bytes(utf8Text, false, false),
		"utf16be-nobom": utf16Bytes(utf8Text, true, false),
		"utf16odd.txt":  utf16Bytes(utf8Text, false, true) + "x",
		"utf32le.txt":   utf32String(utf8Text, false, true),
		"utf32be.txt":   utf32String(utf8Text, true, true),
		"utf32le-nobom": utf32String(utf8Text, false, false),
		"utf32be-nobom": utf32String(utf8Text, true, false),
		"utf32.html": utf32String(`<html><head><title>Café exports</title></head><body><article><h1>Café exports</h1><p>Brazil's café exports rose 5% to €3 billion in 2024, the ministry said on Tuesday in Brasilia.</p>`+
			strings.Repeat(`<p>Imports fell 2 percent in the year as demand for machinery from abroad slowed sharply.</p>`, 5)+`</article></body></html>`, true, true),
		"utf32.jsonl":    utf32String(`{"title":"`+title+`","body":"`+strings.ReplaceAll(body, "\n", `\n`)+`"}`+"\n", false, true),
		"latin1.txt":     latin1,
		"cp1252.txt":     cp1252,
		"cp1252.txt.gz":  gz(t, cp1252),
		"invalid.txt":    invalid,
		"crlf.txt":       strings.ReplaceAll(utf8Text, "\n", "\r\n"),
		"cr.txt":         strings.ReplaceAll(utf8Text, "\n", "\r"),
		"latin1-late.md": strings.Repeat("Exports rose 5% in 2024, the ministry said on Tuesday.\n", 2000) + "Caf\xe9 \xe0 la cr\xe8me.\n",
		"utf16.jsonl":    utf16Bytes(`{"title":"`+title+`","body":"`+strings.ReplaceAll(body, "\n", `\n`)+`"}`+"\n", false, true),
		"cp1252.jsonl":   `{"title":"Caf` + "\xe9" + ` exports \u201crise\u201d","body":"Brazil's caf` + "\xe9" + ` exports rose 5% to ` + "\x80" + `3 billion in 2024."}` + "\n",
		"cp1252.html": `<html><head><meta charset="windows-1252"><title>Caf` + "\xe9" + ` exports</title></head><body><article><h1>Caf` + "\xe9" +
			` exports</h1><p>Brazil's caf` + "\xe9" + ` exports rose 5% to ` + "\x80" + `3 billion in 2024, the ministry said on Tuesday in Brasilia.</p>` +
			strings.Repeat(`<p>Imports fell 2 percent in the year as demand for machinery from abroad slowed sharply.</p>`, 5) + `</article></body></html>`,
		"utf16.html": utf16Bytes(`<html><head><title>Café exports</title></head><body><article><h1>Café exports</h1><p>Brazil's café exports rose 5% to €3 billion in 2024, the ministry said on Tuesday in Brasilia.</p>`+
			strings.Repeat(`<p>Imports fell 2 percent in the year as demand for machinery from abroad slowed sharply.</p>`, 5)+`</article></body></html>`, false, true),
		"latin1.rss": `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>x</title><item><title>Caf` + "\xe9" +
			` exports</title><description>Brazil's caf` + "\xe9" + ` exports rose 5% in 2024.</description></item></channel></rss>`,
		"utf16.rss": utf16Bytes(`<?xml version="1.0" encoding="UTF-16"?><rss version="2.0"><channel><title>x</title><item><title>Café exports</title><description>Brazil's café exports rose 5% in 2024.</description></item></channel></rss>`, false, true),
	}
	makeTree(t, files)
	tests := []struct {
		path      string
		title     string
		contains  []string // in the text
		fileRange bool     // the text is file[Base:Base+len(Text)]
	}{
		{"utf8.txt", title, []string{"café exports rose 5% to €3 billion"}, true},
		{"bom.txt", title, []string{"café exports rose 5% to €3 billion"}, true},
		{"utf16le.txt", title, []string{"café exports rose 5% to €3 billion"}, false},
		{"utf16be.txt", title, []string{"café exports rose 5% to €3 billion"}, false},
		{"utf16le-nobom", title, []string{"café exports rose 5% to €3 billion"}, false},
		{"utf16be-nobom", title, []string{"café exports rose 5% to €3 billion"}, false},
		{"utf16odd.txt", title, []string{"Imports fell 2 percent.\n\ufffd"}, false},
		{"utf32le.txt", title, []string{"café exports rose 5% to €3 billion"}, false},
		{"utf32be.txt", title, []string{"café exports rose 5% to €3 billion"}, false},
		{"utf32le-nobom", title, []string{"café exports rose 5% to €3 billion"}, false},
		{"utf32be-nobom", title, []string{"café exports rose 5% to €3 billion"}, false},
		{"utf32.html", "Café exports", []string{"café exports rose 5% to €3 billion"}, false},
		{"utf32.jsonl", title, []string{"café exports rose 5% to €3 billion"}, false},
		{"latin1.txt", "Café exports rose", []string{"Brazil's café exports", "Naïve ½."}, false},
		{"cp1252.txt", title, []string{"café exports rose 5% to €3 billion"}, false},
		{"cp1252.txt.gz", title, []string{"café exports rose 5% to €3 billion"}, false},
		{"invalid.txt", "Exports \xff rose", []string{"café exports rose 5% to €3 billion in"}, true},
		{"crlf.txt", title, []string{"café exports rose 5% to €3 billion"}, true},
		{"cr.txt", title, []string{"café exports rose 5% to €3 billion"}, true},
		{"latin1-late.md", "latin1-late", []string{"Café à la crème."}, false},
		{"utf16.jsonl", title, []string{"café exports rose 5% to €3 billion"}, false},
		{"cp1252.jsonl", title, []string{"café exports rose 5% to €3 billion"}, false},
		{"cp1252.html", "Café exports", []string{"café exports rose 5% to €3 billion"}, false},
		{"utf16.html", "Café exports", []string{"café exports rose 5% to €3 billion"}, false},
		{"latin1.rss", "Café exports", []string{"café exports rose 5%"}, false},
		{"utf16.rss", "Café exports", []string{"café exports rose 5%"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			got, arts := walkRender(t, []string{tt.path}, "")
			if len(arts) != 1 {
				t.Fatalf("got %s, want one article", got)
			}
			a := arts[0]
			if a.Title != tt.title {
				t.Errorf("title %q, want %q", a.Title, tt.title)
			}
			for _, s := range tt.contains {
				if !strings.Contains(a.Text, s) {
					t.Errorf("text %q does not contain %q", a.Text, s)
				}
			}
			if tt.path != "invalid.txt" && !utf8.ValidString(a.Text) {
				t.Errorf("text %q is not valid UTF-8", a.Text)
			}
			if tt.fileRange {
				if f := files[tt.path]; a.Base+len(a.Text) > len(f) || f[a.Base:a.Base+len(a.Text)] != a.Text {
					t.Errorf("text is not file[%d:%d]", a.Base, a.Base+len(a.Text))
				}
			}
			// The claims are the same whatever the encoding or line ends.
			want := claimTexts(stats.Extract(&stats.Article{Text: strings.TrimSpace(utf8Text)}))
			if (strings.HasPrefix(tt.path, "utf16") || strings.HasPrefix(tt.path, "utf32")) && !strings.HasSuffix(tt.path, ".rss") && !strings.HasSuffix(tt.path, ".html") && tt.path != "utf16odd.txt" ||
				tt.path == "bom.txt" || strings.HasPrefix(tt.path, "cr") || tt.path == "utf8.txt" || tt.path == "cp1252.txt" {
				if got := claimTexts(stats.Extract(&a)); got != want {
					t.Errorf("claims %s, want %s", got, want)
				}
			}
		})
	}
}

// claimTexts renders claims as "text=value" joined with " ".
func claimTexts(cs []stats.Claim) string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Text)
	}
	return strings.Join(out, " ")
}

// TestLineEnds checks that CRLF and CR-only text split into the same
// articles as LF text, at the same offsets.
func TestLineEnds(t *testing.T) {
	for _, tt := range splitTests {
		if strings.Contains(tt.in, "\r") {
			continue
		}
		source := tt.source
		if source == "" {
			source = "dir/file.txt"
		}
		for _, nl := range []string{"\r\n", "\r"} {
			in := strings.ReplaceAll(tt.in, "\n", nl)
			arts := SplitText(source, in)
			checkSplit(t, source, in, arts)
			if got := renderSplitNL(arts, nl); got != tt.want {
				t.Errorf("%s with %q line ends: got %q, want %q", tt.name, nl, got, tt.want)
			}
		}
	}
}

// renderSplitNL is renderSplit for text with line ends nl.
func renderSplitNL(arts []stats.Article, nl string) string {
	var parts []string
	for _, a := range arts {
		parts = append(parts, a.Title+"("+strconv.Itoa(strings.Count(a.Text, nl)+1)+")")
	}
	return strings.Join(parts, "|")
}

// TestTextStream checks that reading plain text as a stream, in pieces of
// every size, gives what SplitText gives for the whole text.
func TestTextStream(t *testing.T) {
	inputs := []string{"", "\r", "---", "a\r", "x\r\n---\r\ny\r"}
	for _, tt := range splitTests {
		inputs = append(inputs, tt.in, strings.ReplaceAll(tt.in, "\n", "\r"))
	}
	for _, in := range inputs {
		checkStream(t, in)
	}
}

// checkStream compares textStream, reading in in several ways, with
// SplitText(in).
func checkStream(t *testing.T, in string) {
	t.Helper()
	want := SplitText("s.txt", in)
	for _, r := range streamReaders(in) {
		got := streamText(t, r)
		if len(got) != len(want) {
			t.Fatalf("stream of %q: %d articles (%s), want %d (%s)", in, len(got), renderSplit(got), len(want), renderSplit(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("stream of %q: article %d is\n%+v, want\n%+v", in, i, got[i], want[i])
			}
		}
	}
}

// streamReaders reads in whole, a byte at a time, and in halves.
func streamReaders(in string) []io.Reader {
	return []io.Reader{strings.NewReader(in), iotest.OneByteReader(strings.NewReader(in)), iotest.HalfReader(strings.NewReader(in))}
}

// streamText returns the articles textStream passes on from r.
func streamText(t *testing.T, r io.Reader) []stats.Article {
	t.Helper()
	var got []stats.Article
	w := walker{r: &Reader{Warn: func(err error) {
		if !IsWarning(err) { // header lines not used: see TestHeaderWalk
			t.Errorf("warning: %v", err)
		}
	}}, fn: func(a *stats.Article) error {
		got = append(got, *a)
		return nil
	}}
	if err := w.textStream("s.txt", r); err != nil {
		t.Fatal(err)
	}
	return got
}
