package data_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/data/storetest"
	"github.com/tradestats/tradestats/stats"
)

// fakeCheck gives each claim a check that depends on its text and ord, so
// that a stored check can be told from another claim's.
func fakeCheck(n *int) func(c *stats.Claim) stats.Check {
	return func(c *stats.Claim) stats.Check {
		*n++
		if *n%3 == 0 {
			return stats.Check{Verdict: stats.CheckNone, Reason: "none for " + c.Text}
		}
		ref := c.Value + 1
		return stats.Check{Verdict: stats.CheckDiffers, Reference: &ref, Series: "ny.gdp.mktp.cd",
			Year: 2000 + *n, Reason: fmt.Sprintf("checked %q", c.Text), Source: stats.WDISource}
	}
}

// TestCheckClaims: checks are stored with their claims, read back by
// EachClaim, replaced by a later check, counted, and dropped when the
// claims are re-extracted, on both stores.
func TestCheckClaims(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		ctx := context.Background()
		db := MustOpenDB(t, b)
		ingest(t, db, "../examples")
		all := allClaims(t, db, stats.ClaimFilter{})
		if len(all) < 20 {
			t.Fatalf("only %d claims", len(all))
		}
		for _, c := range all {
			if c.Check != nil {
				t.Fatalf("claim %q has a check before any", c.Text)
			}
		}

		// Check the claims about one subject.
		f := stats.ClaimFilter{Subject: "APEC"}
		var calls int
		var seen []stats.Claim
		n, err := db.CheckClaims(ctx, f, "test refs", fakeCheck(&calls), func(c *stats.Claim) error {
			if c.Check == nil {
				t.Error("fn called without the check set")
			}
			seen = append(seen, *c)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 || n != len(seen) || n != len(allClaims(t, db, f)) {
			t.Fatalf("checked %d, fn saw %d", n, len(seen))
		}
		back := allClaims(t, db, stats.ClaimFilter{})
		checked := 0
		for _, c := range back {
			if c.Check == nil {
				if c.Subject == "APEC" {
					t.Errorf("claim %q about APEC not checked", c.Text)
				}
				continue
			}
			checked++
			if c.Subject != "APEC" {
				t.Errorf("claim %q about %s checked", c.Text, c.Subject)
			}
		}
		if checked != n {
			t.Errorf("%d stored checks, want %d", checked, n)
		}
		// The stored checks are those fn saw, claim by claim.
		apec := allClaims(t, db, f)
		for i := range apec {
			got, want := apec[i].Check, seen[i].Check
			if got.Verdict != want.Verdict || got.Reason != want.Reason || got.Year != want.Year ||
				got.Series != want.Series || got.Source != want.Source ||
				(got.Reference == nil) != (want.Reference == nil) || got.Reference != nil && *got.Reference != *want.Reference {
				t.Errorf("claim %d: stored %+v, want %+v", i, got, want)
			}
		}

		counts, unchecked, err := db.CheckCounts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if counts[stats.CheckNone]+counts[stats.CheckDiffers] != n || unchecked != len(all)-n {
			t.Errorf("counts %v, %d unchecked; want %d checked of %d", counts, unchecked, n, len(all))
		}

		var withRef int
		if err := db.EachCheckedClaim(ctx, func(c *stats.Claim) error {
			if c.Check == nil || c.Check.Verdict == stats.CheckNone {
				t.Errorf("EachCheckedClaim gave %q with %+v", c.Text, c.Check)
			}
			withRef++
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		reasons, err := db.NoReferenceReasons(ctx)
		if err != nil {
			t.Fatal(err)
		}
		none := 0
		for _, r := range reasons {
			if !strings.HasPrefix(r.Name, "none for ") {
				t.Errorf("reason %q", r.Name)
			}
			none += r.N
		}
		if withRef != counts[stats.CheckDiffers] || none != counts[stats.CheckNone] {
			t.Errorf("%d with a reference, %d reasons; counts %v", withRef, none, counts)
		}

		// A second check replaces the first.
		if _, err := db.CheckClaims(ctx, f, "test refs", func(c *stats.Claim) stats.Check {
			return stats.Check{Verdict: stats.CheckAgrees, Reason: "again"}
		}, func(*stats.Claim) error { return nil }); err != nil {
			t.Fatal(err)
		}
		for _, c := range allClaims(t, db, f) {
			if c.Check == nil || c.Check.Reason != "again" || c.Check.Reference != nil {
				t.Errorf("claim %q: %+v after the second check", c.Text, c.Check)
			}
		}

		// An error from fn stops the run.
		stop := errors.New("stop")
		if _, err := db.CheckClaims(ctx, f, "x", fakeCheck(&calls), func(*stats.Claim) error { return stop }); !errors.Is(err, stop) {
			t.Errorf("error %v, want stop", err)
		}

		// Re-extracting replaces the claims and drops their checks.
		if _, err := db.Reextract(ctx, data.IngestOptions{}); err != nil {
			t.Fatal(err)
		}
		for _, c := range allClaims(t, db, stats.ClaimFilter{}) {
			if c.Check != nil {
				t.Errorf("claim %q kept its check after re-extraction", c.Text)
			}
		}
	})
}

// TestCheckClaimsReadOnly: on a database that cannot be written, the
// error says so and no check is stored.
func TestCheckClaimsReadOnly(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		name := b.NewDB(t)
		db, err := data.Open(context.Background(), name)
		if err != nil {
			t.Fatal(err)
		}
		ingest(t, db, "../examples/vietnam-trade.txt")
		db.Close()
		roName, want := name, "read-only file"
		if b == storetest.SQLite {
			restore := data.SetExtraDSN("&mode=ro")
			defer restore()
		} else {
			roName = storetest.WithParam(t, name, "default_transaction_read_only", "on")
			want = "read-only database"
		}
		if db, err = data.Open(context.Background(), roName); err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var n int
		_, err = db.CheckClaims(context.Background(), stats.ClaimFilter{}, "x", fakeCheck(&n), func(*stats.Claim) error { return nil })
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v, want a %s", err, want)
		}
		for _, c := range allClaims(t, db, stats.ClaimFilter{}) {
			if c.Check != nil {
				t.Errorf("claim %q has a check", c.Text)
			}
		}
	})
}
