package reports

import (
	"html/template"

	"github.com/tradestats/tradestats/stats"
)

// maxCheckRows caps the rows of the page's table of checks (the workbook
// has them all).
const maxCheckRows = 300

// checkRow is a row of the page's table of checks.
type checkRow struct {
	Class, Verdict, Subject, Text, Period string
	Stated, Official, Reason              string
	Title, Date                           string
}

// checksTemplate is the page's section on the checks, a template of
// pageTemplate's set that the page calls as {{template "checks" .}}.
var checksTemplate = template.Must(pageTemplate.New("checks").Funcs(template.FuncMap{
	"checkSummary": func(c *Checks) string { return c.summary() },
	"checkSource":  func(c *Checks) string { return c.sourceLine() },
	"checkRows":    checkRows,
	"checkHidden": func(c *Checks) int {
		n := 0
		for i := range c.Claims {
			if c.Claims[i].Check != nil && c.Claims[i].Check.Reference != nil {
				n++
			}
		}
		return max(0, n-maxCheckRows)
	},
}).Parse(checksHTML))

// checkRows returns the rows of the page's table: the claims with an
// official figure, in order, at most maxCheckRows.
func checkRows(c *Checks) []checkRow {
	var rows []checkRow
	for i := range c.Claims {
		cl := &c.Claims[i]
		k := cl.Check
		if k == nil || k.Reference == nil {
			continue
		}
		if len(rows) == maxCheckRows {
			break
		}
		rows = append(rows, checkRow{
			Class: checkClass[k.Verdict], Verdict: string(k.Verdict), Subject: cl.Subject, Text: cl.Text,
			Period: cl.Period, Stated: FormatValue(cl.Value, cl.Unit, cl.Currency),
			Official: FormatValue(*k.Reference, cl.Unit, cl.Currency), Reason: k.Reason,
			Title: cl.Title, Date: cl.Date,
		})
	}
	return rows
}

// checkClass is the CSS class of a verdict: the comparison verdicts'
// colours.
var checkClass = map[stats.CheckVerdict]string{
	stats.CheckAgrees: "consistent", stats.CheckClose: "tension", stats.CheckDiffers: "conflict",
}

// printableChecks returns c with control characters in its texts
// replaced (see printable); the claims are copied.
func printableChecks(c *Checks) *Checks {
	if c == nil {
		return nil
	}
	out := *c
	p := printable
	out.Source = p(c.Source)
	out.Claims = make([]stats.Claim, len(c.Claims))
	for i, cl := range c.Claims {
		cl.Subject, cl.Text, cl.Period, cl.Title, cl.Date, cl.Currency = p(cl.Subject), p(cl.Text), p(cl.Period), p(cl.Title), p(cl.Date), p(cl.Currency)
		if cl.Check != nil {
			k := *cl.Check
			k.Reason, k.Verdict = p(k.Reason), stats.CheckVerdict(p(string(k.Verdict)))
			cl.Check = &k
		}
		out.Claims[i] = cl
	}
	out.Reasons = make([]ReasonCount, len(c.Reasons))
	for i, r := range c.Reasons {
		out.Reasons[i] = ReasonCount{p(r.Reason), r.N}
	}
	return &out
}

const checksHTML = `{{with .Checks}}
<h2 id="checks">Checked against official statistics</h2>
<p class="note">{{checkSummary .}} Each figure is held against the World Bank's figure for its economy (or bloc) and year: it agrees when the official figure lies within what the figure's rounding and wording allow, widened by a tolerance for revisions; close within twice that, or when the official total leaves part of the subject out.</p>
{{- with checkRows .}}
<div class="table-wrap">
<table>
<thead><tr><th>Verdict</th><th>Subject</th><th>Figure</th><th>Period</th><th class="num">Stated</th><th class="num">Official</th><th>Why</th><th>Article</th></tr></thead>
<tbody>
{{- range .}}
<tr>
<td data-label="Verdict"><span class="verdict {{.Class}}">{{.Verdict}}</span></td>
<td data-label="Subject">{{.Subject}}</td>
<td data-label="Figure">“{{.Text}}”</td>
<td data-label="Period">{{.Period}}</td>
<td class="num" data-label="Stated">{{.Stated}}</td>
<td class="num" data-label="Official">{{.Official}}</td>
<td class="sentence" data-label="Why">{{.Reason}}</td>
<td data-label="Article">{{.Title}}{{with .Date}}, {{.}}{{end}}</td>
</tr>
{{- end}}
</tbody>
</table>
</div>
{{- end}}
{{- with checkHidden .}}
<p class="note">{{plural . "more checked figure"}} in the workbook.</p>
{{- end}}
{{- with .Reasons}}
<details><summary>Why the other figures have no official figure</summary><ul>
{{- range .}}
<li>{{count .N}}: {{.Reason}}</li>
{{- end}}
</ul></details>
{{- end}}
<p class="note">{{checkSource .}}</p>
{{- end}}`
