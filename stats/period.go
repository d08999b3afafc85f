package stats

import (
	"strconv"
	"strings"
)

// Period is the time a figure refers to, in the grammar of claims.md §5:
// a year "2004", a half "2019-H1", a quarter "2004-Q4", a month "2004-11",
// a day "1987-03-20", a span "START/END" whose ends are years, months or
// days of one kind ("2004-01/2004-11", "2018/2022"), or a fiscal year as
// the article writes it ("FY1986/87", "FY2017"). The zero Period is no
// period; String gives "".
type Period struct {
	kind periodKind
	y    int // the year (the first year of a fiscal year)
	n    int // half (1-2), quarter (1-4) or month (1-12); a span's first month
	d    int // day; a span's first day
	// a span's end, in the same granularity as its start (sp); a fiscal
	// year's second year (0 for a one-year label) and how it was written
	y2, n2, d2 int
	sp         periodKind // a span's granularity: pYear, pMonth or pDay
	fyShort    bool       // a fiscal year's second year was written with two digits
	fyOne      bool       // ... or with one ("2005-6")
}

// periodKind is the granularity of a Period.
type periodKind uint8

const (
	pNone periodKind = iota
	pYear
	pHalf
	pQuarter
	pMonth
	pDay
	pSpan
	pFiscal
)

// Constructors of the Period kinds; they do not check their arguments
// beyond what String needs (see valid).
func yearPeriod(y int) Period       { return Period{kind: pYear, y: y} }
func halfPeriod(y, h int) Period    { return Period{kind: pHalf, y: y, n: h} }
func quarterPeriod(y, q int) Period { return Period{kind: pQuarter, y: y, n: q} }
func monthPeriod(y, m int) Period   { return Period{kind: pMonth, y: y, n: m} }
func dayPeriod(y, m, d int) Period  { return Period{kind: pDay, y: y, n: m, d: d} }

// yearSpan is the span of whole years y1 to y2.
func yearSpan(y1, y2 int) Period { return Period{kind: pSpan, sp: pYear, y: y1, y2: y2} }

// monthSpan is the span from month m1 of y1 to month m2 of y2; an aligned
// three-month span is its quarter.
func monthSpan(y1, m1, y2, m2 int) Period {
	if y1 == y2 && m1 == m2 {
		return monthPeriod(y1, m1)
	}
	if y1 == y2 && m2 == m1+2 && m1%3 == 1 {
		return quarterPeriod(y1, (m1+2)/3)
	}
	return Period{kind: pSpan, sp: pMonth, y: y1, n: m1, y2: y2, n2: m2}
}

// daySpan is the span of days; one day is that day.
func daySpan(y1, m1, d1, y2, m2, d2 int) Period {
	if y1 == y2 && m1 == m2 && d1 == d2 {
		return dayPeriod(y1, m1, d1)
	}
	return Period{kind: pSpan, sp: pDay, y: y1, n: m1, d: d1, y2: y2, n2: m2, d2: d2}
}

// fiscalPeriod is the fiscal year labelled y or y/y2; short says the
// second year is written with two digits ("1986/87").
func fiscalPeriod(y, y2 int, short bool) Period {
	return Period{kind: pFiscal, y: y, y2: y2, fyShort: short}
}

// IsZero reports whether p is no period.
func (p Period) IsZero() bool { return p.kind == pNone }

// String returns p in the grammar of claims.md §5, "" for no period.
func (p Period) String() string {
	switch p.kind {
	case pYear:
		return yearString(p.y)
	case pHalf:
		return yearHalf(p.y, p.n)
	case pQuarter:
		return yearQuarter(p.y, p.n)
	case pMonth:
		return yearMonth(p.y, p.n)
	case pDay:
		return yearMonthDay(p.y, p.n, p.d)
	case pSpan:
		switch p.sp {
		case pYear:
			return yearString(p.y) + "/" + yearString(p.y2)
		case pMonth:
			return yearMonth(p.y, p.n) + "/" + yearMonth(p.y2, p.n2)
		case pDay:
			return yearMonth(p.y, p.n) + "-" + twoDigits(p.d) + "/" + yearMonth(p.y2, p.n2) + "-" + twoDigits(p.d2)
		}
	case pFiscal:
		s := "FY" + yearString(p.y)
		if p.y2 != 0 {
			if p.fyOne {
				s += "/" + strconv.Itoa(p.y2%10)
			} else if p.fyShort {
				s += "/" + twoDigits(p.y2%100)
			} else {
				s += "/" + yearString(p.y2)
			}
		}
		return s
	}
	return ""
}

