package data

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/tradestats/tradestats/stats"
)

// Reader reads articles from files, directories and standard input.
// The zero value reads no standard input and drops warnings.
type Reader struct {
	// Stdin is read, as plain text, for the path "-".
	Stdin io.Reader
	// Warn is called once for every input that could not be read, or read
	// only in part, with an *InputError (see Walk for the problems
	// reported), and for every header line whose value is not used, with
	// an *InputError whose Warning is set. It may be nil.
	Warn func(err error)
	// Date is the date of the articles that carry none (ISO 8601,
	// "1987-04-17"); "" for none. An article's own date (a header block's,
	// a record's, a page's or an item's) wins.
	Date string
	// Publisher is the publisher of the articles that name none ("Reuters"
	// for a corpus of its stories); "" for none. An article's own wins.
	Publisher string
}

// InputError is a problem with one input: a path that cannot be read, a file
// of an unsupported type, or a malformed record in a JSON Lines file.
// Its message is one line: "PATH: problem" or "PATH:LINE: problem".
//
// A Warning is a lesser problem: the input was read, but something in it
// was not used (a header block's Date: that is not a date). It does not
// count as a failed input.
type InputError struct {
	Path    string // as given on the command line, or joined to it (see Walk)
	Line    int    // 1-based line of a JSON Lines record or header line; 0 for the whole file
	Err     error
	Warning bool
}

// IsWarning reports whether err is an *InputError that is a Warning.
func IsWarning(err error) bool {
	var ie *InputError
	return errors.As(err, &ie) && ie.Warning
}

// Error returns "PATH: problem" or "PATH:LINE: problem", after "warning: "
// for a Warning.
// An odd path is quoted (see QuotePath), and line breaks in the problem
// become spaces, so that the message stays one line.
func (e *InputError) Error() string {
	path := QuotePath(e.Path)
	msg := e.Err.Error()
	if strings.ContainsAny(msg, "\r\n") {
		msg = strings.Join(strings.FieldsFunc(msg, func(r rune) bool { return r == '\r' || r == '\n' }), " ")
	}
	if e.Warning {
		path = "warning: " + path
	}
	if e.Line > 0 {
		return path + ":" + strconv.Itoa(e.Line) + ": " + msg
	}
	return path + ": " + msg
}

// QuotePath returns path as it is, or quoted as a Go string if it holds a
// character that would change what a terminal shows around it: a control
// character (a line break, an escape sequence), a bidirectional control
// (U+202E turns the rest of the line around), a line or paragraph
// separator.
func QuotePath(path string) string {
	if strings.ContainsFunc(path, oddInName) {
		return strconv.Quote(path)
	}
	return path
}

