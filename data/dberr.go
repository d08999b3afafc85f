package data

import (
	"errors"
	"io"
	"net"
	"regexp"
	"strconv"
	"strings"
	"syscall"

	"github.com/jackc/pgx/v5/pgconn"
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

// storeError is a problem with the database as a whole, told in words on
// one line: "disk full (database or disk is full)", "connection to the
// server lost (...)". It unwraps to the driver's error.
type storeError struct {
	name   string // "" for the short form, without "database NAME: "
	what   string
	detail string // the driver's message, "" for none
	err    error  // as returned
}

func (e *storeError) Error() string {
	msg := e.what
	if e.detail != "" {
		msg += " (" + e.detail + ")"
	}
	if e.name != "" {
		msg = "database " + e.name + ": " + msg
	}
	return msg
}

func (e *storeError) Unwrap() error { return e.err }

// explain turns an error of the store as a whole into a one-line
// *storeError: for SQLite a full disk, a read-only file, corruption, an I/O
// error; for PostgreSQL a connection that failed or was lost, a wrong
// password, a missing database, a full disk, a read-only server, a missing
// privilege. With named, the message names the database ("database NAME:
// disk full (...)"); Open's errors name it already. Other errors come back
// as they are, a password of the database's URL masked in them if it
// occurs.
func (db *DB) explain(err error, named bool) error {
	if err == nil {
		return nil
	}
	var se *storeError
	if errors.As(err, &se) {
		return err // explained already
	}
	var what, detail string
	if db.dialect == &postgresDialect {
		what, detail = explainPostgres(err)
	} else {
		what, detail = explainSQLite(err)
	}
	if what == "" {
		if db.password != "" && strings.Contains(err.Error(), db.password) {
			return &storeError{what: strings.ReplaceAll(err.Error(), db.password, "xxxxx"), err: err}
		}
		return err
	}
	if db.password != "" {
		detail = strings.ReplaceAll(detail, db.password, "xxxxx")
	}
	e := &storeError{what: what, detail: detail, err: err}
	if named {
		e.name = db.name
	}
	return e
}

// explainSQLite returns what a SQLite error about the database file means,
// and SQLite's message, or "" for other errors.
func explainSQLite(err error) (what, detail string) {
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
		return "", ""
	}
	var se sqliteError
	errors.As(err, &se)
	return what, resultCode.ReplaceAllString(se.Error(), "")
}

// explainPostgres returns what a PostgreSQL error about the server or the
// database means, with the server's or the network's message, or "" for
// other errors.
func explainPostgres(err error) (what, detail string) {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch code := pe.Code; {
		case code == "28P01", code == "28000", code == "3D000":
			// password authentication failed for user "u"; role "u" does
			// not exist; no pg_hba.conf entry...; database "d" does not exist
			return firstLine(pe.Message), ""
		case code == "53100":
			return "disk full", firstLine(pe.Message)
		case code == "25006":
			return "read-only database", firstLine(pe.Message)
		case code == "42501":
			return "permission denied", firstLine(pe.Message)
		case strings.HasPrefix(code, "08"), strings.HasPrefix(code, "57P"):
			return "connection to the server lost", firstLine(pe.Message)
		case strings.HasPrefix(code, "53"):
			return "the server is out of resources", firstLine(pe.Message)
		}
		return "", ""
	}
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) {
		return "cannot connect to the server " + serverAddr(ce.Config), netReason(err)
	}
	if lostConnection(err) {
		return "connection to the server lost", netReason(err)
	}
	return "", ""
}

// serverAddr is the host and port of a connection, "HOST:PORT" (a socket
// directory for a host starting with "/").
func serverAddr(c *pgconn.Config) string {
	if c == nil {
		return ""
	}
	if strings.HasPrefix(c.Host, "/") {
		return "at " + c.Host
	}
	return "at " + net.JoinHostPort(c.Host, strconv.Itoa(int(c.Port)))
}

// lostConnection reports whether err says the connection to the server
// broke: it closed, was reset, or timed out.
func lostConnection(err error) bool {
	var ne net.Error
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, net.ErrClosed) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) || errors.As(err, &ne) ||
		pgconn.Timeout(err) || strings.Contains(err.Error(), "conn closed")
}

// netReason says in a few words why a connection failed or broke.
func netReason(err error) string {
	var dns *net.DNSError
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused: is the server running, on that port?"
	case errors.As(err, &dns):
		return "no such host " + dns.Name
	case pgconn.Timeout(err), errors.Is(err, syscall.ETIMEDOUT):
		return "timed out"
	case errors.Is(err, syscall.ECONNRESET):
		return "connection reset by the server"
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "the server closed the connection"
	case errors.Is(err, syscall.ENETUNREACH), errors.Is(err, syscall.EHOSTUNREACH):
		return "network unreachable"
	}
	// The innermost message, which names no password.
	for {
		u := errors.Unwrap(err)
		if u == nil {
			return firstLine(err.Error())
		}
		err = u
	}
}

// firstLine returns s up to its first line break.
func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
