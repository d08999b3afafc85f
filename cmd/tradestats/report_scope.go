package main

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/stats"
)

// reportScope is what a report is about: the claims its filters select
// (all the database holds without filters).
type reportScope struct {
	filter stats.ClaimFilter
	keep   func(*stats.Claim) bool // the filters the store does not apply; nil for none
}

// everything reports whether the scope is the whole database.
func (s reportScope) everything() bool {
	return s.filter == (stats.ClaimFilter{}) && s.keep == nil
}

// each calls yield with each claim of the scope.
func (s reportScope) each(ctx context.Context, db *data.DB, yield func(*stats.Claim) error) error {
	return db.EachClaim(ctx, s.filter, func(c *stats.Claim) error {
		if s.keep != nil && !s.keep(c) {
			return nil
		}
		return yield(c)
	})
}

// summary counts the scope's claims and articles, as db.Summary counts
// the database's (articles without claims in the scope are left out), and
// lists their publishers, most articles first.
func (s reportScope) summary(ctx context.Context, db *data.DB) (*data.Summary, []string, error) {
	if s.everything() {
		sum, err := db.Summary(ctx)
		if err != nil {
			return nil, nil, err
		}
		pubs, err := articlePublishers(ctx, db)
		return sum, pubs, err
	}
	sum := &data.Summary{}
	articles := map[string]string{} // id → date
	publisher := map[string]string{}
	subjects := map[string]int{}
	err := s.each(ctx, db, func(c *stats.Claim) error {
		sum.Claims++
		articles[c.Article] = c.Date
		publisher[c.Article] = c.Publisher
		subjects[c.Subject]++
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	byPub := map[string]int{}
	for _, p := range publisher {
		if p != "" {
			byPub[p]++
		}
	}
	pubs := make([]string, 0, len(byPub))
	for p := range byPub {
		pubs = append(pubs, p)
	}
	slices.SortFunc(pubs, func(a, b string) int { return cmp.Or(cmp.Compare(byPub[b], byPub[a]), strings.Compare(a, b)) })
	sum.Articles = len(articles)
	for _, d := range articles {
		if d == "" {
			sum.Undated++
			continue
		}
		if sum.FirstDate == "" || d < sum.FirstDate {
			sum.FirstDate = d
		}
		sum.LastDate = max(sum.LastDate, d)
	}
	for name, n := range subjects {
		sum.BySubject = append(sum.BySubject, data.Count{Name: name, N: n})
	}
	slices.SortFunc(sum.BySubject, func(a, b data.Count) int { return cmp.Or(cmp.Compare(b.N, a.N), strings.Compare(a.Name, b.Name)) })
	return sum, pubs, nil
}

// comparable reads the scope's claims that can be compared, those with a
// subject and a metric, as compare does.
func (s reportScope) comparable(ctx context.Context, db *data.DB) ([]stats.Claim, error) {
	var claims []stats.Claim
	err := s.each(ctx, db, func(c *stats.Claim) error {
		if c.Subject != "" && c.Metric != "" {
			claims = append(claims, *c)
		}
		return nil
	})
	return claims, err
}

// reportDatabase chooses the database report PATH... ingests into: --db
// (or $TRADESTATS_DB) adds to it; without either, a fresh database of
// just these inputs, DIR/tradestats.db, replaces an earlier report's. It
// says which on stdout and returns the --db value to use.
func reportDatabase(e *env, opts reportOptions) (string, error) {
	if opts.db != "" || os.Getenv("TRADESTATS_DB") != "" {
		fmt.Fprintf(e.stdout, "report: adding these inputs to database %s\n", data.Redact(dbPath(opts.db)))
		return opts.db, nil
	}
	if err := os.MkdirAll(opts.dir, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(opts.dir, reportDB)
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		if err := os.Remove(path + suffix); err != nil && !os.IsNotExist(err) {
			return "", outputError(path+suffix, err)
		}
	}
	fmt.Fprintf(e.stdout, "report: a fresh database of these inputs, %s (--db PATH adds them to another)\n", data.QuotePath(path))
	return path, nil
}
