package stats

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file is the Go twin of shared/tools/score.py: the gold annotation
// format of claims.md §4 and the scorer. It follows score.py rule for rule
// (quirks included) so that both give the same numbers and error lines.

// GoldFile is one line of a gold JSONL file: the annotated claims of one
// input file, whose path is relative to the dataset root.
type GoldFile struct {
	File   string      `json:"file"`
	Claims []GoldClaim `json:"claims"`
	// Date is the article's date (ISO 8601) where the gold gives it: the
	// extractor is given it as the date of the input (claims.md §5).
	Date string `json:"date,omitempty"`
}

// GoldClaim is one annotated claim. Text and Occurrence (1-based, counted
// from the start of the file, default 1) locate the span; LocateGold fills
// Start and End. Subject lists the acceptable names; Optional marks a span
// that is neither rewarded nor penalised. Value is NaN when the line has
// no value. Counterpart (acceptable names, empty for none), Indicator,
// Period and Outlook are the frame (claims.md §5); Keys says which of them
// the line gives.
type GoldClaim struct {
	Text       string   `json:"text"`
	Occurrence int      `json:"occurrence"`
	Value      float64  `json:"value"`
	Max        *float64 `json:"max,omitempty"`
	Unit       Unit     `json:"unit"`
	Currency   string   `json:"currency,omitempty"`
	UnitName   string   `json:"unit_name,omitempty"`
	Approx     string   `json:"approx,omitempty"`
	Item       string   `json:"item,omitempty"`
	Metric     string   `json:"metric,omitempty"`
	Period     string   `json:"period,omitempty"`
	Change     string   `json:"change,omitempty"`
	Subject    []string `json:"subject"`
	Optional   bool     `json:"optional"`
	Start, End int      `json:"-"`

	Counterpart []string `json:"counterpart"`
	Indicator   string   `json:"indicator,omitempty"`
	Outlook     string   `json:"outlook,omitempty"`
	Keys        GoldKeys `json:"-"`
}

// GoldKeys records the frame keys of a gold claim's line: which are
// present (even as null), and which of the single values are set (present
// and not null). score.py --frames tells these apart: a frame field is
// scored only when the gold gives it, and null is None in its messages.
type GoldKeys struct {
	Subject, Counterpart, Indicator, Period bool
	IndicatorSet, PeriodSet, OutlookSet     bool
}

// UnmarshalJSON decodes a gold claim, defaulting Occurrence to 1 and Value
// to NaN (absent).
func (g *GoldClaim) UnmarshalJSON(b []byte) error {
	type plain GoldClaim
	p := plain{Occurrence: 1, Value: math.NaN()}
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(b, &keys); err != nil {
		return err
	}
	set := func(k string) (present, notNull bool) {
		raw, ok := keys[k]
		return ok, ok && string(raw) != "null"
	}
	k := &p.Keys
	k.Subject, _ = set("subject")
	k.Counterpart, _ = set("counterpart")
	k.Indicator, k.IndicatorSet = set("indicator")
	k.Period, k.PeriodSet = set("period")
	_, k.OutlookSet = set("outlook")
	*g = GoldClaim(p)
	return nil
}

// ReadGold reads a gold JSONL file. Blank lines are skipped; a line that
// does not decode is an error naming its line number.
func ReadGold(r io.Reader) ([]GoldFile, error) {
	var files []GoldFile
	br := bufio.NewReader(r)
	for ln := 1; ; ln++ {
		line, err := br.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return files, err
		}
		if line = bytes.TrimSpace(line); len(line) > 0 {
			var f GoldFile
			if e := json.Unmarshal(line, &f); e != nil {
				return files, fmt.Errorf("gold line %d: %w", ln, e)
			}
			if f.File == "" {
				return files, fmt.Errorf("gold line %d: no file", ln)
			}
			files = append(files, f)
		}
		if err == io.EOF {
			return files, nil
		}
	}
}

