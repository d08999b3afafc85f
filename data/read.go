package data

import (
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/tradestats/tradestats/stats"
)

// Reader reads articles from files, directories and standard input.
// The zero value reads no standard input and drops warnings.
type Reader struct {
	// Stdin is read, as plain text, for the path "-".
	Stdin io.Reader
	// Warn is called once for every input that could not be read, or read
	// only in part, with an *InputError. It may be nil.
	Warn func(err error)
}

// InputError is a problem with one input: a path that cannot be read, a file
// of an unsupported type, or a malformed record in a JSON Lines file.
// Its message is one line: "PATH: problem" or "PATH:LINE: problem".
type InputError struct {
	Path string // as given on the command line, or joined to it (see Walk)
	Line int    // 1-based line of a JSON Lines record; 0 for the whole file
	Err  error
}

// Error returns "PATH: problem" or "PATH:LINE: problem".
func (e *InputError) Error() string {
	if e.Line > 0 {
		return e.Path + ":" + strconv.Itoa(e.Line) + ": " + e.Err.Error()
	}
	return e.Path + ": " + e.Err.Error()
}

// Unwrap returns the underlying problem.
func (e *InputError) Unwrap() error { return e.Err }

// Walk reads every article in paths, in order, and calls fn with each one.
//
// A path is "-" (standard input, plain text), a file, or a directory, which
// is walked recursively in lexical order; hidden files and directories (name
// starting with ".") and files of unsupported types inside it are skipped.
// A file named explicitly must have a supported extension: .txt, .md or
// none (plain text), .jsonl or .ndjson (JSON Lines), .html or .htm (a web
// page, see readHTML), .xml, .rss or .atom (an RSS or Atom feed, one
// article per item), any of these followed by .gz (gzip-compressed, read
// transparently; offsets are into the uncompressed text).
//
// Article.Source is the path as given, "-" for standard input, and for a file
// found inside a directory the directory joined with the file's path inside
// it (filepath.Join("corpus/eval", "01-bbc-441.txt")).
//
// Problems with single inputs are passed to r.Warn and counted in failed, and
// the walk goes on. An error returned by fn stops the walk and is returned
// as err.
func (r *Reader) Walk(paths []string, fn func(a *stats.Article) error) (failed int, err error) {
	w := walker{r: r, fn: fn}
	for _, p := range paths {
		if err := w.path(p); err != nil {
			return w.failed, err
		}
	}
	return w.failed, nil
}

// walker holds the state of one Walk.
type walker struct {
	r      *Reader
	fn     func(a *stats.Article) error
	failed int
}

// warn reports a problem with one input.
func (w *walker) warn(path string, line int, err error) {
	w.failed++
	// Drop the operation of *fs.PathError ("open x: no such file") since
	// the path is already named: "x: no such file or directory".
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	if w.r.Warn != nil {
		w.r.Warn(&InputError{Path: path, Line: line, Err: err})
	}
}

// path reads one command-line path.
func (w *walker) path(p string) error {
	if p == "-" {
		if w.r.Stdin == nil {
			w.warn(p, 0, errors.New("no standard input"))
			return nil
		}
		b, err := io.ReadAll(w.r.Stdin)
		if err != nil {
			w.warn(p, 0, err)
			return nil
		}
		return w.text(p, string(b))
	}
	fi, err := os.Stat(p)
	if err != nil {
		w.warn(p, 0, err)
		return nil
	}
	if !fi.IsDir() {
		if kindOf(p) == unsupported {
			w.warn(p, 0, fmt.Errorf("unsupported file type %q (want .txt, .md, .jsonl, .ndjson, .html, .htm, .xml, .rss, .atom, no extension, or one of these with .gz)", filepath.Ext(p)))
			return nil
		}
		return w.file(p)
	}
	return filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			// An unreadable directory or entry: report it and go on.
			w.warn(path, 0, err)
			if d != nil && d.IsDir() && path != p {
				return fs.SkipDir
			}
			return nil
		}
		if path == p {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || kindOf(path) == unsupported {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			// Symlinked directories are not followed (no cycles).
			if fi, err := os.Stat(path); err == nil && fi.IsDir() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil // devices, sockets, pipes
		}
		rel, err := filepath.Rel(p, path)
		if err != nil {
			rel = path
		}
		return w.file(filepath.Join(p, rel))
	})
}

// file reads one file of a supported kind.
func (w *walker) file(path string) error {
	f, err := os.Open(path)
	if err != nil {
		w.warn(path, 0, err)
		return nil
	}
	defer f.Close()
	var r io.Reader = f
	if isGzip(path) {
		zr, err := gzip.NewReader(f)
		if err != nil {
			w.warn(path, 0, fmt.Errorf("gzip: %v", err))
			return nil
		}
		defer zr.Close()
		r = zr
	}
	switch kindOf(path) {
	case jsonLines:
		return w.jsonl(path, r)
	case htmlPage:
		a, err := readHTML(path, r)
		if err != nil {
			w.warn(path, 0, err)
			return nil
		}
		return w.fn(a)
	case feed:
		return w.feed(path, r)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		w.warn(path, 0, err)
		return nil
	}
	return w.text(path, string(b))
}

// text splits a plain-text input into articles and passes them on.
func (w *walker) text(source, text string) error {
	arts := SplitText(source, text)
	if isGzip(source) {
		// SplitText's fallback title is the file name less one extension:
		// "a.txt" for "a.txt.gz". Drop the ".txt" too.
		base := filepath.Base(source)
		for i := range arts {
			if arts[i].Title == strings.TrimSuffix(base, filepath.Ext(base)) {
				arts[i].Title = fileTitle(source)
			}
		}
	}
	for i := range arts {
		if err := w.fn(&arts[i]); err != nil {
			return err
		}
	}
	return nil
}

// kind is the type of an input file, from its extension.
type kind int

const (
	unsupported kind = iota
	plainText
	jsonLines
	htmlPage
	feed
)

// kindOf returns the kind of file at path, by extension (case-insensitive),
// looking through a final ".gz".
func kindOf(path string) kind {
	if isGzip(path) {
		path = path[:len(path)-len(".gz")]
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case "", ".txt", ".md":
		return plainText
	case ".jsonl", ".ndjson":
		return jsonLines
	case ".html", ".htm":
		return htmlPage
	case ".xml", ".rss", ".atom":
		return feed
	}
	return unsupported
}

// isGzip reports whether path names a gzip-compressed file (".gz").
func isGzip(path string) bool {
	return strings.EqualFold(filepath.Ext(path), ".gz")
}
