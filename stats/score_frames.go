package stats

import (
	"slices"
	"strings"
)

// The frame scoring of score.py --frames (its frame_check), rule for rule.

// FrameCounts are the matched claims whose frame field was scored, and
// of those the ones that were right.
type FrameCounts struct {
	Right   int `json:"right"`
	Checked int `json:"checked"`
}

// Accuracy is Right/Checked, 0 when nothing was checked.
func (c FrameCounts) Accuracy() float64 {
	if c.Checked == 0 {
		return 0
	}
	return float64(c.Right) / float64(c.Checked)
}

// FrameFields are the frame fields ScoreFrames scores, in the order it
// scores them; "frame", the whole frame, is counted for every matched
// claim.
var FrameFields = []string{"subject", "counterpart", "indicator", "period", "outlook"}

// FrameKinds are the kinds of the ScoreErrors of FrameFields, in the same
// order: the field in upper case, as score.py writes them.
var FrameKinds = []string{"SUBJECT", "COUNTERPART", "INDICATOR", "PERIOD", "OUTLOOK"}

// frameCheck scores the frame of p, the prediction matched to the gold
// claim g of gold file file, as score.py's frame_check: a field the gold
// line does not give is not scored (except that frame-annotated gold, with
// an indicator or a period, scores the period and an absent period means
// none; and the outlook is scored with the indicator), and the whole frame
// is right when every field scored is.
func (r *Report) frameCheck(file string, g *GoldClaim, p *Claim) {
	allOK := true
	check := func(field string, ok bool, want, got string) {
		c := r.Frames[field]
		if c == nil {
			c = &FrameCounts{}
			r.Frames[field] = c
		}
		c.Checked++
		if ok {
			c.Right++
			return
		}
		allOK = false
		r.Errors = append(r.Errors, ScoreError{strings.ToUpper(field), file, g.Text, ": gold " + want + " got " + got})
	}
	k := &g.Keys
	if k.Subject {
		subs := normSet(g.Subject)
		ok := p.Subject == "" // no subject expected
		if len(subs) > 0 {
			ok = slices.Contains(subs, normOpt(p.Subject))
		}
		check("subject", ok, pyListOrNone(subs), pyOptRepr(p.Subject))
	}
	if k.Counterpart {
		cps := normSet(g.Counterpart)
		ok := p.Counterpart == ""
		if len(cps) > 0 {
			ok = p.Counterpart != "" && slices.Contains(cps, normSubject(p.Counterpart))
		}
		check("counterpart", ok, pyListOrNone(cps), pyOptRepr(p.Counterpart))
	}
	if k.Indicator {
		want, wantRepr := "none", "None" // norm(None), repr(None)
		if k.IndicatorSet {
			want, wantRepr = normSubject(g.Indicator), pyRepr(g.Indicator)
		}
		check("indicator", normSubject(string(p.Indicator)) == want, wantRepr, pyOptRepr(string(p.Indicator)))
	}
	if k.Indicator || k.Period {
		want, wantRepr := "", "None"
		if k.PeriodSet {
			want, wantRepr = normPeriod(g.Period), pyRepr(g.Period)
		}
		check("period", normPeriod(p.Period) == want, wantRepr, pyOptRepr(p.Period))
	}
	if k.Indicator {
		wantRepr := "None"
		if k.OutlookSet {
			wantRepr = pyRepr(g.Outlook)
		}
		check("outlook", string(p.Outlook) == g.Outlook, wantRepr, pyOptRepr(string(p.Outlook)))
	}
	c := r.Frames["frame"]
	if c == nil {
		c = &FrameCounts{}
		r.Frames["frame"] = c
	}
	c.Checked++
	if allOK {
		c.Right++
	}
}

// normSet is score.py's {norm(s) for s in names}, sorted (as sorted() sorts
// str: by code point, which is UTF-8 byte order).
func normSet(names []string) []string {
	out := make([]string, 0, len(names))
	for _, s := range names {
		out = append(out, normSubject(s))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// normOpt is score.py's norm of a predicted field: an absent one (None)
// is "none".
func normOpt(s string) string {
	if s == "" {
		return "none"
	}
	return normSubject(s)
}

// normPeriod is score.py's norm_period: str(s or "").strip().upper()
// .replace(" ", ""). strings.ToUpper maps single characters, as Python
// does for every character but the few that upper-case to two ("ß" to
// "SS"), which no period has.
func normPeriod(s string) string {
	return strings.ReplaceAll(strings.ToUpper(strings.TrimFunc(s, pyIsSpace)), " ", "")
}

// pyListOrNone is Python's repr of sorted(names) or None.
func pyListOrNone(names []string) string {
	if len(names) == 0 {
		return "None"
	}
	return pyList(names)
}
