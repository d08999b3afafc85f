package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tradestats/tradestats/stats"
)

// Batch limits of Ingest and Reextract: a batch of whole articles is
// written in one transaction when it has this many articles or claims, or
// when its first article has waited this long. Short transactions keep
// other processes' waits short; batches keep commits few.
const (
	batchArticles = 500
	batchClaims   = 8000
	batchAge      = 100 * time.Millisecond
)

// IngestStats counts what Ingest or Reextract did.
type IngestStats struct {
	Files       int // input files (or "-") that gave articles
	New         int // articles stored with their claims
	Unchanged   int // articles already stored (same id), left as they were
	Failed      int // inputs and records that could not be read
	Reextracted int // articles whose claims were replaced (Reextract)
	Claims      int // claims written
	Removed     int // claims deleted, being replaced (Reextract)
}

// Articles returns the number of articles read: new, unchanged and
// re-extracted.
func (s IngestStats) Articles() int { return s.New + s.Unchanged + s.Reextracted }

// IngestOptions tunes Ingest and Reextract. The zero value is ready to use.
type IngestOptions struct {
	// Workers is the number of goroutines that run the extractor;
	// 0 means runtime.GOMAXPROCS.
	Workers int
	// Progress, if set, is called with the running totals after every
	// committed batch, from the goroutine that called Ingest.
	Progress func(IngestStats)
	// Warn, if set, is called by Reextract, from the goroutine that
	// called it, for every stored article the extractor failed on (it
	// panicked), with an *InputError "SOURCE: stored article SEQ:
	// internal error: ...". The article keeps its claims and is counted
	// in Failed. (Ingest reports such articles to its Reader's Warn.)
	Warn func(error)
}

// extractArticle is the extractor; tests replace it.
var extractArticle = stats.Extract

// safeExtract runs extractArticle on a, turning a panic into an error, so
// that one article the extractor fails on does not end an ingest.
func safeExtract(a *stats.Article) (claims []stats.Claim, err error) {
	defer func() {
		if p := recover(); p != nil {
			claims, err = nil, fmt.Errorf("internal error: %v", p)
		}
	}()
	return extractArticle(a), nil
}

// Ingest reads the articles in paths with r (see Reader.Walk) and stores
// every article whose id is not stored yet, with the claims stats.Extract
// finds in it. Articles already stored are counted as unchanged and not
// extracted again.
//
// Articles are extracted in parallel and stored in input order, in
// transactions of whole articles: an article's row and its claims are
// committed together, so an interrupted or killed ingest leaves only
// complete articles, and running it again stores the rest. Several
// processes may ingest into one database at once.
//
// Problems with single inputs go to r.Warn and are counted in Failed
// (warnings, see InputError, are not); the other inputs are still read. So does an article the extractor fails on
// (it panics), as an *InputError "SOURCE: article N: internal error: ..."
// with N the article's number in its source, from 1; it is not stored.
// r.Warn is never called from two goroutines at once. An error writing
// the database stops the ingest and is returned. When ctx is cancelled,
// the articles read so far are stored and ctx's error is returned with the
// stats.
func (db *DB) Ingest(ctx context.Context, r *Reader, paths []string, opts IngestOptions) (IngestStats, error) {
	var failed atomic.Int64
	var warnMu sync.Mutex // the reader and the writer both warn
	warn := func(err error) {
		if !IsWarning(err) { // a header line not used is no failure
			failed.Add(1)
		}
		if r.Warn != nil {
			warnMu.Lock()
			defer warnMu.Unlock()
			r.Warn(err)
		}
	}
	rr := *r
	rr.Warn = warn
	known := &storedIDs{db: db, stmts: map[int]*sql.Stmt{}}
	defer known.close()
	feed := func(ctx context.Context, emit func(j *job) error) error {
		last := ""
		first := true
		n := 0
		_, err := rr.WalkContext(ctx, paths, func(a *stats.Article) error {
			j := &job{a: a, newFile: first || a.Source != last}
			if j.newFile {
				n = 0
			}
			n++
			j.n = n
			first, last = false, a.Source
			return emit(j)
		})
		return err
	}
	skip := func(j *job, err error) {
		warn(&InputError{Path: j.a.Source, Err: fmt.Errorf("article %d: %w", j.n, err)})
	}
	st, err := db.pipeline(ctx, feed, known.lookup, false, opts, func() int { return int(failed.Load()) }, skip)
	if err != nil && !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
		err = fmt.Errorf("data: ingest: %w", db.explain(err, true))
	}
	return st, err
}

