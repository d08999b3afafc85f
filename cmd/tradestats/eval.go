package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/pflag"

	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/stats"
)

func init() { register(cmdEval) }

var cmdEval = &command{
	Name:      "eval",
	UsageLine: "eval --gold FILE [--root DIR] [--frames] [--date YYYY-MM-DD] [--show-errors N] [--format table|json]",
	Short:     "score the extractor against hand-annotated claims",
	Long: `
Eval measures the extractor on articles you have annotated by hand. It reads
the gold file FILE, extracts the claims of every input file it names and
scores them against the gold claims with the rules of claims.md §4, exactly
as shared/tools/score.py does: same figures, same error lines.

The gold file is JSON Lines, one line per input file:

	{"file": "corpus/a.txt", "claims": [{"text": "25%", "occurrence": 1,
	 "value": 25, "unit": "percent", "subject": ["China"], "optional": false}]}

"file" is relative to --root (default "."). "text" with "occurrence" (1-based,
default 1) locates the claim's span in the file. "subject" lists the
acceptable names, an empty list means no subject is expected; a range has
"max". An "optional" claim is neither rewarded nor penalised.

Each input file is read as plain text (see 'tradestats help extract'),
with the gold line's "date", if any, as the date of its articles that
carry none (else --date). A prediction matches a gold claim when their
spans overlap, the units are equal and the values (and the max of a range)
are equal within a relative 1e-6; each gold claim matches at most one
prediction. Precision, recall and F1 count the non-optional gold claims; a
prediction that overlaps an optional gold claim is ignored. Subject
accuracy is the share of matched gold claims with a subject whose
predicted subject is one of the gold names, ignoring case and "the".

The table gives tp, fp and fn with precision, recall and F1 per unit and
overall, then the subject accuracy. --show-errors N adds the first N
errors, each followed by the claim's sentence on an indented line:

	MISS FILE 'TEXT'=VALUE UNIT  got: ...   a gold claim not found
	FALSE FILE 'TEXT'=VALUE UNIT            a prediction not in the gold
	SUBJ FILE 'TEXT': gold [...] got ...    a matched claim, wrong subject

--frames also scores the frame of every matched claim (claims.md §5), as
score.py --frames does: subject, counterpart, indicator, period and
outlook, each where the gold gives it (a gold claim with an indicator or a
period is frame-annotated: its period, absent meaning none, is scored, and
with an indicator its outlook), and the whole frame, right when all the
fields scored are. Names are compared in lower case without "the",
periods in upper case without spaces. The table then ends with the
accuracy of each field, as score.py prints it:

	frame accuracy over matched claims:
	  counterpart   281/ 308 = 0.912
	  frame         250/ 308 = 0.812
	  ...

With --frames, --show-errors N lists the first N errors above, then the
first N of each frame field, by field, in score.py's lines, each followed
by the claim's sentence:

	PERIOD FILE 'TEXT': gold '2004-11' got '2003-11'

--format json prints one line with the keys of score.py --json: precision,
recall, f1 and subject_accuracy (rounded to 4 places), tp, fp, fn,
subject_checked, unparsable_lines (always 0) and per_unit (tp, fp, fn per
unit); with --frames also "frames" (right, checked and accuracy of each
field), the line score.py --frames --json prints, byte for byte; with
--show-errors N also "errors", a list of objects with kind, file, text,
message, line (as in the table) and sentence.

A gold claim whose text is not in its file, has an unknown unit or no
value, or repeats another's span is reported on stderr as a warning (like
score.py --check); the claims not found are left out and the others are
still scored.

Exit status: 0 on success (warnings included), 1 if the gold file or an
input file cannot be read or a gold line is malformed (no figures are then
printed), 2 for a usage error (a --date that is not YYYY-MM-DD).
`,
	Flags: func(fs *pflag.FlagSet) runFunc {
		var opts evalOptions
		fs.StringVar(&opts.gold, "gold", "", "the gold annotation `FILE` (JSON Lines, claims.md §4)")
		fs.StringVar(&opts.root, "root", ".", "the `DIR` that the gold file's paths are relative to")
		fs.BoolVar(&opts.frames, "frames", false, "also score the frames of matched claims (subject, counterpart, indicator, period, outlook)")
		dateFlag(fs, &opts.date)
		fs.IntVar(&opts.showErrors, "show-errors", 0, "print the first `N` errors (with --frames, also of each frame field) with their sentences")
		fs.StringVarP(&opts.format, "format", "f", "table", "output `FORMAT`: table or json")
		return func(ctx context.Context, e *env, args []string) error {
			return runEval(ctx, e, opts, args)
		}
	},
}

// evalOptions are the flags of eval.
type evalOptions struct {
	gold, root string
	showErrors int
	format     string
	frames     bool
	date       string // of the inputs whose gold line gives none
}

