package reports

import (
	"fmt"
	"html/template"
	"io"
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
	// ArticleURLs gives the address of articles by id, for links from
	// the comparison groups to their articles (only http and https
	// addresses become links).
	ArticleURLs map[string]string
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
	charts := make([]pageChart, len(in.Charts))
	for i, c := range in.Charts {
		charts[i] = pageChart{Chart: c, ID: "chart-" + strconv.Itoa(i+1)}
		if c.Group != nil {
			for j := range shown {
				if shown[j].GroupKey == *c.Group {
					charts[i].GroupID = groupID(j)
					break
				}
			}
		}
	}
	data := struct {
		PageInput
		PageCharts                      []pageChart
		Shown                           []stats.Group
		Hidden                          int
		Conflicts, Tensions, Consistent int
		GeneratedText                   string
		Dates                           string
	}{
		PageInput: in, PageCharts: charts, Shown: shown, Hidden: len(in.Groups) - len(shown),
		Conflicts: counts[stats.Conflict], Tensions: counts[stats.Tension], Consistent: counts[stats.Consistent],
		Dates: stats.DateRangeWords(in.First, in.Last),
	}
	if !in.Generated.IsZero() {
		data.GeneratedText = in.Generated.Format("2006-01-02 15:04 MST")
	}
	if err := pageTemplate.Execute(w, data); err != nil {
		return fmt.Errorf("reports: index.html: %w", err)
	}
	return nil
}

// pageChart is a chart of the page with its anchor and, for a comparison
// chart, the anchor of its group in the table.
type pageChart struct {
	Chart
	ID, GroupID string
}

// groupID is the anchor of the i-th group of the table (from 0).
func groupID(i int) string { return "group-" + strconv.Itoa(i+1) }

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
		return stats.FormatRange(c.Low, c.High, g.Unit, g.Currency)
	},
	"spread": func(g stats.Group) string {
		if g.Unit == stats.UnitPercent {
			return FormatValue(g.Spread, stats.UnitPercentagePoint, "")
		}
		return FormatValue(g.Spread, g.Unit, g.Currency)
	},
	"describe": func(g stats.Group) string { return stats.Capitalize(g.GroupKey.Describe()) },
	"unitText": func(g stats.Group) string { return unitText(g.Unit, g.Currency, g.UnitName) },
	"change": func(c stats.Change) string {
		switch c {
		case stats.Up:
			return "rise"
		case stats.Down:
			return "fall"
		}
		return string(c)
	},
	"groupID": groupID,
	"dates":   func(d string) string { return stats.DateRangeWords(d, d) },
	"percent": func(v float64) string { return strconv.FormatFloat(v*100, 'f', 1, 64) + "%" },
	"count":   func(n int) string { return stats.GroupThousands(fmt.Sprint(n)) },
	"plural": func(n int, word string) string {
		s := stats.GroupThousands(fmt.Sprint(n)) + " " + word
		if n != 1 {
			s += "s"
		}
		return s
	},
	"articleURL": func(urls map[string]string, id string) string {
		if u := urls[id]; safeURL(u) && !strings.HasPrefix(strings.ToLower(u), "mailto:") {
			return u
		}
		return ""
	},
	"headline": func(c stats.GroupClaim) string { return stats.SentenceCase(c.Title, c.Sentence) },
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

// unitText names a group's unit for the table: "per cent", "US dollars
// per barrel", "tonnes".
func unitText(u stats.Unit, currency, unitName string) string {
	s := string(u)
	switch u {
	case stats.UnitPercent:
		s = "per cent"
	case stats.UnitPercentagePoint:
		s = "percentage points"
	case stats.UnitMoney:
		s = "money"
		if currency != "" {
			s = currency
		}
	}
	if unitName != "" {
		if u == stats.UnitMoney && !strings.HasPrefix(unitName, "per ") {
			s += " per"
		}
		s += " " + unitName
	}
	return s
}

const pageHTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; color: #1a1a1a; margin: 0; background: #fff; line-height: 1.45; overflow-wrap: anywhere; }
main { max-width: 1440px; margin: 0 auto; padding: 24px 24px 60px; }
h1 { font-size: 30px; line-height: 1.2; margin: 0 0 6px; }
h2 { font-size: 22px; margin: 44px 0 12px; border-bottom: 1px solid #ddd; padding-bottom: 6px; }
.meta { color: #555; margin: 0 0 4px; }
a { color: #0b5cad; }
nav.toc { background: #f6f6f6; border-radius: 6px; padding: 10px 16px; margin: 18px 0 0; }
nav.toc ol { margin: 4px 0; padding-left: 20px; columns: 2 16em; }
.method { max-width: 820px; }
.method li { margin-bottom: 4px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 560px), 1fr)); gap: 28px 32px; }
figure { margin: 0; min-width: 0; }
figure img { width: 100%; height: auto; border: 1px solid #eee; display: block; }
figcaption { color: #555; font-size: 14px; margin-top: 6px; }
figcaption strong { color: #1a1a1a; display: block; }
.table-wrap { max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e5e5e5; vertical-align: top; }
th { background: #f4f4f4; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr:target { background: #fff8d6; }
.verdict { font-weight: bold; padding: 1px 6px; border-radius: 3px; white-space: nowrap; }
.conflict { background: #f6d5d9; color: #8a1222; }
.tension { background: #fbecc0; color: #6b4d00; }
.consistent { background: #d4e6f4; color: #00507d; }
.conflict::before { content: "▲ "; }
.tension::before { content: "◆ "; }
.consistent::before { content: "● "; }
details summary { cursor: pointer; color: #0b5cad; }
details ul { margin: 6px 0 0; padding-left: 18px; }
details li { margin-bottom: 8px; }
.sentence { color: #555; }
.note { color: #555; font-size: 14px; max-width: 820px; }
@media (max-width: 760px) {
  main { padding: 16px 14px 40px; }
  h1 { font-size: 24px; }
  nav.toc ol { columns: 1; }
  table, thead, tbody, tr, th, td { display: block; width: 100%; }
  thead { display: none; }
  tr { border: 1px solid #e5e5e5; border-radius: 6px; margin: 0 0 12px; padding: 6px 0; }
  td { border: none; padding: 3px 10px; }
  td.num { text-align: left; white-space: normal; }
  td[data-label]::before { content: attr(data-label) ": "; color: #555; font-weight: normal; }
}
</style>
</head>
<body>
<main>
<h1>{{.Title}}</h1>
{{- with .GeneratedText}}
<p class="meta">Generated {{.}}{{with $.Version}} by tradestats {{.}}{{end}}</p>
{{- end}}
{{- if .Claims}}
<p class="meta">{{plural .Claims "claim"}} from {{plural .Articles "article"}}{{with .Dates}}, {{.}}{{end}}.</p>
{{- end}}
{{- with .Workbook}}
<p class="meta">All claims, articles and comparisons: <a href="{{.}}">{{.}}</a></p>
{{- end}}
<nav class="toc" aria-label="Contents"><strong>Contents</strong>
<ol>
<li><a href="#method">How to read this report</a></li>
{{- if .PageCharts}}
<li><a href="#charts">Charts</a> ({{len .PageCharts}})</li>
{{- end}}
<li><a href="#comparisons">Comparisons</a> ({{len .Groups}})</li>
{{- if .Checks}}
<li><a href="#checks">Checked against official statistics</a></li>
{{- end}}
</ol>
</nav>

<h2 id="method">How to read this report</h2>
<div class="method note">
<ul>
<li>Every figure here was read from the articles by a machine (tradestats), not by a person: the sentence each figure comes from is shown with it. Check it before you quote it.</li>
<li>Figures are compared only when they are about the same thing: the same subject, partner, kind of statistic, wording (basis, coverage), period, unit and currency, and the same outlook (a forecast is compared only with forecasts by the same forecaster). Figures whose subject or period came from an earlier sentence are left out.</li>
<li>Each figure allows a range of values given its rounding and wording (“about”, “nearly”, “more than”). Figures are <span class="verdict consistent">consistent</span> when their ranges overlap, in <span class="verdict tension">tension</span> when they miss by at most the rounding or 2% of the median, and in <span class="verdict conflict">conflict</span> otherwise. Copies of one story (a re-sent or corrected wire) count as one article.</li>
<li>Money is written as in the charts: “$” for US dollars, “C$”, “£”, “€”, “¥” and other currencies by their ISO code (“FRF 25.4bn”); bn is a thousand million.</li>
</ul>
</div>

{{- if .PageCharts}}
<h2 id="charts">Charts</h2>
<div class="charts">
{{- range .PageCharts}}
<figure id="{{.ID}}">
<img src="{{.File}}" alt="{{.Title}}" loading="lazy">
<figcaption><strong>{{.Title}}</strong>{{join .Subtitle .Source}}{{with .GroupID}} <a href="#{{.}}">The figures and their sentences</a>{{end}}</figcaption>
</figure>
{{- end}}
</div>
{{- end}}

<h2 id="comparisons">Comparisons</h2>
{{- if .Groups}}
<p class="note">{{plural (len .Groups) "group"}} of figures that two or more articles state:
{{.Conflicts}} in conflict, {{.Tensions}} in tension, {{.Consistent}} consistent.</p>
<div class="table-wrap">
<table>
<thead><tr><th>Verdict</th><th>Figure</th><th>Unit</th><th class="num">Articles</th><th class="num">Min</th><th class="num">Median</th><th class="num">Max</th><th class="num">Spread</th><th>Articles and sentences</th></tr></thead>
<tbody>
{{- range $i, $g := .Shown}}
<tr id="{{groupID $i}}">
<td data-label="Verdict"><span class="verdict {{printf "%s" .Verdict}}">{{.Verdict}}</span></td>
<td data-label="Figure">{{describe $g}}{{with .Change}} ({{change .}}){{end}}</td>
<td data-label="Unit">{{unitText $g}}</td>
<td class="num" data-label="Articles">{{.Articles}}</td>
<td class="num" data-label="Min">{{value .Min $g}}</td>
<td class="num" data-label="Median">{{value .Median $g}}</td>
<td class="num" data-label="Max">{{value .Max $g}}</td>
<td class="num" data-label="Spread">{{spread $g}}{{if .RelativeSpread}} ({{percent .RelativeSpread}}){{end}}</td>
<td data-label="Figures"><details><summary>{{plural (len .Claims) "figure"}}</summary><ul>
{{- range .Claims}}
<li>{{if .Outlier}}<span class="verdict conflict">outlier</span> {{end}}<strong>{{value .Value $g}}</strong> “{{.Text}}” (allows {{interval . $g}}) — {{with articleURL $.ArticleURLs .Article}}<a href="{{.}}" rel="noopener noreferrer">{{end}}{{headline .}}{{if articleURL $.ArticleURLs .Article}}</a>{{end}}{{with .Publisher}}, {{.}}{{end}}{{with .Date}}, {{dates .}}{{end}}{{if .Copy}} (a copy of another article){{end}}{{with .Sentence}}<br><span class="sentence">{{.}}</span>{{end}}</li>
{{- end}}
</ul></details>{{with .Note}}<p class="sentence">{{.}}</p>{{end}}</td>
</tr>
{{- end}}
</tbody>
</table>
</div>
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
