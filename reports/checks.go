package reports

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/tradestats/tradestats/stats"
)

// Checks is what the workbook's Checks sheet and the page's section show:
// the claims held against the official statistics ('tradestats check').
type Checks struct {
	// Counts are the verdicts of the checked claims; Unchecked counts the
	// claims not checked.
	Counts    map[stats.CheckVerdict]int
	Unchecked int
	// Claims are the checked claims with an official figure (Check set,
	// its Reference too), in the order shown.
	Claims []stats.Claim
	// Reasons counts why the other checked claims have no official
	// figure, most first.
	Reasons []ReasonCount
	// Source is the attribution line of the official figures.
	Source string
}

// ReasonCount is a reason for no official figure and how many claims
// have it.
type ReasonCount struct {
	Reason string
	N      int
}

// SheetChecks is the name of the Checks sheet.
const SheetChecks = "Checks"

// ChecksHeader is the header row of the table of the Checks sheet.
var ChecksHeader = []string{"Verdict", "Subject", "Indicator", "Period", "Text", "Stated", "Official",
	"Series", "Year", "Reason", "Article title", "Date", "Sentence"}

// checksNote describes the Checks sheet on the Summary sheet.
const checksNote = "Figures held against the World Bank's World Development Indicators (tradestats check): a row per figure with an official value, its verdict (agrees within the figure's rounding and wording plus a tolerance for revisions, close within twice that, differs), the official value and why; then why the other figures have none."

// Summary line of the checks: "1,204 claims checked: 30 agree, ...".
func (c *Checks) summary() string {
	total := 0
	for _, n := range c.Counts {
		total += n
	}
	s := fmt.Sprintf("%s checked: %s agree, %s close, %s differ, %s without an official figure",
		stats.GroupThousands(strconv.Itoa(total))+" "+pluralWord(total, "claim"),
		count(c.Counts[stats.CheckAgrees]), count(c.Counts[stats.CheckClose]),
		count(c.Counts[stats.CheckDiffers]), count(c.Counts[stats.CheckNone]))
	if c.Unchecked > 0 {
		s += "; " + count(c.Unchecked) + " not checked"
	}
	return s + "."
}

func count(n int) string { return stats.GroupThousands(strconv.Itoa(n)) }

func pluralWord(n int, w string) string {
	if n == 1 {
		return w
	}
	return w + "s"
}

// sourceLine is the attribution shown with official figures.
func (c *Checks) sourceLine() string {
	s := c.Source
	if s == "" {
		s = stats.WDISource
	}
	return "Source of the official figures: " + s + "."
}

// writeChecks writes the Checks sheet: a summary, the source line, a
// row per claim with an official figure, then the reasons for none.
func (b *builder) writeChecks(in *Checks) error {
	if in == nil {
		return nil
	}
	f := b.f
	if _, err := f.NewSheet(SheetChecks); err != nil {
		return err
	}
	if err := b.printSetup(SheetChecks, true, false); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(SheetChecks)
	if err != nil {
		return err
	}
	for i, w := range []float64{10, 18, 18, 9, 22, 14, 14, 18, 7, 80, 40, 11, 70} {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	row := 0
	line := func(cells ...any) error {
		row++
		return sw.SetRow("A"+strconv.Itoa(row), cells)
	}
	if err := line(str(b.heading, "Figures held against the official statistics")); err != nil {
		return err
	}
	if err := line(str(b.text, in.summary())); err != nil {
		return err
	}
	if err := line(str(b.text, in.sourceLine())); err != nil {
		return err
	}
	row++
	headRow := row + 1
	if err := line(header(ChecksHeader, b.bold)...); err != nil {
		return err
	}
	for i := range in.Claims {
		c := &in.Claims[i]
		k := c.Check
		if k == nil || k.Reference == nil {
			continue
		}
		ns := func(v float64) any { return num(b.numStyle(c.Unit, c.Currency, v), v) }
		if err := line(str(b.bold, string(k.Verdict)), optStr(b.text, c.Subject), optStr(b.text, string(c.Indicator)),
			optStr(b.text, c.Period), str(b.text, c.Text), ns(c.Value), ns(*k.Reference),
			str(b.text, k.Series), excelize.Cell{StyleID: b.text, Value: k.Year}, str(b.wrap, k.Reason),
			str(b.wrap, c.Title), b.dateCell(c.Date), str(b.wrap, c.Sentence)); err != nil {
			return err
		}
	}
	last := row
	if len(in.Reasons) > 0 {
		row++
		if err := line(str(b.heading, "Why the other figures have no official figure")); err != nil {
			return err
		}
		if err := line(str(b.bold, "Claims"), str(b.bold, "Reason")); err != nil {
			return err
		}
		for _, r := range in.Reasons {
			if err := line(excelize.Cell{StyleID: b.text, Value: r.N}, str(b.text, r.Reason)); err != nil {
				return err
			}
		}
	}
	if last > headRow {
		if err := b.checkColours(SheetChecks, fmt.Sprintf("A%d:A%d", headRow+1, last)); err != nil {
			return err
		}
	}
	b.used(SheetChecks, row, len(ChecksHeader))
	return sw.Flush()
}

// checkFills colour the verdicts as the charts do: agrees blue, close
// amber, differs dark red.
var checkFills = []cellFill{
	{string(stats.CheckAgrees), "D4E6F4", "00507D"},
	{string(stats.CheckClose), "FBECC0", "6B4D00"},
	{string(stats.CheckDiffers), "F6D5D9", "8A1222"},
}

// checkColours colours the verdict cells in ref.
func (b *builder) checkColours(sheet, ref string) error {
	return b.colourCells(sheet, ref, checkFills)
}

// ReasonKind shortens a reason for no official figure to its kind, so
// that reasons that differ only in a period or a name count together: "a
// quarter (1987-Q4): ..." → "a quarter".
func ReasonKind(reason string) string {
	r := reason
	if i := strings.IndexAny(r, ":("); i > 0 {
		r = r[:i]
	}
	return strings.TrimSpace(r)
}
