package data

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tradestats/tradestats/stats"
)

// foldKey is the lookup key of a subject or metric: lower case, so that
// lookups ignore case (Unicode, unlike SQLite's NOCASE).
func foldKey(s string) string { return strings.ToLower(s) }

// claimColumns are the columns EachClaim reads, in scanClaim's order: the
// claim, its article's, and its check's (NULL when it has none).
// The title and publisher are read only as far as they are kept (see
// sharedArticle), and one character more, so that a longer one is cut:
// a title of megabytes is not read again for every claim.
var claimColumns = `c.text, c.start, c."end", c.value, c.max, c.unit, c.currency, c.unit_name,
	c.approx, c.item, c.subject, c.metric, c.period, c.change, c.sentence,
	a.id, substr(a.title, 1, ` + strconv.Itoa(maxTitleBytes+1) + `), a.source, a.date, a.base, a.url, c.carried,
	c.counterpart, c.indicator, c.outlook, substr(a.publisher, 1, ` + strconv.Itoa(maxPublisherBytes+1) + `),
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
	return db.eachClaim(ctx, f, "", func(c *stats.Claim, _ string, _ claimKey) error { return fn(c) })
}

// EachClaimURL is EachClaim that also passes the URL of the claim's article.
func (db *DB) EachClaimURL(ctx context.Context, f stats.ClaimFilter, fn func(c *stats.Claim, url string) error) error {
	return db.eachClaim(ctx, f, "", func(c *stats.Claim, url string, _ claimKey) error { return fn(c, url) })
}

// claimKey identifies a stored claim: its article's seq and its ord.
type claimKey struct {
	article int64
	ord     int
}

// eachClaim is EachClaimURL with the claims sorted by the expression by
// first ("" for none), then in ingest and text order, that also passes
// the claim's key.
func (db *DB) eachClaim(ctx context.Context, f stats.ClaimFilter, by string, fn func(c *stats.Claim, url string, key claimKey) error) error {
	var args sqlArgs
	where := db.claimWhere(f, &args)
	return db.eachClaimWhere(ctx, where, args, by, f.Limit, fn)
}

// eachClaimWhere is eachClaim with a WHERE clause (with a leading space,
// or "") and its arguments (added with args.add), the order by, and a
// limit (0 for none).
func (db *DB) eachClaimWhere(ctx context.Context, where string, args sqlArgs, by string, limit int, fn func(c *stats.Claim, url string, key claimKey) error) error {
	order := " ORDER BY c.article, c.ord"
	if by != "" {
		order = " ORDER BY " + by + ", c.article, c.ord"
	}
	q := "SELECT " + claimColumns + claimFrom + where + order
	if limit > 0 {
		q += " LIMIT " + args.add(limit)
	}
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("data: claims: %w", db.explain(err, true))
	}
	defer rows.Close()
	var art sharedArticle
	for rows.Next() {
		c := new(stats.Claim)
		var (
			max            sql.NullFloat64
			unit, app, chg string
			ind, outlook   string
			base           int
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
			&art.raw[0], &art.raw[1], &art.raw[2], &art.raw[3], &base, &art.raw[4], &c.Carried,
			&c.Counterpart, &ind, &outlook, &art.raw[5],
			&verdict, &kref, &kseries, &kyear, &kreason, &ksrc,
			&key.article, &key.ord); err != nil {
			return fmt.Errorf("data: claims: %w", db.explain(err, true))
		}
		url := art.fill(c)
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
		return fmt.Errorf("data: claims: %w", db.explain(err, true))
	}
	return nil
}

// sharedArticle gives the claims of one article the same strings for the
// article's fields, rather than a copy each, and cuts a long title or
// publisher (stored by an older tradestats, which did not cut them) as
// the readers do: a long title would otherwise be held, and printed, once
// per claim.
type sharedArticle struct {
	// raw are the columns as scanned: id, title, source, date, url,
	// publisher; valid until the next row
	raw                                     [6]sql.RawBytes
	id, title, source, date, url, publisher string
	ok                                      bool
}

// fill sets c's article fields from the row scanned, reusing the last
// row's strings when it is of the same article, and returns the URL.
func (s *sharedArticle) fill(c *stats.Claim) string {
	if !s.ok || string(s.raw[0]) != s.id || string(s.raw[1]) != s.title || string(s.raw[2]) != s.source ||
		string(s.raw[3]) != s.date || string(s.raw[4]) != s.url || string(s.raw[5]) != s.publisher {
		s.id, s.title, s.source = string(s.raw[0]), capField(string(s.raw[1]), maxTitleBytes), string(s.raw[2])
		s.date, s.url, s.publisher = string(s.raw[3]), string(s.raw[4]), capField(string(s.raw[5]), maxPublisherBytes)
		s.ok = true
	}
	c.Article, c.Title, c.Source, c.Date, c.Publisher = s.id, s.title, s.source, s.date, s.publisher
	return s.url
}

// sqlArgs are the arguments of a query being built.
type sqlArgs []any

// add appends v and returns its placeholder: "$1", "$2"...
func (a *sqlArgs) add(v any) string {
	*a = append(*a, v)
	return "$" + strconv.Itoa(len(*a))
}

// claimWhere returns the WHERE clause (with a leading space, or "") of a
// filter, adding its arguments to args. User input only ever goes in as an
// argument. The clause means the same in SQLite and PostgreSQL: Search
// compares lower() of the columns, which folds ASCII letters only in both
// (SQLite's lower, and PostgreSQL's on the "C"-collated columns), with a
// pattern folded the same way, as LIKE is case-sensitive in PostgreSQL.
func (db *DB) claimWhere(f stats.ClaimFilter, args *sqlArgs) string {
	var conds []string
	text := func(s string) string {
		if db.dialect.cleanText {
			return storableText(s)
		}
		return s
	}
	if f.Subject != "" {
		keys := []string{args.add(text(foldKey(f.Subject)))}
		if e, ok := stats.EntityByName(f.Subject); ok && foldKey(e.Name) != foldKey(f.Subject) {
			keys = append(keys, args.add(foldKey(e.Name)))
		}
		conds = append(conds, "c.subject_key IN ("+strings.Join(keys, ", ")+")")
	}
	if f.Metric != "" {
		conds = append(conds, "c.metric_key = "+args.add(text(foldKey(f.Metric))))
	}
	if f.Unit != "" {
		conds = append(conds, "c.unit = "+args.add(text(string(f.Unit))))
	}
	if f.Period != "" {
		// The period, or one within it: "1987" matches "1987-Q4".
		p := text(f.Period)
		conds = append(conds, "(c.period = "+args.add(p)+" OR substr(c.period, 1, "+
			args.add(utf8.RuneCountInString(p)+1)+") = "+args.add(p+"-")+")")
	}
	if f.Article != "" {
		conds = append(conds, "a.id = "+args.add(text(f.Article)))
	}
	if f.Min != nil {
		conds = append(conds, "c.value >= "+args.add(*f.Min))
	}
	if f.Max != nil {
		conds = append(conds, "c.value <= "+args.add(*f.Max))
	}
	for _, word := range strings.Fields(f.Search) {
		pat := args.add("%" + escapeLike(asciiLower(text(word))) + "%")
		conds = append(conds, `(lower(c.sentence) LIKE `+pat+` ESCAPE '\' OR lower(c.text) LIKE `+pat+
			` ESCAPE '\' OR lower(a.title) LIKE `+pat+` ESCAPE '\')`)
	}
	if len(conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(conds, " AND ")
}

