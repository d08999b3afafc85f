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
