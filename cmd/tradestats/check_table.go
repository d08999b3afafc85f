package main

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tradestats/tradestats/stats"
)

// newCheckWriter returns the writer of check's output: the claims
// formats, with a table of its own.
func newCheckWriter(format string, w io.Writer, width int) (claimWriter, error) {
	if format == "table" {
		return &checkTableWriter{w: w, width: width, counts: map[stats.CheckVerdict]int{}}, nil
	}
	return newClaimWriter(format, w, width)
}

// checkTableWriter prints checked claims for people: per article, a row
// per claim with its verdict and the official figure, the reason under
// each claim that has one, and at the end the counts and the source line.
type checkTableWriter struct {
	w       io.Writer
	width   int
	n       int // articles written
	counts  map[stats.CheckVerdict]int
	sources []string // attribution lines of the references shown
	sb      strings.Builder
}

// checkColumns are the check table's headings.
var checkColumns = []string{"TEXT", "VALUE", "SUBJECT", "PERIOD", "VERDICT", "OFFICIAL", "SERIES OR WHY NOT"}

func (t *checkTableWriter) WriteArticle(a *stats.Article, claims []stats.Claim) error {
	startArticle(&t.sb, &t.n, a, t.width)
	rows := [][]string{checkColumns}
	for i := range claims {
		c := &claims[i]
		k := c.Check
		if k == nil {
			k = &stats.Check{}
		}
		t.counts[k.Verdict]++
		official, note := "-", cell(k.Reason)
		if k.Reference != nil {
			ref := stats.Claim{Value: *k.Reference, Unit: c.Unit, Currency: c.Currency, UnitName: c.UnitName}
			official = humanAmount(&ref)
			note = k.Series + " " + strconv.Itoa(k.Year)
			if k.Source != "" && !slices.Contains(t.sources, k.Source) {
				t.sources = append(t.sources, k.Source)
			}
		}
		rows = append(rows, []string{cell(c.Text), humanValue(c), cell(c.Subject), cell(c.Period),
			string(k.Verdict), official, note})
	}
	widths := fitColumns(rows, t.width-2)
	for i, row := range rows {
		t.sb.WriteString(tableLine(row, widths) + "\n")
		if i == 0 {
			continue
		}
		if k := claims[i-1].Check; k != nil && k.Reference != nil {
			for _, l := range wrapWords(cell(k.Reason), t.width-6) {
				t.sb.WriteString("      " + l + "\n")
			}
		}
	}
	_, err := io.WriteString(t.w, t.sb.String())
	return err
}

// Close prints the counts of the verdicts and the source of the official
// figures shown.
func (t *checkTableWriter) Close() error {
	total := 0
	for _, n := range t.counts {
		total += n
	}
	var b strings.Builder
	if t.n > 0 {
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%s: %d agree, %d close, %d differ, %d without a reference.\n", plural(total, "claim"),
		t.counts[stats.CheckAgrees], t.counts[stats.CheckClose], t.counts[stats.CheckDiffers], t.counts[stats.CheckNone])
	for _, s := range t.sources {
		b.WriteString("Source: " + s + ".\n")
	}
	_, err := io.WriteString(t.w, b.String())
	return err
}

// tableLine lays out one row in columns of the given widths.
func tableLine(row []string, widths []int) string {
	var line strings.Builder
	line.WriteString(" ")
	for i, s := range row {
		s = truncate(s, widths[i])
		line.WriteString(" " + s + strings.Repeat(" ", widths[i]-utf8.RuneCountInString(s)+1))
	}
	return strings.TrimRight(line.String(), " ")
}

// wrapWords breaks s into lines of at most width runes at spaces (a word
// longer than width gets a line of its own).
func wrapWords(s string, width int) []string {
	width = max(width, 20)
	var lines []string
	var cur strings.Builder
	n := 0
	for _, w := range strings.Fields(s) {
		wl := utf8.RuneCountInString(w)
		if n > 0 && n+1+wl > width {
			lines = append(lines, cur.String())
			cur.Reset()
			n = 0
		}
		if n > 0 {
			cur.WriteByte(' ')
			n++
		}
		cur.WriteString(w)
		n += wl
	}
	if n > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

// plural is "1 claim", "2 claims".
func plural(n int, word string) string {
	s := stats.GroupThousands(strconv.Itoa(n)) + " " + word
	if n != 1 {
		s += "s"
	}
	return s
}