// evalError is one scoring error with the sentence of its claim.
type evalError struct {
	stats.ScoreError
	Sentence string
}

// runEval scores the extractor against the gold file.
func runEval(ctx context.Context, e *env, opts evalOptions, args []string) error {
	switch {
	case len(args) > 0:
		return usageErrorf("unexpected argument %q (eval takes flags only)", args[0])
	case opts.gold == "":
		return usageErrorf("no --gold FILE")
	case opts.format != "table" && opts.format != "json":
		return usageErrorf("unknown format %q (want table or json)", opts.format)
	case opts.showErrors < 0:
		return usageErrorf("--show-errors %d: want 0 or more", opts.showErrors)
	}
	if err := checkDate(opts.date); err != nil {
		return err
	}
	gold, err := readGoldFile(opts.gold)
	if err != nil {
		return err
	}

	// Each input file is read and extracted once, even if the gold names it
	// twice; its claims have the gold path as source.
	texts := map[string]string{}
	unreadable := map[string]bool{}
	var claims []stats.Claim
	for i := range gold {
		g := &gold[i]
		text, ok := texts[g.File]
		if !ok {
			if unreadable[g.File] {
				continue
			}
			// A regular file only: a FIFO would wait for a writer, a
			// device such as /dev/zero never end.
			path := goldInputPath(opts.root, g.File)
			b, err := data.ReadRegularFile(path)
			if err != nil {
				fmt.Fprintf(e.stderr, "tradestats: eval: %s: %s: %v\n", data.QuotePath(opts.gold), data.QuotePath(path), err)
				unreadable[g.File] = true
				continue
			}
			text = string(b)
			texts[g.File] = text
			arts, warns := data.SplitTextWarn(g.File, text)
			for _, w := range warns {
				fmt.Fprintf(e.stderr, "tradestats: eval: %v\n", w)
			}
			date := cmp.Or(g.Date, opts.date)
			for _, a := range arts {
				if err := ctx.Err(); err != nil {
					return err
				}
				if a.Date == "" {
					a.Date = date
				}
				claims = append(claims, stats.Extract(&a)...)
			}
		}
		for _, err := range stats.LocateGold(g, []byte(text)) {
			fmt.Fprintf(e.stderr, "tradestats: eval: warning: %s: %v\n", opts.gold, err)
		}
	}
	if len(unreadable) > 0 {
		return errFailed
	}

	preds := stats.GroupPreds(gold, claims)
	score := stats.Score
	if opts.frames {
		score = stats.ScoreFrames
	}
	r := score(gold, preds)
	groups := errorGroups(r.Errors, opts.showErrors, opts.frames)
	var shown []int
	for _, g := range groups {
		shown = append(shown, g.shown...)
	}
	sentences := errorSentences(score, gold, preds, texts, len(r.Errors), shown)
	errs := make([]evalError, len(shown))
	for i, k := range shown {
		errs[i] = evalError{r.Errors[k], sentences[i]}
	}

	out := bufio.NewWriter(e.stdout)
	if opts.format == "json" {
		err = writeEvalJSON(out, r, errs, opts.showErrors > 0)
	} else {
		err = writeEvalTable(out, r, groups, errs, opts.showErrors > 0)
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	return err
}

// readGoldFile reads a gold file; its errors name the file (and the line,
// for a malformed one).
func readGoldFile(path string) ([]stats.GoldFile, error) {
	f, err := os.Open(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%s: %v", path, pe.Err)
		}
		return nil, err
	}
	defer f.Close()
	gold, err := stats.ReadGold(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return gold, nil
}

// goldInputPath is where the input file of a gold line is: file joined to
// root, or file itself when absolute (as Python's os.path.join).
func goldInputPath(root, file string) string {
	file = filepath.FromSlash(file)
	if filepath.IsAbs(file) {
		return file
	}
	return filepath.Join(root, file)
}

// writeEvalTable prints the counts and figures per unit and overall, the
// subject accuracy, the frame accuracies (with --frames) and, if
// showErrors, the errors of groups with their sentences, errs. Write
// errors are left to the caller's bufio.Writer.
func writeEvalTable(w io.Writer, r stats.Report, groups []errorGroup, errs []evalError, showErrors bool) error {
	fmt.Fprintf(w, "%-18s %5s %5s %5s  %9s %7s %6s\n", "unit", "tp", "fp", "fn", "precision", "recall", "f1")
	row := func(name string, c stats.UnitCounts) {
		fmt.Fprintf(w, "%-18s %5d %5d %5d  %9s %7s %6s\n", name, c.TP, c.FP, c.FN,
			ratio(c.TP, c.TP+c.FP), ratio(c.TP, c.TP+c.FN), f1(c.TP, c.FP, c.FN))
	}
	for _, u := range slices.Sorted(maps.Keys(r.PerUnit)) {
		row(string(u), *r.PerUnit[u])
	}
	row("all", stats.UnitCounts{TP: r.TP, FP: r.FP, FN: r.FN})
	fmt.Fprintf(w, "\nprecision=%.3f recall=%.3f f1=%.3f subject_accuracy=%.3f (%d/%d)\n",
		r.Precision, r.Recall, r.F1, r.SubjectAccuracy, r.SubjectOK, r.SubjectChecked)
	if r.Frames != nil {
		// score.py's lines
		fmt.Fprintln(w, "frame accuracy over matched claims:")
		for _, k := range slices.Sorted(maps.Keys(r.Frames)) {
			c := r.Frames[k]
			fmt.Fprintf(w, "  %-12s %4d/%4d = %.3f\n", k, c.Right, c.Checked, c.Accuracy())
		}
	}
	if !showErrors {
		return nil
	}
	for _, g := range groups {
		what := "errors"
		if g.kind != "" {
			what = g.kind + " errors"
		}
		switch {
		case g.total == 0:
			fmt.Fprintf(w, "\nno %s\n", what)
		case len(g.shown) < g.total:
			fmt.Fprintf(w, "\nfirst %d of %d %s:\n", len(g.shown), g.total, what)
		default:
			fmt.Fprintf(w, "\n%d %s:\n", g.total, what)
		}
		for _, e := range errs[:len(g.shown)] {
			fmt.Fprintln(w, e.ScoreError.String())
			if e.Sentence != "" {
				fmt.Fprintf(w, "    %s\n", e.Sentence)
			}
		}
		errs = errs[len(g.shown):]
	}
	return nil
}

// ratio formats a/b with 3 decimals, or "-" when b is 0.
func ratio(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", float64(a)/float64(b))
}

// f1 formats the F1 of the counts, 2tp/(2tp+fp+fn), or "-" when they are
// all 0.
func f1(tp, fp, fn int) string {
	if tp+fp+fn == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", float64(2*tp)/float64(2*tp+fp+fn))
}

// writeEvalJSON prints the report on one line as score.py --json does,
// byte for byte (Python's separators and float format), with the errors
// added when showErrors.
func writeEvalJSON(w io.Writer, r stats.Report, errs []evalError, showErrors bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, `{"precision": %s, "recall": %s, "f1": %s, "subject_accuracy": %s, `,
		pyFloat4(r.Precision), pyFloat4(r.Recall), pyFloat4(r.F1), pyFloat4(r.SubjectAccuracy))
	fmt.Fprintf(&b, `"tp": %d, "fp": %d, "fn": %d, "subject_checked": %d, "unparsable_lines": 0, "per_unit": {`,
		r.TP, r.FP, r.FN, r.SubjectChecked)
	for i, u := range slices.Sorted(maps.Keys(r.PerUnit)) {
		if i > 0 {
			b.WriteString(", ")
		}
		c := r.PerUnit[u]
		fmt.Fprintf(&b, `%s: {"tp": %d, "fp": %d, "fn": %d}`, jsonString(string(u)), c.TP, c.FP, c.FN)
	}
	b.WriteString("}")
	if r.Frames != nil {
		b.WriteString(`, "frames": {`)
		for i, k := range slices.Sorted(maps.Keys(r.Frames)) {
			if i > 0 {
				b.WriteString(", ")
			}
			c := r.Frames[k]
			fmt.Fprintf(&b, `%s: {"right": %d, "checked": %d, "accuracy": %s}`, jsonString(k), c.Right, c.Checked, pyFloat4(c.Accuracy()))
		}
		b.WriteString("}")
	}
	if showErrors {
		b.WriteString(`, "errors": [`)
		for i, e := range errs {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, `{"kind": %s, "file": %s, "text": %s, "message": %s, "line": %s, "sentence": %s}`,
				jsonString(e.Kind), jsonString(e.File), jsonString(e.Text), jsonString(e.Message),
				jsonString(e.ScoreError.String()), jsonString(e.Sentence))
		}
		b.WriteString("]")
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// pyFloat4 formats x rounded to 4 decimals as Python prints round(x, 4):
// "0.9123", "1.0", "0.0".
func pyFloat4(x float64) string {
	s := strconv.FormatFloat(x, 'f', 4, 64) // correctly rounded, as round()
	v, _ := strconv.ParseFloat(s, 64)
	s = strconv.FormatFloat(v, 'f', -1, 64)
	if !strings.ContainsAny(s, ".eEnN") {
		s += ".0"
	}
	return s
}

// jsonString encodes s as a JSON string without HTML escaping.
func jsonString(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s) //nolint:errcheck // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}