// Reextract runs the current extractor over the text of every stored
// article and replaces its claims, in transactions of whole articles as
// Ingest does, and records ExtractorVersion for it. No source files are
// needed. When ctx is cancelled the articles done so far keep their new
// claims, the others their old ones.
func (db *DB) Reextract(ctx context.Context, opts IngestOptions) (IngestStats, error) {
	feed := func(ctx context.Context, emit func(j *job) error) error {
		// Pages of articles in ingest order, each read in one short query,
		// so that no read transaction stays open while the writer commits.
		var after int64
		for {
			if err := ctx.Err(); err != nil {
				return err
			}
			rows, err := db.db.QueryContext(ctx, `SELECT seq, id, source, title, date, url, text, base, publisher
				FROM articles WHERE seq > $1 ORDER BY seq LIMIT 256`, after)
			if err != nil {
				return err
			}
			var page []*job
			for rows.Next() {
				j := &job{a: new(stats.Article)}
				a := j.a
				if err := rows.Scan(&j.seq, &a.ID, &a.Source, &a.Title, &a.Date, &a.URL, &a.Text, &a.Base, &a.Publisher); err != nil {
					rows.Close()
					return err
				}
				page = append(page, j)
			}
			err = rows.Err()
			rows.Close()
			if err != nil {
				return err
			}
			if len(page) == 0 {
				return nil
			}
			for _, j := range page {
				if err := emit(j); err != nil {
					return err
				}
			}
			after = page[len(page)-1].seq
		}
	}
	failed := 0
	skip := func(j *job, err error) {
		failed++
		if opts.Warn != nil {
			opts.Warn(&InputError{Path: j.a.Source, Err: fmt.Errorf("stored article %d: %w", j.seq, err)})
		}
	}
	st, err := db.pipeline(ctx, feed, nil, true, opts, func() int { return failed }, skip)
	if err != nil && !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
		err = fmt.Errorf("data: reextract: %w", db.explain(err, true))
	}
	return st, err
}

// lookupBatch is the most articles a worker looks up in one query: it
// takes the articles that are waiting for a worker, up to this many, so
// that a server is asked once for several articles when they come fast,
// and at once for one when they come slowly.
const lookupBatch = 32

// storedIDs tells which articles are stored, by id, with a prepared
// statement for each number of ids.
type storedIDs struct {
	db    *DB
	mu    sync.Mutex
	stmts map[int]*sql.Stmt
}

// lookup returns the set of the ids of jobs' articles that are stored.
func (s *storedIDs) lookup(ctx context.Context, jobs []*job) (map[string]bool, error) {
	s.mu.Lock()
	stmt := s.stmts[len(jobs)]
	if stmt == nil {
		var b strings.Builder
		b.WriteString("SELECT id FROM articles WHERE id IN (")
		for i := range jobs {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString("$" + strconv.Itoa(i+1))
		}
		b.WriteString(")")
		var err error
		if stmt, err = s.db.db.PrepareContext(ctx, b.String()); err != nil {
			s.mu.Unlock()
			return nil, err
		}
		s.stmts[len(jobs)] = stmt
	}
	s.mu.Unlock()
	args := make([]any, len(jobs))
	for i, j := range jobs {
		args[i] = j.a.ID
	}
	rows, err := stmt.QueryContext(ctx, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var stored map[string]bool
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		if stored == nil {
			stored = map[string]bool{}
		}
		stored[id] = true
	}
	return stored, rows.Err()
}

// close releases the statements.
func (s *storedIDs) close() {
	for _, stmt := range s.stmts {
		stmt.Close()
	}
}

// job is one article on its way through the pipeline.
type job struct {
	a       *stats.Article
	seq     int64 // stored article (reextract)
	newFile bool  // the first article of an input file
	n       int   // the article's number in its input file, from 1 (Ingest)
	done    chan extracted
	// extractErr, set before done is sent on, says that the extractor
	// failed on the article (it panicked): it is skipped.
	extractErr error
}

