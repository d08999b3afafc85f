package stats

import (
	"fmt"
	"strings"
	"testing"
)

// Compare traps: articles that state figures which look alike but are not
// the same figure, or the same figure in words that look different. Each
// case is a few invented articles ("date|title|text"), and checks on pairs
// of their claims: same (one group), apart (never one group), or a
// group's verdict.

type trapArticle struct{ date, title, text string }

type trapCheck struct {
	a, b    string // "article#claim text": the article's index and a claim's text
	same    bool
	verdict Verdict // for same: the group's verdict, "" for any
}

func trapArt(spec string) trapArticle {
	p := strings.SplitN(spec, "|", 3)
	return trapArticle{p[0], p[1], p[2]}
}

func TestCompareTraps(t *testing.T) {
	tests := []struct {
		name   string
		arts   []string
		checks []trapCheck
	}{
		{"bilateral against overall",
			[]string{
				"1987-03-04|Korea trade|South Korea's trade surplus with the United States rose to 7.1 billion dlrs in 1986.",
				"1987-03-11|Korea surplus|South Korea had a trade surplus of 4.3 billion dlrs in 1986, officials said.",
				"1987-04-21|Korea and the US|South Korea had a trade surplus of 7.2 billion dlrs with the United States in 1986.",
			},
			[]trapCheck{{a: "0#7.1 billion dlrs", b: "1#4.3 billion dlrs"}, {a: "0#7.1 billion dlrs", b: "2#7.2 billion dlrs", same: true}}},
		{"undated articles: only slow-moving shares without a period",
			[]string{
				"|Jobs|The U.S. unemployment rate is 3.9 pct, the Labor Department said.",
				"|Slump|The U.S. unemployment rate is 9.6 pct, the Labor Department said.",
				"|Bloc|The Asia-Pacific Economic Cooperation forum accounts for around 60 percent of world GDP.",
				"|Summit|APEC represents about 62 percent of global GDP, officials said.",
			},
			[]trapCheck{{a: "0#3.9 pct", b: "1#9.6 pct"}, {a: "2#around 60 percent", b: "3#about 62 percent", same: true}}},
		{"a share of the world is a country's only where the sentence names it",
			[]string{
				"|Stern review|Britain's Treasury published a review of climate change. The effects can be contained if about 1% of the world's GDP is invested in cutting emissions.",
				"|Climate cost|Britain's review put the cost at one percent of global GDP.",
				"|UK economy|Britain accounts for about 3% of world GDP.",
			},
			[]trapCheck{{a: "0#about 1%", b: "1#one percent"}, {a: "0#about 1%", b: "2#about 3%"}}},
		{"market quotes are of a day",
			[]string{
				"2000-12-29|Year end|The Nasdaq composite index closed at 2,470 points in 2000.",
				"2000-06-01|Mid-year|The Nasdaq composite index stood at 3,400 points in 2000.",
			},
			[]trapCheck{{a: "0#2,470 points", b: "1#3,400 points"}}},
		{"a bare balance noun is the balance its frame names",
			[]string{
				"1987-03-13|Canada trade|Canada had a trade surplus of 533 mln dlrs in January, Statistics Canada said.",
				"1987-04-14|Canada revision|Canada's trade surplus soared in February. The January surplus was revised to 623 mln dlrs.",
				"1987-03-13|Canada budget|Canada's budget deficit was 533 mln dlrs in January, the finance department said.",
			},
			[]trapCheck{{a: "0#533 mln dlrs", b: "1#623 mln dlrs", same: true}, {a: "0#533 mln dlrs", b: "2#533 mln dlrs"}}},
		{"partners of one subject",
			[]string{
				"1987-04-27|Japan and the US|Japan's trade surplus with the United States reached 58.6 billion dlrs in 1986.",
				"1987-04-28|Japan and Europe|Japan's trade surplus with the European Community reached 16.7 billion dlrs in 1986.",
				"1987-03-30|Japan in Congress|Japan's 58.6 billion dlr trade surplus with the United States last year has come under fire in Congress.",
			},
			[]trapCheck{{a: "0#58.6 billion dlrs", b: "1#16.7 billion dlrs"}, {a: "0#58.6 billion dlrs", b: "2#58.6 billion dlr", same: true, verdict: Consistent}}},
		{"part against whole",
			[]string{
				"1987-04-01|Bank loans|Brazil suspended interest payments on 68 billion dlrs of its 109 billion dlr foreign debt in February.",
				"1987-03-31|Moratorium|The government announced suspension of interest payments on part of Brazil's 109 billion dlr foreign debt in February.",
				"1987-03-16|Bank chief|Last month Brazil suspended payments on some 68 billion dlrs owed to private banks.",
			},
			[]trapCheck{{a: "0#68 billion dlrs", b: "0#109 billion dlr"}, {a: "0#68 billion dlrs", b: "1#109 billion dlr"}, {a: "0#109 billion dlr", b: "1#109 billion dlr", same: true, verdict: Consistent}}},
		{"forecast against actual",
			[]string{
				"1988-02-10|Growth|The economy grew 2.5 pct in 1987, the statistics office said.",
				"1987-01-15|Outlook|The finance ministry said it expects the economy to grow 3.0 pct in 1987.",
				"1987-06-18|OECD|The OECD said it expects the economy to grow 2.8 pct in 1987.",
			},
			[]trapCheck{{a: "0#2.5 pct", b: "1#3.0 pct"}, {a: "1#3.0 pct", b: "2#2.8 pct"}}},
		{"months in different years",
			[]string{
				"1987-03-20|Deficit narrows|Portugal's trade deficit narrowed to 1.2 billion dlrs in February.",
				"1986-03-20|Deficit narrows|Portugal's trade deficit narrowed to 1.9 billion dlrs in February.",
				"1987-04-02|Deficit data|Portugal's trade deficit was 1.2 billion dlrs in February 1987.",
			},
			[]trapCheck{{a: "0#1.2 billion dlrs", b: "1#1.9 billion dlrs"}, {a: "0#1.2 billion dlrs", b: "2#1.2 billion dlrs", same: true, verdict: Consistent}}},
		{"hedged bounds",
			[]string{
				"2024-01-20|Exports|Ruritania's exports exceeded 550 billion dlrs in 2023, customs data showed.",
				"2024-02-02|Exports|Ruritania's exports reached 612 billion dlrs in 2023, the ministry said.",
			},
			// "exceeded 550" is 550 or more: it agrees with 612
			[]trapCheck{{a: "0#exceeded 550 billion dlrs", b: "1#612 billion dlrs", same: true, verdict: Consistent}}},
		{"hedged close below",
			[]string{
				"2024-02-02|Exports|Ruritania's exports reached 612 billion dlrs in 2023, the ministry said.",
				"2024-02-05|Exports|Ruritania's exports were nearly 550 billion dlrs in 2023, traders said.",
			},
			// "nearly 550" is just under 550, not anything below it
			[]trapCheck{{a: "0#612 billion dlrs", b: "1#nearly 550 billion dlrs", same: true, verdict: Conflict}}},
		{"re-sent wire story",
			[]string{
				"1987-03-05|RURITANIA TRADE SURPLUS RISES|Ruritania's trade surplus rose to 3.1 billion dlrs in February from 2.4 billion in January, the central bank said on Thursday in its monthly report.",
				"1987-03-05|CORRECTED - RURITANIA TRADE SURPLUS RISES|Ruritania's trade surplus rose to 3.1 billion dlrs in February from 2.4 billion in January, the central bank said on Thursday in its monthly report on trade.",
			},
			nil},
		{"basis within a year",
			[]string{
				"1987-03-16|Inflation|Consumer prices in Ruritania rose 0.9 pct in January.",
				"1987-03-17|Inflation|Year-on-year inflation in Ruritania reached three pct in January.",
			},
			[]trapCheck{{a: "0#0.9 pct", b: "1#three pct"}}},
	}
	for _, tt := range tests {
		var claims []Claim
		for _, spec := range tt.arts {
			ta := trapArt(spec)
			a := &Article{Title: ta.title, Date: ta.date, Text: ta.title + "\n\n" + ta.text, Source: "s-" + ta.title}
			a.ID = ArticleID(a.Text)
			claims = append(claims, Extract(a)...)
		}
		groups := Compare(claims, CompareOptions{})
		arts := map[string]int{}
		for i, spec := range tt.arts {
			ta := trapArt(spec)
			arts[ArticleID(ta.title+"\n\n"+ta.text)] = i
		}
		where := map[string]int{} // "article#text" → group index
		for gi, g := range groups {
			for _, c := range g.Claims {
				where[fmt.Sprintf("%d#%s", arts[c.Article], c.Text)] = gi
			}
		}
		if tt.name == "re-sent wire story" {
			// one story sent twice: one independent article, no group of two
			for _, g := range groups {
				if g.Articles > 1 {
					t.Errorf("%s: %s counted %d independent articles", tt.name, g.Metric, g.Articles)
				}
			}
			if len(groups) == 0 {
				t.Errorf("%s: no groups at all", tt.name)
			}
			continue
		}
		for _, ck := range tt.checks {
			ga, okA := where[ck.a]
			gb, okB := where[ck.b]
			switch {
			case ck.same && (!okA || !okB):
				t.Errorf("%s: %q (grouped %v) and %q (grouped %v) should be one group; groups: %s", tt.name, ck.a, okA, ck.b, okB, trapRender(groups))
			case ck.same && ga != gb:
				t.Errorf("%s: %q and %q in different groups: %s", tt.name, ck.a, ck.b, trapRender(groups))
			case ck.same && ck.verdict != "" && groups[ga].Verdict != ck.verdict:
				t.Errorf("%s: %q and %q: verdict %s, want %s", tt.name, ck.a, ck.b, groups[ga].Verdict, ck.verdict)
			case !ck.same && okA && okB && ga == gb:
				t.Errorf("%s: %q and %q are different figures, grouped as %s", tt.name, ck.a, ck.b, trapRender(groups[ga:ga+1]))
			}
		}
	}
}

func trapRender(gs []Group) string {
	var b strings.Builder
	for _, g := range gs {
		fmt.Fprintf(&b, "\n  [%s|%s|%s|%s|%s|%s]", g.Subject, g.Counterpart, g.Metric, g.Period, g.Outlook, g.Verdict)
		for _, c := range g.Claims {
			fmt.Fprintf(&b, " %q", c.Text)
		}
	}
	return b.String()
}
