package data

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fastTests are records for parseRecord; fast is whether fastRecord should
// take them (ok true). Whatever path a record takes, parseRecord must give
// what parseRecordSlow gives.
var fastTests = []struct {
	name, in string
	fast     bool
}{
	// Plain records.
	{"plain", `{"title":"A","body":"xyz"}`, true},
	{"all fields", `{"id":1,"title":"A","date":"26-FEB-1987 15:01:01.79","url":"https://example.com/a","body":"Exports rose 5% to $3 billion."}`, true},
	{"empty object", `{}`, true},
	{"empty object spaces", " { \t} ", true},
	{"no body", `{"title":"A","id":3}`, true},
	{"empty body", `{"title":"A","body":""}`, true},
	{"empty body and title", `{"title":"","body":""}`, true},
	{"empty key", `{"":"x","body":"y"}`, true},
	{"case matters", `{"Body":"x","TITLE":"y"}`, true},
	{"key prefix", `{"bodyx":"x","bod":"y","content":"z"}`, true},
	{"whitespace everywhere", " \t\r\n{ \"title\" \t: \"A\" ,\r\n\"body\"\t:\n\"x\" , \"n\" : [ 1 , { \"a\" : null } ] } \r\n\t", true},
	{"title cell", `{"title":"  A \n","body":"x"}`, true},
	{"title escapes cell", `{"title":"A\nB\r\n C\tD","body":""}`, true},
	{"dates", `{"date":"2024-11-14T23:30:00-05:00","body":"x"}`, true},
	{"unknown date", `{"date":"last Tuesday","body":"x"}`, true},
	{"long body", `{"body":"` + strings.Repeat("Exports rose 5% to $3 billion in 1987. ", 40) + `"}`, true},

	// Escapes.
	{"escapes", `{"title":"q\"b\\s\/b\bf\fn\nr\rt\t","body":"a\"b\\c\/d\be\ff\ng\rh\ti"}`, true},
	{"escapes only", `{"body":"\n"}`, true},
	{"escape after 8 bytes", `{"body":"abcdefghijklmnop\"qrstuvwxyz\\0123456789\n"}`, true},
	{"u escapes", `{"title":"\u00c4","body":"\u00a3 3.1bn \u20AC \u0041\u00e9\uFFFD\uffff"}`, true},
	{"u escape NUL", `{"body":"a\u0000b"}`, true},
	{"u escape E000", `{"body":"\ue000\uD7FF"}`, true},
	{"escaped key", `{"b\u006fdy":"x","t\u0069tle":"T"}`, true},
	{"all escaped key", `{"\u0062\u006f\u0064\u0079":"x"}`, true},
	{"all escaped content key", `{"\u0063\u006f\u006e\u0074\u0065\u006e\u0074":"x"}`, true},
	{"long escaped key", `{"\u0063\u006f\u006e\u0074\u0065\u006e\u0074\u0073":"x","body":"y"}`, true},
	{"escaped slash key", `{"b\/ody":"x","text":"y"}`, true},
	{"escaped quote key", `{"a\"b":"x","body":"y"}`, true},
	{"escaped other value", `{"a":"x\"}\\","body":"y"}`, true},
	{"escaped key with surrogate", `{"b\ud800dy":"x","body":"y"}`, false},

	// Duplicate keys: the last wins.
	{"string then null", `{"body":"a","body":null}`, true},
	{"null then string", `{"body":null,"body":"a"}`, true},
	{"string then string", `{"body":"a","title":"T","body":"b"}`, true},
	{"title string then null", `{"title":"A","title":null,"body":"x"}`, true},
	{"escaped duplicate", `{"body":"a","b\u006fdy":"b\n"}`, true},
	{"string then number", `{"body":"a","body":1}`, false},
	{"number then string", `{"body":1,"body":"a"}`, false},

	// Body field preference.
	{"body preferred", `{"content":"c","text":"t","body":"b"}`, true},
	{"text over content", `{"content":"c","text":"t"}`, true},
	{"content", `{"content":"c"}`, true},
	{"null body falls back", `{"body":null,"text":"t","content":"c"}`, true},
	{"null body and text", `{"body":null,"text":null,"content":"c"}`, true},
	{"all null", `{"body":null,"text":null,"content":null,"title":null,"date":null,"url":null}`, true},
	{"unused text not a string", `{"body":"x","text":5}`, false},
	{"text not a string", `{"body":null,"text":5}`, false},
	{"content not a string", `{"content":{"a":1}}`, false},

	// Kept fields that are not strings.
	{"body number", `{"title":"A","body":42}`, false},
	{"body array", `{"body":["x"]}`, false},
	{"body object", `{"body":{}}`, false},
	{"body true", `{"body":true}`, false},
	{"body false", `{"body":false}`, false},
	{"title array", `{"title":["A"],"body":"x"}`, false},
	{"date number", `{"date":19870226,"body":"x"}`, false},
	{"url object", `{"url":{"href":"u"},"body":"x"}`, false},
	{"title number no body", `{"title":5}`, false},
	{"body nul", `{"body":nul}`, false},
	{"body nullx", `{"body":nullx}`, false},

	// The publisher: a "publisher" string, else a "source" string; any
	// other value is ignored, not an error.
	{"publisher", `{"publisher":"The Ledger","body":"x"}`, true},
	{"source", `{"source":"Ledger\nWire","body":"x"}`, true},
	{"publisher over source", `{"source":"S","publisher":"P","body":"x"}`, true},
	{"empty publisher over source", `{"publisher":"","source":"S","body":"x"}`, true},
	{"publisher object", `{"publisher":{"name":"P"},"source":"S","body":"x"}`, true},
	{"source object", `{"source":{"id":null,"name":"BBC News"},"body":"x"}`, true},
	{"source number then string", `{"source":5,"source":"S","body":"x"}`, true},
	{"source string then array", `{"source":"S","source":["a"],"body":"x"}`, true},
	{"publisher null", `{"publisher":null,"source":"S","body":"x"}`, true},
	{"publisher literals", `{"publisher":true,"source":false,"body":"x"}`, true},
	{"escaped publisher key", `{"p\u0075blisher":"P","body":"x"}`, true},
	{"publisher bad value", `{"publisher":tru,"body":"x"}`, false},
	{"source unbalanced", `{"source":{"a":1],"body":"x"}`, false},
	{"publisher invalid utf-8", "{\"publisher\":\"\xff\",\"body\":\"x\"}", false},

	// Nested values in other keys.
	{"nested", `{"id":{"a":[1,{"b":null}],"c":[]},"tags":[[],[[]],{}],"body":"x"}`, true},
	{"nested strings", `{"a":["x\"]",{"}":"{"}],"body":"y"}`, true},
	{"literals", `{"a":true,"b":false,"c":null,"d":[true,false,null],"body":"x"}`, true},
	{"deep", `{"a":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `,"body":"x"}`, true},
	{"deepest", `{"a":` + strings.Repeat("[", maxFastDepth-1) + strings.Repeat("]", maxFastDepth-1) + `,"body":"x"}`, true},
	{"too deep", `{"a":` + strings.Repeat("[", maxFastDepth) + strings.Repeat("]", maxFastDepth) + `,"body":"x"}`, false},
	{"too deep objects", `{"a":` + strings.Repeat(`{"a":`, 600) + "1" + strings.Repeat("}", 600) + `,"body":"x"}`, false},
	{"unbalanced", `{"a":[1,2},"body":"x"}`, false},
	{"unbalanced object", `{"a":{"b":1],"body":"x"}`, false},
	{"nested trailing comma", `{"a":[1,],"body":"x"}`, false},
	{"nested object trailing comma", `{"a":{"b":1,},"body":"x"}`, false},
	{"nested missing value", `{"a":{"b":},"body":"x"}`, false},
	{"nested key not a string", `{"a":{b:1},"body":"x"}`, false},
	{"nested missing colon", `{"a":{"b" 1},"body":"x"}`, false},
	{"nested missing comma", `{"a":[1 2],"body":"x"}`, false},
	{"bad literal", `{"a":tru,"body":"x"}`, false},
	{"bad literal case", `{"a":True,"body":"x"}`, false},
	{"literal glued", `{"a":truex,"body":"x"}`, false},
	{"bad literal false", `{"a":fals,"body":"x"}`, false},
	{"bad literal null", `{"a":nil,"body":"x"}`, false},

	// Numbers.
	{"numbers", `{"a":[0,-0,1,-1,10,1234567890,1.5,-0.0,0.25,1e5,1E5,1e+5,1e-5,1E-05,-1.5e+10,0.5e10,123456789012345678901234567890],"body":"x"}`, true},
	{"number zero", `{"a":0,"body":"x"}`, true},
	{"number last", `{"body":"x","a":-12.5e-3}`, true},
	{"number space", `{"a":1 ,"body":"x"}`, true},
	{"leading zero", `{"a":01,"body":"x"}`, false},
	{"negative leading zero", `{"a":-01,"body":"x"}`, false},
	{"minus alone", `{"a":-,"body":"x"}`, false},
	{"minus minus", `{"a":--1,"body":"x"}`, false},
	{"plus", `{"a":+1,"body":"x"}`, false},
	{"trailing dot", `{"a":1.,"body":"x"}`, false},
	{"leading dot", `{"a":.5,"body":"x"}`, false},
	{"dot exponent", `{"a":1.e5,"body":"x"}`, false},
	{"empty exponent", `{"a":1e,"body":"x"}`, false},
	{"signed empty exponent", `{"a":1e+,"body":"x"}`, false},
	{"double exponent", `{"a":1e5e5,"body":"x"}`, false},
	{"double dot", `{"a":1.2.3,"body":"x"}`, false},
	{"hex", `{"a":0x1F,"body":"x"}`, false},
	{"NaN", `{"a":NaN,"body":"x"}`, false},
	{"Infinity", `{"a":-Infinity,"body":"x"}`, false},
	{"number at end", `{"a":1`, false},
	{"minus at end", `{"a":-`, false},

	// Not an object.
	{"array", `[1,2]`, false},
	{"string", `"s"`, false},
	{"number", `3`, false},
	{"null", `null`, false},
	{"true", `true`, false},
	{"empty", ``, false},
	{"spaces", " \t ", false},
	{"byte order mark", "\uFEFF{\"body\":\"x\"}", false},
	{"vertical tab", "\v{\"body\":\"x\"}", false},
	{"form feed", "{\f\"body\":\"x\"}", false},
	{"no-break space", "{\u00a0\"body\":\"x\"}", false},
	{"single quotes", `{'body':'x'}`, false},
	{"bare key", `{body:"x"}`, false},
	{"number key", `{1:"x"}`, false},

	// Truncated lines.
	{"truncated after value", `{"body":"x"`, false},
	{"truncated after comma", `{"body":"x",`, false},
	{"truncated in string", `{"body":"x`, false},
	{"truncated in long string", `{"body":"0123456789abcdef`, false},
	{"truncated after colon", `{"body":`, false},
	{"truncated after key", `{"body"`, false},
	{"truncated in key", `{"bo`, false},
	{"truncated brace", `{`, false},
	{"truncated nested", `{"a":[1,2`, false},
	{"truncated nested object", `{"a":{"b":1`, false},
	{"truncated u escape", `{"body":"\u00`, false},
	{"truncated u escape quote", `{"body":"\u00"}`, false},
	{"truncated backslash", `{"body":"\`, false},
	{"truncated literal", `{"a":nu`, false},

	// Trailing garbage and other syntax errors.
	{"trailing garbage", `{"body":"x"}x`, false},
	{"second object", `{"body":"x"} {}`, false},
	{"trailing comma after object", `{"body":"x"},`, false},
	{"trailing comma", `{"body":"x",}`, false},
	{"leading comma", `{,"body":"x"}`, false},
	{"double comma", `{"a":1,,"body":"x"}`, false},
	{"missing colon", `{"body" "x"}`, false},
	{"missing comma", `{"a":1 "body":"x"}`, false},
	{"missing value", `{"body":}`, false},
	{"double colon", `{"body"::"x"}`, false},
	{"trailing NUL", "{\"body\":\"x\"}\x00", false},
	{"bad escape", `{"body":"\x41"}`, false},
	{"bad escape U", `{"body":"\U0041"}`, false},
	{"bad u escape", `{"body":"\u12G4"}`, false},
	{"bad escape in other key", `{"a":"\q","body":"x"}`, false},
	{"bad escape in key", `{"\q":1,"body":"x"}`, false},

	// Raw bytes in strings.
	{"raw control byte", "{\"body\":\"a\x01b\"}", false},
	{"raw tab", "{\"body\":\"a\tb\"}", false},
	{"raw newline", "{\"body\":\"a\nb\"}", false},
	{"raw control after 8 bytes", "{\"body\":\"abcdefghij\x1fklmnop\"}", false},
	{"raw control in key", "{\"a\x01\":1,\"body\":\"x\"}", false},
	{"raw control in other value", "{\"a\":\"\x00\",\"body\":\"x\"}", false},
	{"DEL", "{\"body\":\"a\x7fb\"}", true},
	{"utf-8", `{"title":"Ä","body":"café £3 € 😀 日本語 – "}`, true},
	{"utf-8 long", `{"body":"` + strings.Repeat("Zölle für Käse – 5 €. ", 20) + `"}`, true},
	{"U+FFFD", "{\"body\":\"a\uFFFDb\"}", true},
	{"U+2028", "{\"body\":\"a\u2028b\u2029\"}", true},
	{"utf-8 key", `{"tïtle":"x","body":"y"}`, true},

	// Invalid UTF-8.
	{"invalid utf-8 body", "{\"body\":\"caf\xe9\"}", false},
	{"invalid utf-8 title", "{\"title\":\"\xff\",\"body\":\"x\"}", false},
	{"invalid utf-8 key", "{\"b\xffody\":1,\"body\":\"x\"}", false},
	{"invalid utf-8 other value", "{\"a\":\"\xc3\",\"body\":\"x\"}", false},
	{"invalid utf-8 nested", "{\"a\":[\"\xc3(\"],\"body\":\"x\"}", false},
	{"invalid utf-8 after 8 bytes", "{\"body\":\"abcdefghij\xffklmnop\"}", false},
	{"truncated utf-8", "{\"body\":\"ab\xe2\x82\"}", false},
	{"overlong utf-8", "{\"body\":\"\xc0\xaf\"}", false},
	{"utf-8 surrogate", "{\"body\":\"\xed\xa0\x80\"}", false},
	{"utf-8 beyond U+10FFFF", "{\"body\":\"\xf4\x90\x80\x80\"}", false},
	{"invalid utf-8 outside string", "{\"body\":\"x\"}\xff", false},

	// Surrogates.
	{"surrogate pair", `{"body":"\ud83d\ude00"}`, false},
	{"lone high surrogate", `{"body":"\ud800"}`, false},
	{"lone low surrogate", `{"body":"\udc00x"}`, false},
	{"surrogate DFFF", `{"body":"\uDFFF"}`, false},
	{"surrogate in title", `{"title":"\ud800","body":"x"}`, false},
	{"surrogate in other value", `{"a":"\ud800","body":"x"}`, false},
}

// sameRecord reports, as "" or a difference, whether parseRecord gives for
// line what parseRecordSlow gives.
func sameRecord(line []byte) string {
	a, err := parseRecord(line)
	want, wantErr := parseRecordSlow(line)
	if fmt.Sprint(err) != fmt.Sprint(wantErr) {
		return fmt.Sprintf("error %v, slow path %v", err, wantErr)
	}
	if (a == nil) != (want == nil) || a != nil && *a != *want {
		return fmt.Sprintf("article %+v, slow path %+v", a, want)
	}
	return ""
}

// checkFastFields checks the fields fastRecord found in line against those
// encoding/json finds, and that the slow path agrees the record is good.
func checkFastFields(t *testing.T, line []byte, f recordFields) {
	t.Helper()
	var rec map[string]json.RawMessage
	if err := json.Unmarshal(line, &rec); err != nil || rec == nil {
		t.Fatalf("fastRecord ok, encoding/json: %v (map %v)", err, rec)
	}
	for k, name := range []string{"body", "text", "content", "title", "date", "url", "publisher", "source"} {
		raw, present := rec[name]
		var v string
		if present && string(raw) != "null" {
			if err := json.Unmarshal(raw, &v); err != nil {
				if k < fieldPublisher {
					t.Fatalf("fastRecord ok, field %q is %s", name, raw)
				}
				present = false // a publisher that is not a string: ignored
			}
		} else {
			present = false
		}
		if k == fieldDate && f.isoSet {
			// converted as read
			if !present || f.val[k] != "" || f.iso != isoDate(v) {
				t.Errorf("date %q: converted to %q, isoDate %q (val %q)", v, f.iso, isoDate(v), f.val[k])
			}
			continue
		}
		if f.has[k] != present || f.val[k] != v {
			t.Errorf("field %q: %v %q, encoding/json %v %q", name, f.has[k], f.val[k], present, v)
		}
	}
	if _, err := parseRecordSlow(line); err != nil && err != errNoBody {
		t.Errorf("fastRecord ok, slow path: %v", err)
	}
}

func TestParseRecordFast(t *testing.T) {
	for _, tt := range fastTests {
		t.Run(tt.name, func(t *testing.T) {
			line := []byte(tt.in)
			if d := sameRecord(line); d != "" {
				t.Error(d)
			}
			f, ok := fastRecord(line)
			if ok != tt.fast {
				t.Errorf("fastRecord ok = %v, want %v", ok, tt.fast)
			}
			if ok {
				checkFastFields(t, line, f)
			}
		})
	}
}

// TestParseRecordFastJSONL runs the JSON Lines table through the fast path
// too: they are all well formed but for the bad ones.
func TestParseRecordFastJSONL(t *testing.T) {
	for _, tt := range jsonlTests {
		for _, line := range strings.Split(tt.in, "\n") {
			line = strings.TrimSuffix(strings.TrimPrefix(line, "\uFEFF"), "\r")
			if d := sameRecord([]byte(line)); d != "" {
				t.Errorf("%s: %q: %s", tt.name, line, d)
			}
		}
	}
}

// TestParseRecordFastReuters checks that every record of the shared
// Reuters corpus takes the fast path and gives what the slow path gives.
func TestParseRecordFastReuters(t *testing.T) {
	lines := reutersLines(t, -1)
	if lines == nil {
		t.Skip("no shared Reuters corpus")
	}
	for n, line := range lines {
		if _, ok := fastRecord(line); !ok {
			t.Errorf("line %d: fastRecord not ok", n+1)
		}
		if d := sameRecord(line); d != "" {
			t.Errorf("line %d: %s", n+1, d)
		}
	}
}

// TestFastRecordAllocs checks that fastRecordBuf, with its buffer kept from
// record to record (as the reader keeps it), allocates only the strings of
// the kept fields, however many other keys there are.
func TestFastRecordAllocs(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"id":17,`)
	for i := range 50 {
		fmt.Fprintf(&b, `"key%d":"value %d","k\u00e9y%d":[1,{"a":"b"}],`, i, i, i)
	}
	b.WriteString(`"t\u0069tle":"A\tB","body":"plain text","text":"not kept","body":null,"body":"kept\n"}`)
	line := []byte(b.String())
	var f recordFields
	var buf recordBuf
	allocs := testing.AllocsPerRun(100, func() {
		var ok bool
		if f, ok = fastRecordBuf(line, &buf); !ok {
			t.Fatal("fastRecord not ok")
		}
	})
	checkFastFields(t, line, f)
	if allocs > 3 { // body, title, text
		t.Errorf("%v allocations, want 3", allocs)
	}
}

// reutersLines returns the first n (all for n < 0) lines of the shared
// Reuters corpus (../../shared/corpus), or none when it is absent.
func reutersLines(tb testing.TB, n int) [][]byte {
	f, err := os.Open(filepath.Join("..", "..", "shared", "corpus", "reuters", "reuters.jsonl"))
	if err != nil {
		return nil
	}
	defer f.Close()
	var lines [][]byte
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for n != 0 && sc.Scan() {
		lines = append(lines, bytes.Clone(sc.Bytes()))
		n--
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return lines
}

// FuzzParseRecordFast checks that parseRecord gives what parseRecordSlow
// gives, and that fastRecord takes only records encoding/json finds good.
func FuzzParseRecordFast(f *testing.F) {
	for _, tt := range fastTests {
		f.Add([]byte(tt.in))
	}
	for _, tt := range jsonlTests {
		f.Add([]byte(tt.in))
	}
	for _, line := range reutersLines(f, 50) {
		f.Add(line)
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		if d := sameRecord(line); d != "" {
			t.Fatal(d)
		}
		fields, ok := fastRecord(line)
		if ok {
			checkFastFields(t, line, fields)
		} else if _, err := parseRecordSlow(line); err == nil || errors.Is(err, errNoBody) {
			// A record the fast path leaves must have something unusual
			// about it; skipped fields can be anything.
			var rec map[string]json.RawMessage
			if json.Unmarshal(line, &rec) == nil && rec != nil && plainRecord(line) {
				t.Fatalf("fastRecord not ok for a plain record")
			}
		}
	})
}

// plainRecord reports whether line has nothing that sends a valid record
// to the slow path: no bytes outside printable ASCII, no "\u" escapes
// (which may be surrogates), no deep nesting and no kept field that is not
// a string or null.
func plainRecord(line []byte) bool {
	for _, c := range line {
		if c >= 0x7f || c < 0x20 && !isJSONSpace(c) {
			return false
		}
	}
	if bytes.Contains(line, []byte(`\u`)) || bytes.Count(line, []byte("["))+
		bytes.Count(line, []byte("{")) >= maxFastDepth {
		return false
	}
	// Every occurrence of a kept key counts, not just the last.
	dec := json.NewDecoder(bytes.NewReader(line))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return false
	}
	for dec.More() {
		key, err := dec.Token()
		var raw json.RawMessage
		if err != nil || dec.Decode(&raw) != nil {
			return false
		}
		if k := fieldIndex([]byte(key.(string))); k >= 0 && k < fieldPublisher && raw[0] != '"' && string(raw) != "null" {
			return false
		}
	}
	return true
}

// BenchmarkParseRecord parses the lines of the shared Reuters corpus with
// encoding/json (slow), parseRecord (fast path) and fastRecord alone.
//
//	go test ./data -run '^$' -bench ParseRecord
func BenchmarkParseRecord(b *testing.B) {
	lines := reutersLines(b, -1)
	if lines == nil {
		b.Skip("no shared Reuters corpus")
	}
	size := 0
	for _, l := range lines {
		size += len(l) + 1
	}
	for _, bm := range []struct {
		name  string
		parse func([]byte) bool
	}{
		{"slow", func(l []byte) bool { _, err := parseRecordSlow(l); return err == nil || err == errNoBody }},
		{"fast", func(l []byte) bool { _, err := parseRecord(l); return err == nil || err == errNoBody }},
		{"fastRecord", func(l []byte) bool { _, ok := fastRecord(l); return ok }},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, l := range lines {
					if !bm.parse(l) {
						b.Fatalf("%s: %.80s", bm.name, l)
					}
				}
			}
		})
	}
}

// TestScanStringJump checks scanString, which reads eight plain bytes at a
// time and jumps to the first byte that needs a look, against the same
// scan a byte at a time, on random strings dense in quotes, escapes,
// control bytes and UTF-8 (valid and not), at every start offset.
func TestScanStringJump(t *testing.T) {
	pieces := []string{"a", "abcdefgh", "0123456789", " ", "\"", "\\n", "\\\"", "\\u00e9", "\\ud800", "\\x", "\\", "\x01", "\x1f", "é", "€", "\xff", "\xe2\x82", "~", "\x7f"}
	r := rand.New(rand.NewPCG(11, 12))
	for range 20000 {
		var b []byte
		for range r.IntN(20) {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
		for i := 0; i <= len(b); i++ {
			e1, esc1, ok1 := scanString(b, i)
			e2, esc2, ok2 := scanStringBy(b, i, false)
			if e1 != e2 || esc1 != esc2 || ok1 != ok2 {
				t.Fatalf("scanString(%q, %d) = %d %v %v, byte by byte %d %v %v", b, i, e1, esc1, ok1, e2, esc2, ok2)
			}
		}
	}
}

// TestScanDecode checks scanDecode against scanString (the same end and
// verdict) and, on the strings it takes, unescapeTo (the same contents), on
// random strings dense in quotes, escapes, control bytes and UTF-8 (valid
// and not), at every start offset, decoding after bytes already decoded.
func TestScanDecode(t *testing.T) {
	pieces := []string{"a", "abcdefgh", "0123456789", "the quick brown fox jumps over", " ", "\"", "\\n", "\\\"", "\\/", "\\b\\f\\r\\t", "\\u00e9", "\\u20ac", "\\ud800", "\\x", "\\", "\x01", "\x1f", "é", "€", "\xff", "\xe2\x82", "~", "\x7f"}
	r := rand.New(rand.NewPCG(15, 16))
	for range 20000 {
		var b []byte
		for range r.IntN(24) {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
		for i := 0; i <= len(b); i++ {
			wantEnd, _, wantOK := scanString(b, i)
			pre := r.IntN(4)
			out := make([]byte, pre+len(b)-i)
			copy(out, "pre")
			end, w, ok := scanDecode(b, i, out, pre)
			if end != wantEnd || ok != wantOK {
				t.Fatalf("scanDecode(%q, %d) = %d %v, scanString %d %v", b, i, end, ok, wantEnd, wantOK)
			}
			if !ok {
				continue
			}
			if want := unescapeTo([]byte("pre"[:pre]), b[i:end-1]); string(out[:w]) != string(want) {
				t.Fatalf("scanDecode(%q, %d) decoded %q, want %q", b, i, out[:w], want)
			}
		}
		// Without room for the rest of the line, it refuses.
		if len(b) > 0 {
			if _, _, ok := scanDecode(b, 0, make([]byte, len(b)-1), 0); ok {
				t.Fatalf("scanDecode(%q) without room: ok", b)
			}
		}
	}
}

// TestIsJSONSpace checks isJSONSpace on every byte.
func TestIsJSONSpace(t *testing.T) {
	for c := range 256 {
		if got, want := isJSONSpace(byte(c)), strings.IndexByte(" \t\n\r", byte(c)) >= 0; got != want {
			t.Errorf("isJSONSpace(%#x) = %v, want %v", c, got, want)
		}
	}
}

// TestFastRecordHuge checks a record longer than maxScratch, whose strings
// share a buffer of their own, and that the next record, read with the
// same kept buffer, leaves them alone.
func TestFastRecordHuge(t *testing.T) {
	defer func(n int) { maxScratch = n }(maxScratch)
	maxScratch = 64
	huge := []byte(`{"title":"T\u00e9 \"x\"","body":"` + strings.Repeat(`a line\nof text `, 20) + `","url":"","date":"2001"}`)
	small := []byte(`{"title":"other","body":"small \t body"}`)
	var buf recordBuf
	f, ok := fastRecordBuf(huge, &buf)
	if !ok {
		t.Fatal("fastRecordBuf not ok")
	}
	if cap(buf.scratch) != 0 {
		t.Errorf("kept a buffer of %d bytes for a record of %d", cap(buf.scratch), len(huge))
	}
	for range 3 {
		if g, ok := fastRecordBuf(small, &buf); !ok {
			t.Fatal("fastRecordBuf not ok")
		} else {
			checkFastFields(t, small, g)
		}
	}
	checkFastFields(t, huge, f)
}
