package data

import "bytes"

// The Reuters-21578 date form "26-FEB-1987 15:01:01.79" of isoDate,
// matched and converted without the regular expression engine and
// time.Parse, on strings and on the bytes of a record (see dayCache).

// reutersDayLen returns the length of the day "26-FEB-1987" that s starts
// with, as reutersDate matches it (its whole match), or 0: one or two
// digits, '-', three ASCII letters, '-', four digits that end a word.
func reutersDayLen[T string | []byte](s T) int {
	isDigit := func(c byte) bool { return '0' <= c && c <= '9' }
	isLetter := func(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
	d := 0
	for d < len(s) && d < 2 && isDigit(s[d]) {
		d++
	}
	if d == 0 || d >= len(s) || s[d] != '-' {
		return 0
	}
	m := d + 1
	if m+4 > len(s) || !isLetter(s[m]) || !isLetter(s[m+1]) || !isLetter(s[m+2]) || s[m+3] != '-' {
		return 0
	}
	y := m + 4
	if y+4 > len(s) || !isDigit(s[y]) || !isDigit(s[y+1]) || !isDigit(s[y+2]) || !isDigit(s[y+3]) {
		return 0
	}
	if e := y + 4; e < len(s) && (isDigit(s[e]) || isLetter(s[e]) || s[e] == '_') {
		return 0 // \b: the year ends a word
	}
	return y + 4
}

// reutersDayISO returns the date of the Reuters day s starts with (see
// reutersDayLen) as isoDate gives it; false when s does not start with
// one, or time.Parse would refuse it (see reutersISO).
func reutersDayISO[T string | []byte](s T) (string, bool) {
	n := reutersDayLen(s)
	if n == 0 {
		return "", false
	}
	return reutersISO(s[:n-9], s[n-8:n-5], s[n-4:n])
}

// reutersISO returns the date of the day, month abbreviation and year
// reutersDayLen found, as time.Parse("2-Jan-2006", ...) and Format
// ("2006-01-02") give it, without their allocations; false where
// time.Parse fails (an unknown month, a day out of range).
func reutersISO[T string | []byte](day, month, year T) (string, bool) {
	d := 0
	for i := 0; i < len(day); i++ {
		d = d*10 + int(day[i]-'0')
	}
	// The month's three letters in lower case, as one number: ASCII
	// letters fold by their 0x20 bit (strings.EqualFold would too).
	key := func(a, b, c byte) int { return int(a|0x20)<<16 | int(b|0x20)<<8 | int(c|0x20) }
	mo := 0
	if len(month) == 3 {
		k := key(month[0], month[1], month[2])
		for i, name := range shortMonths {
			if k == key(name[0], name[1], name[2]) {
				mo = i + 1
				break
			}
		}
	}
	y := 0
	for i := 0; i < len(year); i++ {
		y = y*10 + int(year[i]-'0')
	}
	days := [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if mo == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		days[1] = 29
	}
	if mo == 0 || d < 1 || d > days[mo-1] {
		return "", false
	}
	var b [10]byte
	copy(b[:4], year)
	b[4], b[5], b[6], b[7], b[8], b[9] = '-', byte('0'+mo/10), byte('0'+mo%10), '-', byte('0'+d/10), byte('0'+d%10)
	return string(b[:]), true
}

var shortMonths = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// dayCache converts the Reuters dates of a file's records, which come in
// runs of the same day, keeping the last day converted: the records of
// that day share its ISO string, and their date fields are not made
// strings at all (see fastRecordBuf).
type dayCache struct {
	day string // "26-FEB-1987", as in the record
	iso string // its isoDate
}

// isoOf returns isoDate(string(raw)) when raw, after white space, starts
// with a Reuters day that converts (false otherwise: isoDate then tries
// the other forms).
func (c *dayCache) isoOf(raw []byte) (string, bool) {
	s := bytes.TrimSpace(raw)
	n := reutersDayLen(s)
	if n == 0 {
		return "", false
	}
	if c.iso != "" && string(s[:n]) == c.day {
		return c.iso, true
	}
	iso, ok := reutersISO(s[:n-9], s[n-8:n-5], s[n-4:n])
	if ok {
		c.day, c.iso = string(s[:n]), iso
	}
	return iso, ok
}
