package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/pflag"

	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/data/refs"
	"github.com/tradestats/tradestats/stats"
)

func init() { register(cmdCheck) }

var cmdCheck = &command{
	Name:      "check",
	UsageLine: "check [--db PATH] [FILTER...] [--verdict V] [--format jsonl|json|csv|table] [--date YYYY-MM-DD] [FILE...]",
	Short:     "hold each figure against the World Bank's official statistics",
	Long: `
Check holds each claim against the official statistic: the World Bank's
World Development Indicators for the claim's economy (or bloc) and year.
A claim's frame (indicator, metric, unit, change, outlook, partner,
period, subject) maps to one series and year, or to no reference with the
reason: no series for the indicator or metric, a figure between two
economies, a quarter or a month, a forecast or target, a company.

The verdicts:

	agrees    the official figure lies in the interval the claim's figure
	          allows (its rounding and wording, as 'tradestats compare'
	          reads them) widened by the tolerance for revisions
	close     within twice the tolerance; or within it, but the official
	          figure leaves part of the subject out (a bloc member without
	          data, such as Taiwan in APEC)
	differs   further away
	none      no official figure applies; the reason says why

The tolerances: 0.5 points for growth rates, unemployment and interest
rates (0.2 for population growth, 1 for broad money growth); for
inflation 5% of the rate, at least 0.5 points;
for shares of a world total 2% of the share, at least 0.2 points; for
ratios to GDP 5%, at least 0.5 points; 5% for amounts (2% for
population, 10% for FDI); for balances 5%, at least 0.3% of exports plus
imports (trade) or 0.2% of GDP (current account). A bloc's level is the sum of
its members' in that year, a share of the world that sum over the World
total; rates of a bloc come only from the World Bank's own aggregates
(World, European Union, euro area, OECD). Money is checked in US dollars
or the economy's own currency, converted at the year's official exchange
rate; trade figures that do not say whether services are in are tried as
goods and as goods and services. See the README.

Without FILEs, check checks the claims stored in the database (all, or
those the FILTERs of 'tradestats claims' select: --subject, --metric,
--unit, --period, --article, --min, --max, --search, --limit), stores
each verdict with its claim (shown by 'tradestats claims' and 'tradestats
export') and prints them. With FILEs (read as 'tradestats extract' reads
them), it extracts and checks their claims without storing anything;
--date gives the date of articles that carry none, against which their
periods ("last year") are resolved.

--verdict V prints only the claims with verdict V (all are still stored).

The formats are those of 'tradestats claims': in jsonl each line is the
claim with its fields and "check": {"verdict", "reference" (the official
figure in the claim's unit and currency, or null), "series", "year",
"reason", "source"}; csv ends each row with the check's columns; table
shows the verdict, the official figure and the reason under each claim.

The reference data are built into tradestats, with a user file from
'tradestats refs update' taking precedence (see 'tradestats help refs').
Source: World Bank, World Development Indicators (CC BY 4.0).

Exit status: 0 on success, 1 if the database cannot be read or written,
a FILE cannot be read or an article fails, 2 for a usage error.
`,
	Flags: func(fs *pflag.FlagSet) runFunc {
		var opts checkOptions
		dbFlag(fs, &opts.db)
		filterFlags(fs, &opts.filter)
		fs.StringVar(&opts.verdict, "verdict", "", "print only the claims with verdict `V`: agrees, close, differs or none")
		fs.StringVarP(&opts.format, "format", "f", "", "output `FORMAT`: jsonl, json, csv or table (default: table on a terminal, else jsonl)")
		dateFlag(fs, &opts.date)
		return func(ctx context.Context, e *env, args []string) error {
			return runCheck(ctx, e, opts, args)
		}
	},
}

// checkOptions are the flags of check.
type checkOptions struct {
	db      string
	filter  filterOptions
	verdict string
	format  string
	date    string
}

// loadChecker is the reference data check uses; tests may replace it.
var loadChecker = func() (*stats.Checker, string, error) {
	t, err := refs.Load()
	if err != nil {
		return nil, "", err
	}
	return stats.NewChecker(t), t.Origin(), nil
}

