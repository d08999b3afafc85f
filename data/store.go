package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/tradestats/tradestats/stats"
)

// A writer writes articles and their claims on one connection, with
// prepared statements, in batches: one transaction per batch of whole
// articles, so that each article's row and claims are committed together
// and a killed process leaves only complete articles behind.
type writer struct {
	db   *DB
	conn *sql.Conn

	insArticle, insClaim, delClaims, setVersion *sql.Stmt
}

// newWriter takes a connection of db for writing.
func newWriter(ctx context.Context, db *DB) (*writer, error) {
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	w := &writer{db: db, conn: conn}
	for _, s := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&w.insArticle, `INSERT INTO articles
			(id, source, title, date, url, text, base, ingested_at, extractor_version, extracted_at, publisher)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO NOTHING`},
		{&w.insClaim, `INSERT INTO claims
			(article, ord, text, start, "end", value, max, unit, currency, unit_name, approx,
			 item, subject, metric, period, change, sentence, subject_key, metric_key, carried,
			 counterpart, indicator, outlook)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.delClaims, `DELETE FROM claims WHERE article = ?`},
		{&w.setVersion, `UPDATE articles SET extractor_version = ?, extracted_at = ? WHERE seq = ?`},
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
	for _, s := range []*sql.Stmt{w.insArticle, w.insClaim, w.delClaims, w.setVersion} {
		if s != nil {
			s.Close()
		}
	}
	w.conn.Close()
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

// writeBatch writes a batch of articles in one transaction. New articles
// are inserted with their claims; articles whose id is already stored are
// left alone and counted as unchanged. With replace, the articles are
// stored ones (seq set) whose claims are replaced.
func (w *writer) writeBatch(ctx context.Context, batch []extracted, replace bool) (r batchResult, err error) {
	if len(batch) == 0 {
		return r, nil
	}
	// The batch is written even when ctx is cancelled meanwhile: an
	// interrupted ingest keeps what it has extracted. The busy timeout
	// bounds the wait for the lock.
	wctx := context.WithoutCancel(ctx)
	if _, err := w.conn.ExecContext(wctx, "BEGIN IMMEDIATE"); err != nil {
		return r, err
	}
	defer func() {
		if err != nil {
			_, _ = w.conn.ExecContext(wctx, "ROLLBACK")
			r = batchResult{}
			err = explain(w.db.path, err)
		}
	}()
	now := w.db.Now().UTC().Format(time.RFC3339)
	for i := range batch {
		x := &batch[i]
		a := x.a
		seq := x.seq
		if replace {
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
		} else {
			res, err := w.insArticle.ExecContext(wctx, a.ID, a.Source, a.Title, a.Date, a.URL, a.Text,
				a.Base, now, ExtractorVersion, now, a.Publisher)
			if err != nil {
				return r, fmt.Errorf("article %s: %w", a.ID, err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				r.unchanged++
				continue
			}
			if seq, err = res.LastInsertId(); err != nil {
				return r, err
			}
			r.added++
		}
		for j := range x.claims {
			if err := w.insertClaim(wctx, seq, j, a.Base, &x.claims[j]); err != nil {
				return r, fmt.Errorf("article %s: claim %d: %w", a.ID, j, err)
			}
		}
		r.claims += len(x.claims)
	}
	if _, err := w.conn.ExecContext(wctx, "COMMIT"); err != nil {
		return r, err
	}
	return r, nil
}

// insertClaim inserts claim number ord of the article stored as seq.
func (w *writer) insertClaim(ctx context.Context, seq int64, ord, base int, c *stats.Claim) error {
	var max any // NULL
	if c.Max != nil {
		max = *c.Max
	}
	_, err := w.insClaim.ExecContext(ctx, seq, ord, c.Text, c.Start-base, c.End-base, c.Value, max,
		string(c.Unit), c.Currency, c.UnitName, string(c.Approx), c.Item, c.Subject, c.Metric,
		c.Period, string(c.Change), c.Sentence, foldKey(c.Subject), foldKey(c.Metric), c.Carried,
		c.Counterpart, string(c.Indicator), string(c.Outlook))
	return err
}

// foldKey is the lookup key of a subject or metric: lower case, so that
// lookups ignore case (Unicode, unlike SQLite's NOCASE).
func foldKey(s string) string { return strings.ToLower(s) }

// claimColumns are the columns EachClaim reads, in scanClaim's order: the
// claim, its article's, and its check's (NULL when it has none).
const claimColumns = `c.text, c.start, c."end", c.value, c.max, c.unit, c.currency, c.unit_name,
	c.approx, c.item, c.subject, c.metric, c.period, c.change, c.sentence,
	a.id, a.title, a.source, a.date, a.base, a.url, c.carried,
	c.counterpart, c.indicator, c.outlook, a.publisher,
	k.verdict, k.reference, k.series, k.year, k.reason, k.source,
	c.article, c.ord`

// claimFrom joins a claim's article and check.
const claimFrom = ` FROM claims c JOIN articles a ON a.seq = c.article
	LEFT JOIN checks k ON k.article = c.article AND k.ord = c.ord`

// EachClaim calls fn with every claim that f selects, in the order in which
// their articles were ingested and, within an article, in text order (the
// order of stats.Extract). Every field is as stats.Extract produced it,
// offsets included, and Check is the claim's stored check, if any. fn may
// keep c. An error from fn stops the iteration and is returned.
//
// Filters combine with AND. Subject and Metric match whole values, ignoring
// case; a Subject that names a gazetteer entity by an alias ("U.S.",
// "Holland") also matches the entity's canonical name. Period matches the
// period or any period within it ("1987" matches "1987-Q4" and "1987-02").
// Search matches claims in whose sentence, text or article title every
// white-space-separated word of it occurs, ignoring ASCII case; its
// characters are taken literally (no wildcards).
func (db *DB) EachClaim(ctx context.Context, f stats.ClaimFilter, fn func(c *stats.Claim) error) error {
	return db.eachClaim(ctx, f, func(c *stats.Claim, _ string, _ claimKey) error { return fn(c) })
}

// EachClaimURL is EachClaim that also passes the URL of the claim's article.
func (db *DB) EachClaimURL(ctx context.Context, f stats.ClaimFilter, fn func(c *stats.Claim, url string) error) error {
	return db.eachClaim(ctx, f, func(c *stats.Claim, url string, _ claimKey) error { return fn(c, url) })
}

// claimKey identifies a stored claim: its article's seq and its ord.
type claimKey struct {
	article int64
	ord     int
}

// eachClaim is EachClaimURL that also passes the claim's key.
func (db *DB) eachClaim(ctx context.Context, f stats.ClaimFilter, fn func(c *stats.Claim, url string, key claimKey) error) error {
	where, args := claimWhere(f)
	return db.eachClaimWhere(ctx, where, args, f.Limit, fn)
}

// eachClaimWhere is eachClaim with a WHERE clause (with a leading space,
// or "") and its arguments, and a limit (0 for none).
func (db *DB) eachClaimWhere(ctx context.Context, where string, args []any, limit int, fn func(c *stats.Claim, url string, key claimKey) error) error {
	q := "SELECT " + claimColumns + claimFrom + where + " ORDER BY c.article, c.ord"
	if limit > 0 {
		q += " LIMIT ?"
		args = append(args, limit)
	}
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("data: claims: %w", explain(db.path, err))
	}
	defer rows.Close()
	for rows.Next() {
		c := new(stats.Claim)
		var (
			max            sql.NullFloat64
			unit, app, chg string
			ind, outlook   string
			base           int
			url            string
			start, end     int
			key            claimKey
			verdict        sql.NullString
			kref           sql.NullFloat64
			kseries        sql.NullString
			kyear          sql.NullInt64
			kreason, ksrc  sql.NullString
		)
		if err := rows.Scan(&c.Text, &start, &end, &c.Value, &max, &unit, &c.Currency, &c.UnitName,
			&app, &c.Item, &c.Subject, &c.Metric, &c.Period, &chg, &c.Sentence,
			&c.Article, &c.Title, &c.Source, &c.Date, &base, &url, &c.Carried,
			&c.Counterpart, &ind, &outlook, &c.Publisher,
			&verdict, &kref, &kseries, &kyear, &kreason, &ksrc,
			&key.article, &key.ord); err != nil {
			return fmt.Errorf("data: claims: %w", explain(db.path, err))
		}
		c.Start, c.End = base+start, base+end
		c.Unit, c.Approx, c.Change = stats.Unit(unit), stats.Approx(app), stats.Change(chg)
		c.Indicator, c.Outlook = stats.Indicator(ind), stats.Outlook(outlook)
		if max.Valid {
			m := max.Float64
			c.Max = &m
		}
		if verdict.Valid {
			c.Check = &stats.Check{Verdict: stats.CheckVerdict(verdict.String), Series: kseries.String,
				Year: int(kyear.Int64), Reason: kreason.String, Source: ksrc.String}
			if kref.Valid {
				r := kref.Float64
				c.Check.Reference = &r
			}
		}
		if err := fn(c, url, key); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("data: claims: %w", explain(db.path, err))
	}
	return nil
}

// claimWhere returns the WHERE clause (with a leading space, or "") and its
// arguments for a filter. User input only ever goes in as an argument.
func claimWhere(f stats.ClaimFilter) (string, []any) {
	var conds []string
	var args []any
	if f.Subject != "" {
		keys := []any{foldKey(f.Subject)}
		if e, ok := stats.EntityByName(f.Subject); ok && foldKey(e.Name) != keys[0] {
			keys = append(keys, foldKey(e.Name))
		}
		conds = append(conds, "c.subject_key IN (?"+strings.Repeat(", ?", len(keys)-1)+")")
		args = append(args, keys...)
	}
	if f.Metric != "" {
		conds = append(conds, "c.metric_key = ?")
		args = append(args, foldKey(f.Metric))
	}
	if f.Unit != "" {
		conds = append(conds, "c.unit = ?")
		args = append(args, string(f.Unit))
	}
	if f.Period != "" {
		conds = append(conds, `(c.period = ? OR c.period LIKE ? ESCAPE '\')`)
		args = append(args, f.Period, escapeLike(f.Period)+"-%")
	}
	if f.Article != "" {
		conds = append(conds, "a.id = ?")
		args = append(args, f.Article)
	}
	if f.Min != nil {
		conds = append(conds, "c.value >= ?")
		args = append(args, *f.Min)
	}
	if f.Max != nil {
		conds = append(conds, "c.value <= ?")
		args = append(args, *f.Max)
	}
	for _, word := range strings.Fields(f.Search) {
		conds = append(conds, `(c.sentence LIKE ? ESCAPE '\' OR c.text LIKE ? ESCAPE '\' OR a.title LIKE ? ESCAPE '\')`)
		pat := "%" + escapeLike(word) + "%"
		args = append(args, pat, pat, pat)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// escapeLike escapes the LIKE wildcards % and _ (and the escape character
// itself) so that s matches literally with ESCAPE '\'.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// EachArticle calls fn with every stored article, in ingest order, and the
// number of its claims. Every field of the article is set, Text and Base
// included. fn may keep a. An error from fn stops the iteration and is
// returned.
func (db *DB) EachArticle(ctx context.Context, fn func(a *stats.Article, claims int) error) error {
	rows, err := db.db.QueryContext(ctx, `SELECT id, source, title, date, url, text, base, publisher,
		(SELECT count(*) FROM claims WHERE article = seq)
		FROM articles ORDER BY seq`)
	if err != nil {
		return fmt.Errorf("data: articles: %w", explain(db.path, err))
	}
	defer rows.Close()
	for rows.Next() {
		a := new(stats.Article)
		var n int
		if err := rows.Scan(&a.ID, &a.Source, &a.Title, &a.Date, &a.URL, &a.Text, &a.Base, &a.Publisher, &n); err != nil {
			return fmt.Errorf("data: articles: %w", explain(db.path, err))
		}
		if err := fn(a, n); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("data: articles: %w", explain(db.path, err))
	}
	return nil
}

// Count is a value and how many claims or articles have it.
type Count struct {
	Name string `json:"name"`
	N    int    `json:"n"`
}

// Summary describes the contents of a database.
type Summary struct {
	Articles  int     `json:"articles"`
	Claims    int     `json:"claims"`
	Sources   int     `json:"sources"`    // distinct source paths
	FirstDate string  `json:"first_date"` // earliest article date, "" if none is dated
	LastDate  string  `json:"last_date"`
	Undated   int     `json:"undated"`    // articles without a date
	Outdated  int     `json:"outdated"`   // articles extracted by an older extractor
	ByUnit    []Count `json:"by_unit"`    // claims by unit, most first
	BySubject []Count `json:"by_subject"` // claims by subject ("" for none), most first
	ByMetric  []Count `json:"by_metric"`  // claims by metric ("" for none), most first
}

// Summary counts the articles and claims of the database.
func (db *DB) Summary(ctx context.Context) (*Summary, error) {
	s := &Summary{}
	err := db.db.QueryRowContext(ctx, `SELECT count(*), count(DISTINCT source),
		coalesce(min(NULLIF(date, '')), ''), coalesce(max(NULLIF(date, '')), ''),
		count(*) FILTER (WHERE date = ''), count(*) FILTER (WHERE extractor_version < ?)
		FROM articles`, ExtractorVersion).
		Scan(&s.Articles, &s.Sources, &s.FirstDate, &s.LastDate, &s.Undated, &s.Outdated)
	if err != nil {
		return nil, fmt.Errorf("data: summary: %w", explain(db.path, err))
	}
	if err := db.db.QueryRowContext(ctx, "SELECT count(*) FROM claims").Scan(&s.Claims); err != nil {
		return nil, fmt.Errorf("data: summary: %w", explain(db.path, err))
	}
	for _, g := range []struct {
		dst *[]Count
		col string
	}{{&s.ByUnit, "unit"}, {&s.BySubject, "subject"}, {&s.ByMetric, "metric"}} {
		// col is one of three constants, never input.
		rows, err := db.db.QueryContext(ctx, "SELECT "+g.col+", count(*) AS n FROM claims GROUP BY "+g.col+
			" ORDER BY n DESC, "+g.col)
		if err != nil {
			return nil, fmt.Errorf("data: summary: %w", explain(db.path, err))
		}
		for rows.Next() {
			var c Count
			if err := rows.Scan(&c.Name, &c.N); err != nil {
				rows.Close()
				return nil, fmt.Errorf("data: summary: %w", explain(db.path, err))
			}
			*g.dst = append(*g.dst, c)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("data: summary: %w", explain(db.path, err))
		}
	}
	return s, nil
}

// CountClaims returns the number of claims stored.
func (db *DB) CountClaims(ctx context.Context) (int, error) {
	var n int
	if err := db.db.QueryRowContext(ctx, "SELECT count(*) FROM claims").Scan(&n); err != nil {
		return 0, fmt.Errorf("data: count claims: %w", explain(db.path, err))
	}
	return n, nil
}
