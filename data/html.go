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
// the page's metadata; the canonical URL (<link rel="canonical">, else
// og:url); and the publisher (og:site_name, else the publisher of the
// page's JSON-LD article, else application-name). Text is the main text and
// Base 0. A page larger than
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
	meta := headMeta(doc)
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
		URL:    meta.url(),
	}
	a.Publisher = cell(cmpOr(meta.siteName, page.SiteName(), meta.appName))
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

// pageMeta is what headMeta reads from a page's head: the first of each.
type pageMeta struct {
	canonical string // <link rel="canonical" href>
	ogURL     string // <meta property="og:url" content>
	siteName  string // <meta property="og:site_name" content>
	appName   string // <meta name="application-name" content>
}

// url is the page's canonical URL: the href of <link rel="canonical">,
// else the content of <meta property="og:url">.
func (m *pageMeta) url() string { return cmpOr(m.canonical, m.ogURL) }

// headMeta reads the canonical URL and the site's name from the links and
// meta elements before the page's body. Open Graph names are also taken
// from a meta's name attribute, as some pages write them.
func headMeta(doc *html.Node) pageMeta {
	var m pageMeta
	set := func(dst *string, v string) {
		if *dst == "" {
			*dst = strings.TrimSpace(v)
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					set(&m.canonical, attr(n, "href"))
				}
			case "meta":
				name := attr(n, "property")
				if name == "" {
					name = attr(n, "name")
				}
				switch strings.ToLower(strings.TrimSpace(name)) {
				case "og:url":
					set(&m.ogURL, attr(n, "content"))
				case "og:site_name":
					set(&m.siteName, attr(n, "content"))
				case "application-name":
					set(&m.appName, attr(n, "content"))
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
	return m
}

// cmpOr returns the first of ss that is not blank, trimmed, or "".
func cmpOr(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
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
