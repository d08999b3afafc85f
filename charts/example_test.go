package charts_test

import (
	"log"
	"os"

	"github.com/tradestats/tradestats/charts"
	"github.com/tradestats/tradestats/stats"
)

// The figures below are invented for the examples.

func ptr(f float64) *float64 { return &f }

// apecGroup is a conflicting group: four articles near 61%, one at 40%.
func apecGroup() stats.Group {
	return stats.Group{
		GroupKey: stats.GroupKey{Subject: "APEC", Metric: "share of world gdp", Unit: stats.UnitPercent, Period: "2023"},
		Verdict:  stats.Conflict,
		Min:      40, Median: 60, Max: 62, Spread: 22, RelativeSpread: 22.0 / 60, Articles: 5,
		Claims: []stats.GroupClaim{
			{Article: "a1", Title: "APEC leaders meet in Lima as trade tensions rise", Date: "2024-11-10",
				Text: "around 62 percent", Value: 62, Approx: stats.About, Low: 60, High: 64},
			{Article: "a2", Title: "Peru hosts the Asia-Pacific summit", Date: "2024-11-12",
				Text: "nearly 60 percent", Value: 60, Approx: stats.Under, Low: 58, High: 60},
			{Article: "a3", Title: "Trade ministers call for open markets", Date: "2024-11-13",
				Text: "61%", Value: 61, Approx: stats.Exact, Low: 60.5, High: 61.5},
			{Article: "a4", Title: "What the Asia-Pacific Economic Cooperation forum means for the world economy, its members and their trade with the rest of the world", Date: "2024-11-14",
				Text: "more than 60%", Value: 60, Approx: stats.Over, Low: 60, High: 62},
			{Article: "a5", Title: "Analysis: the forum's economic weight", Date: "2024-11-16",
				Text: "40 percent", Value: 40, Approx: stats.Exact, Low: 39.5, High: 40.5},
		},
	}
}

// deficitGroup is a consistent group of money figures, one a range and one
// open-ended.
func deficitGroup() stats.Group {
	return stats.Group{
		GroupKey: stats.GroupKey{Subject: "United States", Metric: "trade deficit", Unit: stats.UnitMoney, Currency: "USD", Period: "1986-Q4"},
		Verdict:  stats.Consistent,
		Min:      38e9, Median: 38.2e9, Max: 39e9, Articles: 4,
		Claims: []stats.GroupClaim{
			{Article: "d1", Title: "U.S. trade deficit narrows in fourth quarter", Date: "1987-02-26",
				Text: "38.37 billion dlrs", Value: 38.37e9, Approx: stats.Exact, Low: 38.365e9, High: 38.375e9},
			{Article: "d2", Title: "Deficit smaller than expected, Commerce says", Date: "1987-02-27",
				Text: "about 38.4 billion dlrs", Value: 38.4e9, Approx: stats.About, Low: 38.2e9, High: 38.6e9},
			{Article: "d3", Title: "Economists see deficit between 38 and 39 billion", Date: "1987-02-20",
				Text: "between 38 and 39 billion dlrs", Value: 38e9, Max: ptr(39e9), Approx: stats.Exact, Low: 38e9, High: 39e9},
			{Article: "d4", Title: "Dollar steady after trade figures", Date: "1987-02-27",
				Text: "at least 38 billion dlrs", Value: 38e9, Approx: stats.Over, Low: 38e9, High: posInf()},
		},
	}
}

// create opens a file under testdata for an example's output.
func create(name string) *os.File {
	f, err := os.Create("testdata/" + name)
	if err != nil {
		log.Fatal(err)
	}
	return f
}

