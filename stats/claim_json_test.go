package stats

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// encodeClaimJSON is the reference: what a json.Encoder with HTML escaping
// off writes for c.
func encodeClaimJSON(c *Claim) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(c)
	return buf.Bytes(), err
}

// checkClaimJSON compares AppendClaimJSON with encoding/json for c: the same
// bytes, or an error exactly when encoding/json errors (the same message,
// nothing appended).
func checkClaimJSON(t *testing.T, c *Claim) {
	t.Helper()
	want, wantErr := encodeClaimJSON(c)
	prefix := []byte("prefix")
	got, err := AppendClaimJSON(prefix[:len(prefix):len(prefix)], c)
	if wantErr != nil {
		if err == nil {
			t.Fatalf("AppendClaimJSON(%+v) = %q, want error %v", *c, got, wantErr)
		}
		if err.Error() != wantErr.Error() {
			t.Errorf("AppendClaimJSON(%+v) error %q, want %q", *c, err, wantErr)
		}
		var uv *json.UnsupportedValueError
		if !errors.As(err, &uv) {
			t.Errorf("AppendClaimJSON error %T, want *json.UnsupportedValueError", err)
		}
		if string(got) != "prefix" {
			t.Errorf("AppendClaimJSON appended %q on error", got[len(prefix):])
		}
		return
	}
	if err != nil {
		t.Fatalf("AppendClaimJSON(%+v): %v, encoding/json gives %q", *c, err, want)
	}
	if !bytes.HasPrefix(got, prefix) {
		t.Fatalf("AppendClaimJSON lost dst: %q", got)
	}
	if got := got[len(prefix):]; !bytes.Equal(got, want) {
		t.Errorf("AppendClaimJSON(%+v)\n got %q\nwant %q", *c, got, want)
	}
}

func ptr(f float64) *float64 { return &f }

// fullClaim is a claim with every field set.
func fullClaim() Claim {
	return Claim{
		Text: "5-6 pct", Start: 12, End: 19, Value: 5, Max: ptr(6), Unit: UnitPercent,
		Currency: "USD", UnitName: "tonnes", Approx: About, Item: "wheat",
		Subject: "Japan", Metric: "exports", Period: "1987", Change: Up,
		Carried: "subject,period", Sentence: "Japan's wheat exports rose 5-6 pct in 1987.",
		Article: "0123456789abcdef", Title: "JAPAN WHEAT", Source: "reut2-000.sgm",
		Date: "1987-02-26",
	}
}

// allControls is every control character 0..31 and DEL.
var allControls = func() string {
	var b []byte
	for c := 0; c < 0x20; c++ {
		b = append(b, byte(c))
	}
	return string(append(b, 0x7f))
}()

