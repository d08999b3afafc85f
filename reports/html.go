package reports

import (
	"fmt"
	"html/template"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/tradestats/tradestats/stats"
)

// PageInput is what index.html shows.
type PageInput struct {
	// Title is the page's title; "" means "tradestats report".
	Title string
	// Generated and Version say when and by what the page was made;
	// a zero Generated is left out.
	Generated time.Time
	Version   string
	// Articles, Claims, First and Last describe the dataset for the
	// summary line (zero values are left out).
	Articles, Claims int
	First, Last      string
	// Workbook is the workbook's path relative to the page
	// ("tradestats.xlsx"), linked from the page; "" for none.
	Workbook string
	// Charts are shown in order, each as <img src="File"> with its
	// caption; the PNG bytes are not used.
	Charts []Chart
	// Groups are the comparison groups, shown as a table in order.
	Groups []stats.Group
	// MaxGroups caps the table's rows (the workbook has them all); 0
	// means 500.
	MaxGroups int
	// Checks, if set, are the checks against the official statistics,
	// shown in a section of their own.
	Checks *Checks
}

// IndexHTML writes the report's index.html: one self-contained page (no
// scripts, styles inline, no external resources) that shows every chart
// with its caption and a table of the comparison groups. Everything that
// came from articles is escaped.
func IndexHTML(w io.Writer, in PageInput) error {
	in = printablePage(in)
	if in.Title == "" {
		in.Title = "tradestats report"
	}
	maxGroups := in.MaxGroups
	if maxGroups <= 0 {
		maxGroups = 500
	}
	shown := in.Groups[:min(len(in.Groups), maxGroups)]
	counts := map[stats.Verdict]int{}
	for _, g := range in.Groups {
		counts[g.Verdict]++
	}
	data := struct {
		PageInput
		Shown                           []stats.Group
		Hidden                          int
		Conflicts, Tensions, Consistent int
		GeneratedText                   string
	}{
		PageInput: in, Shown: shown, Hidden: len(in.Groups) - len(shown),
		Conflicts: counts[stats.Conflict], Tensions: counts[stats.Tension], Consistent: counts[stats.Consistent],
	}
	if !in.Generated.IsZero() {
		data.GeneratedText = in.Generated.Format("2006-01-02 15:04 MST")
	}
	if err := pageTemplate.Execute(w, data); err != nil {
		return fmt.Errorf("reports: index.html: %w", err)
	}
	return nil
}

// printablePage returns in with control characters in its texts replaced
// by U+FFFD, as the workbook has them: html/template escapes markup, but
// control characters (escape sequences from scraped text) are not allowed
// in HTML. The groups are copied, not changed.
func printablePage(in PageInput) PageInput {
	p := printable
	in.Title, in.Version, in.First, in.Last, in.Workbook = p(in.Title), p(in.Version), p(in.First), p(in.Last), p(in.Workbook)
	charts := make([]Chart, len(in.Charts))
	for i, c := range in.Charts {
		c.File, c.Title, c.Subtitle, c.Source = p(c.File), p(c.Title), p(c.Subtitle), p(c.Source)
		charts[i] = c
	}
	in.Charts = charts
	groups := make([]stats.Group, len(in.Groups))
	for i, g := range in.Groups {
		k := &g.GroupKey
		k.Subject, k.Metric, k.Currency, k.UnitName, k.Period = p(k.Subject), p(k.Metric), p(k.Currency), p(k.UnitName), p(k.Period)
		k.Unit, k.Change, g.Verdict = stats.Unit(p(string(k.Unit))), stats.Change(p(string(k.Change))), stats.Verdict(p(string(g.Verdict)))
		claims := make([]stats.GroupClaim, len(g.Claims))
		for j, c := range g.Claims {
			c.Article, c.Title, c.Date, c.Source, c.Text, c.Sentence = p(c.Article), p(c.Title), p(c.Date), p(c.Source), p(c.Text), p(c.Sentence)
			claims[j] = c
		}
		g.Claims = claims
		groups[i] = g
	}
	in.Groups = groups
	in.Checks = printableChecks(in.Checks)
	return in
}

// printable replaces control characters other than tab, line feed and
// carriage return (C0, DEL and C1) in s by U+FFFD.
func printable(s string) string {
	isBad := func(r rune) bool {
		return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0x7f && r < 0xa0
	}
	if !strings.ContainsFunc(s, isBad) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isBad(r) {
			return '\uFFFD'
		}
		return r
	}, s)
}

var pageTemplate = template.Must(template.New("index.html").Funcs(template.FuncMap{
	"value": func(v float64, g stats.Group) string { return FormatValue(v, g.Unit, g.Currency) },
	"interval": func(c stats.GroupClaim, g stats.Group) string {
		lo, hi := c.Low, c.High
		switch {
		case math.IsInf(lo, -1) && math.IsInf(hi, 1):
			return "any value"
		case math.IsInf(hi, 1):
			return "at least " + FormatValue(lo, g.Unit, g.Currency)
		case math.IsInf(lo, -1):
			return "at most " + FormatValue(hi, g.Unit, g.Currency)
		}
		return FormatValue(lo, g.Unit, g.Currency) + " to " + FormatValue(hi, g.Unit, g.Currency)
	},
	"spread": func(g stats.Group) string {
		if g.Unit == stats.UnitPercent {
			return FormatValue(g.Spread, stats.UnitPercentagePoint, "")
		}
		return FormatValue(g.Spread, g.Unit, g.Currency)
	},
	"change": func(c stats.Change) string {
		switch c {
		case stats.Up:
			return "rise"
		case stats.Down:
			return "fall"
		}
		return string(c)
	},
	"percent": func(v float64) string { return strconv.FormatFloat(v*100, 'f', 1, 64) + "%" },
	"count":   func(n int) string { return stats.GroupThousands(fmt.Sprint(n)) },
	"plural": func(n int, word string) string {
		s := stats.GroupThousands(fmt.Sprint(n)) + " " + word
		if n != 1 {
			s += "s"
		}
		return s
	},
	"join": func(parts ...string) string {
		var out []string
		for _, p := range parts {
			if strings.TrimSpace(p) != "" {
				out = append(out, p)
			}
		}
		return strings.Join(out, " · ")
	},
}).Parse(pageHTML))

const pageHTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; color: #1a1a1a; margin: 0; background: #fff; line-height: 1.4; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 20px 60px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 21px; margin: 40px 0 12px; border-bottom: 1px solid #ddd; padding-bottom: 6px; }
.meta { color: #555; margin: 0 0 4px; }
a { color: #1265be; }
figure { margin: 0 0 36px; }
figure img { width: 100%; max-width: 640px; height: auto; border: 1px solid #eee; display: block; }
figcaption { color: #555; font-size: 14px; max-width: 640px; margin-top: 6px; }
figcaption strong { color: #1a1a1a; display: block; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e5e5e5; vertical-align: top; }
th { background: #f4f4f4; position: sticky; top: 0; }
td.num, th.num { text-align: right; white-space: nowrap; }
.verdict { font-weight: bold; padding: 1px 6px; border-radius: 3px; white-space: nowrap; }
.conflict { background: #ffc7ce; color: #9c0006; }
.tension { background: #ffeb9c; color: #9c5700; }
.consistent { background: #c6efce; color: #006100; }
details summary { cursor: pointer; color: #1265be; }
details ul { margin: 6px 0 0; padding-left: 18px; }
details li { margin-bottom: 6px; }
.sentence { color: #555; }
.note { color: #555; font-size: 14px; }
</style>
</head>
<body>
<main>
<h1>{{.Title}}</h1>
{{- with .GeneratedText}}
<p class="meta">Generated {{.}}{{with $.Version}} by tradestats {{.}}{{end}}</p>
{{- end}}
{{- if .Claims}}
<p class="meta">{{plural .Claims "claim"}} from {{plural .Articles "article"}}{{if .First}}, {{.First}}{{if and .Last (ne .Last .First)}} to {{.Last}}{{end}}{{end}}.</p>
{{- end}}
{{- with .Workbook}}
<p class="meta">All claims, articles and comparisons: <a href="{{.}}">{{.}}</a></p>
{{- end}}

{{- if .Charts}}
<h2>Charts</h2>
{{- range .Charts}}
<figure>
<img src="{{.File}}" alt="{{.Title}}">
<figcaption><strong>{{.Title}}</strong>{{join .Subtitle .Source}}</figcaption>
</figure>
{{- end}}
{{- end}}

<h2>Comparisons</h2>
{{- if .Groups}}
<p class="note">{{plural (len .Groups) "group"}} of figures that state the same thing:
{{.Conflicts}} in conflict, {{.Tensions}} in tension, {{.Consistent}} consistent.
Each figure allows a range of values given its rounding and wording (“about”, “nearly”); figures are consistent when their ranges overlap.</p>
<table>
<thead><tr><th>Verdict</th><th>Subject</th><th>Metric</th><th>Unit</th><th>Period</th><th class="num">Articles</th><th class="num">Min</th><th class="num">Median</th><th class="num">Max</th><th class="num">Spread</th><th>Figures</th></tr></thead>
<tbody>
{{- range $g := .Shown}}
<tr>
<td><span class="verdict {{printf "%s" .Verdict}}">{{.Verdict}}</span></td>
<td>{{.Subject}}</td>
<td>{{.Metric}}{{with .Change}} ({{change .}}){{end}}</td>
<td>{{.Unit}}{{with .Currency}} ({{.}}){{end}}{{with .UnitName}}, {{.}}{{end}}</td>
<td>{{.Period}}</td>
<td class="num">{{.Articles}}</td>
<td class="num">{{value .Min $g}}</td>
<td class="num">{{value .Median $g}}</td>
<td class="num">{{value .Max $g}}</td>
<td class="num">{{spread $g}}{{if .RelativeSpread}} ({{percent .RelativeSpread}}){{end}}</td>
<td><details><summary>{{plural (len .Claims) "figure"}}</summary><ul>
{{- range .Claims}}
<li>{{if .Outlier}}<span class="verdict conflict">outlier</span> {{end}}<strong>{{value .Value $g}}</strong> “{{.Text}}” ({{interval . $g}}) — {{.Title}}{{with .Date}}, {{.}}{{end}}{{with .Sentence}}<br><span class="sentence">{{.}}</span>{{end}}</li>
{{- end}}
</ul></details></td>
</tr>
{{- end}}
</tbody>
</table>
{{- if .Hidden}}
<p class="note">{{plural .Hidden "more group"}} in the workbook.</p>
{{- end}}
{{- else}}
<p class="note">No figures are stated by more than one article.</p>
{{- end}}
{{- template "checks" .}}
</main>
</body>
</html>
`