func yearString(y int) string {
	if y >= yearMonthFirst && y < yearMonthFirst+len(yearMonths) {
		return yearMonths[y-yearMonthFirst][0][:4]
	}
	return strconv.Itoa(y)
}

// ParsePeriod reads a period written in the grammar of claims.md §5 (as
// String writes it); ok is false for anything else.
func ParsePeriod(s string) (p Period, ok bool) {
	if s == "" {
		return Period{}, false
	}
	if rest, fy := strings.CutPrefix(s, "FY"); fy {
		a, b, two := strings.Cut(rest, "/")
		y, ok := fourDigits(a)
		if !ok {
			return Period{}, false
		}
		if !two {
			return fiscalPeriod(y, 0, false), true
		}
		switch len(b) {
		case 1:
			if b[0] != byte('0'+(y+1)%10) {
				return Period{}, false
			}
			p := fiscalPeriod(y, y+1, false)
			p.fyOne = true
			return p, true
		case 2:
			n, ok := digitsValue(b)
			if !ok {
				return Period{}, false
			}
			y2 := y/100*100 + n
			if y2 <= y {
				y2 += 100
			}
			return fiscalPeriod(y, y2, true), true
		case 4:
			y2, ok := fourDigits(b)
			if !ok || y2 <= y {
				return Period{}, false
			}
			return fiscalPeriod(y, y2, false), true
		}
		return Period{}, false
	}
	if a, b, span := strings.Cut(s, "/"); span {
		p, ok1 := ParsePeriod(a)
		q, ok2 := ParsePeriod(b)
		if !ok1 || !ok2 || p.kind != q.kind || p.kind == pSpan || p.kind == pFiscal || p.kind == pHalf || p.kind == pQuarter {
			return Period{}, false
		}
		r := Period{kind: pSpan, sp: p.kind, y: p.y, n: p.n, d: p.d, y2: q.y, n2: q.n, d2: q.d}
		if !r.startBefore() {
			return Period{}, false
		}
		return r, true
	}
	y, ok := fourDigits(s[:min(4, len(s))])
	if !ok {
		return Period{}, false
	}
	rest := s[4:]
	switch {
	case rest == "":
		return yearPeriod(y), true
	case len(rest) == 3 && rest[0] == '-' && (rest[1] == 'H' || rest[1] == 'Q'):
		n := int(rest[2] - '0')
		if rest[1] == 'H' && n >= 1 && n <= 2 {
			return halfPeriod(y, n), true
		}
		if rest[1] == 'Q' && n >= 1 && n <= 4 {
			return quarterPeriod(y, n), true
		}
	case len(rest) == 3 && rest[0] == '-':
		if m, ok := digitsValue(rest[1:]); ok && m >= 1 && m <= 12 {
			return monthPeriod(y, m), true
		}
	case len(rest) == 6 && rest[0] == '-' && rest[3] == '-':
		m, ok1 := digitsValue(rest[1:3])
		d, ok2 := digitsValue(rest[4:6])
		if ok1 && ok2 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) {
			return dayPeriod(y, m, d), true
		}
	}
	return Period{}, false
}

func fourDigits(s string) (int, bool) {
	if len(s) != 4 {
		return 0, false
	}
	return digitsValue(s)
}