func oddInName(r rune) bool {
	return unicode.IsControl(r) || unicode.In(r, unicode.Bidi_Control, unicode.Zl, unicode.Zp)
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
// transparently; offsets are into the uncompressed text). Gzip data in a
// file not named .gz is decompressed too.
//
// Before a file is read as its kind, its first 8 KiB are looked at: binary
// data — a PDF, an image, an archive, an executable, a database, anything
// with NUL bytes — is reported and skipped, never read as text. Text is
// decoded to UTF-8 (see textReader; web pages by their charset, see
// htmlReader): UTF-8 with or without a byte-order mark and with invalid
// bytes is read as it is, UTF-16 with a byte-order mark (or mostly-ASCII
// UTF-16 without one) and Windows-1252 or Latin-1 text are converted. For a
// converted file, offsets (Base, and the claims' Start and End) index the
// converted UTF-8 text, not the file. Lines may end with "\n", "\r\n" or
// "\r".
//
// An article longer than 1 MiB (a data dump, or text without line breaks:
// no news article is that long) is passed on in parts of at most 1 MiB, cut
// at paragraph breaks where it can be (see splitLong), each with the
// article's fields and its own Text, Base and ID. Plain text is read one
// section (see SplitText) at a time, and JSON Lines one line at a time, so
// that memory does not grow with the size of a file; a web page larger than
// 16 MiB or a feed larger than 64 MiB, which are parsed whole, is reported
// and skipped.
//
// Article.Source is the path as given, "-" for standard input, and for a file
// found inside a directory the directory joined with the file's path inside
// it (filepath.Join("corpus/eval", "01-bbc-441.txt")).
//
// Problems with single inputs are passed to r.Warn and counted in failed, and
// the walk goes on: a path that does not exist or cannot be read, a file of
// an unsupported type named explicitly, an empty file (zero bytes; empty
// standard input gives no article and no warning), binary data, a directory
// without a file of a supported type, unreadable gzip data, a malformed JSON
// Lines record, a page or feed that cannot be parsed. A read error in the
// middle of a file (truncated gzip data) is reported after the articles
// read before it. A header line whose value is not used (a Date: that is
// not a date, see SplitText) goes to r.Warn as an InputError Warning and is
// not counted in failed. An error returned by fn stops the walk and is
// returned as err.
//
// An article without a date gets r.Date, one without a publisher
// r.Publisher.
func (r *Reader) Walk(paths []string, fn func(a *stats.Article) error) (failed int, err error) {
	return r.WalkContext(context.Background(), paths, fn)
}

// WalkContext is Walk that stops when ctx is done, even in the middle of
// a read that waits for data (standard input, a FIFO, a device): it then
// returns ctx's error, after the articles read before. Inside a directory
// only regular files (and symlinks to them) are read: FIFOs, devices and
// sockets, and symlinks to them, are skipped, and a file is opened without
// waiting for a writer. A FIFO or device named explicitly is read, and
// the wait for its writer and its data ends with ctx.
func (r *Reader) WalkContext(ctx context.Context, paths []string, fn func(a *stats.Article) error) (failed int, err error) {
	w := walker{ctx: ctx, r: r, fn: func(a *stats.Article) error {
		capArticleFields(a)
		if a.Date == "" {
			a.Date = r.Date
		}
		if a.Publisher == "" {
			a.Publisher = r.Publisher
		}
		return inParts(a, fn)
	}}
	for _, p := range paths {
		err := w.path(p)
		if err == nil {
			err = w.stopped
		}
		if err != nil {
			return w.failed, err
		}
	}
	return w.failed, nil
}

// walker holds the state of one Walk.
type walker struct {
	ctx    context.Context
	r      *Reader
	fn     func(a *stats.Article) error
	failed int
	// stopped is ctx's error, once a read was interrupted by it
	stopped error
	// textStream: the title of the last article passed on, and whether
	// the next text continues that article (see cutSection)
	lastTitle string
	cont      bool
	// textStream: whether the section being read was split in part
	// already (its header block read), and that header; the text held
	// (from offset heldBase on) and the lines before a point of it
	inSection bool
	hdr       header
	held      string
	heldBase  int
	lines     lineCounter
}

// warn reports a problem with one input.
func (w *walker) warn(path string, line int, err error) {
	if ctx := w.context(); ctx.Err() != nil {
		// A read that failed once the walk was stopped failed because
		// of that: it is no problem with the input.
		w.stopped = ctx.Err()
		return
	}
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

// context returns the walk's context (tests make walkers without one).
func (w *walker) context() context.Context {
	if w.ctx == nil {
		return context.Background()
	}
	return w.ctx
}

// warnOnly reports a lesser problem with one input, which was read: an
// InputError Warning, not counted as failed.
func (w *walker) warnOnly(path string, line int, err error) {
	if w.r.Warn != nil {
		w.r.Warn(&InputError{Path: path, Line: line, Err: err, Warning: true})
	}
}

// readerPool holds the buffered readers of read (a directory of small
// files would otherwise allocate and clear one per file).
var readerPool = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, decideLen) }}

// newBufReader returns a reader from readerPool reading r.
func newBufReader(r io.Reader) *bufio.Reader {
	br := readerPool.Get().(*bufio.Reader)
	br.Reset(r)
	return br
}

// supportedTypes lists the file types read, for messages.
const supportedTypes = ".txt, .md, .jsonl, .ndjson, .html, .htm, .xml, .rss, .atom, no extension, or one of these with .gz"

// errEmpty is the problem with a file of zero bytes.
var errEmpty = errors.New("empty file")