// asciiLower returns s with its ASCII letters in lower case, as SQL's
// lower() in both stores.
func asciiLower(s string) string {
	return strings.Map(func(r rune) rune {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, s)
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
		return fmt.Errorf("data: articles: %w", db.explain(err, true))
	}
	defer rows.Close()
	for rows.Next() {
		a := new(stats.Article)
		var n int
		if err := rows.Scan(&a.ID, &a.Source, &a.Title, &a.Date, &a.URL, &a.Text, &a.Base, &a.Publisher, &n); err != nil {
			return fmt.Errorf("data: articles: %w", db.explain(err, true))
		}
		if err := fn(a, n); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("data: articles: %w", db.explain(err, true))
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
		count(*) FILTER (WHERE date = ''), count(*) FILTER (WHERE extractor_version < $1)
		FROM articles`, ExtractorVersion).
		Scan(&s.Articles, &s.Sources, &s.FirstDate, &s.LastDate, &s.Undated, &s.Outdated)
	if err != nil {
		return nil, fmt.Errorf("data: summary: %w", db.explain(err, true))
	}
	if err := db.db.QueryRowContext(ctx, "SELECT count(*) FROM claims").Scan(&s.Claims); err != nil {
		return nil, fmt.Errorf("data: summary: %w", db.explain(err, true))
	}
	for _, g := range []struct {
		dst *[]Count
		col string
	}{{&s.ByUnit, "unit"}, {&s.BySubject, "subject"}, {&s.ByMetric, "metric"}} {
		// col is one of three constants, never input.
		rows, err := db.db.QueryContext(ctx, "SELECT "+g.col+", count(*) AS n FROM claims GROUP BY "+g.col+
			" ORDER BY n DESC, "+g.col)
		if err != nil {
			return nil, fmt.Errorf("data: summary: %w", db.explain(err, true))
		}
		for rows.Next() {
			var c Count
			if err := rows.Scan(&c.Name, &c.N); err != nil {
				rows.Close()
				return nil, fmt.Errorf("data: summary: %w", db.explain(err, true))
			}
			*g.dst = append(*g.dst, c)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("data: summary: %w", db.explain(err, true))
		}
	}
	return s, nil
}

// CountClaims returns the number of claims stored.
func (db *DB) CountClaims(ctx context.Context) (int, error) {
	var n int
	if err := db.db.QueryRowContext(ctx, "SELECT count(*) FROM claims").Scan(&n); err != nil {
		return 0, fmt.Errorf("data: count claims: %w", db.explain(err, true))
	}
	return n, nil
}
