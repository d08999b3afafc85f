package refs

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tradestats/tradestats/stats"
)

// writeFiles creates files under dir: path → content.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for p, s := range files {
		p = filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const header = "Country Name,Country Code,Year,Value\n"

func TestReadDirMirror(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"README.md":                   "mirror (commit 4ebec5a, refreshed 2026-07-01)\n",
		"ny.gdp.mktp.kd.zg/data.csv":  header + "Viet Nam,VNM,2023,5.0\nViet Nam,VNM,2024,7.04\n\"Korea, Rep.\",KOR,2024,2.0\nWorld,WLD,2024,\n",
		"sp.pop.totl/data.csv":        header + "Viet Nam,VNM,1960,32000000\nViet Nam,VNM,1962,33000000\n",
		"not.a.series/data.csv":       "anything",
		"ny.gdp.mktp.kd.zg/README.md": "x",
	})
	tab, err := ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		series, code string
		year         int
		want         float64
		ok           bool
	}{
		{"ny.gdp.mktp.kd.zg", "VNM", 2024, 7.04, true},
		{"ny.gdp.mktp.kd.zg", "KOR", 2024, 2.0, true},
		{"ny.gdp.mktp.kd.zg", "WLD", 2024, 0, false}, // empty value
		{"ny.gdp.mktp.kd.zg", "VNM", 2022, 0, false},
		{"sp.pop.totl", "VNM", 1961, 0, false}, // a gap inside a run
		{"sp.pop.totl", "VNM", 1962, 33e6, true},
	} {
		v, ok := tab.Value(tt.series, tt.code, tt.year)
		if ok != tt.ok || ok && math.Abs(v-tt.want) > 1e-6*math.Abs(tt.want) {
			t.Errorf("Value(%s, %s, %d) = %v, %v; want %v, %v", tt.series, tt.code, tt.year, v, ok, tt.want, tt.ok)
		}
	}
	if got := tab.Origin(); got != "WDI mirror 4ebec5a (2026-07-01)" {
		t.Errorf("origin %q", got)
	}
	if got := tab.Name("KOR"); got != "Korea, Rep." {
		t.Errorf("name %q", got)
	}
	if got := strings.Join(tab.Codes(), " "); got != "KOR VNM" {
		t.Errorf("codes %q", got)
	}

	// Round trip through the file format.
	var buf bytes.Buffer
	if err := tab.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range tab.Series() {
		for _, c := range tab.Codes() {
			for y := 1960; y <= 2025; y++ {
				a, aok := tab.Value(s, c, y)
				b, bok := back.Value(s, c, y)
				if a != b || aok != bok {
					t.Errorf("%s %s %d: %v %v after the round trip, %v %v before", s, c, y, b, bok, a, aok)
				}
			}
		}
	}
	if back.Source() != stats.WDISource || back.Origin() != tab.Origin() || back.Name("VNM") != "Viet Nam" {
		t.Errorf("round trip lost the header: %q %q", back.Source(), back.Origin())
	}
}

func TestReadDirErrors(t *testing.T) {
	for _, tt := range []struct {
		name  string
		files map[string]string
		path  string // relative to the folder; "" for the folder
		want  string
	}{
		{"empty folder", nil, "", "no World Bank series found"},
		{"bad header", map[string]string{"sp.pop.totl.csv": "Name,Code,Year,Value\n"}, "", `column 1 is "Name"`},
		{"three columns", map[string]string{"sp.pop.totl.csv": "Country Name,Country Code,Year\n"}, "", "the header has 3"},
		{"empty file", map[string]string{"sp.pop.totl.csv": ""}, "", "empty file"},
		{"bad year", map[string]string{"sp.pop.totl.csv": header + "X,VNM,19x0,5\n"}, "", `sp.pop.totl.csv:2: year "19x0"`},
		{"bad value", map[string]string{"sp.pop.totl.csv": header + "X,VNM,1990,5\nX,VNM,1991,five\n"}, "", `sp.pop.totl.csv:3: value "five"`},
		{"infinite value", map[string]string{"sp.pop.totl.csv": header + "X,VNM,1990,1e999\n"}, "", "is not a number"},
		{"bad code", map[string]string{"sp.pop.totl.csv": header + "X,Viet,1990,5\n"}, "", `country code "Viet"`},
		{"short row", map[string]string{"sp.pop.totl.csv": header + "X,VNM,1990\n"}, "", "want 4 columns"},
		{"file not named after a series", map[string]string{"gdp.csv": header}, "gdp.csv", "not named after a series"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			_, err := ReadDir(filepath.Join(dir, tt.path))
			if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %v, want one line with %q", err, tt.want)
			}
		})
	}
}

// TestReadDirFile reads one CSV file named after its series.
func TestReadDirFile(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"NY.GDP.MKTP.KD.ZG.csv": "\uFEFF" + header + "Viet Nam,VNM,2024,7.1\n"})
	tab, err := ReadDir(filepath.Join(dir, "NY.GDP.MKTP.KD.ZG.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := tab.Value("ny.gdp.mktp.kd.zg", "VNM", 2024); !ok || math.Abs(v-7.1) > 1e-6 {
		t.Errorf("value %v %v", v, ok)
	}
}

