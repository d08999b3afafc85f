package stats

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	path := os.Getenv("ZZFILE")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	a := &Article{Text: string(b), Date: os.Getenv("ZZDATE")}
	x := new(extractor)
	zzHook = func(x *extractor, qi int, c *Claim) {
		l := x.links[qi]
		fmt.Printf("%-20q base=%v main=%d next=%d own=%d carry=%v per=%s ind=%s\n", c.Text, l.base, l.main, l.next, l.own, l.carry, c.Period, c.Indicator)
	}
	defer func() { zzHook = nil }()
	x.extract(a, nil)
}
