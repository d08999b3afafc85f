package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tradestats/tradestats/stats"
)

// frameCase is one synthetic gold claim (its frame keys as JSON, "" for
// none) and the frame of the prediction matched to it.
type frameCase struct {
	gold string // the gold claim's frame keys: `"subject": [...], ...`
	pred stats.Claim
}

// frameCases exercise every branch of score.py's frame_check: each frame
// key absent, null, empty and given, right and wrong, and the names and
// periods written differently.
var frameCases = []frameCase{
	{``, stats.Claim{Subject: "X"}},                // no frame keys: the whole frame only
	{`"subject": []`, stats.Claim{}},               // no subject expected, none given
	{`"subject": []`, stats.Claim{Subject: "X"}},   // ... one given
	{`"subject": null`, stats.Claim{Subject: "X"}}, // null is no subject
	{`"subject": ["The United States", "US"]`, stats.Claim{Subject: "united  states"}},
	{`"subject": ["Côte d'Ivoire"]`, stats.Claim{Subject: "Ghana"}},
	{`"subject": ["China"]`, stats.Claim{}}, // norm(None) is "none"
	{`"subject": ["None"]`, stats.Claim{}},  // ... so this one is right
	{`"counterpart": []`, stats.Claim{}},
	{`"counterpart": []`, stats.Claim{Counterpart: "Japan"}},
	{`"counterpart": null`, stats.Claim{}},
	{`"counterpart": ["Japan", "the EU"]`, stats.Claim{Counterpart: "EU"}},
	{`"counterpart": ["Japan"]`, stats.Claim{}},
	{`"counterpart": ["None"]`, stats.Claim{}}, // bool(got) first: wrong
	{`"counterpart": ["Japan"]`, stats.Claim{Counterpart: "Korea"}},
	{`"indicator": "trade balance"`, stats.Claim{Indicator: "Trade Balance"}},                 // period and outlook absent: none
	{`"indicator": "trade balance"`, stats.Claim{Indicator: "exports", Period: "2004"}},       // all wrong
	{`"indicator": "exports"`, stats.Claim{}},                                                 // indicator missing
	{`"indicator": null`, stats.Claim{Indicator: "none"}},                                     // norm(None) is "none"
	{`"indicator": null, "period": null, "outlook": null`, stats.Claim{Indicator: "exports"}}, // null is None
	{`"indicator": "gdp", "period": "2004-q4", "outlook": "forecast"`, stats.Claim{Indicator: "gdp", Period: " 2004-Q4 ", Outlook: "forecast"}},
	{`"indicator": "gdp", "period": "2004-01 / 2004-11"`, stats.Claim{Indicator: "gdp", Period: "2004-01/2004-11"}},
	{`"indicator": "gdp", "outlook": "target"`, stats.Claim{Indicator: "gdp", Outlook: "forecast"}},
	{`"indicator": "gdp", "outlook": "Forecast"`, stats.Claim{Indicator: "gdp", Outlook: "forecast"}}, // outlooks are not normalised
	{`"indicator": "gdp", "outlook": ""`, stats.Claim{Indicator: "gdp"}},
	{`"period": "FY1986/87"`, stats.Claim{Period: "fy1986/87"}}, // a period without indicator: no outlook scored
	{`"period": ""`, stats.Claim{Period: "1987"}},
	{`"period": null`, stats.Claim{}},
	{`"subject": ["Japan"], "counterpart": ["United States"], "indicator": "trade balance", "period": "1987-03", "outlook": "forecast"`,
		stats.Claim{Subject: "Japan", Counterpart: "United States", Indicator: "trade balance", Period: "1987-03", Outlook: "forecast"}},
	{`"subject": ["Japan"], "counterpart": [], "indicator": "trade balance", "period": "1987-03"`,
		stats.Claim{Subject: "Japan", Counterpart: "United States", Indicator: "trade balance", Period: "1987-03"}},
}

