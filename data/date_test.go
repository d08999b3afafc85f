package data

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// reutersDate matches the Reuters-21578 date form "26-FEB-1987 15:01:01.79",
// which sometimes has trailing junk ("...01.79RM").
// reutersDayLen replaces it.
var reutersDate = regexp.MustCompile(`^(\d{1,2})-([A-Za-z]{3})-(\d{4})\b`)

// matchReutersDate is reutersDate.FindStringSubmatch(s) by reutersDayLen.
func matchReutersDate(s string) []string {
	n := reutersDayLen(s)
	if n == 0 {
		return nil
	}
	return []string{s[:n], s[:n-9], s[n-8 : n-5], s[n-4 : n]}
}

// TestMatchReutersDate checks the hand-written matcher against the
// regular expression it replaces, on hand-picked and random strings; and
// that a dayCache, reading them as bytes one after the other, converts
// the ones isoDate converts by that form, as isoDate does.
func TestMatchReutersDate(t *testing.T) {
	ins := []string{"26-FEB-1987 15:01:01.79", "1-mar-1987", "26-FEB-1987", "26-FEB-19870", "26-FEB-1987RM", "26-FEB-1987_",
		"126-FEB-1987", "2-FE-1987", "26-FEB-87", "", "-FEB-1987", "26-FEB-1987.5", "26-FÉB-1987", "9-Jan-2019 x"}
	r := rand.New(rand.NewPCG(3, 4))
	const alphabet = "0129-FEBfeb _.Rx"
	for range 20000 {
		b := make([]byte, r.IntN(16))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		ins = append(ins, string(b))
	}
	// near misses: valid dates with a byte or two changed, cut or added
	for range 20000 {
		b := []byte("26-FEB-1987 15:01")
		for range 1 + r.IntN(2) {
			switch i := r.IntN(len(b)); r.IntN(3) {
			case 0:
				b[i] = alphabet[r.IntN(len(alphabet))]
			case 1:
				b = append(b[:i], b[i+1:]...)
			default:
				b = append(b[:i], append([]byte{alphabet[r.IntN(len(alphabet))]}, b[i:]...)...)
			}
		}
		ins = append(ins, string(b))
	}
	matched := 0
	var days dayCache
	for i, s := range ins {
		if i%3 == 1 {
			s = ins[i-1] // the same again: from the cache
		}
		if got, ok := days.isoOf([]byte(" " + s)); ok && got != isoDate(s) || ok != (reutersDate.MatchString(strings.TrimSpace(s)) && isoDate(s) != "") {
			t.Errorf("dayCache.isoOf(%q) = %q, %v; isoDate %q", s, got, ok, isoDate(s))
		}
		if reutersDate.MatchString(s) {
			matched++
		}
		if got, want := matchReutersDate(s), reutersDate.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Errorf("matchReutersDate(%q) = %q, want %q", s, got, want)
		}
	}
	if matched < 1000 {
		t.Errorf("only %d of %d inputs match: the test needs more near misses", matched, len(ins))
	}
}

// TestReutersISO checks the hand-written conversion against time.Parse and
// Format, for every day from 0 to 39 of every month name (in three cases,
// and names that are no month), in leap and common years.
func TestReutersISO(t *testing.T) {
	months := []string{"XYZ", "Foo", "jam"}
	for _, m := range shortMonths {
		months = append(months, m, strings.ToUpper(m), strings.ToLower(m))
	}
	n := 0
	for _, year := range []string{"1987", "1988", "1900", "2000", "2019", "0000", "9999"} {
		for _, m := range months {
			for d := range 40 {
				for _, day := range []string{strconv.Itoa(d), fmt.Sprintf("%02d", d)} {
					want, werr := "", error(nil)
					tm, werr := time.Parse("2-Jan-2006", day+"-"+m+"-"+year)
					if werr == nil {
						want = tm.Format("2006-01-02")
						n++
					}
					got, ok := reutersISO(day, m, year)
					if ok != (werr == nil) || got != want {
						t.Errorf("reutersISO(%q, %q, %q) = %q, %v; time.Parse: %q, %v", day, m, year, got, ok, want, werr)
					}
				}
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d valid dates", n)
	}
}
