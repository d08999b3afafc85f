package main

import (
	"cmp"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tradestats/tradestats/stats"
)

// seriesRow is one period of a series in the output of compare --series.
type seriesRow struct {
	Subject  string       `json:"subject"`
	Metric   string       `json:"metric"`
	Unit     stats.Unit   `json:"unit"`
	Currency string       `json:"currency"`
	Change   stats.Change `json:"change,omitempty"`
	stats.SeriesPoint
}

// seriesKind is the unit, currency and kind of figure of a series.
type seriesKind struct {
	unit     stats.Unit
	currency string
	change   stats.Change
}

// writeSeries prints the series of one subject and metric in format.
func writeSeries(w io.Writer, format string, width int, claims []stats.Claim, subject, metric string, m *stats.Metrics) error {
	pts := stats.Series(claims, subject, metric, m)
	subject, metric = stats.CanonicalSubject(subject), m.Canonical(metric)
	kind := seriesUnit(claims, subject, metric, m, pts)
	rows := make([]seriesRow, len(pts))
	for i, p := range pts {
		rows[i] = seriesRow{Subject: subject, Metric: metric, Unit: kind.unit,
			Currency: kind.currency, Change: kind.change, SeriesPoint: p}
	}
	switch format {
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for i := range rows {
			if err := enc.Encode(&rows[i]); err != nil {
				return err
			}
		}
		return nil
	case "json":
		return writeJSONArray(w, len(rows), func(i int) any { return &rows[i] })
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write([]string{"subject", "metric", "unit", "currency", "change", "period",
			"value", "min", "max", "claims", "articles"}); err != nil {
			return err
		}
		for _, r := range rows {
			if err := cw.Write([]string{safeCell(r.Subject), safeCell(r.Metric), safeCell(string(r.Unit)),
				safeCell(r.Currency), safeCell(string(r.Change)), safeCell(r.Period), csvNumber(r.Value), csvNumber(r.Min),
				csvNumber(r.Max), strconv.Itoa(r.Claims), strconv.Itoa(r.Articles)}); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	}
	return writeSeriesTable(w, width, subject, metric, kind, rows)
}

// writeSeriesTable prints a series for people: a header line, then one row
// per period.
func writeSeriesTable(w io.Writer, width int, subject, metric string, kind seriesKind, rows []seriesRow) error {
	if len(rows) == 0 {
		_, err := fmt.Fprintf(w, "(no figures with a period for %s · %s)\n", cell(subject), cell(metric))
		return err
	}
	header := []string{cell(subject), cell(metric)}
	if kind.unit != "" {
		header = append(header, unitLabel(kind.unit, kind.currency, ""))
	}
	switch kind.change {
	case stats.Up:
		header = append(header, "rise")
	case stats.Down:
		header = append(header, "fall")
	}
	amount := func(v float64) string {
		if kind.unit == "" {
			return stats.FormatValue(v, stats.UnitNumber, "")
		}
		return humanAmount(&stats.Claim{Value: v, Unit: kind.unit, Currency: kind.currency})
	}
	table := [][]string{{"PERIOD", "VALUE", "MIN", "MAX", "CLAIMS", "ARTICLES"}}
	for _, r := range rows {
		table = append(table, []string{r.Period, amount(r.Value), amount(r.Min), amount(r.Max),
			strconv.Itoa(r.Claims), strconv.Itoa(r.Articles)})
	}
	widths := fitColumns(table, width-2)
	var b strings.Builder
	b.WriteString(truncate(strings.Join(header, " · "), width) + "\n")
	for _, row := range table {
		line := "  "
		for k, s := range row {
			s = truncate(s, widths[k])
			pad := strings.Repeat(" ", widths[k]-utf8.RuneCountInString(s))
			if k > 0 {
				line += "  "
			}
			if k == 0 {
				line += s + pad
			} else {
				line += pad + s // numbers right-aligned
			}
		}
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// seriesUnit finds the unit, currency and kind of figure that stats.Series
// kept for subject and metric (the kind most claims with a period have;
// ties to a level, then to the unit first in stats.Units, then to the
// currency first alphabetically), from the groups of the same claims. It
// returns the zero seriesKind if that kind does not account for every
// point of pts.
func seriesUnit(claims []stats.Claim, subject, metric string, m *stats.Metrics, pts []stats.SeriesPoint) seriesKind {
	if len(pts) == 0 {
		return seriesKind{}
	}
	groups := stats.Compare(claims, stats.CompareOptions{Metrics: m, AllMetrics: true})
	count := map[seriesKind]int{}
	perPeriod := map[seriesKind]map[string]int{}
	for _, g := range groups {
		if g.Period == "" || !strings.EqualFold(g.Subject, subject) || !strings.EqualFold(g.Metric, metric) {
			continue
		}
		k := seriesKind{g.Unit, g.Currency, g.Change}
		count[k] += len(g.Claims)
		if perPeriod[k] == nil {
			perPeriod[k] = map[string]int{}
		}
		perPeriod[k][g.Period] += len(g.Claims)
	}
	changeRank := map[stats.Change]int{stats.NoChange: 0, stats.Up: 1, stats.Down: 2}
	var best seriesKind
	first := true
	for k := range count {
		if first || cmp.Or(
			cmp.Compare(count[best], count[k]),
			cmp.Compare(changeRank[k.change], changeRank[best.change]),
			cmp.Compare(slices.Index(stats.Units, k.unit), slices.Index(stats.Units, best.unit)),
			strings.Compare(string(k.unit), string(best.unit)),
			strings.Compare(k.currency, best.currency),
		) < 0 {
			best, first = k, false
		}
	}
	for _, p := range pts {
		if perPeriod[best][p.Period] != p.Claims {
			return seriesKind{}
		}
	}
	return best
}