// runCheck checks stored claims, or the claims of FILEs.
func runCheck(ctx context.Context, e *env, opts checkOptions, files []string) error {
	f, err := opts.filter.claimFilter()
	if err != nil {
		return err
	}
	verdict := stats.CheckVerdict(strings.ToLower(strings.TrimSpace(opts.verdict)))
	if verdict != "" && !slices.Contains(stats.CheckVerdicts, verdict) {
		return usageErrorf("unknown verdict %q (want agrees, close, differs or none)", opts.verdict)
	}
	if err := checkDate(opts.date); err != nil {
		return err
	}
	if len(files) > 0 && f != (stats.ClaimFilter{}) {
		return usageErrorf("the claim filters select stored claims: give FILEs or filters, not both")
	}
	if len(files) == 0 && opts.date != "" {
		return usageErrorf("--date is for FILEs: stored articles have their dates")
	}
	format := e.format(opts.format)
	out := bufio.NewWriterSize(e.stdout, 64<<10)
	w, err := newCheckWriter(format, out, e.width)
	if err != nil {
		return &usageError{err.Error()}
	}
	checker, origin, err := loadChecker()
	if err != nil {
		return err
	}
	g := &articleGroups{w: w, keep: func(c *stats.Claim) bool { return verdict == "" || c.Check.Verdict == verdict }}
	if len(files) > 0 {
		err = checkFiles(ctx, e, files, opts.date, checker, g)
	} else {
		err = checkStored(ctx, e, opts.db, f, origin, checker, g)
	}
	// The output ends whatever happened (errFailed: some inputs could not
	// be read, the others were checked); a write error comes first.
	if cerr := g.close(); cerr != nil && (err == nil || errors.Is(err, errFailed)) {
		err = cerr
	}
	if ferr := out.Flush(); ferr != nil && (err == nil || errors.Is(err, errFailed)) {
		err = ferr
	}
	return err
}

// checkStored checks the stored claims that f selects and stores the
// verdicts.
func checkStored(ctx context.Context, e *env, dbFlag string, f stats.ClaimFilter, origin string,
	checker *stats.Checker, g *articleGroups) error {
	db, err := openDB(ctx, dbFlag, false)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.CheckClaims(ctx, f, origin, checker.Check, g.add)
	if errors.Is(err, data.ErrReadOnly) {
		// Everything was printed; say that nothing was stored.
		if ferr := g.close(); ferr != nil {
			return ferr
		}
		return fmt.Errorf("database %s is read-only: the verdicts were printed but not stored", db.Path())
	}
	return err
}

// checkFiles extracts and checks the claims of files, as extract reads
// them (date is the date of articles without one).
func checkFiles(ctx context.Context, e *env, files []string, date string, checker *stats.Checker, g *articleGroups) error {
	failed := 0
	readFailed, err := extractSerial(ctx, e, files, date, func(it *extractItem) error {
		switch {
		case it.warn != nil:
			fmt.Fprintf(e.stderr, "tradestats: check: %v\n", it.warn)
			return nil
		case it.err != nil:
			failed++
			fmt.Fprintf(e.stderr, "tradestats: check: %s: article %d: %v\n", it.a.Source, it.n, it.err)
			return nil
		}
		for i := range it.claims {
			ch := checker.Check(&it.claims[i])
			it.claims[i].Check = &ch
		}
		return g.article(it.a, it.claims)
	})
	if err != nil {
		return err
	}
	if readFailed > 0 || failed > 0 {
		return errFailed
	}
	return nil
}

// articleGroups hands claims to a claimWriter an article at a time, as
// they stream by in article order, keeping those keep accepts.
type articleGroups struct {
	w     claimWriter
	keep  func(*stats.Claim) bool
	art   stats.Article
	group []stats.Claim
	n     int // articles written
}

// add adds a claim of the current article, or of the next one.
func (g *articleGroups) add(c *stats.Claim) error {
	if len(g.group) > 0 && c.Article != g.art.ID {
		if err := g.flush(); err != nil {
			return err
		}
	}
	if len(g.group) == 0 {
		g.art = stats.Article{ID: c.Article, Title: c.Title, Source: c.Source, Date: c.Date, Publisher: c.Publisher}
	}
	g.group = append(g.group, *c)
	return nil
}

// article writes a whole article's claims.
func (g *articleGroups) article(a *stats.Article, claims []stats.Claim) error {
	if err := g.flush(); err != nil {
		return err
	}
	g.art = *a
	g.group = append(g.group, claims...)
	return g.flush()
}

// flush writes the current article's kept claims.
func (g *articleGroups) flush() error {
	if len(g.group) == 0 {
		return nil
	}
	kept := g.group
	if g.keep != nil {
		kept = slices.DeleteFunc(g.group, func(c stats.Claim) bool { return !g.keep(&c) })
	}
	var err error
	if len(kept) > 0 {
		err = g.w.WriteArticle(&g.art, kept)
		g.n++
	}
	g.group = g.group[:0]
	return err
}

// close writes the last article and ends the output.
func (g *articleGroups) close() error {
	if g.w == nil {
		return nil
	}
	err := g.flush()
	if cerr := g.w.Close(); err == nil {
		err = cerr
	}
	g.w = nil
	return err
}
