package refs

import (
	"bytes"
	"math"
	"testing"
)

// FuzzDecode: a damaged user file is an error, never a panic or a table
// that breaks its lookups.
func FuzzDecode(f *testing.F) {
	b := newBuilder()
	b.add("sp.pop.totl", "VNM", 2000, 1)
	b.add("sp.pop.totl", "VNM", 2003, 2)
	b.add("ny.gdp.mktp.cd", "WLD", 1960, 3e12)
	b.names["VNM"] = "Viet Nam"
	var good bytes.Buffer
	if err := b.table().Encode(&good); err != nil {
		f.Fatal(err)
	}
	f.Add(good.Bytes())
	f.Add(snapshot[:min(len(snapshot), 4096)])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, s := range tab.Series() {
			for _, c := range tab.Codes() {
				for y := 1950; y <= 2030; y++ {
					if v, ok := tab.Value(s, c, y); ok && math.IsNaN(v) {
						t.Fatalf("NaN value for %s %s %d", s, c, y)
					}
				}
			}
		}
		tab.Years()
		tab.Len()
	})
}
