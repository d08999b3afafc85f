package data

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// Inputs that are not regular files — pipes (standard input, process
// substitution), FIFOs, terminals, devices — can block a read, or an open,
// for as long as whoever is at the other end likes. They are read so that
// the context of the walk (see Reader.WalkContext) still stops them: a
// FIFO is opened in the background and read through interruptible, and
// inside a directory only regular files are read at all.

// openNoBlock opens path for reading without waiting for a writer, as
// opening a FIFO would, and returns it with its file information.
func openNoBlock(path string) (*os.File, fs.FileInfo, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, fi, nil
}

// errNotRegular is the problem with an input that must be a regular file
// and is not: "not a regular file (a FIFO)".
func errNotRegular(m fs.FileMode) error {
	return fmt.Errorf("not a regular file (%s)", fileTypeName(m))
}

// fileTypeName names the type of a file that is not a regular one.
func fileTypeName(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	}
	return "a special file"
}

// ReadRegularFile returns the content of the regular file at path, as
// os.ReadFile does, but refuses anything else — a FIFO, which would block,
// a device such as /dev/zero, which never ends — without waiting to open
// it. Its errors name neither the operation nor the path.
func ReadRegularFile(path string) ([]byte, error) {
	f, fi, err := openNoBlock(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, err
	}
	defer f.Close()
	if !fi.Mode().IsRegular() {
		return nil, errNotRegular(fi.Mode())
	}
	b := make([]byte, 0, fi.Size()+1)
	for {
		n, err := f.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return nil, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // the file grew
		}
	}
}

// openWait opens path, which may be a FIFO waiting for a writer, in the
// background: it returns when the file is open or when ctx is done (the
// open is then left behind, and the file closed if it ever opens).
func openWait(ctx context.Context, path string) (*os.File, error) {
	type opened struct {
		f   *os.File
		err error
	}
	ch := make(chan opened, 1)
	go func() {
		f, err := os.Open(path)
		ch <- opened{f, err}
	}()
	select {
	case o := <-ch:
		return o.f, o.err
	case <-ctx.Done():
		go func() {
			if o := <-ch; o.f != nil {
				o.f.Close()
			}
		}()
		return nil, ctx.Err()
	}
}

// interruptible returns r, read so that a Read waiting for data returns
// ctx's error as soon as ctx is done. The read it was waiting for is left
// behind in a goroutine of its own, which ends when that read returns (at
// worst when the process exits); r is not read again.
func interruptible(ctx context.Context, r io.Reader) io.Reader {
	if ctx.Done() == nil {
		return r
	}
	return &ctxReader{ctx: ctx, r: r}
}

// ctxReader is the reader of interruptible.
type ctxReader struct {
	ctx  context.Context
	r    io.Reader
	buf  []byte // filled by the goroutine of the read in progress
	done chan ctxRead
}

type ctxRead struct {
	n   int
	err error
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err // and the buffer may still be in use
	}
	if len(p) == 0 {
		return 0, nil
	}
	if c.done == nil {
		c.done = make(chan ctxRead, 1)
	}
	if cap(c.buf) < len(p) {
		c.buf = make([]byte, len(p))
	}
	buf := c.buf[:len(p)]
	go func() {
		n, err := c.r.Read(buf)
		c.done <- ctxRead{n, err}
	}()
	select {
	case res := <-c.done:
		return copy(p, buf[:res.n]), res.err
	case <-c.ctx.Done():
		return 0, c.ctx.Err()
	}
}