// frameFixture writes the synthetic gold and predictions of frameCases
// into dir: a text file with one figure per case, a gold file and the
// predictions as JSON Lines. Besides the cases, the gold has an optional
// claim and a claim missed, and the predictions a false one.
func frameFixture(t *testing.T, dir string) (gold, pred string, claims []stats.Claim) {
	t.Helper()
	var text strings.Builder
	var golds []string
	const file = "news/frames.txt"
	add := func(g string, p *stats.Claim, keys string) {
		fig := fmt.Sprintf("%d%%", 100+len(golds))
		fmt.Fprintf(&text, "Item %d rose %s. ", len(golds), fig)
		line := fmt.Sprintf(`{"text": %q, "value": %d, "unit": "percent"`, fig, 100+len(golds))
		if keys != "" {
			line += ", " + keys
		}
		golds = append(golds, line+g+"}")
		if p != nil {
			c := *p
			c.Text, c.Value, c.Unit, c.Source = fig, float64(100+len(golds)-1), stats.UnitPercent, file
			c.End = text.Len() - 2
			c.Start = c.End - len(fig)
			claims = append(claims, c)
		}
	}
	for _, fc := range frameCases {
		add("", &fc.pred, fc.gold)
	}
	add(`, "optional": true`, &stats.Claim{Subject: "X"}, `"subject": ["Y"], "indicator": "gdp"`)
	add("", nil, `"subject": ["Y"], "indicator": "gdp"`)
	fmt.Fprintf(&text, "And 7 more.")
	claims = append(claims, stats.Claim{Text: "7", Start: text.Len() - 6, End: text.Len() - 5, Value: 7, Unit: stats.UnitCount, Source: file})
	writeFile(t, dir, file, text.String())
	gold = writeFile(t, dir, "gold.jsonl", `{"file": "`+file+`", "claims": [`+strings.Join(golds, ", ")+"]}\n")
	var preds bytes.Buffer
	for _, c := range claims {
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		preds.Write(append(b, '\n'))
	}
	pred = writeFile(t, dir, "pred.jsonl", preds.String())
	return gold, pred, claims
}

// scorePyPath returns python3 and shared/tools/score.py, skipping the test
// when either is missing.
func scorePyPath(t *testing.T) (python, script, shared string) {
	t.Helper()
	shared, err := filepath.Abs(filepath.Join("..", "..", "..", "shared"))
	if err != nil {
		t.Fatal(err)
	}
	script = filepath.Join(shared, "tools", "score.py")
	if _, err := os.Stat(script); err != nil {
		t.Skipf("no shared score.py: %v", err)
	}
	if python, err = exec.LookPath("python3"); err != nil {
		t.Skip("no python3")
	}
	return python, script, shared
}

// runScorePy runs score.py on gold and pred with args.
func runScorePy(t *testing.T, python, script, gold, pred, root string, args ...string) string {
	t.Helper()
	cmd := exec.Command(python, append([]string{script, gold, pred, "--root", root}, args...)...)
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, out)
	}
	return string(out)
}

// TestScoreFramesScorePy checks the frame scoring against score.py on the
// synthetic cases: the JSON of --frames --json byte for byte, and every
// error line, in score.py's order.
func TestScoreFramesScorePy(t *testing.T) {
	python, script, _ := scorePyPath(t)
	dir := t.TempDir()
	goldPath, predPath, claims := frameFixture(t, dir)
	gold, err := readGoldFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(filepath.Join(dir, gold[0].File))
	if err != nil {
		t.Fatal(err)
	}
	if errs := stats.LocateGold(&gold[0], text); len(errs) > 0 {
		t.Fatal(errs)
	}
	r := stats.ScoreFrames(gold, stats.GroupPreds(gold, claims))
	var got bytes.Buffer
	if err := writeEvalJSON(&got, r, nil, false); err != nil {
		t.Fatal(err)
	}
	if want := runScorePy(t, python, script, goldPath, predPath, dir, "--frames", "--json"); got.String() != want {
		t.Errorf("JSON:\n%s\nscore.py --frames --json:\n%s", got.String(), want)
	}
	var lines []string
	for _, e := range r.Errors {
		lines = append(lines, e.String())
	}
	want := strings.Split(strings.TrimSpace(runScorePy(t, python, script, goldPath, predPath, dir, "--frames", "--show-errors", "1000")), "\n")
	want = want[:len(want)-len(r.PerUnit)-2-len(r.Frames)] // the error lines, before the figures
	if !slices.Equal(lines, want) {
		t.Errorf("error lines:\n%s\nscore.py:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	// Every field was scored, right and wrong.
	for _, k := range append([]string{"frame"}, stats.FrameFields...) {
		if c := r.Frames[k]; c == nil || c.Right == 0 || c.Right == c.Checked {
			t.Errorf("field %s: %+v; the cases should have it right and wrong", k, c)
		}
	}
}

// TestEvalFramesScorePy checks eval --frames against score.py --frames on
// the shared gold sets, with the predictions of "tradestats extract
// --date" (the gold line's date) on their files: the JSON byte for byte,
// the frame accuracy lines, and the error lines of each kind, in
// score.py's order.
func TestEvalFramesScorePy(t *testing.T) {
	python, script, shared := scorePyPath(t)
	for _, name := range []string{"seed", "dev"} {
		t.Run(name, func(t *testing.T) {
			goldPath := filepath.Join(shared, "gold", name+".jsonl")
			gold, err := readGoldFile(goldPath)
			if err != nil {
				t.Fatal(err)
			}
			t.Chdir(shared)
			var pred strings.Builder
			for _, g := range gold {
				args := []string{"extract", "--format", "jsonl", g.File}
				if g.Date != "" {
					args = append(args, "--date", g.Date)
				}
				code, out, stderr := runCmd(t, "", args...)
				if code != 0 {
					t.Fatalf("extract: exit status %d: %s", code, stderr)
				}
				pred.WriteString(out)
			}
			predPath := writeFile(t, t.TempDir(), "pred.jsonl", pred.String())
			eval := func(args ...string) string {
				code, out, stderr := runCmd(t, "", append([]string{"eval", "--frames", "--gold", goldPath, "--root", shared}, args...)...)
				if code != 0 || stderr != "" {
					t.Fatalf("eval: exit status %d: %s", code, stderr)
				}
				return out
			}
			if got, want := eval("--format", "json"), runScorePy(t, python, script, goldPath, predPath, shared, "--frames", "--json"); got != want {
				t.Errorf("eval --frames --format json:\n%s\nscore.py --frames --json:\n%s", got, want)
			}
			table := eval("--show-errors", "100000")
			py := runScorePy(t, python, script, goldPath, predPath, shared, "--frames", "--show-errors", "100000")
			block := py[strings.Index(py, "frame accuracy over matched claims:"):]
			if !strings.Contains(table, "\n"+block+"\n") {
				t.Errorf("frame accuracies differ:\n%s\nscore.py:\n%s", table, block)
			}
			for _, kind := range append([]string{"MISS", "FALSE", "SUBJ"}, stats.FrameKinds...) {
				if got, want := linesOf(table, kind), linesOf(py, kind); !slices.Equal(got, want) {
					t.Errorf("%s lines differ:\neval:\n%s\nscore.py:\n%s", kind, strings.Join(got, "\n"), strings.Join(want, "\n"))
				}
			}
		})
	}
}

// linesOf returns the lines of out that start with kind and a space.
func linesOf(out, kind string) []string {
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, kind+" ") {
			lines = append(lines, l)
		}
	}
	return lines
}

