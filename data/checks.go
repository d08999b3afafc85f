package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/tradestats/tradestats/stats"
)

// checkBatch is how many checks are written per transaction.
const checkBatch = 2000

// ErrReadOnly is returned (wrapped) by CheckClaims for a database opened
// read-only: the checks were computed and passed to fn but not stored.
var ErrReadOnly = errors.New("database is read-only: the checks were not stored")

// CheckClaims calls check with every claim f selects, in EachClaim's
// order (the claim as stored, without its earlier check), sets the
// claim's Check to its result, stores it (replacing an earlier check of
// the claim; a check that says the same is left as it is, with the time
// and reference data of when it was first stored) and calls fn with the
// claim. refs names the
// reference data the checks come from. Checks are written in batches of
// whole transactions as the claims stream by, so that an interrupted run
// keeps the checks already made; fn runs before the claim's batch is
// committed. It returns the number of claims checked.
//
// On a database opened read-only (see Open) every claim is still checked
// and passed to fn, and the error wraps ErrReadOnly.
func (db *DB) CheckClaims(ctx context.Context, f stats.ClaimFilter, refs string,
	check func(*stats.Claim) stats.Check, fn func(*stats.Claim) error) (int, error) {
	type row struct {
		key claimKey
		ch  stats.Check
	}
	var (
		batch []row
		n     int
	)
	now := db.Now().UTC().Format(time.RFC3339)
	flush := func() error {
		if len(batch) == 0 || db.readOnly {
			batch = batch[:0]
			return nil
		}
		err := db.writeChecks(ctx, func(ins *sql.Stmt) error {
			for _, r := range batch {
				var ref any
				if r.ch.Reference != nil {
					ref = *r.ch.Reference
				}
				if _, err := ins.ExecContext(ctx, r.key.article, r.key.ord, string(r.ch.Verdict), ref,
					r.ch.Series, r.ch.Year, r.ch.Reason, r.ch.Source, refs, now); err != nil {
					return err
				}
			}
			return nil
		})
		batch = batch[:0]
		return err
	}
	err := db.eachClaim(ctx, f, "", func(c *stats.Claim, _ string, key claimKey) error {
		stored := c.Check
		c.Check = nil
		ch := check(c)
		c.Check = &ch
		n++
		if err := fn(c); err != nil {
			return err
		}
		if stored != nil && sameCheck(*stored, ch) {
			return nil // stored already
		}
		batch = append(batch, row{key, ch})
		if len(batch) >= checkBatch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err == nil && db.readOnly && n > 0 {
		err = fmt.Errorf("data: %s: %w", db.name, ErrReadOnly)
	}
	return n, err
}

// sameCheck reports whether two checks say the same.
func sameCheck(a, b stats.Check) bool {
	if (a.Reference == nil) != (b.Reference == nil) || a.Reference != nil && *a.Reference != *b.Reference {
		return false
	}
	a.Reference, b.Reference = nil, nil
	return a == b
}

// writeChecks runs write in one transaction with the statement that
// stores a check.
func (db *DB) writeChecks(ctx context.Context, write func(ins *sql.Stmt) error) (err error) {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("data: checks: %w", db.explain(err, true))
	}
	defer func() {
		if err != nil {
			tx.Rollback()
			err = fmt.Errorf("data: checks: %w", db.explain(err, true))
		}
	}()
	ins, err := tx.PrepareContext(ctx, `INSERT INTO checks
		(article, ord, verdict, reference, series, year, reason, source, refs, checked_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
		ON CONFLICT (article, ord) DO UPDATE SET verdict = excluded.verdict,
		reference = excluded.reference, series = excluded.series, year = excluded.year,
		reason = excluded.reason, source = excluded.source, refs = excluded.refs,
		checked_at = excluded.checked_at`)
	if err != nil {
		return err
	}
	defer ins.Close()
	if err := write(ins); err != nil {
		return err
	}
	return tx.Commit()
}

// CheckCounts returns how many stored claims have each verdict, and how
// many claims have none stored.
func (db *DB) CheckCounts(ctx context.Context) (counts map[stats.CheckVerdict]int, unchecked int, err error) {
	counts = map[stats.CheckVerdict]int{}
	rows, err := db.db.QueryContext(ctx, `SELECT k.verdict, count(*) FROM checks k GROUP BY k.verdict`)
	if err != nil {
		return nil, 0, fmt.Errorf("data: checks: %w", db.explain(err, true))
	}
	defer rows.Close()
	checked := 0
	for rows.Next() {
		var v string
		var n int
		if err := rows.Scan(&v, &n); err != nil {
			return nil, 0, fmt.Errorf("data: checks: %w", db.explain(err, true))
		}
		counts[stats.CheckVerdict(v)] = n
		checked += n
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("data: checks: %w", db.explain(err, true))
	}
	total, err := db.CountClaims(ctx)
	if err != nil {
		return nil, 0, err
	}
	return counts, total - checked, nil
}

// ReadOnly reports whether the database was opened read-only (see Open).
func (db *DB) ReadOnly() bool { return db.readOnly }

// EachCheckedClaim calls fn with every stored claim whose check found an
// official figure (agrees, close or differs), in EachClaim's order.
func (db *DB) EachCheckedClaim(ctx context.Context, fn func(c *stats.Claim) error) error {
	return db.eachClaimWhere(ctx, " WHERE k.verdict IS NOT NULL AND k.verdict <> 'none'", nil, "", 0,
		func(c *stats.Claim, _ string, _ claimKey) error { return fn(c) })
}

// NoReferenceReasons returns the reasons of the stored checks without an
// official figure, with how many claims have each, most first.
func (db *DB) NoReferenceReasons(ctx context.Context) ([]Count, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT reason, count(*) AS n FROM checks
		WHERE verdict = 'none' GROUP BY reason ORDER BY n DESC, reason`)
	if err != nil {
		return nil, fmt.Errorf("data: checks: %w", db.explain(err, true))
	}
	defer rows.Close()
	var out []Count
	for rows.Next() {
		var c Count
		if err := rows.Scan(&c.Name, &c.N); err != nil {
			return nil, fmt.Errorf("data: checks: %w", db.explain(err, true))
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("data: checks: %w", db.explain(err, true))
	}
	return out, nil
}
