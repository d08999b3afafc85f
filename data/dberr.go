package data

import (
	"errors"
	"regexp"
)

// Primary SQLite result codes of problems with the database file.
const (
	sqliteReadOnly = 8
	sqliteIOErr    = 10
	sqliteCorrupt  = 11
	sqliteFull     = 13
	sqliteCantOpen = 14
)

// sqliteError is an error of the SQLite driver.
type sqliteError interface {
	error
	Code() int
}

// sqliteCode returns the primary result code of a SQLite error, or 0.
func sqliteCode(err error) int {
	var se sqliteError
	if errors.As(err, &se) {
		return se.Code() & 0xff
	}
	return 0
}

// resultCode matches the result code at the end of a SQLite error message.
var resultCode = regexp.MustCompile(` \(\d+\)$`)

// fileError is a problem with the database file, told in words: "disk
// full (database or disk is full)". It unwraps to SQLite's error.
type fileError struct {
	path string // "" for the short form, without "database PATH: "
	what string
	err  error  // as returned
	se   string // SQLite's message
}

func (e *fileError) Error() string {
	msg := e.what + " (" + resultCode.ReplaceAllString(e.se, "") + ")"
	if e.path != "" {
		msg = "database " + e.path + ": " + msg
	}
	return msg
}

func (e *fileError) Unwrap() error { return e.err }

// explain turns a SQLite error about the database file — full disk,
// read-only file, corruption, I/O error — into a *fileError naming path
// ("database PATH: disk full (...)"), or, with path "", without it (for
// Open, whose errors name the path already). Other errors come back as
// they are.
func explain(path string, err error) error {
	var fe *fileError
	if errors.As(err, &fe) {
		return err // explained already
	}
	var what string
	switch sqliteCode(err) {
	case sqliteFull:
		what = "disk full"
	case sqliteReadOnly:
		what = "read-only file"
	case sqliteCorrupt:
		what = "corrupted file, left as it is"
	case sqliteIOErr:
		what = "I/O error"
	default:
		return err
	}
	var se sqliteError
	errors.As(err, &se)
	return &fileError{path: path, what: what, err: err, se: se.Error()}
}
