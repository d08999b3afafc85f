package data

import (
	"context"
	"sync"
)

// MaxInflightText bounds the article text between a reader and its writer
// (read, being extracted, or extracted and waiting to be written), in
// Ingest and in the command's extract,
// besides the bound on the number of articles: the claims of articles cut
// into 1 MiB parts (see Reader.Walk) take tens of MB each, and extraction
// runs ahead of the writer. News articles are far smaller, so it is the
// number of articles that bounds them.
const MaxInflightText = 4 << 20

// A Budget bounds a quantity in flight between goroutines: acquire waits
// until what is in use and the amount asked for fit the limit (or nothing
// is in use: one item larger than the limit still goes).
type Budget struct {
	mu    sync.Mutex
	used  int
	limit int
	freed chan struct{} // closed, and replaced, when some is released
}

// NewBudget returns a budget of limit.
func NewBudget(limit int) *Budget {
	return &Budget{limit: limit, freed: make(chan struct{})}
}

// Acquire takes n from the budget, waiting for room, or returns ctx's
// error if ctx is done first.
func (b *Budget) Acquire(ctx context.Context, n int) error {
	for {
		b.mu.Lock()
		if b.used == 0 || b.used+n <= b.limit {
			b.used += n
			b.mu.Unlock()
			return nil
		}
		freed := b.freed
		b.mu.Unlock()
		select {
		case <-freed:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// Release gives n back to the budget.
func (b *Budget) Release(n int) {
	b.mu.Lock()
	b.used -= n
	close(b.freed)
	b.freed = make(chan struct{})
	b.mu.Unlock()
}
