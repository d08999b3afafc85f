package data

import (
	"bytes"
	"errors"
	"io"
	"path/filepath"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"

	"github.com/tradestats/tradestats/stats"
)

// readHTML reads a web page as one article: the main text as found by
// readability (navigation, scripts, styles, comments and other boilerplate
// dropped), rendered as plain text with a blank line between paragraphs;
// the title (readability's, else the file name); the publication date from
// the page's metadata; and the canonical URL (<link rel="canonical">, else
// og:url). Text is the main text and Base 0. A page larger than
// maxPageBytes is not read.
func readHTML(source string, r io.Reader) (*stats.Article, error) {
	b, err := io.ReadAll(io.LimitReader(r, int64(maxPageBytes)+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxPageBytes {
		return nil, errTooLarge(maxPageBytes)
	}
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	url := canonicalURL(doc)
	parser := readability.NewParser()
	page, err := parser.ParseAndMutate(doc, nil)
	if err != nil {
		return nil, err
	}
	if page.Node == nil {
		return nil, errors.New("no article text found in the page")
	}
	a := &stats.Article{
		Source: source,
		Title:  cell(page.Title()),
		Text:   cleanText(render.InnerText(page.Node)),
		URL:    url,
	}
	if a.Text == "" {
		return nil, errors.New("no article text found in the page")
	}
	if t, err := page.PublishedTime(); err == nil {
		a.Date = t.Format("2006-01-02")
	}
	if a.Title == "" {
		a.Title = fileTitle(source)
	}
	a.ID = stats.ArticleID(a.Text)
	return a, nil
}

// canonicalURL returns the page's canonical URL: the href of
// <link rel="canonical">, else the content of <meta property="og:url">.
func canonicalURL(doc *html.Node) string {
	var canonical, og string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") && canonical == "" {
					canonical = strings.TrimSpace(attr(n, "href"))
				}
			case "meta":
				if strings.EqualFold(attr(n, "property"), "og:url") && og == "" {
					og = strings.TrimSpace(attr(n, "content"))
				}
			case "body":
				return // metadata lives in the head
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if canonical != "" {
		return canonical
	}
	return og
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// htmlText renders an HTML fragment (a feed item's content) as plain text,
// with a blank line between paragraphs. Text without markup comes back as
// it is, its entities decoded.
func htmlText(s string) string {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return cleanText(s)
	}
	return cleanText(render.InnerText(doc))
}

// cleanText trims every line and the whole text, drops no-break spaces and
// keeps at most one blank line between paragraphs.
func cleanText(s string) string {
	s = strings.ReplaceAll(s, "\u00a0", " ")
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := true // at the start: drop leading blank lines
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, l)
		blank = false
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

// cell makes s one line: runs of white space become one space.
func cell(s string) string {
	if isCell(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isCell reports whether s is ASCII with single spaces between words and
// none at either end: cell(s) == s.
func isCell(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80 || c < ' ':
			return false // maybe Unicode white space; control characters
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return false
		}
	}
	return true
}

// fileTitle is the title of an article without one: its file name without
// extensions (".html.gz" too), "" for standard input.
func fileTitle(source string) string {
	if source == "-" {
		return ""
	}
	base := filepath.Base(source)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	if strings.EqualFold(filepath.Ext(source), ".gz") {
		base = strings.TrimSuffix(base, filepath.Ext(base))
	}
	return base
}
