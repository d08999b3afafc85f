package charts_test

import (
	"bytes"
	"errors"
	"log"
	"testing"

	"gonum.org/v1/plot/cmpimg"

	"github.com/tradestats/tradestats/charts"
	"github.com/tradestats/tradestats/stats"
)

// growthOfficial is Viet Nam's growth as articles stated it and as the
// World Bank has it.
func growthOfficial() charts.Official {
	return charts.Official{
		Subject: "Vietnam", What: "GDP growth", Unit: stats.UnitPercent, Series: "ny.gdp.mktp.kd.zg",
		Source: stats.WDISource,
		Line: []charts.YearValue{{2019, 7.36}, {2020, 2.87}, {2021, 2.55}, {2022, 8.54}, {2023, 4.98},
			{2024, 7.04}, {2025, 8.02}},
		Stated: []charts.Stated{
			{Year: 2022, Value: 8.0, Verdict: stats.CheckClose, Article: "a"},
			{Year: 2024, Value: 9, Verdict: stats.CheckDiffers, Article: "b"},
			{Year: 2024, Value: 7.1, Verdict: stats.CheckAgrees, Article: "c"},
		},
	}
}

func ExampleOfficialChart() {
	f := create("official.png")
	defer closeOrDie(f)
	if err := charts.OfficialChart(f, growthOfficial(), charts.Options{}); err != nil {
		log.Fatal(err)
	}
}

func TestOfficialGolden(t *testing.T) {
	cmpimg.CheckPlot(ExampleOfficialChart, t, "official.png")
}

func TestOfficialLabels(t *testing.T) {
	one := growthOfficial()
	one.Stated = one.Stated[1:2]
	agrees := growthOfficial()
	agrees.Stated = agrees.Stated[2:]
	all := growthOfficial()
	all.Stated = []charts.Stated{{Year: 2023, Value: 5, Verdict: stats.CheckAgrees, Article: "a"},
		{Year: 2024, Value: 7, Verdict: stats.CheckAgrees, Article: "a"}}
	closeOnly := growthOfficial()
	closeOnly.Stated = []charts.Stated{{Year: 2023, Value: 5.7, Verdict: stats.CheckClose, Article: "a"},
		{Year: 2024, Value: 7, Verdict: stats.CheckAgrees, Article: "b"}}
	for _, tt := range []struct {
		name string
		o    charts.Official
		want charts.Labels
	}{
		{"mixed", growthOfficial(), charts.Labels{
			Title:    "One of three figures articles give for Vietnam's GDP growth differs from the World Bank's",
			Subtitle: "GDP growth, per cent · dots: figures in articles; line: World Bank (ny.gdp.mktp.kd.zg)",
			Source:   "Source: World Bank, World Development Indicators (CC BY 4.0); 3 figures in 3 articles. Figures machine-read from the articles by tradestats.",
		}},
		{"one differs", one, charts.Labels{
			Title:    "An article puts Vietnam's GDP growth in 2024 at 9%; the World Bank has 7.0%",
			Subtitle: "GDP growth, per cent · dots: figures in articles; line: World Bank (ny.gdp.mktp.kd.zg)",
			Source:   "Source: World Bank, World Development Indicators (CC BY 4.0); 1 figure in 1 article. Figures machine-read from the articles by tradestats.",
		}},
		{"one agrees", agrees, charts.Labels{
			Title:    "An article puts Vietnam's GDP growth in 2024 at 7.1%, as the World Bank does",
			Subtitle: "GDP growth, per cent · dots: figures in articles; line: World Bank (ny.gdp.mktp.kd.zg)",
			Source:   "Source: World Bank, World Development Indicators (CC BY 4.0); 1 figure in 1 article. Figures machine-read from the articles by tradestats.",
		}},
		{"all agree", all, charts.Labels{
			Title:    "All two figures articles give for Vietnam's GDP growth agree with the World Bank's",
			Subtitle: "GDP growth, per cent · dots: figures in articles; line: World Bank (ny.gdp.mktp.kd.zg)",
			Source:   "Source: World Bank, World Development Indicators (CC BY 4.0); 2 figures in 1 article. Figures machine-read from the articles by tradestats.",
		}},
		{"close", closeOnly, charts.Labels{
			Title:    "One of two figures articles give for Vietnam's GDP growth is close to the World Bank's, the others agree",
			Subtitle: "GDP growth, per cent · dots: figures in articles; line: World Bank (ny.gdp.mktp.kd.zg)",
			Source:   "Source: World Bank, World Development Indicators (CC BY 4.0); 2 figures in 2 articles. Figures machine-read from the articles by tradestats.",
		}},
	} {
		if got := charts.OfficialLabels(tt.o); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestOfficialNoData(t *testing.T) {
	o := growthOfficial()
	o.Stated = nil
	if err := charts.OfficialChart(&bytes.Buffer{}, o, charts.Options{}); !errors.Is(err, charts.ErrNoData) {
		t.Errorf("no stated figures: %v", err)
	}
	o = growthOfficial()
	o.Line = nil
	if err := charts.OfficialChart(&bytes.Buffer{}, o, charts.Options{}); !errors.Is(err, charts.ErrNoData) {
		t.Errorf("no official line: %v", err)
	}
	var svg bytes.Buffer
	if err := charts.OfficialChart(&svg, growthOfficial(), charts.Options{Format: "svg"}); err != nil || !bytes.Contains(svg.Bytes(), []byte(">World Bank<")) {
		t.Errorf("svg: %v", err)
	}
}