func TestAppendClaimJSON(t *testing.T) {
	type mod func(c *Claim)
	str := func(s string) mod {
		return func(c *Claim) { c.Text, c.Sentence, c.Title, c.Subject, c.Unit = s, s, s, s, Unit(s) }
	}
	val := func(v float64) mod { return func(c *Claim) { c.Value = v } }
	max := func(v float64) mod { return func(c *Claim) { c.Max = ptr(v) } }
	cases := []struct {
		name string
		mod  mod
		zero bool // start from the zero Claim
	}{
		{name: "full"},
		{name: "zero", zero: true},
		{name: "omitempty empty", mod: func(c *Claim) {
			c.Max, c.Currency, c.UnitName, c.Item, c.Subject, c.Metric = nil, "", "", "", "", ""
			c.Period, c.Change, c.Carried, c.Date = "", NoChange, "", ""
		}},
		{name: "required empty", mod: func(c *Claim) {
			c.Text, c.Unit, c.Approx, c.Sentence, c.Article, c.Title, c.Source = "", "", "", "", "", "", ""
		}},
		{name: "max nil", mod: func(c *Claim) { c.Max = nil }},
		{name: "max 0", mod: max(0)},
		{name: "max -0", mod: max(math.Copysign(0, -1))},
		{name: "value -0", mod: val(math.Copysign(0, -1))},
		{name: "negative", mod: func(c *Claim) { c.Value, c.Max, c.Start, c.End = -3.25, ptr(-1), -7, -1 }},
		{name: "big ints", mod: func(c *Claim) { c.Start, c.End = math.MaxInt, math.MinInt }},
		{name: "1e-7", mod: val(1e-7)},
		{name: "-1e-7", mod: val(-1e-7)},
		{name: "1e-6", mod: val(1e-6)},
		{name: "9.99e-7", mod: val(9.99e-7)},
		{name: "1e-10", mod: val(1e-10)},
		{name: "1e-100", mod: val(1e-100)},
		{name: "5e-324", mod: val(5e-324)},
		{name: "1e21", mod: val(1e21)},
		{name: "-1e21", mod: val(-1e21)},
		{name: "1e20", mod: val(1e20)},
		{name: "2^53-1", mod: val(1<<53 - 1)},
		{name: "2^53", mod: val(1 << 53)},
		{name: "2^53+2", mod: val(1<<53 + 2)},
		{name: "-(2^53-1)", mod: val(-(1<<53 - 1))},
		{name: "-2^53", mod: val(-(1 << 53))},
		{name: "-2^63", mod: val(-(1 << 63))},
		{name: "2^63", mod: val(1 << 63)},
		{name: "whole 155221", mod: val(155221)},
		{name: "whole -42", mod: max(-42)},
		{name: "999999999999999900000", mod: val(999999999999999900000)},
		{name: "1e308", mod: max(1e308)},
		{name: "MaxFloat64", mod: val(math.MaxFloat64)},
		{name: "123456789012345678", mod: val(123456789012345678)},
		{name: "0.1+0.2", mod: func(c *Claim) { x, y := 0.1, 0.2; c.Value = x + y }},
		{name: "1/3", mod: val(1.0 / 3)},
		{name: "117918703.671", mod: val(117918703.671)},
		{name: "quotes", mod: str(`he said "5 pct"`)},
		{name: "backslashes", mod: str(`a\b\\c\`)},
		{name: "controls", mod: str(allControls)},
		{name: "DEL", mod: str("a\x7fb")},
		{name: "html", mod: str("<b>AT&T</b> & <script>")},
		{name: "U+2028 U+2029", mod: str("a\u2028b\u2029c\u2027\u202a")},
		{name: "lone 0xff", mod: str("a\xffb")},
		{name: "only 0xff", mod: str("\xff")},
		{name: "truncated multibyte", mod: str("a\xe2\x80")},
		{name: "truncated then ascii", mod: str("\xe2\x80x\xc3")},
		{name: "surrogate", mod: str("\xed\xa0\x80")},
		{name: "overlong", mod: str("\xc0\xaf")},
		{name: "U+FFFD", mod: str("\ufffd")},
		{name: "emoji", mod: str("trade 😀 up 🇯🇵")},
		{name: "non-ASCII", mod: str("Société Générale 貿易 5 %")},
		{name: "NaN", mod: val(math.NaN())},
		{name: "+Inf", mod: val(math.Inf(1))},
		{name: "-Inf", mod: val(math.Inf(-1))},
		{name: "max NaN", mod: max(math.NaN())},
		{name: "max +Inf", mod: max(math.Inf(1))},
		{name: "max -Inf", mod: max(math.Inf(-1))},
		{name: "check", mod: func(c *Claim) {
			c.Check = &Check{Verdict: CheckDiffers, Reference: ptr(7.0395), Series: "ny.gdp.mktp.kd.zg", Year: 2024,
				Reason: "World Bank: 7.0% \"growth\" <b>", Source: WDISource}
		}},
		{name: "check none", mod: func(c *Claim) { c.Check = &Check{Verdict: CheckNone, Reason: "a quarter"} }},
		{name: "check empty", mod: func(c *Claim) { c.Check = &Check{} }},
		{name: "check 1e21", mod: func(c *Claim) { c.Check = &Check{Verdict: CheckAgrees, Reference: ptr(1e21), Year: -1} }},
		{name: "check NaN", mod: func(c *Claim) { c.Check = &Check{Verdict: CheckAgrees, Reference: ptr(math.NaN())} }},
		{name: "check controls", mod: func(c *Claim) { c.Check = &Check{Verdict: CheckVerdict(allControls), Reason: "\xff\u2028"} }},
	}
	for b := 0; b < 0x20; b++ {
		s := string([]byte{'x', byte(b), 'y'})
		cases = append(cases, struct {
			name string
			mod  mod
			zero bool
		}{name: fmt.Sprintf("control %#02x", b), mod: str(s)})
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			c := fullClaim()
			if tt.zero {
				c = Claim{}
			}
			if tt.mod != nil {
				tt.mod(&c)
			}
			checkClaimJSON(t, &c)
		})
	}
}

// TestAppendClaimJSONEscapes pins the escapes, in case encoding/json and
// AppendClaimJSON change together.
func TestAppendClaimJSONEscapes(t *testing.T) {
	for in, want := range map[string]string{
		"\x00\x01\x1f":     `"\u0000\u0001\u001f"`,
		"\b\f\n\r\t":       `"\b\f\n\r\t"`,
		`"\`:               `"\"\\"`,
		"<>&\x7f":          "\"<>&\x7f\"",
		"\u2028\u2029":     `"\u2028\u2029"`,
		"\xff\xe2\x80":     `"\ufffd\ufffd\ufffd"`,
		"é😀":               "\"é😀\"",
		"plain ascii text": `"plain ascii text"`,
	} {
		if got := string(appendJSONString(nil, in)); got != want {
			t.Errorf("appendJSONString(%q) = %s, want %s", in, got, want)
		}
	}
}

// TestAppendClaimJSONBytes puts every byte value at every position of
// strings long enough for appendJSONString's 8-byte steps, on backgrounds
// next to the special bytes.
func TestAppendClaimJSONBytes(t *testing.T) {
	for _, bg := range []byte{'a', ' ', '!', '#', '[', ']', 0x7f} {
		for pos := 0; pos < 19; pos++ {
			for b := 0; b < 256; b++ {
				s := []byte(strings.Repeat(string(bg), 19))
				s[pos] = byte(b)
				c := Claim{Sentence: string(s)}
				checkClaimJSON(t, &c)
				if t.Failed() {
					t.Fatalf("on %q", s)
				}
			}
		}
	}
}

// TestAppendJSONStringLengths compares appendJSONString with encoding/json
// on strings of every length up to 20 (the short strings checked a byte at
// a time, the tails checked by their last eight bytes), with every byte
// value at every position, on backgrounds next to the special bytes.
func TestAppendJSONStringLengths(t *testing.T) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	var got []byte
	roomy := make([]byte, 0, 256)
	for _, bg := range []byte{'a', ' ', '!', '#', '[', ']', 0x7f} {
		for n := 0; n <= 20; n++ {
			for pos := 0; pos < max(n, 1); pos++ {
				for b := 0; b < 256; b++ {
					s := bytes.Repeat([]byte{bg}, n)
					if n > 0 {
						s[pos] = byte(b)
					}
					buf.Reset()
					if err := enc.Encode(string(s)); err != nil {
						t.Fatal(err)
					}
					want := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
					// With room to spare (short strings are then copied
					// word by word), and with none.
					got = appendJSONString(append(roomy[:0], "x"...), string(s))
					if !bytes.Equal(got[1:], want) || got[0] != 'x' {
						t.Fatalf("appendJSONString(%q) = %s, want %s", s, got[1:], want)
					}
					got = appendJSONString(append(make([]byte, 0, 1), "x"...), string(s))
					if !bytes.Equal(got[1:], want) || got[0] != 'x' {
						t.Fatalf("appendJSONString(%q) without room = %s, want %s", s, got[1:], want)
					}
				}
			}
		}
	}
}

// TestAppendJSONInt compares appendJSONInt with strconv.AppendInt.
func TestAppendJSONInt(t *testing.T) {
	ns := []int64{0, 1, 9, 10, 99, 100, 12345, 999999999, 1e9, 1e9 + 1, -1, -10, math.MaxInt64, math.MinInt64}
	for n := int64(1); n < 1e18; n *= 10 {
		ns = append(ns, n-1, n, n+1, -n)
	}
	for _, n := range ns {
		if got, want := string(appendJSONInt([]byte("x"), n)), "x"+strconv.FormatInt(n, 10); got != want {
			t.Errorf("appendJSONInt(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestAppendJSONFloat compares appendJSONFloat with encoding/json: on
// n/10^k for every k up to 5 (appendShortDecimal's and beyond), near its
// bounds (10^-3 and 10^12) and powers of two, and on random float64s.
func TestAppendJSONFloat(t *testing.T) {
	check := func(f float64) {
		t.Helper()
		want, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONFloat([]byte("x"), f); string(got[1:]) != string(want) || got[0] != 'x' {
			t.Fatalf("appendJSONFloat(%v) = %s, want %s", f, got[1:], want)
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	for k, p := 0, 1.0; k <= 5; k, p = k+1, p*10 {
		for _, n := range []float64{1, 5, 9, 10, 11, 99, 101, 593, 1001, 12345, 999999, 1e9 + 7, 1e14 + 1, 999999999999999} {
			for _, f := range []float64{n / p, -n / p, math.Nextafter(n/p, 0), math.Nextafter(n/p, 2*n/p)} {
				check(f)
			}
		}
		for range 20000 {
			n := float64(r.Int64N(1 << r.IntN(54)))
			check(n / p)
			check(-n / p)
		}
	}
	for _, f := range []float64{1e-3, 1e-3 * 1.5, 0.0015, 0.001, 0.0009999, 1e12, 1e12 - 0.5, 999999999999.999, 999999999999.99, 1e12 + 0.5,
		0.1 + 0.2, 1.0 / 3, 2.0 / 3, 0.5, 0.25, 0.125, 0.0625, 1e-7, 1e21, 1e20 + 0.5, math.MaxFloat64, math.SmallestNonzeroFloat64} {
		check(f)
		check(-f)
	}
	for range 200000 {
		check(math.Float64frombits(r.Uint64()&^(0x7ff<<52) | uint64(r.IntN(0x7ff))<<52))
	}
}

// TestJSONUnsafe8 compares jsonUnsafe8 with jsonSafe byte by byte.
func TestJSONUnsafe8(t *testing.T) {
	check := func(s []byte) {
		want := true
		for _, b := range s {
			want = want && b < utf8.RuneSelf && jsonSafe[b]
		}
		if got := !jsonUnsafe8(binary.LittleEndian.Uint64(s)); got != want {
			t.Fatalf("jsonUnsafe8(%q) = %v, want %v", s, !got, !want)
		}
	}
	for _, bg := range []byte{'a', ' ', '!', '"', '#', '\\', '[', ']', 0x1f, 0x7f, 0x80, 0xff, 0} {
		for pos := 0; pos < 8; pos++ {
			for b := 0; b < 256; b++ {
				s := bytes.Repeat([]byte{bg}, 8)
				s[pos] = byte(b)
				check(s)
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	special := []byte{0, 0x1f, ' ', '!', '"', '#', '\\', '[', ']', 0x7f, 0x80, 0xff, 'a'}
	for range 200000 {
		var s [8]byte
		for i := range s {
			s[i] = special[r.IntN(len(special))]
		}
		check(s[:])
	}
}

// TestAppendClaimJSONGolden compares every claim of the golden articles.
func TestAppendClaimJSONGolden(t *testing.T) {
	claims := goldenClaims(t)
	if len(claims) == 0 {
		t.Fatal("no claims in testdata/extract")
	}
	for i := range claims {
		checkClaimJSON(t, &claims[i])
	}
}

func TestAppendClaimJSONAllocs(t *testing.T) {
	c := fullClaim()
	c.Sentence = "Société\x01 \u2028 \xff \"x\" " + strings.Repeat("y", 200)
	buf := make([]byte, 0, 4096)
	allocs := testing.AllocsPerRun(100, func() {
		var err error
		buf, err = AppendClaimJSON(buf[:0], &c)
		if err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("AppendClaimJSON allocates %v times per claim, want 0", allocs)
	}
}

// goldenClaims extracts the claims of the golden articles as TestGolden
// does.
func goldenClaims(tb testing.TB) []Claim {
	files, _ := filepath.Glob(filepath.Join("testdata", "extract", "*.txt"))
	var out []Claim
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		text := string(data)
		a := &Article{ID: ArticleID(text), Source: filepath.Base(f), Title: firstLine(text), Text: text}
		out = append(out, Extract(a)...)
	}
	return out
}

func FuzzAppendClaimJSON(f *testing.F) {
	f.Add("5 pct", "Exports rose 5 pct.", "TITLE", 5.0, 6.0, true, uint16(0xffff))
	f.Add("", "", "", 0.0, 0.0, false, uint16(0))
	f.Add("\"\\<>&", allControls, "\u2028\u2029\xff\xe2\x80😀", 1e-7, 1e21, true, uint16(0x5555))
	f.Add("x", "y", "z", 123456789012345678.0, -0.0, true, uint16(0xaaaa))
	f.Add("x", "y", "z", math.NaN(), 1.0, false, uint16(1))
	f.Add("x", "y", "z", 1.0, math.Inf(-1), true, uint16(2))
	f.Fuzz(func(t *testing.T, s1, s2, s3 string, value, max float64, hasMax bool, mask uint16) {
		// opt is s if bit i of mask is set, else "" (for omitempty fields).
		opt := func(i int, s string) string {
			if mask&(1<<i) != 0 {
				return s
			}
			return ""
		}
		c := Claim{
			Text: s1, Start: len(s2), End: -int(mask), Value: value,
			Unit: Unit(s3), Currency: opt(0, s2), UnitName: opt(1, s3),
			Approx: Approx(opt(2, s1)), Item: opt(3, s2), Subject: opt(4, s3),
			Metric: opt(5, s1), Period: opt(6, s2), Change: Change(opt(7, s3)),
			Carried: opt(8, s1), Sentence: s2, Article: opt(9, s3), Title: s3,
			Source: opt(10, s1), Date: opt(11, s2),
		}
		if hasMax {
			c.Max = &max
		}
		if mask&(1<<12) != 0 {
			c.Check = &Check{Verdict: CheckVerdict(opt(13, s1)), Series: s2, Year: int(mask), Reason: s3, Source: opt(14, s2)}
			if mask&(1<<15) != 0 {
				c.Check.Reference = &value
			}
		}
		checkClaimJSON(t, &c)
	})
}

// BenchmarkClaimJSON compares encoding/json's Encoder with AppendClaimJSON
// on the claims of benchArticles (MB/s counts the JSON written).
func BenchmarkClaimJSON(b *testing.B) {
	arts := benchArticles(b, 500)
	var claims []Claim
	for i := range arts {
		a := &arts[i]
		a.ID, a.Source, a.Title = ArticleID(a.Text), "reuters.jsonl", firstLine(a.Text)
		claims = append(claims, Extract(a)...)
	}
	if len(claims) == 0 {
		b.Fatal("no claims")
	}
	size := 0
	for i := range claims {
		out, _ := encodeClaimJSON(&claims[i])
		size += len(out)
	}
	b.Logf("%d claims from %d articles, %d bytes of JSON", len(claims), len(arts), size)
	b.Run("encoding_json", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		for b.Loop() {
			for i := range claims {
				buf.Reset()
				if err := enc.Encode(&claims[i]); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("AppendClaimJSON", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		var buf []byte
		for b.Loop() {
			for i := range claims {
				var err error
				if buf, err = AppendClaimJSON(buf[:0], &claims[i]); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// TestClaimEncoder checks that ClaimEncoder writes what AppendClaimJSON
// writes, claim after claim: for the golden claims (runs of one sentence
// and article), and for claims that differ from the one before in exactly
// one shared field, hold the same text in other strings, or fail.
func TestClaimEncoder(t *testing.T) {
	claims := goldenClaims(t)
	if len(claims) < 20 {
		t.Fatalf("only %d golden claims", len(claims))
	}
	base := claims[0]
	nan := base
	nan.Value = math.NaN()
	for i, change := range []func(c *Claim){
		func(c *Claim) { c.Sentence += "!" },
		func(c *Claim) { c.Article += "x" },
		func(c *Claim) { c.Title = "" },
		func(c *Claim) { c.Source += "/" },
		func(c *Claim) { c.Date = "" },
		func(c *Claim) { c.Sentence = strings.Clone(c.Sentence) }, // same text, another string
		func(c *Claim) { c.Subject, c.Value = "Other", c.Value+1 },
		func(c *Claim) {
			c.Check = &Check{Verdict: CheckClose, Reference: ptr(60.3), Series: "s", Year: 2024, Reason: "r"}
		},
		func(c *Claim) { c.Check = &Check{Verdict: CheckNone, Reason: "none"} },
	} {
		c := base
		change(&c)
		claims = append(claims, c, base, nan, c, c)
		if i%2 == 0 {
			claims = append(claims, base)
		}
	}
	var want, got []byte
	var e ClaimEncoder
	for i := range claims {
		var werr, gerr error
		want, werr = AppendClaimJSON(want, &claims[i])
		got, gerr = e.Append(got, &claims[i])
		if (werr == nil) != (gerr == nil) {
			t.Fatalf("claim %d: errors %v and %v", i, werr, gerr)
		}
		if i == len(claims)/2 {
			e.Reset()
		}
	}
	if !bytes.Equal(got, want) {
		t.Errorf("ClaimEncoder wrote\n%s\nAppendClaimJSON\n%s", got, want)
	}
}
