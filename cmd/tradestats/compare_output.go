package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tradestats/tradestats/stats"
)

// compareGroup is one group in the output of compare: the fields of issue
// 4, all present (an empty currency or period is "").
type compareGroup struct {
	Subject        string         `json:"subject"`
	Counterpart    string         `json:"counterpart,omitempty"`
	Indicator      string         `json:"indicator,omitempty"`
	Metric         string         `json:"metric"`
	Unit           stats.Unit     `json:"unit"`
	Currency       string         `json:"currency"`
	UnitName       string         `json:"unit_name,omitempty"`
	Period         string         `json:"period"`
	Change         stats.Change   `json:"change,omitempty"`
	Outlook        stats.Outlook  `json:"outlook,omitempty"`
	Forecaster     string         `json:"forecaster,omitempty"`
	Verdict        stats.Verdict  `json:"verdict"`
	Min            float64        `json:"min"`
	Median         float64        `json:"median"`
	Max            float64        `json:"max"`
	Spread         float64        `json:"spread"`
	RelativeSpread float64        `json:"relative_spread"`
	Articles       int            `json:"articles"`
	Stated         int            `json:"stated"`
	Note           string         `json:"note,omitempty"`
	Claims         []compareClaim `json:"claims"`
}

// compareClaim is one claim of a group in the output of compare. Low and
// High are null when unbounded ("at least 5").
type compareClaim struct {
	Article  string       `json:"article"`
	Title    string       `json:"title"`
	Date     string       `json:"date"`
	Source   string       `json:"source,omitempty"`
	Text     string       `json:"text"`
	Value    float64      `json:"value"`
	Max      *float64     `json:"max,omitempty"`
	Approx   stats.Approx `json:"approx,omitempty"`
	Low      *float64     `json:"low"`
	High     *float64     `json:"high"`
	Outlier  bool         `json:"outlier,omitempty"`
	Bound    string       `json:"bound,omitempty"`
	Carried  string       `json:"carried,omitempty"`
	CopyOf   string       `json:"copy_of,omitempty"`
	Sentence string       `json:"sentence"`
}

// newCompareGroup converts a group for output.
func newCompareGroup(g *stats.Group) *compareGroup {
	out := &compareGroup{
		Subject: g.Subject, Counterpart: g.Counterpart, Indicator: string(g.Indicator),
		Metric: g.Metric, Unit: g.Unit, Currency: g.Currency,
		UnitName: g.UnitName, Period: g.Period, Change: g.Change, Outlook: g.Outlook, Forecaster: g.Forecaster, Verdict: g.Verdict,
		Min: g.Min, Median: g.Median, Max: g.Max, Spread: g.Spread,
		RelativeSpread: g.RelativeSpread, Articles: g.Articles, Stated: g.Stated, Note: g.Note,
		Claims: make([]compareClaim, len(g.Claims)),
	}
	for i, c := range g.Claims {
		out.Claims[i] = compareClaim{
			Article: c.Article, Title: c.Title, Date: c.Date, Source: c.Source,
			Text: c.Text, Value: c.Value, Max: c.Max, Approx: c.Approx,
			Low: finite(c.Low), High: finite(c.High), Outlier: c.Outlier, Bound: c.Bound,
			Carried: c.Carried, CopyOf: c.Copy, Sentence: c.Sentence,
		}
	}
	return out
}

// finite returns &x, or nil if x is infinite or NaN.
func finite(x float64) *float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return nil
	}
	return &x
}

// writeGroups prints groups in format.
func writeGroups(w io.Writer, format string, width int, groups []stats.Group) error {
	switch format {
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for i := range groups {
			if err := enc.Encode(newCompareGroup(&groups[i])); err != nil {
				return err
			}
		}
		return nil
	case "json":
		return writeJSONArray(w, len(groups), func(i int) any { return newCompareGroup(&groups[i]) })
	case "csv":
		return writeGroupsCSV(w, groups)
	}
	return writeGroupsTable(w, width, groups)
}