// LocateGold sets Start and End of g's claims to the byte span of the
// Occurrence-th match of Text in data (overlapping matches count, as in
// score.py's locate) and returns the problems score.py --check reports:
// text not found, unknown unit, no value, duplicate span. Like score.py
// it drops claims whose text is not found.
func LocateGold(g *GoldFile, data []byte) []error {
	var errs []error
	var kept []GoldClaim
	for _, c := range g.Claims {
		b := []byte(c.Text)
		start, ok := locate(data, b, c.Occurrence)
		if !ok {
			errs = append(errs, fmt.Errorf("%s: text %s occurrence %d not found", g.File, pyRepr(c.Text), c.Occurrence))
			continue
		}
		if !slices.Contains(Units, c.Unit) {
			u := "None"
			if c.Unit != "" {
				u = pyRepr(string(c.Unit))
			}
			errs = append(errs, fmt.Errorf("%s: %s has unit %s", g.File, pyRepr(c.Text), u))
		}
		if math.IsNaN(c.Value) {
			errs = append(errs, fmt.Errorf("%s: %s has no numeric value", g.File, pyRepr(c.Text)))
		}
		c.Start, c.End = start, start+len(b)
		kept = append(kept, c)
	}
	g.Claims = kept
	spans := slices.Clone(kept)
	slices.SortFunc(spans, func(a, b GoldClaim) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		if a.End != b.End {
			return a.End - b.End
		}
		return strings.Compare(a.Text, b.Text)
	})
	for i := 1; i < len(spans); i++ {
		if a, b := spans[i-1], spans[i]; a.Start == b.Start && a.End == b.End {
			errs = append(errs, fmt.Errorf("%s: duplicate gold span %s at %d", g.File, pyRepr(a.Text), a.Start))
		}
	}
	return errs
}

// locate returns where the n-th match of b in data starts, searching from
// one past the previous match each time (score.py's locate). For n < 1 it
// returns -1, as score.py does.
func locate(data, b []byte, n int) (int, bool) {
	pos := -1
	for range n {
		from := pos + 1
		if from > len(data) {
			return 0, false
		}
		i := bytes.Index(data[from:], b)
		if i < 0 {
			return 0, false
		}
		pos = from + i
	}
	return pos, true
}

