package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/tradestats/tradestats/stats"
)

// A writer writes articles and their claims on one connection, in batches:
// one transaction per batch of whole articles, so that each article's row
// and claims are committed together and a killed process leaves only
// complete articles behind. Rows go in INSERTs of up to the dialect's
// insertRows rows: on a server, a batch then takes a few round trips
// rather than one per claim.
type writer struct {
	db   *DB
	conn *sql.Conn

	delClaims, setVersion *sql.Stmt
	// inserts of n rows, prepared when first used
	insArticles, insClaims map[int]*sql.Stmt

	args []any            // reused between statements
	seqs map[string]int64 // the batch's inserted articles, by id
}

// The columns an INSERT of articles or claims writes, and the number of
// their parameters.
const (
	articleInsert = `INSERT INTO articles
		(id, source, title, date, url, text, base, ingested_at, extractor_version, extracted_at, publisher)
		VALUES `
	articleParams = 11
	claimInsert   = `INSERT INTO claims
		(article, ord, text, start, "end", value, max, unit, currency, unit_name, approx,
		 item, subject, metric, period, change, sentence, subject_key, metric_key, carried,
		 counterpart, indicator, outlook)
		VALUES `
	claimParams = 23
)

// newWriter takes a connection of db for writing.
func newWriter(ctx context.Context, db *DB) (*writer, error) {
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	if db.dialect == &sqliteDialect {
		if err := checkBeforeWrite(ctx, conn, db.name); err != nil {
			conn.Close()
			return nil, db.explain(err, true)
		}
	}
	w := &writer{db: db, conn: conn, insArticles: map[int]*sql.Stmt{}, insClaims: map[int]*sql.Stmt{},
		seqs: map[string]int64{}}
	for _, s := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&w.delClaims, `DELETE FROM claims WHERE article = $1`},
		{&w.setVersion, `UPDATE articles SET extractor_version = $1, extracted_at = $2 WHERE seq = $3`},
	} {
		if *s.dst, err = conn.PrepareContext(ctx, s.sql); err != nil {
			w.close()
			return nil, err
		}
	}
	return w, nil
}

// close releases the statements and the connection.
func (w *writer) close() {
	for _, s := range []*sql.Stmt{w.delClaims, w.setVersion} {
		if s != nil {
			s.Close()
		}
	}
	for _, m := range []map[int]*sql.Stmt{w.insArticles, w.insClaims} {
		for _, s := range m {
			s.Close()
		}
	}
	w.conn.Close()
}

// insert returns the statement, from cache, that inserts n rows with
// head (articleInsert or claimInsert) and params parameters a row; an
// INSERT of articles returns the seq and id of the rows it inserted (not
// of those whose id is stored already).
func (w *writer) insert(ctx context.Context, cache map[int]*sql.Stmt, head string, params, n int) (*sql.Stmt, error) {
	if s := cache[n]; s != nil {
		return s, nil
	}
	var b strings.Builder
	b.WriteString(head)
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		for j := range params {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString(w.db.dialect.param(i*params + j + 1))
		}
		b.WriteByte(')')
	}
	if head == articleInsert {
		b.WriteString(" ON CONFLICT (id) DO NOTHING")
		if w.db.dialect.insertRows > 1 { // see insertArticles
			b.WriteString(" RETURNING seq, id")
		}
	}
	s, err := w.conn.PrepareContext(ctx, b.String())
	if err != nil {
		return nil, err
	}
	cache[n] = s
	return s, nil
}

// extracted is an article with the claims the extractor found in it.
// seq is set for an article already stored (reextract).
type extracted struct {
	a      *stats.Article
	claims []stats.Claim
	seq    int64
	known  bool  // the article was already stored when it was read
	err    error // looking it up failed
}

// batchResult counts what a batch did.
type batchResult struct {
	added, unchanged int // articles inserted, already stored
	replaced         int // articles whose claims were replaced
	claims           int // claims written
	removed          int // claims deleted (reextract)
}

// maxBatchAttempts is how many times a batch is tried when PostgreSQL
// aborts its transaction for a deadlock with another ingest (two batches
// that insert the same articles in different orders) or a serialization
// failure.
const maxBatchAttempts = 8

// writeBatch writes a batch of articles in one transaction. New articles
// are inserted with their claims; articles whose id is already stored are
// left alone and counted as unchanged. With replace, the articles are
// stored ones (seq set) whose claims are replaced.
func (w *writer) writeBatch(ctx context.Context, batch []extracted, replace bool) (batchResult, error) {
	for attempt := 1; ; attempt++ {
		r, err := w.tryBatch(ctx, batch, replace)
		if err == nil || attempt == maxBatchAttempts || !retryable(err) {
			return r, err
		}
		// The other transaction goes on meanwhile.
		time.Sleep(time.Duration(attempt*(20+rand.IntN(30))) * time.Millisecond)
	}
}

// retryable reports whether a transaction failed for a deadlock or a
// serialization failure, and may succeed when run again.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001")
}