// writeJSONArray writes n objects as a JSON array, one object per line.
func writeJSONArray(w io.Writer, n int, obj func(i int) any) error {
	if n == 0 {
		_, err := io.WriteString(w, "[]\n")
		return err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for i := range n {
		buf.Reset()
		if i == 0 {
			buf.WriteString("[\n  ")
		} else {
			buf.WriteString(",\n  ")
		}
		if err := enc.Encode(obj(i)); err != nil {
			return err
		}
		buf.Truncate(buf.Len() - 1) // the encoder's newline
		if _, err := w.Write(buf.Bytes()); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "\n]\n")
	return err
}

// groupsCSVHeader is the header row of compare's csv format.
var groupsCSVHeader = []string{"group", "subject", "metric", "unit", "currency", "unit_name",
	"period", "change", "verdict", "min", "median", "max", "spread", "relative_spread",
	"articles", "article", "title", "date", "source", "text", "value", "approx", "low",
	"high", "outlier", "sentence"}

// writeGroupsCSV writes one row per claim with its group's columns.
func writeGroupsCSV(w io.Writer, groups []stats.Group) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(groupsCSVHeader); err != nil {
		return err
	}
	row := make([]string, 0, len(groupsCSVHeader))
	for i := range groups {
		g := &groups[i]
		for _, c := range g.Claims {
			row = append(row[:0],
				strconv.Itoa(i+1), safeCell(g.Subject), safeCell(g.Metric), safeCell(string(g.Unit)), safeCell(g.Currency),
				safeCell(g.UnitName), safeCell(g.Period), safeCell(string(g.Change)), safeCell(string(g.Verdict)),
				csvNumber(g.Min), csvNumber(g.Median), csvNumber(g.Max), csvNumber(g.Spread),
				csvNumber(g.RelativeSpread), strconv.Itoa(g.Articles),
				safeCell(c.Article), safeCell(c.Title), safeCell(c.Date), safeCell(c.Source), safeCell(c.Text),
				csvNumber(c.Value), safeCell(string(c.Approx)), csvNumber(c.Low), csvNumber(c.High),
				strconv.FormatBool(c.Outlier), safeCell(c.Sentence))
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvNumber formats x for csv: an empty cell when infinite (an unbounded
// interval).
func csvNumber(x float64) string {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return ""
	}
	return strconv.FormatFloat(x, 'f', -1, 64)
}

// writeGroupsTable prints one block per group: its header line, then the
// claims in aligned columns fitted to width.
func writeGroupsTable(w io.Writer, width int, groups []stats.Group) error {
	if len(groups) == 0 {
		_, err := io.WriteString(w, "(no groups)\n")
		return err
	}
	var b strings.Builder
	for i := range groups {
		g := &groups[i]
		b.Reset()
		if i > 0 {
			b.WriteString("\n")
		}
		key, verdict := groupHeader(g)
		if header := key + " " + verdict; utf8.RuneCountInString(header) <= width {
			b.WriteString(header + "\n")
		} else { // the verdict on a line of its own rather than cut off
			b.WriteString(truncate(key, width) + "\n" + truncate(verdict, width) + "\n")
		}
		rows := [][]string{{"VALUE", "INTERVAL", "DATE", "TITLE", "TEXT"}}
		for _, c := range g.Claims {
			title := c.Title
			if title == "" {
				title = "(untitled)"
			}
			rows = append(rows, []string{groupValue(g, &c), groupInterval(g, c.Low, c.High),
				c.Date, cell(title), cell(c.Text)})
		}
		const indent = 4 // "  ! "
		widths := fitColumns(rows, width-indent)
		for r, row := range rows {
			mark := "    "
			if r > 0 && g.Claims[r-1].Outlier {
				mark = "  ! "
			}
			var line strings.Builder
			line.WriteString(mark)
			for k, s := range row {
				s = truncate(s, widths[k])
				if k > 0 {
					line.WriteString("  ")
				}
				line.WriteString(s + strings.Repeat(" ", widths[k]-utf8.RuneCountInString(s)))
			}
			b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
		}
		if _, err := io.WriteString(w, b.String()); err != nil {
			return err
		}
	}
	return nil
}

// groupHeader returns the two parts of a group's header line "APEC ·
// share of world gdp · percent · (no period) — CONFLICT, 4 articles,
// 40%–62%": the key, and the verdict from the dash.
func groupHeader(g *stats.Group) (key, verdict string) {
	parts := []string{cell(g.Subject), cell(g.Metric), unitLabel(g.Unit, g.Currency, g.UnitName)}
	if g.Period != "" {
		parts = append(parts, g.Period)
	} else {
		parts = append(parts, "(no period)")
	}
	switch g.Change {
	case stats.Up:
		parts = append(parts, "rise")
	case stats.Down:
		parts = append(parts, "fall")
	}
	articles := "articles"
	if g.Articles == 1 {
		articles = "article"
	}
	span := groupAmount(g, g.Min)
	if g.Max != g.Min {
		span += "–" + groupAmount(g, g.Max)
	}
	return strings.Join(parts, " · "), fmt.Sprintf("— %s, %d %s, %s",
		strings.ToUpper(string(g.Verdict)), g.Articles, articles, span)
}

// unitLabel names a unit for people: "percent", "money (USD)",
// "quantity (tonnes)", "money (USD per barrel)".
func unitLabel(u stats.Unit, currency, unitName string) string {
	var extra []string
	if currency != "" {
		extra = append(extra, currency)
	}
	if unitName != "" {
		if currency != "" && !strings.HasPrefix(unitName, "per ") {
			extra = append(extra, "per")
		}
		extra = append(extra, cell(unitName))
	}
	if len(extra) == 0 {
		return string(u)
	}
	return string(u) + " (" + strings.Join(extra, " ") + ")"
}

// groupAmount formats a value of a group with its unit ("62%", "USD
// 38.37bn").
func groupAmount(g *stats.Group, v float64) string {
	return humanAmount(&stats.Claim{Value: v, Unit: g.Unit, Currency: g.Currency, UnitName: g.UnitName})
}

// groupValue formats a claim of a group as the VALUE column: its value or
// range with the hedge and change marks of humanValue.
func groupValue(g *stats.Group, c *stats.GroupClaim) string {
	return humanValue(&stats.Claim{Value: c.Value, Max: c.Max, Approx: c.Approx, Unit: g.Unit,
		Currency: g.Currency, UnitName: g.UnitName, Change: g.Change})
}

// groupInterval formats a claim's interval with the group's unit, at the
// precision of its ends (stats.FormatRange): "60%–64%",
// "$38.365bn–$38.375bn", "≥5%", "≤5%".
func groupInterval(g *stats.Group, lo, hi float64) string {
	s := stats.FormatRange(lo, hi, g.Unit, g.Currency)
	switch {
	case s == "any value":
		s = "any"
	case strings.HasPrefix(s, "at least "):
		s = "≥" + strings.TrimPrefix(s, "at least ")
	case strings.HasPrefix(s, "at most "):
		s = "≤" + strings.TrimPrefix(s, "at most ")
	}
	s = strings.Replace(s, " to ", "–", 1)
	if g.Unit == stats.UnitQuantity && g.UnitName != "" {
		s += " " + cell(g.UnitName)
	}
	return s
}
