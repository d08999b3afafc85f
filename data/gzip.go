package data

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
)

// gzipReader decompresses gzip data member after member, as gzip -d does,
// and ends it where gzip does: at the end of the input, or at zero bytes
// after the last member (the padding of tape blocks and of some
// compressors, which gzip -t accepts). Other bytes after a member end the
// data too, and are reported as trailing garbage once the data is read
// (see trailing), as gzip -d reports them after writing the data.
type gzipReader struct {
	br *bufio.Reader // the compressed input
	zr *gzip.Reader
	// trailing is the problem with the bytes after the last member, if
	// any: reported after the data, which is kept.
	trailing error
	end      bool // after the last member
}

// newGzipReader starts reading the gzip data of br.
func newGzipReader(br *bufio.Reader) (*gzipReader, error) {
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, gzipError(err)
	}
	zr.Multistream(false)
	return &gzipReader{br: br, zr: zr}, nil
}

func (g *gzipReader) Read(p []byte) (int, error) {
	for !g.end {
		n, err := g.zr.Read(p)
		if err != io.EOF {
			return n, err
		}
		if n > 0 {
			return n, nil // the member's end is seen again by the next Read
		}
		more, err := g.nextMember()
		if err == io.EOF {
			g.end = true
		}
		if !more {
			return 0, err
		}
	}
	return 0, io.EOF
}

// nextMember looks at what follows a member: the end of the input or
// zero padding (no more members), another member (started), or anything
// else (no more members, and g.trailing set).
func (g *gzipReader) nextMember() (bool, error) {
	zeros := false
	for {
		b, err := g.br.Peek(1)
		if err == io.EOF {
			return false, io.EOF
		}
		if err != nil {
			return false, err
		}
		if b[0] != 0 {
			break
		}
		zeros = true
		buf, _ := g.br.Peek(g.br.Buffered())
		n := len(buf) - len(strings.TrimLeft(string(buf), "\x00"))
		g.br.Discard(n)
	}
	if zeros {
		g.trailing = errors.New("bytes after the zero padding of the gzip data: ignored")
		return false, io.EOF
	}
	if err := g.zr.Reset(g.br); err != nil {
		if errors.Is(err, gzip.ErrHeader) {
			g.trailing = errors.New("trailing bytes after the gzip data (not gzip): ignored")
			return false, io.EOF
		}
		return false, gzipError(err)
	}
	g.zr.Multistream(false)
	return true, nil
}

// Close releases the decompressor.
func (g *gzipReader) Close() error { return g.zr.Close() }

// gzipError is a problem with the header of gzip data: err with "gzip: "
// before it, once (the gzip package's own errors, "gzip: invalid header",
// have it already).
func gzipError(err error) error {
	if strings.HasPrefix(err.Error(), "gzip: ") {
		return err
	}
	return fmt.Errorf("gzip: %w", err)
}
