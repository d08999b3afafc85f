package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/tradestats/tradestats/data"
)

// Output files (export -o, chart -o, the files of report) are written
// whole or not at all: through a temporary file beside the target that
// replaces it at the end. What the path names decides how:
//
//   - a regular file, or nothing: replaced (created), keeping the mode and
//     owner of the file replaced;
//   - a symlink: the file it points to is replaced (or created), and the
//     link is kept;
//   - anything else — a FIFO, a device such as /dev/null, a terminal, a
//     descriptor of this process (/dev/stdout, /dev/fd/N, /proc/self/fd/N)
//     — is written to directly, never replaced.
//
// The temporary file is ".NAME.PID-RANDOM.tmp"; one left by a process that
// no longer runs (killed before it could remove it) is removed by the next
// write of NAME.

// writeFileAtomic writes path with write (see above). A problem with the
// file itself is an *outputFileError naming path; an error of write is
// returned as it is.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	target, direct := outputTarget(path)
	if direct {
		return writeDirect(path, target, write)
	}
	if fi, err := os.Stat(target); err == nil && fi.IsDir() {
		return &outputFileError{path, errors.New("is a directory")}
	}
	dir, base := filepath.Dir(target), filepath.Base(target)
	removeStaleTemps(dir, base)
	tmp, err := os.CreateTemp(dir, tempPattern(base))
	if err != nil {
		err = unwrapPath(err)
		if !errors.Is(err, fs.ErrNotExist) {
			err = fmt.Errorf("cannot create a file in the directory %s: %w", data.QuotePath(dir), err)
		}
		return &outputFileError{path, err}
	}
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 256<<10)
	if err := write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return &outputFileError{path, unwrapPath(err)}
	}
	if err := keepMode(tmp, target); err != nil {
		return &outputFileError{path, unwrapPath(err)}
	}
	if err := tmp.Close(); err != nil {
		return &outputFileError{path, unwrapPath(err)}
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		return &outputFileError{path, unwrapPath(err)}
	}
	ok = true
	return nil
}

// outputTarget follows the symlinks of path one at a time and returns the
// file to replace, or, with direct, a file to write to in place: one that
// is not a regular file, or a descriptor of the process (a path in /proc
// or /dev/fd, where /dev/stdout leads), whatever that is open on.
func outputTarget(path string) (target string, direct bool) {
	p := path
	for range 40 { // as the kernel's limit on links followed
		if isDescriptorPath(p) {
			return p, true
		}
		fi, err := os.Lstat(p)
		if err != nil {
			return p, false // to be created (or the open says why not)
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			return p, !fi.Mode().IsRegular() && !fi.IsDir()
		}
		dest, err := os.Readlink(p)
		if err != nil {
			return p, false
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(p), dest)
		}
		p = dest
	}
	return path, false // a loop: the open reports it
}

// isDescriptorPath reports whether p names a file descriptor of a process
// rather than a file: /dev/stdout, /dev/fd/N, /proc/self/fd/N.
func isDescriptorPath(p string) bool {
	p = filepath.Clean(p)
	switch p {
	case "/dev/stdout", "/dev/stderr", "/dev/stdin":
		return true
	}
	return strings.HasPrefix(p, "/dev/fd/") || strings.HasPrefix(p, "/proc/")
}

// writeDirect writes to target, which is not a regular file, in place. It
// appends, so that a descriptor open on a regular file (">>" in the shell)
// is not overwritten from its start, and does not wait for a reader of a
// FIFO: a FIFO without one is an error.
func writeDirect(path, target string, write func(io.Writer) error) error {
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_APPEND|syscall.O_NONBLOCK, 0)
	if err != nil {
		err = unwrapPath(err)
		if errors.Is(err, syscall.ENXIO) {
			err = errors.New("a FIFO that no process is reading")
		}
		return &outputFileError{path, err}
	}
	bw := bufio.NewWriterSize(f, 64<<10)
	err = write(bw)
	if err == nil {
		if err = bw.Flush(); err != nil {
			err = &outputFileError{path, unwrapPath(err)}
		}
	}
	if cerr := f.Close(); err == nil && cerr != nil {
		err = &outputFileError{path, unwrapPath(cerr)}
	}
	return err
}

// keepMode gives tmp the permissions and owner of the file it replaces, or
// 0644 (readable by everyone, as a new output) if there is none.
func keepMode(tmp *os.File, target string) error {
	fi, err := os.Stat(target)
	if err != nil {
		return tmp.Chmod(0o644)
	}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		// Only root may give a file away, and only root needs to: the
		// file replaced may be another user's. Otherwise it is ours.
		_ = tmp.Chown(int(st.Uid), int(st.Gid))
	}
	return tmp.Chmod(fi.Mode().Perm())
}

// tempPattern is the os.CreateTemp pattern of the temporary files for an
// output named base: ".BASE.PID-RANDOM.tmp".
func tempPattern(base string) string {
	return "." + base + "." + strconv.Itoa(os.Getpid()) + "-*.tmp"
}

// removeStaleTemps removes from dir the temporary files of outputs named
// base that processes which no longer run left behind (see tempPattern).
// Files of running processes, and any other file, are left alone.
func removeStaleTemps(dir, base string) {
	matches, _ := filepath.Glob(filepath.Join(dir, "."+escapeGlob(base)+".*-*.tmp"))
	for _, m := range matches {
		rest := strings.TrimPrefix(filepath.Base(m), "."+base+".")
		pidStr, _, ok := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidStr)
		if !ok || err != nil || pid <= 0 || pid == os.Getpid() {
			continue
		}
		if fi, err := os.Lstat(m); err != nil || !fi.Mode().IsRegular() {
			continue
		}
		// Signal 0 only asks whether the process exists.
		if err := syscall.Kill(pid, 0); errors.Is(err, syscall.ESRCH) {
			os.Remove(m)
		}
	}
}

// escapeGlob escapes the characters filepath.Match treats specially.
func escapeGlob(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`).Replace(s)
}

// outputFileError is a problem with an output file itself (rather than with
// what is written to it): "PATH: problem".
type outputFileError struct {
	path string
	err  error
}

func (e *outputFileError) Error() string { return data.QuotePath(e.path) + ": " + e.err.Error() }
func (e *outputFileError) Unwrap() error { return e.err }

// unwrapPath drops the operation and paths of an *fs.PathError or an
// *os.LinkError (of a rename), which name the temporary file rather than
// the output.
func unwrapPath(err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return pe.Err
	case errors.As(err, &le):
		return le.Err
	}
	return err
}