// pipeline extracts the articles that feed emits on all cores and writes
// them in feed order, in batches. known, if set, tells articles already
// stored (by id), which are not extracted. With replace, the articles are stored
// ones whose claims are replaced. An article the extractor fails on is
// passed to skip, from this goroutine, and not written; failed gives the
// count of inputs and articles that failed.
func (db *DB) pipeline(ctx context.Context, feed func(context.Context, func(*job) error) error,
	known func(context.Context, []*job) (map[string]bool, error), replace bool, opts IngestOptions, failed func() int,
	skip func(*job, error)) (IngestStats, error) {
	var st IngestStats
	w, err := newWriter(ctx, db)
	if err != nil {
		return st, err
	}
	defer w.close()

	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// stop ends the reader and the workers early when writing fails.
	fctx, stop := context.WithCancel(ctx)
	defer stop()
	jobs := make(chan *job, lookupBatch*workers)
	order := make(chan *job, 4*batchArticles/5) // bounds the articles in flight
	inflight := NewBudget(MaxInflightText)      // and their text

	// The reader: articles in input order, to the workers and, in the same
	// order, to the writer.
	var feedErr error
	go func() {
		defer close(order)
		defer close(jobs)
		feedErr = feed(fctx, func(j *job) error {
			if err := fctx.Err(); err != nil {
				return err
			}
			j.done = make(chan extracted, 1)
			if err := inflight.Acquire(fctx, len(j.a.Text)); err != nil {
				return err
			}
			select {
			case order <- j:
			case <-fctx.Done():
				return fctx.Err()
			}
			jobs <- j // workers never block, so neither does this for long
			return nil
		})
	}()

	// The workers.
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var group []*job
			for j := range jobs {
				group = append(group[:0], j)
				var stored map[string]bool
				var err error
				if known != nil {
					// The articles waiting already, looked up at once.
				take:
					for len(group) < lookupBatch {
						select {
						case j, ok := <-jobs:
							if !ok {
								break take
							}
							group = append(group, j)
						default:
							break take
						}
					}
					if stored, err = known(fctx, group); fctx.Err() != nil {
						err = nil
					}
				}
				for _, j := range group {
					x := extracted{a: j.a, seq: j.seq, known: stored[j.a.ID], err: err}
					if !x.known && x.err == nil {
						x.claims, j.extractErr = safeExtract(j.a)
					}
					j.done <- x
				}
			}
		}()
	}
	defer wg.Wait()

	// The writer, here.
	var (
		batch    []extracted
		nclaims  int
		deadline <-chan time.Time
		timer    *time.Timer
	)
	flush := func() error {
		if timer != nil {
			timer.Stop()
			deadline = nil
		}
		r, err := w.writeBatch(ctx, batch, replace)
		for i := range batch {
			batch[i] = extracted{} // drop the texts
		}
		batch, nclaims = batch[:0], 0
		if err != nil {
			return err
		}
		st.New += r.added
		st.Unchanged += r.unchanged
		st.Claims += r.claims
		st.Removed += r.removed
		if replace {
			st.Reextracted += r.replaced
		}
		st.Failed = failed()
		if opts.Progress != nil {
			opts.Progress(st)
		}
		return nil
	}
	var werr error
loop:
	for {
		var j *job
		var ok bool
		select {
		case j, ok = <-order:
		case <-deadline:
			if werr = flush(); werr != nil {
				break loop
			}
			j, ok = <-order
		}
		if !ok {
			break
		}
		var x extracted
		select {
		case x = <-j.done:
		case <-deadline:
			if werr = flush(); werr != nil {
				break loop
			}
			x = <-j.done
		}
		inflight.Release(len(j.a.Text))
		if x.err != nil {
			werr = x.err
			break
		}
		if j.newFile {
			st.Files++
		}
		if x.known {
			st.Unchanged++
			continue
		}
		if j.extractErr != nil {
			skip(j, j.extractErr)
			st.Failed = failed()
			continue
		}
		if len(batch) == 0 {
			if timer == nil {
				timer = time.NewTimer(batchAge)
			} else {
				timer.Reset(batchAge)
			}
			deadline = timer.C
		}
		batch = append(batch, x)
		nclaims += len(x.claims)
		if len(batch) >= batchArticles || nclaims >= batchClaims {
			if werr = flush(); werr != nil {
				break
			}
		}
	}
	if werr == nil {
		werr = flush()
	}
	if werr != nil {
		stop()
		for range order { // let the reader finish
		}
		return st, werr
	}
	st.Failed = failed()
	if feedErr != nil {
		return st, feedErr
	}
	return st, ctx.Err()
}
