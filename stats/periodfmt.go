package stats

func twoDigits(n int) string {
	if 0 <= n && n < 100 {
		return twoDigitStrings[n]
	}
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}

var twoDigitStrings = func() (t [100]string) {
	for n := range t {
		t[n] = string([]byte{byte('0' + n/10), byte('0' + n%10)})
	}
	return t
}()

// yearMonth returns "YYYY-MM" (itoa(y) + "-" + twoDigits(mo)); the months
// of the years a year token may name are made once.
func yearMonth(y, mo int) string {
	if y >= yearMonthFirst && y < yearMonthFirst+len(yearMonths) && mo >= 1 && mo <= 12 {
		return yearMonths[y-yearMonthFirst][mo-1]
	}
	return itoa(y) + "-" + twoDigits(mo)
}

const yearMonthFirst = 1800 // isYearToken's range: 1800 to 2100

var yearMonths = func() (t [301][12]string) {
	for i := range t {
		for m := range 12 {
			t[i][m] = itoa(yearMonthFirst+i) + "-" + twoDigits(m+1)
		}
	}
	return t
}()

// yearHalf and yearQuarter return "YYYY-Hn" and "YYYY-Qn"; those of the
// years a year token may name are made once (no concatenation per claim).
func yearHalf(y, n int) string {
	if y >= yearMonthFirst && y < yearMonthFirst+len(yearParts) && n >= 1 && n <= 2 {
		return yearParts[y-yearMonthFirst][n-1]
	}
	return yearString(y) + "-H" + itoa(n)
}

func yearQuarter(y, n int) string {
	if y >= yearMonthFirst && y < yearMonthFirst+len(yearParts) && n >= 1 && n <= 4 {
		return yearParts[y-yearMonthFirst][n+1]
	}
	return yearString(y) + "-Q" + itoa(n)
}

// yearParts holds per year its halves and quarters: H1, H2, Q1 .. Q4.
var yearParts = func() (t [301][6]string) {
	for i := range t {
		y := itoa(yearMonthFirst + i)
		t[i] = [6]string{y + "-H1", y + "-H2", y + "-Q1", y + "-Q2", y + "-Q3", y + "-Q4"}
	}
	return t
}()

// yearMonthDay returns "YYYY-MM-DD" (yearMonth(y, mo) + "-" +
// twoDigits(d)), built in one buffer.
func yearMonthDay(y, mo, d int) string {
	ym := yearMonth(y, mo)
	if len(ym) == 7 && d >= 0 && d < 100 {
		var b [10]byte
		copy(b[:], ym)
		b[7], b[8], b[9] = '-', byte('0'+d/10), byte('0'+d%10)
		return string(b[:])
	}
	return ym + "-" + twoDigits(d)
}