// path reads one command-line path.
func (w *walker) path(p string) error {
	if p == "-" {
		if w.r.Stdin == nil {
			w.warn(p, 0, errors.New("no standard input"))
			return nil
		}
		return w.read(p, w.stdin(), plainText, false)
	}
	fi, err := os.Stat(p)
	if err != nil {
		w.warn(p, 0, err)
		return nil
	}
	if !fi.IsDir() {
		if kindOf(p) == unsupported {
			w.warn(p, 0, fmt.Errorf("unsupported file type %q (want %s)", filepath.Ext(p), supportedTypes))
			return nil
		}
		if !fi.Mode().IsRegular() {
			return w.special(p)
		}
		return w.file(p)
	}
	files, failedBefore := 0, w.failed
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			// An unreadable directory or entry: report it and go on.
			w.warn(path, 0, err)
			if d != nil && d.IsDir() && path != p {
				return fs.SkipDir
			}
			return nil
		}
		if w.stopped != nil {
			return w.stopped
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
			// Symlinked directories are not followed (no cycles), nor
			// symlinks to anything but a regular file. (A symlink that
			// leads nowhere is reported when opened.)
			if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil // devices, sockets, pipes
		}
		rel, err := filepath.Rel(p, path)
		if err != nil {
			rel = path
		}
		files++
		return w.file(filepath.Join(p, rel))
	})
	if err == nil && files == 0 && w.failed == failedBefore {
		w.warn(p, 0, fmt.Errorf("no files of a supported type in the directory (want %s)", supportedTypes))
	}
	return err
}

// file reads one regular file of a supported kind. It is opened without
// waiting (it may have become a FIFO since it was looked at), and skipped
// unless it is still a regular file.
func (w *walker) file(path string) error {
	f, fi, err := openNoBlock(path)
	if err != nil {
		w.warn(path, 0, err)
		return nil
	}
	defer f.Close()
	if !fi.Mode().IsRegular() {
		return nil
	}
	return w.read(path, f, kindOf(path), isGzip(path))
}

// special reads a file named explicitly that is not a regular one: a FIFO
// (waiting for its writer), a pipe, a device. The wait and every read end
// when the walk's context does.
func (w *walker) special(path string) error {
	f, err := openWait(w.context(), path)
	if err != nil {
		w.warn(path, 0, err)
		return nil
	}
	defer f.Close()
	return w.read(path, interruptible(w.context(), f), kindOf(path), isGzip(path))
}

// stdin returns standard input, read so that the walk's context ends a
// wait for data, unless it is a regular file (redirected from one).
func (w *walker) stdin() io.Reader {
	if f, ok := w.r.Stdin.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			return f
		}
	}
	return interruptible(w.context(), w.r.Stdin)
}

// read reads one input of kind k from r, gzip-compressed if gz. An empty
// file, binary data and unreadable gzip data are reported; gzip data in a
// file not named .gz is decompressed too.
func (w *walker) read(path string, r io.Reader, k kind, gz bool) error {
	br := newBufReader(r)
	defer readerPool.Put(br)
	if gz {
		if _, err := br.Peek(1); err == io.EOF {
			w.warn(path, 0, errEmpty)
			return nil
		}
		zr, err := newGzipReader(br)
		if err != nil {
			w.warn(path, 0, err)
			return nil
		}
		defer zr.Close()
		defer func() {
			if zr.trailing != nil && w.stopped == nil {
				w.warn(path, 0, zr.trailing)
			}
		}()
		br = newBufReader(zr)
		defer readerPool.Put(br)
	}
	head, err := br.Peek(sniffLen)
	if len(head) == 0 {
		switch {
		case err != nil && err != io.EOF:
			w.warn(path, 0, err)
		case path != "-": // empty standard input is no mistake
			w.warn(path, 0, errEmpty)
		}
		return nil
	}
	// A read error after the first bytes is reported by the kind's reader.
	if !gz && isGzipData(head) {
		return w.read(path, br, k, true)
	}
	if what := binaryKind(head); what != "" {
		w.warn(path, 0, fmt.Errorf("binary file (%s): skipped", what))
		return nil
	}
	switch k {
	case jsonLines:
		return w.jsonl(path, textReader(br))
	case htmlPage:
		hr, err := htmlReader(br)
		if err != nil {
			w.warn(path, 0, err)
			return nil
		}
		a, err := readHTML(path, hr)
		if err != nil {
			w.warn(path, 0, err)
			return nil
		}
		return w.fn(a)
	case feed:
		return w.feed(path, feedReader(br))
	}
	return w.textStream(path, textReader(br))
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