// MatchSource reports whether a prediction whose source is source belongs
// to the gold file goldFile, as score.py's preds_for decides: with "\" read
// as "/", goldFile ends with source stripped of leading "." and "/"
// characters (Python's lstrip("./"), so "../x" becomes "x" and "." or ""
// matches every file), or source ends with goldFile.
func MatchSource(goldFile, source string) bool {
	s := strings.ReplaceAll(source, `\`, "/")
	return strings.HasSuffix(goldFile, strings.TrimLeft(s, "./")) || strings.HasSuffix(s, goldFile)
}

// GroupPreds gives each gold file the predictions whose source matches it
// (MatchSource), in score.py's order: sources in order of first appearance,
// claims of one source in input order. A claim may go to several files.
func GroupPreds(gold []GoldFile, claims []Claim) map[string][]Claim {
	var sources []string
	bySource := map[string][]Claim{}
	for _, c := range claims {
		if _, ok := bySource[c.Source]; !ok {
			sources = append(sources, c.Source)
		}
		bySource[c.Source] = append(bySource[c.Source], c)
	}
	out := map[string][]Claim{}
	for _, g := range gold {
		if _, done := out[g.File]; done {
			continue
		}
		out[g.File] = []Claim{}
		for _, s := range sources {
			if MatchSource(g.File, s) {
				out[g.File] = append(out[g.File], bySource[s]...)
			}
		}
	}
	return out
}

// UnitCounts are the true positives, false positives and false negatives
// of one unit.
type UnitCounts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// Report is the result of Score. Precision, recall and F1 are over
// non-optional gold claims; SubjectAccuracy is SubjectOK/SubjectChecked over
// matched gold claims with a subject. The ratios are unrounded (score.py
// --json rounds them to 4 places). Errors are score.py's --show-errors lines.
type Report struct {
	Precision       float64              `json:"precision"`
	Recall          float64              `json:"recall"`
	F1              float64              `json:"f1"`
	SubjectAccuracy float64              `json:"subject_accuracy"`
	TP              int                  `json:"tp"`
	FP              int                  `json:"fp"`
	FN              int                  `json:"fn"`
	SubjectChecked  int                  `json:"subject_checked"`
	SubjectOK       int                  `json:"subject_ok"`
	PerUnit         map[Unit]*UnitCounts `json:"per_unit"`
	// Frames counts, by field, the matched claims whose frame field was
	// scored and was right (ScoreFrames; nil for Score): "subject",
	// "counterpart", "indicator", "period", "outlook", and "frame" for the
	// whole frame.
	Frames map[string]*FrameCounts `json:"frames,omitempty"`
	Errors []ScoreError            `json:"errors,omitempty"`
}

// ScoreError is one scoring error: a missed gold claim (MISS), a false
// prediction (FALSE) or a matched claim with the wrong subject (SUBJ); with
// ScoreFrames also a matched claim with a frame field wrong (SUBJECT,
// COUNTERPART, INDICATOR, PERIOD, OUTLOOK: FrameKinds).
// Text is the gold text (MISS, SUBJ) or the predicted text (FALSE); Message
// is the rest of score.py's line after the quoted text.
type ScoreError struct {
	Kind    string `json:"kind"`
	File    string `json:"file"`
	Text    string `json:"text"`
	Message string `json:"message"`
}

// String formats e as score.py prints it, e.g.
// "MISS corpus/eval/x.txt '7.5%'=7.5 percent  got: nothing".
func (e ScoreError) String() string {
	return e.Kind + " " + e.File + " " + pyRepr(e.Text) + e.Message
}

// Score scores predictions against located gold files (see LocateGold),
// as score.py does without --frames.
// preds holds each gold file's predictions, keyed by the gold file path
// (see GroupPreds). The rules are score.py's: predictions are sorted by
// (start, end); each non-optional gold claim, in gold order, matches the
// first unmatched prediction that overlaps it with the same unit, a close
// value and a close max; unmatched predictions are false positives unless
// they overlap an optional gold claim.
func Score(gold []GoldFile, preds map[string][]Claim) Report {
	return score(gold, preds, false)
}

// ScoreFrames is Score that also scores the frame of every matched claim,
// as score.py --frames does (see frameCheck): Report.Frames holds the
// counts, and the frame errors are among Report.Errors, after the SUBJ
// error of their claim.
func ScoreFrames(gold []GoldFile, preds map[string][]Claim) Report {
	return score(gold, preds, true)
}

// score is Score, and with frames ScoreFrames.
func score(gold []GoldFile, preds map[string][]Claim, frames bool) Report {
	r := Report{PerUnit: map[Unit]*UnitCounts{}}
	if frames {
		r.Frames = map[string]*FrameCounts{}
	}
	count := func(u Unit) *UnitCounts {
		if r.PerUnit[u] == nil {
			r.PerUnit[u] = &UnitCounts{}
		}
		return r.PerUnit[u]
	}
	overlaps := func(p *Claim, g *GoldClaim) bool { return p.Start < g.End && g.Start < p.End }
	for _, gf := range gold {
		ps := slices.Clone(preds[gf.File])
		slices.SortStableFunc(ps, func(a, b Claim) int {
			if a.Start != b.Start {
				return a.Start - b.Start
			}
			return a.End - b.End
		})
		matched := make([]bool, len(ps))
		for gi := range gf.Claims {
			g := &gf.Claims[gi]
			if g.Optional {
				continue
			}
			found := false
			for pi := range ps {
				p := &ps[pi]
				if matched[pi] || !overlaps(p, g) || p.Unit != g.Unit || !closeTo(p.Value, g.Value) || !closeMax(p.Max, g.Max) {
					continue
				}
				matched[pi], found = true, true
				r.TP++
				count(g.Unit).TP++
				if len(g.Subject) > 0 {
					r.SubjectChecked++
					ok := false
					for _, s := range g.Subject {
						ok = ok || p.Subject != "" && normSubject(p.Subject) == normSubject(s)
					}
					if ok {
						r.SubjectOK++
					} else {
						r.Errors = append(r.Errors, ScoreError{"SUBJ", gf.File, g.Text,
							": gold " + pyList(g.Subject) + " got " + pyOptRepr(p.Subject)})
					}
				}
				if frames {
					r.frameCheck(gf.File, g, p)
				}
				break
			}
			if found {
				continue
			}
			r.FN++
			count(g.Unit).FN++
			var near []string
			for pi := range ps {
				if p := &ps[pi]; overlaps(p, g) {
					near = append(near, pyRepr(p.Text)+"="+pyG(p.Value)+" "+string(p.Unit))
				}
			}
			got := strings.Join(near, "; ")
			if got == "" {
				got = "nothing"
			}
			r.Errors = append(r.Errors, ScoreError{"MISS", gf.File, g.Text,
				"=" + pyG(g.Value) + " " + string(g.Unit) + "  got: " + got})
		}
	next:
		for pi := range ps {
			p := &ps[pi]
			if matched[pi] {
				continue
			}
			for gi := range gf.Claims {
				if g := &gf.Claims[gi]; g.Optional && overlaps(p, g) {
					continue next
				}
			}
			r.FP++
			count(p.Unit).FP++
			r.Errors = append(r.Errors, ScoreError{"FALSE", gf.File, p.Text, "=" + pyG(p.Value) + " " + string(p.Unit)})
		}
	}
	if r.TP+r.FP > 0 {
		r.Precision = float64(r.TP) / float64(r.TP+r.FP)
	}
	if r.TP+r.FN > 0 {
		r.Recall = float64(r.TP) / float64(r.TP+r.FN)
	}
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	if r.SubjectChecked > 0 {
		r.SubjectAccuracy = float64(r.SubjectOK) / float64(r.SubjectChecked)
	}
	return r
}

// closeTo is score.py's close for two present values.
func closeTo(a, b float64) bool {
	return math.Abs(a-b) <= 1e-6*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// closeMax is score.py's close for optional values: both absent, or both
// present and close.
func closeMax(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return closeTo(*a, *b)
}

// normSubject is score.py's norm: " ".join(s.lower().replace("the ", " ").split()).
func normSubject(s string) string {
	s = strings.ReplaceAll(pyLower(s), "the ", " ")
	return strings.Join(strings.FieldsFunc(s, pyIsSpace), " ")
}

// pyLower is Python's str.lower: simple lowercase mapping, plus İ to "i̇"
// and Σ to ς at the end of a word (Final_Sigma).
func pyLower(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == 'İ':
			b.WriteString("i\u0307")
		case r == 'Σ' && finalSigma(s, i):
			b.WriteRune('ς')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// finalSigma reports whether the Σ at s[i] follows a cased letter and is not
// followed by one, skipping case-ignorable characters.
func finalSigma(s string, i int) bool {
	cased := func(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }
	ignorable := func(r rune) bool {
		return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk) || strings.ContainsRune("'.:·‘’", r)
	}
	before := false
	for j := i; j > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if j -= n; !ignorable(r) {
			before = cased(r)
			break
		}
	}
	for _, r := range s[i+len("Σ"):] {
		if !ignorable(r) {
			return before && !cased(r)
		}
	}
	return before
}

// pyIsSpace is Python's str.isspace for one character.
func pyIsSpace(r rune) bool { return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f }

// pyG formats v as Python's f"{v:g}".
func pyG(v float64) string {
	switch {
	case math.IsNaN(v):
		return "nan"
	case math.IsInf(v, 1):
		return "inf"
	case math.IsInf(v, -1):
		return "-inf"
	}
	return strconv.FormatFloat(v, 'g', 6, 64)
}

// pyRepr formats s as Python's repr of a str.
func pyRepr(s string) string {
	q := byte('\'')
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = '"'
	}
	b := []byte{q}
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\n':
			b = append(b, `\n`...)
		case r == '\r':
			b = append(b, `\r`...)
		case r == '\t':
			b = append(b, `\t`...)
		case r < 0x100 && !unicode.IsPrint(r):
			b = fmt.Appendf(b, `\x%02x`, r)
		case r < 0x10000 && !unicode.IsPrint(r):
			b = fmt.Appendf(b, `\u%04x`, r)
		case !unicode.IsPrint(r):
			b = fmt.Appendf(b, `\U%08x`, r)
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return string(append(b, q))
}

// pyOptRepr is pyRepr, with "" (an absent field) as None.
func pyOptRepr(s string) string {
	if s == "" {
		return "None"
	}
	return pyRepr(s)
}

// pyList formats ss as Python's str of a list of str.
func pyList(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = pyRepr(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}
