package charts

import (
	"io"
	"slices"
	"strings"

	"github.com/tradestats/tradestats/stats"
)

// Count is a number of claims for a label (a subject).
type Count struct {
	Label string
	N     int
}

// OverviewTop is how many subjects the overview chart shows.
const OverviewTop = 15

// Overview draws how many claims the dataset holds per subject: the top
// OverviewTop subjects as horizontal bars, largest at the top, each
// labelled with its count. counts should hold every subject (the rest
// count in the title and subtitle); its order does not matter.
func Overview(w io.Writer, counts []Count, opt Options) error {
	if err := opt.check(); err != nil {
		return err
	}
	top, _, _ := overviewRows(counts)
	if len(top) == 0 {
		return ErrNoData
	}
	f, err := newFrame(opt, OverviewLabels(counts).withOverrides(opt), nil)
	if err != nil {
		return err
	}
	rows := make([]barRow, len(top))
	labels := make([]rowLabel, len(top))
	for i, c := range top {
		rows[i] = barRow{value: float64(c.N), label: FormatValue(float64(c.N), stats.UnitCount, "")}
		labels[i] = rowLabel{main: subjectName(c.Label)}
	}
	min, max, step := niceRangeUnit(0, float64(top[0].N), 5, true, stats.UnitCount)
	p := newAxisPlot(len(rows), min, max, step, stats.UnitCount, "", "Claims")
	p.Add(&barPlotter{rows: rows, color: colorBar})
	body := &rowBody{labels: labels, rowHeight: 20, maxLabel: 0.34, plot: p}
	return f.render(w, body.height(), body.draw)
}

// OverviewLabels returns the texts of the overview chart: "China has the
// most claims: 1,204 of 8,312". Pass the source line in Options (see
// SourceLine) to name the articles and their dates.
func OverviewLabels(counts []Count) Labels {
	top, total, subjects := overviewRows(counts)
	if len(top) == 0 {
		return Labels{}
	}
	title := capitalize(withArticle(subjectName(top[0].Label))) + " has the most claims: " +
		stats.GroupThousands(itoa(top[0].N)) + " of " + stats.GroupThousands(itoa(total))
	if len(top) > 1 && top[1].N == top[0].N {
		title = capitalize(withArticle(subjectName(top[0].Label))) + " and " + withArticle(subjectName(top[1].Label)) + " have the most claims: " +
			stats.GroupThousands(itoa(top[0].N)) + " each"
	}
	sub := "Claims per subject"
	if subjects > len(top) {
		sub += ", top " + itoa(len(top)) + " of " + plural(subjects, "subject")
	}
	return Labels{
		Title:    title,
		Subtitle: sub,
		Source:   "Source: " + plural(total, "claim") + " about " + plural(subjects, "subject"),
	}
}

// overviewRows merges counts by label and returns the top rows, largest
// first, the total count and the number of labels. Claims without a label
// count in the total but get no row.
func overviewRows(counts []Count) (top []Count, total, labels int) {
	merged := map[string]int{}
	names := map[string]string{}
	for _, c := range counts {
		if c.N <= 0 {
			continue
		}
		total += c.N
		key := strings.ToLower(clean(c.Label))
		if key == "" {
			continue
		}
		if _, ok := names[key]; !ok {
			names[key] = c.Label
		}
		merged[key] += c.N
	}
	all := make([]Count, 0, len(merged))
	for k, n := range merged {
		all = append(all, Count{Label: names[k], N: n})
	}
	slices.SortFunc(all, func(a, b Count) int {
		if a.N != b.N {
			return b.N - a.N
		}
		return strings.Compare(a.Label, b.Label)
	})
	return all[:min(len(all), OverviewTop)], total, len(all)
}