// closeOrDie closes an example's output file.
func closeOrDie(f *os.File) {
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

func ExampleCompare() {
	f := create("compare.png")
	defer closeOrDie(f)
	if err := charts.Compare(f, apecGroup(), charts.Options{}); err != nil {
		log.Fatal(err)
	}
}

func ExampleCompare_money() {
	f := create("compare_money.png")
	defer closeOrDie(f)
	if err := charts.Compare(f, deficitGroup(), charts.Options{}); err != nil {
		log.Fatal(err)
	}
}

func shareGroups() []stats.Group {
	share := func(subject string, med, lo, hi float64, articles int) stats.Group {
		g := stats.Group{
			GroupKey: stats.GroupKey{Subject: subject, Metric: "share of world gdp", Unit: stats.UnitPercent, Period: "2023"},
			Verdict:  stats.Consistent, Min: lo, Median: med, Max: hi, Articles: articles,
		}
		for i := range articles {
			g.Claims = append(g.Claims, stats.GroupClaim{Article: subject + string(rune('a'+i)), Date: "2024-11-1" + string(rune('0'+i)), Value: med})
		}
		return g
	}
	return []stats.Group{
		share("EU", 17.5, 17, 18, 2),
		share("APEC", 62, 58, 64, 5),
		share("ASEAN", 3.6, 3.6, 3.6, 1),
		share("G7", 43, 40, 44, 3),
		share("BRICS", 35, 35, 35, 2),
		share("United States-Mexico-Canada Agreement members", 28, 27, 28.5, 2),
		share("Mercosur", 2.4, 2.4, 2.4, 1),
	}
}

func ExampleShares() {
	f := create("shares.png")
	defer closeOrDie(f)
	if err := charts.Shares(f, shareGroups(), charts.Options{}); err != nil {
		log.Fatal(err)
	}
}

func surplusSeries() charts.Series {
	return charts.Series{
		Subject: "Japan", Metric: "trade surplus", Unit: stats.UnitMoney, Currency: "USD",
		Articles: 11, First: "1986-04-08", Last: "1987-07-20",
		Points: []stats.SeriesPoint{
			{Period: "1986-Q2", Value: 20.1e9, Min: 20.1e9, Max: 20.1e9, Claims: 2, Articles: 2},
			{Period: "1986-Q1", Value: 18.5e9, Min: 18.5e9, Max: 18.5e9, Claims: 1, Articles: 1},
			{Period: "1986-Q3", Value: 22.4e9, Min: 21.9e9, Max: 23e9, Claims: 3, Articles: 3},
			{Period: "1986-Q4", Value: 24e9, Min: 24e9, Max: 24e9, Claims: 2, Articles: 2},
			{Period: "1987-Q1", Value: 21.3e9, Min: 20.8e9, Max: 21.3e9, Claims: 2, Articles: 2},
			{Period: "1987-Q2", Value: 19.8e9, Min: 19.8e9, Max: 19.8e9, Claims: 1, Articles: 1},
		},
	}
}

func ExampleTimeline() {
	f := create("timeline.png")
	defer closeOrDie(f)
	if err := charts.Timeline(f, surplusSeries(), charts.Options{}); err != nil {
		log.Fatal(err)
	}
}

func subjectCounts() []charts.Count {
	return []charts.Count{
		{"China", 1204}, {"United States", 1180}, {"Japan", 866}, {"European Union", 512},
		{"Germany", 430}, {"APEC", 388}, {"Brazil", 251}, {"Canada", 240}, {"United Kingdom", 233},
		{"OPEC", 190}, {"Peru", 171}, {"Vietnam", 160}, {"International Monetary Fund", 142},
		{"Organisation for Economic Co-operation and Development", 97}, {"South Korea", 95},
		{"Mexico", 80}, {"Chile", 61}, {"Australia", 50}, {"India", 12},
	}
}

func ExampleOverview() {
	f := create("overview.png")
	defer closeOrDie(f)
	opt := charts.Options{Source: charts.SourceLine(420, "1987-02-26", "1987-10-20", false)}
	if err := charts.Overview(f, subjectCounts(), opt); err != nil {
		log.Fatal(err)
	}
}
