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

func TestZZMentions(t *testing.T) {
	path := os.Getenv("ZZFILE")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	a := &Article{Text: string(b), Date: os.Getenv("ZZDATE")}
	x := new(extractor)
	x.analyse(a)
	ctx := articleContext{}
	ctx.init(x, a)
	fmt.Println("main:", ctx.main)
	for _, m := range x.mentions {
		fmt.Printf("%d %q prep=%v poss=%v src=%v non=%v %s\n", m.sent, a.Text[x.toks[m.a].start:x.toks[m.b-1].end], m.prep, m.poss, m.source, m.non, m.ent.Kind)
	}
}
