package main

import (
	"io"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tradestats/tradestats/stats"
)

// tableWriter prints claims for people: a header line per article, then its
// claims in aligned columns that fit the line width.
type tableWriter struct {
	w     io.Writer
	width int
	n     int // articles written
	sb    strings.Builder
}

// tableColumns are the table's column headings.
var tableColumns = []string{"TEXT", "VALUE", "UNIT", "SUBJECT", "METRIC", "PERIOD"}

// startArticle begins an article's part of a table in sb: a blank line
// after the article before (n counts them) and a header line with the
// title, the source and the date.
func startArticle(sb *strings.Builder, n *int, a *stats.Article, width int) {
	sb.Reset()
	if *n > 0 {
		sb.WriteString("\n")
	}
	*n++
	title := a.Title
	if title == "" {
		title = "(untitled)"
	}
	where := a.Source
	if a.Date != "" {
		where += ", " + a.Date
	}
	sb.WriteString(headerLine(cell(title), cell(where), width) + "\n")
}

// minColumn is the width below which a column is not shrunk further.
const minColumn = 6

func (t *tableWriter) WriteArticle(a *stats.Article, claims []stats.Claim) error {
	startArticle(&t.sb, &t.n, a, t.width)
	if len(claims) == 0 {
		t.sb.WriteString("  (no claims)\n")
		_, err := io.WriteString(t.w, t.sb.String())
		return err
	}
	// Claims checked by 'tradestats check' show their verdict.
	checked := slices.ContainsFunc(claims, func(c stats.Claim) bool { return c.Check != nil })
	head := tableColumns
	if checked {
		head = append(slices.Clip(head), "CHECK")
	}
	rows := [][]string{head}
	for i := range claims {
		c := &claims[i]
		row := []string{cell(c.Text), humanValue(c), humanUnit(c),
			cell(c.Subject), cell(c.Metric), cell(c.Period)}
		if checked {
			v := ""
			if c.Check != nil {
				v = string(c.Check.Verdict)
			}
			row = append(row, v)
		}
		rows = append(rows, row)
	}
	widths := fitColumns(rows, t.width-2)
	for _, row := range rows {
		t.sb.WriteString(tableLine(row, widths) + "\n")
	}
	_, err := io.WriteString(t.w, t.sb.String())
	return err
}

func (t *tableWriter) Close() error { return nil }

// headerLine is an article's header, "Title (source, date)", shortening
// the title first if it does not fit in width.
func headerLine(title, where string, width int) string {
	where = " (" + where + ")"
	if n := width - utf8.RuneCountInString(where); n >= width/2 {
		title = truncate(title, n)
	}
	return truncate(title+where, width)
}

// fitColumns returns the width of each column: the widest cell, shrinking
// the widest columns (but none below minColumn or its heading) until the
// row, with two spaces between columns, fits in width.
func fitColumns(rows [][]string, width int) []int {
	widths := make([]int, len(rows[0]))
	for _, row := range rows {
		for i, s := range row {
			widths[i] = max(widths[i], utf8.RuneCountInString(s))
		}
	}
	total := 2 * (len(widths) - 1)
	for _, w := range widths {
		total += w
	}
	for total > width {
		widest := -1
		for i, w := range widths {
			if w > max(minColumn, len(rows[0][i])) && (widest < 0 || w > widths[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			break // cannot shrink further
		}
		widths[widest]--
		total--
	}
	return widths
}

// cell makes s fit on one line: runs of white space and control
// characters (line breaks, escapes) become one space.
func cell(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r)
	}), " ")
}

// truncate shortens s to at most n runes, ending with "…" if shortened.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 0 {
		return ""
	}
	i := 0
	for k := 0; k < n-1; k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i] + "…"
}

// humanValue formats a claim's value for people: "USD 38.37bn", "62%",
// "3–4%", "2nd", with "~", "<" or ">" for about, under and over, and an
// arrow for a change.
func humanValue(c *stats.Claim) string {
	var prefix, suffix string
	switch c.Approx {
	case stats.About:
		prefix = "~"
	case stats.Under:
		prefix = "<"
	case stats.Over:
		prefix = ">"
	}
	switch c.Change {
	case stats.Up:
		suffix = " ↑"
	case stats.Down:
		suffix = " ↓"
	}
	return prefix + humanAmount(c) + suffix
}

// humanAmount formats a claim's value or range with its unit, the one
// way tradestats writes figures (stats.FormatValue): "$38.37bn", "62%",
// "3–4%", "C$10–15bn", "2nd", "1.2m barrel per day".
func humanAmount(c *stats.Claim) string {
	var s string
	if c.Max == nil {
		s = stats.FormatValue(c.Value, c.Unit, c.Currency)
	} else {
		div, suffix := stats.ScaleFor(math.Max(math.Abs(c.Value), math.Abs(*c.Max)), c.Unit)
		s = stats.DecorateNumber(stats.FormatNumber(c.Value/div, 4)+"–"+stats.FormatNumber(*c.Max/div, 4), suffix, c.Unit, c.Currency)
	}
	if c.UnitName != "" && (c.Unit == stats.UnitMoney || c.Unit == stats.UnitQuantity) {
		if c.Unit == stats.UnitMoney && !strings.HasPrefix(c.UnitName, "per ") {
			s += " per"
		}
		s += " " + c.UnitName
	}
	return s
}

// humanUnit is the UNIT column: the unit, with the counted item.
func humanUnit(c *stats.Claim) string {
	if c.Item != "" {
		return cell(string(c.Unit) + " (" + c.Item + ")")
	}
	return string(c.Unit)
}

// ordinalText formats n as "1st", "2nd", "21st".
func ordinalText(n int) string { return stats.Ordinal(int64(n)) }