// tryBatch writes a batch in one transaction (see writeBatch).
func (w *writer) tryBatch(ctx context.Context, batch []extracted, replace bool) (r batchResult, err error) {
	if len(batch) == 0 {
		return r, nil
	}
	// The batch is written even when ctx is cancelled meanwhile: an
	// interrupted ingest keeps what it has extracted. The busy timeout
	// bounds the wait for the lock.
	wctx := context.WithoutCancel(ctx)
	if _, err := w.conn.ExecContext(wctx, w.db.dialect.beginWrite); err != nil {
		return r, w.db.explain(err, true)
	}
	defer func() {
		if err != nil {
			_, _ = w.conn.ExecContext(wctx, "ROLLBACK")
			r = batchResult{}
			if !retryable(err) {
				err = w.db.explain(err, true)
			}
		}
	}()
	now := w.db.Now().UTC().Format(time.RFC3339)
	if replace {
		for i := range batch {
			seq := batch[i].seq
			res, err := w.delClaims.ExecContext(wctx, seq)
			if err != nil {
				return r, err
			}
			n, _ := res.RowsAffected()
			r.removed += int(n)
			if _, err := w.setVersion.ExecContext(wctx, ExtractorVersion, now, seq); err != nil {
				return r, err
			}
			r.replaced++
		}
	} else {
		if err := w.insertArticles(wctx, batch, now); err != nil {
			return r, err
		}
		for i := range batch {
			x := &batch[i]
			if x.seq = w.seqs[x.a.ID]; x.seq == 0 {
				r.unchanged++
				continue
			}
			delete(w.seqs, x.a.ID) // a second copy in the batch is unchanged
			r.added++
		}
	}
	if r.claims, err = w.insertClaims(wctx, batch); err != nil {
		return r, err
	}
	if _, err := w.conn.ExecContext(wctx, "COMMIT"); err != nil {
		return r, err
	}
	return r, nil
}

// insertArticles inserts the articles of a batch, and sets w.seqs to the
// seq of each it inserted, by id; articles already stored (by another
// process, or earlier in the batch) are not.
func (w *writer) insertArticles(ctx context.Context, batch []extracted, now string) error {
	clear(w.seqs)
	t := w.text
	for start := 0; start < len(batch); start += w.db.dialect.insertRows {
		part := batch[start:min(start+w.db.dialect.insertRows, len(batch))]
		args := w.args[:0]
		for i := range part {
			a := part[i].a
			args = append(args, a.ID, t(a.Source), t(a.Title), t(a.Date), t(a.URL), t(a.Text), a.Base,
				now, ExtractorVersion, now, t(a.Publisher))
		}
		w.args = args
		s, err := w.insert(ctx, w.insArticles, articleInsert, articleParams, len(part))
		if err != nil {
			return err
		}
		if w.db.dialect.insertRows == 1 {
			// One row: Exec, and the row's seq from LastInsertId, saves
			// reading RETURNING's rows (3% of an ingest's instructions
			// in SQLite).
			res, err := s.ExecContext(ctx, args...)
			if err != nil {
				return err
			}
			n, err := res.RowsAffected()
			if err != nil {
				return err
			}
			if n == 0 {
				continue // stored already
			}
			seq, err := res.LastInsertId()
			if err != nil {
				return err
			}
			w.seqs[part[0].a.ID] = seq
			continue
		}
		rows, err := s.QueryContext(ctx, args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var seq int64
			var id string
			if err := rows.Scan(&seq, &id); err != nil {
				rows.Close()
				return err
			}
			w.seqs[id] = seq
		}
		if err := rows.Close(); err != nil {
			return err
		}
		if err := rows.Err(); err != nil {
			return err
		}
	}
	clear(w.args)
	return nil
}

// insertClaims inserts the claims of the articles of a batch that have a
// seq, and returns their number.
func (w *writer) insertClaims(ctx context.Context, batch []extracted) (int, error) {
	n, rows := 0, 0
	args := w.args[:0]
	flush := func() error {
		if rows == 0 {
			return nil
		}
		s, err := w.insert(ctx, w.insClaims, claimInsert, claimParams, rows)
		if err == nil {
			_, err = s.ExecContext(ctx, args...)
		}
		clear(args)
		args, rows = args[:0], 0
		return err
	}
	t := w.text
	for i := range batch {
		x := &batch[i]
		if x.seq == 0 {
			continue
		}
		base := x.a.Base
		for j := range x.claims {
			c := &x.claims[j]
			var max any // NULL
			if c.Max != nil {
				max = *c.Max
			}
			args = append(args, x.seq, j, t(c.Text), c.Start-base, c.End-base, c.Value, max,
				t(string(c.Unit)), t(c.Currency), t(c.UnitName), t(string(c.Approx)), t(c.Item), t(c.Subject), t(c.Metric),
				t(c.Period), t(string(c.Change)), t(c.Sentence), t(foldKey(c.Subject)), t(foldKey(c.Metric)), t(c.Carried),
				t(c.Counterpart), t(string(c.Indicator)), t(string(c.Outlook)))
			n++
			if rows++; rows == w.db.dialect.insertRows {
				if err := flush(); err != nil {
					return 0, fmt.Errorf("article %s: %w", x.a.ID, err)
				}
			}
		}
	}
	if err := flush(); err != nil {
		return 0, err
	}
	w.args = args
	return n, nil
}

// text returns s as the database can store it (see storableText).
func (w *writer) text(s string) string {
	if w.db.dialect.cleanText {
		return storableText(s)
	}
	return s
}