// TestEvalFramesErrors checks which errors eval --frames --show-errors N
// shows, on the synthetic cases: the first N MISS, FALSE and SUBJ errors,
// then the first N of each frame field with errors, by field in the order
// of stats.FrameKinds, each in score.py's order; and the table's headings.
func TestEvalFramesErrors(t *testing.T) {
	dir := t.TempDir()
	goldPath, _, claims := frameFixture(t, dir)
	gold, err := readGoldFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(filepath.Join(dir, gold[0].File))
	if err != nil {
		t.Fatal(err)
	}
	stats.LocateGold(&gold[0], text)
	preds := stats.GroupPreds(gold, claims)
	r := stats.ScoreFrames(gold, preds)
	for _, n := range []int{1, 2, 1000} {
		groups := errorGroups(r.Errors, n, true)
		var kinds []string
		for _, g := range groups {
			kinds = append(kinds, g.kind)
			var all []int // the errors of the group's kind, in order
			for i, e := range r.Errors {
				if isFrame := slices.Contains(stats.FrameKinds, e.Kind); g.kind == e.Kind || g.kind == "" && !isFrame {
					all = append(all, i)
				}
			}
			if g.total != len(all) || !slices.Equal(g.shown, all[:min(n, len(all))]) {
				t.Errorf("N=%d, group %q: shown %v of %d, want %v of %v", n, g.kind, g.shown, g.total, all[:min(n, len(all))], all)
			}
		}
		if want := append([]string{""}, stats.FrameKinds...); !slices.Equal(kinds, want) {
			t.Errorf("N=%d: groups %q, want %q (the cases have errors of every field)", n, kinds, want)
		}
		var shown []int
		for _, g := range groups {
			shown = append(shown, g.shown...)
		}
		sentences := errorSentences(stats.ScoreFrames, gold, preds, map[string]string{gold[0].File: string(text)}, len(r.Errors), shown)
		errs := make([]evalError, len(shown))
		for i, k := range shown {
			errs[i] = evalError{r.Errors[k], sentences[i]}
			if r.Errors[k].Kind != "FALSE" && !strings.Contains(sentences[i], r.Errors[k].Text) { // the cases' predictions have no sentence
				t.Errorf("N=%d: error %s with sentence %q", n, r.Errors[k], sentences[i])
			}
		}
		var b bytes.Buffer
		writeEvalTable(&b, r, groups, errs, true)
		out := b.String()
		for _, g := range groups[1:] {
			head := fmt.Sprintf("\n%d %s errors:\n", g.total, g.kind)
			if len(g.shown) < g.total {
				head = fmt.Sprintf("\nfirst %d of %d %s errors:\n", len(g.shown), g.total, g.kind)
			}
			first := r.Errors[g.shown[0]]
			if !strings.Contains(out, head+first.String()+"\n    ") {
				t.Errorf("N=%d: no %q followed by %s and its sentence:\n%s", n, head, first, out)
			}
		}
	}
}
