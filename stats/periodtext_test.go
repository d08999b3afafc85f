package stats

import (
	"strings"
	"testing"
)

// periodOf reads the first period expression in text and resolves it
// against the date ("" none), the main and the context periods; future
// marks a forecast. It returns the period ("" none) and the words read.
func periodOf(text, date, main, ctx string, future bool) (string, string) {
	toks := tokenize(text, nil)
	g := newGrammar(text, toks)
	pp := periodParser{g: &g, sa: 0, sb: len(toks)}
	r := pref{future: future}
	if date != "" {
		if p, ok := ParsePeriod(date); ok {
			f, _ := p.bounds()
			r.now, r.day = f, p.kind == pDay
		}
	}
	r.main, _ = ParsePeriod(main)
	r.ctx, _ = ParsePeriod(ctx)
	for k := range toks {
		e, a, b := pp.parse(k)
		if b == 0 {
			continue
		}
		return resolvePeriod(e, &r).String(), text[toks[a].start:toks[b-1].end]
	}
	return "", ""
}

func TestPeriodGrammar(t *testing.T) {
	for _, c := range []struct {
		text, date, main, ctx string // date: the article's; main, ctx: the sentence's and the article's periods
		want, words           string // the period and the words it covers ("" for none)
	}{
		// years, fiscal years, spans of years
		{"exports rose in 2004", "", "", "", "2004", "2004"},
		{"2003's imbalance", "", "", "", "2003", "2003's"},
		{"in fiscal 1986/87", "", "", "", "FY1986/87", "fiscal 1986/87"},
		{"during the 2017 fiscal year", "", "", "", "FY2017", "2017 fiscal year"},
		{"FY2017 sales", "", "", "", "FY2017", "FY2017"},
		{"after a 4.3 pct increase in 1985/86", "", "", "", "FY1985/86", "1985/86"},
		{"the 1984-85 recession", "", "", "", "1984/1985", "1984-85"},
		{"the 2011-2 budget", "", "", "", "FY2011/2", "2011-2"},
		{"the 2019-0 budget", "", "", "", "FY2019/0", "2019-0"},
		{"unit 1996-4 of the plant", "", "", "", "1996", "1996"},
		{"between 1989 and 2003", "", "", "", "1989/2003", "between 1989 and 2003"},
		{"from 1990 to 2017", "", "", "", "1990/2017", "from 1990 to 2017"},
		{"at average 1979/80 prices", "", "", "", "", "1979/80"},
		{"the full year 1986", "", "", "", "1986", "full year 1986"},
		{"for the whole of 1986", "", "", "", "1986", "whole of 1986"},
		{"in the year 1986", "", "", "", "1986", "the year 1986"},
		// months and days
		{"in February 1986", "", "", "", "1986-02", "February 1986"},
		{"narrowed to 13.6 billion dlrs in March", "1987-06-02", "", "", "1987-03", "March"},
		{"unchanged in February at 6.7 pct", "1987-03-06", "", "", "1987-02", "February"},
		{"in December", "1987-03-11", "", "", "1986-12", "December"},
		{"in November", "", "", "2004-01/2004-11", "2004-11", "November"},
		{"October's £3.6bn", "", "", "2004-11", "2004-10", "October's"},
		{"on May 10", "2019-07-09", "", "", "2019-05-10", "May 10"},
		{"on Oct 3, 2018", "2019-07-09", "", "", "2018-10-03", "Oct 3, 2018"},
		{"on 22 March", "2005-02-25", "", "", "2005-03-22", "22 March"},
		{"for May shipment", "1987-03-30", "", "", "1987-05", "May"},
		{"exports fell in May", "1987-10-30", "", "", "1987-05", "May"},
		{"on 22 March", "2005-03-25", "", "", "2005-03-22", "22 March"},
		{"when it meets July 30-31", "2019-07-09", "", "", "2019-07", "July 30-31"},
		{"you may see it", "2019-07-09", "", "", "", ""},
		{"officials may say", "2019-07-09", "", "", "", ""},
		{"prices March higher", "2019-07-09", "", "", "", ""},
		{"in May exports rose", "2019-07-09", "", "", "2019-05", "May"},
		{"end-1986", "", "", "", "1986-12", "end-1986"},
		{"at the end of March", "1987-06-01", "", "", "1987-03", "end of March"},
		{"since January 2017", "2019-07-09", "", "2019-06", "2017-01/2019-06", "since January 2017"},
		{"Since 1900, about 80 percent", "2019-07-09", "", "2019-06", "1900/2019", "Since 1900"},
		{"its lowest level since March 1980", "1987-03-06", "", "", "", "since March 1980"},
		{"in the week ended March 18", "1987-03-25", "", "", "1987-03-18", "week ended March 18"},
		{"in the first 20 days of February", "1987-03-02", "", "", "1987-02-01/1987-02-20", "first 20 days of February"},
		// spans of months, quarters, halves
		{"in January-February", "1987-03-20", "", "", "1987-01/1987-02", "January-February"},
		{"January and February 1987", "", "", "", "1987-01/1987-02", "January and February 1987"},
		{"January/March imports", "1987-04-29", "", "", "1987-Q1", "January/March"},
		{"in the January-to-March quarter", "", "", "2005-01", "2005-Q1", "January-to-March quarter"},
		{"the October to December fourth quarter", "1987-03-11", "", "", "1986-Q4", "October to December fourth quarter"},
		{"in the fourth quarter", "1987-03-11", "", "", "1986-Q4", "fourth quarter"},
		{"in the first quarter", "1987-04-17", "", "", "1987-Q1", "first quarter"},
		{"4TH QTR", "1987-03-11", "", "", "1986-Q4", "4TH QTR"},
		{"the fourth quarter of 1986", "", "", "", "1986-Q4", "fourth quarter of 1986"},
		{"the last quarter of 2004", "", "", "", "2004-Q4", "last quarter of 2004"},
		{"the final quarter last year", "1987-03-11", "", "", "1986-Q4", "final quarter last year"},
		{"third-quarter 1986", "", "", "", "1986-Q3", "third-quarter 1986"},
		{"the 1985 third quarter", "", "", "", "1985-Q3", "1985 third quarter"},
		{"Q3 2019", "", "", "", "2019-Q3", "Q3 2019"},
		{"in the first half of the year", "2019-07-09", "", "2019-06", "2019-H1", "first half of the year"},
		{"in the first half", "2019-07-09", "", "", "2019-H1", "first half"},
		{"the second quarter ended June 30", "2019-07-09", "", "", "2019-Q2", "second quarter"},
		{"the first eleven months of 2004", "", "", "", "2004-01/2004-11", "first eleven months of 2004"},
		{"the first two months of this year", "1987-03-20", "", "", "1987-01/1987-02", "first two months of this year"},
		{"the first eight months of fiscal 1986/87 ending June 30", "", "", "", "1986-07/1987-02", "first eight months of fiscal 1986/87 ending June 30"},
		{"for the fiscal year ended last March 31", "1987-06-16", "", "", "FY1986/87", "fiscal year ended last March 31"},
		{"in the year to March", "1987-06-16", "", "", "1986-04/1987-03", "year to March"},
		{"exports in the eight-month period to August", "1987-10-01", "", "", "1987-01/1987-08", "eight-month period to August"},
		{"profit for the three months ended December", "2019-01-30", "", "", "2018-Q4", "three months ended December"},
		{"sales in the six months to June 1987", "", "", "", "1987-01/1987-06", "six months to June 1987"},
		{"profit in the half-year to March 31", "1987-06-16", "", "", "1986-10/1987-03", "half-year to March 31"},
		{"profit in the half year ended June 30, 1986", "", "", "", "1986-01/1986-06", "half year ended June 30, 1986"},
		{"the deficit for the first ten months of 1990/91", "", "", "", "FY1990/91", "first ten months of 1990/91"},
		{"it took three months to complete", "2019-01-30", "", "", "", ""},
		{"inflation in the financial year ending tomorrow", "1987-03-30", "", "", "FY1986/87", "financial year ending tomorrow"},
		{"rose 10.3 pct in the year ended January", "1987-03-02", "", "", "1986-02/1987-01", "year ended January"},
		{"profits in the year ended March 31, 1987", "1987-06-16", "", "", "1986-04/1987-03", "year ended March 31, 1987"},
		{"so far this year", "1987-03-11", "", "", "1987-01/1987-03", "so far this year"},
		{"year-to-date", "1987-05-11", "", "", "1987-01/1987-05", "year-to-date"},
		// relative to the article's date
		{"for all of last year", "", "", "", "", "all of last year"},
		{"last year", "1987-04-29", "", "", "1986", "last year"},
		{"this calendar year", "1987-04-29", "", "", "1987", "this calendar year"},
		{"next year", "1987-04-29", "", "", "1988", "next year"},
		{"last month", "1987-03-27", "", "", "1987-02", "last month"},
		{"later this month", "2019-07-09", "", "", "2019-07", "later this month"},
		{"last quarter", "1987-06-16", "", "", "1987-Q1", "last quarter"},
		{"closed on Friday", "2019-07-09", "", "", "2019-07-05", "on Friday"},
		{"will meet on Friday", "2019-07-09", "", "", "2019-07-12", "on Friday"},
		{"yesterday", "1987-03-16", "", "", "1987-03-15", "yesterday"},
		{"yesterday", "1987-03", "", "", "", "yesterday"},
		// relative to the main period
		{"a year earlier", "", "1987-02", "", "1986-02", "a year earlier"},
		{"a year ago", "", "1987-Q1", "", "1986-Q1", "a year ago"},
		{"the year-earlier quarter", "", "1986-Q4", "", "1985-Q4", "year-earlier quarter"},
		{"the previous quarter", "", "1987-Q1", "", "1986-Q4", "the previous quarter"},
		{"the previous three months", "", "1987-Q1", "", "1986-Q4", "the previous three months"},
		{"the previous year", "", "1987-02", "", "1986", "the previous year"},
		{"in the same 1986 period", "", "1987-Q1", "", "1986-Q1", "the same 1986 period"},
		{"the same period in 2003", "", "2004-01/2004-11", "", "2003-01/2003-11", "the same period in 2003"},
		{"the same month last year", "", "1987-02", "", "1986-02", "the same month last year"},
		{"against the same months of 1986", "", "1987-01/1987-02", "", "1986-01/1986-02", "the same months of 1986"},
		{"a month earlier", "", "1987-02", "", "1987-01", "a month earlier"},
		// what is being discussed
		{"in the quarter", "", "", "1986-Q4", "1986-Q4", "the quarter"},
		{"during the year", "", "", "1986-Q4", "1986", "the year"},
		{"for the year", "", "", "", "", "the year"},
		// not periods
		{"in the coming year", "2019-07-02", "", "", "", "coming year"},
		{"rose 5% year-on-year", "2019-07-02", "", "", "", "year-on-year"},
		{"grew 2.0 pct quarter-on-quarter", "2019-07-02", "", "", "", "quarter-on-quarter"},
		{"a 10-year plan", "2019-07-02", "", "", "", ""},
		{"the first time", "2019-07-02", "", "", "", ""},
		{"the second largest", "2019-07-02", "", "", "", ""},
		{"in 2000 tonnes", "", "", "", "2000", "2000"},
		{"notes due 2017", "1987-04-01", "", "", "", "2017"},
		// forecasts look ahead
		{"growth of 5% in the first quarter", "2004-12-15", "", "", "2004-Q1", "first quarter"},
		{"growth of 5% in the first quarter", "2004-12-15", "", "", "2005-Q1", "first quarter"},
	} {
		future := strings.Contains(c.want, "2005-Q1") || strings.Contains(c.text, "will")
		got, words := periodOf(c.text, c.date, c.main, c.ctx, future)
		if got != c.want || words != c.words {
			t.Errorf("%q (date %s main %s ctx %s): %q from %q, want %q from %q", c.text, c.date, c.main, c.ctx, got, words, c.want, c.words)
		}
	}
}
