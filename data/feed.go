package data

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/tradestats/tradestats/stats"
)

// feed reads an RSS or Atom feed: one article per item, with the item's
// title, publication date (else its update date), link and content (else
// its description), rendered from HTML to plain text, and the feed's title
// (the channel's or the feed's) as publisher. Text is that content and
// Base 0. An item with neither a title nor content is reported and
// skipped. A feed larger than maxFeedBytes is not read.
func (w *walker) feed(path string, r io.Reader) error {
	lr := &capReader{r: r, n: maxFeedBytes}
	f, err := gofeed.NewParser().Parse(lr)
	if lr.over {
		w.warn(path, 0, errTooLarge(maxFeedBytes))
		return nil
	}
	if err != nil {
		w.warn(path, 0, fmt.Errorf("not a readable RSS or Atom feed: %v", err))
		return nil
	}
	publisher := cell(htmlText(f.Title))
	for i, it := range f.Items {
		a := feedArticle(path, it)
		if a == nil {
			w.warn(path, 0, fmt.Errorf("item %d: no title or content", i+1))
			continue
		}
		a.Publisher = publisher
		if err := w.fn(a); err != nil {
			return err
		}
	}
	return nil
}

// feedArticle turns a feed item into an article, or nil if it is empty.
func feedArticle(source string, it *gofeed.Item) *stats.Article {
	body := it.Content
	if strings.TrimSpace(body) == "" {
		body = it.Description
	}
	a := &stats.Article{
		Source: source,
		Title:  cell(htmlText(it.Title)),
		Text:   htmlText(body),
		URL:    strings.TrimSpace(it.Link),
		Date:   feedDate(it.PublishedParsed, it.Published),
	}
	if a.Date == "" {
		a.Date = feedDate(it.UpdatedParsed, it.Updated)
	}
	switch {
	case a.Text != "":
		a.ID = stats.ArticleID(a.Text)
	case a.Title != "":
		// As for JSON Lines records without a body: the id comes from
		// the title, so that such items are still told apart.
		a.ID = stats.ArticleID(a.Title)
	default:
		return nil
	}
	return a
}

// feedDate is the ISO date of a feed time: the date as written, in the
// feed's time zone, when isoDate recognises the form, else the date of
// the time the feed parser made of it (which may be in UTC).
func feedDate(t *time.Time, raw string) string {
	if d := isoDate(raw); d != "" {
		return d
	}
	if t != nil && !t.IsZero() {
		return t.Format("2006-01-02")
	}
	return ""
}

// capReader reads at most n bytes of r, then fails, setting over, if r has
// more.
type capReader struct {
	r    io.Reader
	n    int
	over bool
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.n <= 0 {
		var one [1]byte
		if n, _ := io.ReadFull(c.r, one[:]); n > 0 {
			c.over = true
			return 0, errTooLarge(maxFeedBytes)
		}
		return 0, io.EOF
	}
	if len(p) > c.n {
		p = p[:c.n]
	}
	n, err := c.r.Read(p)
	c.n -= n
	return n, err
}