func digitsValue(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// startBefore reports whether a span's start is before its end.
func (p Period) startBefore() bool {
	a := [3]int{p.y, p.n, p.d}
	b := [3]int{p.y2, p.n2, p.d2}
	return a[0] < b[0] || a[0] == b[0] && (a[1] < b[1] || a[1] == b[1] && a[2] < b[2])
}

// bounds returns the first and last day of p as (year, month, day)
// triples; a fiscal year is taken as the calendar year it starts in
// (months are not known) through the year it ends in.
func (p Period) bounds() (first, last [3]int) {
	switch p.kind {
	case pYear:
		return [3]int{p.y, 1, 1}, [3]int{p.y, 12, 31}
	case pHalf:
		m := 6*p.n - 5
		return [3]int{p.y, m, 1}, [3]int{p.y, m + 5, daysIn(p.y, m+5)}
	case pQuarter:
		m := 3*p.n - 2
		return [3]int{p.y, m, 1}, [3]int{p.y, m + 2, daysIn(p.y, m+2)}
	case pMonth:
		return [3]int{p.y, p.n, 1}, [3]int{p.y, p.n, daysIn(p.y, p.n)}
	case pDay:
		return [3]int{p.y, p.n, p.d}, [3]int{p.y, p.n, p.d}
	case pSpan:
		switch p.sp {
		case pYear:
			return [3]int{p.y, 1, 1}, [3]int{p.y2, 12, 31}
		case pMonth:
			return [3]int{p.y, p.n, 1}, [3]int{p.y2, p.n2, daysIn(p.y2, p.n2)}
		case pDay:
			return [3]int{p.y, p.n, p.d}, [3]int{p.y2, p.n2, p.d2}
		}
	case pFiscal:
		y2 := p.y2
		if y2 == 0 {
			y2 = p.y
		}
		return [3]int{p.y, 1, 1}, [3]int{y2, 12, 31}
	}
	return [3]int{}, [3]int{}
}

// shiftYears returns p moved by n years ("a year earlier" is -1).
func (p Period) shiftYears(n int) Period {
	if p.kind == pNone {
		return p
	}
	p.y += n
	if p.kind == pSpan || p.kind == pFiscal && p.y2 != 0 {
		p.y2 += n
	}
	if p.kind == pDay && p.n == 2 && p.d == 29 {
		p.d = daysIn(p.y, 2)
	}
	return p
}

// prev returns the period before p of the same kind: the month before a
// month, the quarter before a quarter, the year before a year; a span (a
// part of a year, "the first eight months") and a fiscal year compare with
// the same span a year earlier. A day has none.
func (p Period) prev() Period {
	switch p.kind {
	case pYear, pSpan, pFiscal:
		return p.shiftYears(-1)
	case pHalf:
		if p.n == 1 {
			return halfPeriod(p.y-1, 2)
		}
		return halfPeriod(p.y, 1)
	case pQuarter:
		if p.n == 1 {
			return quarterPeriod(p.y-1, 4)
		}
		return quarterPeriod(p.y, p.n-1)
	case pMonth:
		if p.n == 1 {
			return monthPeriod(p.y-1, 12)
		}
		return monthPeriod(p.y, p.n-1)
	}
	return Period{}
}

// year returns the calendar year p starts in, 0 for no period.
func (p Period) year() int { return p.y }

// ComparePeriods orders periods by their first day, then by their last
// (a year before its first quarter, which ends first); no period and text
// that is not a period come last, in string order.
func ComparePeriods(a, b string) int {
	p, okA := ParsePeriod(a)
	q, okB := ParsePeriod(b)
	switch {
	case !okA && !okB:
		return strings.Compare(a, b)
	case !okA:
		return 1
	case !okB:
		return -1
	}
	pf, pl := p.bounds()
	qf, ql := q.bounds()
	if c := compareTriples(pf, qf); c != 0 {
		return c
	}
	if c := compareTriples(ql, pl); c != 0 { // the longer first
		return c
	}
	return strings.Compare(a, b)
}

func compareTriples(a, b [3]int) int {
	for i := range a {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// PeriodWithin reports whether the period p lies within the period
// outer (both as written in claims.md §5): "1987-Q4" and "1987-02" lie
// within "1987"; a period lies within itself.
func PeriodWithin(p, outer string) bool {
	if p == outer {
		return p != ""
	}
	a, ok1 := ParsePeriod(p)
	b, ok2 := ParsePeriod(outer)
	if !ok1 || !ok2 {
		return false
	}
	af, al := a.bounds()
	bf, bl := b.bounds()
	return compareTriples(bf, af) <= 0 && compareTriples(al, bl) <= 0
}