func TestDecodeBad(t *testing.T) {
	var good bytes.Buffer
	tab := newBuilder()
	tab.add("sp.pop.totl", "VNM", 2000, 1)
	if err := tab.table().Encode(&good); err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("hello"),
		"truncated": good.Bytes()[:good.Len()/2],
	} {
		if _, err := Decode(bytes.NewReader(b)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestLoadUserFile: values of the user file take precedence over the
// snapshot's; the others stay; a broken user file is an error naming it.
func TestLoadUserFile(t *testing.T) {
	dir := t.TempDir()
	user := filepath.Join(dir, "refs.bin")
	t.Setenv(EnvFile, user)
	snap, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	before, ok := snap.Value("ny.gdp.mktp.kd.zg", "VNM", 2024)
	if !ok {
		t.Fatal("no 2024 growth for Viet Nam in the snapshot")
	}
	writeFiles(t, dir, map[string]string{"in/ny.gdp.mktp.kd.zg.csv": header + "Viet Nam,VNM,2024,9.25\n"})
	u, err := ReadDir(filepath.Join(dir, "in"))
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(user, u); err != nil {
		t.Fatal(err)
	}
	merged, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := merged.Value("ny.gdp.mktp.kd.zg", "VNM", 2024); v != 9.25 || v == before {
		t.Errorf("user value %v, want 9.25 (snapshot %v)", v, before)
	}
	if a, _ := merged.Value("ny.gdp.mktp.kd.zg", "VNM", 2023); a == 0 {
		t.Error("snapshot values lost")
	}
	if !strings.Contains(merged.Origin(), "user file "+user) || !strings.Contains(merged.Origin(), "built into tradestats") {
		t.Errorf("origin %q", merged.Origin())
	}
	if err := os.WriteFile(user, []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(); err == nil || !strings.Contains(err.Error(), user) {
		t.Errorf("broken user file: error %v", err)
	}
}

// TestSnapshotIssueCases checks the two cases of issue 15 against the
// embedded snapshot: APEC's share of world GDP in 2024 (60.3% for the 20
// members with data, Taiwan missing: close) and Viet Nam's growth in 2024
// (7.0%: "9 percent" differs).
func TestSnapshotIssueCases(t *testing.T) {
	tab, err := Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	k := stats.NewChecker(tab)
	apec := stats.Claim{Text: "around 62 percent", Value: 62, Unit: stats.UnitPercent, Approx: stats.About,
		Subject: "APEC", Metric: "share of world gdp", Indicator: stats.IndShareOfWorldGDP, Period: "2024"}
	ch := k.Check(&apec)
	if ch.Verdict != stats.CheckClose || ch.Reference == nil || math.Abs(*ch.Reference-60.3) > 0.05 {
		t.Errorf("APEC: %+v", ch)
	}
	for _, s := range []string{"60.3% for the 20 of 21 members of APEC", "no figure for Taiwan", "agree only loosely"} {
		if !strings.Contains(ch.Reason, s) {
			t.Errorf("APEC reason %q lacks %q", ch.Reason, s)
		}
	}
	vn := stats.Claim{Text: "9 percent", Value: 9, Unit: stats.UnitPercent, Approx: stats.Exact, Change: stats.Up,
		Subject: "Vietnam", Metric: "economy", Indicator: stats.IndGDP, Period: "2024"}
	ch = k.Check(&vn)
	if ch.Verdict != stats.CheckDiffers || ch.Reference == nil || math.Abs(*ch.Reference-7.0) > 0.05 ||
		ch.Series != "ny.gdp.mktp.kd.zg" || ch.Year != 2024 {
		t.Errorf("Viet Nam: %+v", ch)
	}
}

// TestSnapshotSeries: the snapshot has every series the checker reads,
// for 1960 to 2025, and the World aggregate.
func TestSnapshotSeries(t *testing.T) {
	tab, err := Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(tab.Series(), " "), strings.Join(sortedCodes(), " "); got != want {
		t.Errorf("series\n %s\nwant\n %s", got, want)
	}
	if first, last := tab.Years(); first != 1960 || last != 2025 {
		t.Errorf("years %d-%d", first, last)
	}
	if _, ok := tab.Value("ny.gdp.mktp.cd", "WLD", 2024); !ok {
		t.Error("no World GDP for 2024")
	}
	if tab.Source() != stats.WDISource {
		t.Errorf("source %q", tab.Source())
	}
}

func sortedCodes() []string { return slices.Sorted(slices.Values(stats.RefSeriesCodes())) }

// BenchmarkDecodeSnapshot measures what the first check pays to read the
// embedded data.
func BenchmarkDecodeSnapshot(b *testing.B) {
	for b.Loop() {
		if _, err := Decode(bytes.NewReader(snapshot)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSnapshotMatchesMirror rebuilds the snapshot from ../shared and
// compares it with the embedded one, so that a stale wdi.snap is caught.
// It skips without the mirror.
func TestSnapshotMatchesMirror(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "wdi")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no WDI mirror at", dir)
	}
	tab, err := ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := tab.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), snapshot) {
		t.Error("wdi.snap differs from the mirror: run go generate ./data/refs")
	}
}
